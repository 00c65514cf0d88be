"""Hindi listings and requests, in Devanagari and in Hinglish (retrieval/lexicon/locales/hi-IN.toml,
hi-IN.requests.toml): Devanagari words read whole and folded once (nukta, chandrabindu, Devanagari
digits), the trade's words, and the traps a Jaipur jeweller's listings hold (AD is no diamond,
meenakari and enamel colours no stone, 916 a purity, a brand that contains a stone's name)."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.folding import folded, unmarked, words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_hindi_pack_is_loaded_by_default():
    assert "hi-IN" in DEFAULT_LOCALES


def test_devanagari_words_are_whole_with_their_vowel_signs():
    assert words_of("चांदी की पायल") == ["चांदी", "की", "पायल"]
    assert words_of("925 स्टर्लिंग चांदी।") == ["925", "स्टर्लिंग", "चांदी"]


@pytest.mark.parametrize("written, folded_as", [
    ("रोज़ गोल्ड", "रोज गोल्ड"),  # nukta dropped
    ("बालियाँ", "बालियां"),  # chandrabindu as anusvara
    ("२२ कैरेट", "22 कैरेट"),  # Devanagari digits as digits
    ("कड़ा", "कडा"),
])  # fmt: skip
def test_devanagari_is_folded_as_search_engines_fold_it(written, folded_as):
    assert folded(written) == folded_as


def test_unmarking_keeps_devanagari_vowel_signs_and_virama():
    assert unmarked("स्टर्लिंग चांदी") == "स्टर्लिंग चांदी"
    assert unmarked("rosé") == "rose"


@pytest.mark.parametrize("title, kind", [
    ("22 कैरेट सोने का Bridal मांग टीका", "maang tikka"), ("हीरे की सगाई अंगूठी", "engagement ring"),
    ("मीनाकारी बिछिया शुद्ध चांदी", "toe ring"), ("कुंदन राजवाड़ी बाजूबंद", "armlet"), ("सोने का Aad गलबंद", "choker"),
    ("Plain Gents कड़ा", "kada"), ("कुंदन Rajkot कंगन", "bangle"), ("Chhota झुमके", "jhumka"), ("हीरा Tops बालियां", "earrings"),
    ("Rope चेन", "chain"), ("हीरे ॐ लॉकेट", "pendant"), ("Jhumki Tops", "earrings"),
])  # fmt: skip
def test_devanagari_and_hinglish_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal, karat", [
    ("२२ कैरेट सोने की चेन", "yellow gold", 22), ("18 कैरेट रोज़ गोल्ड", "rose gold", 18), ("18K व्हाइट गोल्ड", "white gold", 18),
    ("BIS हॉलमार्क 916 सोने की अंगूठी", "yellow gold", 22), ("925 स्टर्लिंग चांदी", "sterling silver", None),
    ("नेकलेस सेट (चांदी पर सोने की पॉलिश)", "gold plated silver", None), ("Chain पायल (शुद्ध चांदी)", "silver", None),
])  # fmt: skip
def test_devanagari_metals_and_purity(lexicon, text, metal, karat):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.karat) == (metal, karat)


@pytest.mark.parametrize("text, stone", [
    ("हीरे की अंगूठी", "diamond"), ("अमेरिकन डायमंड टॉप्स", "cubic zirconia"), ("पोल्की चोकर", "polki"),
    ("अनकट हीरे का हार", "polki"), ("पन्ना रानी हार", "emerald"), ("माणिक अंगूठी", "ruby"), ("मोती माला", "pearl"),
    ("Kundan-look चोकर", "cubic zirconia"),
])  # fmt: skip
def test_devanagari_stones_and_look_alikes(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


def test_nilam_says_its_colour(lexicon):
    assert (lexicon.stone_of("नीलम अंगूठी").stone, lexicon.stone_of("नीलम अंगूठी").color) == ("sapphire", "blue")


@pytest.mark.parametrize("text", [
    "मीनाकारी झुमके",  # enamel work: a technique
    "रूबी लाल और पन्ना हरी मीना",  # ruby-red and emerald-green enamel
    "सोने की 22 कैरेट डायमंड कट चेन",  # a cut finish
    "Heeralal Jewellers",  # a family name holding "heera"
])  # fmt: skip
def test_traps_name_no_stone(lexicon, text):
    assert lexicon.stone_of(text) is None


def test_gulabi_meena_is_pink_enamel_not_rose_gold(lexicon):
    assert lexicon.metal_of("22 कैरेट गुलाबी मीना झुमके").metal == "yellow gold"


def test_shines_like_gold_is_no_gold(lexicon):
    assert lexicon.metal_of("सोने जैसी चमक") is None


def test_a_word_that_merely_contains_a_lexicon_word_is_not_it(lexicon):
    assert lexicon.category_of("हारमोनियम") is None  # holds हार (a necklace)
    assert lexicon.metal_of("सोनार की दुकान") is None  # a goldsmith's shop holds सोना's letters


def test_devanagari_listings_are_read_as_hindi_and_english_indian_listings_are_not():
    jaipur = [("22 कैरेट सोने का मांग टीका", ""), ("हीरे की सगाई अंगूठी", ""), ("Rope चेन", ""), ("Tennis Bracelet", "")]
    kolkata = [("Gold Bala for Bride", ""), ("Kada Bangle", ""), ("Jhumka Earrings", "")]
    assert catalog_locale(jaipur, 0.25).locale == "hi-IN"
    assert catalog_locale(kolkata, 0.25) is None


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=1000 + n, currency="INR", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def jaipur_shop():
    items = [_item(1, "ring", "yellow gold", "diamond"), _item(2, "engagement ring", "rose gold", "diamond"), _item(3, "jhumka", "yellow gold", "kundan"),
             _item(4, "earrings", "yellow gold", "ruby"), _item(5, "anklet", "silver"), _item(6, "toe ring", "sterling silver"),
             _item(7, "necklace", "gold plated silver", "kundan"), _item(8, "choker", "yellow gold", "polki"), _item(9, "chain", "yellow gold"),
             _item(10, "bangle", "yellow gold"), _item(11, "kada", "yellow gold"), _item(12, "armlet", "yellow gold", "kundan"),
             _item(13, "earrings", "gold plated silver", "cubic zirconia")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


@pytest.mark.parametrize("said, price_max", [
    ("sone ki anguthi 20 hazaar tak", 20000), ("kundan jhumke under 50k", 50000), ("चांदी की पायल 2000 से कम", 2000),
    ("सोने की चेन डेढ़ लाख तक", 150000), ("सवा लाख तक का हार", 125000), ("dedh lakh ke andar choker", 150000),
    ("50 हज़ार के अंदर टॉप्स", 50000), ("हार २ लाख तक", 200000),
])  # fmt: skip
def test_hindi_budgets(jaipur_shop, said, price_max):
    assert understand(said, "INR", vocabulary=jaipur_shop).constraints.price_max == price_max


def test_a_fraction_word_is_a_number_only_before_a_scale(jaipur_shop):
    assert understand("sawa", "INR", vocabulary=jaipur_shop).constraints.price_max is None


@pytest.mark.parametrize("said, kinds", [
    ("चांदी की पायल", ["anklet"]), ("bichiya chandi ki", ["toe ring"]), ("बाजूबंद सोने का", ["armlet"]),
    ("कंगन", ["bangle"]), ("कड़ा", ["kada"]), ("चेन", ["chain"]), ("रानी हार", ["necklace", "choker"]),
    ("हीरे की अंगूठी", ["ring", "engagement ring"]), ("टॉप्स", ["earrings", "jhumka"]), ("झुमके", ["jhumka"]),
])  # fmt: skip
def test_hindi_kinds_in_requests(jaipur_shop, said, kinds):
    assert understand(said, "INR", vocabulary=jaipur_shop).constraints.categories == kinds


def test_silver_kundan_is_kundan_on_gold_polished_silver(jaipur_shop):
    constraints = understand("silver kundan necklace set under 20k", "INR", vocabulary=jaipur_shop).constraints
    assert (constraints.metals, constraints.gemstones) == (["gold plated silver"], ["kundan"])


def test_sona_is_solid_gold_and_heera_a_diamond_not_ad_or_polki(jaipur_shop):
    constraints = understand("सोने की हीरे की अंगूठी", "INR", vocabulary=jaipur_shop).constraints
    assert "gold plated silver" not in constraints.metals and constraints.gemstones == ["diamond"]
    assert understand("AD wale tops", "INR", vocabulary=jaipur_shop).constraints.gemstones == ["cubic zirconia"]


@pytest.mark.parametrize("said", ["gold bangles bina stone ke", "सादा कड़ा", "बिना नग के कंगन"])
def test_without_stones(jaipur_shop, said):
    assert understand(said, "INR", vocabulary=jaipur_shop).constraints.gemstones == ["none"]


@pytest.mark.parametrize("said", ["jhumke AD nahi", "झुमके अमेरिकन डायमंड नहीं चाहिए", "jhumke bina AD ke"])
def test_refusals(jaipur_shop, said):
    assert "cubic zirconia" in understand(said, "INR", vocabulary=jaipur_shop).constraints.exclude_gemstones
