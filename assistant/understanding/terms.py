"""Words that name categories, metals, stones, colours and preferences, with their negations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.understanding.phrases import (
    FILLER_WORDS,
    HARD_KINDS,
    PREFERENCE_KINDS,
    TERM_SLOTS,
    PhraseTable,
    Term,
    either,
)
from assistant.understanding.reading import Reading, add_new
from retrieval.constraints import Constraints
from retrieval.folding import WORD_END, WORD_MARKS
from retrieval.lexicon import load_lexicon
from retrieval.mentions import runs_into_a_piece
from retrieval.vocabulary import (
    COLOR_FAMILIES,
    NO_GEMSTONE,
)

CHILD = "child"  # the recipient a baby's or a child's piece is for
NEGATION_REACH_WORDS = 4  # "I don't want anything in rose gold": a negation reaches this many words ahead

# --- words: categories, metals, stones, colours, preferences --------------------------------------

NOT_AFTER_ALL = r"(?!\s+(?:mind|care)\b)"  # "don't mind silver" accepts it
NEGATION = re.compile(r"\b(?:" + either(
    r"no(?!\s+(?:matter|rush|problem|worries|idea|thanks|doubt)\b)",
    r"(?<!if )not(?!\s+(?:sure|certain|decided|necessarily|just|only|bad|fussed|set on)\b)",
    r"non", r"without", r"anything but", r"all but", r"except(?: for)?", r"excluding", r"exclude", r"avoid(?:ing)?",
    r"never", r"nothing", r"none of", r"neither", r"nor", r"rather than", r"instead of", r"other than", r"apart from",
    r"free of", r"minus", r"skip", r"hates?", r"dislikes?", r"allergic to", r"sensitive to", r"can'?t stand",
    r"can'?t wear", r"cannot wear", rf"(?:don'?t|doesn'?t|do not|does not){NOT_AFTER_ALL}", r"won'?t",
    r"wouldn'?t(?!\s+mind\b)", r"(?:isn|aren|wasn)'?t(?!\s+an?\s+(?:problem|issue)\b)", r"less",
    *(re.escape(word) for word in load_lexicon().negation_before),  # the locale packs' ("tanpa mutiara")
) + r")(?!\w)")  # fmt: skip  # not \b: a Thai word may end in a mark ("ไม่มี"), after which \b finds no edge
CLAUSE_BREAK = re.compile(either(
    r"[.;!?,]", r"(?<!anything )(?<!all )\bbut\b", r"\binstead\b(?! of)", r"\brather\b(?! than)",
    r"\b(?:though|although|however|just|only|prefer|preferably|ideally|maybe|perhaps|so|because|since|i want"
    r"|i'd like|i would like|i like|i love|i need|looking for|is fine|are fine|is ok|are ok)\b",
))  # fmt: skip
CONTINUATION = re.compile(r"\s*(?:,|or|nor|/|and|&)\s*(?:(?:any|a|an|the|no|in|either)\s+)*$")
COMBINING = re.compile(r"\s*$")
# a word in any script: Greek "σκουλαρικια" as Latin "orecchini", Hindi "चांदी" and Thai "ต่างหู" with their marks
TOKEN = re.compile(rf"[^\W_](?:[^\W_]|'|[{WORD_MARKS}])*")
OR = re.compile(r"\b(?:or|nor)\b")
OR_NEXT = re.compile(r"\s*(?:or|nor)\b")
# "in white", "en blanco", "in bianco": a colour right after these is the gold's (jewelry.toml [color_of_metal])
IN_BEFORE = re.compile(rf"(?<!\w)(?:{either(*map(re.escape, load_lexicon().metal_color_after)) or '(?!)'})\s*$")
NEXT_WORD = re.compile(r" *([a-z][a-z']*)")
PREVIOUS_WORD = re.compile(r"([a-z][a-z']*)\s*$")
# beside a locale pack's colour, a word in any script ("синя сукня", a blue dress)
LETTERS = rf"[^\W\d_](?:[^\W_]|'|[{WORD_MARKS}])*"
NEXT_WORD_ANY, PREVIOUS_WORD_ANY = re.compile(rf" *({LETTERS})"), re.compile(rf"({LETTERS})\s*$")
COLOR_KINDS = ("color", "color_or_metal")
STONE_KINDS = {"gemstone", "any_stone"}
# "a mangalsutra with a diamond pendant", "necklace set with matching earrings": a kind of piece after
# "with", once another has been named, is a part of it or what comes with it, not a second kind asked
# for; nor is one after "for these", "to go with my" (what the shopper has).
PART_AFTER = re.compile(r"\b(?:with|having)\s+(?:(?:a|an|the|its|matching|small|little|tiny|big|large)\s+)*$")
THIS_PIECE = re.compile(r"\b(?:this|these|it|same)\b")  # "like this but with a diamond pendant": a piece named
# "a necklace to go with these earrings", "earrings for this choker", "a pendant like this bangle":
# the piece already owned or pictured.
# A word may stand between ("a charm for my pandora bracelet": a brand or a design name).
OWNED_LEAD = (
    r"\b(?:(?:for|with|like|match|matches|matching|to go (?:with|on))\s+(?:th(?:is|ese|at|ose)|my|her|his|our|the same)"
    rf"|(?:{either(*map(re.escape, load_lexicon().owned_leads)) or '(?!)'})\s+(?:{either(*map(re.escape, load_lexicon().owned_pointers)) or '(?!)'})"
    rf"|(?:{either(*map(re.escape, load_lexicon().owned_pointers_alone)) or '(?!)'})"
    r")"
)  # the locale packs' leads and pointers too: "que combinen con este anillo"; a pointer alone: "selle ripatsiga"
OWNED_AFTER = re.compile(OWNED_LEAD + r"\s+(?:[a-z]+\s+)?$")
# "к этому браслету серьги", "for this bracelet, earrings": the piece owned said first, right after its
# lead and pointer, and the one sought after it (no word between, nor a word read and taken out: "for my
# daughter earrings" owns none)
OWNED_FIRST = re.compile(OWNED_LEAD + r"\s$")
# "the chain we already bought", "I already have the earrings": a piece the shopper owns, not one asked for.
OWNED_ALREADY_AFTER = re.compile(
    r"\s*(?:(?:that|which)\s+)?(?:we|i|she|he|they)(?:'ve|'d)?\s+(?:(?:have|has|had)\s+)?already\s+(?:have|has|had|bought|own|got|gotten)\b"
    r"|\s*(?:(?:that|which)\s+)?(?:we|i|she|he|they)\s+(?:have|has|had|own|bought|got)\s+already\b"
)
# "このネックレスに合うピアス": a locale's words said after the piece the shopper has (earrings to go with this necklace)
OWNED_FOLLOWED = re.compile(rf"\s*(?:{either(*map(re.escape, load_lexicon().owned_after)) or '(?!)'}){WORD_END}")
OWNED_ALREADY_BEFORE = re.compile(r"\balready\s+(?:have|has|had|own|bought|got)\s+(?:(?:a|an|the|my|our|her|his|their)\s+)*$")
INTENSIFIERS = {"too", "so", "very", "overly", "that"}


@dataclass
class _Found:
    terms: tuple[Term, ...]
    start: int
    end: int
    phrase: str
    negated: bool = False
    neutral: bool = False  # neither wanted nor refused: the diamonds of "no yellow diamonds"


def _find_terms(text: str, table: PhraseTable) -> list[_Found]:
    words = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    found: list[_Found] = []
    markers = table.vocabulary.lexicon.name_markers
    i = 0
    while i < len(words):
        marker = i and words[i - 1][0] in markers and not (found and found[-1].end == words[i - 1][2])  # not "pırlanta model"
        if marker:  # "خرطوش باسم ماسة", "model safira": a design's name follows, as in a listing
            i += 1
            continue
        for n in range(min(table.longest, _words_before_a_break(text, words, i)), 0, -1):
            phrase = " ".join(word for word, _, _ in words[i : i + n])
            terms = table.phrases.get(phrase) or (table.phrases.get(phrase[:-2]) if phrase.endswith("'s") else None)
            if terms and phrase in table.gives_way and _runs_into_a_piece(text, words, i, i + n, table):
                continue  # read shorter: the "silver" of "silver box chain"
            if terms:
                found.append(_Found(terms, words[i][1], words[i + n - 1][2], phrase))
                i += n
                break
        else:
            i += 1
    return _join_plating_to_silver(text, found, table)


def _runs_into_a_piece(text: str, words: list[tuple[str, int, int]], start: int, end: int, table: PhraseTable) -> bool:
    """Whether a kind of piece's phrase starts inside words[start:end] and runs on past it, before a break."""
    said = [word for word, _, _ in words[: start + _words_before_a_break(text, words, start)]]
    return runs_into_a_piece(said, start, end, table.longest,
                             lambda phrase: any(term.kind == "category" for term in table.phrases.get(" ".join(phrase), ())))


def _join_plating_to_silver(text: str, found: list[_Found], table: PhraseTable) -> list[_Found]:
    """ "rose gold plated sterling silver": a gold's plating read right before a silver is one
    metal, the plating over silver (phrases.PlatingBeforeSilver)."""
    joining = table.plating_before_silver
    if joining is None:
        return found
    joined: list[_Found] = []
    for term in found:
        before = joined[-1] if joined else None
        if (before is not None and before.phrase in joining.platings and term.phrase in joining.silvers
                and not text[before.end : term.start].strip()):  # fmt: skip
            joined[-1] = _Found(joining.terms, before.start, term.end, f"{before.phrase} {term.phrase}")
        else:
            joined.append(term)
    return joined


def _words_before_a_break(text: str, words: list[tuple[str, int, int]], start: int) -> int:
    """How many words from `start` on a phrase may span: none past a comma or a full stop ("just
    the minnu, the chain we have" names no "minnu chain")."""
    count = 1
    while start + count < len(words) and not text[words[start + count - 1][2] : words[start + count][1]].strip():
        count += 1
    return count


def _groups(text: str, found: list[_Found]) -> list[list[_Found]]:
    """Terms side by side with nothing between them form a group: "rose gold diamond ring"."""
    groups: list[list[_Found]] = []
    for term in found:
        if groups and COMBINING.fullmatch(text[groups[-1][-1].end : term.start]):
            groups[-1].append(term)
        else:
            groups.append([term])
    return groups


def _kind(group: list[_Found]) -> set[str]:
    return {term.kind for found in group for term in found.terms}


@lru_cache(maxsize=8)
def _negation_after(words: tuple[str, ...]) -> re.Pattern:
    """Words said right after what they refuse ("kemp illama": without kemp) or accept ("imitation chalega")."""
    return re.compile(rf"\s*(?:{either(*map(re.escape, words))}){WORD_END}" if words else r"(?!)")


def _accept(text: str, groups: list[list[_Found]], accepted: re.Pattern) -> None:
    """ "necklace under 8000, covering is fine", "imitation chalega": a metal or stone followed by words
    that accept it is neither wanted nor refused; a kind of piece said so stays asked for."""
    for group in groups:
        if accepted.match(text, group[-1].end):
            for found in group:
                if not any(term.kind == "category" for term in found.terms):
                    found.neutral, found.negated = True, False


def _negate(text: str, groups: list[list[_Found]], after: re.Pattern, colors_after: frozenset[str]) -> None:
    """Mark negated terms. A negation reaches the next group within its clause and a few words,
    and runs on through "or"/"nor" lists ("no diamonds or pearls"); a locale's negation said after
    a group (`after`) refuses the word right before it. In a negated group that names a piece, the piece is still
    wanted and only its description is refused ("no diamond rings")."""
    previous: list[_Found] | None = None
    for group in groups:
        start = group[0].start
        clause = CLAUSE_BREAK.split(text[:start])[-1]
        cues = list(NEGATION.finditer(clause))
        cue_end = start - len(clause) + cues[-1].end() if cues else None
        # A cue negates the first thing it reaches: "nothing flashy with sapphires" wants sapphires; a
        # cue inside the group before, part of its phrase ("без камней", no stones), is spent there.
        reached = cues and (previous is None or previous[0].start < cue_end) and not (
            previous is not None and start - len(clause) + cues[-1].start() < previous[-1].end)
        negated = bool(reached) and _reaches(clause[cues[-1].end() :].split())
        if not negated and previous is not None and previous[0].negated:
            between = text[previous[-1].end : start]
            joined = CONTINUATION.fullmatch(between)
            same_kind = bool(_kind(previous) & _kind(group)) or (_kind(previous) | _kind(group)) <= STONE_KINDS
            if joined and (same_kind or OR.search(between)):
                negated = not between.strip().startswith(",") or _list_goes_on(text, group)
        if not negated:
            _negate_stone_colors(group, after, colors_after)
        if negated:
            _negate_group(group, colors_after)
        elif after.match(text, group[-1].end):
            _negate_group(_colored_last(group), colors_after)  # said right after the word it refuses: "マリッジリング ピンクゴールド ダイヤなし"
        previous = group


def _reaches(words_between: list[str]) -> bool:
    """Whether a negation reaches past these words; "not too expensive pearls" spends it on "expensive"."""
    if words_between[:1] and words_between[0] in INTENSIFIERS:
        return len(words_between) == 1
    return len(words_between) <= NEGATION_REACH_WORDS


def negation_before(text: str, position: int) -> bool:
    clause = CLAUSE_BREAK.split(text[:position])[-1]
    cues = list(NEGATION.finditer(clause))
    return bool(cues) and _reaches(clause[cues[-1].end() :].split())


def _list_goes_on(text: str, group: list[_Found]) -> bool:
    """ "no diamonds, pearls or opals": a comma carries a negation on only in a list ended by "or"."""
    return bool(OR_NEXT.match(text, group[-1].end))


def _colored_last(group: list[_Found]) -> list[_Found]:
    """The group's last word with the colours said right before it ("노란 다이아 없는": no yellow diamonds)."""
    first = len(group) - 1
    while first > 0 and group[first - 1].terms[0].kind in COLOR_KINDS:
        first -= 1
    return group[first:]


def _negate_stone_colors(group: list[_Found], after: re.Pattern, colors_after: frozenset[str]) -> None:
    """The colour of a stone refused by a phrase that says "no stone": "sin piedra azul", "không đá màu đỏ"
    (said after it), "赤い石なし" (a phrase with a negation in it); never "plain white"."""
    for index, found in enumerate(group):
        if found.terms[0].kind != "no_stone":
            continue
        refusing = bool(NEGATION.search(found.phrase) or after.search(found.phrase))
        for other in group if refusing else group[index + 1 : index + 2]:
            if other.terms[0].kind in COLOR_KINDS and (refusing or other.phrase in colors_after):
                other.negated = True


def _negate_group(group: list[_Found], colors_after: frozenset[str]) -> None:
    kinds = [found.terms[0].kind for found in group]
    has_piece = "category" in kinds and len(group) > 1
    for index, found in enumerate(group):
        kind = found.terms[0].kind
        if has_piece and kind == "category":
            continue  # "no diamond rings": rings, without diamonds
        colored_after = index + 1 < len(group) and kinds[index + 1] in COLOR_KINDS and group[index + 1].phrase in colors_after
        if kind == "gemstone" and ((index > 0 and kinds[index - 1] in COLOR_KINDS) or colored_after):
            found.neutral = True  # "no yellow diamonds", "sin diamantes amarillos": the colour is refused, not diamonds
            continue
        found.negated = True


def read_terms(reading: Reading) -> None:
    text = reading.text
    found = _find_terms(text, reading.table)
    groups = _groups(text, found)
    lexicon = reading.table.vocabulary.lexicon
    _negate(text, groups, _negation_after(lexicon.negation_after), reading.table.colors_after)
    _accept(text, groups, _negation_after(lexicon.accepted_after))
    gold_said = bool(reading.constraints.karats) or _gold_said(text, found, reading.table.gold_metals)
    stones_said: set[str] = set()  # "any" for "with a stone", "none" for "without stones"
    starts, ends = {item.start for item in found}, {item.end for item in found}
    named: list[str] = []  # the kinds of piece named so far
    pointed = "similar" in reading.refinements  # "like this one" was read as a refinement
    family_of = reading.table.vocabulary.lexicon.family_of
    implied: list[str] = []  # the stones a kind of piece's name says ("tennis bracelet"), unless stones are named
    owned_first = _owned_first(text, found)
    for group in groups:
        before = text[: group[0].start]
        kinds = _kinds(group)
        # "a necklace with a sapphire pendant" is a pendant necklace: a kind of the family first named by its name
        of_family_named = any(family_of(kind) in named for kind in kinds)
        owned = bool(OWNED_ALREADY_AFTER.match(text, group[-1].end) or OWNED_ALREADY_BEFORE.search(before)
                     or OWNED_FOLLOWED.match(text, group[-1].end))
        part = owned or (bool(named) and bool(OWNED_AFTER.search(before))) or (
            (bool(named) or pointed or bool(THIS_PIECE.search(before))) and bool(PART_AFTER.search(before)) and not of_family_named)
        named += kinds
        for item in group:
            for term in item.terms:
                if item.neutral or _colors_something_else(text, item, starts, ends, reading.table) or (
                        (part or item is owned_first) and term.kind in ("category", "design")):
                    continue
                if term.kind == "named_stone":
                    add_new(implied, [] if item.negated else term.values)
                    continue
                if term.kind == "color_or_metal":
                    term = _color_or_metal(term, text[: item.start], group, gold_said)
                _apply(reading, term, item, group, stones_said)
    if not reading.constraints.gemstones and not stones_said:
        add_new(reading.constraints.gemstones, implied)
    _with_kinds_for_a_child(reading)
    _settle_stones(reading.constraints, stones_said)
    for item in found:
        if any(term.kind in HARD_KINDS for term in item.terms):
            reading.take(item.start, item.end)


def _owned_first(text: str, found: list[_Found]) -> _Found | None:
    """The kind of piece said right after "к этому", "for this" when another kind is said after it
    ("к этому браслету серьги": earrings for the bracelet the shopper has): the one owned, not sought."""
    pieces = [item for item in found if any(term.kind in ("category", "design") for term in item.terms)]
    if len(pieces) > 1 and OWNED_FIRST.search(text[: pieces[0].start]):
        return pieces[0]
    return None


def _kinds(group: list[_Found]) -> list[str]:
    """The kinds of piece (and designs) a group of terms names."""
    return [value for item in group for term in item.terms if term.kind in ("category", "design") for value in term.values]


def _with_kinds_for_a_child(reading: Reading) -> None:
    """A kind a shop lists apart from its parent (a kada from bangles) is what a child's version of the
    parent is made as: "bangles for the baby" takes in the baby's kadas."""
    constraints = reading.constraints
    if CHILD not in reading.preferences.recipients:
        return
    lexicon = reading.table.vocabulary.lexicon
    apart = [kind.name for kind in lexicon.categories.values()
             if kind.distinct and kind.parent in constraints.categories and kind.name in reading.table.vocabulary.categories]  # fmt: skip
    add_new(constraints.categories, [kind for kind in apart if kind not in constraints.exclude_categories])


def _gold_said(text: str, found: list[_Found], gold_metals: tuple[str, ...]) -> bool:
    """Whether gold is named, so that a bare "yellow" or "white" is the colour of the gold."""
    for item in found:
        for term in item.terms:
            if term.kind == "metal" and set(term.values) & set(gold_metals):
                return True
            if term.kind == "color_or_metal" and IN_BEFORE.search(text, 0, item.start):
                return True  # "in white, not yellow"
    return False


def _colors_something_else(text: str, item: _Found, starts: set[int], ends: set[int], table: PhraseTable) -> bool:
    """ "a black dress", "the red carpet": a colour followed by a word that is no jewelry; one a language
    says after what it colours ("un vestido negro"), preceded by one and followed by no jewelry. Beside a
    locale's colour, a word of the packs is no other thing ("czerwonego kamienia": a stone's case)."""
    if [term.kind for term in item.terms] not in (["color"], ["color_or_metal"]):
        return False
    local = item.phrase in table.locale_colors
    known = table.words if local else frozenset()
    following = (NEXT_WORD_ANY if local else NEXT_WORD).match(text, item.end)
    if item.phrase in table.colors_after:
        preceding = (PREVIOUS_WORD_ANY if local else PREVIOUS_WORD).search(text, 0, item.start)
        return _other_word(preceding, ends, known) and not (following and following.start(1) in starts)
    return bool(following) and following.start(1) not in starts and _other_word(following, set(), known)


def _other_word(word: re.Match | None, terms_end: set[int], known: frozenset[str]) -> bool:
    """Whether a word beside a colour names something other than jewelry: no term's, filler or pack word."""
    return bool(word) and word.end(1) not in terms_end and word.group(1) not in FILLER_WORDS and word.group(1) not in known


def _color_or_metal(term: Term, before: str, group: list[_Found], gold_said: bool) -> Term:
    """ "yellow or white gold", "in white": the gold's colour; "white pearls", "perlas blancas": the
    stone's. The term holds the stone's colour, then the gold."""
    stone_beside = any(t.kind in STONE_KINDS for item in group for t in item.terms)
    color, metal = term.values
    if (gold_said or IN_BEFORE.search(before)) and not stone_beside:
        return Term("metal", (metal,))
    return Term("color", COLOR_FAMILIES[color])


def _apply(reading: Reading, term: Term, item: _Found, group: list[_Found], stones_said: set[str]) -> None:
    constraints, preferences, kind = reading.constraints, reading.preferences, term.kind
    if kind == "design":
        if item.negated:
            add_new(preferences.avoid_terms, [_singular(item.phrase, reading.table)])
        elif not any(t.kind == "category" for other in group for t in other.terms):
            add_new(constraints.categories, term.values)
    elif kind in TERM_SLOTS:
        include, exclude = TERM_SLOTS[kind]
        add_new(getattr(constraints, exclude if item.negated else include), term.values)
    elif kind == "color":
        if item.negated:
            add_new(preferences.avoid_terms, [item.phrase])
        else:
            add_new(constraints.gemstone_colors, term.values)
    elif kind == "any_stone":
        stones_said.add("none" if item.negated else "any")
    elif kind == "no_stone" and not item.negated:
        stones_said.add("none")
    elif kind in PREFERENCE_KINDS and not item.negated:
        add_new(getattr(preferences, PREFERENCE_KINDS[kind]), term.values)
    elif kind in ("style", "descriptor") and item.negated:
        add_new(preferences.avoid_terms, [_singular(item.phrase, reading.table)])


def _singular(phrase: str, table: PhraseTable) -> str:
    return table.singulars.get(phrase, phrase)


def _settle_stones(constraints: Constraints, stones_said: set[str]) -> None:
    """ "without stones" means no gemstone, unless a stone is wanted by name ("a real diamond, not a
    white stone"); "with a stone" means any gemstone."""
    if "none" in stones_said and not constraints.gemstones:
        add_new(constraints.gemstones, [NO_GEMSTONE])
    elif "any" in stones_said and not constraints.gemstones:
        add_new(constraints.exclude_gemstones, [NO_GEMSTONE])


def settle(constraints: Constraints, gold_metals: tuple[str, ...]) -> None:
    if constraints.karats and not constraints.metals:
        constraints.metals = [metal for metal in gold_metals if metal not in constraints.exclude_metals]
    for include, exclude in (
        (constraints.categories, constraints.exclude_categories),
        (constraints.metals, constraints.exclude_metals),
        (constraints.gemstones, constraints.exclude_gemstones),
    ):
        # "gold but not rose gold": the narrower exclusion wins over the broader inclusion.
        include[:] = [value for value in include if value not in exclude]
