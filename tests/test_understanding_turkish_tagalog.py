"""The Turkish and Tagalog / Taglish request packs (locales/tr-TR.requests.toml, fil-PH.requests.toml)
read by understanding, and the reading habits found with them: Turkish dotless ı, the endings Turkish
puts on a noun ("yüzüğü", "taşsız", "TL'nin"), a price word said after the amount ("50 bin altı",
"civarı"), "bin" and "libo" for a thousand, "1.250,50", and a word that names several kinds at once
("kolye", "kwintas"). The wording of these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from assistant.understanding.endings import endings_of, split_word
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]


def read(text: str, currency: str = "TRY"):
    return understand(text, currency).constraints


def test_both_packs_are_loaded_by_default():
    assert {"tr-TR", "fil-PH"} <= set(DEFAULT_LOCALES)
    lexicon = load_lexicon()
    assert lexicon.value_of("category", "alyans") == "wedding band"
    assert lexicon.value_of("category", "hikaw") == "earrings"


def test_dotless_i_is_read_as_i():
    assert read("ALTIN KÜPE").metals == GOLDS  # capital I of a Turkish keyboard
    assert read("altın küpe").metals == GOLDS
    assert read("İNCİ KOLYE UCU").gemstones == ["pearl"]


@pytest.mark.parametrize("said, kinds", [
    ("bir tektaş", ["engagement ring"]), ("alyans çifti", ["wedding band"]), ("küpeler", ["earrings"]), ("kolye ucu", ["pendant"]),
    ("burma bilezik", ["bangle"]), ("bileklik", ["bracelet"]), ("halhal", ["anklet"]), ("broşlar", ["brooch"]),
    ("yüzüğü", RINGS), ("bilekliği", ["bracelet"]), ("bir kwintas", ["necklace", "chain"]), ("singsing", RINGS),
    ("palawit", ["pendant"]), ("medalya", ["pendant"]),
])  # fmt: skip
def test_kinds_of_piece(said, kinds):
    assert read(said).categories == kinds


def test_kolye_is_any_piece_at_the_neck_but_kolye_ucu_a_pendant():
    assert read("altın kolye").categories == ["necklace", "pendant"]  # the demo shop lists no chokers apart
    assert read("altın kolye ucu").categories == ["pendant"]


@pytest.mark.parametrize("said, metals", [
    ("beyaz altın yüzük", ["white gold"]), ("sarı altın küpe", ["yellow gold"]), ("rose altın kolye ucu", ["rose gold"]),
    ("gümüş bileklik", ["sterling silver"]), ("platin alyans", ["platinum"]), ("altın kaplama küpe", ["gold plated silver"]),
    ("saudi gold bracelet", ["yellow gold"]), ("hikaw na ginto", GOLDS), ("pawnable na bangle", GOLDS), ("pilak na singsing", ["sterling silver"]),
])  # fmt: skip
def test_metals(said, metals):
    assert read(said).metals == metals


def test_ayar_is_a_gold_purity_and_a_coin_says_its_own():
    constraints = read("14 ayar altın zincir")
    assert constraints.karats == [14] and constraints.metals == GOLDS
    assert read("çeyrek altın kolye ucu").karats == [22]


@pytest.mark.parametrize("said, stones", [
    ("pırlanta küpe", ["diamond"]), ("pırlantalı yüzük", ["diamond"]), ("zümrütlü kolye ucu", ["emerald"]), ("yakut yüzük", ["ruby"]),
    ("inci küpe", ["pearl"]), ("pırlanta model yüzük", ["cubic zirconia"]), ("perlas na hikaw", ["pearl"]),
])  # fmt: skip
def test_stones(said, stones):
    assert read(said).gemstones == stones


def test_an_ending_that_refuses_and_a_word_said_after():
    assert read("taşsız alyans").gemstones == ["none"]
    assert read("pırlantasız tektaş").exclude_gemstones == ["diamond"]
    assert read("inci olmayan kolye").exclude_gemstones == ["pearl"]
    assert read("walang perlas na hikaw", "PHP").exclude_gemstones == ["pearl"]


@pytest.mark.parametrize("said, low, high", [
    ("küpe 15 bin altı", None, 15000), ("yüzük 5.000 TL'nin altında", None, 5000), ("tektaş 100 bin TL üstü", 100000, None),
    ("zincir 50 bin civarı", 40000, 60000), ("bilezik 20 bine kadar", None, 20000), ("kolye 1.250,50 TL altı", None, 1250.5),
    ("kolye 2 bin liranın altında", None, 2000),
])  # fmt: skip
def test_turkish_prices(said, low, high):
    constraints = read(said)
    assert (constraints.price_min, constraints.price_max) == (low, high)


@pytest.mark.parametrize("said, low, high", [
    ("hikaw hanggang 5k", None, 5000), ("singsing mga 20 libo", 16000, 24000), ("bracelet lagpas 30k", 30000, None),
])  # fmt: skip
def test_tagalog_prices(said, low, high):
    constraints = read(said, "PHP")
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_endings_are_read_off_only_to_a_known_stem():
    endings = endings_of(load_lexicon())
    stems = frozenset({"yuzuk", "kupe", "zumrut", "gold"})
    assert split_word("yuzugu", stems, endings) == ("yuzuk", "u")  # a softened last letter
    assert split_word("kupeleri", stems, endings) == ("kupe", "leri")
    assert split_word("zumrutlusu", stems, endings) == ("zumrut", "lusu")
    assert split_word("golden", stems, endings) is None  # "-en" is no ending
    assert split_word("kalem", stems, endings) is None


def test_english_requests_read_as_before():
    constraints = read("a gold ring under $500", "USD")
    assert constraints.categories == RINGS and constraints.metals == GOLDS and constraints.price_max == 500


def test_the_stems_endings_are_read_off_are_built_once_per_phrase_table(monkeypatch):
    from assistant.understanding import endings
    from assistant.understanding.phrases import phrase_table

    built = []
    real = endings._stems
    monkeypatch.setattr(endings, "_stems", lambda table: built.append(table) or real(table))
    monkeypatch.setattr(endings, "_STEMS", {})
    table = phrase_table()
    for word in ("yüzüğü", "küpeleri"):
        endings.read_endings([word], table, set())
    assert len(built) == 1


def test_a_possessive_apostrophe_is_no_ending():
    """ "my kids' birthstones": the kids own the stones, they are not who the piece is for."""
    assert understand("something with my kids' birthstones, march and june", "USD").preferences.recipients == []
