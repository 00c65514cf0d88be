"""Numbers said in words in the cases a language declines them (Russian "до двадцати тысяч", Ukrainian
"до п'ятисот гривень"), several in a row as one number joined by a pack's word (Bulgarian "триста и
петдесет"), and a bare fineness mark read as a karat only where the words mark it as one ("золото 750",
"750 пробы"), an amount where they mark it as money ("до 750", "750 евро")."""

import pytest

from assistant.understanding import understand
from assistant.understanding.numbers import locale_number_words, spell_out_numbers
from retrieval.folding import folded
from retrieval.lexicon import load_lexicon


def _said(text: str, currency: str = "RUB"):
    return understand(text, currency).constraints


@pytest.mark.parametrize("said, digits", [
    ("до двадцати тысяч", "до 20 тысяч"), ("до пятисот тысяч тенге", "до 500 тысяч тенге"),
    ("не дороже трёхсот", "не дороже 300"), ("до полутора тысяч", "до 1.5 тысяч"),
    ("в пределах двухсот пятидесяти тысяч", "в пределах 250 тысяч"), ("до двух тысяч пятисот", "до 2500"),
    ("до четырёхсот тысячам", "до 400 тысячам"), ("около миллиона", "около миллиона"),
    ("триста и петдесет евро", "350 евро"), ("хиляда и петстотин евро", "1500 евро"),
    ("две хиляди и петстотин лева", "2500 лева"), ("петстотин осемдесет и пет", "585"),
    ("до двадцяти тисяч", "до 20 тисяч"), ("до п'ятисот гривень", "до 500 гривень"),
])  # fmt: skip
def test_number_words_in_any_case_become_digits(said, digits):
    assert locale_number_words(folded(said), load_lexicon()) == folded(digits)


@pytest.mark.parametrize("said", ["кольцо и серьги", "два три кольца", "и петдесет"])
def test_words_that_say_no_one_number_stay_words(said):
    """A join is read only between two number words, and "два три" (two three) is no number."""
    assert locale_number_words(folded(said), load_lexicon()) == folded(said)


def test_english_join_is_the_packs_data():
    assert spell_out_numbers("under three hundred and fifty euros") == "under 350 euros"


@pytest.mark.parametrize("said, price_max", [
    ("кольцо до двадцати тысяч", 20000), ("серьги до пятисот тысяч", 500000), ("кольцо не дороже трёхсот", 300),
    ("кольцо не дороже трехсот рублей", 300), ("браслет до полутора тысяч", 1500),
    ("кольцо в пределах двухсот пятидесяти тысяч", 250000), ("до четырёх тысяч серьги", 4000),
])  # fmt: skip
def test_russian_oblique_budgets(said, price_max):
    assert _said(said).price_max == price_max


@pytest.mark.parametrize("said, price_max", [
    ("пръстен до триста и петдесет евро", 350), ("пръстен до хиляда и петстотин евро", 1500),
    ("пръстен до две хиляди и петстотин евро", 2500),
])  # fmt: skip
def test_bulgarian_numbers_joined_with_i(said, price_max):
    assert _said(said, "EUR").price_max == price_max


def test_bulgarian_stamp_in_words_is_a_karat():
    assert _said("синджир злато петстотин осемдесет и пет", "EUR").karats == [14]


def test_bulgarian_number_with_short_i_is_read():
    """A request is read with "й" as "и": "осемнайсет карата" is 18 karat."""
    assert _said("синджир бяло злато осемнайсет карата", "EUR").karats == [18]


@pytest.mark.parametrize("said, karat", [
    ("золото 750 пробы", 18), ("кольцо золото 750", 18), ("кольцо 750 золото", 18), ("ոսկի 750", 18),
    ("zlato 585", 14), ("prsten 585 proba", 14), ("ring 750 hallmark", 18), ("fineness 585 ring", 14),
    ("кольцо из белого золота семьсот пятидесятой пробы", 18), ("кольцо пятьсот восемьдесят пятой пробы", 14),
])  # fmt: skip
def test_fineness_mark_beside_a_metal_or_fineness_word_is_a_karat(said, karat):
    assert _said(said, "EUR").karats == [karat]


@pytest.mark.parametrize("said, price_min, price_max", [
    ("кольцо до 750", None, 750), ("gold ring under 750", None, 750), ("кольцо золото до 750", None, 750),
])  # fmt: skip
def test_fineness_number_with_a_price_word_stays_a_budget(said, price_min, price_max):
    constraints = _said(said, "EUR")
    assert (constraints.karats, constraints.price_min, constraints.price_max) == ([], price_min, price_max)


@pytest.mark.parametrize("said", ["кольцо золото 750 евро", "gold 750 euro", "золото 750 €"])
def test_fineness_number_with_a_currency_after_stays_a_price(said):
    constraints = _said(said, "EUR")
    assert constraints.karats == [] and constraints.price_max is not None


def test_silver_mark_stays_silver():
    assert _said("серьги 925", "EUR").metals == ["sterling silver"]
