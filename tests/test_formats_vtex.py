"""VTEX's product and SKU spreadsheet (retrieval/vtex.py), read by retrieval/catalog.py from an .xlsx
(tests/xlsx_book.py writes it) or a CSV: detected from its "_IDSKU (Não alterável)" header and no other
export taken for it; a product's SKU rows one item with offers told apart by their SKU names; inactive
products and SKUs; prices from the base price table beside it, photos from a table of SKU photos; a
bad price reported at its line in the price file, the rest kept; a product with no price reported at
its line; HTML descriptions read as text. The fixtures are written from VTEX's Help Center field list
and public code naming the columns (see the module's docstring), never from a shop's file."""

import csv
import io
from pathlib import Path

import pytest

from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.rows import CatalogError, column_key
from retrieval.vtex import field_name, is_vtex
from xlsx_book import write_xlsx

COLUMNS = [
    "_IDSKU (Não alterável)", "_NomeSKU", "_AtivarSKUSePossível", "_SKUAtivo (Não alterável)", "_EANSKU", "_Altura",
    "_AlturaReal", "_Largura", "_LarguraReal", "_Comprimento", "_ComprimentoReal", "_Peso", "_PesoReal", "_UnidadeMedida",
    "_MultiplicadorUnidade", "_CodigoReferenciaSKU", "_ValorFidelidade", "_DataPrevisaoChegada", "_CodigoFabricante",
    "_IDProduto (Não alterável)", "_NomeProduto (Obrigatório)", "_BreveDescricaoProduto", "_ProdutoAtivo (Não alterável)",
    "_CodigoReferenciaProduto", "_MostrarNoSite", "_LinkTexto (Não alterável)", "_DescricaoProduto", "_DataLancamentoProduto",
    "_PalavrasChave", "_TituloSite", "_DescricaoMetaTag", "_IDFornecedor", "_MostrarSemEstoque", "_Kit (Não alterável)",
    "_IDDepartamento (Não alterável)", "_NomeDepartamento", "_IDCategoria", "_NomeCategoria", "_IDMarca", "_Marca",
    "_PesoCubico", "_CondicaoComercial", "_Lojas", "_Acessorios", "_Similares", "_Sugestoes", "_ShowTogether", "_Anexos",
]  # fmt: skip
PRICE_COLUMNS = ["SKU ID", "Cost Price", "Base Price", "List Price", "SKU Name (View Only)", "Product ID (View Only)"]
PHOTO_COLUMNS = ["SKU ID", "Url", "IsMain"]


def sku(sku_id, sku_name, product_id, product_name, *, sku_active="SIM", product_active="SIM", shown="SIM", ref="",
        description="", category="Anéis", department="Joias", brand="Joalheria Açaí", keywords="", link="") -> dict:  # fmt: skip
    return {
        "_IDSKU (Não alterável)": sku_id, "_NomeSKU": sku_name, "_SKUAtivo (Não alterável)": sku_active,
        "_CodigoReferenciaSKU": ref, "_IDProduto (Não alterável)": product_id, "_NomeProduto (Obrigatório)": product_name,
        "_ProdutoAtivo (Não alterável)": product_active, "_MostrarNoSite": shown, "_LinkTexto (Não alterável)": link,
        "_DescricaoProduto": description, "_PalavrasChave": keywords, "_NomeDepartamento": department,
        "_NomeCategoria": category, "_Marca": brand, "_UnidadeMedida": "un", "_MultiplicadorUnidade": "1",
    }  # fmt: skip


SKUS = [
    sku("101", "Anel Solitário Ouro 18k - Aro 14", "10", "Anel Solitário Ouro 18k", ref="AN-14", link="anel-solitario-ouro-18k",
        description="<p>Anel em <b>ouro amarelo 18k</b> com diamante de 0,10 ct</p>", keywords="solitário, noivado"),
    sku("102", "Anel Solitário Ouro 18k - Aro 16", "10", "Anel Solitário Ouro 18k", ref="AN-16"),
    sku("103", "Anel Solitário Ouro 18k - Aro 18", "10", "Anel Solitário Ouro 18k", ref="AN-18", sku_active="NÃO"),
    sku("201", "Collar Señora de Plata", "20", "Collar Señora de Plata", category="Collares", sku_active="SÍ", product_active="SÍ", shown="SÍ"),
    sku("301", "Brinco Pérola", "30", "Brinco Pérola", product_active="NÃO", category="Brincos"),
    sku("401", "Pulseira Coração", "40", "Pulseira Coração", shown="NÃO", category="Pulseiras"),
    sku("501", "Argola Prata", "50", "Argola Prata", category="Brincos"),
    sku("601", "Pingente Cruz", "60", "Pingente Cruz", category="Pingentes"),
]  # fmt: skip
PRICES = [
    ["101", "800", "1890.00", "2100.00", "Anel Solitário Ouro 18k - Aro 14", "10"],
    ["102", "800", "1890.00", "", "Anel Solitário Ouro 18k - Aro 16", "10"],
    ["103", "800", "1890.00", "", "Anel Solitário Ouro 18k - Aro 18", "10"],
    ["201", "100", "349.90", "", "Collar Señora de Plata", "20"],
    ["301", "50", "120.00", "", "Brinco Pérola", "30"],
    ["401", "50", "99.00", "", "Pulseira Coração", "40"],
    ["601", "30", "doze", "", "Pingente Cruz", "60"],
]  # fmt: skip
PHOTOS = [
    ["101", "https://joias.vteximg.com.br/arquivos/ids/155/anel-lateral.jpg", "false"],
    ["101", "https://joias.vteximg.com.br/arquivos/ids/154/anel-frente.jpg", "true"],
    ["201", "https://joias.vteximg.com.br/arquivos/ids/160/collar.jpg", "true"],
    ["201", "http://joias.example/collar-2.jpg", "false"],
]  # fmt: skip


def sheet_rows(skus=SKUS) -> list[list[str]]:
    return [COLUMNS, *[[row.get(name, "") for name in COLUMNS] for row in skus]]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def shop(tmp_path: Path, as_xlsx: bool = True, skus=SKUS) -> Path:
    write_csv(tmp_path / "precos.csv", [PRICE_COLUMNS, *PRICES])
    write_xlsx(tmp_path / "imagens-sku.xlsx", [PHOTO_COLUMNS, *PHOTOS])
    if as_xlsx:
        return write_xlsx(tmp_path / "produtos-e-skus.xlsx", sheet_rows(skus))
    return write_csv(tmp_path / "produtos-e-skus.csv", sheet_rows(skus), delimiter=";")


def test_the_header_is_detected_without_its_notes_and_no_other_export_is_taken_for_it():
    keys = {column_key(name) for name in COLUMNS}
    assert field_name("_IDSKU (Não alterável)") == "idsku" and field_name("_NomeProduto (Obrigatório)") == "nomeproduto"
    assert detect_format(keys) == "vtex"
    assert not is_vtex({column_key(name) for name in ("Handle", "Title", "Variant SKU", "Variant Price", "Body (HTML)")})
    assert not is_vtex({column_key(name) for name in ("Identificador de URL", "Nombre", "Precio", "SKU")})
    assert not is_vtex({column_key(name) for name in ("Product ID [Non Editable]", "Title", "SKU", "Price")})
    assert not is_vtex({column_key(name) for name in ("ID", "Type", "SKU", "Name", "Regular price")})
    assert not is_vtex({column_key(name) for name in PRICE_COLUMNS})


@pytest.mark.parametrize("as_xlsx", [True, False])
def test_a_product_s_skus_become_one_item_with_offers_prices_and_photos(tmp_path, as_xlsx):
    loaded = load_catalog(shop(tmp_path, as_xlsx), currency="BRL")
    assert loaded.format == "vtex"
    by_id = {item.id: item for item in loaded.items}
    ring = by_id["10"]
    assert ring.title == "Anel Solitário Ouro 18k" and ring.handle == "anel-solitario-ouro-18k"
    assert "ouro amarelo 18k" in ring.description and "<b>" not in ring.description
    assert ring.options == {"Aro": ["14", "16"]}  # the inactive SKU 103 is not offered
    assert [variant.price for variant in ring.variants] == [1890.0, 1890.0]
    assert [variant.sku for variant in ring.variants] == ["AN-14", "AN-16"]
    assert ring.variants[0].compare_at_price == 2100.0
    assert ring.image.endswith("anel-frente.jpg") and ring.images[0].endswith("anel-lateral.jpg")  # IsMain first
    assert ring.currency == "BRL" and ring.vendor == "Joalheria Açaí" and "solitário" in ring.tags
    necklace = by_id["20"]  # a Spanish admin's SÍ, ñ in the name
    assert necklace.title == "Collar Señora de Plata" and necklace.price == 349.9 and not necklace.variants[1:]
    assert necklace.image.endswith("collar.jpg") and not necklace.images  # an http:// photo is not taken


def test_inactive_and_hidden_products_are_not_for_sale_and_unpriced_ones_are_reported(tmp_path):
    loaded = load_catalog(shop(tmp_path), currency="BRL")
    ids = {item.id for item in loaded.items}
    assert ids == {"10", "20"}  # 30 inactive, 40 not shown on the site: skipped, not errors
    bad = [error for error in loaded.errors if error.file == "precos.csv"]
    assert [error.line for error in bad] == [8] and "Base Price" in bad[0].reason and "doze" in bad[0].reason
    reasons = [error.reason for error in loaded.errors if error.file != "precos.csv"]
    assert any("501" in reason and "no price" in reason and "precos.csv" in reason for reason in reasons)  # never priced 0
    assert any("601" in reason and "no price" in reason for reason in reasons)
    assert sorted(error.line for error in loaded.errors if error.file != "precos.csv") == [8, 9]


def test_no_price_table_beside_the_sheet_says_where_prices_are(tmp_path):
    path = write_xlsx(tmp_path / "produtos.xlsx", sheet_rows(SKUS[:2]))
    with pytest.raises(CatalogError) as refused:
        load_catalog(path, currency="BRL")
    assert "Price list" in str(refused.value) or "price" in str(refused.value).lower()


def test_an_old_xls_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "produtos.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(CatalogError, match=r"\.xlsx"):
        load_catalog(path, currency="BRL")


def test_a_photo_url_s_file_in_the_photo_folder_is_taken_from_there(tmp_path):
    (tmp_path / "imagens").mkdir()
    (tmp_path / "imagens" / "anel-frente.jpg").write_bytes(b"\xff\xd8\xff\xe0 not fetched")
    loaded = load_catalog(shop(tmp_path), currency="BRL")
    ring = next(item for item in loaded.items if item.id == "10")
    assert Path(ring.image).name == "anel-frente.jpg" and not ring.image.startswith("https://")
    assert ring.images[0].startswith("https://")  # no file of that name: the URL stays


def test_a_sheet_and_price_table_excel_saved_as_windows_1252_csv(tmp_path):
    write_csv(tmp_path / "precos.csv", [PRICE_COLUMNS, *PRICES], delimiter=";", encoding="cp1252")
    path = write_csv(tmp_path / "produtos.csv", sheet_rows(), delimiter=";", encoding="cp1252")
    loaded = load_catalog(path, currency="BRL")
    by_id = {item.id: item for item in loaded.items}
    assert set(by_id) == {"10", "20"} and by_id["10"].title == "Anel Solitário Ouro 18k"
    assert by_id["10"].options == {"Aro": ["14", "16"]}  # "NÃO" read: SKU 103 not offered
    assert by_id["20"].title == "Collar Señora de Plata" and by_id["20"].price == 349.9


def test_an_inactive_product_without_a_price_is_skipped_not_reported(tmp_path):
    skus = [SKUS[0], sku("701", "Anel Antigo", "70", "Anel Antigo", product_active="NÃO")]
    loaded = load_catalog(shop(tmp_path, skus=skus), currency="BRL")
    assert [item.id for item in loaded.items] == ["10"]
    assert not [error for error in loaded.errors if error.file != "precos.csv"]


def test_a_mapped_column_is_read_by_the_sheet_s_own_name(tmp_path):
    skus = [SKUS[0] | {"_TituloSite": "Ouro amarelo"}, *SKUS[1:]]
    loaded = load_catalog(shop(tmp_path, skus=skus), currency="BRL", mapping={"vendor": column_key("_TituloSite")})
    assert loaded.format == "vtex" and next(item for item in loaded.items if item.id == "10").vendor == "Ouro amarelo"


def test_sku_names_tell_offers_apart_by_a_sized_word_or_as_variations():
    from retrieval.vtex import _option_values

    assert _option_values("Anel", ["Anel - Aro 14", "Anel - Aro 16,5"]) == [("Aro", "14"), ("Aro", "16,5")]
    assert _option_values("Anillo", ["Talla 7", "Talla 7 1/2"]) == [("Talla", "7"), ("Talla", "7 1/2")]
    assert _option_values("Anel", ["Anel Ouro Branco", "Anel Ouro Amarelo"]) == [("Variation", "Ouro Branco"), ("Variation", "Ouro Amarelo")]
    assert _option_values("Colar", ["Colar"]) == [None]


def test_a_folder_handed_over_whole_is_read_as_its_sheet_with_the_tables_beside_it(tmp_path):
    sheet = shop(tmp_path)
    from_folder, from_sheet = load_catalog(tmp_path, currency="BRL"), load_catalog(sheet, currency="BRL")
    assert from_folder.format == "vtex" and from_folder.items
    assert [(item.id, item.price, item.image) for item in from_folder.items] == [(item.id, item.price, item.image) for item in from_sheet.items]


def test_a_folder_with_two_sheets_names_them_and_asks_which(tmp_path):
    shop(tmp_path)
    write_csv(tmp_path / "produtos-antigos.csv", sheet_rows(), delimiter=";")
    with pytest.raises(CatalogError, match="holds 2 VTEX product and SKU sheets"):
        load_catalog(tmp_path, currency="BRL")


def test_vtex_s_own_image_export_names_the_file_alone_and_its_saved_copy_is_taken(tmp_path):
    shop(tmp_path)
    (tmp_path / "imagens-sku.xlsx").unlink()
    columns = ["ID Producto", "ID SKU", "ID de imagen", "Posición Imagen", "URL de imagen", "URL de importación Imagen"]
    write_xlsx(tmp_path / "imagenes.xlsx", [columns, ["10", "101", "155", "1", "anel-lateral.jpg", ""],
                                           ["10", "101", "154", "0", "anel-frente.jpg", ""],
                                           ["20", "201", "160", "0", "collar.jpg", ""]])
    (tmp_path / "images").mkdir()
    for saved in ("155-anel-lateral.jpg", "154-anel-frente.jpg"):
        (tmp_path / "images" / saved).write_bytes(b"\xff\xd8\xff\xe0 not fetched")
    loaded = load_catalog(tmp_path / "produtos-e-skus.xlsx", currency="BRL")
    ring = next(item for item in loaded.items if item.id == "10")
    assert Path(ring.image).name == "154-anel-frente.jpg"  # position 0 first
    necklace = next(item for item in loaded.items if item.id == "20")
    assert not necklace.image  # no saved copy and no host in the table: no photo, never a made-up URL
