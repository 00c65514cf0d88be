"""One conversational turn, used by both the CLI and the web chat: words, a photo and/or
speech in; constraints, ranked items and a grounded answer out. `turn_stream` runs the steps
(hear, read the photo, answer a message that is not a search, plan the query, search, write)
over one TurnContext and yields the cards first, then the answer as it is written; `turn`
returns the finished Reply. The catalog and shop set-up lives in assistant/shop_setup.py."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterator

import numpy as np

from assistant.alternatives import all_shown_answer, closest_alternatives
from assistant.answer_language import turn_language
from assistant.answer import constraint_chips, describe_constraints, prose_name, write_answer
from assistant.conversation import Session
from assistant.dialogue import (
    MAX_COMPARED, apply_refinements, availability_answer, comparison_rows, comparison_table, detect_intent, details_answer,
    general_answer, reference_words, resolve_references,
)  # fmt: skip
from assistant.follow_up import MORE, FollowUp, follow_up
from assistant.hearing import hear
from assistant.photo_kind import PhotoKind, assumed_note, held_or_wider, photo_kind, with_photo_kind
from assistant.photo_reference import Carried, carry_over, kept_note
from assistant.intents import DECLINE, HANDOFF, POLICY, SMALL_TALK, decline_answer, handoff_answer, message_kind, small_talk_answer
from assistant.phrasing import Phrases, phrases_for
from assistant.prompt import AnswerRequest
from assistant.replies import EmptyQueryError, InputError, MessageTooLongError, Reply, Result, SelectionError, TurnEvent
from assistant.shop_setup import ShopSetup
from assistant.triggers import said_kind
from assistant.turn import AudioInput, PhotoInput, TurnContext
from assistant.understanding import Understanding, understand
from perception.audio import decode_audio
from perception.denoise import speech_for_asr
from perception.image_encoder import open_image
from retrieval.attributes import Guess, PhotoAttributes, describe
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery

__all__ = ["Assistant", "EmptyQueryError", "InputError", "MessageTooLongError", "Reply", "Result", "SelectionError", "TurnEvent"]

MIN_COMPARED = 2  # pieces the shopper picks to see side by side
AFFIRMATIVE = re.compile(r"^\s*(?:yes|yeah|yep|yup|right|correct|that's right|exactly|sure)\b", re.I)
PHOTO_ONLY_TEXT = "(a photo)"


class Assistant(ShopSetup):
    # --- a turn ----------------------------------------------------------------------------------

    def turn(self, text=None, image=None, audio=None, session: Session | None = None, top_k: int | None = None) -> Reply:
        """One whole turn; see `turn_stream` for the answer as it is written."""
        for event in self.turn_stream(text, image, audio, session, top_k):
            if event.kind == "done":
                return event.reply
        raise AssertionError("turn_stream ends with a done event")

    def turn_stream(
        self, text: str | None = None, image: PhotoInput | None = None, audio: AudioInput | None = None,
        session: Session | None = None, top_k: int | None = None,
    ) -> Iterator[TurnEvent]:  # fmt: skip
        turn = self._begin(text, image, audio, session, top_k)
        confirm = self._hear(turn)
        if confirm is not None:
            yield from _only(confirm)
            return
        self._read_photo(turn)
        answered = self._answer_without_search(turn)
        if answered is not None:
            yield from _only(answered)
            return
        self._plan_query(turn)
        yield from self._search(turn)

    def _begin(self, text, image, audio, session, top_k) -> TurnContext:
        text = (text or "").strip()
        if not text and image is None and audio is None:
            raise EmptyQueryError("empty query: type what you are looking for, attach a photo, or record your voice")
        limit = self.settings.conversation.max_message_chars
        if len(text) > limit:
            raise MessageTooLongError(f"your message is {len(text):,} characters long; the limit is {limit:,}")
        session = session if session is not None else Session()
        return TurnContext(session, top_k or self.settings.fusion.top_k, text, image, audio)

    def _hear(self, turn: TurnContext) -> Reply | None:
        """Speech to words (asking back when unsure), a confirmed transcript, then what the words say."""
        session = turn.session
        if turn.audio is not None:
            heard = self._transcribe(turn.audio)
            turn.transcript, turn.confidence = heard.text, heard.confidence
            turn.timings["speech_ms"] = turn.ms_since_start()
            if turn.confidence < self._confirm_level() and not turn.text:
                session.pending_transcript = turn.transcript
                turn.phrases = self._answer_phrases(turn)
                return self._reply(turn, [], turn.phrases.say("confirm", transcript=turn.transcript), "confirm")
        if session.pending_transcript and (AFFIRMATIVE.match(turn.text) or said_kind(turn.text, "yes")) and turn.image is None:
            turn.text = turn.transcript = session.pending_transcript
        session.pending_transcript = None
        turn.understanding = self._understand(turn.utterance)
        turn.phrases = self._answer_phrases(turn)
        if turn.understanding.reset:
            session.reset()
        return None

    def _read_photo(self, turn: TurnContext) -> None:
        """This turn's photo: its vector, and what it shows in words."""
        if turn.image is None:
            return
        turn.photo = open_image(turn.image, self.settings.image_encoder.max_photo_bytes)
        turn.photo_path = str(turn.image) if isinstance(turn.image, (str, Path)) else None
        self._encode_photo(turn)

    def _encode_photo(self, turn: TurnContext) -> None:
        turn.photo_vector = self.index.image_encoder.encode_image([turn.photo])[0]
        turn.photo_attributes = self.photo_reader.read(turn.photo_vector)
        if turn.photo_attributes is not None:  # None: the catalog has too few photos to read them by
            turn.photo_reading = describe(turn.photo_attributes, self.settings.conversation.photo_attribute_confidence)

    # --- messages that are not searches ----------------------------------------------------------

    def _answer_without_search(self, turn: TurnContext) -> Reply | None:
        utterance = turn.utterance
        if turn.photo is not None or not utterance:
            return None
        said = turn.understanding
        if said.reset and said.constraints.is_empty() and not (said.refinements or said.has_content_words):
            return self._message_reply(turn, SMALL_TALK, "start_over")  # nothing to search for yet
        kind = message_kind(utterance, not said.constraints.is_empty() or bool(said.refinements))
        if kind is not None:
            return self._message_reply(turn, *kind)
        intent = detect_intent(utterance, names_pieces=bool(said.constraints.categories))
        if intent == "question":
            return self._reply(turn, [], general_answer(utterance), intent)
        if intent == "search":
            return None
        return self._about_shown(turn, intent)

    def _message_reply(self, turn: TurnContext, kind: str, detail: str) -> Reply:
        shop, phrases = self.shop(), turn.phrases
        if kind == POLICY:
            answer, section = self.policies().answer(turn.utterance, detail, phrases)
            reply = self._reply(turn, [], answer, kind)
            reply.answer_source = "quoted" if section else "template"
            reply.link = None if section else handoff_answer(shop, phrases)[1]
            return reply
        if kind == HANDOFF:
            answer, link = handoff_answer(shop, phrases)
            reply = self._reply(turn, [], answer, kind)
            reply.link = link
            return reply
        answer = small_talk_answer(detail, phrases) if kind == SMALL_TALK else decline_answer(detail, phrases)
        return self._reply(turn, [], answer, kind if kind in (SMALL_TALK, DECLINE) else DECLINE)

    def _about_shown(self, turn: TurnContext, intent: str) -> Reply | None:
        """Details, a comparison or availability of pieces on screen; a reference to a piece that is
        not there is answered as such, never resolved to another piece."""
        session, utterance = turn.session, turn.utterance
        shown = self._items_in_order(session.shown)
        referenced = resolve_references(utterance, shown, self._items_in_order(session.focus))
        named = reference_words(utterance)
        if named and not resolve_references(f"the {named} one", shown, []):
            answer = turn.phrases.say("not_on_screen", what=named) if shown else turn.phrases.say("nothing_on_screen")
            return self._reply(turn, [], answer, "not_on_screen")
        if intent == "compare":
            items = referenced if len(referenced) >= 2 else shown[:2] if len(shown) >= 2 else []
            if items:
                return self._compared(session, items, turn)
            if not turn.understanding.constraints.is_empty():
                return None  # "compare gold rings under 500": a search
            return self._reply(turn, [], turn.phrases.say("one_on_screen" if shown else "nothing_on_screen"), "not_on_screen")
        items = (referenced or shown)[:1]
        if not items:
            return None
        answer = details_answer(items[0]) if intent == "details" else availability_answer(items[0], utterance, turn.phrases)
        return self._about(session, intent, items, answer, turn)

    # --- plan the query, search, write -----------------------------------------------------------

    def _plan_query(self, turn: TurnContext) -> None:
        """How this turn follows the search on screen (assistant/follow_up.py), and the query it runs."""
        session, said = turn.session, turn.understanding
        plan = follow_up(session, said, turn.utterance, turn.photo is not None, self.settings.currency, self.vocabulary().lexicon.family_of, turn.phrases)
        if plan.keeps_photo and session.search_photo and said.constraints.categories and not session.constraints.categories:
            plan = self._unless_another_kind(turn, plan)
        turn.follow_up = plan
        if plan.keeps_photo and turn.photo is None and session.search_photo:
            turn.photo, turn.photo_path = open_image(session.search_photo), session.search_photo
            self._encode_photo(turn)
        # "this style but cheaper": cheaper than the piece in this turn's photo, not the cards on screen.
        pictured = self._pictured_item(turn.photo_vector) if turn.image is not None and said.refinements else None
        shown = self._items_in_order(session.shown)
        constraints, refined = apply_refinements(plan.constraints, said.refinements, [pictured] if pictured else shown, turn.phrases)
        # Photo + words: the photo's kind of piece, and the metal and stone of the catalog piece it is
        # of, hold unless the words name others.
        kind, carried = None, Carried(constraints, ())
        if turn.image is not None and turn.text:
            constraints, kind, carried = self.photo_and_words(constraints, said, turn.photo_attributes, turn.photo_vector)
        words = plan.words if plan.words and (said.has_content_words or turn.photo is None or plan.kind != "new") else None
        # Beside the shopper's words only: a photo alone is best matched by its picture.
        photo_words = self._photo_words(turn.photo_attributes, said.constraints, said.clear_slots) if turn.photo_attributes and words else None
        turn.query = FusedQuery(
            text=" ".join(filter(None, (words, photo_words))) or None, image=turn.photo, image_vector=turn.photo_vector,
            constraints=constraints, preferences=plan.preferences, then=carried.then,
        )  # fmt: skip
        if "similar" in said.refinements and shown and turn.photo is None:
            referenced = resolve_references(turn.utterance, shown, self._items_in_order(session.focus))
            turn.query = self._more_like(referenced[0] if referenced else shown[0], constraints)
        if plan.kind == MORE:
            turn.already_shown = set(session.shown_for_search)
        phrases = turn.phrases
        reading = [phrases.say("photo_reading", reading=turn.photo_reading)] if turn.photo_reading and turn.image is not None else []
        assumed = [assumed_note(kind, phrases)] if kind is not None and not kind.sure and constraints.categories == [kind.category] else []
        assumed += [kept_note(carried.kept, phrases)] if carried.kept else []
        understood = [phrases.note(note) for note in said.notes]
        turn.notes = reading + assumed + plan.notes + understood + [turn.phrases.say("showing", what=phrase) for phrase in refined]

    def _unless_another_kind(self, turn: TurnContext, plan: FollowUp) -> FollowUp:
        """A search by photo alone has the kind of piece the photo shows: words naming another kind
        ("necklaces instead" after a photo of an anklet) start a search of their own."""
        photo = open_image(turn.session.search_photo)
        attributes = self.photo_reader.read(self.index.image_encoder.encode_image([photo])[0])
        if attributes is None or attributes.category.confidence < self.settings.conversation.photo_attribute_confidence:
            return plan
        pictured = replace(turn.session, constraints=replace(turn.session.constraints, categories=[attributes.category.value]))
        return follow_up(pictured, turn.understanding, turn.utterance, False, self.settings.currency, self.vocabulary().lexicon.family_of, turn.phrases)

    def pictured_kind(self, seen: PhotoAttributes | None, vector: np.ndarray) -> PhotoKind | None:
        """The kind of piece a photo shows, from what its probes read and its image vector
        (assistant/photo_kind.py); benchmarks/quality.py asks it too."""
        conversation = self.settings.conversation
        nearest = self.index.nearest_image_ids(vector, conversation.photo_kind_neighbours)
        found = self.index.items(nearest)
        return photo_kind(seen, [found[i] for i in nearest if i in found], conversation.photo_attribute_confidence)

    def photo_and_words(self, constraints: Constraints, said: Understanding, seen: PhotoAttributes | None,
                        vector: np.ndarray) -> tuple[Constraints, PhotoKind | None, Carried]:  # fmt: skip
        """`constraints` beside a photo: its kind of piece (assistant/photo_kind.py), and the metal and
        stone of the catalog piece it is of where the words leave them open (assistant/photo_reference.py);
        benchmarks/quality.py asks it too."""
        kind, pictured, vocabulary = self.pictured_kind(seen, vector), self.photographed_piece(vector), self.vocabulary()
        held = with_photo_kind(constraints, said.constraints, kind, vocabulary.category_values, self._any_match)
        carried = held_or_wider(held, kind, vocabulary.category_values, lambda asked: carry_over(
            asked, said.constraints, pictured, vocabulary, self._any_match, self.settings.conversation.photo_carried_orders,
            said.clear_slots), self._any_match)  # fmt: skip
        return carried.constraints, kind, carried

    def photographed_piece(self, vector: np.ndarray) -> Item | None:
        """The catalog piece a photo is of: its nearest piece, when clearly nearer than the next
        (`conversation.photo_same_piece_ratio`); None for a photo of something merely alike."""
        found = self.index.nearest("image", np.asarray(vector).tolist(), 2, include=["distances"])
        ids, distances = found.get("ids", []), found.get("distances", [])
        if not ids or (len(distances) > 1 and distances[0] > self.settings.conversation.photo_same_piece_ratio * distances[1]):
            return None
        return self.index.items(ids[:1]).get(ids[0])

    def _pictured_item(self, vector: np.ndarray) -> Item | None:
        """The catalog piece nearest to a photo: what "this" means in "this style but cheaper"."""
        nearest = self.index.nearest_image_ids(vector, 1)
        return next(iter(self.index.items(nearest).values()), None)

    def _any_match(self, constraints: Constraints) -> bool:
        """Whether any catalog piece meets `constraints` (pieces without a photo too)."""
        return bool(self.index.get("text", where=constraints.where(), include=())["ids"])

    def _photo_words(self, seen: PhotoAttributes, said: Constraints, left_open: list[str] | tuple[str, ...] = ()) -> str | None:
        """What the photo shows, as search words beside its picture: only the attributes the
        probes are sure of and the shopper's words leave open (the words win: "like this but in
        white gold" drops the photo's yellow gold; "any stone", `left_open`, drops its stone)."""
        sure = self.settings.conversation.photo_attribute_confidence
        unsure = Guess("", 0.0)
        stone_open = not (said.gemstones or said.gemstone_colors or said.exclude_gemstones or "gemstone" in left_open)
        metal_open = not (said.metals or said.exclude_metals or said.karats or "metal" in left_open)
        kept = PhotoAttributes(
            category=seen.category if not (said.categories or said.exclude_categories) else unsure,
            metal_color=seen.metal_color if metal_open else unsure,
            stone=seen.stone if stone_open else unsure,
            stone_color=seen.stone_color if stone_open else None,
        )
        return describe(kept, sure, require_category=False) or None

    def _search(self, turn: TurnContext) -> Iterator[TurnEvent]:
        """Rank, answer, put the results on screen, write the prose."""
        query, top_k = turn.query, turn.top_k
        left_out = turn.already_shown | turn.left_out
        search_started = time.perf_counter()
        hits = [hit for hit in self.searcher.search(query, top_k=top_k + len(left_out)) if hit.item.id not in left_out][:top_k]
        phrases, currency = turn.phrases, self.settings.currency
        results = [Result.of(hit, _met_by(hit, query), query.text, phrases) for hit in hits]
        more = turn.follow_up is not None and turn.follow_up.kind == MORE
        if not hits and more:
            answer, intent = all_shown_answer(query.constraints, len(turn.already_shown), currency, phrases), "no_more"
        elif not hits and not query.constraints.is_empty():
            results, answer = closest_alternatives(self.searcher, query, top_k, self.settings.conversation, currency, left_out, phrases)
            intent = "search"
        else:
            used_photo = query.image is not None
            answer, intent = write_answer(hits, query.constraints, currency, used_photo, turn.transcript, phrases), "search"
        if turn.notes:
            answer = " ".join(note[0].upper() + note[1:] + phrases.full_stop for note in turn.notes) + "\n" + answer
        turn.timings["search_ms"] = round((time.perf_counter() - search_started) * 1000, 1)
        if intent == "search":
            self._remember_search(turn, results)
        reply = self._reply(turn, results, answer, intent)
        reply.photo_in_search = query.image is not None
        yield TurnEvent("results", reply)
        # The writer's sentences are checked by a reader of English (assistant/claims.py): another
        # language's answer is the grounded template's.
        if self.writer and hits and phrases.english:
            yield from self._write(turn, reply, [hit.item for hit in hits])
        reply.timings_ms = {**turn.timings, "total_ms": turn.ms_since_start()}
        yield TurnEvent("done", reply)

    def _remember_search(self, turn: TurnContext, results: list[Result]) -> None:
        session, query = turn.session, turn.query
        plan = turn.follow_up
        session.constraints, session.preferences = query.constraints, query.preferences
        if plan is not None:
            session.search_words = plan.words if plan.kind != MORE else session.search_words
            session.search_photo = turn.photo_path
            session.photo_reading = turn.photo_reading
        session.shown_for_search = sorted(turn.already_shown) + [r.id for r in results]
        session.shown, session.focus, session.turns = [r.id for r in results], [], session.turns + 1

    def _write(self, turn: TurnContext, reply: Reply, items: list[Item]) -> Iterator[TurnEvent]:
        request = AnswerRequest(
            user_text=turn.utterance or PHOTO_ONLY_TEXT, items=items[: self.settings.llm.items_in_prompt],
            constraints=turn.query.constraints, template_answer=reply.answer, notes=turn.notes,
        )  # fmt: skip
        for event in self.writer.stream(request):
            if event.kind == "final":
                reply.answer, reply.answer_source, reply.refused = event.text, event.source, [str(v) for v in event.violations]
            else:
                yield TurnEvent(event.kind, reply, event.text)

    # --- what the shopper does with the chips and cards on screen (the web chat) ---------------

    def filters(self, session: Session) -> list[str]:
        """The constraints in force, as the labels of chips the shopper can remove."""
        return [chip.label for chip in constraint_chips(session.constraints, self.settings.currency, self._session_phrases(session))]

    def remove_filters(self, session: Session, labels: list[str], top_k: int | None = None) -> Iterator[TurnEvent]:
        """Drop the constraints shown with these chip labels and run the search on screen again
        (its words less the dropped constraints' wording, its photo and soft wishes), like a turn."""
        constraints, phrases = session.constraints, self._session_phrases(session)
        for label in labels:
            chip = next((c for c in constraint_chips(constraints, self.settings.currency, phrases) if c.label == label), None)
            if chip is not None:
                constraints = replace(constraints, **chip.cleared)
        words = self._understand(session.search_words).remainder
        photo = open_image(session.search_photo) if session.search_photo else None
        turn = TurnContext(session, top_k or self.settings.fusion.top_k, session.search_words, photo_path=session.search_photo)
        turn.photo, turn.phrases = photo, phrases
        turn.query = FusedQuery(text=words or None, image=photo, constraints=constraints, preferences=session.preferences)
        turn.follow_up = FollowUp("refine", session.search_words, constraints, session.preferences, photo is not None)
        yield from self._search(turn)

    def more_like(self, session: Session, item_id: str, top_k: int | None = None) -> Iterator[TurnEvent]:
        """Pieces like this one (its picture and its title) under the filters in force, itself left out."""
        item = self._item(item_id)
        turn = TurnContext(session, top_k or self.settings.fusion.top_k, item.title)
        turn.phrases = self._session_phrases(session)
        turn.query = self._more_like(item, session.constraints)
        turn.photo_path = item.image if turn.query.image is not None else None
        turn.follow_up = FollowUp("new", item.title, session.constraints, session.preferences, False)
        turn.left_out, turn.notes = {item.id}, [turn.phrases.say("showing_like", name=prose_name(item))]
        yield from self._search(turn)

    def details(self, session: Session, item_id: str) -> Reply:
        item = self._item(item_id)
        return self._about(session, "details", [item], details_answer(item))

    def compare(self, session: Session, item_ids: list[str]) -> Reply:
        """Two or three pieces side by side (a Markdown table of catalog facts)."""
        items = self._items_in_order(list(dict.fromkeys(item_ids)))
        if not MIN_COMPARED <= len(items) <= MAX_COMPARED:
            raise SelectionError(f"pick {MIN_COMPARED} or {MAX_COMPARED} pieces to compare (got {len(items)})")
        return self._compared(session, items)

    def toggle_wishlist(self, session: Session, item_id: str) -> bool:
        """Save a catalog piece to the session's wishlist, or take it off; True when it is saved now."""
        return session.toggle_wishlist(self._item(item_id).id)

    def wishlist(self, session: Session) -> list[Result]:
        """The saved pieces still in the catalog, in the order saved, with today's prices."""
        return [Result.plain(item) for item in self._items_in_order(session.wishlist)]

    # --- helpers ---------------------------------------------------------------------------------

    def _about(self, session: Session, intent: str, items: list[Item], answer: str, turn: TurnContext | None = None) -> Reply:
        """A reply about particular pieces, which become the ones "it" and "them" refer to."""
        session.focus, session.turns = [item.id for item in items], session.turns + 1
        if turn is None:
            turn = TurnContext(session, 0, phrases=self._session_phrases(session))
        return self._reply(turn, [Result.plain(item) for item in items], answer, intent)

    def _compared(self, session: Session, items: list[Item], turn: TurnContext | None = None) -> Reply:
        session.compared = [item.id for item in items]
        reply = self._about(session, "compare", items, comparison_table(items), turn)
        reply.table = comparison_rows(items)
        return reply

    def _item(self, item_id: str) -> Item:
        found = self.index.items([item_id])
        if item_id not in found:
            raise SelectionError(f"that piece ({item_id}) is not in the catalog any more")
        return found[item_id]

    def _more_like(self, item: Item, constraints: Constraints) -> FusedQuery:
        photo = open_image(item.image) if item.image and not item.image_is_url() else None
        return FusedQuery(text=item.title, image=photo, constraints=constraints)

    def _items_in_order(self, ids: list[str]) -> list[Item]:
        found = self.index.items(ids)
        return [found[item_id] for item_id in ids if item_id in found]

    def _reply(self, turn: TurnContext, results: list[Result], answer: str, intent: str) -> Reply:
        session, phrases = turn.session, turn.phrases
        labels = describe_constraints(session.constraints, self.settings.currency, phrases)
        return Reply(
            transcript=turn.transcript, constraints=session.constraints.to_dict(), constraint_labels=labels,
            results=results, answer=answer, intent=intent, notes=list(turn.notes), on_screen=list(session.shown),
            transcript_confidence=turn.confidence, photo_reading=turn.photo_reading or None,
            preferences=session.preferences.to_dict(), language=phrases.language, english_phrases=list(dict.fromkeys(phrases.fell_back)),
        )  # fmt: skip

    def _answer_phrases(self, turn: TurnContext) -> Phrases:
        """The phrases of the language this turn is answered in (assistant/answer_language.py), kept
        in the session so the chips it leaves on screen are named in it."""
        session, setting = turn.session, self.settings.shop.answer_language
        language, locale = turn_language(turn.utterance, self.settings.lexicon.catalog_locale, setting, session)
        session.language, session.language_locale, session.language_set = language, locale, True
        return phrases_for(language, locale)

    def _session_phrases(self, session: Session) -> Phrases:
        return phrases_for(session.language, session.language_locale)

    def _understand(self, words: str):
        """What the words ask for, in the shop's own vocabulary (assistant/understanding/)."""
        conversation = self.settings.conversation
        return understand(words, self.settings.currency, conversation.exchange_rates, self.vocabulary())

    def _confirm_level(self) -> float:
        """Below this transcript confidence a voice turn is read back first: the ASR model's own calibrated level unless set."""
        confirm_below = self.settings.conversation.confirm_below_confidence
        return self.settings.shop_asr.confirm_level() if confirm_below is None else confirm_below

    def _transcribe(self, audio: AudioInput):
        audio_config = self.settings.audio
        samples = decode_audio(
            audio, sample_rate=audio_config.sample_rate, max_seconds=audio_config.max_seconds, max_bytes=audio_config.max_bytes
        )
        speech = speech_for_asr(samples, audio_config)
        return hear(self.asr, speech, self.hearing(), self.settings.shop_asr)


def _only(reply: Reply) -> Iterator[TurnEvent]:
    """A reply with nothing to write: its cards (if any) and its answer at once."""
    yield TurnEvent("results", reply)
    yield TurnEvent("done", reply)


def _met_by(hit, query: FusedQuery) -> Constraints:
    """The constraints `hit` was found under: the query's, or the looser ones its pieces follow (FusedQuery.then)."""
    return query.then if query.then is not None and not query.constraints.allows(hit.item) else query.constraints
