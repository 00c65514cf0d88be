"""The Korean and Egyptian Arabic request packs (locales/ko-KR.requests.toml, ar-EG.requests.toml) read by
understanding over the listings' packs, and the reading habits found with them: Korean particles glued to
a word ("반지를", "금으로") and Arabic's article and prefixes ("بالماس") read off it by the listings'
reader ([attached]), Hangul apart from the Latin letters and digits glued to it ("14k로"), Arabic folded as
the listings fold it (alef forms, ة, ى, Arabic-Indic digits), Korean amounts in 만 and 천 with the words
said after them ("이하", "까지", "3만원대"), Egyptian amounts in آلاف with the words said before them
("تحت", "في حدود", "من … ل …"), a gold's purity said bare ("عيار 21", "دهب 18"), Franco-Arabic, and
the traps: words with a metal's syllable in them ("은은한", "금요일"), a cut ("다이아 컷팅", "قص ألماظ"), a
colour ("루비레드", "لون فضي"), a name on a cartouche ("باسم ماسة"). The wording of these tests is this
file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from assistant.understanding.attached import hangul_apart
from assistant.understanding.numbers import ideograph_numbers
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]


def won(text: str):
    return understand(text, "KRW").constraints


def pounds(text: str):
    return understand(text, "EGP").constraints


def test_both_packs_are_loaded_by_default():
    assert {"ko-KR", "ar-EG"} <= set(DEFAULT_LOCALES)


# --- Korean ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("said, kinds", [
    ("반지", RINGS), ("반지를 찾고 있어요", RINGS), ("목걸이는 있나요", ["necklace", "chain"]), ("체인 목걸이", ["chain"]),
    ("팔찌", ["bracelet", "bangle"]), ("체인 팔찌", ["bracelet"]), ("뱅글", ["bangle"]), ("피어싱", ["earrings"]),
    ("귀찌도", ["earrings"]), ("발찌", ["anklet"]), ("웨딩밴드", ["wedding band"]),
])  # fmt: skip
def test_korean_kinds_with_or_without_a_particle(said, kinds):
    assert won(said).categories == kinds


@pytest.mark.parametrize("said, metals, karats", [
    ("금으로 된 발찌", GOLDS, []), ("골드로 주세요", GOLDS, []), ("18금 팔찌", GOLDS, [18]), ("14k로 된 반지", GOLDS, [14]),
    ("로즈골드로", ["rose gold"], []), ("핑크골드 반지", ["rose gold"], []), ("은 반지", ["sterling silver"], []),
    ("실버로도 있나요", ["sterling silver"], []), ("써지컬 스틸 귀걸이", ["stainless steel"], []),
])  # fmt: skip
def test_korean_metals_and_purities(said, metals, karats):
    constraints = won(said)
    assert (sorted(constraints.metals), constraints.karats) == (sorted(metals), karats)


@pytest.mark.parametrize("said", ["은은한 느낌의 목걸이", "금요일까지 받을 수 있는 반지", "로즈 플라워 귀걸이"])
def test_words_with_a_metals_syllable_in_them_name_no_metal(said):
    assert won(said).metals == []


def test_sterling_is_not_read_as_a_ring():
    constraints = won("스털링 실버 귀걸이")
    assert (constraints.categories, constraints.metals) == (["earrings"], ["sterling silver"])


@pytest.mark.parametrize("said", ["다이아 컷팅 체인", "루비레드 귀걸이", "에메랄드그린 반지"])
def test_a_cut_or_a_colour_named_after_a_stone_is_no_stone(said):
    assert won(said).gemstones == []


def test_a_particle_comes_off_only_where_a_known_word_is_left():
    assert won("진주를 찾아요").gemstones == ["pearl"]
    assert won("문스톤으로 된 반지").gemstones == ["moonstone"]
    assert won("목걸이").categories == ["necklace", "chain"]  # ends like the particle 이, stays whole


def test_hangul_is_read_apart_from_latin_letters_and_digits():
    assert hangul_apart("14k로 30000원대") == "14k 로 30000 원대"


@pytest.mark.parametrize("written, digits", [
    ("8만 9천원", "89000원"), ("10만원", "100000원"), ("오만원", "50000원"), ("구만 구천원", "99000원"), ("십사케이", "14케이"),
    ("천연 진주", "천연 진주"), ("만원대", "만원대"), ("오팔", "오팔"), ("팔찌", "팔찌"), ("사이즈", "사이즈"), ("백금", "백금"),
])  # fmt: skip
def test_korean_amounts_in_man_and_cheon(written, digits):
    assert ideograph_numbers(written, load_lexicon()) == digits


@pytest.mark.parametrize("said, low, high", [
    ("8만 9천원 이하", None, 89000), ("₩89,000 이하", None, 89000), ("5만원까지", None, 50000), ("20만원 이내", None, 200000),
    ("15만원 이상", 150000, None), ("10만원 정도", 80000, 120000), ("3만원대", 30000, 39999), ("10만원대로", 100000, 199999),
    ("5만원에서 10만원", 50000, 100000),
])  # fmt: skip
def test_korean_budgets(said, low, high):
    constraints = won(f"반지 {said}")
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_korean_refusals_said_after_what_they_refuse():
    assert won("큐빅 없는 귀걸이").exclude_gemstones == ["cubic zirconia"]
    constraints = won("도금 말고 진짜 금 반지")
    assert constraints.metals == GOLDS and "gold plated silver" in constraints.exclude_metals


def test_korean_refinements_recipients_occasions_and_sizes():
    said = understand("이거 로즈골드로", "KRW")
    assert (said.refinements, said.constraints.metals) == (["similar"], ["rose gold"])
    assert "cheaper" in understand("더 저렴한 거 있나요", "KRW").refinements
    gift = understand("여자친구 생일 목걸이", "KRW").preferences
    assert (gift.recipients, gift.occasions) == (["girlfriend"], ["birthday"])
    assert won("12호 반지").ring_size == 6.0


@pytest.mark.parametrize("said", ["금색 귀걸이", "골드톤 목걸이"])
def test_korean_gold_in_colour_only_is_a_plating(said):
    assert "gold plated silver" in won(said).metals and "yellow gold" not in won(said).metals


def test_baekgeum_takes_in_platinum_and_white_gold():
    assert won("백금 반지").metals == ["platinum", "white gold"]  # what many shoppers call white gold


def test_a_pearl_necklace_keeps_its_pearl():
    constraints = won("진주 목걸이")
    assert (constraints.categories, constraints.gemstones) == (["necklace", "chain"], ["pearl"])


# --- Egyptian Arabic --------------------------------------------------------------------------------


@pytest.mark.parametrize("said, kinds", [
    ("خاتم", RINGS), ("دبلة", ["wedding band"]), ("دبله", ["wedding band"]), ("محبس", ["wedding band"]), ("حلق", ["earrings"]),
    ("سلسلة", ["chain"]), ("تعليقة", ["pendant"]), ("كوليه", ["necklace"]), ("غويشة", ["bangle"]), ("إنسيال", ["bracelet"]),
    ("عايز الانسيال ده", ["bracelet"]), ("خلخال", ["anklet"]), ("كبك", ["cufflinks"]),
])  # fmt: skip
def test_egyptian_kinds_folded_and_with_the_article(said, kinds):
    assert pounds(said).categories == kinds


@pytest.mark.parametrize("said, metals, karats", [
    ("خاتم دهب عيار 21", GOLDS, [21]), ("خاتم عيار ٢١", GOLDS, [21]), ("حلق دهب 18", GOLDS, [18]),
    ("حلق دهب أبيض 18", ["white gold"], [18]), ("غويشة 21", GOLDS, [21]), ("دبلة فضة", ["sterling silver"], []),
    ("دبلة روز جولد", ["rose gold"], []),
])  # fmt: skip
def test_egyptian_golds_and_purities_said_bare(said, metals, karats):
    constraints = pounds(said)
    assert (constraints.metals, constraints.karats) == (metals, karats)


def test_a_number_said_with_a_price_word_is_no_purity():
    constraints = pounds("خاتم تحت 21 الف")
    assert (constraints.karats, constraints.price_max) == ([], 21000)


@pytest.mark.parametrize("said, low, high", [
    ("تحت 5 آلاف", None, 5000), ("تحت ٥٠٠٠ جنيه", None, 5000), ("في حدود 10 الاف جنيه", 8000, 12000),
    ("لحد 3000", None, 3000), ("مش أكتر من 7000 جنيه", None, 7000), ("من 5 ل 10 آلاف", 5000, 10000), ("أقل من 2000", None, 2000),
])  # fmt: skip
def test_egyptian_budgets(said, low, high):
    constraints = pounds(f"خاتم {said}")
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_egyptian_stones_with_their_prefixes_and_refusals():
    assert pounds("خاتم بالالماس").gemstones == ["diamond"]
    assert pounds("خاتم ألماظ").gemstones == ["diamond"]
    assert pounds("حلق لولي").gemstones == ["pearl"]
    assert pounds("خاتم من غير فصوص").gemstones == ["none"]
    assert pounds("حلق بدون زركون").exclude_gemstones == ["cubic zirconia"]
    assert pounds("كبك بفص").exclude_gemstones == ["none"]  # with a stone, any


def test_an_eternity_band_keeps_its_diamonds():
    constraints = pounds("محبس ألماظ")
    assert (constraints.categories, constraints.gemstones) == (["wedding band"], ["diamond"])


@pytest.mark.parametrize("said, kinds, metals", [
    ("7al2 dahab", ["earrings"], GOLDS), ("ta3le2a fedda", ["pendant"], ["sterling silver"]), ("5atem fedda", RINGS, ["sterling silver"]),
])  # fmt: skip
def test_franco_arabic_words_are_read_as_the_arabic_ones(said, kinds, metals):
    constraints = pounds(said)
    assert (constraints.categories, constraints.metals) == (kinds, metals)


def test_franco_arabic_budget():
    assert pounds("khatem ta7t 2000 geneh").price_max == 2000


def test_egyptian_traps():
    assert pounds("سلسلة قص ألماظ").gemstones == []  # a diamond cut
    assert pounds("خرطوش باسم ماسة").gemstones == []  # a name on a cartouche, no diamond
    assert pounds("ستانلس لون فضي").metals == ["stainless steel"]  # silver-coloured steel, no silver
    assert pounds("بروش وردة").metals == []  # a rose-shaped brooch, no rose gold


def test_egyptian_gold_in_colour_only_is_a_plating():
    assert "gold plated silver" in pounds("حلق لون دهبي").metals
    assert pounds("سلسلة ستانلس لون ذهبي").metals == ["gold plated steel"]


def test_egyptian_refinements_and_recipients():
    said = understand("زي دي بس دهب أبيض", "EGP")
    assert (said.refinements, said.constraints.metals) == (["similar"], ["white gold"])
    gift = understand("هدية لمراتي", "EGP").preferences
    assert (gift.recipients, gift.occasions) == (["wife"], ["gift"])
