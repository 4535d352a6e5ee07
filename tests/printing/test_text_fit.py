"""Shrink-then-wrap fitting: sizes, wrapping, overflow reports, fonts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from partnercrm.printing.fonts import FONTS, missing_glyphs, register_fonts
from partnercrm.printing.text_fit import Align, fit_lines, fit_single_line, text_width, wrap

from .conftest import INTERNATIONAL_NAMES

register_fonts()
FONT = FONTS.regular


def test_short_lines_keep_their_size() -> None:
    result = fit_lines(["Eva Beispiel", "12345 Ort"], width=200, height=100, font_name=FONT)
    assert result.fits and not result.shrunk and not result.wrapped
    assert [line.size for line in result.lines] == [10.0, 10.0]
    assert result.lines[1].baseline - result.lines[0].baseline == 12.0


def test_a_slightly_long_line_shrinks_alone() -> None:
    text = "Stadtverwaltung Musterstadt"
    width = text_width(text, FONT, 9.0) + 0.1
    result = fit_lines([text, "Weg 1"], width=width, height=100, font_name=FONT)
    assert result.fits and result.shrunk and not result.wrapped
    assert result.lines[0].size == 9.0
    assert result.lines[1].size == 10.0
    uniform = fit_lines([text, "Weg 1"], width=width, height=100, font_name=FONT, uniform=True)
    assert {line.size for line in uniform.lines} == {9.0}


def test_a_very_long_line_wraps_at_the_floor_size() -> None:
    text = "Druckerei Großwede GmbH & Co. KG Niederlassung Nordrhein-Westfalen"
    result = fit_lines([text], width=120, height=200, font_name=FONT, min_size=8)
    assert result.fits and result.wrapped
    assert all(line.size == 8 for line in result.lines)
    assert " ".join(line.text for line in result.lines) == text
    assert all(text_width(line.text, FONT, 8) <= 120 for line in result.lines)


def test_too_many_lines_overflow_and_are_named() -> None:
    texts = [f"Zeile {n}" for n in range(10)]
    result = fit_lines(texts, width=200, height=40, font_name=FONT)
    assert not result.fits
    placed = {texts[line.source] for line in result.lines}
    assert set(result.overflow) == set(texts) - placed
    assert placed and result.overflow
    # Placed lines come first, overflow is the tail: the order of an address stays.
    assert [line.text for line in result.lines] == texts[: len(result.lines)]


def test_placed_lines_stay_inside_the_box() -> None:
    result = fit_lines(
        ["A" * 40, "B b " * 20, "C"], width=90, height=80, font_name=FONT, align=Align.CENTER
    )
    for line in result.lines:
        assert line.x >= 0
        assert line.x + text_width(line.text, FONT, line.size) <= 90 + 1e-6
        assert line.baseline <= 80


def test_over_long_word_is_broken_by_characters() -> None:
    assert all(
        text_width(part, FONT, 10) <= 30 for part in wrap("Donaudampfschifffahrt", FONT, 10, 30)
    )
    assert "".join(wrap("Donaudampfschifffahrt", FONT, 10, 30)) == "Donaudampfschifffahrt"


def test_blank_lines_are_ignored() -> None:
    result = fit_lines(["A", "", "  ", "B"], width=100, height=100, font_name=FONT)
    assert [line.text for line in result.lines] == ["A", "B"]


def test_single_line_fit() -> None:
    assert fit_single_line("kurz", width=100, font_name=FONT, size=10) == (10, True)
    size, fits = fit_single_line("x" * 200, width=100, font_name=FONT, size=10)
    assert (size, fits) == (8.0, False)


def test_font_has_every_letter_of_international_names() -> None:
    for name in INTERNATIONAL_NAMES:
        assert missing_glyphs(name) == ""
    assert missing_glyphs("中") == "中"


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(
        st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüßŁłşİ ẞ-."), max_size=60),
        max_size=8,
    ),
    width=st.floats(min_value=20, max_value=300),
    height=st.floats(min_value=5, max_value=200),
    uniform=st.booleans(),
)
def test_nothing_is_lost_silently(
    texts: list[str], width: float, height: float, uniform: bool
) -> None:
    result = fit_lines(texts, width=width, height=height, font_name=FONT, uniform=uniform)
    clean = [t.strip() for t in texts if t.strip()]
    for index, text in enumerate(clean):
        placed = " ".join(line.text for line in result.lines if line.source == index)
        # Either the line is printed completely (perhaps wrapped) or it is reported.
        assert placed.replace(" ", "") == text.replace(" ", "") or text in result.overflow
    for line in result.lines:
        assert line.size >= min(8.0, 10.0)
        assert text_width(line.text, FONT, line.size) <= width + 1e-6
        assert line.baseline - (-0.236 * line.size) <= height + 1e-3


def test_long_compound_breaks_after_its_hyphen_first() -> None:
    width = text_width("Einwilligung", FONT, 10) + 1
    assert wrap("Foto-Einwilligung ja / nein", FONT, 10, width) == [
        "Foto-",
        "Einwilligung",
        "ja / nein",
    ]
