"""Answers in Romanian, Swahili, Swedish and Indonesian (assistant/phrases/{ro,sw,sv,id}.toml): their
plurals and prices, the names the files pick from their packs, small shops answered in each
language, and the understanding's notes in the answer's language ("размер 17" in Russian)."""

import re

import pytest

from assistant.answer_language import answer_language
from assistant.answer import format_price
from assistant.phrasing import ENGLISH, Note, phrases_for
from tests.test_answer_language_shops import _shop

ROMANIAN_SHOP = [
    {"id": "RO1", "title": "Inel din aur alb 14K cu diamant", "description": "Inel de logodnă din aur alb, cu un diamant.", "price": 2450},
    {"id": "RO2", "title": "Inel din aur galben 14K", "description": "Inel simplu din aur galben.", "price": 1250},
    {"id": "RO3", "title": "Inel din aur alb 14K cu safir", "description": "Inel din aur alb cu safir albastru.", "price": 2890.5},
    {"id": "RO4", "title": "Cercei din argint 925 cu perle", "description": "Cercei din argint rodiat cu perle de cultură.", "price": 189},
    {"id": "RO5", "title": "Colier din aur roz 14K", "description": "Colier fin din aur roz.", "price": 1640},
    {"id": "RO6", "title": "Pandantiv din argint 925 cu zirconiu", "description": "Pandantiv din argint cu zirconiu.", "price": 129},
]
SWAHILI_SHOP = [
    {"id": "SW1", "title": "Pete ya dhahabu nyeupe yenye almasi", "description": "Pete ya uchumba ya dhahabu nyeupe yenye almasi.", "price": 48500},
    {"id": "SW2", "title": "Pete ya dhahabu ya njano", "description": "Pete laini ya dhahabu ya njano.", "price": 21500},
    {"id": "SW3", "title": "Pete ya fedha halisi", "description": "Pete ya fedha ya 925.", "price": 3500},
    {"id": "SW4", "title": "Hereni za fedha zenye lulu", "description": "Hereni za fedha halisi zenye lulu.", "price": 2800},
    {"id": "SW5", "title": "Mkufu wa dhahabu", "description": "Mkufu mwembamba wa dhahabu.", "price": 36000},
    {"id": "SW6", "title": "Bangili ya shanga za Kimaasai", "description": "Bangili ya mkono yenye shanga.", "price": 1200},
]
SWEDISH_SHOP = [
    {"id": "SV1", "title": "Ring i vitguld 18K med diamant", "description": "Förlovningsring i vitguld med en diamant.", "price": 12500},
    {"id": "SV2", "title": "Ring i gult guld 18K", "description": "Slät ring i gult guld.", "price": 6900},
    {"id": "SV3", "title": "Örhängen i sterlingsilver med pärlor", "description": "Örhängen i äkta silver med odlade pärlor.", "price": 895},
    {"id": "SV4", "title": "Halsband i rödguld 18K", "description": "Tunt halsband i rödguld.", "price": 4250},
]
SWEDISH_POLICIES = """# Frakt och leverans

Vi skickar med PostNord inom 1–3 arbetsdagar. Fri frakt över 500 kr.

# Returer

Du har 30 dagars öppet köp på oanvända smycken.
"""
RUSSIAN_SHOP = [
    {"id": "RU1", "title": "Кольцо из серебра 925", "description": "Серебряное кольцо.", "price": 2990},
    {"id": "RU2", "title": "Кольцо из белого золота 585", "description": "Гладкое кольцо из белого золота.", "price": 21500},
    {"id": "RU3", "title": "Серьги из серебра 925 с фианитами", "description": "Серебряные серьги пусеты.", "price": 3490},
]


def test_romanian_counts_say_de_from_twenty():
    romanian = phrases_for("ro", "ro-RO")
    said = {n: romanian.say("openings", count=n, scope="(x)") for n in (1, 3, 19, 20, 101, 120)}
    assert said == {1: "Iată o bijuterie (x):", 3: "Iată 3 bijuterii (x):", 19: "Iată 19 bijuterii (x):", 20: "Iată 20 de bijuterii (x):",
                    101: "Iată 101 bijuterii (x):", 120: "Iată 120 de bijuterii (x):"}  # fmt: skip


def test_swahili_and_swedish_counts():
    swahili, swedish = phrases_for("sw", "sw-KE"), phrases_for("sv", "sv-SE")
    assert [swahili.say("openings", count=n, pick=1, scope="(x)") for n in (1, 4)] == ["Hii hapa bidhaa moja (x):", "Hizi hapa bidhaa 4 (x):"]
    assert [swedish.say("openings", count=n, scope="(x)") for n in (1, 4)] == ["Här är 1 smycke (x):", "Här är 4 smycken (x):"]
    assert phrases_for("id", "id-ID").say("openings", count=4, scope="(x)") == "Berikut 4 perhiasan (x):"


def test_prices_as_romania_kenya_sweden_and_indonesia_write_them():
    assert format_price(1250, "RON", phrases_for("ro", "ro-RO")) == "1.250 lei"
    assert format_price(2890.5, "RON", phrases_for("ro", "ro-RO")) == "2.890,50 lei"
    assert format_price(48500, "KES", phrases_for("sw", "sw-KE")) == "KSh 48,500"
    assert format_price(12500, "SEK", phrases_for("sv", "sv-SE")) == "12 500 kr"
    assert format_price(1250000, "IDR", phrases_for("id", "id-ID")) == "Rp 1.250.000"
    assert format_price(1250, "RON") == "lei1,250"  # English, as before


def test_the_names_said_are_the_packs_everyday_ones():
    indonesian = phrases_for("id", "id-ID")
    assert [indonesian.name("categories", kind) for kind in ("ring", "necklace", "earrings")] == ["cincin", "kalung", "anting"]
    assert indonesian.metal("gold", 24) == "emas 24K" and indonesian.name("stones", "diamond") == "berlian"
    assert phrases_for("sw", "sw-KE").name("metals", "sterling silver") == "fedha halisi"  # not "fedha 925", a standard
    assert phrases_for("ro", "ro-RO").name("metals", "white gold") == "aur alb"


def test_an_indonesian_shopper_in_a_shop_read_as_malay_is_answered_in_indonesian():
    assert answer_language("ada anting berlian?", "ms-MY") == ("id", "id-ID")
    assert answer_language("white gold ring", "ms-MY") == ("en", None)


def test_words_english_shares_with_the_catalog_s_language_are_its_in_a_message_written_in_it():
    assert answer_language("Jag söker en ring i vitguld under 15 000 kr", "sv-SE") == ("sv", "sv-SE")
    assert answer_language("white gold ring under 15000 kr", "sv-SE") == ("en", None)
    assert answer_language("white gold ring under 20000 Kč", "cs-CZ") == ("en", None)  # one word of Czech, the price's
    assert answer_language("Hur lång är leveranstiden?", "sv-SE") == ("sv", "sv-SE")


def test_a_note_is_said_in_the_answer_s_language_and_in_english_as_before():
    from assistant.understanding import understand

    notes = understand("кольцо размер 17").notes
    assert notes == ["размер 17 is about US size 6.5"] and isinstance(notes[0], Note)
    assert phrases_for("ru", "ru-RU").note(notes[0]) == "размер 17 — это примерно размер 6,5 по американской шкале"
    assert ENGLISH.note(notes[0]) == "размер 17 is about US size 6.5"
    assert ENGLISH.say(notes[0].key, said="размер 17", size="6.5") == notes[0]  # en.toml's phrase is the note's English
    converted = Note("€100 ≈ 2,512.30 Kč at the configured rate", "note_rate", amount=(100, "EUR"), converted=(2512.3, "CZK"))
    assert phrases_for("cs", "cs-CZ").note(converted) == "100 € ≈ 2 512 Kč podle nastaveného kurzu"
    assert phrases_for("hu", "hu-HU").note(notes[0]) == "размер 17: amerikai méret szerint kb. 6,5"
    plain = phrases_for("hu", "hu-HU")
    assert plain.note("a plain note") == "a plain note" and plain.fell_back == []


def test_a_note_a_language_lacks_is_said_in_english_and_noted(monkeypatch):
    from assistant.phrasing import Phrases
    from assistant.understanding import understand

    note = understand("кольцо размер 17").notes[0]
    monkeypatch.setattr(Phrases, "native", property(lambda self: {"phrases": {}}))
    russian = phrases_for("ru", "ru-RU")
    assert russian.note(note) == "размер 17 is about US size 6.5" and russian.fell_back == ["note_size"]


def test_the_page_s_progress_line_and_save_button_are_in_the_conversation_s_language():
    from assistant.answer_language import turn_language
    from assistant.conversation import Session
    from ui.replies import SEARCHING, save_label

    language, locale = turn_language("Jag letar efter en ring i vitguld", "sv-SE", "auto", Session())
    assert phrases_for(language, locale).say("progress_searching") == "🔎 Söker i sortimentet…"
    romanian = Session(language="ro", language_locale="ro-RO", language_set=True)
    assert turn_language("750/1000", "sv-SE", "auto", romanian) == ("ro", "ro-RO")  # words of no language keep the conversation's
    assert save_label(True, phrases_for("sv")) == "♥ Sparad — ta bort från önskelistan"
    assert save_label(False) == "♡ Save to wishlist" and SEARCHING == "🔎 Searching the catalog…"  # English as before


@pytest.mark.integration
def test_a_romanian_shop_answers_in_romanian(tmp_path_factory):
    from assistant.conversation import Session

    shop = _shop(tmp_path_factory, "romanian-shop", ROMANIAN_SHOP, "RON")
    assert shop.settings.lexicon.catalog_locale == "ro-RO"
    reply = shop.turn(text="Caut un inel din aur alb până la 3000 lei", session=Session())
    assert reply.language == "ro" and reply.english_phrases == []
    assert {result.id for result in reply.results} == {"RO1", "RO3"}
    opening = reply.answer.splitlines()[0]
    assert "2 bijuterii" in opening and "până la 3.000 lei" in opening and "aur alb" in opening
    assert "2.450 lei" in reply.answer and "2.890,50 lei" in reply.answer


@pytest.mark.integration
def test_a_swahili_shop_answers_in_swahili(tmp_path_factory):
    from assistant.conversation import Session

    shop = _shop(tmp_path_factory, "swahili-shop", SWAHILI_SHOP, "KES")
    assert shop.settings.lexicon.catalog_locale == "sw-KE"
    reply = shop.turn(text="Natafuta pete ya dhahabu chini ya KSh 50,000", session=Session())
    assert reply.language == "sw" and reply.english_phrases == []
    assert {result.id for result in reply.results} == {"SW1", "SW2"}
    opening = reply.answer.splitlines()[0]
    assert "bidhaa 2" in opening.lower() and "chini ya KSh 50,000" in opening
    assert "KSh 48,500" in reply.answer and "KSh 21,500" in reply.answer
    greeting = shop.turn(text="Habari!", session=Session())
    assert greeting.language == "sw" and greeting.answer.startswith("Habari! Karibu.")


@pytest.mark.integration
def test_a_swedish_greeting_and_policy_question_are_answered_in_swedish(tmp_path_factory):
    from assistant.conversation import Session

    policies = tmp_path_factory.mktemp("swedish-policies") / "policies.md"
    policies.write_text(SWEDISH_POLICIES, encoding="utf-8")
    shop = _shop(tmp_path_factory, "swedish-shop", SWEDISH_SHOP, "SEK", name="Guldsmedjan", policies_file=str(policies), policy_min_similarity=-1.0)
    greeting = shop.turn(text="Hej!", session=Session())
    assert greeting.intent == "small_talk" and greeting.language == "sv" and greeting.answer.startswith("Hej! Jag kan hjälpa dig")
    policy = shop.turn(text="Hur lång är leveranstiden?", session=Session())
    assert policy.intent == "policy" and policy.language == "sv"
    assert policy.answer.startswith("Ur villkoren från Guldsmedjan (frakt och leverans): ”Vi skickar") and "PostNord" in policy.answer
    search = shop.turn(text="Jag söker en ring i vitguld under 15 000 kr", session=Session())
    assert search.language == "sv" and search.english_phrases == [] and "12 500 kr" in search.answer


@pytest.mark.integration
def test_a_russian_size_is_noted_in_russian(tmp_path_factory):
    from assistant.conversation import Session

    shop = _shop(tmp_path_factory, "russian-sizes", RUSSIAN_SHOP, "RUB")
    reply = shop.turn(text="серебряное кольцо размер 17", session=Session())
    assert reply.language == "ru" and reply.english_phrases == []
    assert reply.answer.startswith("Размер 17 — это примерно размер 6,5 по американской шкале.")
    assert not re.search(r"\bUS size\b", reply.answer)
