"""The Japanese and Swedish listing packs (retrieval/lexicon/locales/ja-JP.toml, sv-SE.toml), reading
text written without spaces (retrieval/reading.py), full-width forms folded once at import, and
Swedish and Japanese prices (retrieval/lexicon/currencies.toml): Japanese gold by purity ("K18",
"18金", "K10PG"), platinum and silver stamps, gilding over silver and steel, katakana and kanji kinds
and stones found inside a run of kana; Swedish gold by colour and purity ("18K vitguld", "750-guld",
"585"), gilded silver, steel; and the traps: a platinum-coloured finish, a silver-coloured steel, a
metal allergy note, cuts named after stones, a design named after gold, mother of pearl."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.catalog_language import LocaleReading
from retrieval.folding import BREAK, words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text, currency_mismatch, parse_price


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, title):
    """(kind, metal, the metal's colour, karat, stone): a plating's karat is no karat of the piece."""
    metal, stone, kind = lexicon.metal_of(title), lexicon.stone_of(title), lexicon.category_of(title)
    return (kind.value if kind else None, metal.metal if metal else None, metal.color if metal else None,
            metal.karat if metal else None, stone.stone if stone else None)  # fmt: skip


def test_both_packs_load_by_default():
    assert {"ja-JP", "sv-SE"} <= set(DEFAULT_LOCALES)


# --- text without spaces ---------------------------------------------------------------------------


def test_kana_and_kanji_are_words_of_their_own_and_latin_words_keep_their_boundaries():
    assert words_of("K18ネックレス") == ["k", "18", "ネ", "ッ", "ク", "レ", "ス"]
    assert words_of("指輪 string") == ["指", "輪", "string"]
    assert words_of("ピアス・イヤリング") == ["ピ", "ア", "ス", BREAK, "イ", "ヤ", "リ", "ン", "グ"]  # a mark parts them


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("K18ダイヤモンドネックレス", "necklace"),  # inside one run of kana
        ("イヤリング", "earrings"),  # not the ring inside it
        ("リングピアス", "earrings"),  # a hoop earring
        ("エンゲージリング", "engagement ring"),
        ("スターリングシルバー チャーム", "pendant"),  # sterling's リング is no ring
        ("Stringing Bead Bracelet", "bracelet"),  # Latin words keep their boundaries
        ("ベネチアン チェーンネックレス", "chain"),
        ("イヤーカフ", "ear cuff"),
        ("ノンホールピアス", "earrings"),  # a clip-on, still earrings
    ],
)
def test_a_phrase_is_found_inside_a_run_longest_first(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_a_space_between_kana_parts_them(lexicon):
    assert lexicon.metal_of("ピンクゴールド カラー").metal == "rose gold"  # an option's value, then its name
    assert lexicon.metal_of("ピンクゴールドカラー").metal == "gold plated"  # gold-coloured


def test_full_width_letters_and_digits_are_folded_once_at_import(tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text(
        "Title,URL handle,Type,Price,Status,Option1 name,Option1 value\n"
        "Ｋ１８ＹＧ　ダイヤ　０．１ｃｔ　ペンダント,ｐ-1,ネックレス,39600,active,素材,Ｋ１８ＷＧ\n",
        encoding="utf-8",
    )
    item = load_catalog(path, currency="JPY").items[0]
    assert item.title == "K18YG ダイヤ 0.1ct ペンダント"
    assert item.handle == "ｐ-1"  # ids and handles as written
    assert (item.category, item.metal, item.karat, item.gemstone, item.carat) == ("pendant", "yellow gold", 18, "diamond", 0.1)
    assert item.price == 39600 and item.currency == "JPY"


# --- Japanese listings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("K18YG 一粒ダイヤ ペンダント", ("pendant", "yellow gold", "yellow", 18, "diamond")),
        ("18金 槌目 結婚指輪", ("wedding band", "gold", "", 18, None)),
        ("K10PG 重ね付け 指輪", ("ring", "rose gold", "rose", 10, None)),
        ("K18 WG ソリティア 婚約指輪", ("engagement ring", "white gold", "white", 18, None)),
        ("Pt900 プロポーズ 婚約指輪", ("engagement ring", "platinum", "white", None, None)),
        ("SV925 淡水パール ネックレス", ("necklace", "sterling silver", "silver", None, "pearl")),
        ("あこや本真珠 スタッドピアス", ("earrings", None, None, None, "pearl")),
        ("SV925 金メッキ 淡水真珠 イヤーカフ", ("ear cuff", "gold plated silver", "yellow", None, "pearl")),
        ("SV925（K18コーティング） イヤリング", ("earrings", "gold plated silver", "yellow", None, None)),  # a coating's K18
        ("ステンレス 18金メッキ CZ チェーン ブレスレット", ("bracelet", "gold plated steel", "yellow", None, "cubic zirconia")),
        ("サージカルステンレス（ゴールドカラー） フープ ピアス", ("earrings", "gold plated steel", "yellow", None, None)),
        ("シルバー925 マザーオブパール カフス", ("cufflinks", "sterling silver", "silver", None, "mother of pearl")),
        ("スターリングシルバー ロッククリスタル（水晶） ペンダントトップ", ("pendant", "sterling silver", "silver", None, "rock crystal")),
        ("K18 ムーンストーン 華奢 リング", ("ring", "gold", "", 18, "moonstone")),
        ("ホワイトゴールド サファイア 指輪", ("ring", "white gold", "white", None, "sapphire")),
        ("10金 シトリン バングル", ("bangle", "gold", "", 10, "citrine")),
    ],
)
def test_japanese_listings(lexicon, title, expected):
    assert read(lexicon, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("SV925（プラチナカラー仕上げ） ベネチアン チェーン", ("chain", "sterling silver", "silver", None, None)),  # no platinum
        ("ステンレス シルバーカラー アンクレット", ("anklet", "stainless steel", "silver", None, None)),  # no silver metal
        ("金属アレルギー対応 ステンレス ピアス", ("earrings", "stainless steel", "silver", None, None)),  # 金属: metal, no gold
        ("ダイヤモンドカット チェーン", ("chain", None, None, None, None)),  # a faceted chain
        ("K18PG ダイヤモンドダスト加工 結婚指輪", ("wedding band", "rose gold", "rose", 18, None)),  # a frosted finish
        ("エメラルドカット キュービックジルコニア リング", ("ring", None, None, None, "cubic zirconia")),
    ],
)
def test_japanese_traps(lexicon, title, expected):
    assert read(lexicon, title) == expected


def test_a_japanese_option_name_is_read_as_a_phrase(tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text("Title,URL handle,Type,Price,Status,Option1 name,Option1 value\nピンキー 指輪,p-2,リング,105600,active,素材,K10PG\n",
                    encoding="utf-8")  # fmt: skip
    item = load_catalog(path, currency="JPY").items[0]
    assert (item.category, item.metal, item.karat) == ("ring", "rose gold", 10)


# --- Swedish listings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Linnea – förlovningsring, 18K vitguld med briljant 0,20 ct", ("engagement ring", "white gold", "white", 18, "diamond")),
        ("Örstickor Vera | återvunnet 14 karat guld", ("earrings", "gold", "", 14, None)),
        ("KVIST ring stapelring i återvunnet 585-guld med diamant", ("ring", "gold", "", 14, "diamond")),
        ("Vigselring Alva halvrund | återvunnet rödguld 18K", ("wedding band", "rose gold", "rose", 18, None)),
        ("FREJA med hänge i 750-guld med diamant", ("pendant", "gold", "", 18, "diamond")),
        ("Våg – halsband med hänge, 18K förgyllt silver", ("pendant", "gold plated silver", "yellow", None, None)),  # the gilding's 18K
        ("Lingon – Creoler, guldpläterat sterlingsilver", ("earrings", "gold plated silver", "yellow", None, None)),
        ("Ebba länkarmband | guldpläterat rostfritt stål", ("bracelet", "gold plated steel", "yellow", None, None)),
        ("Armring öppen i oxiderat silver", ("bangle", "sterling silver", "silver", None, None)),
        ("Fotlänk Saga | äkta silver", ("anklet", "sterling silver", "silver", None, None)),
        ("Kedja ankarlänk i sterlingsilver", ("chain", "sterling silver", "silver", None, None)),
        ("Örhängen Ljung | gult guld 14K | månsten", ("earrings", "yellow gold", "yellow", 14, "moonstone")),
        ("Brosch blomma i silver 925 med bergkristall", ("brooch", "sterling silver", "silver", None, "rock crystal")),
        ("Halsband pärlhalsband med sötvattenspärlor", ("necklace", None, None, None, "pearl")),
        ("Manschettknappar runda, 18K guld med pärlemor", ("cufflinks", "gold", "", 18, "mother of pearl")),
        ("Solitärring Glimt | gult guld 750 | lab-odlad diamant", ("engagement ring", "yellow gold", "yellow", 18, "diamond")),
        ("forlovningsring roseguld", ("engagement ring", "rose gold", "rose", None, None)),  # å ä ö not written
    ],
)
def test_swedish_listings(lexicon, title, expected):
    assert read(lexicon, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("GULDREGN i silver 925", (None, "sterling silver", "silver", None, None)),  # laburnum, a design: no gold
        ("Guldregn – örhängen, med briljantslipad zirkonia", ("earrings", None, None, None, "cubic zirconia")),  # a cut, not a diamond
        ("Förlovningsring Tång smaragdslipad | diamant", ("engagement ring", None, None, None, "diamond")),  # no emerald
        ("TÅNG halskedja diamantslipad i gult guld", ("chain", "yellow gold", "yellow", None, None)),  # a faceted chain
        ("Manschettknappar i rostfritt stål, silverfärgat med pärlemor", ("cufflinks", "stainless steel", "silver", None, "mother of pearl")),
        ("Havtorn Guldsmedja – ring i silver 925", ("ring", "sterling silver", "silver", None, None)),  # the goldsmith's name
    ],
)
def test_swedish_traps(lexicon, title, expected):
    assert read(lexicon, title) == expected


def test_a_sapphire_blue_option_is_a_colour_not_a_sapphire(lexicon):
    assert lexicon.stone_of("Safirblå Färg") is None
    assert lexicon.color_of("Safirblå").value == "blue"


# --- prices ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "amount"), [("1 299 kr", 1299.0), ("1.299:-", 1299.0), ("1 299:-", 1299.0), ("SEK 1299.00", 1299.0),
                                                 ("1 299 kronor", 1299.0)])  # fmt: skip
def test_swedish_prices(lexicon, written, amount):
    price = parse_price(written, lexicon.currencies)
    assert (price.amount, price.currency) == (amount, "SEK")


@pytest.mark.parametrize(("written", "amount"), [("¥39,600", 39600.0), ("39600円", 39600.0), ("１２，９８０円", 12980.0)])
def test_yen_prices(lexicon, written, amount):
    price = parse_price(written, lexicon.currencies)
    assert (price.amount, price.currency) == (amount, "JPY")


def test_a_yen_shop_under_a_dollar_setting_is_told_jpy_among_the_currencies_of_its_scale(lexicon):
    warning = currency_mismatch([12980, 33495, 39600, 71500, 8800], "USD", lexicon.currencies)
    assert "JPY" in warning.split(", not USD")[0].split() and "--currency" in warning


def test_the_currency_of_the_listings_country_is_named_first(lexicon):
    yen = [12980, 33495, 39600, 71500, 8800]
    assert currency_mismatch(yen, "USD", lexicon.currencies, region="JP").startswith("the prices look like JPY or ")
    assert currency_mismatch(yen, "USD", lexicon.currencies, region="RU").startswith("the prices look like RUB or ")
    assert not currency_mismatch(yen, "USD", lexicon.currencies, region="US").startswith("the prices look like USD")
    assert (LocaleReading("ja-JP", 1.0).region, LocaleReading("ar", 1.0).region) == ("JP", None)  # what the import passes


def test_the_listings_own_currency_is_named_first(lexicon):
    texts = ["REA! Ord. pris 1 295:-", "Fri frakt över 500 kr.", "Pris 945:-", "Ring i silver"]
    warning = currency_in_text(texts, "USD", lexicon.currencies)
    assert warning.startswith("the prices look like SEK, not USD")


def test_a_shops_label_silver_is_its_sterling_where_its_listings_say_sterling(tmp_path):
    path = tmp_path / "products_export.csv"
    rows = [f"Ring {name} i sterlingsilver,r-{name},Ringar,495,active" for name in ("alva", "tove", "ebba")]
    path.write_text("Title,URL handle,Type,Price,Status\n" + "\n".join([*rows, "ALVA knut,r-knut,Silver,545,active"]) + "\n", encoding="utf-8")
    items = {item.handle: item for item in load_catalog(path, currency="SEK").items}
    assert items["r-knut"].metal == "sterling silver"
    assert items["r-alva"].metal == "sterling silver"
