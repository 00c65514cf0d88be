"""What a piece's variants offer (retrieval/offers.py): read from their options, kept in both
engines' metadata, filtered on (a constraint met by any variant, an exclusion only when no variant
is it, a budget on the variant that meets the rest), shown on the card and accepted by grounding."""

import pytest

from assistant.answer import also_in, why_matched
from assistant.claims import ClaimChecker
from assistant.grounding import GroundingVerifier
from retrieval.catalog import Item, load_catalog
from retrieval.config import FusionConfig
from retrieval.constraints import Constraints
from retrieval.item import Offer
from retrieval.query import FusedQuery, Hit, Searcher
from retrieval.records import item_metadata
from tests.test_index import open_index

MILVUS_MISSING = "milvus-lite is not installed"
HEADER = "Handle,Title,Body (HTML),Type,Tags,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant Price,Status\n"
CATALOG = HEADER + (
    "trio,Trio Band 14K Gold,A plain band.,Rings,,Metal,14K Yellow Gold,,,400,active\n"
    "trio,,,,,Metal,14K White Gold,,,420,active\n"
    "trio,,,,,Metal,18K Rose Gold,,,650,active\n"
    "drop,Drop Pendant in 18K Yellow Gold,A drop pendant.,Pendants,,Stone,Ruby,Chain,16 inch,900,active\n"
    "drop,,,,,Stone,Emerald,Chain,16 inch,950,active\n"
    "drop,,,,,Stone,Emerald,Chain,18 inch,980,active\n"
    "hoop,Hoop Earrings in Sterling Silver,Hoops.,Earrings,,Length,20 mm,,,80,active\n"
    "hoop,,,,,Length,30 mm,,,90,active\n"
    "duo,Duo Studs Sterling Silver,Studs.,Earrings,,Colour,Silver,,,60,active\n"
    "duo,,,,,Colour,Gold,,,70,active\n"
    "temple,Temple Jhumka in 92.5 Silver,Jhumkas.,Earrings,,Finish,Oxidised Silver,,,50,active\n"
    "temple,,,,,Finish,Gold Polish,,,55,active\n"
)


@pytest.fixture
def items(tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text(CATALOG)
    return {item.handle: item for item in load_catalog(path, currency="USD").items}


def test_a_ring_in_three_golds_offers_each_with_its_karat_and_price(items):
    ring = items["trio"]
    assert (ring.metal, ring.karat) == ("yellow gold", 14)
    assert {(offer.metal, offer.karat, offer.price) for offer in ring.offers} == {
        ("yellow gold", 14, 400), ("white gold", 14, 420), ("rose gold", 18, 650)}  # fmt: skip
    assert ring.offered("metal") == ["yellow gold", "white gold", "rose gold"]
    assert ring.provenance["offers"].source == "options"
    assert "Metal: 14K White Gold" in ring.provenance["offers"].evidence


def test_a_pendant_s_stone_options_are_its_offers_with_their_usual_colours(items):
    pendant = items["drop"]
    assert pendant.gemstone == "ruby"
    assert {(offer.gemstone, offer.gemstone_color, offer.price) for offer in pendant.offers} == {("ruby", "red", 900), ("emerald", "green", 950)}


def test_options_that_say_no_metal_or_stone_offer_nothing(items):
    assert items["hoop"].offers == []
    assert "metals_offered" not in item_metadata(items["hoop"])


def test_a_gold_colour_option_on_silver_is_gold_plated_silver(items):
    studs = items["duo"]
    assert set(studs.offered("metal")) == {"sterling silver", "gold plated silver"}


def test_a_plating_finish_on_a_silver_piece_is_plated_over_that_silver(items):
    assert "gold plated silver" in items["temple"].offered("metal")
    assert "gold plated" not in items["temple"].offered("metal")


def test_a_metal_offered_by_a_variant_meets_the_constraint_and_an_exclusion_needs_every_variant(items):
    ring, hoop = items["trio"], items["hoop"]
    assert Constraints(metals=["white gold"]).allows(ring)
    assert not Constraints(metals=["platinum"]).allows(ring)
    assert not Constraints(exclude_metals=["white gold"]).allows(ring)  # one variant is white gold
    assert Constraints(exclude_metals=["sterling silver"]).allows(ring)
    assert not Constraints(exclude_metals=["sterling silver"]).allows(hoop)
    assert Constraints(gemstones=["emerald"]).allows(items["drop"])
    assert not Constraints(exclude_gemstones=["emerald"]).allows(items["drop"])


def test_a_budget_is_met_by_the_variant_that_meets_the_rest(items):
    ring = items["trio"]
    assert Constraints(karats=[18], price_max=700).allows(ring)
    assert not Constraints(karats=[18], price_max=500).allows(ring)  # the 14k variants are in budget, the 18k one is not
    assert Constraints(metals=["yellow gold"], price_max=400).allows(ring)
    assert not Constraints(metals=["rose gold"], price_max=600).allows(ring)


@pytest.mark.parametrize("engine", ["embedded", pytest.param("milvus", marks=pytest.mark.filterwarnings("ignore"))])
def test_both_engines_filter_on_what_the_variants_offer(items, tmp_path, engine):
    from retrieval.config import IndexConfig

    if engine == "milvus":
        pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
    config = IndexConfig(engine="milvus") if engine == "milvus" else IndexConfig()
    stored = [item.model_copy(update={"image": ""}) for item in items.values()]
    index = open_index(config, tmp_path)
    index.ingest(stored, progress=False)
    searcher = Searcher(index, FusionConfig())

    def found(**constraints) -> set[str]:
        hits = searcher.search(FusedQuery(text="jewellery", constraints=Constraints(**constraints)), top_k=10)
        return {hit.item.handle for hit in hits}

    assert found(metals=["white gold"]) == {"trio"}
    assert found(metals=["gold plated silver"]) == {"duo", "temple"}
    assert found(karats=[18], categories=["ring"]) == {"trio"}
    assert found(karats=[18], price_max=500, categories=["ring"]) == set()
    assert found(gemstones=["emerald"]) == {"drop"}
    assert found(gemstone_colors=["green"]) == {"drop"}
    assert found(exclude_metals=["gold plated silver"]) == {"trio", "drop", "hoop"}
    assert found(exclude_gemstones=["emerald"]) == {"trio", "hoop", "duo", "temple"}


def test_an_older_row_without_offers_still_filters_on_the_metal_it_is_shown_in(tmp_path):
    from retrieval.config import IndexConfig

    plain = Item(id="P1", title="Plain Band", category="ring", metal="white gold", karat=14, price=300, currency="USD")
    index = open_index(IndexConfig(), tmp_path)
    index.ingest([plain], progress=False)
    searcher = Searcher(index, FusionConfig())
    for constraints, expected in ((Constraints(metals=["white gold"]), ["P1"]), (Constraints(exclude_metals=["silver"]), ["P1"]),
                                  (Constraints(exclude_metals=["white gold"]), [])):  # fmt: skip
        assert [hit.item.id for hit in searcher.search(FusedQuery(text="band", constraints=constraints))] == expected


def test_the_card_says_which_variant_met_the_request_and_else_what_else_is_offered(items):
    ring = items["trio"]
    asked = Constraints(metals=["white gold"])
    assert also_in(ring, asked) == "also in 14k white gold"
    assert "14k white gold" in why_matched(Hit(ring, 1.0, None, None), asked, None)
    assert also_in(ring, Constraints()) == "also in 14k white gold, 18k rose gold"
    assert also_in(items["hoop"], Constraints()) == ""


def test_grounding_accepts_a_metal_the_piece_is_offered_in_and_refuses_one_it_is_not(items):
    ring = items["trio"]
    verifier = GroundingVerifier([ring], "a band", Constraints())
    assert not [v for v in verifier.check("It also comes in white gold.") if v.kind == "attribute"]
    assert [v for v in verifier.check("It also comes in platinum.") if v.kind == "attribute"]
    checker = ClaimChecker([ring], "a band", Constraints())
    assert not checker.check("[1] is white gold.", [0])
    assert checker.check("[1] is platinum.", [0])
    assert checker.check("[1] is not white gold.", [0])


def test_an_offer_refuses_a_karat_on_a_metal_that_is_not_gold():
    with pytest.raises(ValueError, match="karat applies to gold only"):
        Offer(metal="sterling silver", karat=14, price=10)


def test_the_store_s_filter_keeps_every_piece_the_exact_test_allows(items):
    """`where` is the engines' superset (a from-price, any offer's facts); `allows` the exact test on it."""
    from retrieval.where import meets

    for constraints in (Constraints(metals=["white gold"], price_max=410), Constraints(karats=[18], price_max=700),
                        Constraints(exclude_metals=["gold plated silver"]), Constraints(gemstones=["emerald"], gemstone_colors=["green"])):  # fmt: skip
        for item in items.values():
            assert meets(item_metadata(item), constraints.where()) or not constraints.allows(item), (constraints, item.handle)


def test_a_fractional_karat_is_offered_as_the_item_holds_it():
    # Portugal's 800 gold is 19.2 karat: the piece's own offer carries it, as the item does
    ring = Item(id="P1", title="Anel ouro 19,2", category="ring", metal="yellow gold", karat=19.2, price=400.0, currency="EUR")
    assert [offer.karat for offer in ring.all_offers()] == [19.2]
    assert Constraints(metals=["yellow gold"]).allows(ring)


@pytest.mark.parametrize("engine", ["embedded", pytest.param("milvus", marks=pytest.mark.filterwarnings("ignore"))])
def test_a_fractional_karat_beside_a_whole_one_is_stored_and_found_on_both_engines(tmp_path, engine):
    # chromadb refuses a list mixing 18 and 19.2, and 18 does not match 18.0: offered karats are floats
    from retrieval.config import IndexConfig

    if engine == "milvus":
        pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
    offer = Offer(metal="yellow gold", metal_color="yellow", karat=18, price=300.0, said=["karat"])
    ring = Item(id="P2", title="Anel ouro", category="ring", metal="yellow gold", karat=19.2, price=400.0,
                currency="EUR", offers=[offer])  # fmt: skip
    index = open_index(IndexConfig(engine="milvus") if engine == "milvus" else IndexConfig(), tmp_path)
    index.ingest([ring], progress=False)
    searcher = Searcher(index, FusionConfig())

    def found(**constraints) -> set[str]:
        return {hit.item.id for hit in searcher.search(FusedQuery(text="anel", constraints=Constraints(**constraints)), top_k=5)}

    assert found(karats=[19.2]) == {"P2"} and found(karats=[18]) == {"P2"} and found(karats=[22]) == set()
