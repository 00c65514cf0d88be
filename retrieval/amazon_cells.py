"""The cells of an Amazon inventory file (retrieval/amazon.py): its attribute row read as columns, and
each data row read as the item's fields, whichever of Amazon's two grammars the row is written in.

- The legacy flat file names a column by its attribute ("item_sku", "standard_price", "bullet_point3",
  "other_image_url2", "gem_type1", "total_metal_weight_unit_of_measure"); a numbered one is one of
  several cells of its attribute.
- The newer listings template (product-type based, 2023+) names it by a path: the attribute, its
  qualifiers in brackets, then "#n." and the leaf ("item_name[marketplace_id=A1PA6795UKMFR9]
  [language_tag=de_DE]#1.value", "purchasable_offer[marketplace_id=...][audience=ALL]#1.our_price#1.
  schedule#1.value_with_tax", "child_parent_sku_relationship[marketplace_id=...]#1.parent_sku",
  "other_product_image_locator_1[marketplace_id=...]#1.media_location", "::record_action").
Both are read into the same roles (ROLES); an attribute naming a fact about the piece (FACT_BASES) is
kept under its own words ("metal_type" -> "Metal Type", "ring#1.size" -> "Ring Size").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

MARKETPLACES_TABLE = Path(__file__).with_name("lexicon") / "amazon_marketplaces.toml"
MARKETPLACES: dict[str, dict[str, str]] = tomllib.loads(MARKETPLACES_TABLE.read_text(encoding="utf-8"))["marketplaces"]
MARKETPLACE_ID = re.compile(r"\bA[0-9A-Z]{8,14}\b")  # in a template's settings row or a column's qualifiers
PATH_KEY = re.compile(r"^(?P<base>[^\[#]+)(?P<qualifiers>(?:\[[^\]]*\])*)(?:#(?P<instance>\d+)\.(?P<leaf>.+))?$")
QUALIFIER = re.compile(r"\[([^=\]]+)=([^\]]*)\]")
NUMBERED = re.compile(r"^(?P<base>.*?[a-z])_?(?P<number>\d+)$")  # "bullet_point3", "other_product_image_locator_1"
UNIT_SUFFIX = "_unit_of_measure"  # a legacy weight's unit column: "total_metal_weight_unit_of_measure"
UNIT_LEAF = "unit"  # a newer template's: "total_metal_weight[...]#1.unit"
PLAIN_LEAVES = ("value", "name", "")
ALL_AUDIENCE = "ALL"  # purchasable_offer[audience=ALL]: the price every shopper pays (B2B prices are another audience)
# {role: the attribute names (legacy and newer) a column holds it under}
ROLES = {
    "sku": ("item_sku", "contribution_sku"),
    "title": ("item_name",),
    "brand": ("brand_name", "brand"),
    "description": ("product_description",),
    "bullets": ("bullet_point",),
    "keywords": ("generic_keywords", "generic_keyword"),
    "price": ("standard_price",),
    "sale_price": ("sale_price",),
    "sale_start": ("sale_from_date",),
    "sale_end": ("sale_end_date",),
    "list_price": ("list_price",),
    "currency": ("currency",),
    "quantity": ("quantity",),
    "main_image": ("main_image_url", "main_product_image_locator"),
    "other_images": ("other_image_url", "other_product_image_locator"),
    "parentage": ("parent_child", "parentage_level"),
    "parent_sku": ("parent_sku",),
    "theme": ("variation_theme",),
    "action": ("update_delete", "::record_action"),
    "kind": ("item_type_keyword", "item_type", "item_type_name"),
    "product_type": ("feed_product_type", "product_type"),
}
ROLE_OF = {name: role for role, names in ROLES.items() for name in names}
# attributes stating a fact about the piece, kept as the shop's own statements (named in its words)
FACT_BASES = (
    "metal_type", "metal_stamp", "metal", "material_type", "material", "gem_type", "gem", "stone", "stone_color",
    "gem_color", "stone_cut", "stone_shape", "stone_clarity", "stone_creation_method", "stone_treatment_method",
    "stone_weight", "number_of_stones", "setting_type", "ring_size", "ring", "ring_sizing_lower_range",
    "ring_sizing_upper_range", "size_name", "size", "color_name", "color", "style_name", "style", "total_metal_weight",
    "total_gem_weight", "total_diamond_weight", "pearl_type", "pearl_shape", "pearl_lustre", "clasp_type", "chain_type",
    "back_finding", "department_name", "department", "target_gender", "occasion_type", "theme", "certificate_type",
    "item_shape", "jewelry_material",
)  # fmt: skip


@dataclass(frozen=True)
class Column:
    index: int
    name: str  # as the file writes it, for reasons
    role: str  # a ROLES key, "fact", or "" (not read)
    base: str  # the attribute ("metal_type", "ring")
    leaf: str  # the newer template's leaf ("value", "our_price#1.schedule#1.value_with_tax"); "" for legacy
    language: str = ""  # its language_tag ("ar_AE"), or ""
    marketplace: str = ""
    unit_of: str = ""  # the fact whose unit this column holds


def columns(names: list[str]) -> list[Column]:
    """Each attribute-row cell read as a column (blank cells and unknown attributes have no role)."""
    return [column_of(index, name.strip()) for index, name in enumerate(names)]


def column_of(index: int, name: str) -> Column:
    matched = PATH_KEY.match(name)
    if not name or not matched:
        return Column(index, name, "", "", "")
    base, leaf = matched.group("base").strip().lower(), (matched.group("leaf") or "").lower()
    qualifiers = {key.strip().lower(): value.strip() for key, value in QUALIFIER.findall(matched.group("qualifiers"))}
    numbered = NUMBERED.match(base)
    if numbered and numbered.group("base") in ROLE_OF | dict.fromkeys(FACT_BASES, ""):
        base = numbered.group("base")
    language, marketplace = qualifiers.get("language_tag", ""), qualifiers.get("marketplace_id", "")
    if qualifiers.get("audience", ALL_AUDIENCE) != ALL_AUDIENCE:
        return Column(index, name, "", base, leaf)
    role = _role(base, leaf)
    if role:
        return Column(index, name, role, base, leaf, language, marketplace)
    if base.endswith(UNIT_SUFFIX) and base.removesuffix(UNIT_SUFFIX) in FACT_BASES:
        return Column(index, name, "unit", base, leaf, unit_of=base.removesuffix(UNIT_SUFFIX))
    if base in FACT_BASES and leaf == UNIT_LEAF:
        return Column(index, name, "unit", base, leaf, unit_of=base)
    if base in FACT_BASES and (leaf in PLAIN_LEAVES or "#" not in leaf):
        return Column(index, name, "fact", base, leaf, language, marketplace)
    return Column(index, name, "", base, leaf)


def _role(base: str, leaf: str) -> str:
    """The role of a column: its attribute's, or for the newer template's offer paths, its leaf's."""
    if base == "purchasable_offer":
        if "our_price" in leaf and leaf.endswith(("value_with_tax", "value")):
            return "price"
        if "discounted_price" in leaf:
            return "sale_price" if leaf.endswith(("value_with_tax", "value")) else "sale_start" if leaf.endswith("start_at") else "sale_end" if leaf.endswith("end_at") else ""
        return "currency" if leaf == "currency" else ""
    if base == "list_price":
        return "currency" if leaf == "currency" else "list_price" if leaf.endswith(("value_with_tax", "value")) or not leaf else ""
    if base == "fulfillment_availability":
        return "quantity" if leaf == "quantity" else ""
    if base == "child_parent_sku_relationship":
        return "parent_sku" if leaf == "parent_sku" else ""
    if base in ("main_product_image_locator", "other_product_image_locator"):
        return ROLE_OF[base] if leaf == "media_location" else ""
    role = ROLE_OF.get(base, "")
    return role if leaf in (*PLAIN_LEAVES, "parent_sku") else ""


def fact_label(column: Column) -> str:
    """The fact's name as shown: "metal_type" -> "Metal Type", "ring#1.size" -> "Ring Size"."""
    words = column.base.split("_") + ([] if column.leaf in PLAIN_LEAVES else column.leaf.split("#")[0].split("_"))
    return " ".join(word.capitalize() for word in words if word)


def marketplace_of(texts: list[str]) -> str:
    """The first known marketplace id among `texts` (a settings row's cells, the columns' qualifiers), or ""."""
    for text in texts:
        for found in MARKETPLACE_ID.findall(text or ""):
            if found in MARKETPLACES:
                return found
    return ""
