"""The print dialog: document options, a live preview of the real PDF pages, print or save."""
