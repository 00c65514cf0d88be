"""nopCommerce's "Export to Excel" product workbook (retrieval/nopcommerce.py), read by retrieval/formats.py:
detected from its captions; a product's attribute rows (under it, from column C) as offers; specification
attributes as options; categories with breadcrumbs, several pictures by file name; unpublished products
skipped; a bad price reported at its line and the rest kept; HTML descriptions read as text; a grouped
product's associated products as its offers. The fixtures are written from nopCommerce's public
ExportManager.cs / PropertyManager.cs (4.40-4.70), never from a shop's file."""

from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.nopcommerce import NOPCOMMERCE_FORMAT, is_nopcommerce, products
from retrieval.rows import column_key
from xlsx_book import write_xlsx

HEADER = ["ProductId", "ProductType", "ParentGroupedProductId", "VisibleIndividually", "Name", "ShortDescription", "FullDescription",
          "Vendor", "Published", "SKU", "Gtin", "IsShipEnabled", "IsTaxExempt", "TaxCategory", "ManageInventoryMethod", "StockQuantity",
          "Price", "OldPrice", "Categories", "Manufacturers", "ProductTags", "Picture1", "Picture2", "Picture3"]  # fmt: skip
ATTRIBUTES = [None, None, "AttributeId", "AttributeName", "AttributeControlType", "ProductAttributeValueId", "ValueName", "PriceAdjustment", "PriceAdjustmentUsePercentage"]
SPECS = [None, None, "AttributeType", "SpecificationAttribute", "CustomValue", "SpecificationAttributeOptionId"]


def product(pid, name, price, **cells):
    row = dict.fromkeys(HEADER, "")
    row.update(ProductId=pid, ProductType="Simple product", ParentGroupedProductId="0", VisibleIndividually="True", Name=name,
               Published="True", IsShipEnabled="True", IsTaxExempt="False", ManageInventoryMethod="Manage stock", StockQuantity="5", Price=price)  # fmt: skip
    row.update(cells)
    return [row[name] for name in HEADER]


ROWS = [
    product("11", "Gredzens ar ķēdīti", "120.0000", FullDescription="<p>Zelta <b>gredzens</b> ar ļoti smalku ķēdīti</p>", OldPrice="150.0000",
            Categories="Rotaslietas >> Gredzeni;Dāvanas;", Manufacturers="Šarmā;", ProductTags="zelts;dāvana;",
            Picture1=r"C:\inetpub\nop\wwwroot\images\thumbs\0000042_gredzens.jpeg", Picture2="/var/www/nop/wwwroot/images/thumbs/0000043_gredzens-2.jpeg"),
    ATTRIBUTES,
    [None, None, "1", "Izmērs", "Dropdown List", "101", "16", "0.0000", "False"],
    [None, None, "1", "Izmērs", "Dropdown List", "102", "17", "10.0000", "False"],
    [None, None, "2", "Metāls", "2", "103", "Dzeltenais zelts", "0", "False"],
    [None, None, "2", "Metāls", "2", "104", "Baltais zelts", "10", "True"],
    SPECS,
    [None, None, "Option", "Prove", "585", "7"],
    [None, None, "Hyperlink", "Sertifikāts", "https://cert.example/11", "0"],
    product("12", "Auskari Žuvėdra", "45,50", Categories="Auskari;", ManageInventoryMethod="1", StockQuantity="0"),
    product("13", "Vecā ķēde", "30", Published="False"),
    product("14", "Sudraba aproce", "divdesmit"),
    product("15", "Kaklarota Ņina", "80", ManageInventoryMethod="Dont Manage Stock", StockQuantity="0", Picture1="https://cdn.example/nina.jpg"),
    product("20", "Komplekts Šarm", "", ProductType="Grouped Product"),
    product("21", "Komplekta gredzens", "60", ParentGroupedProductId="20", VisibleIndividually="False"),
    product("22", "Komplekta auskari", "40", ParentGroupedProductId="20", VisibleIndividually="True"),
]


def load(tmp_path):
    thumbs = tmp_path / "images" / "thumbs"
    thumbs.mkdir(parents=True)
    (thumbs / "0000042_gredzens.jpeg").write_bytes(b"jpeg")
    (thumbs / "0000043_gredzens-2.jpeg").write_bytes(b"jpeg")
    return load_catalog(write_xlsx(tmp_path / "products.xlsx", [HEADER, *ROWS]), currency="EUR")


def test_detected_and_not_stealing_other_headers():
    keys = {column_key(name) for name in HEADER}
    assert is_nopcommerce(keys)
    for other in (["Handle", "Title", "Variant Price", "Body (HTML)"], ["ID", "Type", "SKU", "Name", "Published", "Regular price", "Categories"],
                  ["Product ID [Non Editable]", "Title", "Description", "Price", "Stock"], ["Name", "Price", "SKU", "Description"]):  # fmt: skip
        assert not is_nopcommerce({column_key(name) for name in other})
    assert detect_format({column_key(name) for name in ["ID", "Type", "SKU", "Name", "Published", "Regular price"]}) != NOPCOMMERCE_FORMAT


def test_a_product_with_attribute_rows_becomes_an_item_with_offers(tmp_path):
    loaded = load(tmp_path)
    assert loaded.format == NOPCOMMERCE_FORMAT
    ring = next(item for item in loaded.items if item.id == "11")
    assert ring.title == "Gredzens ar ķēdīti"
    assert "ļoti smalku ķēdīti" in ring.description and "<b>" not in ring.description
    assert sorted(variant.price for variant in ring.variants) == [120.0, 130.0, 132.0, 142.0]
    assert ring.options.get("Izmērs") == ["16", "17"] and ring.options.get("Prove") == ["585"] and "Sertifikāts" not in ring.options
    assert ring.vendor == "Šarmā" and "zelts" in ring.tags
    assert ring.image.endswith("images/thumbs/0000042_gredzens.jpeg")  # the server's path: its file name found here


def test_pictures_by_file_name_inside_the_folder_only(tmp_path):
    load(tmp_path)
    outside = r"C:\inetpub\nop\wwwroot\images\thumbs\..\..\secret.jpeg"
    rows = [ROWS[0][:21] + [ROWS[0][21], ROWS[0][22], outside], product("16", "Piekariņš", "10", Picture1="ftp://cdn.example/a.jpg")]
    read = dict(products(HEADER, list(enumerate(rows, start=2)), tmp_path))
    assert read[2].images == ["images/thumbs/0000042_gredzens.jpeg", "images/thumbs/0000043_gredzens-2.jpeg"]
    assert read[2].refused_images  # "secret.jpeg" is not in the folder
    assert read[3].images == [] and "ftp://" in read[3].refused_images[0]


def test_stock_unpublished_bad_price_and_groups(tmp_path):
    loaded = load(tmp_path)
    by_id = {item.id: item for item in loaded.items}
    assert by_id["12"].in_stock is False and by_id["12"].price == 45.5  # a server in a comma culture writes "45,50"
    assert by_id["15"].in_stock is True  # inventory not tracked: StockQuantity 0 says nothing
    assert "13" not in by_id and any(skipped for skipped in loaded.skipped)
    assert "14" not in by_id
    assert [(error.line, "Price" in error.reason) for error in loaded.errors] == [(13, True)]
    assert "21" not in by_id and "22" in by_id  # only the one visible individually is an item of its own
    assert sorted(variant.price for variant in by_id["20"].variants) == [40.0, 60.0]
