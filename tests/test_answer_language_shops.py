"""Answers in more shoppers' languages: French, Italian, Dutch, Turkish and Russian phrases (their
plurals and prices), the pack names a phrase file picks, the conversation's words recognised in
each language (greetings, thanks, policy questions: [triggers]), the page's lines in the answer's
language, and a French and a Russian shop answered in their language."""

import json
import re
import tomllib

import pytest

from assistant.answer import describe_constraints
from assistant.intents import HANDOFF, POLICY, SMALL_TALK, message_kind
from assistant.phrasing import PHRASE_DIR, available_languages, phrases_for, plural_category
from retrieval.constraints import Constraints

RUSSIAN_PLURAL = tomllib.loads((PHRASE_DIR / "ru.toml").read_text(encoding="utf-8"))["plural"]


def test_russian_plurals_are_one_few_many():
    numbers = (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112)
    expected = ["one", "few", "few", "many", "many", "many", "many", "one", "few", "many", "one", "many", "many"]
    assert [plural_category(RUSSIAN_PLURAL, n) for n in numbers] == expected
    russian = phrases_for("ru", "ru-RU")
    assert [russian.say("openings", count=n, scope="(x)") for n in (1, 3, 5, 21)] == [
        "Вот 1 украшение (x):", "Вот 3 украшения (x):", "Вот 5 украшений (x):", "Вот 21 украшение (x):",
    ]  # fmt: skip


def test_french_says_the_singular_for_one_and_the_plural_after():
    french = phrases_for("fr", "fr-FR")
    assert [french.say("openings", pick=1, count=n, scope="(x)") for n in (1, 2)] == ["J'ai trouvé 1 bijou (x)\u00a0:", "J'ai trouvé 2 bijoux (x)\u00a0:"]


@pytest.mark.parametrize(
    ("language", "locale", "currency", "written"),
    [
        ("fr", "fr-FR", "EUR", ["1 250 €", "12 500,50 €", "890 €"]),
        ("it", "it-IT", "EUR", ["1.250 €", "12.500,50 €", "890 €"]),
        ("nl", "nl-NL", "EUR", ["€ 1.250", "€ 12.500,50", "€ 890"]),
        ("tr", "tr-TR", "TRY", ["₺1.250", "₺12.500,50", "₺890"]),
        ("ru", "ru-RU", "RUB", ["1 250 ₽", "12 500,50 ₽", "890 ₽"]),
    ],
)
def test_prices_are_written_as_each_country_writes_them(language, locale, currency, written):
    phrases = phrases_for(language, locale)
    assert [phrases.price(amount, currency) for amount in (1250, 12500.5, 890)] == written


def test_kinds_metals_and_stones_are_the_pack_s_words_in_each_language():
    constraints = Constraints(price_max=2000, categories=["earrings"], metals=["white gold"], gemstones=["sapphire"])
    assert describe_constraints(constraints, "EUR", phrases_for("fr", "fr-FR")) == ["moins de 2 000 €", "boucles d'oreilles", "or blanc", "saphir"]
    assert describe_constraints(constraints, "EUR", phrases_for("it", "it-IT")) == ["fino a 2.000 €", "orecchini", "oro bianco", "zaffiro"]
    assert describe_constraints(constraints, "EUR", phrases_for("nl", "nl-NL")) == ["tot € 2.000", "oorbellen", "witgoud", "saffier"]
    assert describe_constraints(constraints, "TRY", phrases_for("tr", "tr-TR")) == ["en fazla ₺2.000", "küpe", "beyaz altın", "safir"]
    assert describe_constraints(constraints, "RUB", phrases_for("ru", "ru-RU")) == ["до 2 000 ₽", "серьги", "белое золото", "сапфир"]
    assert phrases_for("fr", "fr-FR").metal("gold", 18) == "or massif 18 carats"


def _pack_names(locale: str, table: str, value: str) -> set[str]:
    pack = tomllib.loads((PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales" / f"{locale}.toml").read_text(encoding="utf-8"))
    return set(pack.get(table, {}).get(value, {}).get("names", ()))


@pytest.mark.parametrize("language", [language for language in available_languages() if language != "en"])
def test_a_name_a_phrase_file_picks_is_one_of_its_pack_s_names_or_the_word_english_shares(language):
    phrases = phrases_for(language)
    packs = phrases.name_packs() or [locale for locale in _locales() if locale.split("-")[0] == language][:1]
    if not packs:
        pytest.skip(f"{language} has no locale pack yet: its phrase file's [names] are its own")
    for table, chosen in phrases.native.get("names", {}).items():
        for value, name in chosen.items():
            assert name == value or any(name in _pack_names(locale, table, value) for locale in packs), f"{language}: {table}.{value} = {name!r}"


def _locales() -> list[str]:
    folder = PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales"
    return sorted(path.name.split(".")[0] for path in folder.glob("*-*.toml"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dobrý den", (SMALL_TALK, "greeting")),
        ("Děkuji!", (SMALL_TALK, "thanks")),
        ("Jaké máte podmínky pro vrácení zboží?", (POLICY, "returns")),
        ("Bonjour !", (SMALL_TALK, "greeting")),
        ("Quels sont vos délais de livraison ?", (POLICY, "shipping")),
        ("Je voudrais parler à quelqu'un", (HANDOFF, "")),
        ("Quanto costa la spedizione?", (POLICY, "shipping")),
        ("Kan ik mijn bestelling retourneren?", (POLICY, "returns")),
        ("İade koşullarınız nedir?", (POLICY, "returns")),
        ("Здравствуйте", (SMALL_TALK, "greeting")),
        ("Есть ли у вас скидки?", (POLICY, "discounts")),
        ("Wie lange dauert der Versand?", (POLICY, "shipping")),
    ],
)
def test_greetings_thanks_and_policy_questions_are_recognised_in_each_language(text, kind):
    assert message_kind(text, has_search_words=False) == kind


@pytest.mark.parametrize("text", ["what is an ideal gift?", "is there a promo?", "bones", "hello there", "a bague of pix"])
def test_english_messages_are_read_as_before(text):
    english_only = {"hello there": (SMALL_TALK, "greeting")}
    assert message_kind(text, has_search_words=False) == english_only.get(text)


def test_a_greeting_needs_to_open_the_message_and_a_search_is_no_small_talk():
    assert message_kind("je cherche une bague, bonjour", has_search_words=False) is None
    assert message_kind("Bonjour, une bague en or", has_search_words=True) is None


def test_the_page_s_lines_are_in_the_answer_s_language():
    from assistant.replies import EmptyQueryError, Reply
    from perception.errors import ImageError
    from ui.replies import error_message, status_line

    french = phrases_for("fr")
    assert error_message(EmptyQueryError("empty"), french).startswith("Dites-moi ce que vous cherchez")
    assert error_message(ImageError("the photo file is empty"), french) == "Désolé, je n'ai pas pu lire cette photo (the photo file is empty)."
    assert error_message(ImageError("the photo file is empty")) == "Sorry — I couldn't read that photo: the photo file is empty"
    reply = Reply(transcript=None, constraints={}, constraint_labels=[], results=[], answer="", intent="search", language="ru")
    assert "Ни одно украшение" in status_line(reply, photo_sent=False)


FRENCH_SHOP = [
    {"id": "FR1", "title": "Bague or blanc 18 carats et diamant", "description": "Solitaire en or blanc 750/1000 serti d'un diamant.", "price": 1250},
    {"id": "FR2", "title": "Bague en or jaune 18 carats", "description": "Anneau lisse en or jaune 750.", "price": 890},
    {"id": "FR3", "title": "Bague or blanc 18 carats saphir", "description": "Bague en or blanc sertie d'un saphir bleu.", "price": 1490},
    {"id": "FR4", "title": "Boucles d'oreilles argent 925 et perles", "description": "Boucles d'oreilles en argent massif.", "price": 89},
    {"id": "FR5", "title": "Collier or rose 18 carats", "description": "Collier fin en or rose.", "price": 640},
    {"id": "FR6", "title": "Pendentif argent 925 oxyde de zirconium", "description": "Pendentif en argent rhodié.", "price": 59},
]
FRENCH_POLICIES = """# Livraison

La livraison est offerte en France métropolitaine dès 100 € d'achat. Les colis partent sous 48 heures.

# Retours

Vous disposez de 30 jours pour retourner un bijou non porté, remboursé à réception.
"""
RUSSIAN_SHOP = [
    {"id": "RU1", "title": "Кольцо из белого золота 585 с бриллиантом", "description": "Помолвочное кольцо из белого золота.", "price": 45900},
    {"id": "RU2", "title": "Кольцо из желтого золота 585", "description": "Гладкое кольцо из желтого золота.", "price": 21500},
    {"id": "RU3", "title": "Кольцо из белого золота 585 с сапфиром", "description": "Кольцо с сапфиром.", "price": 38700},
    {"id": "RU4", "title": "Серьги из серебра 925 с фианитами", "description": "Серебряные серьги пусеты.", "price": 3490},
    {"id": "RU5", "title": "Кольцо из серебра 925", "description": "Серебряное кольцо.", "price": 2990},
    {"id": "RU6", "title": "Подвеска из розового золота 585", "description": "Подвеска без цепочки.", "price": 12300},
]
FRENCH_OPENINGS = ("Voici {n} {pieces} ", "J'ai trouvé {n} {pieces} ", "{n} {pieces} correspond")
RUSSIAN_PIECES = {"one": "украшение", "few": "украшения", "many": "украшений"}
RUSSIAN_OPENINGS = ("Вот {n} {pieces} ", "Нашлось {n} {pieces} ", "Вашему запросу соответству")


def _shop(tmp_path_factory, folder_name, rows, currency, **shop):
    from assistant.assistant import Assistant
    from assistant.config import Settings

    folder = tmp_path_factory.mktemp(folder_name)
    catalog = folder / "catalog.jsonl"
    catalog.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    settings = Settings(data_dir=folder / "data", currency=currency, torch_threads=2, llm={"backend": "template"}, shop=shop)
    assistant = Assistant.from_settings(settings)
    assistant.ingest(catalog, progress=False)
    return assistant


@pytest.fixture(scope="module")
def french_shop(tmp_path_factory):
    policies = tmp_path_factory.mktemp("french-policies") / "policies.md"
    policies.write_text(FRENCH_POLICIES, encoding="utf-8")
    return _shop(tmp_path_factory, "french-shop", FRENCH_SHOP, "EUR", name="Bijouterie Lumière", policies_file=str(policies), policy_min_similarity=-1.0)


@pytest.fixture(scope="module")
def russian_shop(tmp_path_factory):
    return _shop(tmp_path_factory, "russian-shop", RUSSIAN_SHOP, "RUB")


@pytest.mark.integration
def test_a_french_shop_answers_a_french_shopper_in_french(french_shop):
    from assistant.conversation import Session

    assert french_shop.settings.lexicon.catalog_locale == "fr-FR"
    reply = french_shop.turn(text="une bague en or blanc à moins de 2000 €", session=Session())
    assert reply.language == "fr" and reply.english_phrases == []
    assert {result.id for result in reply.results} == {"FR1", "FR3"}
    opening = reply.answer.splitlines()[0]
    assert "moins de 2 000 €" in opening and "or blanc" in opening
    assert "2 bijoux" in opening and "1 250 €" in reply.answer and "1 490 €" in reply.answer


@pytest.mark.integration
def test_a_french_policy_question_is_quoted_with_a_french_frame(french_shop):
    from assistant.conversation import Session

    reply = french_shop.turn(text="Quels sont vos délais de livraison ?", session=Session())
    assert reply.intent == "policy" and reply.language == "fr"
    assert reply.answer.startswith("Extrait des conditions de Bijouterie Lumière (livraison)") and "48 heures" in reply.answer


@pytest.mark.integration
def test_a_greeting_and_a_policy_question_in_czech_are_answered_in_czech(french_shop):
    from assistant.conversation import Session

    greeting = french_shop.turn(text="Dobrý den", session=Session())
    assert (greeting.intent, greeting.language) == ("small_talk", "cs")
    assert greeting.answer == phrases_for("cs").say("greeting") and greeting.english_phrases == []
    policy = french_shop.turn(text="Jaké máte podmínky pro vrácení zboží?", session=Session())
    assert (policy.intent, policy.language) == ("policy", "cs")
    assert policy.answer.startswith("Z pravidel obchodu Bijouterie Lumière (retours)") and "30 jours" in policy.answer


@pytest.mark.integration
def test_a_shopper_who_switches_to_french_is_answered_in_french_from_that_turn_on(french_shop):
    from assistant.conversation import Session

    session = Session()
    first = french_shop.turn(text="a white gold ring please", session=session)
    assert first.language == "en" and {result.id for result in first.results} == {"FR1", "FR3"}
    second = french_shop.turn(text="moins de 1400 euros s'il vous plaît", session=session)
    assert second.language == "fr" and second.english_phrases == [] and [result.id for result in second.results] == ["FR1"]
    assert {"moins de 1 400 €", "bague", "or blanc"} <= set(french_shop.filters(session))  # the chips left on screen, in French
    third = french_shop.turn(text="750/1000", session=session)  # words of no language keep the conversation's
    assert third.language == "fr" and third.english_phrases == []
    back = french_shop.turn(text="show me something in yellow gold instead", session=session)
    assert back.language == "en"


@pytest.mark.integration
def test_a_russian_shop_answers_in_russian_with_the_number_s_case(russian_shop):
    from assistant.conversation import Session

    assert russian_shop.settings.lexicon.catalog_locale == "ru-RU"
    for text, expected in (("кольцо из золота до 50 000 рублей", {"RU1", "RU2", "RU3"}), ("кольцо из белого золота", {"RU1", "RU3"})):
        reply = russian_shop.turn(text=text, session=Session())
        assert reply.language == "ru" and reply.english_phrases == []
        assert {result.id for result in reply.results} == expected
        n = len(reply.results)
        pieces = RUSSIAN_PIECES[plural_category(RUSSIAN_PLURAL, n)]
        opening = reply.answer.splitlines()[0]
        assert any(opening.startswith(form.format(n=n, pieces=pieces)) for form in RUSSIAN_OPENINGS), opening
        assert f"{n} {pieces}" in opening
        assert re.search(r"\b45 900 ₽|\b38 700 ₽", reply.answer)


def test_a_yes_to_did_i_hear_that_right_is_heard_in_each_language():
    from assistant.triggers import said_kind

    assert all(said_kind(text, "yes") for text in ("Oui", "Да, верно", "Evet", "Ano.", "Ja!", "Sì", "Tak"))
    assert not any(said_kind(text, "yes") for text in ("yes", "siempre", "bague oui"))


def test_words_a_catalog_names_its_pieces_with_are_not_english_there():
    from assistant.answer_language import answer_language

    assert answer_language("pendentif or rose", "fr-FR")[0] == "fr"  # "or", "rose": English words, and the French listings'
    assert answer_language("alliance or rose", "fr-FR")[0] == "fr"
    assert answer_language("white gold solitaire, max 1500€", "fr-FR")[0] == "en"
    assert answer_language("rose gold ring", "fr-FR")[0] == "en"
    assert answer_language("pendentif or rose", None)[0] == "en"  # an English catalog: as before
