"""A seller's Amazon inventory file (retrieval/amazon.py), read by retrieval/formats.py: the legacy jewelry
flat file (a tab-delimited .txt with its settings row and English or Arabic labels above the attribute row,
or the template workbook's Template sheet) and the newer listings template (language-tagged keys). The
fixtures are written from public generators and parsers of these files (see the module's docstring), never
from a seller's file."""

import zipfile
from datetime import date
from pathlib import Path

from retrieval.amazon import AMAZON_FORMAT, NOT_FOR_SALE, products, read_rows
from retrieval.config import CatalogConfig
from retrieval.formats import detect_format, read_products
from retrieval.magento_media import MediaPlaces
from retrieval.rows import RowError, column_key
from xlsx_book import MAIN, PACKAGE, RELS, sheet_xml

SETTINGS = ["TemplateType=jewelry", "Version=2015.1203", "The top 3 rows are for Amazon.com use only. Do not modify or delete the top 3 rows."]
ATTRIBUTES = ["feed_product_type", "item_sku", "brand_name", "item_name", "product_description", "bullet_point1", "bullet_point2",
              "generic_keywords", "standard_price", "sale_price", "sale_from_date", "sale_end_date", "list_price", "quantity",
              "main_image_url", "other_image_url1", "parent_child", "parent_sku", "relationship_type", "variation_theme",
              "metal_type", "metal_stamp", "gem_type1", "stone_color1", "ring_size", "total_metal_weight",
              "total_metal_weight_unit_of_measure", "item_type", "update_delete"]  # fmt: skip
ENGLISH_LABELS = ["Product Type", "Seller SKU", "Brand Name", "Title", "Product Description", "Key Product Features", "Key Product Features",
                  "Search Terms", "Standard Price", "Sale Price", "Sale Start Date", "Sale End Date", "Manufacturer's Suggested Retail Price",
                  "Quantity", "Main Image URL", "Other Image URL", "Parentage", "Parent SKU", "Relationship Type", "Variation Theme",
                  "Metal Type", "Metal Stamp", "Gem Type", "Stone Color", "Ring Size", "Total Metal Weight",
                  "Total Metal Weight Unit Of Measure", "Item Type Keyword", "Update Delete"]  # fmt: skip
ARABIC_LABELS = ["نوع المنتج", "رمز SKU للبائع", "اسم العلامة التجارية", "اسم المنتج", "وصف المنتج", "الميزات", "الميزات", "مصطلحات البحث",
                 "السعر القياسي", "سعر التخفيض", "", "", "", "الكمية", "عنوان URL للصورة الرئيسية", "", "الأصل", "SKU الأصل", "", "",
                 "نوع المعدن", "ختم المعدن", "نوع الحجر", "لون الحجر", "مقاس الخاتم", "", "", "", "تحديث حذف"]  # fmt: skip


def row(**cells) -> list[str]:
    return [cells.get(name, "") for name in ATTRIBUTES]


RING = [
    row(feed_product_type="FineRing", item_sku="RING-1", brand_name="Lumen", item_name="Solitaire Ring", parent_child="parent",
        product_description="<p>A <b>solitaire</b> ring</p>", bullet_point1="Conflict-free diamond", generic_keywords="engagement ring, promise ring",
        variation_theme="RingSize", metal_type="White Gold", metal_stamp="14k", gem_type1="Diamond", item_type="engagement-rings",
        main_image_url="https://m.media-amazon.com/images/I/ring.jpg"),
    row(item_sku="RING-1-6", parent_child="child", parent_sku="RING-1", relationship_type="Variation", item_name="Solitaire Ring, Size 6",
        standard_price="899.00", quantity="3", ring_size="6", metal_type="White Gold", total_metal_weight="2.5", total_metal_weight_unit_of_measure="GR"),
    row(item_sku="RING-1-7", parent_child="child", parent_sku="RING-1", relationship_type="Variation", standard_price="949.00",
        sale_price="899.00", quantity="0", ring_size="7", metal_type="White Gold"),
    row(item_sku="PEND-2", item_name="Pearl Pendant", standard_price="120,50", list_price="150", quantity="5", gem_type1="Pearl", stone_color1="White"),
    row(item_sku="OLD-3", item_name="Retired Studs", standard_price="40", update_delete="Delete"),
    row(item_sku="BAD-4", item_name="Broken Price", standard_price="twelve"),
    row(item_sku="LONE-5", parent_sku="GONE", parent_child="child", item_name="Orphan Bangle", standard_price="60"),
    row(item_sku="PEND-2", bullet_point2="Freshwater pearl"),  # a second row of one SKU: not another item
]  # fmt: skip


def write_text(tmp_path: Path, labels=ENGLISH_LABELS, rows=RING, name="Flat.File.Jewelry.txt", encoding="utf-8") -> Path:
    lines = [SETTINGS, labels, ATTRIBUTES, *rows]
    path = tmp_path / name
    path.write_bytes(("\r\n".join("\t".join(cells) for cells in lines) + "\r\n").encode(encoding))
    return path


def read(path: Path, config: CatalogConfig | None = None) -> tuple[str, dict]:
    found, entries = read_products(path, config or CatalogConfig(), {}, media=MediaPlaces(path.parent))
    return found, {line: entry for line, entry in entries}


def test_legacy_flat_file_parent_with_ring_size_children(tmp_path):
    found, entries = read(write_text(tmp_path))
    assert found == AMAZON_FORMAT
    ring = entries[4]  # the parent's line: the settings, labels and attribute rows above it
    assert ring.title == "Solitaire Ring" and ring.id == "RING-1" and ring.vendor == "Lumen"
    assert "A solitaire ring" in ring.description and "<b>" not in ring.description and "Conflict-free diamond" in ring.description
    assert ring.tags == ["engagement ring", "promise ring"] and ring.kinds == ["engagement rings"]
    assert ring.images == ["https://m.media-amazon.com/images/I/ring.jpg"]
    assert [(variant.sku, variant.options, variant.price, variant.in_stock) for variant in ring.variants] == [
        ("RING-1-6", {"Ring Size": "6"}, 899.0, True), ("RING-1-7", {"Ring Size": "7"}, 899.0, False)]
    assert ring.variants[1].compare_at_price == 949.0  # its sale runs (no dates)
    assert ring.options["Metal Type"] == ["White Gold"] and ring.options["Metal Stamp"] == ["14k"] and ring.options["Gem Type"] == ["Diamond"]
    assert ring.options["Ring Size"] == ["6", "7"] and ring.options["Total Metal Weight"] == ["2.5 GR"]
    assert not any(isinstance(entry, RowError) and entry.line in (5, 6) for entry in entries.values())


def test_prices_delete_bad_price_orphan_and_repeated_sku(tmp_path):
    _, entries = read(write_text(tmp_path))
    pendant = entries[7]
    assert pendant.price == 120.5 and pendant.compare_at_price == 150.0 and pendant.in_stock is True
    assert pendant.currency == ""  # no currency column, no marketplace named: the shop's setting
    assert "Freshwater pearl" in pendant.description  # from its second row
    assert pendant.options["Gem Type"] == ["Pearl"] and pendant.options["Stone Color"] == ["White"]
    assert entries[8].skipped == NOT_FOR_SALE
    assert isinstance(entries[9], RowError) and "standard_price" in entries[9].reason and "line 9" in entries[9].reason
    assert entries[10].title == "Orphan Bangle" and entries[10].price == 60.0  # its parent is not in the file
    assert sum(1 for entry in entries.values() if not isinstance(entry, RowError) and entry.id == "PEND-2") == 1


def test_arabic_labels_and_texts(tmp_path):
    rows = [row(item_sku="AR-1", item_name="خاتم ذهب عيار ٢١", product_description="<div>خاتم <i>ذهب</i> أصفر</div>", standard_price="1450",
                metal_type="ذهب أصفر", ring_size="17")]  # fmt: skip
    found, entries = read(write_text(tmp_path, ARABIC_LABELS, rows))
    assert found == AMAZON_FORMAT
    item = entries[4]
    assert item.title == "خاتم ذهب عيار ٢١" and item.description == "خاتم ذهب أصفر" and item.options["Metal Type"] == ["ذهب أصفر"]


def test_utf16_text_and_the_attribute_row_found_not_assumed(tmp_path):
    rows = [row(item_sku="S-1", item_name="Silver Hoops", standard_price="35")]
    path = tmp_path / "hoops.txt"
    lines = [SETTINGS, ["Offer", "", "Dimensions"], ENGLISH_LABELS, ATTRIBUTES, *rows]  # a group-names row above the labels
    path.write_bytes("\r\n".join("\t".join(cells) for cells in lines).encode("utf-16"))
    found, entries = read(path)
    assert found == AMAZON_FORMAT and entries[5].title == "Silver Hoops" and entries[5].price == 35.0


def write_workbook(path: Path, rows: list[list[object]]) -> Path:
    """A template workbook: an Instructions sheet first, the Template sheet holding the rows second."""
    shared: list[str] = []
    template = sheet_xml(rows, shared)
    strings = "".join(f'<si><t xml:space="preserve">{text.replace("&", "&amp;").replace("<", "&lt;")}</t></si>' for text in shared)
    parts = {
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets><sheet name="Instructions" sheetId="1" r:id="rId1"/>'
                           f'<sheet name="Template" sheetId="2" r:id="rId2"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
                                      f'<Relationship Id="rId2" Type="{RELS}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}">{strings}</sst>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Read me</t></is></c></row></sheetData></worksheet>',
        "xl/worksheets/sheet2.xml": template,
    }  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def test_legacy_template_workbook_read_from_its_template_sheet(tmp_path):
    path = write_workbook(tmp_path / "Jewelry.xlsm", [SETTINGS, ENGLISH_LABELS, ATTRIBUTES, *RING[:3]])
    found, entries = read(path)
    assert found == AMAZON_FORMAT
    assert entries[4].title == "Solitaire Ring" and [variant.price for variant in entries[4].variants] == [899.0, 899.0]


SA = "A17E79C6D8DWNP"
NEW_KEYS = [
    "contribution_sku#1.value", "product_type#1.value", "::record_action", f"parentage_level[marketplace_id={SA}]#1.value",
    f"child_parent_sku_relationship[marketplace_id={SA}]#1.parent_sku", "variation_theme#1.name",
    f"item_name[marketplace_id={SA}][language_tag=en_AE]#1.value", f"item_name[marketplace_id={SA}][language_tag=ar_AE]#1.value",
    f"product_description[marketplace_id={SA}][language_tag=ar_AE]#1.value", f"bullet_point[marketplace_id={SA}][language_tag=ar_AE]#1.value",
    f"brand[marketplace_id={SA}][language_tag=ar_AE]#1.value", f"metal_type[marketplace_id={SA}][language_tag=ar_AE]#1.value",
    f"ring[marketplace_id={SA}]#1.size", f"purchasable_offer[marketplace_id={SA}][audience=ALL]#1.our_price#1.schedule#1.value_with_tax",
    f"purchasable_offer[marketplace_id={SA}][audience=B2B]#1.our_price#1.schedule#1.value_with_tax", "fulfillment_availability#1.quantity",
    f"main_product_image_locator[marketplace_id={SA}]#1.media_location",
]  # fmt: skip


def new_row(**cells) -> list[str]:
    named = {"sku": 0, "type": 1, "action": 2, "parentage": 3, "parent": 4, "theme": 5, "en": 6, "ar": 7, "description": 8, "bullet": 9,
             "brand": 10, "metal": 11, "size": 12, "price": 13, "b2b": 14, "quantity": 15, "image": 16}  # fmt: skip
    cells_out = [""] * len(NEW_KEYS)
    for key, value in cells.items():
        cells_out[named[key]] = value
    return cells_out


def test_newer_template_with_language_tagged_texts(tmp_path):
    rows = [
        [f"settings=contentLanguageTag=ar_AE&marketplaceId={SA}", "TemplateType=fptcustom"],
        ["SKU", "نوع المنتج", "الإجراء", "مستوى الأصل", "SKU الأصل", "سمة التباين", "اسم المنتج", "اسم المنتج", "الوصف", "نقطة", "العلامة", "المعدن", "المقاس", "السعر", "", "الكمية", "الصورة"],
        NEW_KEYS,
        new_row(sku="ABC123", en="Example item", price="1"),  # Amazon's example row
        new_row(sku="R-10", type="RING", action="Create or Replace (Full Update)", parentage="Parent", theme="RING_SIZE", en="Gold Band",
                ar="خاتم ذهب", description="<p>خاتم <b>ذهب</b></p>", bullet="عيار ٢١", brand="ديما", metal="ذهب أصفر",
                image="https://m.media-amazon.com/images/I/band.jpg"),
        new_row(sku="R-10-16", parentage="Child", parent="R-10", size="16", price="1200", b2b="1000", quantity="2"),
        new_row(sku="R-10-18", parentage="Child", parent="R-10", size="18", price="1290", quantity="1"),
        new_row(sku="R-11", en="Old Chain", price="300", action="Delete"),
    ]  # fmt: skip
    path = write_workbook(tmp_path / "RING.xlsm", rows)
    found, entries = read(path)
    assert found == AMAZON_FORMAT
    band = entries[5]
    assert band.title == "خاتم ذهب" and "Gold Band" in band.description and "خاتم ذهب" in band.description and "عيار ٢١" in band.description
    assert band.currency == "SAR" and band.vendor == "ديما" and band.kinds == ["RING"]
    assert [(variant.options, variant.price) for variant in band.variants] == [({"Ring Size": "16"}, 1200.0), ({"Ring Size": "18"}, 1290.0)]
    assert band.options["Metal Type"] == ["ذهب أصفر"]
    assert entries[8].skipped == NOT_FOR_SALE
    assert 4 not in entries  # the example row
    english = read_products(path, CatalogConfig(feed_language="en"), {}, media=MediaPlaces(tmp_path))[1]
    assert next(entry for line, entry in english if line == 5).title == "Gold Band"


def test_sale_dates_and_photos_in_the_folder(tmp_path):
    (tmp_path / "studs.jpg").write_bytes(b"jpg")
    rows = [row(item_sku="E-1", item_name="Studs", standard_price="100", sale_price="80", sale_from_date="2020-01-01", sale_end_date="2020-02-01",
                main_image_url="studs.jpg", other_image_url1="../outside.jpg")]  # fmt: skip
    names, data, marketplace = read_rows(write_text(tmp_path, rows=rows), 10**8, 200)
    item = next(entry for _, entry in products(names, data, marketplace, MediaPlaces(tmp_path), today=date(2025, 6, 1)))
    assert item.price == 100.0 and item.compare_at_price is None  # the sale ended
    assert item.images == ["studs.jpg"] and item.refused_images


def test_not_detected_in_other_exports(tmp_path):
    shopify = tmp_path / "products.csv"
    shopify.write_text("Handle,Title,Variant SKU,Variant Price\nring,Ring,R1,10\n", encoding="utf-8")
    assert read_rows(shopify, 10**8, 200) is None
    google = tmp_path / "feed.txt"
    google.write_text("id\ttitle\tprice\timage_link\n1\tRing\t10 USD\thttps://x.example/r.jpg\n", encoding="utf-8")
    assert read_rows(google, 10**8, 200) is None
    # Amazon's attribute names are no other format's header
    assert detect_format({column_key(name) for name in ATTRIBUTES}) != AMAZON_FORMAT
