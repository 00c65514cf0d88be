"""What "this" carries beside a photo: the shopper's words change the pictured piece, the rest of it holds.

Photo + words ask for the piece in the photo as the words change it: "same but with diamonds" is the
pictured rose-gold bangle with diamonds, "matching earrings" are earrings of the pictured ring's
metal and stone, "is this available in 18k?" is the pictured yellow-gold bangle in 18k. What the
words leave open is carried over from the pictured catalog piece, slot by slot (the kind of piece is
photo_kind.py's):

- its metal: the shop's metals of the same base and colour (a plating: every plating), and its
  karat, unless the words ask for another kind to go with it: "matching earrings" for an 18k pendant
  match its colour, in 14k too (a 22k or 24k gold's deeper yellow is its own: its karat is carried,
  and gives way only when nothing matches); gold or a karat said without a colour keeps the pictured
  gold's colour ("this in 18k");
- its stone ("none" for a plain piece, but not to another kind: "matching earrings" for a plain
  choker may have stones), unless the words name, refuse or ask for stones; words
  refusing the pictured piece's own stone ("this without the pearls") ask for it plain. A metal the
  words name that the stone is seldom set in holds the stone only while the shop has such a piece:
  a precious stone in a plated or silver version ("same tikka in covering" of a ruby one), cubic
  zirconia in solid gold or platinum ("this ring but in real gold" of a gilded CZ one: the shop's
  gold CZ rings; "same heart but in gold" of a silver CZ one, where the shop has no gold CZ heart:
  any gold heart).

Only a photo of a catalog piece carries them: one whose nearest catalog piece stands clearly nearer
than the next (the Assistant's `photographed_piece`); a photo of something merely like the catalog's
pieces carries its kind alone, since its nearest piece's metal and stone are a guess.

"Cheaper" and "pricier" are measured against the pictured piece's price (assistant/dialogue.py).
When nothing in the catalog has all that is carried beside what was said, the karat gives way (a
22k ring's matching earrings may be 18k yellow gold), then a metal the words did not touch ("same
style, under 40k" may be gold-plated; "same in kundan" for a gold polki bangle may be a plated kundan
one), but only to the metals that look alike, a plating among them: "a plain bracelet like this" of a
yellow-gold one is never a silver bracelet (of a white-gold one it may be). Words naming both the kind
and a budget ("such earrings under 20 000") are the exception: past the look-alike metals, any metal
in budget (the pictured stone held first), since an empty answer to a budget the shop can meet is worse
than a piece of another metal, which the reply shows with what was kept. A piece of
another kind to go with the pictured one ("matching earrings") is matched by its metal's own colour
likewise. The stone, and the colour of a gold the words name ("this in 18k"), hold: past that nothing
matches, and the reply says so and offers the closest pieces. "Real gold version of these?" for a
plated kundan bangle is a kundan bangle in gold, not any gold bangle. Words naming the kind of piece
or a price ask for such a piece rather than the pictured design: past all that, the pictured stone
of a piece of its kind gives way ("these bands in white gold" of diamond bands, where the shop's white-gold bands are plain;
"something like this under 300" of a diamond solitaire: the CZ ones), and beside a stone they name
the pictured metal ("a similar pendant with opal" of silver earrings, where the opal pendant is gold).
What the words say holds always: when nothing meets it, nothing matches.

Two carried slots only order the results (`ordering`, on by default): the pictured piece's pieces first,
then the rest of what the words ask for, most like the photo first. A plain pictured piece's "no stone"
beside words naming a metal ("this signet in yellow gold": the shop's yellow-gold signets, the plain ones
first), and the pictured metal beside words naming the pictured kind with a stone or a price ("such a
wedding band with diamonds" of a white-gold one: the diamond bands, the white-gold ones first): the words
ask for such a piece, and one piece where the shop has several is not what a shopper asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from assistant.phrasing import ENGLISH, Phrases
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.facts import UNKNOWN
from retrieval.photo_facts import PHOTO_COLOR_OF_METAL
from retrieval.reading import NO_STONE
from retrieval.shop_vocabulary import ShopVocabulary

METAL_SLOTS = ("metal", "karat", "tone")  # the slots that carry the pictured metal
# What gives way, in turn, when nothing meets all that is carried: the karat, then the metal to every
# metal of its colour (a plating among them). A stone seldom set in the metal said gives way first.
GIVE_WAY = (("karat",), ("karat", "metal"))
# the carried slots a slot the words leave open ("any stone", "any metal": understanding's clear_slots) takes away
OPEN_SLOTS = {"gemstone": ("stone",), "metal": ("metal", "karat", "colour")}
FINE_METAL_BASES = ("gold", "platinum")  # what precious stones are set in; the simulant is not carried to them


@dataclass(frozen=True)
class Carried:
    constraints: Constraints
    kept: tuple[str, ...]  # what was carried over from the photo, in words for the reply ("rose gold", "diamond")
    then: Constraints | None = None  # without what only orders the results: its pieces follow (FusedQuery.then)


def carry_over(constraints: Constraints, said: Constraints, pictured: Item | None, vocabulary: ShopVocabulary,
               any_match: Callable[[Constraints], bool], ordering: bool = True, left_open: Iterable[str] = ()) -> Carried:  # fmt: skip
    """`constraints` with what the words (`said`) leave open taken from the `pictured` piece, as
    far as `any_match` finds a catalog piece meeting them; `ordering`: the slots that only order the
    results (the module's notes) are left out of `then`. `left_open`: the slots the words say may be
    anything ("any stone", "ükskõik mis kiviga": the Understanding's clear_slots), never carried."""
    if pictured is None:
        return Carried(constraints, ())
    another_kind = bool(said.categories) and pictured.category not in said.categories
    slots = _carried_slots(constraints, said, pictured, vocabulary)
    for slot in (carried for opened in left_open for carried in OPEN_SLOTS.get(opened, ())):
        slots.pop(slot, None)
    if another_kind and pictured.karat not in vocabulary.lexicon.yellow_only_karats:
        slots.pop("karat", None)  # a match is by its metal's colour, which 14k and 18k share; 22k and 24k have their own
    if another_kind and slots.get("stone") == [NO_STONE]:
        slots.pop("stone")  # a plain piece's match shares its metal; it may be set with any stone
    # a match of another kind by the pictured metal's own colour; the same kind by its look (white gold: silver too)
    colour = _same_colour(pictured, vocabulary, by_look=not another_kind) if "metal" in slots else []
    first = ("stone",) if "stone" in slots and not _stone_fits(pictured.gemstone, said.metals, vocabulary) else ()
    tries = [(giving, colour) for giving in _giving_way(first)] if slots else []
    if colour and _asks_another_stone(said, pictured):
        # words asking for a stone the pictured piece lacks describe another piece: past the metals
        # that look alike, its metal may be any ("similar earrings with garnet" of gold ones: silver ones)
        tries.append(((*first, *GIVE_WAY[-1]), []))
    if slots and _asks_for_such_a_piece(said, constraints):
        # words naming the kind of piece or a price ask for such a piece, not the pictured design: past the
        # metals that look alike, the pictured stone of a piece of its kind gives way ("these bands in white
        # gold" of diamond ones: plain white-gold bands; a piece to go with it keeps it), and beside a stone
        # they name, the pictured metal even where the stone is the pictured one ("a similar pendant with
        # opal" of silver opal earrings: a gold one); a metal of another colour never stands in for a
        # plain piece's
        tries += [((*GIVE_WAY[-1], "stone"), colour)] if not another_kind else []
        tries += [(tuple(slots), [])] if said.gemstones or said.gemstone_colors else []
    if slots and _names_kind_and_budget(said):
        # "such earrings under 20 000": the kind and the budget are the shopper's words, the metal only what the
        # photo showed; past the metals that look alike, any metal in budget, the pictured stone first
        tries += [((*first, *GIVE_WAY[-1]), []), ((*first, *GIVE_WAY[-1], "stone"), [])]
    for giving, tone in tries:
        kept = {slot: value for slot, value in slots.items() if slot not in giving}
        if "metal" in giving and tone:
            kept["tone"] = tone  # the same colour, never any metal
        candidate = _with(constraints, kept)
        if any_match(candidate):
            return Carried(candidate, _said(kept, _colour(pictured, vocabulary)), _then(constraints, kept, said, pictured, another_kind, ordering))
    held = {slot: value for slot, value in slots.items() if slot not in first}
    return Carried(_with(constraints, held), _said(held), _then(constraints, held, said, pictured, another_kind, ordering))


def _then(constraints: Constraints, kept: dict, said: Constraints, pictured: Item, another_kind: bool, ordering: bool) -> Constraints | None:
    """`constraints` with the kept slots but those that only order the results, of the pictured kind itself
    (a signet's followers are rings, not the wedding bands "ring" also names); None when every slot filters."""
    ordered = _ordering_slots(kept, said, another_kind) if ordering else set()
    if not ordered:
        return None
    then = _with(constraints, {slot: value for slot, value in kept.items() if slot not in ordered})
    return replace(then, categories=[pictured.category]) if pictured.category in then.categories else then


def _ordering_slots(kept: dict, said: Constraints, another_kind: bool) -> set[str]:
    """The carried slots that only order the results: a plain piece's "no stone" beside a metal the
    words name, and the pictured metal beside words naming the pictured kind with a stone or a price."""
    plain = kept.get("stone") == [NO_STONE] and not said.exclude_gemstones  # not "this without the pearls"
    ordered = {"stone"} if said.metals and plain else set()
    names_such_a_piece = bool(said.categories) and not another_kind
    # "such bands without a stone" of a diamond one refuses the pictured stone, as "this without the pearls":
    # the pictured design, plain, its metal held
    stones_asked = [stone for stone in said.gemstones if stone != NO_STONE]
    if names_such_a_piece and (stones_asked or said.price_max is not None or said.price_min is not None):
        ordered |= {slot for slot in METAL_SLOTS if slot in kept}
    return ordered & kept.keys()


def _asks_for_such_a_piece(said: Constraints, constraints: Constraints) -> bool:
    """Whether the words name a kind of piece or a price ("these earrings in silver", "something
    like this under 300", "cheaper": `constraints` holds its bound), rather than only change the
    pictured design ("the same but in silver", "this in 18k")."""
    return bool(said.categories) or constraints.price_max is not None or constraints.price_min is not None


def _names_kind_and_budget(said: Constraints) -> bool:
    """Whether the words name both a kind of piece and a price bound ("a ring like this under 150 000")."""
    return bool(said.categories) and (said.price_max is not None or said.price_min is not None)


def _asks_another_stone(said: Constraints, pictured: Item) -> bool:
    return bool(said.gemstones) and pictured.gemstone not in said.gemstones


def _giving_way(first: tuple[str, ...]) -> list[tuple[str, ...]]:
    """What gives way, try by try: nothing, then `first` (a stone seldom set in the metal said), then GIVE_WAY."""
    tries = [(), *([first] if first else []), *((*first, *giving) for giving in GIVE_WAY)]
    return list(dict.fromkeys(tries))


def _carried_slots(constraints: Constraints, said: Constraints, pictured: Item, vocabulary: ShopVocabulary) -> dict:
    slots: dict = {}
    metals = _same_metal(pictured, vocabulary)
    any_gold = set(said.metals) == set(vocabulary.metal_values("gold")) or set(said.metals) == set(vocabulary.gold_metals())
    if metals and not said.exclude_metals and (not said.metals or any_gold):
        if said.metals:  # "this in 18k", "same in gold": the gold said, in the pictured gold's colour
            same_colour = [metal for metal in constraints.metals if metal in metals]
            if same_colour:
                slots["colour"] = same_colour
        else:
            slots["metal"] = metals
            if pictured.karat:
                slots["karat"] = [pictured.karat]
    stone, stones = pictured.gemstone, vocabulary.lexicon.stones
    known_stone = stone == NO_STONE or (stone in stones and not stones[stone].generic) or stone not in {*stones, UNKNOWN, ""}
    # "with the same stone", "one like this with stones": some stone is asked for, and the pictured one is it.
    some_stone = said.exclude_gemstones == [NO_STONE] and stone != NO_STONE
    if known_stone and not (said.gemstones or said.gemstone_colors or (said.exclude_gemstones and not some_stone)):
        slots["stone"] = [stone]
    elif stone in said.exclude_gemstones and stone != NO_STONE and not (said.gemstones or said.gemstone_colors):
        slots["stone"] = [NO_STONE]  # "this without the pearls": the pictured design, plain
    return slots


def _stone_fits(stone: str, metals: list[str], vocabulary: ShopVocabulary) -> bool:
    """Whether the pictured stone goes with the metals the words ask for: a precious stone seldom
    sits in a plated or silver piece ("same in covering" of a ruby tikka has a red glass or CZ stone,
    if any), nor the simulant in solid gold or platinum ("same heart in gold" of a CZ one)."""
    lexicon = vocabulary.lexicon
    known = lexicon.stones.get(stone)
    if not metals or known is None:
        return True
    fine = [_is_fine(metal, vocabulary) for metal in metals]
    if known.precious:
        return any(fine)
    return not (stone == lexicon.simulant and all(fine))


def _is_fine(metal: str, vocabulary: ShopVocabulary) -> bool:
    """Solid gold or platinum: what precious stones are set in."""
    known = vocabulary.lexicon.metals.get(metal)
    return metal not in vocabulary.lexicon.platings and known is not None and known.base in FINE_METAL_BASES


def _same_metal(pictured: Item, vocabulary: ShopVocabulary) -> list[str]:
    """The metals that look like the pictured piece's: the same base and colour, every plating for a plating."""
    lexicon, metal = vocabulary.lexicon, pictured.metal
    if not metal or metal == UNKNOWN:
        return []
    if metal in lexicon.platings:  # every gold plating the shop sells: over silver, brass or no named base
        return list(vocabulary.metal_values(lexicon.plated_over_other))
    known = lexicon.metals.get(metal)
    if known is None:
        return [metal]
    color = known.color or pictured.metal_color
    if known.base == "gold" and not color:
        return []  # gold of a colour not known: any gold would be a guess
    alike = [name for name in vocabulary.metals | {metal}
             if name in lexicon.metals and lexicon.metals[name].base == known.base and lexicon.metals[name].color == color]  # fmt: skip
    return sorted(alike, key=list(lexicon.metals).index)


def _colour(pictured: Item, vocabulary: ShopVocabulary) -> str:
    """The pictured metal's colour ("yellow"), or ""."""
    known = vocabulary.lexicon.metals.get(pictured.metal)
    return (known.color if known else "") or pictured.metal_color or ""


def _same_colour(pictured: Item, vocabulary: ShopVocabulary, by_look: bool = False) -> list[str]:
    """Every metal the shop sells of the pictured metal's colour: yellow gold and its platings alike;
    `by_look`, of the colour a photo shows it as (white gold, platinum, silver and steel are one)."""
    metals = vocabulary.lexicon.metals
    color = _colour(pictured, vocabulary)
    if not color:
        return []
    look = (lambda c: PHOTO_COLOR_OF_METAL.get(c, c)) if by_look else (lambda c: c)  # noqa: E731
    return sorted((name for name in vocabulary.metals if name in metals and look(metals[name].color) == look(color)),
                  key=list(metals).index)  # fmt: skip


def _with(constraints: Constraints, slots: dict) -> Constraints:
    changes = {"metal": "metals", "colour": "metals", "tone": "metals", "karat": "karats", "stone": "gemstones"}
    return replace(constraints, **{changes[slot]: list(value) for slot, value in slots.items()})


def _said(slots: dict, colour: str = "") -> tuple[str, ...]:
    """The carried slots in words for the reply: "rose gold", "diamond", "no stone", "a yellow metal"
    (the pictured metal's colour, when the metal gave way to every metal of it)."""
    words = {"metal": lambda values: values[0], "colour": lambda values: values[0], "tone": lambda values: f"a {colour} metal",
             "stone": lambda values: "no stone" if values == [NO_STONE] else values[0]}  # fmt: skip
    return tuple(words[slot](value) for slot, value in slots.items() if slot in words)


def kept_note(kept: tuple[str, ...], phrases: Phrases = ENGLISH) -> str:
    """What the reply says about what was carried over from the photo."""
    return phrases.say("photo_kept", kept=", ".join(kept))
