"""The Assistant's set-up, apart from its turns: the models and index it works with, the catalog
it reads titles and vocabulary from, ingesting a shop's catalog or the demo, and the shop itself
(its name, contact and policies)."""

from __future__ import annotations

import threading
from pathlib import Path

import torch
from PIL import Image

from assistant.answer_language import message_language
from assistant.catalog_read import CACHE_FOLDER as CATALOG_READ_FOLDER, SUFFIX as CATALOG_READ_SUFFIX, CatalogRead
from assistant.catalog_titles import CatalogTitles
from assistant.config import DEFAULT_SHOP_NAME, Settings, ShopConfig
from assistant.hearing import ShopHearing
from assistant.llm import create_chat_model
from assistant.policies import PolicyBook
from assistant.writer import GroundedWriter
from perception.asr import ASR, create_asr
from perception.image_encoder import create_image_encoder
from perception.text_encoder import create_text_encoder
from retrieval.attributes import AttributeReader
from retrieval.demo.generate import write_demo_catalog
from retrieval.importer import CatalogImporter, ImportSettings
from retrieval.index import CatalogIndex, IngestReport, connect
from retrieval.lexical_store import CACHE_FOLDER as LEXICAL_FOLDER
from retrieval.shop_vocabulary import ShopVocabulary
from retrieval.query import Searcher
from retrieval.reindex import RejectedRowsError, ReindexReport, reindex, rollback
from retrieval.store import DEMO_CATALOG, SHOP_CATALOG, ShopCatalogError
from retrieval.tuning import tuned_for_catalog

DEMO_POLICIES = Path(__file__).parent / "shop" / "demo_policies.md"
DEMO_CONTACT = "help@facet-demo.example"


class ShopSetup:
    def __init__(self, settings: Settings, index: CatalogIndex, asr: ASR, chat_model=None, catalog_read_dir: Path | None = None):
        self.settings = settings
        self.index = index
        self.catalog_read_dir = catalog_read_dir  # where the catalog read is kept between processes (None: read by each)
        self.asr = asr
        self.searcher = Searcher(index, settings.fusion)
        self.photo_reader = AttributeReader(index)
        self.writer = GroundedWriter(chat_model, settings.llm, self.catalog_titles) if chat_model else None
        self._read: CatalogRead | None = None
        self._catalog_lock = threading.Lock()  # one read of the catalog at a time (start-up's and a turn's)
        self._policies: PolicyBook | None = None

    @classmethod
    def from_settings(cls, settings: Settings):
        torch.set_num_threads(settings.torch_threads)
        index = CatalogIndex(
            connect(settings.index, settings.chroma_dir),
            create_text_encoder(settings.text_encoder),
            tuned_for_catalog(create_image_encoder(settings.image_encoder), settings.image_tuning, settings.tuning_dir / settings.index.collection_prefix),
            settings.index,
            lexical_dir=settings.cache_dir / LEXICAL_FOLDER,
        )
        settings = settings.with_catalog_locale(index.catalog_locale())
        asr = create_asr(settings.shop_asr, threads=settings.torch_threads, models_dir=settings.models_dir)
        return cls(settings, index, asr, create_chat_model(settings.llm, settings.models_dir), settings.cache_dir / CATALOG_READ_FOLDER)

    def _follow_catalog_locale(self) -> None:
        """After an ingest, a reindex or a rollback: hear the shop in its catalog's language (the
        model is loaded on first use, so a new one costs nothing until then)."""
        settings = self.settings.with_catalog_locale(self.index.catalog_locale())
        if settings.shop_asr != self.settings.shop_asr:
            self.asr = create_asr(settings.shop_asr, threads=settings.torch_threads, models_dir=settings.models_dir)
        self.settings = settings

    # --- the shop ------------------------------------------------------------------------------

    def shop(self) -> ShopConfig:
        """The shop as configured; the demo shop's name, contact and policies where nothing is
        configured and the index holds the demo catalog."""
        shop = self.settings.shop
        configured = shop.policies_file or shop.contact_email or shop.contact_url or shop.name != DEFAULT_SHOP_NAME
        if not configured and self.index.catalog() == DEMO_CATALOG:
            return shop.model_copy(update={"policies_file": DEMO_POLICIES, "contact_email": DEMO_CONTACT})
        return shop

    def policies(self) -> PolicyBook:
        """The shop's policy file, read on first use and again whenever it (or the shop) changes."""
        shop = self.shop()
        if self._policies is None or self._policies.path != shop.policies_file or self._policies.shop != shop:
            self._policies = PolicyBook(shop.policies_file, self.index.text_encoder, shop)
        return self._policies

    # --- the catalog ---------------------------------------------------------------------------

    def catalog_titles(self) -> CatalogTitles:
        """Every title in the index, so the verifier can tell a real-but-unretrieved product."""
        return self._read_catalog().titles

    def hearing(self) -> ShopHearing:
        """What voice turns listen for (assistant/hearing.py)."""
        return self._read_catalog().hearing

    def vocabulary(self) -> ShopVocabulary:
        """The shop's words: its kinds of piece, metals and stones on top of the lexicon."""
        return self._read_catalog().vocabulary

    def _read_catalog(self) -> CatalogRead:
        """The titles, the vocabulary and the hearing, from one read of the indexed catalog page by
        page (assistant/catalog_read.py: or read back from where the last read of this revision was
        kept), read again only when the catalog's texts have changed (by this process's ingest or
        another's)."""
        with self._catalog_lock:
            if self._read is None or self.index.text_revision() != self._read.revision:
                self._read = CatalogRead.of(self.index, self.settings, self.catalog_read_dir)
            return self._read

    def warm_up(self) -> None:
        """Load every model (and read the shop's policies) now rather than on the first shopper's turn."""
        self.index.text_encoder.encode_text(["warm up"])
        self.index.image_encoder.encode_image([Image.new("RGB", (64, 64), "white")])
        self.asr.model.get()
        self.policies().load()
        message_language("")  # every language's own words, read from the locale packs once
        if self.writer:
            self.writer.warm_up()

    def read_catalog_ahead(self) -> None:
        """What the first shopper's turn would read, read now (`facet serve` does it at start-up,
        after the models): the titles, words and hearing, and BM25 when hybrid search is on. A turn
        arriving meanwhile waits for these reads rather than making its own."""
        self._read_catalog()
        if self.settings.fusion.lexical:
            self.index.lexical()

    def ingest(
        self, catalog: Path, images: Path | None = None, sync: bool = False, progress: bool = True, force: bool = False,
        kind: str = SHOP_CATALOG, mapping: dict[str, str] | None = None, corrections: Path | None = None,
    ) -> tuple[IngestReport, list]:  # fmt: skip
        """Add or update a catalog file's items (retrieval/importer.py: any format, attributes read
        from columns, words and photos, each photo as a safe stored copy). A file with no valid row
        raises (NoValidRowsError) before the index is touched; `sync` removes nothing while any row
        is rejected, unless `force`."""
        importer = self.catalog_importer()
        read = importer.read(catalog, images, mapping, corrections)
        over_demo = self.index.catalog() == DEMO_CATALOG and kind == SHOP_CATALOG and not sync
        self.index.mark_catalog(kind)  # before any write: an ingest killed half-way still marks the shop's index
        skip_sync = sync and bool(read.loaded.errors) and not force
        report = importer.ingest(read, sync=sync and not skip_sync, progress=progress)
        self._read = None
        self._follow_catalog_locale()
        report.sync_skipped = skip_sync
        if over_demo:
            report.notes.append("the index still holds the demo catalog's pieces: ingest with --sync to keep only this catalog's")
        return report, read.loaded.errors

    def reindex(
        self, catalog: Path | None = None, images: Path | None = None, mapping: dict[str, str] | None = None,
        keep_old: bool = False, force: bool = False, progress: bool = True,
    ) -> tuple[ReindexReport, list]:  # fmt: skip
        """Rebuild the index into its next generation and switch to it (retrieval/reindex.py):
        from a catalog file, read as `ingest` reads it, or from the items the index holds. A file
        with rejected rows is not switched to (their items would be gone) unless `force`. The
        rejected rows."""
        errors: list = []

        def from_file(builder: CatalogIndex):
            importer = self.catalog_importer(builder)
            read = importer.read(catalog, images, mapping)
            errors.extend(read.loaded.errors)
            if errors and not force:
                raise RejectedRowsError(catalog, errors)
            builder.mark_catalog(SHOP_CATALOG)
            return [item.id for item in read.items], importer.ingest(read, sync=True, progress=progress)

        report = reindex(self.index, from_file if catalog else None, keep_old, progress, self._keep_catalog_read)
        self._read = None
        self._prune_catalog_reads()
        self._follow_catalog_locale()
        return report, errors

    def _keep_catalog_read(self, generation: CatalogIndex) -> None:
        """The new generation's catalog read, kept before the switch: the first start after reads it back."""
        if self.catalog_read_dir is not None:
            CatalogRead.of(generation, self.settings, self.catalog_read_dir)

    def _prune_catalog_reads(self) -> None:
        if self.catalog_read_dir is not None:
            self.index.prune_kept_files(self.catalog_read_dir, CATALOG_READ_SUFFIX)

    def rollback(self, keep_old: bool = False) -> ReindexReport:
        """Back to the generation the live one replaced (kept by `reindex(keep_old=True)`)."""
        report = rollback(self.index, keep_old)
        self._read = None
        self._prune_catalog_reads()
        self._follow_catalog_locale()
        return report

    def catalog_importer(self, index: CatalogIndex | None = None) -> CatalogImporter:
        settings = self.settings
        return CatalogImporter(index or self.index, ImportSettings(
            settings.currency, settings.catalog, settings.images, settings.images_dir, settings.lexicon, settings.extraction,
            settings.import_dir, settings.cache_dir,
        ))  # fmt: skip

    def ensure_demo_catalog(self, progress: bool = True) -> IngestReport | None:
        """Build and index the demo catalog into a brand-new index only: an index that holds, or
        held, a shop's catalog is never filled with the demo (an emptied one is an error)."""
        if self.index.count() > 0:
            return None
        if self.index.held_shop_catalog():
            raise ShopCatalogError(
                "the shop's catalog index is empty: `facet ingest CATALOG` fills it again (`facet demo --force` puts the demo there)"
            )
        return self.build_demo_catalog(progress)

    def build_demo_catalog(self, progress: bool = True, force: bool = False) -> IngestReport:
        """Write the demo catalog (images rendered once) and sync the index to it; over a shop's
        catalog only when forced."""
        if self.index.held_shop_catalog() and not force:
            raise ShopCatalogError("the index holds a shop's catalog: `facet demo --force` replaces it with the demo catalog")
        demo = self.settings.demo
        catalog = write_demo_catalog(
            self.settings.demo_dir, n=demo.items, seed=demo.seed, image_size=demo.image_size, currency=self.settings.currency
        )
        report, _ = self.ingest(catalog, sync=True, progress=progress, force=force, kind=DEMO_CATALOG)
        return report
