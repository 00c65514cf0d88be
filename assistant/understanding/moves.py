"""Conversation moves (a fresh start, slots to drop, refinements) and stock."""

from __future__ import annotations

import re

from assistant.understanding.phrases import either
from assistant.understanding.reading import Reading
from assistant.understanding.terms import negation_before
from retrieval.folding import WORD_EDGE, WORD_END, WORD_START, unmarked
from retrieval.lexicon import load_lexicon

# --- conversation moves --------------------------------------------------------------------------

RESET = re.compile(either(
    r"\bstart (?:over|again|afresh|fresh|from scratch)\b", r"\b(?:new|different|fresh) search\b", r"\bfrom scratch\b",
    r"\bforget (?:all (?:of )?(?:that|this)|everything|about (?:all )?that|what i said|all)\b",
    r"\bscratch (?:that|all that|everything)\b", r"\breset\b", r"\bclear (?:all|everything|(?:the |my )?(?:filters|search))\b",
    # "never mind, something else" (but "never mind the budget" drops a slot)
    r"\bnever ?mind\b(?!\s+(?:the|about|my)\b)"
    r"(?:\s*[,.;!-]?\s*(?:show me |let'?s (?:try |see )?)?something (?:else|different))?",
    r"\bsomething (?:completely|totally|entirely) different\b", r"\blet'?s try (?:something (?:else|different)|again)\b",
    r"\bback to square one\b", r"\bfrom the (?:beginning|top|start)\b",
))  # fmt: skip
_LEXICON = load_lexicon()
ELISION = re.compile(r"['\u2019]")  # "n'importe" is read "n importe" (spelling.normalise)
SLOT_NOUNS = {
    "price": r"price|prices|budget|cost|money|price range|amount|spend",
    "metal": r"metal|metals|metal type|material|metal colou?r|gold colou?r|type of (?:metal|gold)",
    "gemstone": r"stones?|gems?|gemstones?|colou?rs?|stone colou?r|stone type|type of stone",
    "category": r"(?:type|kind|sort)(?:\s+of\s+(?:jewel(?:le)?ry|piece))?(?!\s+of)|category|piece(?!\s+of)",
}
SLOT_CLEAR_BEFORE = either(
    r"any", r"any kind of", r"any type of", r"whatever", r"no particular",
    r"no preference (?:on|for|about|regarding|with)?(?: the)?",
    r"(?:i )?(?:don'?t|do not) (?:really )?care (?:about|what|which)?(?: the)?", r"not fussy (?:about|on)(?: the)?",
    r"flexible (?:on|about|with)(?: the)?", r"open (?:on|about|to any)(?: the)?", r"regardless of(?: the)?",
    r"(?:forget(?: about)?|ignore|drop|remove|lose|scrap) the", r"never ?mind (?:about )?(?:the|my)",
    r"no limit on(?: the)?", r"(?:it )?(?:doesn'?t|does not|no) matter (?:what|which)(?: kind of| type of)?",
)  # fmt: skip
SLOT_CLEAR_AFTER = either(
    r"(?:doesn'?t|does not|don'?t|do not) (?:really )?matter", r"can be anything", r"of any kind",
    r"(?:is|are|'s) (?:flexible|open|not (?:an? )?(?:issue|problem|concern)|no (?:object|issue|problem)|not important"
    r"|irrelevant|up to you)",
)  # fmt: skip
CLEAR_EXTRA = {
    "price": either(
        r"money is no object", r"sky'?s the limit", r"\bno budget\b", r"\bno (?:price )?limit\b",
        r"\bunlimited budget\b", r"\bwhatever it costs\b", r"\b(?:at )?any price(?: range)?\b",
    ),
    "gemstone": either(r"\bwith or without (?:a |any )?(?:stones?|gems?|gemstones?)\b", r"\bstone or no stone\b"),
    "category": either(
        r"\bany (?:kind|type|sort) of (?:jewel(?:le)?ry|piece)\b", r"\bopen to anything\b",
        r"\bwhatever you (?:have|recommend)\b",
        r"^\W*anything\W*(?:(?:is )?(?:fine|good|ok|okay)|at all|really|works|goes)?\W*$",  # just "anything"
    ),
}  # fmt: skip


def _spelled(words: tuple[str, ...]) -> str:
    """A locale pack's words as a request reads them (lower case, unmarked, an elision apart: "n importe"), as one alternation."""
    spelled = {ELISION.sub(" ", unmarked(word.lower())) for word in words}
    return either(*(re.escape(word) for word in sorted(spelled, key=len, reverse=True))) or "(?!)"


def _locale_clears(slot: str) -> list[str]:
    """The locale packs' words leaving `slot` open ([open_slots]): "ükskõik mis kiviga", "kivi pole oluline"."""
    nouns = _LEXICON.open_nouns.get(slot, ())
    if not nouns:
        return []
    noun = _spelled(nouns)
    return [rf"{WORD_START}(?:{_spelled(_LEXICON.open_before)})\s+(?:{noun}){WORD_END}",
            rf"{WORD_START}(?:{noun})\s+(?:{_spelled(_LEXICON.open_after)}){WORD_END}"]

CLEARS = {
    slot: re.compile(either(
        rf"\b(?:{SLOT_CLEAR_BEFORE})\s+(?:{noun})\b", rf"\b(?:the\s+|my\s+)?(?:{noun})\s+(?:{SLOT_CLEAR_AFTER})\b",
        *([CLEAR_EXTRA[slot]] if slot in CLEAR_EXTRA else []), *_locale_clears(slot),
    ))
    for slot, noun in SLOT_NOUNS.items()
}  # fmt: skip
# "cheaper than that one" asks for other items; "is 9ct cheaper than 18ct?" is a question.
NOT_A_COMPARISON = r"(?!\s+than\s+(?!th(?:at|is|ese|ose)\b|the\b|it\b|them\b|what\b))"
TOO = r"(?<!not )(?<!n't )(?<!nothing )(?<!never )\btoo"  # "not too big" describes, it asks for nothing
REFINEMENTS = {
    "similar": (
        r"\bsimilar\b", r"\bmore like\b", r"\b(?:just )?like (?:that|this|those|these|the \w+) ones?\b",
        r"\blike the (?:first|second|third|fourth|fifth|last|top|\d(?:st|nd|rd|th)?)\b",
        r"\b(?:the )?same (?:style|design|look|kind|type|shape|vibe|one|thing|idea)\b",
        r"\balong (?:the same|those|these) lines\b", r"\bin the same vein\b",
    ),
    "cheaper": (
        rf"(?<!whatever is )(?<!whichever is )(?<!which is )\bcheaper\b{NOT_A_COMPARISON}",
        r"\bless (?:expensive|pricey|pricy|costly|money)\b", r"\blower (?:price|priced|cost|budget)\b",
        r"\bmore (?:affordable|reasonable|reasonably priced)\b",
        rf"{TOO} (?:expensive|pricey|costly|much money|rich for me)\b", r"\bout of my (?:price range|budget|league)\b",
        r"\bcosts? less\b", r"\bfor less\b", r"\b(?:budget|cheap|affordable|economical|inexpensive) (?:version|option|alternative)s?\b",
    ),
    "pricier": (
        rf"\bpricier\b{NOT_A_COMPARISON}", rf"\bmore expensive\b{NOT_A_COMPARISON}",
        r"\bhigher (?:end|price|priced|budget)\b", r"\bmore (?:upscale|luxurious|premium|high end)\b", rf"{TOO} cheap\b",
        r"\bfancier\b", r"\bspend more\b", r"\bbetter quality\b",
    ),
    "bigger": (
        r"\bbigger\b", r"\blarger\b", r"\bmore carats?\b", rf"{TOO} (?:small|tiny|thin|dainty|delicate)\b",
        r"\bmore substantial\b", r"\bheavier\b",
    ),
    "smaller": (
        r"\bsmaller\b", r"\btinier\b", r"\bdaintier\b", rf"{TOO} (?:big|large|heavy|bulky|chunky|wide|long)\b",
        r"\bmore (?:delicate|petite)\b", r"\bless (?:bulky|chunky|big)\b", r"\bthinner\b",
    ),
    "more": (
        r"\b(?:show|see|give|got|have|any|some|view|load|find)\s+(?:me\s+|us\s+)?(?:some\s+|a few\s+)?more\b"
        r"(?!\s+(?:like|expensive))",
        r"\bmore (?:options|choices|ideas|results|suggestions|of (?:these|those|them|that))\b",
        r"\bother (?:options|ones|choices|pieces|styles|designs)\b", r"\b(?:anything|what|something) else\b",
        r"\bdifferent ones\b", r"\bnext (?:page|ones|few|batch)\b", r"\bkeep going\b", r"^\W*more\W*(?:please)?\W*$",
        r"\bmore please\b", r"\b(?:any )?others\b",
    ),
}  # fmt: skip
# a locale pack's words for the same asks ([refinements]: "günstiger", "lebih murah"), begun and ended at
# a word's edge in any script (a Thai word may end in a mark, "อันนี้", after which \b finds no edge)
LOCALE_REFINEMENTS = _LEXICON.refinements


def _locale_words(words) -> list[str]:
    """A pack's words as one alternative: the edge tests written once, not once per word (the same
    matches, in the same order; thousands of copies of their character classes took seconds to compile)."""
    return [rf"{WORD_EDGE}(?:{'|'.join(map(re.escape, words))}){WORD_END}"] if words else []


REFINEMENT_PATTERNS = {
    name: re.compile("|".join([*alternatives, *_locale_words(LOCALE_REFINEMENTS.get(name, ()))]))
    for name, alternatives in REFINEMENTS.items()
}  # fmt: skip


def read_reset(reading: Reading) -> None:
    reading.reset = bool(reading.take_all(RESET))


def read_clear_slots(reading: Reading) -> None:
    for slot, pattern in CLEARS.items():
        if reading.take_all(pattern):
            reading.clear_slots.append(slot)


def read_refinements(reading: Reading) -> None:
    for name, pattern in REFINEMENT_PATTERNS.items():
        if reading.take_all(pattern):
            reading.refinements.append(name)



# --- stock ---------------------------------------------------------------------------------------

IN_STOCK = re.compile(either(
    r"\bin stock\b", r"\bin store\b", r"\bon hand\b", r"\bonly (?:what'?s |what is )?available\b",
    r"\bavailable (?:now|today|right now|immediately|to ship|for (?:immediate|next day) (?:delivery|shipping))\b",
    r"\bready to (?:ship|go|wear)\b", r"\b(?:can )?ships? (?:today|now|immediately|right away|tomorrow|fast|quickly)\b",
    r"\b(?:no|nothing|not|hide|exclude|without|skip)(?: the)? (?:out of stock|sold out)(?: ones| items| pieces| stuff)?\b",
    r"\bthat you have (?:right )?now\b",
    r"\bneed it (?:by|before|for) (?:tomorrow|tonight|friday|saturday|the weekend|this week)\b",
))  # fmt: skip


def read_stock(reading: Reading) -> None:
    for match in reversed(list(IN_STOCK.finditer(reading.text))):
        # "I don't need it to be in stock" asks for nothing
        reading.constraints.in_stock_only |= not negation_before(reading.text, match.start())
        reading.take(*match.span())
