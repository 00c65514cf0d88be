import pytest

from assistant.conversation import Session
from assistant.understanding import PHRASES, understand
from retrieval.constraints import Constraints
from retrieval.lexicon import load_lexicon
from retrieval.demo.specs import COLOR_VARIANTS
from retrieval.vocabulary import (
    CATEGORIES,
    COLOR_FAMILIES,
    DEFAULT_EXCHANGE_RATES,
    GEMSTONE_COLORS,
    GOLD_METALS,
    OCCASIONS,
    RECIPIENTS,
    RING_CATEGORIES,
    STYLES,
)

RINGS = list(RING_CATEGORIES)
GOLD = list(GOLD_METALS)
BLUE = list(COLOR_FAMILIES["blue"])

CASES = [
    ("rose gold ring under $800", dict(price_max=800, categories=RINGS, metals=["rose gold"])),
    ("14k white gold engagement ring between 1000 and 3000",
     dict(price_min=1000, price_max=3000, categories=["engagement ring"], metals=["white gold"], karats=[14])),
    ("silver hoops less than $1.2k, no diamonds",
     dict(price_max=1200, categories=["earrings"], metals=["sterling silver"], exclude_gemstones=["diamond"])),
    ("anything but silver, a necklace around 500",
     dict(price_min=400, price_max=600, categories=["necklace"], exclude_metals=["sterling silver"])),
    ("plain platinum band without stones", dict(categories=["wedding band"], metals=["platinum"], gemstones=["none"])),
    ("a bracelet no more than 2 grand", dict(price_max=2000, categories=["bracelet"])),
    ("$300-$600 sapphire pendant", dict(price_min=300, price_max=600, categories=["pendant"], gemstones=["sapphire"])),
    ("gold but not rose gold", dict(metals=["yellow gold", "white gold"], exclude_metals=["rose gold"])),
    ("18 karat yellow gold bangle over 900 dollars",
     dict(price_min=900, categories=["bangle"], metals=["yellow gold"], karats=[18])),
    ("emerald studs under 50k", dict(price_max=50_000, categories=["earrings"], gemstones=["emerald"])),
    ("size 6-7 ruby ring", dict(categories=RINGS, gemstones=["ruby"])),  # a range of sizes names no one size
    ("find something like this", dict()),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CASES, ids=[case[0] for case in CASES])
def test_constraints_from_words(text, expected):
    assert understand(text).constraints == Constraints(**expected)


def read(text: str, **kwargs) -> dict:
    """Every field of understand(text) that says something, lists as sets."""
    result = understand(text, **kwargs)
    fields = {**result.constraints.to_dict(), **result.preferences.to_dict(), "refinements": result.refinements,
              "clear_slots": result.clear_slots, "reset": result.reset}  # fmt: skip
    return {key: set(value) if isinstance(value, list) else value for key, value in fields.items() if value}


def expect(**fields) -> dict:
    return {key: set(value) if isinstance(value, (list, tuple)) else value for key, value in fields.items()}


def inr(amount: float) -> float:
    return round(amount / DEFAULT_EXCHANGE_RATES["INR"], 2)


FORMS = [
    # price, in every common form
    ("under 500", expect(price_max=500)),
    ("less than $1.2k", expect(price_max=1200)),
    ("between 300 and 600", expect(price_min=300, price_max=600)),
    ("$300-$600", expect(price_min=300, price_max=600)),
    ("around 800", expect(price_min=640, price_max=960)),
    ("50k", expect(price_min=40_000, price_max=60_000)),
    ("no more than 2 grand", expect(price_max=2000)),
    ("at least $300", expect(price_min=300)),
    ("500 tops", expect(price_max=500)),
    ("$250+", expect(price_min=250)),
    ("1-2k", expect(price_min=1000, price_max=2000)),
    ("from 2 to 4 thousand", expect(price_min=2000, price_max=4000)),
    ("under five hundred dollars", expect(price_max=500)),
    ("a $500 necklace", expect(price_min=400, price_max=600, categories=["necklace"])),
    ("I'd rather not spend over 400", expect(price_max=400)),
    ("₹50,000 gold chain",
     expect(price_min=round(inr(50_000) * 0.8, 2), price_max=round(inr(50_000) * 1.2, 2), categories=["necklace"],
            metals=GOLD)),
    ("under 1.5 lakh", expect(price_max=inr(150_000))),
    ("under 1,50,000 rupees", expect(price_max=inr(150_000))),
    # category synonyms and plurals
    ("studs", expect(categories=["earrings"])),
    ("hoops", expect(categories=["earrings"])),
    ("drops", expect(categories=["earrings"])),
    ("stud earrings", expect(categories=["earrings"])),
    ("a band", expect(categories=["wedding band"])),
    ("a choker", expect(categories=["necklace"])),
    ("a solitaire", expect(categories=["engagement ring"])),
    ("a solitaire pendant", expect(categories=["pendant"])),
    ("anklets and brooches", expect(categories=["anklet", "brooch"])),
    ("earrings, but not studs", expect(categories=["earrings"], avoid_terms=["stud"])),
    # metal and karat
    ("14k rose gold", expect(karats=[14], metals=["rose gold"])),
    ("white-gold", expect(metals=["white gold"])),
    ("sterling", expect(metals=["sterling silver"])),
    ("platinum", expect(metals=["platinum"])),
    ("18 karat yellow", expect(karats=[18], metals=["yellow gold"])),
    ("14k", expect(karats=[14], metals=GOLD)),
    ("14kt", expect(karats=[14], metals=GOLD)),
    ("18 carat gold", expect(karats=[18], metals=GOLD)),  # British for karat
    ("9ct gold", expect(karats=[9], metals=GOLD)),
    ("14k or 18k", expect(karats=[14, 18], metals=GOLD)),
    ("under 14k", expect(price_max=14_000)),
    ("750 gold chain", expect(karats=[18], metals=GOLD, categories=["necklace"])),
    ("925", expect(metals=["sterling silver"])),
    ("925 silver", expect(metals=["sterling silver"])),
    ("pt950", expect(metals=["platinum"])),
    ("yellow or white gold", expect(metals=["yellow gold", "white gold"])),
    ("in white, not yellow", expect(metals=["white gold"], exclude_metals=["yellow gold"])),
    # gemstones and their colours
    ("a blue stone", expect(gemstone_colors=BLUE, exclude_gemstones=["none"])),
    ("pink sapphire", expect(gemstones=["sapphire"], gemstone_colors=["pink"])),
    ("black pearl", expect(gemstones=["pearl"], gemstone_colors=["black"])),
    ("red stone", expect(gemstone_colors=["red", "dark red"], exclude_gemstones=["none"])),
    ("navy stones", expect(gemstone_colors=["blue", "london blue"], exclude_gemstones=["none"])),
    ("swiss blue topaz", expect(gemstones=["topaz"], gemstone_colors=["swiss blue"])),  # the catalog's own colour
    ("blue topaz", expect(gemstones=["topaz"], gemstone_colors=["blue", "light blue", "london blue", "swiss blue"])),
    ("golden pearls", expect(gemstones=["pearl"], gemstone_colors=["golden"])),
    ("earrings to go with a black dress", expect(categories=["earrings"])),
    ("precious stones", expect(gemstones=["diamond", "ruby", "sapphire", "emerald"])),
    ("a ring with a stone", expect(categories=RINGS, exclude_gemstones=["none"])),
    ("emerald cut diamond", expect(gemstones=["diamond"])),
    ("mother of pearl pendant", expect(categories=["pendant"], gemstones=["mother of pearl"])),  # a stone, not pearl
    # carats, never confused with karats
    ("at least 1 carat", expect(carat_min=1)),
    ("over 1ct", expect(carat_min=1)),
    ("1.5 ct", expect(carat_min=1.35, carat_max=1.65)),
    ("half a carat", expect(carat_min=0.45, carat_max=0.55)),
    ("quarter carat", expect(carat_min=0.225, carat_max=0.275)),
    ("under a carat", expect(carat_max=1)),
    ("2 carat diamond", expect(carat_min=1.8, carat_max=2.2, gemstones=["diamond"])),
    ("2 karat diamond", expect(carat_min=1.8, carat_max=2.2, gemstones=["diamond"])),
    ("between 1 and 2 carats", expect(carat_min=1, carat_max=2)),
    ("1 ct diamond in 18 ct gold", expect(carat_min=0.9, carat_max=1.1, gemstones=["diamond"], karats=[18], metals=GOLD)),
    # US ring sizes, never confused with price or carat
    ("size 7", expect(ring_size=7)),
    ("size 6.5", expect(ring_size=6.5)),
    ("size 6 1/2", expect(ring_size=6.5)),
    ("size six and a half", expect(ring_size=6.5)),
    ("7 1/4", expect(ring_size=7.25)),
    ("ring size 8", expect(ring_size=8, categories=RINGS)),
    ("she wears a 5", expect(ring_size=5)),
    ("size 7 under 50", expect(ring_size=7, price_max=50)),
    ("UK size M", expect(ring_size=6.25)),
    ("EU size 54", expect(ring_size=6.75)),
    # stock
    ("in stock", expect(in_stock_only=True)),
    ("available now", expect(in_stock_only=True)),
    ("ready to ship", expect(in_stock_only=True)),
    ("I don't need it to be in stock", expect()),
    # negation and its scope
    ("no diamonds or pearls", expect(exclude_gemstones=["diamond", "pearl"])),
    ("no diamonds, pearls or opals", expect(exclude_gemstones=["diamond", "pearl", "opal"])),
    ("no diamonds, gold please", expect(exclude_gemstones=["diamond"], metals=GOLD)),
    ("not in yellow gold", expect(exclude_metals=["yellow gold"])),
    ("anything but silver", expect(exclude_metals=["sterling silver"])),
    ("without stones", expect(gemstones=["none"])),
    ("I don't like rose gold", expect(exclude_metals=["rose gold"])),
    ("avoid pearls", expect(exclude_gemstones=["pearl"])),
    ("nothing flashy", expect(avoid_terms=["flashy"])),
    ("nothing flashy with sapphires", expect(avoid_terms=["flashy"], gemstones=["sapphire"])),
    ("no diamond rings", expect(categories=RINGS, exclude_gemstones=["diamond"])),
    ("no yellow diamonds", expect(avoid_terms=["yellow"])),
    ("a not-too-expensive pearl necklace", expect(gemstones=["pearl"], categories=["necklace"])),
    ("hoops that aren't too heavy", expect(categories=["earrings"], avoid_terms=["heavy"])),
    ("emeralds only, no other stones", expect(gemstones=["emerald"])),
    ("I don't mind silver", expect(metals=["sterling silver"])),
    ("diamond-free", expect(exclude_gemstones=["diamond"])),
    # birthstones and anniversaries
    ("her birthstone, she's born in July", expect(gemstones=["ruby"])),
    ("July birthstone", expect(gemstones=["ruby"])),
    ("birthstone for October", expect(gemstones=["opal"])),
    ("november birthstone", expect(gemstones=["topaz", "citrine"])),
    ("december birthstone", expect(gemstones=["topaz"], gemstone_colors=BLUE)),
    ("10th anniversary stone", expect(gemstones=["diamond"], occasions=["anniversary"])),
    ("our 10th anniversary", expect(occasions=["anniversary"])),
    # recipients, occasions and styles
    ("for my wife", expect(recipients=["wife"])),
    ("for my mom", expect(recipients=["mother"])),
    ("for my husband", expect(recipients=["husband"])),
    ("for my boyfriend", expect(recipients=["boyfriend"])),
    ("for my daughter", expect(recipients=["daughter"])),
    ("men's ring", expect(recipients=["men"], categories=RINGS)),
    ("for him", expect(recipients=["him"])),
    ("for her birthday", expect(recipients=["her"], occasions=["birthday"])),
    ("a mother's day present", expect(recipients=["mother"], occasions=["gift"])),
    ("vintage, for everyday wear", expect(styles=["vintage"], occasions=["everyday"])),
    ("something dainty for the office", expect(styles=["minimalist"], occasions=["work"])),
    ("boho", expect(styles=["bohemian"])),
    # typos
    ("neckalce", expect(categories=["necklace"])),
    ("earings", expect(categories=["earrings"])),
    ("braclet", expect(categories=["bracelet"])),
    ("saphire", expect(gemstones=["sapphire"])),
    ("emrald", expect(gemstones=["emerald"])),
    ("diamnod", expect(gemstones=["diamond"])),
    ("platnum", expect(metals=["platinum"])),
    ("rosegold", expect(metals=["rose gold"])),
    ("engagment ring", expect(categories=["engagement ring"])),
    ("a pendant shaped like pears", expect(categories=["pendant"])),  # a real word, not "pearls"
    # relative requests, dropped slots and fresh starts
    ("cheaper", expect(refinements=["cheaper"])),
    ("too expensive", expect(refinements=["cheaper"])),
    ("something pricier", expect(refinements=["pricier"])),
    ("bigger stone", expect(refinements=["bigger"], exclude_gemstones=["none"])),
    ("smaller", expect(refinements=["smaller"])),
    ("show me more", expect(refinements=["more"])),
    ("other options", expect(refinements=["more"])),
    ("more like that", expect(refinements=["similar"])),
    ("more like the second one but cheaper", expect(refinements=["similar", "cheaper"])),
    ("more than 500", expect(price_min=500)),
    ("is 9ct gold cheaper than 18ct?", expect(karats=[9, 18], metals=GOLD)),
    ("any price", expect(clear_slots=["price"])),
    ("forget the budget", expect(clear_slots=["price"])),
    ("never mind the budget", expect(clear_slots=["price"])),
    ("any metal", expect(clear_slots=["metal"])),
    ("any stone", expect(clear_slots=["gemstone"])),
    ("any kind of jewelry", expect(clear_slots=["category"])),
    ("anything", expect(clear_slots=["category"])),
    ("start over", expect(reset=True)),
    ("new search", expect(reset=True)),
    ("forget all that", expect(reset=True)),
    ("never mind, something else", expect(reset=True)),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", FORMS, ids=[form[0] for form in FORMS])
def test_every_form(text, expected):
    assert read(text) == expected


def test_a_named_currency_is_converted_with_a_note():
    result = understand("₹50,000 gold chain")
    assert result.notes == ["₹50,000 ≈ $602 at the configured rate"]
    assert understand("400 euros").notes == ["€400 ≈ $430 at the configured rate"]
    assert understand("under $500").notes == []


def test_won_and_gulf_currencies_are_read_after_an_amount():
    assert read("rings under 50만원", currency="KRW") == expect(price_max=500_000, categories=["ring", "engagement ring", "wedding band"])
    assert read("under 500,000 won", currency="KRW") == expect(price_max=500_000)
    assert read("under 300 kwd", currency="KWD") == expect(price_max=300)
    assert understand("under 2000 egp").notes == ["E£2,000 ≈ $41.93 at the configured rate"]


def test_amounts_are_in_the_catalog_currency_unless_named():
    assert read("under 5000", currency="INR") == expect(price_max=5000)
    assert read("under $100", currency="INR") == expect(price_max=round(100 * DEFAULT_EXCHANGE_RATES["INR"], 2))
    assert read("under 100 dollars", currency="AUD") == expect(price_max=100)  # dollars there are Australian


def test_exchange_rates_are_configurable_and_checked():
    assert read("under €100", exchange_rates={"USD": 1.0, "EUR": 0.5}) == expect(price_max=200)
    assert read("under €100", exchange_rates={"EUR": 1.0, "USD": 2.0}) == expect(price_max=200)  # any base
    missing = understand("under €100", exchange_rates={"USD": 1.0})
    assert missing.constraints.price_max is None
    assert missing.notes == ["I have no exchange rate for EUR, so I left the price out"]
    with pytest.raises(ValueError, match="EUR"):
        understand("under €100", exchange_rates={"USD": 1.0, "EUR": -1.0})


def test_knowledge_applied_is_noted():
    assert understand("her birthstone, she's born in July").notes == ["July's birthstone is ruby"]
    assert understand("10th anniversary stone").notes == ["the traditional gift for a 10th anniversary is diamond"]
    assert understand("UK size M").notes == ["UK size M is about US size 6.25"]


def test_typos_leave_real_words_alone():
    for text in ("while you wait", "a vantage point", "neckline", "a stealing joke"):
        assert read(text) == {}, text


@pytest.mark.parametrize("text", ["", "   ", "😍💍", "$$$", "1234567890", "under", "size", "!!!???"])
def test_odd_input_is_read_without_error(text):
    assert understand(text).constraints == Constraints()


def test_every_phrase_names_values_the_vocabulary_knows():
    lexicon = load_lexicon()
    known = {
        "category": set(lexicon.categories), "design": set(CATEGORIES), "metal": set(lexicon.metals), "gemstone": set(lexicon.stones),
        "occasion": set(OCCASIONS), "style": set(STYLES), "recipient": set(RECIPIENTS),
        "color": set(lexicon.plain_colors),  # the stone colours a listing may say
    }  # fmt: skip
    demo_colors = {c for c in GEMSTONE_COLORS.values() if c} | {c for colors in COLOR_VARIANTS.values() for c in colors}
    listed = known["color"]  # a stone's own name's colour ("padparadscha": orange) is the listings' value
    for phrase, terms in PHRASES.items():
        for term in terms:
            allowed = listed if term.kind == "color" and len(terms) > 1 and terms[0].kind == "gemstone" else known.get(term.kind, set(term.values))
            assert set(term.values) <= allowed, (phrase, term)
    # every colour the demo lists is in a family; every family names colours the lexicon lists
    assert demo_colors <= {color for family in COLOR_FAMILIES.values() for color in family} <= set(lexicon.plain_colors)


def test_gold_means_every_gold():
    assert understand("gold chain").constraints.metals == GOLD


def test_content_words_tell_a_pure_photo_request_from_a_described_one():
    assert not understand("find something like this please").has_content_words
    assert not understand("like this, in rose gold under $800").has_content_words  # constraints only
    assert understand("like this but vintage").has_content_words
    assert understand("like this with a hammered finish").has_content_words
    assert understand("hoops like this").has_content_words  # the design says more than the category


def test_constraints_become_a_where_filter():
    where = understand("rose gold ring under $800, no diamonds").constraints.where()
    assert where == {
        "$and": [
            {"price": {"$lte": 800.0}},
            {"category": {"$in": RINGS}},
            {"$or": [{"metal": {"$in": ["rose gold"]}}, {"metals_offered": {"$contains": "rose gold"}}]},  # shown, or a variant's
            {"gemstone": {"$nin": ["diamond"]}},
            {"gemstones_offered": {"$not_contains": "diamond"}},  # and no variant with one
        ]
    }
    assert Constraints().where() is None


def test_session_carries_constraints_and_new_words_replace_a_slot():
    session = Session()
    session.constraints = session.carry(understand("rose gold ring under $800").constraints)
    follow_up = session.carry(understand("in white gold instead, no diamonds").constraints)
    assert follow_up.metals == ["white gold"]
    assert follow_up.price_max == 800 and follow_up.categories == RINGS
    assert follow_up.exclude_gemstones == ["diamond"]


def test_session_round_trips_through_json(tmp_path):
    session = Session(constraints=understand("pearl earrings under 300").constraints, shown=["A", "B"], turns=2)
    session.save(tmp_path / "s.json")
    assert Session.load(tmp_path / "s.json") == session
    assert Session.load(tmp_path / "missing.json") == Session()


def test_a_piece_owned_is_not_asked_for_with_a_word_between():
    # "for my pandora bracelet": a brand or design name between "my" and the piece the shopper has
    assert understand("a gold charm for my pandora bracelet").constraints.categories == ["pendant"]
    assert understand("earrings to go with my favourite necklace").constraints.categories == ["earrings"]
