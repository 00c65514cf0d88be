"""The Japanese and Swedish request packs (locales/ja-JP.requests.toml, sv-SE.requests.toml) read by
understanding over the listings' packs, and the reading habits found with them: Japanese written without
spaces (retrieval/unspaced.py: words found in a run of kana and ideographs), kana keeping their voicing
marks, full-width letters, numbers in ideographs and money in 万 and 千, words said after an amount
("以下", "くらい") and after what they refuse ("なし", "じゃなくて"), a karat written after its letter
("K18WG"), ring sizes as each locale counts them (号, storlek, misura, taille), and the traps: a cut
("エメラルドカット", "smaragdslipad"), a colour name ("ルビーレッド", "safirblå"), a design's name
("Guldregn"), a colour or a look of gold that is no gold ("ゴールドカラー", "förgyllt", "プラチナカラー").
The wording of these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from assistant.understanding.numbers import ideograph_numbers
from retrieval.folding import unmarked
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.unspaced import joined, spaced, words_to_find

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]


def yen(text: str):
    return understand(text, "JPY").constraints


def kronor(text: str):
    return understand(text, "SEK").constraints


def test_both_packs_are_loaded_by_default():
    assert {"ja-JP", "sv-SE"} <= set(DEFAULT_LOCALES)


# --- text written without spaces --------------------------------------------------------------------


def test_words_are_found_in_a_run_of_kana_and_ideographs_longest_first():
    words = words_to_find(["ピアス", "ダイヤ", "ダイヤモンド", "婚 約 指 輪", "金"])
    assert spaced("K18のダイヤモンドピアス", words).split() == ["K18", "の", "ダイヤモンド", "ピアス"]
    assert spaced("婚約指輪が欲しい", words).split() == ["婚約指輪", "が欲しい"]  # letters no word takes stay together
    assert spaced("ring", words) == "ring"


def test_a_phrase_of_an_unspaced_script_is_compared_joined():
    assert joined("婚 約 指 輪") == "婚約指輪"
    assert joined("k18 ホ ワ イ ト") == "k18 ホワイト"  # a space beside a Latin word stays


def test_kana_keep_their_voicing_marks_when_marks_are_dropped():
    assert unmarked("ピアス ゴールド rosé") == "ピアス ゴールド rose"
    assert unmarked("ﾋﾟｱｽ Ｋ１８") == "ピアス K18"  # half-width kana and full-width letters made plain


@pytest.mark.parametrize("written, digits", [
    ("5万円", "50000円"), ("3万5千円", "35000円"), ("五千円", "5000円"), ("十八金", "18金"), ("二十万", "200000"),
    ("1.5万", "15000"), ("十二号", "12号"), ("一粒ダイヤ", "一粒ダイヤ"), ("十字架", "十字架"), ("万が一", "万が一"),
])  # fmt: skip
def test_numbers_in_ideographs(written, digits):
    assert ideograph_numbers(written, load_lexicon()) == digits


# --- Japanese requests ----------------------------------------------------------------------------


@pytest.mark.parametrize("said, kinds", [
    ("指輪", RINGS), ("婚約指輪", ["engagement ring"]), ("マリッジリング", ["wedding band"]), ("ピアス", ["earrings"]),
    ("イヤリング", ["earrings"]), ("ネックレス", ["necklace", "pendant"]), ("ペンダントトップ", ["pendant"]),
    ("チェーンだけ", ["chain"]), ("チェーンネックレス", ["chain"]), ("ブレスレット", ["bracelet"]), ("バングル", ["bangle"]),
    ("piasu", ["earrings"]),
])  # fmt: skip
def test_japanese_kinds_of_piece(said, kinds):
    assert yen(said).categories == kinds


@pytest.mark.parametrize("said, metals, karats", [
    ("K18のリング", GOLDS, [18]), ("18金のチェーン", GOLDS, [18]), ("十金のピアス", GOLDS, [10]),
    ("K18WGのピアス", ["white gold"], [18]), ("ピンクゴールドのネックレス", ["rose gold"], []),
    ("プラチナの指輪", ["platinum"], []), ("シルバー925のリング", ["sterling silver"], []), ("Ｋ１８のピアス", GOLDS, [18]),
])  # fmt: skip
def test_japanese_metals_and_purities(said, metals, karats):
    constraints = yen(said)
    assert (constraints.metals, constraints.karats) == (metals, karats)


@pytest.mark.parametrize("said, low, high", [
    ("ピアス 5万円以下", None, 50000), ("10万以内のネックレス", None, 100000), ("一万円くらいのピアス", 8000, 12000),
    ("予算30万", None, 300000), ("2万円以上のリング", 20000, None), ("1万〜2万円のピアス", 10000, 20000),
    ("1万円から2万円まで", 10000, 20000), ("15,000円以内", None, 15000), ("３０，０００円以内", None, 30000),
    ("¥30000以下", None, 30000), ("4man ika", None, 40000), ("3万円台のピアス", 30000, 39999), ("10万円台", 100000, 199999),
    ("ピアス 2~3万円", 20000, 30000), ("2-3万円のリング", 20000, 30000),
])  # fmt: skip
def test_japanese_budgets(said, low, high):
    constraints = yen(said)
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_a_refusal_said_after_a_word_refuses_that_word_alone():
    constraints = yen("マリッジリング ピンクゴールド ダイヤなしがいい")
    assert constraints.categories == ["wedding band"] and constraints.metals == ["rose gold"]
    assert constraints.exclude_gemstones == ["diamond"] and not constraints.exclude_metals


def test_not_this_but_that():
    constraints = yen("CZじゃなくて本物のダイヤのネックレス")
    assert constraints.gemstones == ["diamond"] and constraints.exclude_gemstones == ["cubic zirconia"]


def test_no_stone():
    assert yen("石なしのリング").gemstones == ["none"]


def test_gold_in_colour_only_is_a_plating():
    for said in ("ゴールドカラーのバングル", "ゴールドっぽいピアス", "金色のバングル"):
        metals = yen(said).metals
        assert "gold plated" in metals and not set(metals) & set(GOLDS), said


@pytest.mark.parametrize("said", ["プラチナカラーのネックレス", "シルバーカラーのピアス"])
def test_a_metals_colour_is_no_metal(said):
    assert yen(said).metals == []


def test_a_metal_allergy_line_is_steel_not_gold():
    metals = yen("金属アレルギー対応のピアス").metals
    assert "stainless steel" in metals and not set(metals) & set(GOLDS)


@pytest.mark.parametrize("said", ["エメラルドカットのリング", "ダイヤモンドカットのチェーン", "ルビーレッドのピアス", "サファイアブルーのピアス"])
def test_a_cut_or_a_colour_named_after_a_stone_is_no_stone(said):
    assert yen(said).gemstones == []


def test_the_piece_the_shopper_has_is_not_asked_for():
    assert yen("このネックレスに合うピアス").categories == ["earrings"]


def test_japanese_refinements_recipients_and_occasions():
    assert understand("これのピンクゴールド版", "JPY").refinements == ["similar"]
    assert understand("もっと安いのはありますか", "JPY").refinements == ["cheaper"]
    gift = understand("妻へのプレゼント", "JPY").preferences
    assert gift.recipients == ["wife"] and gift.occasions == ["gift"]


# --- Swedish requests -----------------------------------------------------------------------------


@pytest.mark.parametrize("said, kinds", [
    ("förlovningsring", ["engagement ring"]), ("forlovningsring", ["engagement ring"]), ("vigselringar", ["wedding band"]),
    ("stapelring", RINGS), ("örhängen", ["earrings"]), ("orhangen", ["earrings"]), ("creoler", ["earrings"]),
    ("halsband", ["necklace", "pendant"]), ("en kedja", ["chain"]), ("silverkedja", ["chain"]), ("armband", ["bracelet"]),
    ("armring", ["bangle"]), ("fotlänk", ["anklet"]),
])  # fmt: skip
def test_swedish_kinds_of_piece(said, kinds):
    assert kronor(said).categories == kinds


@pytest.mark.parametrize("said, metals", [
    ("ring i vitguld", ["white gold"]), ("örhängen i rödguld", ["rose gold"]), ("roseguld", ["rose gold"]),
    ("gult guld", ["yellow gold"]), ("vigselring 18k gult guld", ["yellow gold"]), ("18k vitt", ["white gold"]), ("ring i guld", GOLDS), ("creoler i förgyllt silver", ["gold plated silver"]),
    ("silverring", ["sterling silver"]), ("örhängen i rostfritt stål", ["stainless steel"]),
])  # fmt: skip
def test_swedish_metals(said, metals):
    assert kronor(said).metals == metals


@pytest.mark.parametrize("said, low, high", [
    ("under 2 000 kr", None, 2000), ("max 1500 kronor", None, 1500), ("högst 800 kr", None, 800), ("mellan 1000 och 2000", 1000, 2000),
    ("halsband under tusen", None, 1000), ("minst 3000 kr", 3000, None),
])  # fmt: skip
def test_swedish_budgets(said, low, high):
    constraints = kronor(said)
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_runt_is_a_band_around_the_amount():
    constraints = kronor("runt 3000")
    assert constraints.price_min < 3000 < constraints.price_max


def test_utan_stenar_is_a_piece_without_stones():
    assert kronor("örhängen utan stenar").gemstones == ["none"]


def test_a_brilliant_is_a_diamond_but_a_brilliant_cut_zirconia_is_not():
    assert kronor("vigselring med briljanter").gemstones == ["diamond"]
    assert kronor("ring med briljantslipad zirkonia").gemstones == ["cubic zirconia"]


@pytest.mark.parametrize("said", ["smaragdslipad förlovningsring", "safirblå ring", "guldregn halsband"])
def test_a_cut_a_colour_or_a_design_name_names_no_stone_or_metal(said):
    constraints = kronor(said)
    assert constraints.gemstones == [] and constraints.metals == []


def test_pearl_is_read_marked_and_mother_of_pearl_apart():
    assert kronor("manschettknappar med pärla").gemstones == ["pearl"]
    assert kronor("pärlemor örhängen").gemstones == ["mother of pearl"]


def test_swedish_refinements_recipients_and_occasions():
    said = understand("som den här men i roséguld", "SEK")
    assert said.refinements == ["similar"] and said.constraints.metals == ["rose gold"]
    assert understand("billigare", "SEK").refinements == ["cheaper"]
    assert understand("tunnare", "SEK").refinements == ["smaller"]
    gift = understand("present till min fru", "SEK").preferences
    assert gift.recipients == ["wife"] and gift.occasions == ["gift"]


# --- ring sizes as each locale counts them -----------------------------------------------------------


@pytest.mark.parametrize("said, currency, size", [
    ("ring storlek 17", "SEK", 6.5), ("ringstorlek 16,5", "SEK", 6.0), ("12号の指輪", "JPY", 6.0), ("十二号のリング", "JPY", 6.0),
    ("anello misura 14 in oro", "EUR", 6.75), ("bague taille 52", "EUR", 6.0), ("Ringgröße 56", "EUR", 7.5),
])  # fmt: skip
def test_a_locales_ring_size_as_a_us_size(said, currency, size):
    assert understand(said, currency).constraints.ring_size == size


def test_a_cut_called_taille_is_no_size():
    assert understand("bague taille émeraude", "EUR").constraints.ring_size is None


def test_a_gold_named_by_its_purity_in_ideographs():
    assert understand("足金手镯", "MYR").constraints.karats == [24]  # Chinese "pure gold", written joined
    assert yen("純金のネックレス").karats == [24]
