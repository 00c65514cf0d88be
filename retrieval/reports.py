"""What an ingest did, and how the index differs from a catalog file."""

from __future__ import annotations

from dataclasses import dataclass, field

DRIFT_IDS_SHOWN = 10


@dataclass
class IngestReport:
    read: int = 0
    ingested: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    removed: int = 0
    tuned_on: int = 0  # catalog shots the image vectors were tuned on this time (retrieval/tuning.py)
    # time.perf_counter() when every item had its vectors written, before any tuning fit: from then
    # on the catalog is searchable (photos with the fit the index had before); None if nothing was written
    searchable_at: float | None = None
    warnings: list[str] = field(default_factory=list)  # one line each, about one item (an unusable photo)
    notes: list[str] = field(default_factory=list)  # one line each, about the whole ingest
    sync_skipped: bool = False  # --sync was asked for, but rows were rejected: nothing was removed
    skipped: int = 0  # products not for sale (drafts, archived, unpublished, private): not ingested
    # What the ingest made of each product (retrieval/import_report.py); shown when it read any
    # attribute from words or photos, skipped a product, or has facts for the owner to review.
    import_report: str = ""
    review_file: str = ""
    to_review: int = 0
    show_import_report: bool = False

    def summary(self) -> str:
        tuned = f" / image vectors tuned on {self.tuned_on} shots" if self.tuned_on else ""
        skipped = f" / skipped {self.skipped} (not for sale)" if self.skipped else ""
        return (
            f"read {self.read} / ingested {self.ingested} / updated {self.updated} / "
            f"unchanged {self.unchanged} / rejected {self.rejected} / removed {self.removed}{skipped}{tuned}"
        )


@dataclass
class DriftReport:
    """How the index differs from a catalog file."""

    catalog: int = 0
    indexed: int = 0
    missing: list[str] = field(default_factory=list)  # in the catalog, not in the index
    extra: list[str] = field(default_factory=list)  # in the index, not in the catalog
    stale_text: list[str] = field(default_factory=list)  # item text changed since it was embedded
    stale_image: list[str] = field(default_factory=list)  # photo changed, added, removed or never embedded
    stale_metadata: list[str] = field(default_factory=list)  # price, stock or another filterable fact changed

    @property
    def drifted(self) -> bool:
        return any((self.missing, self.extra, self.stale_text, self.stale_image, self.stale_metadata))

    def summary(self) -> str:
        lines = [f"catalog {self.catalog} items / index {self.indexed} items"]
        for label, ids in (
            ("missing from the index", self.missing),
            ("in the index but not in the catalog", self.extra),
            ("stale text", self.stale_text),
            ("stale image", self.stale_image),
            ("stale metadata (price, stock, ...)", self.stale_metadata),
        ):
            shown = ", ".join(ids[:DRIFT_IDS_SHOWN]) + (f" and {len(ids) - DRIFT_IDS_SHOWN} more" if len(ids) > DRIFT_IDS_SHOWN else "")
            lines.append(f"{label}: {len(ids)}" + (f" ({shown})" if ids else ""))
        lines.append("drift: run `facet ingest CATALOG --sync` to bring the index up to date" if self.drifted else "no drift")
        return "\n".join(lines)
