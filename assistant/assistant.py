"""One conversational turn, used by both the CLI and the web chat: words, a photo and/or
speech in; constraints, ranked items and a grounded answer out. `turn_stream` yields the cards
first, then the answer as it is written; `turn` returns the finished Reply."""

from __future__ import annotations

import logging
import re
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Iterator

import torch
from PIL import Image

from assistant.answer import constraint_chips, describe_constraints, format_price, prose_name, why_matched, write_answer
from assistant.config import Settings
from assistant.conversation import Session
from assistant.hearing import ShopHearing, hear, shop_hearing
from assistant.dialogue import (
    MAX_COMPARED,
    RELAXED_LABELS,
    apply_refinements,
    availability_answer,
    comparison_rows,
    comparison_table,
    describe_relaxation,
    detect_intent,
    details_answer,
    general_answer,
    relaxations,
    resolve_references,
)
from assistant.llm import create_chat_model
from assistant.photo_kind import PhotoKind, assumed_note, photo_kind, with_photo_kind
from assistant.understanding import understand
from assistant.writer import AnswerRequest, GroundedWriter
from perception.asr import ASR, create_asr
from perception.audio import decode_audio
from perception.image_encoder import create_image_encoder, open_image
from perception.text_encoder import create_text_encoder
from perception.denoise import speech_for_asr
from retrieval.attributes import AttributeReader, Guess, PhotoAttributes, describe
from retrieval.catalog import Item
from retrieval.demo.generate import write_demo_catalog
from retrieval.importer import CatalogImporter, ImportSettings
from retrieval.index import CatalogIndex, IngestReport, connect
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import ShopVocabulary, shop_vocabulary
from retrieval.store import DEMO_CATALOG, SHOP_CATALOG, ShopCatalogError
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery, Hit, Searcher
from retrieval.tuning import tuned_for_catalog

log = logging.getLogger(__name__)

MIN_COMPARED = 2  # pieces the shopper picks to see side by side


class InputError(ValueError):
    """A shopper's input the assistant cannot use; the message is a clear one-line reason."""


class EmptyQueryError(InputError):
    """A turn with nothing in it."""


class MessageTooLongError(InputError):
    """A typed message over the configured length, refused before any model work."""


class SelectionError(InputError):
    """The shopper picked pieces that can't be used: unknown, or too few or many to compare."""


@dataclass
class Result:
    id: str
    title: str
    price: float
    currency: str
    score: float
    why: str
    category: str
    metal: str
    gemstone: str
    in_stock: bool
    image: str
    # Constraints this result does not meet: set only for the closest alternatives offered
    # when nothing meets them all.
    relaxed: list[str] = field(default_factory=list)


@dataclass
class Reply:
    transcript: str | None
    constraints: dict
    constraint_labels: list[str]
    results: list[Result]
    answer: str
    intent: str = "search"
    answer_source: str = "template"  # "llm", "llm-retry" or "template"
    notes: list[str] = field(default_factory=list)
    on_screen: list[str] = field(default_factory=list)
    transcript_confidence: float | None = None
    seen: str | None = None  # what the photo shows, in words ("a rose-gold ring with a pink stone")
    table: list[list[str]] = field(default_factory=list)  # a comparison's plain-text rows, titles first
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict:
        """The CLI's --json contract."""
        return {
            "transcript": self.transcript,
            "constraints": self.constraints,
            "results": [
                {key: value for key, value in asdict(r).items() if key in ("id", "title", "price", "currency", "score", "why")}
                for r in self.results
            ],
            "answer": self.answer,
            **({"seen": self.seen} if self.seen else {}),
        }


@dataclass
class TurnEvent:
    kind: str  # "results": cards are ready; "token": more answer text; "restart": drop the text so far; "done"
    reply: Reply
    text: str = ""


AFFIRMATIVE = re.compile(r"^\s*(?:yes|yeah|yep|yup|right|correct|that's right|exactly|sure)\b", re.I)
CONFIRM_QUESTION = 'I heard: "{transcript}". Did I get that right? Say yes, or type what you meant.'


class Assistant:
    def __init__(self, settings: Settings, index: CatalogIndex, asr: ASR, chat_model=None):
        self.settings = settings
        self.index = index
        self.asr = asr
        self.searcher = Searcher(index, settings.fusion)
        self.photo_reader = AttributeReader(index)
        self.writer = GroundedWriter(chat_model, settings.llm, self.catalog_titles) if chat_model else None
        self._titles: set[str] | None = None
        self._hearing: ShopHearing | None = None
        self._vocabulary: ShopVocabulary | None = None
        self._read_revision: str | None = None  # the index's text revision the two were read at

    @classmethod
    def from_settings(cls, settings: Settings) -> Assistant:
        torch.set_num_threads(settings.torch_threads)
        index = CatalogIndex(
            connect(settings.index, settings.chroma_dir),
            create_text_encoder(settings.text_encoder),
            tuned_for_catalog(create_image_encoder(settings.image_encoder), settings.image_tuning, settings.tuning_dir / settings.index.collection_prefix),
            settings.index,
            mirror_dir=settings.mirror_dir,
        )
        asr = create_asr(settings.asr, threads=settings.torch_threads, models_dir=settings.models_dir)
        return cls(settings, index, asr, create_chat_model(settings.llm, settings.models_dir))

    def catalog_titles(self) -> set[str]:
        """Every title in the index, so the verifier can tell a real-but-unretrieved product."""
        self._read_catalog()
        return self._titles

    def hearing(self) -> ShopHearing:
        """What voice turns listen for (assistant/hearing.py)."""
        self._read_catalog()
        return self._hearing

    def vocabulary(self) -> ShopVocabulary:
        """The shop's words: its kinds of piece, metals and stones on top of the lexicon."""
        self._read_catalog()
        return self._vocabulary

    def _read_catalog(self) -> None:
        """The titles, the vocabulary and the hearing, from one read of the indexed catalog, read
        again only when the catalog's texts have changed (by this process's ingest or another's)."""
        revision = self.index.text_revision()
        if self._titles is not None and revision == self._read_revision:
            return
        items = list(self.index.items(self.index.all_ids()).values())
        self._titles = {item.title for item in items}
        self._vocabulary = shop_vocabulary(items, load_lexicon(self.settings.lexicon.locales, self.settings.lexicon.extra))
        self._hearing = shop_hearing(items, self.settings.asr.lm_max_items, self._vocabulary)
        self._read_revision = revision

    def warm_up(self) -> None:
        """Load every model now rather than on the first shopper's turn."""
        self.index.text_encoder.encode_text(["warm up"])
        self.index.image_encoder.encode_image([Image.new("RGB", (64, 64), "white")])
        self.asr.model.get()
        for kind in ("text", "image"):  # a big catalog's in-memory mirror (None for a small one)
            self.index.mirror(kind)
        if self.writer:
            self.writer.warm_up()

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
        self._titles = self._hearing = None
        report.sync_skipped = skip_sync
        if over_demo:
            report.notes.append("the index still holds the demo catalog's pieces: ingest with --sync to keep only this catalog's")
        return report, read.loaded.errors

    def catalog_importer(self) -> CatalogImporter:
        settings = self.settings
        return CatalogImporter(self.index, ImportSettings(
            settings.currency, settings.catalog, settings.images, settings.images_dir, settings.lexicon, settings.extraction,
            settings.import_dir,
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

    def turn(self, text=None, image=None, audio=None, session: Session | None = None, top_k: int | None = None) -> Reply:
        """One whole turn; see `turn_stream` for the answer as it is written."""
        for event in self.turn_stream(text, image, audio, session, top_k):
            if event.kind == "done":
                return event.reply
        raise AssertionError("turn_stream ends with a done event")

    def turn_stream(
        self,
        text: str | None = None,
        image: str | Path | bytes | Image.Image | None = None,
        audio: str | Path | bytes | None = None,
        session: Session | None = None,
        top_k: int | None = None,
    ) -> Iterator[TurnEvent]:
        started = time.perf_counter()
        text = (text or "").strip()
        if not text and image is None and audio is None:
            raise EmptyQueryError("empty query: type what you are looking for, attach a photo, or record your voice")
        limit = self.settings.conversation.max_message_chars
        if len(text) > limit:
            raise MessageTooLongError(f"your message is {len(text):,} characters long; the limit is {limit:,}")
        session = session if session is not None else Session()
        top_k = top_k or self.settings.fusion.top_k

        transcript = confidence = None
        timings: dict[str, float] = {}
        if audio is not None:
            heard = self._transcribe(audio)
            transcript, confidence = heard.text, heard.confidence
            timings["speech_ms"] = _ms_since(started)
            confirm_below = self.settings.conversation.confirm_below_confidence
            if confidence < (self.settings.asr.confirm_level() if confirm_below is None else confirm_below) and not text:
                session.pending_transcript = transcript
                reply = self._reply(session, [], CONFIRM_QUESTION.format(transcript=transcript), "confirm", transcript, confidence)
                yield TurnEvent("results", reply)
                yield TurnEvent("done", reply)
                return
        if session.pending_transcript and AFFIRMATIVE.match(text) and image is None:
            text, transcript = session.pending_transcript, session.pending_transcript
        session.pending_transcript = None
        photo = open_image(image, self.settings.image_encoder.max_photo_bytes) if image is not None else None
        utterance = " ".join(part for part in (text, transcript if text != transcript else None) if part)

        understanding = understand(utterance, self.settings.currency, self.settings.conversation.exchange_rates, self.vocabulary())
        if understanding.reset:
            session.reset()
        shown = self._items_in_order(session.shown)
        intent = detect_intent(utterance) if utterance and photo is None else "search"
        referenced = resolve_references(utterance, shown, self._items_in_order(session.focus)) if utterance else []
        if intent != "search":
            reply = self._conversational_reply(intent, utterance, referenced, shown, session, transcript, confidence)
            if reply is not None:
                yield TurnEvent("results", reply)
                yield TurnEvent("done", reply)
                return

        constraints = session.clear(session.carry(understanding.constraints), understanding.clear_slots)
        photo_vector = self.index.image_encoder.encode_image([photo])[0] if photo is not None else None
        seen = self.photo_reader.read(photo_vector) if photo_vector is not None else None
        kind = self.pictured_kind(seen, photo_vector) if photo_vector is not None and utterance else None
        constraints = with_photo_kind(constraints, understanding.constraints, kind)
        # "this style but cheaper": cheaper than the piece in the photo, not than the cards on screen.
        pictured = self._pictured_item(photo_vector) if photo_vector is not None and understanding.refinements else None
        constraints, refined = apply_refinements(constraints, understanding.refinements, [pictured] if pictured else shown)
        words = utterance if utterance and (understanding.has_content_words or photo is None) else None
        # Beside the shopper's words only: a photo alone is best matched by its picture.
        photo_words = self._photo_words(seen, understanding.constraints) if seen and words else None
        query = FusedQuery(
            text=" ".join(filter(None, (words, photo_words))) or None, image=photo, image_vector=photo_vector,
            constraints=constraints, preferences=understanding.preferences,
        )  # fmt: skip
        if "similar" in understanding.refinements and (referenced or shown) and photo is None:
            query = self._more_like(referenced[0] if referenced else shown[0], constraints)
        skip = set(session.seen) if "more" in understanding.refinements else set()
        seen_phrase = describe(seen, self.settings.conversation.photo_attribute_confidence) if seen else ""
        notes = [f"this looks like {seen_phrase}"] if seen_phrase else []
        if kind is not None and not kind.sure and constraints.categories == [kind.category]:
            notes.append(assumed_note(kind))
        notes += understanding.notes + [f"showing {phrase}" for phrase in refined]
        session.query, session.photo = utterance, str(image) if isinstance(image, (str, Path)) else None
        yield from self._search(
            session, query, top_k, utterance, notes, skip=skip, used_photo=photo is not None,
            transcript=transcript, confidence=confidence, started=started, timings=timings, seen=seen_phrase or None,
        )  # fmt: skip

    def pictured_kind(self, seen: PhotoAttributes | None, photo_vector) -> PhotoKind | None:
        """The kind of piece the photo shows (assistant/photo_kind.py)."""
        conversation = self.settings.conversation
        nearest = self.index.nearest_image_ids(photo_vector, conversation.photo_kind_neighbours)
        found = self.index.items(nearest)
        return photo_kind(seen, [found[i] for i in nearest if i in found], conversation.photo_attribute_confidence)

    def _pictured_item(self, photo_vector) -> Item | None:
        """The catalog piece nearest to a photo: what "this" means in "this style but cheaper"."""
        nearest = self.index.nearest_image_ids(photo_vector, 1)
        return next(iter(self.index.items(nearest).values()), None)

    def _photo_words(self, seen: PhotoAttributes, said: Constraints) -> str | None:
        """What the photo shows, as search words beside its picture: only the attributes the
        probes are sure of and the shopper's words leave open (the words win: "like this but in
        white gold" drops the photo's yellow gold)."""
        sure = self.settings.conversation.photo_attribute_confidence
        open_slots = {
            "category": not (said.categories or said.exclude_categories),
            "metal_color": not (said.metals or said.exclude_metals or said.karats),
            "stone": not (said.gemstones or said.gemstone_colors or said.exclude_gemstones),
        }
        unsure = Guess("", 0.0)
        kept = PhotoAttributes(
            category=seen.category if open_slots["category"] else unsure,
            metal_color=seen.metal_color if open_slots["metal_color"] else unsure,
            stone=seen.stone if open_slots["stone"] else unsure,
            stone_color=seen.stone_color if open_slots["stone"] else None,
        )
        return describe(kept, sure, require_category=False) or None

    def _search(
        self, session: Session, query: FusedQuery, top_k: int, utterance: str, notes: list[str], skip: set[str] = frozenset(),
        exclude: set[str] = frozenset(), used_photo: bool = False, transcript: str | None = None,
        confidence: float | None = None, started: float | None = None, timings: dict[str, float] | None = None,
        seen: str | None = None,
    ) -> Iterator[TurnEvent]:
        """The end of every turn that searches: rank, answer, put the results on screen, write the
        prose. `skip`: ids already shown for this search ("show me more"); `exclude`: ids to leave out."""
        started = started if started is not None else time.perf_counter()
        timings = dict(timings or {})
        constraints = query.constraints
        left_out = set(skip) | set(exclude)
        search_started = time.perf_counter()
        hits = [hit for hit in self.searcher.search(query, top_k=top_k + len(left_out)) if hit.item.id not in left_out][:top_k]
        results = [self._result(hit, constraints, query.text) for hit in hits]
        if not hits and not constraints.is_empty():
            results, answer = self._closest_alternatives(query, constraints, top_k)
        else:
            answer = write_answer(hits, constraints, self.settings.currency, used_photo=used_photo, transcript=transcript)
        if notes:
            answer = " ".join(note[0].upper() + note[1:] + "." for note in notes) + "\n" + answer
        timings["search_ms"] = _ms_since(search_started)

        session.constraints = constraints
        session.seen = (session.seen if skip else []) + [r.id for r in results]
        session.shown, session.focus, session.turns = [r.id for r in results], [], session.turns + 1
        reply = self._reply(session, results, answer, "search", transcript, confidence, notes, seen)
        yield TurnEvent("results", reply)
        if self.writer and hits:
            yield from self._write(reply, utterance, [hit.item for hit in hits], constraints, notes)
        reply.timings_ms = {**timings, "total_ms": _ms_since(started)}
        yield TurnEvent("done", reply)

    def _write(self, reply: Reply, utterance: str, items: list[Item], constraints: Constraints, notes: list[str]):
        request = AnswerRequest(
            user_text=utterance or "(a photo)", items=items[: self.settings.llm.items_in_prompt],
            constraints=constraints, template_answer=reply.answer, notes=notes,
        )  # fmt: skip
        for event in self.writer.stream(request):
            if event.kind == "final":
                reply.answer, reply.answer_source = event.text, event.source
            else:
                yield TurnEvent(event.kind, reply, event.text)

    def _conversational_reply(self, intent, utterance, referenced, shown, session, transcript, confidence) -> Reply | None:
        """Details, comparison, availability or a general question; None when the words point at
        nothing on screen, so the turn is treated as a search."""
        if intent == "question":
            return self._reply(session, [], general_answer(utterance), intent, transcript, confidence)
        if intent == "compare":
            items = referenced if len(referenced) >= 2 else shown[:2] if len(shown) >= 2 else []
            if items:
                return self._compared(session, items, transcript, confidence)
            answer = None
        else:
            items = (referenced or shown)[:1]
            answer = (details_answer if intent == "details" else lambda item: availability_answer(item, utterance))(items[0]) if items else None
        if answer is None:
            return None
        return self._about(session, intent, items, answer, transcript, confidence)

    def _about(self, session: Session, intent: str, items: list[Item], answer: str, transcript=None, confidence=None) -> Reply:
        """A reply about particular pieces, which become the ones "it" and "them" refer to."""
        session.focus, session.turns = [item.id for item in items], session.turns + 1
        results = [self._plain_result(item) for item in items]
        return self._reply(session, results, answer, intent, transcript, confidence)

    # --- what the shopper does with the chips and cards on screen (the web chat) ---------------

    def filters(self, session: Session) -> list[str]:
        """The constraints in force, as the labels of chips the shopper can remove."""
        return [chip.label for chip in constraint_chips(session.constraints, self.settings.currency)]

    def remove_filters(self, session: Session, labels: list[str], top_k: int | None = None) -> Iterator[TurnEvent]:
        """Drop the constraints shown with these chip labels and run the search on screen again
        (its words less the dropped constraints' wording, its photo), like a turn."""
        constraints = session.constraints
        for label in labels:
            chip = next((c for c in constraint_chips(constraints, self.settings.currency) if c.label == label), None)
            if chip is not None:
                constraints = replace(constraints, **chip.cleared)
        understanding = understand(session.query, self.settings.currency, self.settings.conversation.exchange_rates, self.vocabulary())
        photo = open_image(session.photo) if session.photo else None
        query = FusedQuery(text=understanding.remainder or None, image=photo, constraints=constraints, preferences=understanding.preferences)
        yield from self._search(session, query, top_k or self.settings.fusion.top_k, session.query, [], used_photo=photo is not None)

    def more_like(self, session: Session, item_id: str, top_k: int | None = None) -> Iterator[TurnEvent]:
        """Pieces like this one (its picture and its title) under the filters in force, itself left out."""
        item = self._item(item_id)
        query = self._more_like(item, session.constraints)
        session.query, session.photo = item.title, item.image if query.image is not None else None
        notes = [f"showing pieces like the {prose_name(item)}"]
        yield from self._search(session, query, top_k or self.settings.fusion.top_k, item.title, notes, exclude={item.id})

    def details(self, session: Session, item_id: str) -> Reply:
        item = self._item(item_id)
        return self._about(session, "details", [item], details_answer(item))

    def compare(self, session: Session, item_ids: list[str]) -> Reply:
        """Two or three pieces side by side (a Markdown table of catalog facts)."""
        items = self._items_in_order(list(dict.fromkeys(item_ids)))
        if not MIN_COMPARED <= len(items) <= MAX_COMPARED:
            raise SelectionError(f"pick {MIN_COMPARED} or {MAX_COMPARED} pieces to compare (got {len(items)})")
        return self._compared(session, items)

    def _compared(self, session: Session, items: list[Item], transcript=None, confidence=None) -> Reply:
        session.compared = [item.id for item in items]
        reply = self._about(session, "compare", items, comparison_table(items), transcript, confidence)
        reply.table = comparison_rows(items)
        return reply

    def toggle_wishlist(self, session: Session, item_id: str) -> bool:
        """Save a catalog piece to the session's wishlist, or take it off; True when it is saved now."""
        return session.toggle_wishlist(self._item(item_id).id)

    def wishlist(self, session: Session) -> list[Result]:
        """The saved pieces still in the catalog, in the order saved, with today's prices."""
        return [self._plain_result(item) for item in self._items_in_order(session.wishlist)]

    def _item(self, item_id: str) -> Item:
        found = self.index.items([item_id])
        if item_id not in found:
            raise SelectionError(f"that piece ({item_id}) is not in the catalog any more")
        return found[item_id]

    def _plain_result(self, item: Item) -> Result:
        return self._result(Hit(item, 1.0, None, None), Constraints(), None)

    def _closest_alternatives(self, query: FusedQuery, constraints: Constraints, top_k: int) -> tuple[list[Result], str]:
        """Nothing meets every constraint: say so, and offer the best results with one constraint
        relaxed at a time, each named."""
        wanted = ", ".join(describe_constraints(constraints, self.settings.currency))
        offers, results, names = [], [], []
        for name, relaxed in relaxations(constraints):
            hits = self.searcher.search(replace(query, constraints=relaxed), top_k=top_k)
            if name == "price":  # over budget: the closest prices first
                hits.sort(key=lambda hit: hit.item.price)
            offered = [hit for hit in hits if hit.item.id not in {r.id for r in results}][: self.settings.conversation.items_per_alternative]
            if not offered:
                continue
            offers.append(describe_relaxation(name, constraints, [hit.item for hit in offered], self.settings.currency))
            for hit in offered:
                result = self._result(hit, relaxed, query.text)
                result.relaxed = [name]
                result.why = f"closest alternative, {RELAXED_LABELS[name]} · {result.why}"
                results.append(result)
                names.append(prose_name(hit.item))
            if len(offers) == self.settings.conversation.alternatives:
                break
        if not offers:
            return [], write_answer([], constraints, self.settings.currency, used_photo=query.image is not None)
        lines = [f"I couldn't find anything matching {wanted}. The closest I have: {'; and '.join(offers)}."]
        lines += [
            f"{n}. {named} — {format_price(r.price, r.currency)} ({RELAXED_LABELS[r.relaxed[0]]})"
            for n, (named, r) in enumerate(zip(names, results), 1)
        ]
        return results, "\n".join(lines)

    def _more_like(self, item: Item, constraints: Constraints) -> FusedQuery:
        photo = open_image(item.image) if item.image and not item.image_is_url() else None
        return FusedQuery(text=item.title, image=photo, constraints=constraints)

    def _items_in_order(self, ids: list[str]) -> list[Item]:
        found = self.index.items(ids)
        return [found[item_id] for item_id in ids if item_id in found]

    def _result(self, hit: Hit, constraints: Constraints, query_text: str | None) -> Result:
        item = hit.item
        return Result(
            id=item.id, title=item.title, price=item.price, currency=item.currency, score=round(hit.score, 4),
            why=why_matched(hit, constraints, query_text), category=item.category, metal=item.metal_label,
            gemstone=item.gemstone, in_stock=item.in_stock, image=item.image,
        )  # fmt: skip

    def _reply(self, session, results, answer, intent, transcript, confidence, notes=(), seen=None) -> Reply:
        return Reply(
            transcript=transcript, constraints=session.constraints.to_dict(),
            constraint_labels=describe_constraints(session.constraints, self.settings.currency),
            results=results, answer=answer, intent=intent, notes=list(notes), on_screen=list(session.shown),
            transcript_confidence=confidence, seen=seen,
        )  # fmt: skip

    def _transcribe(self, audio: str | Path | bytes):
        audio_config = self.settings.audio
        samples = decode_audio(
            audio, sample_rate=audio_config.sample_rate, max_seconds=audio_config.max_seconds, max_bytes=audio_config.max_bytes
        )
        speech = speech_for_asr(samples, audio_config)
        return hear(self.asr, speech, self.hearing(), self.settings.asr)


def _ms_since(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)
