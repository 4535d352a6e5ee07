"""PDF pages as images: the preview and the printer get the very PDF that was built.

QtPdf is not part of PySide6-Essentials, so pages are rasterised with pypdfium2.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI_LIMIT = 300  # above this, bitmaps of a whole A4 page get large for little gain


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_images(
    pdf: bytes, *, dpi: float, first: int = 0, limit: int | None = None
) -> list[QImage]:
    """Pages ``first`` … ``first + limit`` of ``pdf`` rendered at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        last = len(document) if limit is None else min(len(document), first + limit)
        for index in range(first, last):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0, prefer_bgrx=True)
            # pdfium's BGRx equals QImage's RGB32 on little-endian machines; copy() takes
            # the pixels out of pdfium's buffer before it is freed.
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,
            ).copy()
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def _match_page(printer: QPrinter, width_pt: float, height_pt: float) -> None:
    """Give the printer the PDF page's paper size and orientation (sign-in sheets are
    landscape): a portrait A4 page would cut a landscape sheet off."""
    short, long = sorted((width_pt, height_pt))
    size = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    landscape = width_pt > height_pt
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(size)
    printer.setPageOrientation(orientation)


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page at 100 %: the full page, placed at the paper's corner, not fitted.

    Returns the number of pages sent. Page size and orientation are taken from the PDF.
    """
    document = pdfium.PdfDocument(pdf)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    sent = 0
    try:
        for index in range(len(document)):
            page = document[index]
            width_pt, height_pt = page.get_size()
            _match_page(printer, width_pt, height_pt)
            if index > 0 and not printer.newPage():
                break
            if index == 0 and not painter.begin(printer):
                break
            bitmap = page.render(scale=dpi / 72.0, prefer_bgrx=True)
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                QImage.Format.Format_RGB32,
            )  # fmt: skip
            # The target is the page's physical size in device pixels: scale 1:1.
            device_dpi = printer.resolution()
            target = QRectF(0, 0, width_pt / 72.0 * device_dpi, height_pt / 72.0 * device_dpi)
            painter.drawImage(target, image)
            bitmap.close()
            page.close()
            sent += 1
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return sent
