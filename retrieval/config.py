"""Tunables of the retrieval layer: what a catalog row may hold, item photos at ingest, the
vector store and how a fused query is ranked."""

import logging
from pathlib import PurePosixPath
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from retrieval.lexicon import DEFAULT_LOCALES, all_packs, load_lexicon
from retrieval.lexicon_tables import Lexicon

log = logging.getLogger(__name__)

# Index settings an older Facet read, now ignored with a warning (an old settings file or env var
# must not stop a shop from serving): each with what replaced it.
RETIRED_INDEX_SETTINGS = {
    "mirror": "the in-memory mirror is retired: chromadb filters with its own `where`; "
    "for a big catalog set index.engine=milvus (README, Scale)",
}


class CatalogConfig(BaseModel):
    """Limits on one catalog row (retrieval/catalog.py). A row past any of them is rejected and
    reported with its line number; nothing is truncated. Raise a limit with --set catalog.KEY=N. Also
    the tax a shop states for an export that gives prices tax excluded (tax_rate, tax_rules)."""

    max_row_bytes: int = 100_000  # one JSONL line or CSV row, before it is parsed
    max_id_chars: int = 100
    max_title_chars: int = 300
    max_description_chars: int = 5_000
    # category, metal, gemstone, gemstone_color, style, occasion, currency
    max_attribute_chars: int = 100
    max_tags: int = 50
    max_tag_chars: int = 100
    max_image_chars: int = 2_000  # a path or URL
    max_price: float = 10_000_000.0  # in US dollars, converted at the row's currency's per_usd (currencies.toml)
    max_carat: float = 1_000.0
    max_variants: int = 500  # of one product (Shopify allows up to 2,048)
    # An .xlsx export (retrieval/xlsx.py) is a zip: a member unpacking past this, or packed more than
    # xlsx_max_ratio times, is refused as a possible zip bomb.
    xlsx_max_unpacked_bytes: int = 200_000_000
    xlsx_max_ratio: int = 200
    # The tax a shopper pays on a price the file gives tax excluded (PrestaShop's "Price tax excluded":
    # the rate lives in the shop's database behind "Tax rules ID", not in the file): one rate for every
    # product (--set catalog.tax_rate=0.23 for 23 % VAT), or a rate per Tax rules ID (--set
    # catalog.tax_rules=1=0.23,2=0.06), which wins. Unset, such prices are shown tax excluded and the
    # import report warns.
    tax_rate: float | None = Field(default=None, ge=0, lt=1)
    tax_rules: dict[str, float] = {}
    # The language a YML feed holding two is read in (retrieval/yml_feed.py): unset or "uk" reads Prom's
    # and Rozetka's Ukrainian name_ua / description_ua first; "ru" (any other) the main (Russian) fields.
    # A CS-Cart export's rows per language (retrieval/cscart.py): the one in this language gives the title.
    feed_language: str = ""

    @field_validator("tax_rules", mode="before")
    @classmethod
    def _rules_as_pairs(cls, rules):
        """--set catalog.tax_rules=1=0.23,2=0.06"""
        if not isinstance(rules, str):
            return rules
        pairs = [pair.partition("=") for pair in rules.split(",") if pair.strip()]
        if any(not sep for _, sep, _ in pairs):
            raise ValueError(f"tax_rules: {rules!r} is not 'Tax rules ID=rate' pairs (1=0.23,2=0.06)")
        return {rule.strip(): rate.strip() for rule, _, rate in pairs}

    @field_validator("tax_rules")
    @classmethod
    def _rates_are_shares(cls, rules):
        for rule, rate in rules.items():
            if not 0 <= rate < 1:
                raise ValueError(f"tax_rules: {rule}={rate} is no rate (a share: 0.23 for 23 %)")
        return rules


class LexiconConfig(BaseModel):
    """The jewellery vocabulary (retrieval/lexicon.py): its regional packs and a shop's own file."""

    locales: list[str] = list(DEFAULT_LOCALES)  # retrieval/lexicon/locales/<locale>.toml
    extra: str | None = None  # a shop's own words, in the layout of retrieval/lexicon/jewelry.toml
    # The locale a shop's catalog is written in, read at ingest (retrieval/catalog_language.py) and
    # kept in the index: where `locales` is left at its default, the shop is heard in it (Settings.shop_asr).
    catalog_locale: str | None = None
    # The shop's own locale as its owner states it (es-AR): it decides over the catalog's where both are known.
    locale: str | None = None
    # A pack's words must be in at least this share of the listings to name the catalog's language:
    # below a Taglish shop's, above an English shop's that writes some Afrikaans words
    # (benchmarks/catalog_language.py, benchmarks/results/catalog_language.json).
    catalog_locale_share: float = Field(default=0.25, gt=0, le=1)

    def own_locale(self) -> str | None:
        """The shop's own locale: the owner's, else the catalog's read at ingest, else None (unknown)."""
        return self.locale or self.catalog_locale

    def own_lexicon(self) -> Lexicon:
        """The lexicon a shop's listings and its shoppers' requests are read with: where packs of one
        language disagree on a word, the shop's own locale's pack decides (retrieval/lexicon.py)."""
        return load_lexicon(self.locales, self.extra, self.own_locale())

    def heard_locales(self) -> list[str]:
        """The locales a shop is heard in, its own first: the configured ones; left at the default,
        the shop's own locale first (a Polish catalog is heard as Polish)."""
        own = self.own_locale()
        if own and self.locales == list(DEFAULT_LOCALES):
            return [own, *(locale for locale in self.locales if locale != own)]
        return self.locales

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, locale):
        if locale is not None and locale not in all_packs():
            raise ValueError(f"lexicon.locale: no locale pack {locale!r}; there are: {', '.join(all_packs())}")
        return locale

    @field_validator("locales", mode="before")
    @classmethod
    def _comma_separated(cls, locales):
        """--set lexicon.locales=en-IN,en-GB"""
        return [locale.strip() for locale in locales.split(",") if locale.strip()] if isinstance(locales, str) else locales


class ExtractionConfig(BaseModel):
    """How a piece's attributes (kind, metal and colour, karat, stone and colour, carat) are read
    at ingest when the file has no column for them (retrieval/extraction.py, retrieval/photo_facts.py).
    Every confidence is 0..1."""

    # How surely a word in each place describes the piece itself: a description may mention other
    # pieces ("wear it with our matching earrings"), so it only decides when nothing else does.
    title_confidence: float = 0.95
    options_confidence: float = 0.9
    materials_confidence: float = 0.9  # a listing's own list of what it is made of (Etsy's MATERIALS)
    type_confidence: float = 0.9
    tags_confidence: float = 0.85
    description_confidence: float = 0.75
    # Another place saying the same raises a reading's confidence by this share of its own;
    # saying something unrelated lowers it (a description never lowers it).
    agreement_weight: float = 0.5
    disagreement_weight: float = 0.4
    # A narrower kind of piece in the same family (engagement ring for ring) replaces the chosen one
    # when read at least this surely: a weak name ("band") does not narrow a ring to a wedding band.
    narrower_kind_confidence: float = 0.8
    # An option's name implying a kind ("Ring size", "Chain length") says it less surely than a word
    # naming the piece: its reading's share of the options' confidence (used only when no word names one).
    option_name_kind_strength: float = 0.8
    # When nothing says it: "18k gold" of no stated colour and no photo is read as yellow gold, a
    # shop export's piece with no stone named and no photo as without a stone (both listed for review).
    gold_color_default_confidence: float = 0.5
    no_stone_default_confidence: float = 0.5
    # Facet's own schema documents a missing gemstone as none.
    schema_default_confidence: float = 0.9
    # The photo probes are fitted on this catalog's items whose words state the attribute at least
    # this surely, and their accuracy measured on a held-out share of those items; a photo
    # reading's confidence is the probe's probability times that accuracy.
    photo_training_confidence: float = 0.8
    # A metal colour labels a photo from this surely: a description's word (description_confidence)
    # too. Many shops name the metal only in the body ("Argolla en oro rosa de 18k..."); the probe's
    # held-out accuracy prices in what such labels get wrong. Kind and stone labels keep the above.
    photo_color_training_confidence: float = 0.75
    # A value (a kind of piece, a metal colour, stone or no stone, a stone colour) is learned from
    # the photos only when at least this many items' words state it: a handful of pieces teach a
    # probe whatever else they share (a few plain chains: "no stone" looks like a chain).
    photo_min_examples_per_value: int = 8
    # Photos decide what words leave open only when at least this sure; below it the default stays.
    photo_min_confidence: float = 0.3
    # When the words give too few labelled kinds to fit a kind probe (a language no locale pack
    # reads), the kind is read from each photo by a probe fitted on Facet's own drawn shots of
    # `photo_reference_shots` pieces (retrieval/reference_shots.py); a reading's confidence is
    # its probability times `photo_reference_kind_accuracy`, that probe's accuracy measured on
    # diagnosed held-out shops' photos (benchmarks/results/extraction_pd_reference_calibration_960.json).
    # The pieces are the demo generator's of `photo_reference_seed`, posed by
    # `photo_reference_render_seed`: seeds no demo catalog uses (DemoCatalogConfig.seed, shot seed 0),
    # so the demo read with its words hidden is not read against drawings of its own pieces.
    photo_reference_kinds: bool = True
    photo_reference_shots: int = Field(default=960, ge=0)
    photo_reference_seed: int = 101
    photo_reference_render_seed: int = 1
    photo_reference_kind_accuracy: float = Field(default=0.64, ge=0, le=1)
    # Facts read less surely than this are listed in the review file for the owner to check.
    review_below_confidence: float = 0.6
    # When at least this share of the listings name no kind of piece Facet reads, the ingest says so:
    # their language likely has no locale pack (the photos' kinds are then read against Facet's drawn shots).
    unread_kind_warning_share: float = Field(default=0.5, gt=0, le=1)


class ImagesConfig(BaseModel):
    """Item photos at ingest (retrieval/images.py): where they may come from, what reading one may
    cost, and the normalised copy of each kept under <data_dir>/images/, the folder the web chat
    serves them from."""

    # Downloads: this many at once; each gives up after connect_timeout to connect, read_timeout
    # without a byte, or deadline for the whole download (redirects included), whichever first.
    fetch_workers: int = 8
    connect_timeout_seconds: float = 5.0
    read_timeout_seconds: float = 10.0
    deadline_seconds: float = 30.0
    max_redirects: int = 3
    # Hosts resolving to loopback, private, link-local, multicast or reserved addresses are
    # refused (after DNS, and at every redirect), unless listed here or this is true (tests).
    allow_private_hosts: bool = False
    private_hosts_allowed: list[str] = []  # e.g. an image server on the shop's own network
    max_bytes: int = 20_000_000  # a download or a photo file
    # Checked from the image header, before anything is decoded: a decompression bomb costs nothing.
    max_pixels: int = 40_000_000
    decode_workers: int = 2  # photos decoded at once (each may hold max_pixels in memory)
    # The normalised copy: upright, RGB on white, longest side at most this; a JPEG stays a JPEG
    # at this quality, anything else becomes a PNG (lossless: a rendered shot keeps its pixels).
    stored_max_side: int = 1024
    jpeg_quality: int = 95
    # A PNG copy is lossless whatever the level: 1 writes it ~2.5x faster than zlib's default 6, a little larger.
    png_compress_level: int = 1
    # A Magento shop's media URL (https://shop.example/media/catalog/product): its export's photo paths
    # not found in a media folder beside it are fetched from here (retrieval/magento_media.py; --media-url).
    media_url: str = ""
    # Photos found by name (retrieval/photos_by_name.py): an item naming no photo gets the image files in
    # the photo folder (--images, else the catalog's), or in these subfolders of it, named by its handle,
    # id or a SKU ("ring-18k.jpg", "ring-18k-2.jpg"); at most by_name_shown file names in a warning.
    by_name: bool = True
    by_name_folders: list[str] = ["images", "photos", "fotos", "imagenes"]
    by_name_extensions: list[str] = ["jpg", "jpeg", "png", "webp", "gif"]
    by_name_shown: int = 5

    @field_validator("by_name_folders", "by_name_extensions", mode="before")
    @classmethod
    def _listed(cls, names):
        """--set images.by_name_folders=images,pics"""
        return [name.strip() for name in names.split(",") if name.strip()] if isinstance(names, str) else names

    @field_validator("by_name_folders")
    @classmethod
    def _inside(cls, folders: list[str]) -> list[str]:
        for folder in folders:
            if PurePosixPath(folder).is_absolute() or "\\" in folder or ".." in PurePosixPath(folder).parts:
                raise ValueError(f"{folder!r} is not a subfolder's name: a by-name folder lies inside the photo folder")
        return folders

    @field_validator("by_name_extensions")
    @classmethod
    def _extensions(cls, extensions: list[str]) -> list[str]:
        return [extension.lower().lstrip(".") for extension in extensions]

    @field_validator("media_url")
    @classmethod
    def _https_only(cls, url: str) -> str:
        url = url.strip()
        if url and (not url.lower().startswith("https://") or len(url) <= len("https://")):
            raise ValueError(f"the media URL must be an https:// address, not {url[:80]!r}")
        return url

    @field_validator("private_hosts_allowed", mode="before")
    @classmethod
    def _comma_separated(cls, hosts):
        """--set images.private_hosts_allowed=cdn.local,10.0.0.5"""
        return [host.strip() for host in hosts.split(",") if host.strip()] if isinstance(hosts, str) else hosts


class HNSWConfig(BaseModel):
    """chromadb's HNSW settings for newly created collections; None keeps chromadb's default.
    An existing collection keeps the settings it was created with."""

    ef_construction: int | None = None
    ef_search: int | None = None
    max_neighbors: int | None = None
    # Vectors buffered before they enter the graph, and writes between saves of the graph file.
    batch_size: int | None = None
    sync_threshold: int | None = None


SearchParam = bool | int | float | str  # bool first: SCANN's with_raw_data must reach Milvus as true, not 1


def deep_merge(base: dict, overrides: dict) -> dict:
    """`overrides` on top of `base` at every depth (settings given as nested dicts): --set
    index.milvus.index_types.HNSW.build.M=32 keeps HNSW's other parameters."""
    merged = dict(base)
    for key, value in overrides.items():
        merged[key] = deep_merge(base[key], value) if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return merged


class MilvusIndexParams(BaseModel):
    """One Milvus index type: the parameters it is built with and searched with (Milvus's own
    names, passed through as they are: `--set index.milvus.index_types.HNSW.build.M=32`)."""

    build: dict[str, SearchParam] = {}
    search: dict[str, SearchParam] = {}  # an unfiltered search
    search_filtered: dict[str, SearchParam] = {}  # a search under a filter (missing keys: `search`'s)
    # A search whose filter names values of the collection's partition key (`category in [...]`):
    # only those values' partitions are searched, where most rows pass (missing keys: `search_filtered`'s).
    search_partitioned: dict[str, SearchParam] = {}
    # The search parameter that must be at least the number of results asked for (HNSW's ef).
    at_least_results: str | None = None

    @field_validator("build", "search", "search_filtered", "search_partitioned", mode="before")
    @classmethod
    def _numbers_from_text(cls, params):
        """--set gives text: "32" is the number Milvus expects, "true" the flag."""
        return {key: _number(value) for key, value in params.items()} if isinstance(params, dict) else params


FLAGS = {"true": True, "false": False}


def _number(value):
    if not isinstance(value, str):
        return value
    if value.lower() in FLAGS:
        return FLAGS[value.lower()]
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def _default_index_types() -> dict[str, MilvusIndexParams]:
    # HNSW under a filter: milvus-lite skips rows failing it while it walks the graph, so a
    # selective filter needs a far wider search: at 10k items, a filter passing 2 % of them
    # reached recall@10 0.51 at ef 64, 0.74 at 200, 0.98-0.99 at 1,000 (benchmarks/scale.py).
    return {
        "HNSW": MilvusIndexParams(build={"M": 16, "efConstruction": 200}, search={"ef": 64}, search_filtered={"ef": 2_048},
                                  at_least_results="ef"),  # fmt: skip
        # IVF_FLAT filters by scanning: under a filter every list is read (nprobe = nlist) and each
        # passing row scored exactly, so a filter that disagrees with the query's neighbourhood
        # loses nothing (HNSW's walk does), at a cost that grows with the rows passing. Unfiltered,
        # the nearest 32 lists.
        "IVF_FLAT": MilvusIndexParams(build={"nlist": 1_024}, search={"nprobe": 32}, search_filtered={"nprobe": 1_024}),
        "IVF_SQ8": MilvusIndexParams(build={"nlist": 1_024}, search={"nprobe": 32}, search_filtered={"nprobe": 64}),
        # ScaNN (a Milvus >= 2.3 server; not milvus-lite): IVF lists of quantized vectors, the best re-scored with the raw ones.
        "SCANN": MilvusIndexParams(build={"nlist": 1_024, "with_raw_data": True}, search={"nprobe": 32}, search_filtered={"nprobe": 64}),
        "FLAT": MilvusIndexParams(),
    }


class MilvusConfig(BaseModel):
    """The Milvus engine's vector index (retrieval/milvus_store.py), for newly created collections:
    `index_type` names one of `index_types`, whose parameters it is built and searched with."""

    # IVF_FLAT: exact under any filter, and at 1M items within the latency target where HNSW needed
    # a far wider walk for less recall (benchmarks/results/scale_milvus_server_1m_ivf_flat_quiet.json,
    # scale_milvus_server_1m_quiet.json).
    index_type: str = "IVF_FLAT"
    index_types: dict[str, MilvusIndexParams] = Field(default_factory=_default_index_types)
    # A Milvus server seals written rows into segments and indexes them in the background; until a
    # segment's index is built it is searched through a coarse interim index (lower recall). After
    # a write, wait up to this long for the index to cover every row (0: do not wait).
    index_wait_s: float = 1_800.0
    # Searches and reads: None keeps each collection's Strong consistency (every write is seen at
    # once; a Milvus server holds each read until its next time tick, `proxy.timeTickInterval`,
    # 200 ms by default); "Bounded" answers at once from a view at most a few seconds old.
    read_consistency: Literal["Strong", "Session", "Bounded", "Eventually"] | None = None
    # Partition key (Milvus >= 2.2.9): rows are hashed by this metadata field's value into
    # `num_partitions` partitions, each with its own segments and graphs, and a search whose filter
    # names the field's values (`category in ["ring"]`) walks only theirs. For new collections
    # (an existing one keeps its layout: `facet reindex` rebuilds it); None: one partition. Off by
    # default: category searches get faster, but a selective filter inside one category is no
    # longer searched exactly, and recall on it falls (README, "A partition key on category").
    partition_key: str | None = None
    num_partitions: int = Field(default=64, ge=1, le=1_024)  # Milvus's default and its limit
    # Rows per page when the whole collection is read (a server may send each segment's page at
    # once: 33 segments x 5,000 rows at 1M items passed its 64 MB message limit).
    read_page_rows: int = 1_000

    @model_validator(mode="after")
    def _known_index_type(self):
        if self.index_type not in self.index_types:
            raise ValueError(f"index.milvus.index_type {self.index_type!r} has no parameters in index.milvus.index_types "
                             f"(known: {', '.join(sorted(self.index_types))})")  # fmt: skip
        return self

    @property
    def index(self) -> MilvusIndexParams:
        return self.index_types[self.index_type]

    def search_params(self, filtered: bool, n_results: int, partitioned: bool = False) -> dict[str, SearchParam]:
        """The chosen index type's search parameters for one search (`partitioned`: its filter
        confines it to some of the collection's partitions)."""
        index = self.index
        params = {**index.search, **(index.search_filtered if filtered else {}), **(index.search_partitioned if partitioned else {})}
        if index.at_least_results in params:
            params[index.at_least_results] = max(int(params[index.at_least_results]), n_results)
        return params


class ReindexConfig(BaseModel):
    """`facet reindex` (retrieval/reindex.py): how a rebuilt generation is checked before the switch."""

    probes: int = 5  # stored items, spread over the catalog, each searched for by its own text vector
    probe_k: int = 10  # ... and found among this many nearest (identical texts may tie)


class IndexConfig(BaseModel):
    # The vector store: "chroma" (embedded, or a `chroma run` server) or "milvus" (a big catalog's
    # engine: README, Scale). Both hold the same items; switching re-ingests.
    engine: Literal["chroma", "milvus"] = "chroma"
    # Milvus: None is an embedded milvus-lite database under the data folder (one process at a
    # time); a URI (http://host:19530) is a Milvus server.
    milvus_uri: str | None = None
    milvus: MilvusConfig = MilvusConfig()
    # chroma: None is an embedded chromadb PersistentClient under the data folder; a host, a `chroma run` server.
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection_prefix: str = "facet"
    ingest_batch_size: int = 64
    hnsw: HNSWConfig = HNSWConfig()
    reindex: ReindexConfig = ReindexConfig()

    @model_validator(mode="before")
    @classmethod
    def _without_retired(cls, values):
        """Drop a retired setting (FACET_INDEX__MIRROR__..., --set index.mirror....), saying so."""
        if isinstance(values, dict):
            for key in RETIRED_INDEX_SETTINGS.keys() & values.keys():
                values = {name: value for name, value in values.items() if name != key}
                log.warning("index.%s.* is ignored: %s", key, RETIRED_INDEX_SETTINGS[key])
        return values


class ImageTuningConfig(BaseModel):
    """Image vectors tuned to the catalog at ingest (retrieval/tuning.py). Measured on the demo
    catalog with benchmarks/vision.py; each training view costs one more encode per item, and a fit
    on a sample tunes the items it did not see as well (benchmarks/tuning_cost.py,
    benchmarks/results/tuning_cost.json): 2 views on a capped sample cost a fraction of the
    first ingest that 4 views on every shot did, for a Recall@1 within 0.01."""

    enabled: bool = True
    views: int = 2  # made-up shopper photos per item
    dim: int = 256  # the learned part's size
    learned_weight: float = 0.5  # of the learned part against the encoder's own vector
    temperature: float = 0.05
    steps: int = 300
    learning_rate: float = 1e-3
    weight_decay: float = 1e-4
    batch_items: int = 512
    # The fit uses at most max_items shots (sampled); below min_items there is nothing to learn from.
    max_items: int = 300
    min_items: int = 16
    max_photo_side: int = 512  # shots are shrunk to this for the fit, which holds them all in memory
    # An ingest that embeds photos for at least this share of the catalog refits.
    refit_share: float = 0.5
    seed: int = 0
    threads: int = 2  # making the training views


class FusionConfig(BaseModel):
    """How a query's signals (words as a sentence embedding, words as BM25 terms, a photo) are
    turned into one ranking. Every stage can be switched off for the ablation benchmark."""

    # Weights of the words and the photo when a query has both; a query with one uses that one alone.
    text_weight: float = 0.35
    image_weight: float = 0.65
    # BM25 over item text as a third signal, taking this share of the words' weight.
    lexical: bool = True
    lexical_share: float = 0.5
    bm25_k1: float = 1.2
    bm25_b: float = 0.75
    # "weighted": weighted mean of cosine similarities and BM25 over its best candidate;
    # "rrf": reciprocal-rank fusion, sum of weight / (rrf_k + rank), 1 for first place in all.
    # Weighted measured best on benchmarks/quality.py: NDCG@10 0.843 against 0.837 for RRF at k=20.
    method: Literal["rrf", "weighted"] = "weighted"
    rrf_k: float = 20.0
    # Hard constraints go into the store's `where`, exact at any depth. False applies them to the
    # candidates after the search instead, as a plain vector search does: only for comparison.
    filter_in_store: bool = True
    # When the words name a metal, a photo's vector is compared without its colour part: the
    # words say which metal is wanted, the photo supplies the look (benchmarks/quality.py, photo
    # + words: NDCG@10 0.653 -> 0.693, R@10 0.748 -> 0.797, R@1 0.583 -> 0.550; also leaving it
    # out when the words name a stone measured worse: 0.679, R@1 0.517).
    words_overrule_photo_colors: bool = True
    # Added to (subtracted from) the fused relevance, which is at most 1; 0 turns it off.
    preference_boost: float = 0.15  # times the share of occasion / style / recipient wishes met
    avoid_penalty: float = 0.3  # times how much an item has of what the shopper wants less of
    # Maximal marginal relevance over the best `diversity_pool` candidates; lambda 1 is relevance only
    # (0.9: dup@8 0.153 -> 0.145 for -0.001 NDCG@10; 0.8: 0.132 for -0.002).
    diversity: bool = True
    mmr_lambda: float = 0.9
    diversity_pool: int = 30
    # How many nearest items each signal proposes before every candidate is scored in every signal.
    candidate_pool: int = 100
    # How many of BM25's best the store is first asked about under the constraints (by id alone),
    # each further round four times more while the pool is not full. Milvus finds a few hundred ids
    # by primary key in a few ms, 1,600 in ~30 (benchmarks/results/milvus_1m_lexical_ask_probe.txt);
    # chromadb answers its `where` once per search, however many rounds.
    lexical_ask: int = 200
    # The words are encoded and their nearest items asked on a worker thread while BM25 is scored
    # and its candidates asked of the store here, so the engine's search, the encoder and Facet's
    # own work overlap (the same hits either way).
    overlap_nearest: bool = True
    top_k: int = 5


class DemoCatalogConfig(BaseModel):
    items: int = 480
    seed: int = 7
    image_size: int = 256
