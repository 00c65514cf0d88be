"""Answers in the shopper's language: phrase files (assistant/phrases/), their plural rules and
number formats, the language a message is answered in, and a Czech shop answered in Czech."""

import json
import string
import tomllib

import pytest

from assistant.answer import constraint_chips, describe_constraints, format_price, write_answer
from assistant.answer_language import answer_language
from assistant.phrasing import BASE_LANGUAGE, PHRASE_DIR, Phrases, available_languages, phrases_for, plural_category
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.query import Hit

CZECH_PLURAL = {"one": "n = 1", "few": "n = 2..4"}
POLISH_PLURAL = {"one": "n = 1", "few": "n % 10 = 2..4 and n % 100 != 12..14"}


def _placeholders(phrase) -> set[str]:
    if isinstance(phrase, str):
        return {name for _, name, _, _ in string.Formatter().parse(phrase) if name}
    values = phrase.values() if isinstance(phrase, dict) else phrase
    return set().union(*(_placeholders(value) for value in values))


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


ENGLISH_PHRASES = _file(BASE_LANGUAGE)["phrases"]


@pytest.mark.parametrize("language", [language for language in available_languages() if language != BASE_LANGUAGE])
def test_every_language_s_phrases_have_english_s_placeholders_and_nothing_english_lacks(language):
    phrases = _file(language)["phrases"]
    assert set(phrases) <= set(ENGLISH_PHRASES), f"{language}: phrases English does not have: {set(phrases) - set(ENGLISH_PHRASES)}"
    for key, phrase in phrases.items():
        assert _placeholders(phrase) == _placeholders(ENGLISH_PHRASES[key]), f"{language}.{key}"
        forms = phrase.values() if isinstance(phrase, dict) else phrase if isinstance(phrase, list) else [phrase]
        assert all(isinstance(form, (str, dict)) for form in forms), f"{language}.{key}"


@pytest.mark.parametrize("language", available_languages())
def test_every_language_file_says_every_phrase_without_error(language):
    phrases = phrases_for(language, None)
    for key, phrase in ENGLISH_PHRASES.items():
        values = {name: "x" for name in _placeholders(phrase) - {"count"}}
        for count in (1, 2, 5, 22):
            assert phrases.say(key, count=count, **values).strip()


def test_czech_and_polish_plurals_follow_their_rules():
    assert [plural_category(CZECH_PLURAL, n) for n in (1, 2, 4, 5, 11, 22)] == ["one", "few", "few", "other", "other", "other"]
    assert [plural_category(POLISH_PLURAL, n) for n in (1, 3, 12, 22, 25, 104)] == ["one", "few", "other", "few", "other", "few"]
    czech = phrases_for("cs", "cs-CZ")
    pieces = [czech.say("openings", count=n, scope="(x)") for n in (1, 3, 5)]
    assert pieces == ["Tady je 1 šperk (x):", "Tady jsou 3 šperky (x):", "Tady je 5 šperků (x):"]


def test_prices_are_written_as_each_language_writes_them():
    assert format_price(20000, "CZK") == "Kč20,000"  # English, as before
    assert format_price(1250, "USD") == "$1,250" and format_price(1250.5, "USD") == "$1,250.50"
    assert format_price(20000, "CZK", phrases_for("cs", "cs-CZ")) == "20 000 Kč"
    assert format_price(1290.5, "CZK", phrases_for("cs", "cs-CZ")) == "1 290,50 Kč"
    assert format_price(89900, "HUF", phrases_for("hu", "hu-HU")) == "89 900 Ft"
    assert format_price(1250, "EUR", phrases_for("pt", "pt-PT")) == "1250 €"
    assert format_price(12500, "EUR", phrases_for("pt", "pt-PT")) == "12 500 €"
    assert format_price(1289.9, "BRL", phrases_for("pt", "pt-BR")) == "R$ 1.289,90"
    assert format_price(1095, "EUR", phrases_for("pt", "pt-BR")) == "1095 €"  # euros as Portugal writes them, not Brazil
    assert format_price(1250.5, "MXN", phrases_for("es", "es-MX")) == "MX$1,250.50"
    assert format_price(12500, "EUR", phrases_for("es", "es-MX")) == "12.500 €"
    assert [chip.label for chip in constraint_chips(Constraints(karats=[19.2]), "EUR", phrases_for("pt", "pt-PT"))] == ["19,2k"]


def test_a_missing_phrase_falls_back_to_english_and_is_noted(monkeypatch):
    czech = phrases_for("cs", "cs-CZ")
    own = dict(czech.native)
    monkeypatch.setattr(Phrases, "native", property(lambda self: {**own, "phrases": {k: v for k, v in own["phrases"].items() if k != "thanks"}}))
    assert czech.say("thanks") == ENGLISH_PHRASES["thanks"]
    assert czech.say("greeting").startswith("Dobrý den")
    assert czech.fell_back == ["thanks"]


def test_replies_that_are_not_searches_are_in_the_language_too():
    from assistant.config import ShopConfig
    from assistant.intents import handoff_answer, small_talk_answer

    czech = phrases_for("cs", "cs-CZ")
    assert small_talk_answer("greeting", czech).startswith("Dobrý den!")
    answer, link = handoff_answer(ShopConfig(name="Zlatnictví Nová", contact_email="info@nova.example"), czech)
    assert answer == "S někým z obchodu Zlatnictví Nová se spojíte na adrese info@nova.example. Rádi vám pomohou."
    assert link == "mailto:info@nova.example"


def test_a_language_without_a_phrase_file_is_answered_in_english():
    assert phrases_for("xx").language == BASE_LANGUAGE


@pytest.mark.parametrize(("text", "catalog", "expected"), [
    ("prsten z bílého zlata do 20 000 Kč", "cs-CZ", "cs"),
    ("white gold ring under 20000 Kč", "cs-CZ", "en"),
    ("do you have silver earrings?", "cs-CZ", "en"),
    ("náušnice se zirkonem", None, "cs"),  # the shopper's language, whatever the catalog's
    ("20000", "cs-CZ", "cs"),  # no word of any language: the catalog's
    ("20000", None, "en"),
    ("aranygyűrű 50 000 Ft alatt", "hu-HU", "hu"),
    ("anel de ouro branco até 500 euros", "pt-PT", "pt"),
])  # fmt: skip
def test_the_answer_is_in_the_shopper_s_language_else_the_catalog_s_else_english(text, catalog, expected):
    assert answer_language(text, catalog)[0] == expected


def test_an_english_plural_another_language_also_writes_is_english():
    from assistant.answer_language import message_language

    assert message_language("bracelets") == {"en": 1}  # French writes "bracelets" too


def test_a_fixed_answer_language_wins():
    assert answer_language("white gold ring", "cs-CZ", "cs") == ("cs", "cs-CZ")
    assert answer_language("prsten", "cs-CZ", "pt-BR") == ("pt", "pt-BR")


def _item(**fields) -> Item:
    return Item(**{"currency": "CZK", "category": "ring", "metal": "white gold", "gemstone": "none", **fields})


def test_kinds_metals_and_stones_are_named_with_the_pack_s_words():
    czech = phrases_for("cs", "cs-CZ")
    constraints = Constraints(price_max=20000, categories=["earrings"], metals=["white gold"], exclude_gemstones=["diamond"])
    assert describe_constraints(constraints, "CZK", czech) == ["do 20 000 Kč", "náušnice", "bílé zlato", "bez: diamant"]
    assert [chip.label for chip in constraint_chips(Constraints(in_stock_only=True, ring_size=52), "CZK", czech)] == ["velikost 52", "skladem"]
    item = _item(id="a", title="Prsten Luna", price=12900, karat=14, gemstone="cubic zirconia", gemstone_color="white")
    answer = write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=20000), "CZK", used_photo=False, phrases=czech)
    assert "1. Prsten Luna — 12 900 Kč (bílé zlato 14 kt, zirkon)" in answer.splitlines()


def test_nothing_found_in_czech_names_what_was_asked():
    czech = phrases_for("cs", "cs-CZ")
    answer = write_answer([], Constraints(price_max=500, metals=["platinum"]), "CZK", used_photo=False, phrases=czech)
    assert answer.startswith("V nabídce není nic, co by splňovalo: do 500 Kč, platina.")
    assert czech.fell_back == []


CZECH_SHOP = [
    {"id": "CZ1", "title": "Prsten z bílého zlata 585 se zirkonem", "description": "Jemný prsten z bílého zlata.", "price": 12900},
    {"id": "CZ2", "title": "Prsten ze žlutého zlata 585", "description": "Hladký prsten ze žlutého zlata.", "price": 8490},
    {"id": "CZ3", "title": "Prsten z bílého zlata 585 s granátem", "description": "Prsten s českým granátem.", "price": 15900},
    {"id": "CZ4", "title": "Zásnubní prsten z bílého zlata s briliantem", "description": "Zásnubní prsten.", "price": 34900},
    {"id": "CZ5", "title": "Náušnice ze stříbra 925", "description": "Stříbrné náušnice pecky.", "price": 990},
    {"id": "CZ6", "title": "Přívěsek z růžového zlata", "description": "Přívěsek bez řetízku.", "price": 5490},
]


@pytest.fixture(scope="module")
def czech_shop(tmp_path_factory):
    from assistant.assistant import Assistant
    from assistant.config import Settings

    folder = tmp_path_factory.mktemp("czech-shop")
    catalog = folder / "catalog.jsonl"
    catalog.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in CZECH_SHOP) + "\n", encoding="utf-8")
    assistant = Assistant.from_settings(Settings(data_dir=folder / "data", currency="CZK", torch_threads=2, llm={"backend": "template"}))
    assistant.ingest(catalog, progress=False)
    return assistant


@pytest.mark.integration
def test_a_czech_shop_answers_a_czech_shopper_in_czech(czech_shop):
    from assistant.conversation import Session

    assert czech_shop.settings.lexicon.catalog_locale == "cs-CZ"
    session = Session()
    reply = czech_shop.turn(text="prsten z bílého zlata do 20 000 Kč", session=session)
    assert reply.language == "cs" and reply.english_phrases == []
    assert {result.id for result in reply.results} == {"CZ1", "CZ3"}
    opening, *lines, closing = reply.answer.splitlines()
    assert opening.startswith("Tady jsou 2 šperky") or opening.startswith("Mám pro vás 2 šperky") or opening.startswith("Tomu, co hledáte, odpovídají 2 šperky")
    assert "do 20 000 Kč" in opening and "bílé zlato" in opening
    assert any("12 900 Kč" in line for line in lines)
    assert "do 20 000 Kč" in czech_shop.filters(session)
    gold = czech_shop.turn(text="něco ze zlata", session=Session())
    assert {result.id for result in gold.results} == {"CZ1", "CZ2", "CZ3", "CZ4", "CZ6"}
    assert "5 šperků" in gold.answer.splitlines()[0]


@pytest.mark.integration
def test_an_english_shopper_in_the_czech_shop_is_answered_in_english(czech_shop):
    from assistant.conversation import Session

    reply = czech_shop.turn(text="white gold ring under 20000 Kč", session=Session())
    assert reply.language == "en"
    assert {result.id for result in reply.results} == {"CZ1", "CZ3"}
    assert reply.answer.splitlines()[0].split(" ")[:3] in (["Here", "are", "2"], ["I", "found", "2"], ["These", "2", "pieces"])
    assert "under Kč20,000" in reply.answer


def test_the_answer_language_setting_is_auto_or_a_language_with_phrases():
    from pydantic import ValidationError

    from assistant.config import ShopConfig

    assert ShopConfig().answer_language == "auto"
    assert ShopConfig(answer_language="pt-BR").answer_language == "pt-BR"
    with pytest.raises(ValidationError, match="no answers in 'xx'"):
        ShopConfig(answer_language="xx")
