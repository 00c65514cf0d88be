"""When nothing meets every constraint: the closest pieces with one constraint relaxed at a time,
each labelled with the constraint it really misses (never "outside your budget" for a piece in
budget). And when "show me more" has run out: how many were shown, with no stand-ins."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import describe_constraints, format_price, prose_name, write_answer
from assistant.config import ConversationConfig
from assistant.dialogue import RELAXABLE, RELAXED_LABELS, describe_relaxation, relaxations
from assistant.replies import Result
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery, Searcher


def closest_alternatives(
    searcher: Searcher, query: FusedQuery, top_k: int, config: ConversationConfig, currency: str, left_out: set[str] = frozenset()
) -> tuple[list[Result], str]:  # fmt: skip
    constraints = query.constraints
    wanted = ", ".join(describe_constraints(constraints, currency))
    offers, results, names = [], [], []
    for name, relaxed in relaxations(constraints):
        hits = searcher.search(replace(query, constraints=relaxed), top_k=top_k + len(left_out))
        if name == "price":  # over budget: the closest prices first
            hits.sort(key=lambda hit: hit.item.price)
        taken = {r.id for r in results} | left_out
        # Only pieces that really miss this constraint (and meet the rest) are its alternatives.
        offered = [hit for hit in hits if hit.item.id not in taken and missed(constraints, hit.item) == [name]]
        offered = offered[: config.items_per_alternative]
        if not offered:
            continue
        offers.append(describe_relaxation(name, constraints, [hit.item for hit in offered], currency))
        for hit in offered:
            result = Result.of(hit, relaxed, query.text)
            result.relaxed = [name]
            result.why = f"closest alternative, {RELAXED_LABELS[name]} · {result.why}"
            results.append(result)
            names.append(prose_name(hit.item))
        if len(offers) == config.alternatives:
            break
    if not offers:
        return [], write_answer([], constraints, currency, used_photo=query.image is not None)
    lines = [f"I couldn't find anything matching {wanted}. The closest I have: {'; and '.join(offers)}."]
    lines += [
        f"{n}. {named} — {format_price(r.price, r.currency)} ({RELAXED_LABELS[r.relaxed[0]]})"
        for n, (named, r) in enumerate(zip(names, results), 1)
    ]
    return results, "\n".join(lines)


def missed(constraints: Constraints, item) -> list[str]:
    """The relaxable constraints an item does not meet, by name."""
    return [name for name, cleared in RELAXABLE if not _only(constraints, cleared).allows(item)]


def _only(constraints: Constraints, cleared: dict) -> Constraints:
    """The constraints of one relaxable slot alone."""
    return replace(Constraints(), **{slot: getattr(constraints, slot) for slot in cleared})


def all_shown_answer(constraints: Constraints, shown: int, currency: str) -> str:
    labels = ", ".join(describe_constraints(constraints, currency))
    scope = f" matching {labels}" if labels else " for this search"
    pieces = "piece" if shown == 1 else "pieces"
    return (
        f"That's everything I have{scope}: you've seen all {shown} {pieces}. "
        "I can widen the search: a higher budget, another metal or another stone."
    )
