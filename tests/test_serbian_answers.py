"""Answers in Serbian (assistant/phrases/sr.toml), in the Latin alphabet: every phrase of English's said
in Serbian, the noun after a number in the form CLDR's sr asks for (1, 21 proizvod; 2–4, 22–24
proizvoda with a plural verb; 5–20 and 11–14 proizvoda with a singular one), dinars as Serbia writes
them ("12.990 din."), kinds in the plural as a shop's sections name them, a stone's colour agreeing
with it ("plavi topaz", "beli biser"), and Serbian told apart: a shopper writing in Cyrillic is answered
in Serbian too, a Russian, Ukrainian, Bulgarian, Czech, Slovak or Slovenian one is not."""

import tomllib

import pytest

from assistant.answer import describe_constraints, format_price, write_answer
from assistant.answer_language import _written_in, answer_language
from assistant.intents import message_kind
from assistant.phrasing import BASE_LANGUAGE, PHRASE_DIR, phrases_for, plural_category, recognised_words
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.folding import unmarked
from retrieval.query import Hit

SERBIAN_PIECES = {1: "proizvod", 2: "proizvoda", 4: "proizvoda", 5: "proizvoda", 11: "proizvoda", 12: "proizvoda", 14: "proizvoda",
                  21: "proizvod", 22: "proizvoda", 25: "proizvoda", 101: "proizvod", 111: "proizvoda", 112: "proizvoda"}  # fmt: skip
SERBIAN_CATEGORIES = {1: "one", 21: "one", 31: "one", 101: "one", 11: "other", 111: "other", 2: "few", 3: "few", 4: "few", 22: "few",
                      104: "few", 12: "other", 13: "other", 14: "other", 112: "other", 0: "other", 5: "other", 20: "other", 25: "other"}  # fmt: skip
SERBIAN_PLURAL_FORMS = {"one", "few", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip


def _serbian():
    return phrases_for("sr", "sr-RS")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_serbian_with_cldr_s_plural_forms():
    english, serbian = _file(BASE_LANGUAGE)["phrases"], _file("sr")["phrases"]
    assert set(serbian) == set(english)
    counted = [form for phrase in serbian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == SERBIAN_PLURAL_FORMS for form in counted)


def test_a_serbian_answer_falls_back_to_no_english_phrase():
    serbian = _serbian()
    for key in _file(BASE_LANGUAGE)["phrases"]:
        serbian.say(key, count=3, **{name: "x" for name in PLACEHOLDERS})
    assert serbian.fell_back == []


def test_serbian_s_plural_categories_keep_11_to_14_apart():
    rules = _file("sr")["plural"]
    assert {n: plural_category(rules, n) for n in SERBIAN_CATEGORIES} == SERBIAN_CATEGORIES


def test_a_noun_after_a_number_takes_the_form_the_number_asks_for():
    serbian = _serbian()
    assert [serbian.say("openings", count=n, scope="(x)") for n in SERBIAN_PIECES] == [
        f"Evo {n} {pieces} (x):" for n, pieces in SERBIAN_PIECES.items()]
    assert [serbian.say("openings", pick=2, count=n, scope="(x)") for n in (1, 3, 5, 12, 21, 22)] == [
        "Vašem upitu odgovara 1 proizvod (x):", "Vašem upitu odgovaraju 3 proizvoda (x):", "Vašem upitu odgovara 5 proizvoda (x):",
        "Vašem upitu odgovara 12 proizvoda (x):", "Vašem upitu odgovara 21 proizvod (x):", "Vašem upitu odgovaraju 22 proizvoda (x):"]
    assert [serbian.say("photo_openings", count=n, scope="(x)") for n in (2, 11, 12, 21)] == [
        "Evo 2 proizvoda najsličnija Vašoj fotografiji (x):", "Evo 11 proizvoda najsličnijih Vašoj fotografiji (x):",
        "Evo 12 proizvoda najsličnijih Vašoj fotografiji (x):", "Evo 21 proizvod najsličniji Vašoj fotografiji (x):"]
    assert serbian.say("status_results", count=4).startswith("4 proizvoda — ")
    assert "videli ste svih 13 proizvoda" in serbian.say("all_shown", count=13, scope="")


def test_dinars_as_serbia_writes_them():
    serbian = _serbian()
    assert [format_price(amount, "RSD", serbian) for amount in (12990, 990, 1290.5, 250000, 1500000)] == [
        "12.990 din.", "990 din.", "1.290,50 din.", "250.000 din.", "1.500.000 din."]
    assert describe_constraints(Constraints(price_max=5000), "RSD", serbian) == ["do 5.000 din."]
    assert describe_constraints(Constraints(price_min=10000, price_max=30000), "RSD", serbian) == ["10.000 din.–30.000 din."]
    assert format_price(89.9, "EUR", serbian) == "89,90 €"
    assert not serbian.say("in_stock_at", name="Prsten", price=format_price(12990, "RSD", serbian)).endswith("din..")


def test_kinds_metals_and_stones_are_the_sr_pack_s_names():
    serbian = _serbian()
    wanted = Constraints(price_max=30000, categories=["earrings"], metals=["white gold"], gemstones=["sapphire"])
    assert describe_constraints(wanted, "RSD", serbian) == ["do 30.000 din.", "minđuše", "belo zlato", "safir"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "RSD", serbian) == ["prstenje"]
    assert describe_constraints(Constraints(categories=["pendant", "chain"]), "RSD", serbian) == ["privesci ili lančići"]
    assert describe_constraints(Constraints(categories=["wedding band"]), "RSD", serbian) == ["burme"]
    assert describe_constraints(Constraints(metals=["stainless steel"], gemstones=["none"]), "RSD", serbian) == ["hirurški čelik", "bez kamena"]
    assert serbian.metal("yellow gold", 14) == "žuto zlato 14K"


def test_the_chosen_names_are_the_sr_pack_s_own():
    pack = tomllib.loads((PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales" / "sr-RS.toml").read_text(encoding="utf-8"))
    for table, names in _file("sr")["names"].items():
        for value, name in names.items():
            assert name in pack[table][value]["names"], (table, value)


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=40000), "RSD", used_photo=False, phrases=_serbian())


def test_a_stone_s_colour_agrees_with_the_stone():
    topaz = Item(id="t", title="Prsten sa plavim topazom", price=32990, currency="RSD", category="ring", metal="yellow gold", karat=14,
                 gemstone="topaz", gemstone_color="blue")  # fmt: skip
    lines = _answer(topaz).splitlines()
    assert "1. Prsten sa plavim topazom — 32.990 din. (žuto zlato 14K, plavi topaz)" in lines
    assert lines[0] in {"Evo 1 proizvod (do 40.000 din.):", "Imam za Vas 1 proizvod (do 40.000 din.):",
                        "Vašem upitu odgovara 1 proizvod (do 40.000 din.):"}  # fmt: skip
    pearl = Item(id="p", title="Minđuše sa biserom", price=4990, currency="RSD", category="earrings", metal="sterling silver",
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(srebro, beli biser)" in _answer(pearl)
    zirconia = Item(id="z", title="Prsten", price=2990, currency="RSD", category="ring", metal="sterling silver",
                    gemstone="cubic zirconia", gemstone_color="champagne")  # a colour the pack does not name: the stone alone
    assert "(srebro, cirkon)" in _answer(zirconia)


def test_serbian_s_everyday_words_are_none_its_neighbours_write_alike():
    serbian = {unmarked(word) for word in recognised_words("sr")}
    for language in ("cs", "sk", "pl", "ru", "uk"):
        assert not serbian & _written_in(language), language
    assert {"тражим", "јефтиније", "нешто"} <= recognised_words("sr")  # read in Cyrillic too


@pytest.mark.parametrize("text, catalog, language", [
    ("Dobar dan, tražim prsten od belog zlata do 50.000 din.", "sr-RS", "sr"), ("zlatne mindjuse za devojku, nesto jeftinije", "sr-RS", "sr"),
    ("Добар дан, тражим прстен од белог злата", "sr-RS", "sr"), ("Тражим нешто јефтиније за ћерку", None, "sr"),
    ("tražim burme od belog zlata", None, "sr"), ("white gold ring under 50000 din", "sr-RS", "en"),
    ("Ищу кольцо из белого золота, что-нибудь подешевле", "ru-RU", "ru"), ("Ищу кольцо из белого золота", None, "ru"),
    ("Шукаю каблучку з білого золота, щось дешевше", "uk-UA", "uk"), ("Шукаю каблучку з білого золота", None, "uk"),
    ("Dobrý den, hledám náušnice pro manželku", "cs-CZ", "cs"), ("Hledám náušnice z bílého zlata", None, "cs"), ("Hľadám náušnice z bieleho zlata", None, "sk"),
    ("Chtěla bych něco levnějšího", "cs-CZ", "cs"), ("hľadám darček pre manželku, niečo lacnejšie", "sk-SK", "sk"),
])  # fmt: skip
def test_serbian_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, catalog", [
    ("Търся пръстен от бяло злато, имате ли нещо по-евтино?", None), ("Търся сребърен пръстен", None),
    ("Ищу серебряное кольцо, что-нибудь подешевле", "sr-RS"), ("Шукаю срібну каблучку", "sr-RS"),
])  # fmt: skip
def test_a_letter_serbian_cyrillic_lacks_is_no_serbian(text, catalog):
    assert answer_language(text, catalog)[0] != "sr"


def test_serbian_s_everyday_words_leave_out_those_slovenian_writes_alike():
    assert not {"hvala", "želim", "imate", "koliko", "kupiti", "lepo", "zdravo", "samo", "ali", "poklon", "potrebno"} & recognised_words("sr")


@pytest.mark.parametrize("text, kind", [
    ("Dobar dan!", ("small_talk", "greeting")), ("Hvala puno", ("small_talk", "thanks")), ("Doviđenja", ("small_talk", "bye")),
    ("Kolika je poštarina?", ("policy", "shipping")), ("Da li mogu da vratim prsten?", ("policy", "returns")),
    ("Može li plaćanje pouzećem?", ("policy", "payment")), ("Imate li neki popust?", ("policy", "discounts")),
    ("Želim da razgovaram sa prodavcem", ("handoff", "")),
])  # fmt: skip
def test_serbian_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind
