"""Text normalisation before detection, so that no identifier slips through by formatting.

The published text is built from the normalised text, so every finding's offsets refer to it.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters, soft hyphen, word joiners and bidirectional controls: invisible, and able to split a
# name ("Ko\u200dwalski") so that no pattern or name list matches it.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f"
    "\ufeff\uffa0]"
)

# Letters from other scripts that look like Latin ones (NFKC leaves them alone). Folding them defeats
# "Sgt. Оrtiz" written with a Cyrillic O.
_CONFUSABLES = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ʏ": "y",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "α": "a",
    # punctuation that hides a hyphen, apostrophe or quote from the patterns
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\ufe63": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
}
_FOLD = str.maketrans(_CONFUSABLES)
# Unusual spaces (NFKC maps most to U+0020, but not all of them) become plain spaces.
_SPACES = re.compile("[\u1680\u2000-\u200a\u202f\u205f\u3000]")


def normalize(text: str) -> str:
    """NFKC, then drop invisible characters, then fold look-alike letters and punctuation."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = text.translate(_FOLD)
    # Combining marks left over after NFKC on letters that have no precomposed form would split a token.
    return unicodedata.normalize("NFKC", text)
