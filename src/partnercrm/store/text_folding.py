"""Folding of names and words for search and sorting: case, accents, German umlauts.

SQLite's LIKE and lower() fold only ASCII, and FTS5's ``remove_diacritics`` cannot make
"mueller" find "Müller". So text is folded here, in Python, on both the index and the
query side (reference/perf-baselines.md, section 2d):

* query side: case-folded, accents removed, ß → ss, punctuation → space
  ("Müller" → "muller");
* index side: every word in its accent-free form and, where it differs, its German
  transliteration as well ("Müller" → "muller mueller"), so ``müller``, ``mueller``
  and ``muller`` all find it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

# Letters that Unicode decomposition does not reduce to a base letter.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "ħ": "h",
    }
)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table that deletes combining marks, filled as characters come."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_MARKS = _CombiningMarks()


def _strip_accents(text: str) -> str:
    if text.isascii():  # nothing to decompose (most e-mail addresses and numbers)
        return text
    return unicodedata.normalize("NFKD", text.translate(_SPECIAL)).translate(_NO_MARKS)


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Fold for matching: lower case, no accents, ß → ss, words separated by one space."""
    stripped = _strip_accents(text).casefold()
    return " ".join(_NON_WORD.sub(" ", stripped).replace("_", " ").split())


def fold_words(text: str) -> list[str]:
    """The folded words of a search query."""
    return fold(text).split()


@lru_cache(maxsize=200_000)
def _word_variants(raw: str) -> tuple[str, ...]:
    """The folded forms of one raw word (accent-free first, then German spelling)."""
    variants = fold(raw).split()
    german = fold(raw.translate(_GERMAN)).split()
    return tuple(dict.fromkeys(variants + german))


@lru_cache(maxsize=100_000)
def _part_variants(part: str) -> tuple[str, ...]:
    """The folded word forms of one indexed value, in order (repeats kept)."""
    if part.isascii():  # no accents, no German spelling: the lower-case words (most e-mails)
        return tuple(_NON_WORD.sub(" ", part.lower()).replace("_", " ").split())
    words: list[str] = []
    for raw in _NON_WORD.sub(" ", part).replace("_", " ").split():
        words.extend(_word_variants(raw))
    return tuple(words)


def index_text(*parts: str) -> str:
    """Folded index text of ``parts``: each word accent-free plus its German spelling.

    The result starts and ends with a space so that a word-prefix test is
    ``instr(haystack, ' ' || word)``.
    """
    # Cached per value: organization names, functions, cities and tags repeat across
    # the thousands of people an import re-indexes.
    words = dict.fromkeys(chain.from_iterable(_part_variants(p) for p in parts if p))
    return " " + " ".join(words) + " "


# Between the parts of a key: below the space and every letter, so that the parts
# compare one after the other.
SORT_PART_SEPARATOR = "\t"


def sort_key(*parts: str) -> str:
    """A key that sorts names the way a German reader expects (Ö with O, case ignored).

    The parts (last name, first names, particle) are compared one after the other, as
    in a phone book (DIN 5007): "Fischer, Thomas" before "Fischer-Schumacher, Anna".
    """
    return SORT_PART_SEPARATOR.join(key for key in (fold(p) for p in parts if p) if key)
