"""A Milvus server the tests are pointed at (a Milvus standalone, say, not milvus-lite): its URI
in FACET_TEST_MILVUS_URI (`FACET_TEST_MILVUS_URI=http://127.0.0.1:19530 pytest tests/test_index.py`).
Tests on it skip when the variable is unset and fail when it names a server that does not
answer. Each test writes collections under a prefix of its own and drops them (their aliases
first) when it ends, so a run leaves the server as it found it."""

import os
import uuid

import pytest

MILVUS_URI_ENV = "FACET_TEST_MILVUS_URI"
CONNECT_TIMEOUT_S = 10
NOT_SET = f"{MILVUS_URI_ENV} is not set: no Milvus server to run against (README, Scale: Commands)"
MILVUS_MISSING = "pymilvus and milvus-lite are not installed (pip install -e .[test])"


def _client(uri: str):
    from pymilvus import MilvusClient

    return MilvusClient(uri=uri, timeout=CONNECT_TIMEOUT_S)


def drop_prefixed(uri: str, prefix: str) -> None:
    """Drop every alias and collection on the server whose name starts with `prefix`."""
    client = _client(uri)
    for alias in client.list_aliases().get("aliases", []):
        if alias.startswith(prefix):
            client.drop_alias(alias)
    for name in client.list_collections():
        if name.startswith(prefix):
            client.drop_collection(name)
    client.close()


@pytest.fixture(scope="session")
def milvus_standalone_uri() -> str:
    uri = os.environ.get(MILVUS_URI_ENV)
    if not uri:
        pytest.skip(NOT_SET)
    pytest.importorskip("pymilvus", reason="pymilvus is not installed (pip install -e .[test])")
    try:
        _client(uri).list_collections()
    except Exception as error:  # a named server must answer: a silent skip would hide it
        pytest.fail(f"{MILVUS_URI_ENV}={uri} does not answer: {error}")
    return uri


@pytest.fixture
def milvus_standalone(milvus_standalone_uri):
    """(uri, prefix): the server, and a collection prefix no other test uses, dropped afterwards."""
    prefix = f"t{uuid.uuid4().hex[:12]}"
    yield milvus_standalone_uri, prefix
    drop_prefixed(milvus_standalone_uri, prefix)


@pytest.fixture(params=["lite", pytest.param("standalone", marks=pytest.mark.integration)])
def milvus_at(request) -> tuple[dict, str]:
    """(IndexConfig fields, collection name prefix): embedded milvus-lite, or the Milvus server
    FACET_TEST_MILVUS_URI names with names of this test's own (dropped when it ends)."""
    if request.param == "lite":
        pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
        return {}, ""
    uri, prefix = request.getfixturevalue("milvus_standalone")
    return {"milvus_uri": uri, "collection_prefix": prefix}, f"{prefix}_"
