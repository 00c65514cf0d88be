"""Tiendanube's / Nuvemshop's product CSV export (retrieval/tiendanube.py), read by retrieval/catalog.py
and ingested by the real `facet ingest`: the header in Spanish or Portuguese, ";" or ",", UTF-8 with a
BOM or Windows-1252; the rows sharing a URL identifier as one item with its property values as
options and its prices from-to; the promotional price below the price paid, the price the compare-at
one; "Mostrar en tienda" NO hidden; categories as paths; HTML descriptions as text; prices as
"125.000,00", "125000.00" or "8,000.00"; a bare "$" the shop's peso; bad rows at their line and the
rest kept; photos only as https URLs or paths inside the catalog's folder."""

import csv
import io

import pytest
from PIL import Image

from benchmarks.heldout_shops import rewritten_export, shop_export
from https_cdn import Counting, write
from retrieval.catalog import NoValidRowsError, load_catalog
from retrieval.formats import detect_format
from retrieval.lexicon import load_lexicon
from retrieval.prices import parse_price
from retrieval.rows import CatalogError, column_key
from retrieval.tiendanube import amount
from standin_facet import messages, run

SPANISH = [
    "Identificador de URL", "Nombre", "Categorías", "Nombre de propiedad 1", "Valor de propiedad 1", "Nombre de propiedad 2",
    "Valor de propiedad 2", "Nombre de propiedad 3", "Valor de propiedad 3", "Precio", "Precio promocional", "Peso (kg)", "Alto (cm)",
    "Ancho (cm)", "Profundidad (cm)", "Stock", "SKU", "Código de barras", "Mostrar en tienda", "Envío sin cargo", "Descripción", "Tags",
    "Título para SEO", "Descripción para SEO", "Marca", "Producto Físico", "MPN (Número de pieza del fabricante)", "Sexo", "Rango de edad",
    "Costo",
]  # fmt: skip
PORTUGUESE = [
    "Identificador URL", "Nome", "Categorias", "Nome da variação 1", "Valor da variação 1", "Nome da variação 2", "Valor da variação 2",
    "Nome da variação 3", "Valor da variação 3", "Preço", "Preço promocional", "Peso (kg)", "Altura (cm)", "Largura (cm)",
    "Comprimento (cm)", "Estoque", "SKU", "Código de barras", "Exibir na loja", "Frete gratis", "Descrição", "Tags", "Título para SEO",
    "Descrição para SEO", "Marca", "Produto Físico", "MPN (Cód. Exclusivo Modelo Fabricante)", "Sexo", "Faixa etária", "Custo",
]  # fmt: skip
TO_PORTUGUESE = dict(zip(SPANISH, PORTUGUESE))


def rows(*records: dict[str, str], columns: list[str] = SPANISH, delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def row(handle: str, name: str = "", **cells: str) -> dict[str, str]:
    return {"Identificador de URL": handle, "Nombre": name, **{key.replace("_", " "): value for key, value in cells.items()}}


def catalog() -> str:
    """A ring in three sizes (the 18 dearer and out of stock), earrings in two metal colours (one on
    promotion), a hidden pendant, a chain whose price is not one, a bracelet with no name, and a plain
    pin whose stock the shop does not count."""
    return rows(
        row("anillo-solitario", "Anillo Solitario", **{"Categorías": "Anillos > Oro, Novedades", "Nombre de propiedad 1": "Talle",
            "Valor de propiedad 1": "16", "Precio": "125.000,00", "Stock": "3", "SKU": "AS-16", "Mostrar en tienda": "SI",
            "Descripción": "<p>Un <strong>diamante</strong> sobre oro 18k.</p>", "Tags": "solitario,compromiso", "Marca": "Aurea"}),
        row("anillo-solitario", **{"Nombre de propiedad 1": "Talle", "Valor de propiedad 1": "17", "Precio": "125.000,00", "Stock": "2",
            "SKU": "AS-17"}),
        row("anillo-solitario", **{"Valor de propiedad 1": "18", "Precio": "131.500,00", "Stock": "0", "SKU": "AS-18"}),
        row("aros-luna", "Aros Luna", **{"Categorías": "Aros", "Nombre de propiedad 1": "Color", "Valor de propiedad 1": "Dorado",
            "Precio": "48000.00", "Precio promocional": "42000.00", "Mostrar en tienda": "SI", "Descripción": "Aros de plata 925."}),
        row("aros-luna", **{"Nombre de propiedad 1": "Color", "Valor de propiedad 1": "Plateado", "Precio": "45000.00"}),
        row("dije-oculto", "Dije Corazón", **{"Categorías": "Dijes", "Precio": "30000.00", "Mostrar en tienda": "NO"}),
        row("cadena-rolo", "Cadena Rolo", **{"Categorías": "Cadenas", "Precio": "consultar", "Mostrar en tienda": "SI"}),
        row("pulsera-sin-nombre", **{"Categorías": "Pulseras", "Precio": "20000.00"}),
        row("prendedor", "Prendedor Flor", **{"Precio": "$ 15.500", "Mostrar en tienda": "SI"}),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "tiendanube-productos.csv", catalog()), currency="ARS")


def test_rows_sharing_a_url_identifier_are_one_item_with_its_options_and_price_range(loaded):
    assert loaded.format == "tiendanube" and loaded.rows_read == 6
    assert [item.id for item in loaded.items] == ["anillo-solitario", "aros-luna", "prendedor"]
    ring = loaded.items[0]
    assert [(v.sku, v.options, v.price, v.in_stock) for v in ring.variants] == [
        ("AS-16", {"Talle": "16"}, 125000.0, True), ("AS-17", {"Talle": "17"}, 125000.0, True), ("AS-18", {"Talle": "18"}, 131500.0, False),
    ]  # fmt: skip  # the third row names no property: the first row's name
    assert (ring.title, ring.price, ring.price_max, ring.currency, ring.in_stock) == ("Anillo Solitario", 125000.0, 131500.0, "ARS", True)
    assert ring.options == {"Talle": ["16", "17", "18"]}


def test_a_promotional_price_below_the_price_is_paid_and_the_price_is_the_compare_at(loaded):
    earrings = loaded.items[1]
    assert [(v.options, v.price, v.compare_at_price) for v in earrings.variants] == [
        ({"Color": "Dorado"}, 42000.0, 48000.0), ({"Color": "Plateado"}, 45000.0, None)]  # fmt: skip
    assert (earrings.price, earrings.price_max, earrings.compare_at_price) == (42000.0, 45000.0, 48000.0)


def test_description_html_is_text_categories_paths_tags_and_brand(loaded):
    ring, earrings, pin = loaded.items
    assert ring.description == "Un diamante sobre oro 18k."
    assert (ring.tags, ring.vendor) == (["solitario", "compromiso"], "Aurea")
    assert (ring.category, earrings.description, pin.price, pin.in_stock) == ("engagement ring", "Aros de plata 925.", 15500.0, True)  # a blank stock: for sale


def test_a_category_paths_last_part_is_the_shops_kind_label(tmp_path):
    text = rows(row("aurora", "Aurora", Precio="900", **{"Categorías": "Joyas > Anillos, Novedades"}))  # the title names no kind
    item = load_catalog(write(tmp_path / "productos.csv", text), currency="ARS").items[0]
    assert (item.category, item.provenance["category"].source, item.provenance["category"].evidence) == ("ring", "type", "Anillos")


def test_hidden_products_are_not_for_sale_and_bad_rows_are_reported_at_their_line(loaded):
    assert "dije-oculto" not in {item.id for item in loaded.items}
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (8, "Precio: 'consultar' is not a price (line 8)"),
        (9, "Nombre: the product 'pulsera-sin-nombre' has no name on its first row (line 9)"),
    ]  # fmt: skip


@pytest.mark.parametrize("cell, expected", [
    ("125.000,00", 125000), ("125000.00", 125000), ("8,000.00", 8000), ("59,90", 59.9), ("$ 1.500", 1500), ("1500", 1500),
    ("125.000", 125000), ("$1.234.567,89", 1234567.89), ("12.5", 12.5),
])  # fmt: skip
def test_prices_as_the_export_writes_them(cell, expected):
    assert float(amount(cell)) == pytest.approx(expected)


@pytest.mark.parametrize("cell", ["consultar", "1.000.50", "12,34,56", "", "1.00.000"])
def test_what_is_no_price_is_refused(cell):
    assert amount(cell) is None


def test_a_bare_dollar_in_a_peso_shop_is_pesos_and_the_peso_currencies_are_known():
    currencies = load_lexicon().currencies
    for code in ("ARS", "CLP", "COP", "UYU"):
        assert parse_price("$ 15.500", currencies, code).currency == code
    assert parse_price("U$S 1.200", currencies, "ARS").currency == "USD"
    assert parse_price("S/ 250.00", currencies, "PEN").currency == "PEN"


def test_a_shopper_saying_pesos_in_a_peso_shop_means_the_shops_peso():
    from assistant.understanding import understand

    assert [understand("anillo de oro hasta 50.000 pesos", code).constraints.price_max for code in ("ARS", "COP", "MXN")] == [50000.0] * 3


def test_rows_naming_no_identifier_belong_to_the_product_above_and_take_its_price(tmp_path):
    columns = [*SPANISH, "Visibilidad"]
    text = rows(
        row("anillo-trenza", "Anillo Trenza", **{"Categorías": "Anillos", "Nombre de propiedad 1": "Metal", "Valor de propiedad 1": "Oro",
            "Precio": "27,500.00", "Stock": "2", "Mostrar en tienda": "SI", "Visibilidad": "Visible"}),
        row("", **{"Valor de propiedad 1": "Plata", "Stock": "3"}),
        row("", **{"Valor de propiedad 1": "Oro rosa", "Precio": "29,000.00", "Stock": "0"}),
        row("sena-taller", "Seña taller", **{"Precio": "5,000.00", "Mostrar en tienda": "NO", "Visibilidad": "Oculto"}),
        row("dije-luna", "Dije Luna", **{"Precio": "9,000.00", "Visibilidad": "Oculto"}),
        columns=columns,
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "productos.csv", text), currency="ARS")
    assert [item.id for item in loaded.items] == ["anillo-trenza"] and not loaded.errors
    ring = loaded.items[0]
    assert [(v.options, v.price, v.in_stock) for v in ring.variants] == [
        ({"Metal": "Oro"}, 27500.0, True), ({"Metal": "Plata"}, 27500.0, True), ({"Metal": "Oro rosa"}, 29000.0, False)]  # fmt: skip


def test_a_price_cell_with_a_dollar_sign_is_the_shops_peso_and_one_naming_dollars_is_usd(tmp_path):
    text = rows(row("dije", "Dije", Precio="$ 12.500", **{"Precio promocional": "$ 11.000"}), row("anillo", "Anillo", Precio="U$S 1.200"),
                row("aro", "Aro", Precio="-100"))  # fmt: skip
    loaded = load_catalog(write(tmp_path / "productos.csv", text), currency="ARS")
    assert [(item.id, item.price, item.compare_at_price, item.currency) for item in loaded.items] == [
        ("dije", 11000.0, 12500.0, "ARS"), ("anillo", 1200.0, None, "USD")]  # fmt: skip
    assert [(error.line, error.reason) for error in loaded.errors] == [(4, "Precio: '-100' is not a price (line 4)")]


def test_a_column_mapping_names_the_files_own_columns(tmp_path):
    columns = [*SPANISH, "Material"]
    text = rows(row("anillo", "Anillo", Precio="100", Material="Plata 925"), columns=columns)
    item = load_catalog(write(tmp_path / "productos.csv", text), currency="ARS", mapping={"metal": "material"}).items[0]
    assert item.metal == "sterling silver"


def test_the_portuguese_header_with_commas_and_a_bom_is_read(tmp_path):
    text = rows(
        {"Identificador URL": "anel-aurora", "Nome": "Anel Aurora", "Categorias": "Anéis", "Nome da variação 1": "Tamanho",
         "Valor da variação 1": "14", "Preço": "1.289,90", "Estoque": "", "Exibir na loja": "SIM", "Descrição": "<p>Anel em prata 925.</p>"},
        {"Identificador URL": "anel-aurora", "Nome da variação 1": "Tamanho", "Valor da variação 1": "16", "Preço": "1.389,90"},
        {"Identificador URL": "colar-oculto", "Nome": "Colar Lua", "Preço": "99,90", "Exibir na loja": "NÃO"},
        columns=PORTUGUESE, delimiter=",",
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "nuvemshop.csv", text), currency="BRL")
    assert loaded.format == "tiendanube" and [item.id for item in loaded.items] == ["anel-aurora"]
    ring = loaded.items[0]
    assert (ring.price, ring.price_max, ring.options, ring.description) == (1289.9, 1389.9, {"Tamanho": ["14", "16"]}, "Anel em prata 925.")


def test_a_latin1_export_is_read_in_its_encoding(tmp_path):
    text = rows(row("aros-perla", "Aros de Perla Señora", **{"Categorías": "Aros", "Precio": "35000,00", "Descripción": "Perlas y oro."}))
    path = tmp_path / "productos.csv"
    path.write_bytes(text.encode("cp1252"))
    loaded = load_catalog(path, currency="ARS")
    assert loaded.format == "tiendanube" and loaded.items[0].title == "Aros de Perla Señora" and loaded.items[0].price == 35000.0


def test_the_header_is_detected_in_both_languages_and_no_other_export_is_taken_for_it():
    spanish, portuguese = ({column_key(name) for name in names} for names in (SPANISH, PORTUGUESE))
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant Price")}
    woocommerce_pt = {column_key(name) for name in ("ID", "Tipo", "SKU", "Nome", "Publicado", "Preço", "Categorias", "Tags")}
    facet = {"id", "title", "description", "price", "category", "url"}
    assert [detect_format(keys) for keys in (spanish, portuguese, shopify, facet)] == ["tiendanube", "tiendanube", "shopify", "facet"]
    assert detect_format(woocommerce_pt) != "tiendanube"  # WooCommerce's Portuguese names: no URL identifier
    assert detect_format({column_key("IDENTIFICADOR DE URL"), "nombre", "precio"}) == "tiendanube"


def test_every_row_bad_is_refused_whole(tmp_path):
    text = rows(row("a", "", Precio="100"), row("b", "Aro", Precio="gratis"))
    with pytest.raises(NoValidRowsError):
        load_catalog(write(tmp_path / "productos.csv", text), currency="ARS")


def test_photo_paths_stay_inside_the_catalogs_folder_and_http_is_refused(tmp_path):
    folder = tmp_path / "shop"
    (folder / "fotos").mkdir(parents=True)
    Image.new("RGB", (8, 8), (200, 170, 60)).save(folder / "fotos" / "anillo.jpg")
    Image.new("RGB", (8, 8), (200, 170, 60)).save(tmp_path / "outside.jpg")
    columns = [*SPANISH, "Imágenes"]
    text = rows(
        row("anillo", "Anillo", Precio="100", **{"Imágenes": "fotos/anillo.jpg"}),
        row("aro", "Aro", Precio="100", **{"Imágenes": "../outside.jpg"}),
        row("dije", "Dije", Precio="100", **{"Imágenes": "http://shop.example/dije.jpg"}),
        columns=columns,
    )  # fmt: skip
    loaded = load_catalog(write(folder / "productos.csv", text), currency="ARS")
    images = {item.id: item.image for item in loaded.items}
    assert images["anillo"].endswith("fotos/anillo.jpg") and images["aro"] == "" and images["dije"] == ""
    assert "dije" in loaded.photo_refusals and loaded.photo_refusals["dije"].startswith("Imágenes refused: only https://")
    assert "aro" in loaded.photo_refusals


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_an_export_survives_the_benchmarks_rewriting_in_its_encoding(tmp_path, encoding):
    shop = tmp_path / "shop"
    shop.mkdir()
    cdn = "https://acdn.mitiendanube.com/stores/001/products/"
    text = rows(
        row("aro-nacar", "Aro Nácar", Precio="18.500,00", **{"Imágenes": f"{cdn}aro-nacar.jpg,{cdn}aro-nacar-2.jpg", "Categorías": "Aros"}),
        columns=[*SPANISH, "Imágenes"],
    )  # fmt: skip
    raw = text.encode(encoding)
    (shop / "tiendanube-productos.csv").write_bytes(raw)
    (shop / "truth.jsonl").write_text("{}\n", encoding="utf-8")
    local = rewritten_export(shop_export(shop), cdn, "https://127.0.0.1:9/", tmp_path / "work")
    assert local.read_bytes() == raw.replace(cdn.encode(), b"https://127.0.0.1:9/")  # bytes otherwise unchanged
    item = load_catalog(local, currency="ARS").items[0]
    assert (item.title, item.image, item.images, item.price) == (
        "Aro Nácar", "https://127.0.0.1:9/aro-nacar.jpg", ["https://127.0.0.1:9/aro-nacar-2.jpg"], 18500.0)  # fmt: skip


def test_a_file_that_is_not_a_catalog_is_refused_naming_tiendanube(tmp_path):
    with pytest.raises(CatalogError, match="Tilda, Tiendanube, PrestaShop"):
        load_catalog(write(tmp_path / "other.csv", "Artículo;Denominación\nA1;Anillo\n"), currency="ARS")


# --- the real ingest: photos fetched over https, a bad row's line said, every row bad a failure ---


@pytest.mark.e2e
def test_a_tiendanube_export_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    Image.new("RGB", (64, 64), (226, 184, 64)).save(folder / "anillo.jpg")
    columns = [*SPANISH, "Imágenes"]
    text = rows(
        row("anillo", "Anillo de Oro", Precio="125.000,00", Stock="2", **{"Categorías": "Anillos", "Imágenes": f"{base_url}anillo.jpg"}),
        row("aro", "", Precio="100"),
        columns=columns,
    )  # fmt: skip
    export = write(tmp_path / "productos.csv", text)
    data = tmp_path / "data"
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(data, "ingest", export, "--currency", "ARS", settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 2 / ingested 1 / updated 0 / unchanged 0 / rejected 1 / removed 0"
    assert any("line 3" in line and "no name" in line for line in messages(result.stderr))
    assert Counting.served == ["/anillo.jpg"]

    bad = write(tmp_path / "bad.csv", rows(row("aro", "", Precio="100")))
    assert run(tmp_path / "data-bad", "ingest", bad, "--currency", "ARS", settings=settings).returncode != 0
