"""When nothing meets every constraint: the closest pieces with one constraint relaxed at a time,
each labelled with the constraint it really misses (never "outside your budget" for a piece in
budget). And when "show me more" has run out: how many were shown, with no stand-ins."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import describe_constraints, format_price, prose_name, write_answer
from assistant.config import ConversationConfig
from assistant.dialogue import RELAXABLE, describe_relaxation, relaxations
from assistant.phrasing import ENGLISH, Phrases
from assistant.replies import Result
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery, Searcher


def closest_alternatives(
    searcher: Searcher, query: FusedQuery, top_k: int, config: ConversationConfig, currency: str, left_out: set[str] = frozenset(),
    phrases: Phrases = ENGLISH,
) -> tuple[list[Result], str]:  # fmt: skip
    constraints = query.constraints
    wanted = phrases.say("list_separator").join(describe_constraints(constraints, currency, phrases))
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
        offers.append(describe_relaxation(name, constraints, [hit.item for hit in offered], currency, phrases))
        for hit in offered:
            result = Result.of(hit, relaxed, query.text, phrases)
            result.relaxed = [name]
            result.why = f"{phrases.say('closest_why', relaxed=phrases.say('relaxed_' + name))} · {result.why}"
            results.append(result)
            names.append(prose_name(hit.item))
        if len(offers) == config.alternatives:
            break
    if not offers:
        return [], write_answer([], constraints, currency, used_photo=query.image is not None, phrases=phrases)
    lines = [phrases.say("closest", wanted=wanted, offers=phrases.say("closest_joiner").join(offers))]
    lines += [
        phrases.say("closest_line", rank=n, name=named, price=format_price(r.price, r.currency, phrases), relaxed=phrases.say("relaxed_" + r.relaxed[0]))
        for n, (named, r) in enumerate(zip(names, results), 1)
    ]
    return results, "\n".join(lines)


def missed(constraints: Constraints, item) -> list[str]:
    """The relaxable constraints an item does not meet, by name."""
    return [name for name, cleared in RELAXABLE if not _only(constraints, cleared).allows(item)]


def _only(constraints: Constraints, cleared: dict) -> Constraints:
    """The constraints of one relaxable slot alone."""
    return replace(Constraints(), **{slot: getattr(constraints, slot) for slot in cleared})


def all_shown_answer(constraints: Constraints, shown: int, currency: str, phrases: Phrases = ENGLISH) -> str:
    labels = phrases.say("list_separator").join(describe_constraints(constraints, currency, phrases))
    scope = phrases.say("all_shown_matching", labels=labels) if labels else phrases.say("all_shown_search")
    return phrases.say("all_shown", count=shown, scope=scope)
