"""What one browser tab shows, kept on the server: its conversation, its chat as drawn, the cards
on screen in the shopper's order, and the piece in its details panel. The browser sends back only
what the shopper typed, ticked, moved or uploaded."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.assistant import Result
from assistant.conversation import Session
from ui.cards import RELEVANCE, sorted_results
from ui.markup import plain


@dataclass
class Message:
    """One chat message as sent or written, before it is drawn: text, or an uploaded photo."""

    role: str
    text: str = ""
    photo: str | None = None

    def shown(self) -> dict:
        return {"role": self.role, "content": {"path": self.photo} if self.photo else plain(self.text)}


@dataclass
class Page:
    """One browser tab, kept on the server."""

    session: Session = field(default_factory=Session)
    chat: list[Message] = field(default_factory=list)
    selected: str | None = None
    results: list[Result] = field(default_factory=list)  # the cards, in the Assistant's order
    order: str = RELEVANCE  # the shopper's sort

    def fresh(self) -> Page:
        """A new conversation that keeps the shopper's wishlist and sort."""
        return Page(Session(wishlist=list(self.session.wishlist)), order=self.order)

    def shown_chat(self) -> list[dict]:
        return [message.shown() for message in self.chat]

    def cards(self) -> list[Result]:
        """The cards as drawn, in the shopper's order."""
        return sorted_results(self.results, self.order)

    def shoppers_words(self) -> list[str]:
        return [message.text for message in self.chat if message.role == "user" and message.text and not message.photo]
