"""What a turn gives back: the cards (Result), the reply (Reply) and the events a turn streams
(TurnEvent), and the errors a shopper's input can raise."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from assistant.answer import also_in, why_matched
from assistant.phrasing import ENGLISH, Phrases, phrases_for
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.query import Hit

JSON_RESULT_FIELDS = ("id", "title", "price", "currency", "score", "why")


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
    ring_sizes: list[float] = field(default_factory=list)
    # Where it is sold (catalog data, checked again where a link is drawn).
    url: str = ""
    handle: str = ""
    variant_ids: list[str] = field(default_factory=list)
    price_max: float | None = None
    also_in: str = ""  # "also in 18k white gold": the variant that met the request, else what else is offered
    # Constraints this result does not meet: set only for the closest alternatives offered
    # when nothing meets them all.
    relaxed: list[str] = field(default_factory=list)
    language: str = "en"  # the language the card's words are in, and the pack naming its pieces (assistant/phrasing.py)
    language_locale: str | None = None

    @property
    def phrases(self) -> Phrases:
        return phrases_for(self.language, self.language_locale)

    @classmethod
    def of(cls, hit: Hit, constraints: Constraints = Constraints(), query_text: str | None = None, phrases: Phrases = ENGLISH) -> Result:
        item = hit.item
        return cls(
            id=item.id, title=item.title, price=item.price, currency=item.currency, score=round(hit.score, 4),
            why=why_matched(hit, constraints, query_text), category=item.category, metal=item.metal_label,
            gemstone=item.gemstone, in_stock=item.in_stock, image=item.image, ring_sizes=list(item.ring_sizes),
            url=item.url, handle=item.handle, variant_ids=list(item.variant_ids), price_max=item.price_max,
            also_in=also_in(item, constraints, phrases), language=phrases.language, language_locale=phrases.locale,
        )  # fmt: skip

    @classmethod
    def plain(cls, item: Item) -> Result:
        return cls.of(Hit(item, 1.0, None, None))


@dataclass
class Reply:
    transcript: str | None
    constraints: dict
    constraint_labels: list[str]
    results: list[Result]
    answer: str
    # "search", "details", "compare", "availability", "question", "not_on_screen", "policy",
    # "handoff", "small_talk", "decline" or "confirm"
    intent: str = "search"
    answer_source: str = "template"  # "llm", "llm-retry", "template" or "quoted" (a policy)
    notes: list[str] = field(default_factory=list)
    on_screen: list[str] = field(default_factory=list)
    transcript_confidence: float | None = None
    photo_reading: str | None = None  # what the photo shows, in words ("a rose-gold ring with a pink stone")
    table: list[list[str]] = field(default_factory=list)  # a comparison's plain-text rows, titles first
    preferences: dict = field(default_factory=dict)  # the soft wishes in force (occasions, styles, recipients)
    photo_in_search: bool = False  # the search ranked by a photo (this turn's, or the one it refines)
    link: str | None = None  # a hand-off's mailto: or contact page, for the page to show as a link
    # What the writer's checks refused on the way (a sentence dropped, an attempt rewritten): for logs and benchmarks.
    refused: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    language: str = "en"  # the language answered in (assistant/answer_language.py)
    # Phrases said in English for lack of the answer language's own (assistant/phrasing.py): for benchmarks.
    english_phrases: list[str] = field(default_factory=list)

    @property
    def seen(self) -> str | None:
        """The page's older name for `photo_reading` (ui/web.py reads it)."""
        return self.photo_reading

    def to_json(self) -> dict:
        """The CLI's --json contract."""
        return {
            "transcript": self.transcript,
            "constraints": self.constraints,
            "results": [{key: value for key, value in asdict(r).items() if key in JSON_RESULT_FIELDS} for r in self.results],
            "answer": self.answer,
            **({"seen": self.photo_reading} if self.photo_reading else {}),
        }


@dataclass
class TurnEvent:
    kind: str  # "results": cards are ready; "token": more answer text; "restart": drop the text so far; "done"
    reply: Reply
    text: str = ""
