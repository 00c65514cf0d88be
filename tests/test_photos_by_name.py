"""Photos found by name (retrieval/photos_by_name.py): a shop's export that names no photo, and a
folder of photos each named after its product's handle or SKU; and the benchmarks' photo place
for such a shop (benchmarks/heldout_shops.py)."""

import csv
import os
from pathlib import Path

import pytest
from PIL import Image

from retrieval.catalog import load_catalog
from retrieval.config import ImagesConfig
from retrieval.import_report import FOUND_BY_NAME, write_reports
from retrieval.importer import CatalogImporter, ImportSettings
from retrieval.config import CatalogConfig, ExtractionConfig, LexiconConfig
from retrieval.photos_by_name import _sku_stem, by_name_notes, photos_by_name

HEADER = "Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,Image Src,Status\n"
ROWS = (
    "anillo-sol-oro-18k,Anillo Sol 18k gold ring,,V,Ring,,TRUE,Size,6,AN-104,100,,active\n"
    "anillo-sol-oro-18k,,,,,,,,7,AN-105,110,,\n"
    "aros-luna,Aros Luna silver earrings,,V,Earrings,,TRUE,Title,Default,AR_1,50,,active\n"
    "collar-estrella,Collar Estrella silver necklace,,V,Necklace,,TRUE,Title,Default,CO-9,70,,active\n"
)


def png(path: Path, color=(200, 120, 40)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (32, 32), color).save(path, "PNG")
    return path


def shop(folder: Path, rows: str = ROWS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "products.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def found(folder: Path, config: ImagesConfig | None = None, rows: str = ROWS):
    loaded = load_catalog(shop(folder, rows))
    items, result = photos_by_name(loaded.items, set(loaded.photo_refusals), folder, "the catalog's folder", config or ImagesConfig())
    return {item.id: item for item in items}, result


def names(item) -> list[str]:
    return [Path(path).name for path in [item.image, *item.images] if path]


def test_a_photo_named_by_handle_is_the_items_photo(tmp_path):
    png(tmp_path / "images" / "anillo-sol-oro-18k.jpg")
    items, result = found(tmp_path)
    assert names(items["anillo-sol-oro-18k"]) == ["anillo-sol-oro-18k.jpg"]
    assert result.named_by["anillo-sol-oro-18k"] == "handle 'anillo-sol-oro-18k'"
    assert items["aros-luna"].image == ""


def test_a_photo_named_by_a_variants_sku(tmp_path):
    png(tmp_path / "photos" / "AN-105.png")
    items, result = found(tmp_path)
    assert names(items["anillo-sol-oro-18k"]) == ["AN-105.png"]
    assert result.named_by["anillo-sol-oro-18k"] == "SKU 'AN-105'"


def test_a_photo_named_by_the_sku_stem_its_variants_share(tmp_path):
    rows = ROWS.replace("AN-104", "SOL-18-K").replace("AN-105", "SOL-18-L")
    png(tmp_path / "images" / "sol-18.jpg")
    png(tmp_path / "images" / "SOL-18-2.jpg")
    items, result = found(tmp_path, rows=rows)
    assert names(items["anillo-sol-oro-18k"]) == ["sol-18.jpg", "SOL-18-2.jpg"]
    assert result.named_by["anillo-sol-oro-18k"] == "SKU stem 'SOL-18'"


def test_a_stem_another_items_sku_begins_with_is_the_shops_prefix_not_a_name(tmp_path):
    rows = ROWS.replace("AN-104", "NB-104").replace("AN-105", "NB-105").replace("AR_1", "NB-200")
    png(tmp_path / "images" / "NB.jpg")
    items, result = found(tmp_path, rows=rows)
    assert items["anillo-sol-oro-18k"].image == "" and result.unmatched == ["images/NB.jpg"]


@pytest.mark.parametrize(("skus", "stem"), [
    (["NB-1040-K", "NB-1040-L"], "NB-1040"),
    (["NB-1040-10", "NB-1040-11", "NB-1040-10"], "NB-1040"),  # whole parts only, never "NB-1040-1"
    (["AN_104/18", "AN_104/14"], "AN_104"),
    (["NB-1040-K"], ""),  # one SKU: its suffix, if any, cannot be told
    (["NB-1040-K", "NB-1040"], "NB"),  # a stem keeps fewer parts than every SKU has
    (["RING1", "RING2"], ""),
])
def test_the_sku_stem_is_the_whole_parts_the_skus_share(skus, stem):
    assert _sku_stem(skus) == stem


def test_numbered_photos_follow_the_first_in_their_numbers_order(tmp_path):
    for name in ("anillo-sol-oro-18k (10).png", "anillo-sol-oro-18k_3.jpg", "anillo-sol-oro-18k-2.jpg", "anillo-sol-oro-18k.jpg"):
        png(tmp_path / "images" / name)
    items, _ = found(tmp_path)
    assert names(items["anillo-sol-oro-18k"]) == ["anillo-sol-oro-18k.jpg", "anillo-sol-oro-18k-2.jpg",
                                                  "anillo-sol-oro-18k_3.jpg", "anillo-sol-oro-18k (10).png"]  # fmt: skip


def test_names_are_folded_as_handles_are(tmp_path):
    png(tmp_path / "Anillo Sol Óro_18K.JPEG")  # case, an accent, a space and an underscore; in the folder itself
    png(tmp_path / "images" / "ar-1.WEBP.png")  # not "ar-1": its name is "ar-1.WEBP"
    png(tmp_path / "images" / "Ar_1.PNG")
    items, result = found(tmp_path)
    assert names(items["anillo-sol-oro-18k"]) == ["Anillo Sol Óro_18K.JPEG"]
    assert names(items["aros-luna"]) == ["Ar_1.PNG"]
    assert result.unmatched == ["images/ar-1.WEBP.png"]


def test_a_catalog_that_names_photos_is_not_looked_up_by_name(tmp_path):
    png(tmp_path / "own.png")
    png(tmp_path / "images" / "anillo-sol-oro-18k.png")
    png(tmp_path / "images" / "aros-luna.png")
    rows = ROWS.replace("AN-104,100,,active", "AN-104,100,own.png,active")
    items, result = found(tmp_path, rows=rows)
    assert names(items["anillo-sol-oro-18k"]) == ["own.png"]
    assert items["aros-luna"].image == ""  # the owner named photos and none for this one: it has none
    assert not result.looked and not result.found


def test_an_item_whose_named_photo_was_refused_gets_none_by_name(tmp_path):
    png(tmp_path / "images" / "anillo-sol-oro-18k.png")
    rows = ROWS.replace("AN-104,100,,active", "AN-104,100,../outside.png,active")
    png(tmp_path.parent / "outside.png")
    items, result = found(tmp_path, rows=rows)
    assert items["anillo-sol-oro-18k"].image == ""
    assert not result.found


def test_a_symlink_leading_outside_the_folder_is_refused(tmp_path):
    secret = png(tmp_path / "elsewhere" / "secret.png")
    catalog = tmp_path / "shop"
    (catalog / "images").mkdir(parents=True)
    os.symlink(secret, catalog / "images" / "aros-luna.png")
    os.symlink(tmp_path / "elsewhere", catalog / "photos")  # a whole by-name folder outside
    png(tmp_path / "elsewhere" / "collar-estrella.png")
    items, result = found(catalog)
    assert items["aros-luna"].image == "" and items["collar-estrella"].image == ""
    assert result.refused == ["images/aros-luna.png"]
    warnings, _ = by_name_notes(result, list(items.values()), 5)
    assert any("lead" in warning and "images/aros-luna.png" in warning for warning in warnings)


def test_a_symlink_inside_the_folder_is_followed(tmp_path):
    real = png(tmp_path / "images" / "originals" / "x.png")
    os.symlink(real, tmp_path / "images" / "co-9.png")
    items, _ = found(tmp_path)
    assert Path(items["collar-estrella"].image) == real.resolve()


def test_files_no_item_names_are_reported_the_first_few_named(tmp_path):
    png(tmp_path / "images" / "aros-luna.png")
    for number in range(7):
        png(tmp_path / "images" / f"anilo-typo-{number}.png")
    (tmp_path / "images" / "notes.txt").write_text("not a photo")
    items, result = found(tmp_path, ImagesConfig(by_name_shown=3))
    warnings, notes = by_name_notes(result, list(items.values()), 3)
    assert len(result.unmatched) == 7
    assert warnings == ["7 photo files in the catalog's folder match no item's handle, id or SKU (images/anilo-typo-0.png, "
                        "images/anilo-typo-1.png, images/anilo-typo-2.png and 4 more): name each after its product's handle or SKU"]  # fmt: skip
    assert "1 photo found by name in the catalog's folder for 1 item naming none" in notes[0]
    assert notes[1].startswith("2 items have no photo at all (anillo-sol-oro-18k, collar-estrella)")


def test_a_name_two_items_claim_is_no_ones_and_a_handle_wins_over_a_sku(tmp_path):
    rows = ROWS.replace("AR_1", "SHARED").replace("CO-9", "SHARED").replace("AN-105", "aros-luna")
    png(tmp_path / "images" / "shared.png")
    png(tmp_path / "images" / "aros-luna.png")
    items, result = found(tmp_path, rows=rows)
    assert items["collar-estrella"].image == "" and result.unmatched == ["images/shared.png"]
    assert names(items["aros-luna"]) == ["aros-luna.png"] and items["anillo-sol-oro-18k"].image == ""


def test_off_by_setting_and_other_folders_and_extensions_by_setting(tmp_path):
    png(tmp_path / "images" / "aros-luna.png")
    png(tmp_path / "pics" / "co-9.png")
    items, result = found(tmp_path, ImagesConfig(by_name=False))
    assert all(item.image == "" for item in items.values()) and not result.looked
    assert by_name_notes(result, list(items.values()), 5) == ([], [])
    config = ImagesConfig.model_validate({"by_name_folders": "pics", "by_name_extensions": ".JPG,jpeg"})
    assert config.by_name_extensions == ["jpg", "jpeg"]
    items, _ = found(tmp_path, config)
    assert items["collar-estrella"].image == ""  # a .png is not among the extensions
    items, _ = found(tmp_path, ImagesConfig(by_name_folders=["pics"]))
    assert names(items["collar-estrella"]) == ["co-9.png"] and items["aros-luna"].image == ""


@pytest.mark.parametrize("folder", ["../up", "/etc", "a/../../b"])
def test_a_by_name_folder_must_lie_inside_the_photo_folder(folder):
    with pytest.raises(ValueError, match="subfolder"):
        ImagesConfig(by_name_folders=[folder])


class NoStoredItems:
    def items(self, ids):
        return {}


def importer(tmp_path: Path) -> CatalogImporter:
    data = tmp_path / "data"
    settings = ImportSettings("USD", CatalogConfig(), ImagesConfig(), data / "images", LexiconConfig(), ExtractionConfig(), data / "import")
    return CatalogImporter(NoStoredItems(), settings)


def test_the_ingest_stores_copies_and_a_non_image_is_a_bad_photo_not_a_crash(tmp_path):
    catalog = shop(tmp_path / "shop")
    png(tmp_path / "photos-given" / "anillo-sol-oro-18k.png")
    png(tmp_path / "photos-given" / "anillo-sol-oro-18k-2.png", (10, 200, 10))
    (tmp_path / "photos-given" / "aros-luna.jpg").write_bytes(b"this is not a JPEG")
    read = importer(tmp_path).read(catalog, tmp_path / "photos-given")
    items = {item.id: item for item in read.items}
    ring = items["anillo-sol-oro-18k"]
    stored = tmp_path / "data" / "images"
    assert Path(ring.image).parent == stored and [Path(extra).parent for extra in ring.images] == [stored]
    assert items["aros-luna"].image == ""
    assert "aros-luna.jpg not used: not an image" in read.photo_problems["aros-luna"]
    summary = write_reports(tmp_path / "data" / "import", read.loaded, read.extractions, 0.5, {
        "anillo-sol-oro-18k": ("anillo-sol-oro-18k.png; anillo-sol-oro-18k-2.png", "named by its handle 'anillo-sol-oro-18k'")})
    rows = list(csv.DictReader(summary.report.open(encoding="utf-8")))
    photo = [row for row in rows if row["status"] == FOUND_BY_NAME]
    assert [(row["id"], row["value"]) for row in photo] == [("anillo-sol-oro-18k", "anillo-sol-oro-18k.png; anillo-sol-oro-18k-2.png")]
    assert summary.worth_showing


def test_the_read_says_which_file_the_import_report_shows(tmp_path):
    from retrieval.importer import _found_by_name

    catalog = shop(tmp_path / "shop")
    png(tmp_path / "shop" / "fotos" / "CO-9.png")
    read = importer(tmp_path).read(catalog)
    assert _found_by_name(read) == {"collar-estrella": ("fotos/CO-9.png", "named by its SKU 'CO-9'")}
    assert read.by_name.folder_name == "the catalog's folder"


def test_the_benchmarks_hand_a_by_name_shop_its_photo_folder(tmp_path):
    from benchmarks.heldout_shops import PHOTO_PLACES, FILES_BY_NAME, rewritten_export

    folder = tmp_path / "fixture_shop"
    export = shop(folder)
    png(folder / "images" / "aros-luna.png")
    prefix = PHOTO_PLACES["files named by handle"]
    assert prefix == FILES_BY_NAME
    work = tmp_path / "work"
    ingested = rewritten_export([export], prefix, "http://127.0.0.1:1/", work)
    assert ingested.read_bytes() == export.read_bytes()
    assert ingested.parent == work / "fixture_shop" and (ingested.parent / "images" / "aros-luna.png").is_file()
    items, _ = found(ingested.parent)
    assert names(items["aros-luna"]) == ["aros-luna.png"]


@pytest.mark.e2e
def test_facet_ingest_finds_the_photos_by_name_and_says_so(tmp_path):
    from standin_facet import messages, run, shot

    catalog = shop(tmp_path / "shop")
    (tmp_path / "shop" / "images").mkdir()
    shot(1).save(tmp_path / "shop" / "images" / "anillo-sol-oro-18k.png")
    shot(2).save(tmp_path / "shop" / "images" / "ar_1.png")
    shot(3).save(tmp_path / "shop" / "images" / "anillo-sol-oro-18k-2.png")
    shot(4).save(tmp_path / "shop" / "images" / "collar-estrela.png")  # misspelt
    done = run(tmp_path / "data", "ingest", catalog, settings=("image_tuning.enabled=false",))
    assert done.returncode == 0, done.stderr
    said = messages(done.stderr)
    assert any("collar-estrela.png" in line and "match" in line for line in said if line.startswith("warning:"))
    assert "facet: 3 photos found by name in the catalog's folder for 2 items naming none (the import report says which file)" in said
    assert any(line.startswith("facet: 1 item has no photo at all (collar-estrella)") for line in said)
    rows = list(csv.DictReader((tmp_path / "data" / "catalog-import" / "report.csv").open(encoding="utf-8")))
    photo = {row["id"]: (row["value"], row["evidence"]) for row in rows if row["status"] == FOUND_BY_NAME}
    assert photo == {"anillo-sol-oro-18k": ("images/anillo-sol-oro-18k.png; images/anillo-sol-oro-18k-2.png", "named by its handle 'anillo-sol-oro-18k'"),
                     "aros-luna": ("images/ar_1.png", "named by its SKU 'AR_1'")}  # fmt: skip
    assert "import report:" in done.stdout


ODOO = (
    '"ID","Naziv","Prodajna cena","Interna referenca","URL sajta"\r\n'
    '"__export__.product_template_17_bcd7c9b7","Prsten sa dijamantom","100990.0","ZK-1","/shop/prsten-sa-dijamantom-17"\r\n'
    '"__export__.product_template_21_a5e0d5c9","Burma od belog zlata","45990.0","ZK-2","/shop/burma-od-belog-zlata-21"\r\n'
    '"","Lanac od srebra","3990.0","ZK-3","/shop/lanac-od-srebra-65"\r\n'
)


def test_an_odoo_templates_photo_is_found_by_its_database_id(tmp_path):
    """Odoo names a template's photo by its database id (/web/image/product.template/17/...): "17.jpg"."""
    (tmp_path / "product.template.csv").write_text(ODOO, encoding="utf-8")
    png(tmp_path / "images" / "17.jpg")
    png(tmp_path / "images" / "17-2.jpg", (10, 10, 200))
    png(tmp_path / "images" / "65.png")
    png(tmp_path / "images" / "99.jpg")
    loaded = load_catalog(tmp_path / "product.template.csv", currency="RSD")
    assert loaded.format == "odoo"
    items, result = photos_by_name(loaded.items, set(), tmp_path, "the catalog's folder", ImagesConfig(), loaded.photo_names)
    by_id = {item.id: item for item in items}
    assert names(by_id["__export__.product_template_17_bcd7c9b7"]) == ["17.jpg", "17-2.jpg"]
    assert result.named_by["__export__.product_template_17_bcd7c9b7"] == "record number '17'"
    assert names(by_id["ZK-3"]) == ["65.png"]  # no external id: the number at the end of its website address
    assert by_id["__export__.product_template_21_a5e0d5c9"].image == "" and result.unmatched == ["images/99.jpg"]
    without, _ = photos_by_name(loaded.items, set(), tmp_path, "the catalog's folder", ImagesConfig())
    assert all(item.image == "" for item in without)  # no record numbers given: none found so


def test_a_record_number_another_items_handle_holds_is_no_ones(tmp_path):
    items = load_catalog(shop(tmp_path, ROWS)).items
    numbers = {"anillo-sol-oro-18k": ["aros-luna"], "collar-estrella": ["7"]}  # a record number is a name of the item's own, like a handle
    png(tmp_path / "images" / "aros-luna.png")
    png(tmp_path / "images" / "7.png")
    found_items, result = photos_by_name(items, set(), tmp_path, "the catalog's folder", ImagesConfig(), numbers)
    by_id = {item.id: item for item in found_items}
    assert by_id["aros-luna"].image == "" and by_id["anillo-sol-oro-18k"].image == "" and "images/aros-luna.png" in result.unmatched
    assert names(by_id["collar-estrella"]) == ["7.png"]


def test_the_importer_finds_an_odoo_shops_photos_by_database_id(tmp_path):
    catalog = tmp_path / "shop" / "product.template.csv"
    catalog.parent.mkdir()
    catalog.write_text(ODOO, encoding="utf-8")
    png(tmp_path / "shop" / "images" / "21.jpg")
    read = importer(tmp_path).read(catalog)
    from retrieval.importer import _found_by_name

    assert _found_by_name(read) == {"__export__.product_template_21_a5e0d5c9": ("images/21.jpg", "named by its record number '21'")}
