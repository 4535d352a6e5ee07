"""Translation hook for code below ui/: identity until the UI installs Qt's translator.

Code outside ``ui/`` must not import Qt, yet its messages reach the user. It calls
``translate("Context", "text")``; ``pyside6-lupdate`` collects these calls like
``QCoreApplication.translate``, and the UI installs the real translator at start.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install_translator(translator: Translator) -> None:
    """Route ``translate`` through ``translator`` (the UI passes QCoreApplication.translate)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language; ``context`` groups strings for translators."""
    return _translator(context, text)
