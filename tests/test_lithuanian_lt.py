"""Lithuanian listings and requests (retrieval/lexicon/locales/lt-LT.toml, lt-LT.requests.toml): case
endings read onto a word's listed forms ("žiedo", "auksinių", "su briliantais", "baltuoju auksu"), gold
by its colour adjective and genitive ("baltojo aukso", "raudonasis" and "rožinis" auksas: rose gold), the
fineness as "praba" ("585 prabos": 14 karat), gilded silver, Baltic amber in its colours, the traps (a
diamond-cut chain, a gold-coloured box, a silver-wedding gift, a girl's name in quotes), a sentence about
the variants to choose from, budgets with the euro in its cases and amounts said in words."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_lithuanian_pack_is_loaded_by_default():
    assert "lt-LT" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Žiedas „Rasa“", "ring"), ("Sužadėtuvių žiedas su briliantu", "engagement ring"), ("Vestuviniai žiedai", "wedding band"),
    ("Auskarai vinutės su cirkoniais", "earrings"), ("Pakabukas su grandinėle", "pendant"), ("Medalionas širdelė", "pendant"),
    ("Vėrinys su perlais", "necklace"), ("Grandinėlė 45 cm", "chain"), ("Apyrankė", "bracelet"), ("Sagė", "brooch"),
    ("Moteriškų žiedų kolekcija", "ring"), ("Ilgi auskariukai", "earrings"),
])  # fmt: skip
def test_lithuanian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Auksinis žiedas", "gold"), ("Auksinių auskarų pora", "gold"), ("Baltojo aukso žiedas", "white gold"),
    ("žiedas, baltasis auksas 585", "white gold"), ("Raudonojo aukso auskarai", "rose gold"), ("rožinis auksas 585", "rose gold"),
    ("geltonojo aukso apyrankė", "yellow gold"), ("Sidabrinė apyrankė", "sterling silver"), ("925 prabos sidabras", "sterling silver"),
    ("Paauksuotas sidabrinis pakabukas", "gold plated silver"), ("nerūdijančio plieno grandinėlė", "stainless steel"),
])  # fmt: skip
def test_lithuanian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, karat", [("Auksinė grandinėlė, 585 prabos auksas", 14), ("Sužadėtuvių žiedas, 14K auksas", 14),
                                         ("750 prabos aukso žiedas", 18), ("auksas 585", 14)])
def test_gold_fineness_as_lithuanian_shops_write_it(lexicon, text, karat):
    assert lexicon.karat_of(text).value == karat


@pytest.mark.parametrize("text, stone, color", [
    ("Sužadėtuvių žiedas su briliantais", "diamond", None), ("su deimantukais", "diamond", None), ("su cirkoniu", "cubic zirconia", None),
    ("su gėlavandeniu perlu", "pearl", None), ("su granatu", "garnet", None), ("su vyšniniu gintaru", "amber", "red"),
    ("citrininio gintaro auskarai", "amber", "yellow"), ("su žaliu gintaru", "amber", "green"), ("medaus spalvos gintaras", "amber", "orange"),
    ("su baltu gėlavandeniu perlu", "pearl", "white"),
])  # fmt: skip
def test_lithuanian_stones_and_amber_colours(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert reading.stone == stone
    if color:
        assert reading.color == color


def test_a_diamond_cut_chain_has_no_diamond(lexicon):
    reading = lexicon.stone_of("Deimantinio šlifavimo grandys, sidabras 925.")
    assert reading is None or reading.stone != "diamond"


@pytest.mark.parametrize("text", ["Supakuota aukso spalvos dovanų dėžutėje.", "Dovana sidabrinių vestuvių proga.", "Auksakalys Jonas."])
def test_gold_coloured_boxes_silver_weddings_and_goldsmiths_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_girls_name_in_quotes_is_no_amber(lexicon):
    assert lexicon.stone_of("Žiedas „Gintarė“, sidabras") is None
    assert lexicon.stone_of("Žiedas „Gintarė“ su cirkoniu").stone == "cubic zirconia"
    assert lexicon.stone_of("žiedas su gintaru").stone == "amber"


def test_a_sentence_about_the_variants_to_choose_from_is_not_the_piece(lexicon):
    assert lexicon.about_this_piece("Galima rinktis: sidabras arba paauksuotas sidabras. Perlas.").strip() == "Perlas."


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Papuošalas {n}", price=100 * n, currency="EUR", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def vilnius_like_shop():
    items = [_item(1, "ring", "yellow gold", "amber"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "cubic zirconia"), _item(5, "necklace", "sterling silver", "amber"),
             _item(6, "chain", "yellow gold"), _item(7, "pendant", "gold plated silver", "amber"), _item(8, "bracelet", "sterling silver", "pearl"),
             _item(9, "brooch", "sterling silver", "garnet")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "EUR", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("ieskau zhiedo", ANY_RING), ("suzadetuviu ziedai", ["engagement ring"]), ("vestuviniu ziedu pora", ["wedding band"]),
    ("auskaru", ["earrings"]), ("pakabuku", ["pendant"]), ("apyrankes", ["bracelet"]), ("sages", ["brooch"]),
])  # fmt: skip
def test_lithuanian_kinds_in_requests_typed_without_marks(vilnius_like_shop, said, kinds):
    assert _constraints(said, vilnius_like_shop).categories == kinds


def test_a_neck_piece_is_a_necklace_or_a_pendant(vilnius_like_shop):
    assert set(_constraints("kaklo papuosalas", vilnius_like_shop).categories) == {"necklace", "pendant"}


def test_gold_and_silver_in_requests(vilnius_like_shop):
    assert set(_constraints("auksinis ziedas", vilnius_like_shop).metals) == SOLID_GOLD
    assert _constraints("ziedas is balto aukso", vilnius_like_shop).metals == ["white gold"]
    assert _constraints("rozinio aukso auskarai", vilnius_like_shop).metals == ["rose gold"]
    assert _constraints("sidabriniai auskarai", vilnius_like_shop).metals == ["sterling silver"]
    assert _constraints("paauksuoti sidabriniai auskarai", vilnius_like_shop).metals == ["gold plated silver"]
    assert _constraints("750 prabos aukso ziedas", vilnius_like_shop).karats == [18]


def test_amber_and_its_colours_in_requests(vilnius_like_shop):
    constraints = _constraints("vysninio gintaro sage", vilnius_like_shop)
    assert constraints.gemstones == ["amber"] and "red" in constraints.gemstone_colors
    assert "green" in _constraints("zalio gintaro apyranke", vilnius_like_shop).gemstone_colors
    assert _constraints("apyranke be akmenu", vilnius_like_shop).gemstones == ["none"]


def test_euro_budgets_in_lithuanian(vilnius_like_shop):
    assert _constraints("auksinis ziedas iki 300 eur", vilnius_like_shop).price_max == 300
    assert _constraints("auskarai ne brangiau nei 70 €", vilnius_like_shop).price_max == 70
    assert _constraints("pigiau nei 40 euru auskarai", vilnius_like_shop).price_max == 40
    assert _constraints("ziedas iki trijų šimtų eurų", vilnius_like_shop).price_max == 300
    assert _constraints("apyranke nuo 50 eurų", vilnius_like_shop).price_min == 50


def test_the_euro_is_lithuania_s_currency(lexicon):
    assert "LT" in lexicon.currencies["EUR"].regions


def test_a_colour_said_after_amber_as_of_its_colour(lexicon):
    assert lexicon.stone_of("Gintaras citrininės spalvos.").color == "yellow"
    assert lexicon.stone_of("gintaras žalios spalvos").color == "green"


LITHUANIAN_PIECES = {1: "papuošalas", 2: "papuošalai", 9: "papuošalai", 10: "papuošalų", 11: "papuošalų", 19: "papuošalų", 20: "papuošalų",
                     21: "papuošalas", 22: "papuošalai", 30: "papuošalų", 101: "papuošalas", 111: "papuošalų"}  # fmt: skip


def _lithuanian():
    from assistant.phrasing import phrases_for

    return phrases_for("lt", "lt-LT")


def test_every_english_phrase_is_said_in_lithuanian_with_its_plural_forms():
    import tomllib

    from assistant.phrasing import BASE_LANGUAGE, PHRASE_DIR

    english = tomllib.loads((PHRASE_DIR / f"{BASE_LANGUAGE}.toml").read_text(encoding="utf-8"))["phrases"]
    lithuanian = tomllib.loads((PHRASE_DIR / "lt.toml").read_text(encoding="utf-8"))["phrases"]
    assert set(lithuanian) == set(english)
    counted = [form for phrase in lithuanian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == {"one", "few", "other"} for form in counted)


def test_a_noun_after_a_number_takes_the_form_the_number_asks_for():
    lithuanian = _lithuanian()
    assert [lithuanian.say("openings", count=n, scope="(x)") for n in LITHUANIAN_PIECES] == [
        f"Štai {n} {pieces} (x):" for n, pieces in LITHUANIAN_PIECES.items()]
    assert [lithuanian.say("openings", pick=1, count=n, scope="(x)") for n in (1, 3, 10, 21)] == [
        "Radau 1 papuošalą (x):", "Radau 3 papuošalus (x):", "Radau 10 papuošalų (x):", "Radau 21 papuošalą (x):"]
    assert lithuanian.say("photo_openings", count=5, scope="(x)") == "Štai 5 papuošalai, panašiausi į Jūsų nuotrauką (x):"
    assert lithuanian.say("photo_openings", count=12, scope="(x)") == "Štai 12 papuošalų, panašiausių į Jūsų nuotrauką (x):"


def test_euros_as_lithuania_writes_them_and_budgets_in_lithuanian():
    from assistant.answer import describe_constraints, format_price
    from retrieval.constraints import Constraints

    lithuanian = _lithuanian()
    assert [format_price(amount, "EUR", lithuanian) for amount in (1290, 1290.5, 89.9, 120)] == ["1 290 €", "1 290,50 €", "89,90 €", "120 €"]
    assert describe_constraints(Constraints(price_min=120), "EUR", lithuanian) == ["nuo 120 €"]
    wanted = Constraints(price_max=300, categories=["earrings"], metals=["white gold"], gemstones=["amber"])
    assert describe_constraints(wanted, "EUR", lithuanian) == ["iki 300 €", "auskarai", "baltasis auksas", "gintaras"]
    plated = Constraints(categories=["pendant"], metals=["gold plated silver", "gold plated"])  # "paauksuotas": any gilding
    assert describe_constraints(plated, "EUR", lithuanian) == ["pakabukai", "paauksuotas sidabras arba paauksuotas metalas"]


def test_a_lithuanian_answer_names_the_piece_s_catalog_facts():
    from assistant.answer import write_answer
    from retrieval.constraints import Constraints
    from retrieval.query import Hit

    ring = Item(id="r", title="Auksinis žiedas su gintaru", price=320, currency="EUR", category="ring", metal="yellow gold", karat=14,
                gemstone="amber", gemstone_color="orange")  # fmt: skip
    answer = write_answer([Hit(ring, 1.0, None, None)], Constraints(price_max=400), "EUR", used_photo=False, phrases=_lithuanian())
    assert "1. Auksinis žiedas su gintaru — 320 € (14 karatų geltonasis auksas, oranžinis gintaras)" in answer.splitlines()
    assert "(iki 400 €)" in answer.splitlines()[0]
    pink = Item(id="p", title="Žiedas „Rasa“", price=90, currency="EUR", category="ring", metal="sterling silver", gemstone="pearl",
                gemstone_color="pink")  # fmt: skip
    assert "(sidabras, rausvas perlas)" in write_answer([Hit(pink, 1.0, None, None)], Constraints(), "EUR", False, phrases=_lithuanian())
    champagne = Item(id="c", title="Žiedas", price=90, currency="EUR", category="ring", metal="sterling silver", gemstone="diamond",
                     gemstone_color="champagne")  # a colour the pack does not name: the stone alone, no English word
    assert "(sidabras, briliantas)" in write_answer([Hit(champagne, 1.0, None, None)], Constraints(), "EUR", False, phrases=_lithuanian())


@pytest.mark.parametrize("text, language", [
    ("auksinis ziedas iki 300 eur", "lt"), ("Labas, ieškau sidabrinių auskarų žmonai", "lt"), ("ka turit is gintaro iki 80 euru", "lt"),
    ("Szukam pierścionka z białego złota", "pl"), ("кольцо с бриллиантом", "ru"), ("white gold ring under 300 eur", "en"),
])  # fmt: skip
def test_a_lithuanian_shopper_is_answered_in_lithuanian_and_others_in_their_own(text, language):
    from assistant.answer_language import answer_language

    assert answer_language(text, "lt-LT")[0] == language


@pytest.mark.parametrize("text, kind", [
    ("Laba diena!", ("small_talk", "greeting")), ("Ačiū", ("small_talk", "thanks")), ("Viso gero", ("small_talk", "bye")),
    ("Kokios pristatymo sąlygos?", ("policy", "shipping")), ("Ar galima atsiimti Omniva paštomate?", ("policy", "shipping")),
    ("Ar galima mokėti išsimokėtinai?", ("policy", "payment")), ("Kaip grąžinti prekę?", ("policy", "returns")),
    ("Ar galima pakeisti žiedo dydį?", ("policy", "resizing")), ("Ar yra nuolaidų?", ("policy", "discounts")),
    ("Noriu pasikalbėti su konsultantu", ("handoff", "")), ("gintaro apyranke vaikui", None),
])  # fmt: skip
def test_lithuanian_greetings_and_policy_questions(text, kind):
    from assistant.intents import message_kind

    assert message_kind(text, has_search_words=False) == kind
