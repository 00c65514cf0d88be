"""The Korean and Arabic listing packs (retrieval/lexicon/locales/ko-KR.toml, ar.toml, ar-EG.toml):
Korean particles glued to a name (반지를, 골드로) and nouns joined without a space (진주목걸이, 금반지);
Arabic folded as search engines fold it (vowel marks, tatweel, alef forms, ى / ة, Arabic-Indic
digits), the article and one-letter prefixes glued to a name (بالذهب, والفضة); an `ar` base that
ar-EG and ar-AE extend; an Arabic admin's WooCommerce export whose drafts, private and hidden pieces
are not for sale; and the traps: a word that merely ends in a particle's syllables, 은은한 and 금요일,
스털링, a diamond-cut chain, a rose flower, a silver-coloured steel, a girl's name that means a
diamond, a turquoise-coloured enamel, a collection named after a pearl."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.catalog_language import catalog_locale
from retrieval.folding import folded, words_of
from retrieval.product import slug
from retrieval.lexicon import DEFAULT_LOCALES, LexiconError, _with_bases, load_lexicon, locale_packs, own_listing_phrases


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, title):
    """(kind, metal, the metal's colour, karat, stone): a plating's karat is no karat of the piece."""
    metal, stone, kind = lexicon.metal_of(title), lexicon.stone_of(title), lexicon.category_of(title)
    return (kind.value if kind else None, metal.metal if metal else None, metal.color if metal else None,
            metal.karat if metal else None, stone.stone if stone else None)  # fmt: skip


# --- the packs -------------------------------------------------------------------------------------


def test_both_packs_load_by_default_and_the_arabic_base_is_no_locale_of_its_own():
    assert {"ko-KR", "ar-EG"} <= set(DEFAULT_LOCALES)
    assert {"ko-KR", "ar-EG", "ar-AE"} <= set(locale_packs()) and "ar" not in locale_packs()


def test_ar_eg_reads_the_arabic_base_it_extends_and_ar_ae_shares_it():
    assert ("خاتم",) in own_listing_phrases("ar-EG")  # the base's ring, Egypt's own words beside it
    assert ("غويشه",) in own_listing_phrases("ar-EG")
    gulf_only = load_lexicon(locales=("ar-AE",))
    assert gulf_only.category_of("خاتم ذهب").value == "ring"  # the base came with ar-AE


def test_a_pack_extending_a_base_that_is_not_there_is_refused():
    with pytest.raises(LexiconError, match="no language base 'xx'"):
        _with_bases({"pack": {"extends": ["xx"]}})


def test_korean_and_arabic_listings_are_told_apart_from_english(lexicon):
    korean = [("14K 골드 반지", "데일리로 착용하기 좋은 반지입니다."), ("925 실버 목걸이", "")]
    arabic = [("خاتم ذهب عيار 21", ""), ("حلق فضة ٩٢٥", "")]
    assert catalog_locale(korean, 0.3).locale == "ko-KR"
    # Arabic listings in the words every Arabic shop writes: one of the Arabic packs (the shop's currency
    # tells the country: tests/test_arabic_ar_sa.py)
    assert catalog_locale(arabic, 0.3).locale.startswith("ar-")
    assert catalog_locale(arabic, 0.3, "EGP").locale == "ar-EG"


# --- Korean: particles and joined nouns ------------------------------------------------------------


def test_hangul_is_a_word_apart_from_the_latin_letters_and_digits_beside_it():
    assert words_of("14K골드") == ["14", "k", "골드"]
    assert words_of("실버925 반지") == ["실버", "925", "반지"]


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        ("14K 골드로 만든 반지를 소개합니다", ("ring", "gold", "", 14, None)),  # particles 로, 를
        ("목걸이는 925 실버입니다", ("necklace", "sterling silver", "silver", None, None)),  # 는, 입니다
        ("로즈골드의 은은한 광택", (None, "rose gold", "rose", None, None)),  # 은은한 is no silver
        ("매주 금요일 출고되는 팔찌", ("bracelet", None, None, None, None)),  # 금요일 is Friday, no gold
        ("[14금] 담수진주 목걸이", ("necklace", "gold", "", 14, "pearl")),
        ("진주목걸이", ("necklace", None, None, None, "pearl")),  # joined nouns
        ("금반지는", ("ring", "gold", "", None, None)),  # joined, with a particle
        ("핑크골드 14K 큐빅 커플링", ("ring", "rose gold", "rose", 14, "cubic zirconia")),
        ("925 실버 위 14K 골드 도금 귀찌", ("earrings", "gold plated silver", "yellow", None, None)),  # the 14K is the plating's
        ("원터치 링 귀걸이 - 써지컬 스틸(316L)", ("earrings", "stainless steel", "silver", None, None)),  # hoops, not a ring
        ("스털링 실버(925) 볼체인 발찌", ("anklet", "sterling silver", "silver", None, None)),  # 스털링's 링 is no ring
        ("다이아 컷팅 체인 - 14K 옐로우골드", ("chain", "yellow gold", "yellow", 14, None)),  # a diamond-cut chain
        ("로즈 플라워 링 (화이트골드 14K)", ("ring", "white gold", "white", 14, None)),  # a rose flower, no rose gold
        ("14K 랩다이아 0.5ct 솔리테어 프로포즈 반지", ("engagement ring", "gold", "", 14, "diamond")),
        ("티타늄 뱅글", ("bangle", "titanium", "silver", None, None)),
        ("자개 클로버 목걸이", ("necklace", None, None, None, "mother of pearl")),  # 자개 is the shell, no pearl
    ],
)
def test_korean_listings(lexicon, title, reading):
    assert read(lexicon, title) == reading


def test_a_word_that_merely_ends_in_a_particles_syllables_stays_whole(lexicon):
    # 목걸이 ends in 이 (a particle) and 목걸 names nothing: the necklace is read whole; 스털링 is not 스털 + 링
    assert lexicon.category_of("목걸이").value == "necklace"
    assert lexicon.category_of("스털링") is None and lexicon.category_of("링크 체인").value == "chain"
    assert lexicon.metal_of("은은하게 빛나는") is None and lexicon.metal_of("지금 주문") is None


def test_a_korean_stone_colour_is_said_before_the_stone(lexicon):
    reading = lexicon.stone_of("핑크 큐빅을 포인트로 세팅했어요")
    assert (reading.stone, reading.color) == ("cubic zirconia", "pink")


# --- Arabic: folding and attached words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "as_read"),
    [
        ("أَسَاوِر", "اساور"),  # vowel marks dropped, alef with hamza as alef
        ("إسورة", "اسوره"),  # teh marbuta as heh
        ("ذهـــب", "ذهب"),  # tatweel dropped
        ("عيار ٢١", "عيار 21"),  # Arabic-Indic digits
        ("فضة ۹۲۵", "فضه 925"),  # Persian digits
        ("مصطفى", "مصطفي"),  # alef maksura as yeh
    ],
)
def test_arabic_is_folded_as_search_engines_fold_it(written, as_read):
    assert folded(written) == as_read


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        ("خاتم ذهب عيار ٢١", ("ring", "yellow gold", "yellow", 21, None)),  # 21 karat is yellow
        ("محبس دهب 18 بفص زركون", ("wedding band", "gold", "", 18, "cubic zirconia")),
        ("إسورة بالذهب الأبيض", ("bracelet", "white gold", "white", None, None)),  # ب + ال glued to both words
        ("حلق والفضة", ("earrings", "silver", "silver", None, None)),
        ("دهب أصفر عيار 18", (None, "yellow gold", "yellow", 18, None)),
        ("حلق فضة مطلي دهب عيار 18", ("earrings", "gold plated silver", "yellow", None, None)),  # the 18 is the plating's
        ("خرطوش فرعوني باسم ماسة فضة 925 مطلية بالذهب", ("pendant", "gold plated silver", "yellow", None, None)),  # a name
        ("سلسلة قص ألماظ - ستانلس ستيل لون فضي", ("chain", "stainless steel", "silver", None, None)),  # a cut; steel, no silver
        ("خاتم وردة دهب أصفر عيار 18", ("ring", "yellow gold", "yellow", 18, None)),  # a rose flower
        ("تعليقة مينا فيروزي", ("pendant", None, None, None, None)),  # turquoise-coloured enamel, no turquoise
        ("كوليه فراشة ذهب وردي عيار 18", ("necklace", "rose gold", "rose", 18, None)),
        ("غويشة سادة ذهب عيار 21", ("bangle", "yellow gold", "yellow", 21, "none")),
        ("كبك رجالي بفص عقيق - فضة 925", ("cufflinks", "sterling silver", "silver", None, "agate")),
        ("خلخال ذهب ١٨ قيراط", ("anklet", "gold", "", 18, None)),  # قيراط beside gold is its karat
    ],
)
def test_arabic_listings(lexicon, title, reading):
    assert read(lexicon, title) == reading


def test_a_carat_beside_no_gold_is_a_stones_weight(lexicon):
    assert lexicon.carat_of("خاتم سوليتير ألماظ ٠٫٥ قيراط").value == 0.5
    assert lexicon.carat_of("خاتم ذهب ١٨ قيراط") is None


def test_a_solitaire_with_a_diamond_is_an_engagement_ring_and_with_a_zircon_a_ring(lexicon):
    assert lexicon.kind_by_stone("خاتم سوليتير ألماظ", "diamond") == "engagement ring"
    assert lexicon.kind_by_stone("خاتم سوليتير بفص زركون", "cubic zirconia") is None


def test_an_arabic_colour_is_said_after_the_stone(lexicon):
    reading = lexicon.stone_of("خاتم بفص أزرق سماوي")
    assert (reading.stone, reading.color) == ("stone", "light blue")


def test_latin_words_keep_their_letters(lexicon):
    # no Arabic prefix is ever read off a Latin word, and a Korean particle never off an English one
    assert read(lexicon, "Wedding Band in Gold, lobster clasp") == ("wedding band", "gold", "", None, None)
    assert lexicon.category_of("string") is None


# --- a shop's label named after a stone ------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "line"),
    [("Pearl Moon", True), ("Pearl Earrings", False), ("Pearls", False), ("Moonstone", False), ("Diamond Collection", False)],
)
def test_a_label_naming_a_line_after_a_stone_says_no_stone(lexicon, label, line):
    assert lexicon.names_a_line(label) is line


# --- an Arabic admin's export: what is not for sale ------------------------------------------------

# As this Arabic admin's exporter wrote the columns ("منشور" for Published, "الظهور في الكتالوج" for
# Visibility in catalog, "قيمة (قيم) السمة 1" for the attribute's values): a published ring with two
# sizes, a draft (-1), a private piece (0) and a published piece hidden from the catalog.
HEADER = "المعرف,النوع,رمز المنتج,الاسم,منشور,مميز؟,الظهور في الكتالوج,الوصف,السعر الافتراضي,التصنيفات,الأب,اسم السمة 1,قيمة (قيم) السمة 1"
ROWS = (
    '30,variable,RING-1,خاتم ذهب عيار 21,1,0,visible,خاتم سادة,,ذهب > خواتم,,المقاس,"16, 18"\n'
    "31,variation,RING-1-16,خاتم ذهب عيار 21 - 16,1,0,visible,,24350,,id:30,المقاس,16\n"
    "32,variation,RING-1-18,خاتم ذهب عيار 21 - 18,1,0,visible,,25350,,id:30,المقاس,18\n"
    "33,simple,DRAFT-1,حلق فضة ٩٢٥,-1,0,visible,,1200,فضة > حلقان,,,\n"
    "34,simple,PRIV-1,سلسلة دهب 21,0,0,hidden,,9800,ذهب > سلاسل,,,\n"
    "35,simple,HID-1,خلخال فضة,1,0,hidden,,1500,فضة > خلاخيل,,,\n"
)  # fmt: skip


def test_an_arabic_export_keeps_its_drafts_private_and_hidden_pieces_off_sale(tmp_path):
    path = tmp_path / "wc-product-export-2-12-2026.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + "\n" + ROWS).encode("utf-8"))
    loaded = load_catalog(path, currency="EGP")
    assert loaded.format == "woocommerce" and not loaded.errors
    (ring,) = loaded.items
    assert (ring.id, ring.category, ring.metal, ring.karat, ring.price, ring.price_max) == ("RING-1", "ring", "yellow gold", 21, 24350.0, 25350.0)
    assert ring.options == {"المقاس": ["16", "18"]}  # the attribute's values were read
    assert sorted((s.id, s.reason) for s in loaded.skipped) == [("DRAFT-1", "draft"), ("HID-1", "hidden"), ("PRIV-1", "private")]


def test_a_handle_keeps_the_letters_of_other_scripts():
    # a Korean or Arabic title's handle is not its digits alone ("14k", which every 14K piece would share)
    assert slug("[14K] 골드 반지") == "14k-골드-반지"
    assert slug("خاتم ذهب عيار 21") == "خاتم-ذهب-عيار-21"
    assert slug("K18ダイヤモンドネックレス") == "k18ダイヤモンドネックレス"  # kana keep their voicing marks
    assert slug("Crème Brûlée Ring♡, Złoty") == "creme-brulee-ring-zoty"  # Latin handles as before
