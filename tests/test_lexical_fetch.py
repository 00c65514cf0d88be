"""BM25's candidates under the constraints (Searcher._propose_lexical): which of BM25's best pass
is asked of the store by id alone, many at once, and only the chosen are read whole; the same
hits, scores included, as the growing rounds that read each round whole, on chromadb, embedded
milvus-lite and the Milvus server FACET_TEST_MILVUS_URI names, in fewer calls to the store."""

import numpy as np
import pytest

from retrieval.catalog import Item
from retrieval.config import FusionConfig, IndexConfig
from retrieval.constraints import Constraints
from retrieval.query import LEXICAL_FETCH_GROWTH, FusedQuery, Searcher
from tests.milvus_standalone import MILVUS_MISSING
from tests.test_index import open_index

METALS = ("yellow gold", "white gold", "platinum", "sterling silver", "rose gold")
STONES = ("diamond", "sapphire", "ruby", "none")
CATEGORIES = ("ring", "necklace", "earrings")
WORDS = ("classic", "twisted", "vintage", "bold", "delicate", "braided")
FILTERS = [
    Constraints(),
    Constraints(categories=["ring"]),
    Constraints(metals=["platinum"], gemstones=["ruby"]),  # a narrow filter: several rounds of the old way
    Constraints(metals=["platinum"], gemstones=["ruby"], in_stock_only=True, price_max=300),
    Constraints(categories=["bangle"]),  # nothing passes
]
QUERIES = ("classic ring", "vintage braided ruby necklace", "bold")
POOL = 3  # small against the catalog, so the old rounds run several times


def catalog() -> list[Item]:
    """Sixty pieces whose titles share words, so BM25 ranks many of them for each query; each title
    ends in its own number, so no two pieces' vectors are equal (an engine may return either of two
    equally near vectors, and differently from one search to the next)."""
    return [Item(id=f"P{n:02d}", title=f"{WORDS[n % 6]} {WORDS[n // 6 % 6]} {STONES[n % 4]} {CATEGORIES[n % 3]} {n}".title(),
                 category=CATEGORIES[n % 3], metal=METALS[n % 5], gemstone=STONES[n % 4], price=100 + 37 * n % 500,
                 currency="USD", in_stock=n % 7 != 0) for n in range(60)]  # fmt: skip


class RoundsSearcher(Searcher):
    """The way before: growing rounds, each read whole under the constraints."""

    def _propose_lexical(self, candidates, lexical, bm25, where):
        wanted, start, size = self.fusion.candidate_pool, 0, self.fusion.candidate_pool
        while wanted > 0 and start < len(ranked := lexical.ranked(bm25, start + size)):
            asked = [lexical.ids[row] for row in ranked[start : start + size]]
            found = self.index.get("text", ids=asked, where=where, include=["metadatas", "embeddings"])
            position = {item_id: number for number, item_id in enumerate(asked)}
            kept = sorted(range(len(found["ids"])), key=lambda i: position[found["ids"][i]])[:wanted]
            candidates.add([found["ids"][i] for i in kept], [found["metadatas"][i] for i in kept], [found["embeddings"][i] for i in kept], "text")
            wanted -= len(kept)
            start, size = start + size, size * LEXICAL_FETCH_GROWTH


@pytest.fixture(params=["chroma", "milvus", pytest.param("milvus-standalone", marks=pytest.mark.integration)])
def index(request, tmp_path):
    if request.param == "chroma":
        config = IndexConfig()
    elif request.param == "milvus":
        pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
        config = IndexConfig(engine="milvus")
    else:
        uri, prefix = request.getfixturevalue("milvus_standalone")
        config = IndexConfig(engine="milvus", milvus_uri=uri, collection_prefix=prefix)
    index = open_index(config, tmp_path)
    index.ingest(catalog(), progress=False)
    return index


def counted_gets(index) -> list:
    """Every read of the index from now on: a get by the `include` it asked for, an ask of which
    ids meet a filter as "ask"."""
    calls, get, meeting = [], index.get, index.meeting
    index.get = lambda kind, **asked: calls.append(tuple(asked.get("include", ()))) or get(kind, **asked)

    def counted_meeting(kind, where):
        test = meeting(kind, where)
        return lambda ids: calls.append("ask") or test(ids)

    index.meeting = counted_meeting
    return calls


def hits(searcher: Searcher, text: str, constraints: Constraints) -> list[tuple]:
    return [(hit.item.id, round(hit.score, 6), hit.lexical_score) for hit in searcher.search(FusedQuery(text=text, constraints=constraints))]


@pytest.mark.parametrize("ask", [0, 10, 1600])
def test_bm25_candidates_are_the_ones_the_rounds_found(index, ask):
    fusion = FusionConfig(candidate_pool=POOL, lexical_ask=ask)
    before, now = RoundsSearcher(index, fusion), Searcher(index, fusion)
    for text in QUERIES:
        for constraints in FILTERS:
            assert hits(now, text, constraints) == hits(before, text, constraints), (text, constraints)
    assert hits(now, "classic ring", Constraints(metals=["platinum"], gemstones=["ruby"]))  # something found under a narrow filter


def test_the_store_is_asked_by_id_once_and_read_whole_once(index):
    searcher = Searcher(index, FusionConfig(candidate_pool=POOL))
    searcher.search(FusedQuery(text="classic ring"))  # BM25 built
    narrow = Constraints(metals=["platinum"], gemstones=["ruby"])
    calls = counted_gets(index)
    searcher.search(FusedQuery(text="classic ring", constraints=narrow))
    assert calls.count("ask") == 1 and calls.count(("metadatas", "embeddings")) == 1
    calls.clear()
    searcher.search(FusedQuery(text="classic ring"))  # no constraints: nothing to ask, the best read whole
    assert calls.count("ask") == 0 and calls.count(("metadatas", "embeddings")) == 1
    before = counted_gets(index)
    RoundsSearcher(index, FusionConfig(candidate_pool=POOL)).search(FusedQuery(text="classic ring", constraints=narrow))
    assert len([call for call in before if call == ("metadatas", "embeddings")]) > 1  # the old way took several rounds here
    assert np.isfinite([hit.score for hit in searcher.search(FusedQuery(text="bold", constraints=narrow))]).all()
