import pytest

from assistant.conversation import Session
from assistant.understanding import understand
from retrieval.constraints import Constraints
from retrieval.vocabulary import GOLD_METALS, RING_CATEGORIES

CASES = [
    ("rose gold ring under $800", dict(price_max=800, categories=list(RING_CATEGORIES), metals=["rose gold"])),
    ("14k white gold engagement ring between 1000 and 3000",
     dict(price_min=1000, price_max=3000, categories=["engagement ring"], metals=["white gold"], karats=[14])),
    ("silver hoops less than $1.2k, no diamonds",
     dict(price_max=1200, categories=["earrings"], metals=["sterling silver"], exclude_gemstones=["diamond"])),
    ("anything but silver, a necklace around 500",
     dict(price_min=400, price_max=600, categories=["necklace", "pendant"], exclude_metals=["sterling silver"])),
    ("plain platinum band without stones", dict(categories=["wedding band"], metals=["platinum"], gemstones=["none"])),
    ("a bracelet no more than 2 grand", dict(price_max=2000, categories=["bracelet", "bangle"])),
    ("$300-$600 sapphire pendant", dict(price_min=300, price_max=600, categories=["pendant"], gemstones=["sapphire"])),
    ("gold but not rose gold", dict(metals=["yellow gold", "white gold"], exclude_metals=["rose gold"])),
    ("18 karat yellow gold bangle over 900 dollars",
     dict(price_min=900, categories=["bangle"], metals=["yellow gold"], karats=[18])),
    ("emerald studs under 50k", dict(price_max=50_000, categories=["earrings"], gemstones=["emerald"])),
    ("size 6-7 ruby ring", dict(categories=list(RING_CATEGORIES), gemstones=["ruby"])),
    ("find something like this", dict()),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CASES, ids=[case[0] for case in CASES])
def test_constraints_from_words(text, expected):
    assert understand(text).constraints == Constraints(**expected)


def test_gold_means_every_gold():
    assert understand("gold chain").constraints.metals == list(GOLD_METALS)


def test_content_words_tell_a_pure_photo_request_from_a_described_one():
    assert not understand("find something like this please").has_content_words
    assert understand("like this but vintage").has_content_words


def test_constraints_become_a_where_filter():
    where = understand("rose gold ring under $800, no diamonds").constraints.where()
    assert where == {
        "$and": [
            {"price": {"$lte": 800.0}},
            {"category": {"$in": list(RING_CATEGORIES)}},
            {"metal": {"$in": ["rose gold"]}},
            {"gemstone": {"$nin": ["diamond"]}},
        ]
    }
    assert Constraints().where() is None


def test_session_carries_constraints_and_new_words_replace_a_slot():
    session = Session()
    session.constraints = session.carry(understand("rose gold ring under $800").constraints)
    follow_up = session.carry(understand("in white gold instead, no diamonds").constraints)
    assert follow_up.metals == ["white gold"]
    assert follow_up.price_max == 800 and follow_up.categories == list(RING_CATEGORIES)
    assert follow_up.exclude_gemstones == ["diamond"]


def test_session_round_trips_through_json(tmp_path):
    session = Session(constraints=understand("pearl earrings under 300").constraints, shown=["A", "B"], turns=2)
    session.save(tmp_path / "s.json")
    assert Session.load(tmp_path / "s.json") == session
    assert Session.load(tmp_path / "missing.json") == Session()
