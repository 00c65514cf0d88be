"""Retrieval: the catalog, the vector index and the fused query."""
