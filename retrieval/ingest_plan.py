"""What an ingest must do in one collection, told by the hashes kept beside its vectors: which items
to encode, which to re-tune from their stored vector (the same photo under another fit of the
image tuning), and which only to describe again (a price or stock change). retrieval/index.py
plans each ingest and `check` here, without any model work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from perception.errors import ImageError
from retrieval.catalog import Item
from retrieval.records import hash_of, item_metadata


@dataclass
class Plan:
    """What one collection needs for a batch of items."""

    embed: list[tuple[Item, str, Any]] = field(default_factory=list)  # (item, hash, encoder input)
    metadata_only: list[tuple[Item, str]] = field(default_factory=list)  # (item, stored hash)
    retune: list[tuple[Item, str, Any]] = field(default_factory=list)  # same photo, another fit: (item, hash, input)
    photos: dict[str, str] = field(default_factory=dict)  # item id -> its photo's hash (tuned image vectors)


def plan_collection(
    items: list[Item],
    known: dict[str, tuple[str, dict[str, Any], str]],
    encoder_input: Callable[[Item], tuple[str | bytes, Any] | None],
    encoder_name: str,
    photo_name: str | None = None,
) -> Plan:
    """What each item needs; with `photo_name` (a tuned image encoder's own encoder), a photo
    whose stored vector came from the same photo under another fit is re-tuned, not encoded."""
    plan = Plan()
    for item in items:
        source = encoder_input(item)
        if source is None:
            continue
        hash_input, payload = source
        content_hash = hash_of(encoder_name, hash_input)
        stored_hash, stored_metadata, stored_photo = known.get(item.id, ("", None, ""))
        if photo_name:
            plan.photos[item.id] = hash_of(photo_name, hash_input)
        if stored_hash != content_hash and photo_name and stored_photo == plan.photos[item.id]:
            plan.retune.append((item, content_hash, payload))
        elif stored_hash != content_hash:
            plan.embed.append((item, content_hash, payload))
        elif stored_metadata != item_metadata(item):
            plan.metadata_only.append((item, stored_hash))
    return plan



def without_image(items: list[Item], known_image: dict) -> list[str]:
    """Items whose photo was removed from the catalog but whose image vector is still stored."""
    return [item.id for item in items if not item.image and item.id in known_image]


def prepare_batch(batch: list, prepare: Callable[[Any], Any], warnings: list[str]) -> tuple[list, list]:
    """Encoder inputs for a batch; an item whose input cannot be read is dropped with a warning
    (an unreadable image leaves the item searchable by its text)."""
    kept, inputs = [], []
    for entry in batch:
        try:
            inputs.append(prepare(entry[2]))
        except ImageError as error:
            warnings.append(f"{entry[0].id}: {error}; indexed by its text only")
            continue
        kept.append(entry)
    return kept, inputs
