"""A shop export's column names in the admin's language, read as the English names its reader knows.

WooCommerce translates its exporter's header with the admin language ("Nome, Preço, Ascendente" for
"Name, Regular price, Parent"); the translations are data (retrieval/lexicon/woocommerce_headers.toml,
one table per language), matched without regard to case, spacing, accents, "¿?" and the digits' script,
and with the letters Arabic writers use interchangeably taken as one ("السعر الإفتراضي" is
"السعر الافتراضي"):

    names = HeaderNames.from_tables({"pt": {"Nome do atributo {n}": "Attribute {n} name"}})
    names.english("NOME DO ATRIBUTO 2")   # "attribute 2 name"
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from retrieval.rows import column_key

NUMBER_SLOT = "{n}"  # an attribute's number in a name: "Nome do atributo {n}"
DROPPED_MARKS = str.maketrans({"¿": " ", "?": " ", "¡": " ", "!": " ", "\u2019": "'", "\u2018": "'", "؟": " ", "،": " ", "؛": " "})
# Letters Arabic writers vary, as one: alef with hamza or madda (and wasla) as alef, alef maksura and the
# Persian yeh as yeh, teh marbuta (which only ends a word) as heh, the Persian kaf as kaf; tatweel (a
# stretched join) dropped. Hebrew's geresh and gershayim as the apostrophe and quote most keyboards type
# ("מק״ט", "מק\"ט"); the marks that steer right-to-left text dropped.
RIGHT_TO_LEFT_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك", "ـ": None,
     "\u05f3": "'", "\u05f4": '"', "\u200e": None, "\u200f": None, "\u061c": None}
)  # fmt: skip
ANY_DIGIT = re.compile(r"\d")  # of any script: "اسم السمة ١" is "اسم السمة 1"


class HeaderTableError(ValueError):
    """A header table that is not one, or names one column as two different English ones."""


def header_fold(name: str) -> str:
    """"¿Está  destacado?" -> "esta destacado", "إمكانيّة العرض؟" -> "امكانيه العرض": a name as
    translations are matched."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))
    plain = plain.translate(RIGHT_TO_LEFT_FOLDS).translate(DROPPED_MARKS)
    return column_key(ANY_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), plain))


@dataclass(frozen=True)
class HeaderNames:
    """Translated column names -> the English column keys (rows.column_key) a reader matches."""

    plain: dict[str, str] = field(default_factory=dict)
    numbered: tuple[tuple[re.Pattern, str], ...] = ()

    @classmethod
    def from_tables(cls, tables: dict[str, dict[str, str]]) -> "HeaderNames":
        plain: dict[str, str] = {}
        numbered: dict[str, str] = {}
        for language, table in tables.items():
            if not isinstance(table, dict) or not all(isinstance(name, str) for name in table.values()):
                raise HeaderTableError(f"woocommerce_headers.{language} must map each translated column name to an English one")
            for translated, english in table.items():
                into = numbered if NUMBER_SLOT in translated else plain
                key, target = header_fold(translated), column_key(english)
                if into.get(key, target) != target:
                    raise HeaderTableError(f"woocommerce_headers.{language}: {translated!r} is read as both {into[key]!r} and {target!r}")
                into[key] = target
        patterns = tuple((re.compile(re.escape(key).replace(re.escape(NUMBER_SLOT), r"(\d+)")), target) for key, target in numbered.items())
        return cls(plain, patterns)

    def english(self, name: str) -> str | None:
        """The English column key a translated name stands for; None for a name no table holds."""
        key = header_fold(name)
        if key in self.plain:
            return self.plain[key]
        for pattern, target in self.numbered:
            match = pattern.fullmatch(key)
            if match:
                return target.replace(NUMBER_SLOT, match.group(1))
        return None

    def translated(self, keys: list[str]) -> dict[str, str]:
        """{column key as found: English column key} for the names a table holds (the rest keep theirs)."""
        return {key: english for key in keys if (english := self.english(key)) is not None}
