"""A shop's catalog file into the index, as `facet ingest` and `facet check` run it.

`read`: the file's items (retrieval/catalog.py), the owner's corrections applied
(retrieval/corrections.py), photos made safe local copies (retrieval/images.py), and what the
stored items' photos said carried over (retrieval/photo_facts.py), so an unchanged catalog is
written unchanged.

`ingest`: the items into the index (which embeds the photos); then the photo probes are fitted on
this catalog's own image vectors and read (retrieval/photo_facts.py), and the items whose facts
the photos changed are written again (metadata, and the text of a stone whose colour changed); the
import report and review file are written (retrieval/import_report.py). While this runs, an item
whose words left a fact open has its default (yellow for a gold of no stated colour, no stone)
for the seconds between the two writes.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path


from retrieval.catalog import LoadResult, load_catalog, searchable_tags
from retrieval.catalog_language import LocaleReading, catalog_locale
from retrieval.config import CatalogConfig, ExtractionConfig, ImagesConfig, LexiconConfig
from retrieval.corrections import Corrections
from retrieval.facts import COLUMN, CORRECTION, DEFAULT, UNKNOWN, Extraction
from retrieval.images import PhotoStore, photo_warnings
from retrieval.import_report import write_reports
from retrieval.index import CatalogIndex
from retrieval.item import Item
from retrieval.lexicon_tables import Lexicon
from retrieval.photos_by_name import NamedPhotos, by_name_notes, photos_by_name
from retrieval.photo_facts import REFERENCE_EVIDENCE, CatalogPhotoReader, carry_over_stored, fuse, with_facts
from retrieval.reference_shots import ShotSet, reference_kind_probe
from retrieval.prices import currency_notes
from retrieval.reports import IngestReport

STATED = (COLUMN, CORRECTION, DEFAULT)  # facts no photo weighs


@dataclass
class ImportSettings:
    currency: str
    catalog: CatalogConfig
    images: ImagesConfig
    images_dir: Path
    lexicon: LexiconConfig
    extraction: ExtractionConfig
    import_dir: Path  # reports and the owner's corrections
    cache_dir: Path | None = None  # what can be made again, kept to save the time (the drawn shots' vectors)


@dataclass
class CatalogRead:
    loaded: LoadResult
    items: list[Item]  # as the first write stores them
    extractions: dict[str, Extraction]  # columns, words and corrections: where the photo pass starts
    photo_problems: dict[str, str]  # item id -> why its photo cannot be used
    unchanged: set[str] = field(default_factory=set)  # ids stored exactly as read
    notes: list[str] = field(default_factory=list)
    by_name: NamedPhotos = field(default_factory=NamedPhotos)  # photos found by their file names (retrieval/photos_by_name.py)
    locale: LocaleReading | None = None  # the language the listings are written in, read from their words


class CatalogImporter:
    def __init__(self, index: CatalogIndex, settings: ImportSettings):
        self.index, self.settings = index, settings

    def lexicon(self) -> Lexicon:
        return self.settings.lexicon.own_lexicon()

    def read(self, path: Path, images: Path | None = None, mapping: dict[str, str] | None = None,
             corrections: Path | None = None, download: bool = True) -> CatalogRead:  # fmt: skip
        settings, lexicon = self.settings, self.lexicon()
        loaded = load_catalog(path, images, settings.currency, settings.catalog, mapping, lexicon, settings.extraction, settings.images.media_url)
        reading = self._read_locale(loaded.items)
        if self.lexicon() is not lexicon:  # the listings' locale decides a word its language's packs read apart: read again with it
            settings, lexicon = self.settings, self.lexicon()
            loaded = load_catalog(path, images, settings.currency, settings.catalog, mapping, lexicon, settings.extraction, settings.images.media_url)
        owner = Corrections(settings.import_dir, lexicon)
        notes = []
        if corrections is not None:
            taken, refused = owner.merge(corrections)
            notes += [f"{taken} correction{'s' if taken != 1 else ''} taken from {Path(corrections).name}", *refused]
        notes += loaded.notes
        items = []
        for item in loaded.items:
            extraction = loaded.extractions[item.id]
            items.append(with_facts(item, extraction, lexicon, searchable_tags) if owner.apply(item.id, extraction) else item)
        items, by_name = photos_by_name(items, _named_photos(loaded), *_photo_folder(path, images), settings.images, loaded.photo_names)
        items, problems = PhotoStore(settings.images, settings.images_dir).localise(items, download=download)
        stored = self.index.items(item.id for item in items)
        written = []
        for item in items:
            extraction = copy.deepcopy(loaded.extractions[item.id])
            carry_over_stored(extraction, stored.get(item.id), item.image)
            written.append(with_facts(item, extraction, lexicon, searchable_tags) if stored.get(item.id) else item)
        unchanged = {item.id for item in written if stored.get(item.id) == item}
        return CatalogRead(loaded, written, loaded.extractions, problems, unchanged, notes, by_name, reading)

    def ingest(self, read: CatalogRead, sync: bool = False, progress: bool = True) -> IngestReport:
        report = self.index.ingest(read.items, sync=sync, progress=progress)
        final = self._with_photo_facts(read)
        changed = [item for item, written in zip(final, read.items) if item != written]
        if changed:
            self.index.ingest(changed, sync=False, progress=False)
            moved = sum(item.id in read.unchanged for item in changed)
            report.unchanged, report.updated = report.unchanged - moved, report.updated + moved
        loaded = read.loaded
        by_name_warnings, by_name_said = by_name_notes(read.by_name, read.items, self.settings.images.by_name_shown)
        report.warnings[:0] = by_name_warnings + photo_warnings({**loaded.photo_refusals, **read.photo_problems}, loaded.lines) + loaded.photo_notes
        report.warnings += unread_kinds_warning(final, self.settings.extraction.unread_kind_warning_share)
        report.read, report.rejected, report.skipped = loaded.rows_read, len(loaded.errors), len(loaded.skipped)
        reading = read.locale
        self.index.mark_catalog_locale(reading.locale if reading else None)
        report.notes += read.notes + by_name_said + self._currency_notes(loaded, final, reading) + ([reading.note()] if reading else [])
        summary = write_reports(self.settings.import_dir, loaded, read.extractions, self.settings.extraction.review_below_confidence,
                                _found_by_name(read))  # fmt: skip
        report.import_report, report.review_file, report.to_review = str(summary.report), str(summary.review), summary.to_review
        report.show_import_report = summary.worth_showing
        return report

    def _with_photo_facts(self, read: CatalogRead) -> list[Item]:
        """Every item with its facts fused with what its photo says (the extractions are updated)."""
        lexicon = self.lexicon()
        weighed = [item for item in read.items if item.image and _photo_may_speak(read.extractions[item.id])]
        if not weighed:
            return [with_facts(item, read.extractions[item.id], lexicon, searchable_tags) for item in read.items]
        vectors = self.index.vectors("image", [item.id for item in read.items if item.image])
        config = self.settings.extraction
        shots = ShotSet(config.photo_reference_shots, config.photo_reference_seed, config.photo_reference_render_seed)
        reference = lambda: reference_kind_probe(self.index.image_encoder, shots, set(lexicon.categories), self.settings.cache_dir)  # noqa: E731
        reader = CatalogPhotoReader(lexicon, config, reference)
        reader.fit(vectors, read.extractions, {item.id: item.price for item in read.items})
        final = []
        for item in read.items:
            extraction = read.extractions[item.id]
            if item.id in vectors:
                fuse(extraction, reader.read(vectors[item.id]), reader, item.price)
            final.append(with_facts(item, extraction, lexicon, searchable_tags))
        return final

    def _read_locale(self, items: list[Item]) -> LocaleReading | None:
        """Find the language the listings are written in (the shop's currency telling a language's
        countries apart where the words do not) and read the catalog in it from now on."""
        settings = self.settings
        reading = catalog_locale([(item.title, item.description) for item in items], settings.lexicon.catalog_locale_share, settings.currency)
        lexicon = settings.lexicon.model_copy(update={"catalog_locale": reading.locale if reading else None})
        self.settings = dataclasses.replace(settings, lexicon=lexicon)
        return reading

    def _currency_notes(self, loaded: LoadResult, items: list[Item], reading: LocaleReading | None) -> list[str]:
        currency = self.settings.currency
        priced_by_setting = [item for item in items if item.id in loaded.currency_from_setting]
        named = [item.currency for item in items if item.id not in loaded.currency_from_setting]
        region = reading.region if reading else None
        return currency_notes([(item.description, item.price) for item in priced_by_setting], named, currency, self.lexicon().currencies, region)


def _photo_folder(catalog: Path, images: Path | None) -> tuple[Path, str]:
    """Where photos are found by name, and how the owner knows it: --images, else the catalog's folder."""
    if images is not None:
        return Path(images), "the --images folder"
    catalog = Path(catalog)
    return (catalog if catalog.is_dir() else catalog.parent), "the catalog's folder"


def _named_photos(loaded: LoadResult) -> set[str]:
    """The ids whose rows named a photo that was refused: they keep no photo rather than one found by name."""
    return set(loaded.photo_refusals)


def _found_by_name(read: CatalogRead) -> dict[str, tuple[str, str]]:
    """Item id -> (its photo files found by name, as the owner names them; what they were named by), for
    the items whose photo is in use."""
    found = read.by_name
    used = {item.id for item in read.items if item.image}
    return {item_id: ("; ".join(found.shown(path) for path in paths), f"named by its {found.named_by[item_id]}")
            for item_id, paths in found.found.items() if item_id in used}  # fmt: skip


def unread_kinds_warning(items: list[Item], share: float) -> list[str]:
    """A warning when at least `share` of the items name no kind of piece Facet reads: their language
    may have no locale pack. The photos learn each kind from the listings that name it
    (retrieval/photo_facts.py); with too few of those, the kinds are read against Facet's own drawn
    shots, less surely, and the warning says how many were."""
    unread = [item for item in items if item.category == UNKNOWN or _kind_from_drawn_shots(item)]
    if not items or len(unread) < share * len(items):
        return []
    from_photos = sum(_kind_from_drawn_shots(item) for item in unread)
    photos = (f"{from_photos} of them had their kind read from the photo alone against Facet's own drawn shots (marked in the import "
              "report; the unsure ones are in the review file). ") if from_photos else ""
    return [f"{len(unread)} of {len(items)} listings name no kind of piece Facet reads (such as {unread[0].title[:60]!r}): their "
            f"language may have no locale pack (retrieval/lexicon/locales/). {photos}"
            "Name the shop's words with --set lexicon.extra=shop.toml, or give the kind in a column"]


def _kind_from_drawn_shots(item: Item) -> bool:
    provenance = item.provenance.get("category")
    return provenance is not None and REFERENCE_EVIDENCE in provenance.evidence


def _photo_may_speak(extraction: Extraction) -> bool:
    """Whether a photo could change or weigh any of the item's facts."""
    return bool(extraction.open_to_photo) or any(fact.source not in STATED for fact in extraction.facts.values())
