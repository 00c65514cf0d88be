"""The cells of a CS-Cart product export that hold more than one value, read as CS-Cart's own import reads
them (app/schemas/exim/products.functions.php: fn_exim_get_product_options / fn_exim_parse_data,
fn_exim_get_product_features, fn_exim_get_product_categories; fn.exim.php: fn_exim_export_image).

- Options: "Size: S[16,17///modifier=500.000///modifier_type=A]///required=Y; Engraving: I": option sets
  joined by "; ", each "name: <type letter>[G if global][variants]" and "///attribute=value" after it; the
  variants joined by "," ("\\\\," inside a name), each its name and "///modifier=...", "///modifier_type=A"
  (an amount) or "P" (a percentage of the price) ...; "(Vendor) " may come before the name; "{12}" ids
  after names are an old format's, dropped as CS-Cart drops them. The type letters: S select box, R radio
  group, C checkbox, I text input, T text area, F file.
- Features: "(Group) Metal: S[Gold]; Stones: M[Ruby///Pearl]; Length: O[45]": features joined by "; "
  (";" in a value written "\\\\;"), each "name: <type letter>[value]", several values (multiple
  checkboxes) joined by the features delimiter, "///" unless the admin chose another.
- Categories: paths joined by "; " (a path holding "; " wrapped in '...'), a path's names joined by the
  category delimiter ("///" unless the admin chose another); CS-Cart Ultimate may put "Store:" first.
- Images: a path under the shop's files folder ("exim/backup/images/product/ring.jpg"), an alt text
  "#{[en]:...;}" after it, or a URL.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

SET_SPLIT = re.compile(r"(?<!\\);\s*")  # between options or features: "; ", "\;" inside a value
VARIANT_SPLIT = re.compile(r"(?<!\\),")
ESCAPED = re.compile(r"\\+([;,])")
OLD_IDS = re.compile(r"\{\d*\}")  # "Size{12}: S[16{40}]", an old export's ids
GROUP_PREFIX = re.compile(r"^\(([^)]*)\)\s*(.+)$")  # "(Vendor) Size", "(Specifications) Metal"
BRACKETED = re.compile(r"\[.*\]", re.DOTALL)
PAIR, ATTRIBUTE = ":", "="
FEATURES_DELIMITER = CATEGORY_DELIMITER = "///"  # the export's defaults
PATH_SPLIT, PATH_QUOTE = ";", "'"
ALT_TEXT = "#"  # "ring.jpg#{[en]:Gold ring;}"
CHOICE_TYPES, CHECKBOX = ("S", "R"), "C"  # select box, radio group: a shopper picks one; a checkbox: an add-on
AMOUNT, PERCENT = "A", "P"  # a variant's modifier_type
YES = "Y"  # a ticked single-checkbox feature: "Nickel free: C[Y]"


@dataclass
class OptionVariant:
    name: str
    modifier: str = ""  # as written
    modifier_type: str = AMOUNT
    image: str = ""


@dataclass
class ProductOption:
    name: str
    kind: str  # its type letter
    variants: list[OptionVariant] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)


def options(cell: str, delimiter: str = FEATURES_DELIMITER) -> list[ProductOption]:
    """The options an Options cell states, in their order; one without a name is left out."""
    found = []
    for name, kind, inside, attributes in _sets(OLD_IDS.sub("", cell), delimiter):
        variants = []
        for text in VARIANT_SPLIT.split(inside) if inside.strip() else []:
            parts = ESCAPED.sub(r"\1", text).split(delimiter)
            said = _attributes(parts[1:])
            if parts[0].strip():
                variants.append(OptionVariant(parts[0].strip(), said.get("modifier", ""), said.get("modifier_type", AMOUNT).upper(), said.get("image", "")))
        found.append(ProductOption(name, kind, variants, attributes))
    return found


def features(cell: str, delimiter: str = FEATURES_DELIMITER) -> dict[str, list[str]]:
    """{feature name: its values} a Features cell states ("Metal: S[Gold]" -> {"Metal": ["Gold"]})."""
    found: dict[str, list[str]] = {}
    for name, kind, inside, _attributes in _sets(cell, delimiter):
        values = [value.strip() for value in ESCAPED.sub(r"\1", inside).split(delimiter) if value.strip()]
        if kind == CHECKBOX and values != [YES]:  # a single checkbox feature not ticked states nothing
            continue
        if values:
            found.setdefault(name, [])
            found[name] += [value for value in values if value not in found[name]]
    return found


def category_paths(cell: str, delimiter: str = CATEGORY_DELIMITER, store: str = "") -> list[list[str]]:
    """Each category path's names, root first ("Jewelry///Rings; 'Sale; new///Rings'")."""
    paths = []
    for text in next(csv.reader([cell], delimiter=PATH_SPLIT, quotechar=PATH_QUOTE, skipinitialspace=True), []):
        text = text.strip()
        if store and text.startswith(store + PAIR):  # Ultimate's "Store:path" among secondary categories
            text = text[len(store) + 1 :].strip().strip("|")
        names = [name.strip() for name in text.split(delimiter) if name.strip()]
        if names:
            paths.append(names)
    return paths


def image_reference(cell: str) -> str:
    """An image cell's path or URL, its alt texts ("#{[en]:...;}") left off."""
    return cell.split(ALT_TEXT, 1)[0].strip() if not cell.strip().lower().startswith(("http://", "https://")) else cell.strip()


def _sets(cell: str, delimiter: str) -> list[tuple[str, str, str, dict[str, str]]]:
    """(name, type letter, what its brackets hold, its attributes) of each "name: T[...]///a=b" set."""
    found = []
    for text in SET_SPLIT.split(cell.strip()):
        name, pair, rest = text.partition(PAIR)
        if not pair:
            continue
        grouped = GROUP_PREFIX.match(name.strip())
        name = (grouped.group(2) if grouped else name).strip()
        rest = rest.strip()
        if not name or not rest:
            continue
        start, end = rest.find("["), rest.rfind("]")
        inside = rest[start + 1 : end] if start != -1 and end > start else ""
        attributes = _attributes(BRACKETED.sub("", rest).split(delimiter)[1:])
        found.append((name, rest[0].upper(), inside, attributes))
    return found


def _attributes(parts: list[str]) -> dict[str, str]:
    said = {}
    for part in parts:
        key, sign, value = part.partition(ATTRIBUTE)
        if sign:
            said[key.strip().lower()] = value.strip()
    return said
