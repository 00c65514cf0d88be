"""Pieces a shop shows but does not sell (retrieval/not_for_sale.py): a display piece still active in
the export whose own words say it is not sold ("not for sale", Hungarian "nem eladó", Portuguese
"peça de exposição") is skipped as not for sale, like a price on request, and the import report
names the words; a sentence refusing only a part ("not for sale separately") is not read so; a
Google feed item excluded from ads alone is still sold, one kept for ads only is not."""

import csv

from retrieval.catalog import load_catalog
from retrieval.import_report import write_reports
from retrieval.lexicon import load_lexicon
from retrieval.not_for_sale import phrases_of, said_in
from tests.test_formats_google_feed import item, rss

HEADER = "Handle,Title,Body (HTML),Type,Variant Price,Status\n"


def shopify(tmp_path, *rows: str):
    path = tmp_path / "products_export.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return load_catalog(path, currency="EUR")


def reasons(loaded) -> dict[str, str]:
    return {skipped.id: skipped.reason for skipped in loaded.skipped}


def test_display_pieces_said_in_three_languages_are_skipped_with_their_words(tmp_path):
    loaded = shopify(
        tmp_path,
        'hu,Gyűrű – Pest,"<p>14 karátos sárga arany.</p><p>Bemutató darab, nem eladó – hasonlót rendelésre készítünk.</p>",Gyűrűk,90000,active\n',
        'pt,Anel Lua,"Ouro amarelo 19,2 quilates. Peça de exposição.",Anéis,800,active\n',
        "en,Archive Brooch (display only),A silver brooch from our archive.,Brooches,120,active\n",
        "sold,Solitaire Ring,A gold ring with a diamond.,Rings,900,active\n",
    )
    assert [entry.id for entry in loaded.items] == ["sold"]
    said = reasons(loaded)
    assert said["hu"] == 'shown, not for sale (its description says "Bemutató darab, nem eladó – hasonlót rendelésre készítünk")'
    assert said["pt"] == 'shown, not for sale (its description says "Peça de exposição")'
    assert said["en"] == 'shown, not for sale (its title says "Archive Brooch (display only)")'


def test_a_part_not_sold_on_its_own_leaves_the_piece_for_sale(tmp_path):
    loaded = shopify(
        tmp_path,
        "set,Pendant Set,The chain is not for sale separately.,Pendants,300,active\n",
        'med,Medál – Buda,"A lánc külön nem eladó.",Medálok,40000,active\n',
        "de,Kette Anna,Die Öse ist nicht einzeln verkäuflich.,Ketten,90,active\n",
    )
    assert sorted(entry.id for entry in loaded.items) == ["de", "med", "set"]


def test_german_and_unaccented_words_are_read_too():
    phrases, apart = phrases_of(load_lexicon())
    assert said_in("Unikat aus unserem Archiv. Unverkäuflich.", phrases, apart) == "Unverkäuflich"
    assert said_in("Nem eladó", phrases, apart) == "Nem eladó"
    assert said_in("A beautiful ring, available now.", phrases, apart) == ""


def test_a_google_item_excluded_from_ads_alone_is_sold_and_one_kept_for_ads_only_is_not(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(
        item(id="ads-excluded", title="Gold Ring", price="100 EUR", excluded_destination="Shopping_ads"),
        item(id="ads-only", title="Gold Ring", price="100 EUR", included_destination="Shopping_ads", excluded_destination="Free_listings"),
        item(id="display", title="Arany gyűrű", description="Bemutató darab, nem eladó.", price="90000 HUF", excluded_destination="Shopping_ads"),
    ), encoding="utf-8")  # fmt: skip
    loaded = load_catalog(feed, currency="EUR")
    assert [entry.id for entry in loaded.items] == ["ads-excluded"]
    assert reasons(loaded) == {"ads-only": "excluded from free listings",
                               "display": 'shown, not for sale (its description says "Bemutató darab, nem eladó")'}  # fmt: skip


def test_the_import_report_lists_the_display_piece_and_its_words(tmp_path):
    loaded = shopify(
        tmp_path,
        "en,Heritage Locket,Shown in our window: not for sale.,Pendants,500,active\n",
        "sold,Solitaire Ring,A gold ring with a diamond.,Rings,900,active\n",
    )
    summary = write_reports(tmp_path / "report", loaded, loaded.extractions, review_below=0.5)
    assert summary.skipped == 1
    rows = list(csv.DictReader(summary.report.open(encoding="utf-8")))
    skipped = [row for row in rows if row["status"] == "skipped"]
    assert [(row["id"], row["title"]) for row in skipped] == [("en", "Heritage Locket")]
    assert skipped[0]["evidence"] == 'shown, not for sale (its description says "not for sale")'
