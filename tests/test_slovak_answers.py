"""Answers in Slovak (assistant/phrases/sk.toml): every phrase of English's said in Slovak, the noun
after a number in the form CLDR's sk asks for (1 šperk; 2–4 šperky; 5 and more šperkov), euros as
Slovakia writes them ("1 290 €", "1 290,50 €"), kinds in the plural as a shop's sections name them,
a stone's colour agreeing with it ("modrý topás", "biela perla"), and Slovak told apart from Czech:
a Slovak shopper is answered in Slovak, a Czech one still in Czech."""

import tomllib

import pytest

from assistant.answer import describe_constraints, format_price, write_answer
from assistant.answer_language import _written_in, answer_language
from assistant.intents import message_kind
from assistant.phrasing import BASE_LANGUAGE, PHRASE_DIR, phrases_for, recognised_words
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.folding import unmarked
from retrieval.query import Hit

SLOVAK_PIECES = {1: "šperk", 2: "šperky", 3: "šperky", 4: "šperky", 5: "šperkov", 11: "šperkov", 21: "šperkov", 22: "šperkov",
                 100: "šperkov", 101: "šperkov"}  # fmt: skip
SLOVAK_PLURAL_FORMS = {"one", "few", "many", "other"}


def _slovak():
    return phrases_for("sk", "sk-SK")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_slovak_with_cldr_s_plural_forms():
    english, slovak = _file(BASE_LANGUAGE)["phrases"], _file("sk")["phrases"]
    assert set(slovak) == set(english)
    counted = [form for phrase in slovak.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == SLOVAK_PLURAL_FORMS for form in counted)


def test_a_slovak_answer_falls_back_to_no_english_phrase():
    slovak = _slovak()
    for key, phrase in _file(BASE_LANGUAGE)["phrases"].items():
        slovak.say(key, count=3, **{name: "x" for name in ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts",
                                                          "offered", "metal", "stone", "label", "karat", "low", "high", "value", "colors",
                                                          "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                                                          "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency",
                                                          "sizes", "shop", "where", "email", "url", "topic", "contact", "heading", "quote",
                                                          "headings", "seen", "reason")})  # fmt: skip
    assert slovak.fell_back == []


def test_a_noun_after_a_number_takes_the_form_the_number_asks_for():
    slovak = _slovak()
    assert [slovak.say("openings", count=n, scope="(x)") for n in SLOVAK_PIECES] == [
        f"Tu {'sú' if pieces == 'šperky' else 'je'} {n} {pieces} (x):" for n, pieces in SLOVAK_PIECES.items()]
    assert [slovak.say("openings", pick=2, count=n, scope="(x)") for n in (1, 3, 5)] == [
        "Tomu, čo hľadáte, zodpovedá 1 šperk (x):", "Tomu, čo hľadáte, zodpovedajú 3 šperky (x):", "Tomu, čo hľadáte, zodpovedá 5 šperkov (x):"]
    assert slovak.say("photo_openings", count=2, scope="(x)") == "Tu sú 2 šperky najpodobnejšie Vašej fotografii (x):"
    assert slovak.say("photo_openings", count=12, scope="(x)") == "Tu je 12 šperkov najpodobnejších Vašej fotografii (x):"
    assert slovak.say("status_results", count=4).startswith("4 šperky — ")


def test_euros_as_slovakia_writes_them():
    slovak = _slovak()
    assert [format_price(amount, "EUR", slovak) for amount in (1290, 1290.5, 89.9, 120, 12500)] == [
        "1 290 €", "1 290,50 €", "89,90 €", "120 €", "12 500 €"]
    assert describe_constraints(Constraints(price_min=120), "EUR", slovak) == ["od 120 €"]
    assert describe_constraints(Constraints(price_min=100, price_max=1290.5), "EUR", slovak) == ["100 €–1 290,50 €"]


def test_kinds_metals_and_stones_are_the_sk_pack_s_names():
    slovak = _slovak()
    wanted = Constraints(price_max=300, categories=["earrings"], metals=["white gold"], gemstones=["sapphire"])
    assert describe_constraints(wanted, "EUR", slovak) == ["do 300 €", "náušnice", "biele zlato", "zafír"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "EUR", slovak) == ["prstene"]
    assert describe_constraints(Constraints(categories=["pendant", "chain"]), "EUR", slovak) == ["prívesky alebo retiazky"]
    assert describe_constraints(Constraints(metals=["stainless steel"], gemstones=["none"]), "EUR", slovak) == ["chirurgická oceľ", "bez kameňa"]
    assert slovak.metal("yellow gold", 14) == "žlté zlato 14 kt"


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=400), "EUR", used_photo=False, phrases=_slovak())


def test_a_stone_s_colour_agrees_with_the_stone():
    topaz = Item(id="t", title="Prsteň s modrým topásom", price=320, currency="EUR", category="ring", metal="yellow gold", karat=14,
                 gemstone="topaz", gemstone_color="blue")  # fmt: skip
    lines = _answer(topaz).splitlines()
    assert "1. Prsteň s modrým topásom — 320 € (žlté zlato 14 kt, modrý topás)" in lines
    assert lines[0] in {"Tu je 1 šperk (do 400 €):", "Mám pre Vás 1 šperk (do 400 €):", "Tomu, čo hľadáte, zodpovedá 1 šperk (do 400 €):"}
    pearl = Item(id="p", title="Náušnice s perlou", price=90, currency="EUR", category="earrings", metal="sterling silver", gemstone="pearl",
                 gemstone_color="white")  # fmt: skip
    assert "(striebro, biela perla)" in _answer(pearl)
    champagne = Item(id="c", title="Prsteň", price=90, currency="EUR", category="ring", metal="sterling silver", gemstone="diamond",
                     gemstone_color="champagne")  # a colour the pack does not name: the stone alone, no English word
    assert "(striebro, diamant)" in _answer(champagne)


def test_the_pearl_s_colours_are_the_sk_pack_s_own_forms():
    pack = tomllib.loads((PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales" / "sk-SK.toml").read_text(encoding="utf-8"))
    for color, name in _file("sk")["stone_colours"]["pearl"].items():
        assert name in pack["colors"][color]["names"], color


def test_slovak_s_everyday_words_are_none_czech_writes_alike():
    czech = _written_in("cs")
    assert recognised_words("sk") and not {word for word in recognised_words("sk") if unmarked(word) in czech}


@pytest.mark.parametrize("text, catalog, language", [
    ("Dobrý deň, hľadám prsteň z bieleho zlata do 500 €", "sk-SK", "sk"), ("strieborné náušnice pre priateľku do 40 eur", "sk-SK", "sk"),
    ("chcem nieco lacnejsie, prosim", "sk-SK", "sk"), ("white gold ring under 500 eur", "sk-SK", "en"),
    ("prsten z bílého zlata do 20 000 Kč", "cs-CZ", "cs"), ("Dobrý den, hledám náušnice pro manželku", "cs-CZ", "cs"),
    ("Chtěla bych něco levnějšího", "cs-CZ", "cs"), ("hľadám darček pre manželku, niečo lacnejšie", "cs-CZ", "sk"),
    ("Hledám náušnice z bílého zlata", "sk-SK", "cs"), ("Hľadám náušnice z bieleho zlata", None, "sk"), ("Hledám náušnice z bílého zlata", None, "cs"),
])  # fmt: skip
def test_slovak_is_told_apart_from_czech(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, kind", [
    ("Dobrý deň!", ("small_talk", "greeting")), ("Ďakujem pekne", ("small_talk", "thanks")), ("Dovidenia", ("small_talk", "bye")),
    ("Aké sú možnosti dopravy?", ("policy", "shipping")), ("Dá sa tovar vrátiť?", ("policy", "returns")),
    ("Môžem platiť na dobierku?", ("policy", "payment")), ("Máte nejaké zľavy?", ("policy", "discounts")),
    ("Chcem hovoriť s človekom", ("handoff", "")),
])  # fmt: skip
def test_slovak_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind
