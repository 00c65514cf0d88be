"""Reading jewellery text with the lexicon's phrases: the kind of piece, metal, karat, stone and
its colour a title, description or request says, and how surely.

Text is folded and cut into words ("14k" -> "14", "k": retrieval/folding.py), and the lexicon's
phrases are found in them longest first (retrieval/mentions.py). The readers return the canonical value
with how surely the words say it (1.0 for a name, the weak strength for a weak one) and the words
it was read from. They are `Lexicon`'s methods (retrieval/lexicon_tables.py holds the tables they read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from retrieval.folding import LETTER, WORD_EDGE, folded, words_of
from retrieval.mentions import Mention, PhraseEntry, PhraseFinder

# Where a title or sentence is cut to find the kind of piece it is about: "Ruby and Diamond Ring",
# "The Aurora Ring – Ruby and Gold", "Pendant with Chain" (Hebrew "תליון עם שרשרת", "כולל שרשרת").
# Japanese brackets and marks cut as commas and brackets do ("【送料無料】", "〈Hoshi〉", "ピアス・イヤリング"),
# and its full stop "。" ends a sentence with no space after it.
SEGMENT_BREAK = re.compile(r"\s+(?:with|featuring|and|in|for|on|plus|עם|כולל)\s+|\s+[-–—]\s+|[,;:|()\[\]/&–—、・【】「」『』〈〉《》≪≫،؛]", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?؟\n]+(?:\s|$)|[。।॥]")  # Devanagari's danda ends a sentence as "。" does
KARAT_WINDOW_AFTER, KARAT_WINDOW_BEFORE = 3, 2  # words between "18ct" and "gold"
COMPETING_CATEGORY_FACTOR = 0.85  # kinds of piece of two families in the same phrase ("ring and earrings")
NUMBER = r"(\d+\s+\d+/\d+|\d+/\d+|\d*\.\d+|\d+)"
DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")  # "0,30 ct": a stone's weight with a decimal comma (Italian, French, German)
NO_STONE = "none"  # the stone value of a piece without one ("no stones", "plain band")
COLOR_AFTER = "color after"  # a colour word read only after a stone ("zafiro azul") or alone
DECIMAL_WORD = re.compile(r"\d{1,2}[.,]\d")  # "19.2": a karat that is no whole number, kept as one word


def karat_number(value: int | float | str) -> int | float:
    """A karat as stored: a whole one as an int (18), a fraction as it is (19.2: Portugal's 800 gold)."""
    number = float(value)
    return int(number) if number.is_integer() else round(number, 2)


def whole_karat(value: Any) -> int | None:
    """A karat that is a whole number (22), else None (19.2, or no number at all)."""
    try:
        return int(value) if float(value).is_integer() else None
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Reading:
    value: Any
    confidence: float  # how surely the words say it: 1.0 for a name, less for a weak one
    words: str  # what it was read from


@dataclass(frozen=True)
class MetalReading:
    metal: str  # canonical; "gold" when its colour is not said
    color: str
    karat: int | None
    confidence: float
    words: str
    # the colour a gold word of no stated colour means in its trade (Danish "guld": yellow; the pack's
    # named_colors): any colour said elsewhere wins over it, a photo does not (retrieval/metal_extraction.py)
    implied_color: str = ""


@dataclass(frozen=True)
class StoneReading:
    stone: str  # canonical, "none", or the generic "stone"
    color: str  # a canonical colour, "" when not said
    confidence: float
    words: str


def _number(text: str) -> float:
    """"1 1/2" -> 1.5, "3/4" -> 0.75, ".5" -> 0.5."""
    whole, _, fraction = text.strip().rpartition(" ") if " " in text.strip() else ("", "", text.strip())
    if "/" in fraction:
        top, bottom = fraction.split("/")
        value = int(top) / int(bottom) if int(bottom) else 0.0
    else:
        value = float(fraction)
    return value + (int(whole) if whole else 0)


def _first_value(values: tuple[str, ...], words: list[str]) -> str:
    joined = f" {' '.join(words)} "
    return next((value for value in values if f" {' '.join(words_of(value))} " in joined), "")


class TextReader(PhraseFinder):
    """The readers of a `Lexicon`, over the phrase tables it builds from its files."""

    def category_of(self, text: str) -> Reading | None:
        """The kind of piece a text is about: in the first sentence and phrase naming one, a name
        before a weak one ("band ring": a ring), the more specific of a kind and its parent
        ("jhumka earrings"), and the last named ("chain necklace": a necklace)."""
        for sentence in SENTENCE_BREAK.split(text):
            for segment in SEGMENT_BREAK.split(sentence):
                words = self._words(segment)
                mentions = [m for m in self._mentions("category", words) if m.entry.kind == "category"]
                if mentions:
                    return self._head_category(mentions, words)
        return None

    def label_kind_of(self, label: str) -> Reading | None:
        """The kind a shop's own label for its pieces names: a name of it, or a whole label that
        names it only as a shop's category ("Engagement" in a taxonomy; `labels` in the lexicon). A
        label that is wholly a weak name ("Chains", "Bands") says its kind surely: a shop files by it.
        A whole label listed for a kind is read as that kind first (Dutch "Kettingen", the menu holding
        necklaces, pendants and chains, while "ketting" in a title is a chain)."""
        value = self._label_kinds.get(tuple(self._words(label)))
        if value:
            return Reading(value, 1.0, label)
        reading = self.category_of(label)
        if reading is not None:
            if reading.confidence < 1.0 and self.value_of("category", label) == reading.value:
                return Reading(reading.value, 1.0, label)  # a whole label "Chains": a weak name said surely
            return reading
        return None

    def kinds_named(self, text: str) -> set[str]:
        """The kinds of piece a text names, less those a narrower named one is a kind of ("Rings >
        Engagement Rings": engagement ring; "Bangles & Bracelets": bangle and bracelet)."""
        named = {m.entry.value for m in self._mentions("category", self._words(text)) if m.entry.kind == "category"}
        return {kind for kind in named if not any(other != kind and self.is_within(other, kind) for other in named)}

    def _head_category(self, mentions: list[Mention], words: list[str]) -> Reading:
        strongest = max(m.entry.strength for m in mentions)
        named = [m for m in mentions if m.entry.strength == strongest]
        values = {m.entry.value for m in named}
        specific = [m for m in named if not any(self.is_within(other, m.entry.value) and other != m.entry.value for other in values)]
        chosen = specific[-1]
        families = {self.family_of(m.entry.value) for m in mentions}
        confidence = chosen.entry.strength * (COMPETING_CATEGORY_FACTOR if len(families) > 1 else 1.0)
        return Reading(chosen.entry.value, confidence, " ".join(words[chosen.start : chosen.end]))

    def karat_of(self, text: str) -> Reading | None:
        found = self._karats(self._words(text))
        if not found:
            return None
        karat, start, end = found[0]
        return Reading(karat, 1.0, " ".join(self._words(text)[start:end]))

    def _karats(self, words: list[str]) -> list[tuple[int, int, int]]:
        """(karat, start, end) of every gold purity: "18k", "22 kt", "9ct gold", "916 gold"."""
        found = []
        for i, word in enumerate(words):
            if not word.isdigit():
                found += self._decimal_karat(words, i)
                continue
            number, after = int(word), words[i + 1] if i + 1 < len(words) else ""
            fraction = self._karat_fraction(words, i)
            if fraction is not None:
                found.append(fraction)
            elif number in self.karats and after in self.karat_suffixes:
                found.append((number, i, i + 2))
            elif number in self.karats and after in self.ambiguous_karat_suffixes and self._gold_near(words, i, i + 2):
                found.append((number, i, i + 2))
            elif number in self.gold_hallmarks and self._gold_near(words, i, i + 1):
                found.append((self.gold_hallmarks[number], i, i + 1))
        named = []
        for i in range(len(words)):  # a gold whose name says its purity ("gini sona": 22)
            for phrase, karat in self.named_karats.items():
                if tuple(words[i : i + len(phrase)]) == phrase:
                    named.append((karat, i, i + len(phrase)))
        # a purity written beats one a gold's name implies ("Saudi Gold 18K" is 18, wherever it is said)
        return sorted(found, key=lambda entry: entry[1]) + sorted(named, key=lambda entry: entry[1])

    def _decimal_karat(self, words: list[str], i: int) -> list[tuple[float, int, int]]:
        """"19.2 k": a karat kept as one word with its decimal point, said with a karat's suffix."""
        if not DECIMAL_WORD.fullmatch(words[i]) or i + 1 >= len(words) or words[i + 1] not in self.karat_suffixes:
            return []
        karat = karat_number(words[i].replace(",", "."))
        return [(karat, i, i + 2)] if karat in self.karats and not isinstance(karat, int) else []

    def _karat_fraction(self, words: list[str], i: int) -> tuple[float, int, int] | None:
        """A karat that is no whole number, its decimal mark split off as a word break ("19,2kt",
        "19.2 quilates": "19" "2" "kt"), said with a karat's suffix, or its one decimal digit alone
        beside a gold word ("ouro 19,2"; "ouro 19,20 €" is a price)."""
        if i + 1 >= len(words) or not words[i + 1].isdigit():
            return None
        karat = karat_number(f"{words[i]}.{words[i + 1]}")
        if karat not in self.karats or isinstance(karat, int):
            return None
        after = words[i + 2] if i + 2 < len(words) else ""
        if after in self.karat_suffixes or (after in self.ambiguous_karat_suffixes and self._gold_near(words, i, i + 3)):
            return karat, i, i + 3
        if len(words[i + 1]) == 1 and self._gold_near(words, i, i + 2):
            return karat, i, i + 2
        return None

    def karat_label(self, text: str) -> Reading | None:
        """A karat said with a weight's suffix and nothing else ("22ct", "18 ct"): a shop's tag for
        its gold pieces (a bare stone weight of 9 to 24 carats is no tag a shop files under)."""
        words = self._words(text)
        if len(words) == 2 and words[0].isdigit() and int(words[0]) in self.karats and words[1] in self.ambiguous_karat_suffixes:
            return Reading(int(words[0]), 1.0, text)
        return None

    def _gold_near(self, words: list[str], start: int, end: int) -> bool:
        """Whether a gold is named within a few words of words[start:end]: a gold word, or a gold's
        name reaching into the window ("oro rosa de 14 kilates", the colour said after the gold)."""
        low, high = max(0, start - KARAT_WINDOW_BEFORE), end + KARAT_WINDOW_AFTER
        if any(word in self.gold_words for word in words[low:high]):
            return True
        return any(m.entry.kind == "metal" and self.metals[m.entry.value].base == "gold" and m.start < high and m.end > low
                   for m in self._mentions("metal", words))  # fmt: skip

    def carat_of(self, text: str) -> Reading | None:
        """A stone weight: "0.5 ct", "1/2 ctw", "1 1/2 carat", "0.30 ct tw" (not "18ct gold")."""
        normal = DECIMAL_COMMA.sub(".", folded(text).replace("-", " "))
        for match in self._carat.finditer(normal):
            weight = _number(match.group(1))
            before, said = self._words(normal[: match.start()]), self._words(match.group(0))
            around = [*before, *said, *self._words(normal[match.end() :])]
            if weight.is_integer() and int(weight) in self.karats and self._gold_near(around, len(before), len(before) + len(said)):
                continue
            if weight > 0:
                return Reading(weight, 1.0, match.group(0))
        return None

    def metal_of(self, text: str) -> MetalReading | None:
        """The piece's metal, its colour and karat. A gold word followed by "plated", "vermeil" ...
        is a plating: over a silver word it is gold plated silver, and its karat is no karat."""
        words = self._words(text)
        karats = self._karats(words)
        found = self._mentions("metal", words)
        mentions = [m for m in found if m.entry.kind == "metal"]
        mentions += self._colors_beside_karats(words, karats, found, self._sentence_starts(text, words) if karats else set())
        mentions.sort(key=lambda m: m.start)
        plated = [m for m in mentions if self._is_plating(m, words)]
        solid = [m for m in mentions if m not in plated]
        solid = [m for m in solid if m.entry.strength == max(n.entry.strength for n in solid)]  # a name before a weak one
        said = " ".join(" ".join(words[m.start : m.end]) for m in mentions)
        if plated:
            # a plating's name may say its colour ("rose kaplama"), else its metal's does
            color = next((m.entry.color or self.metals[m.entry.value].color for m in plated if m.entry.color or self.metals[m.entry.value].color), "yellow")
            metal = self._plating_over(plated, solid)
            return MetalReading(metal, color, None, min(m.entry.strength for m in plated), said)
        if not solid:
            if not karats:
                return None
            karat = karats[0][0]
            color = "yellow" if karat in self.yellow_only_karats else ""
            return MetalReading(self.metal_for("gold", color), color, karat, 1.0, " ".join(words[karats[0][1] : karats[0][2]]))
        lead = self._lead_metal(solid, karats, words)
        first = self.metals[lead.entry.value]
        color = first.color
        if first.base == "gold" and not color:  # "18k gold ... in white gold": the colour said elsewhere
            color = next((self.metals[m.entry.value].color for m in solid if self.metals[m.entry.value].base == "gold" and self.metals[m.entry.value].color), "")
        karat = karats[0][0] if karats and first.base == "gold" else None
        if first.base == "gold" and not color and karat in self.yellow_only_karats:
            color = "yellow"
        metal = self.metal_for(first.base, color) if first.base == "gold" else first.name
        implied = "" if color or first.base != "gold" else next((m.entry.color for m in solid if self.metals[m.entry.value].base == "gold" and m.entry.color), "")
        return MetalReading(metal, color, karat, lead.entry.strength, said, implied)

    def _plating_over(self, plated: list[Mention], solid: list[Mention]) -> str:
        """The plating's value: over silver where a silver is named (or the plating's name says it and
        no other base is named), over another base where one is ("gold plated brass", "1 gram gold"), else over no named base."""
        said = {m.entry.value for m in plated}
        bases = {self.metals[m.entry.value].base for m in solid} - {"gold"}
        # a base named beside the plating wins over the silver its name presumes ("verguld messing")
        if "silver" in bases or (self.plated_over_silver in said and not bases):
            return self.plated_over_silver
        over = [value for base, value in self.plated_over_base.items() if base in bases]
        if not bases:  # no base named beside it: the plating's own name may say one ("1 gram gold")
            over = [value for value in self.plated_over_base.values() if value in said]
        return over[0] if over else self.plated_over_other

    def _lead_metal(self, solid: list[Mention], karats: list, words: list[str]) -> Mention:
        """The metal a text is about: the first named, unless it is a bare base word ("Silver Gum
        Huggies - 9ct Yellow Gold", a design's name) and a gold is named with its karat beside it."""
        first = solid[0]
        bare = words[first.start : first.end] == [self.metals[first.entry.value].base] and self.metals[first.entry.value].base != "gold"
        if not bare:
            return first
        beside = lambda m: any(start - KARAT_WINDOW_BEFORE <= m.start and m.start <= end for _, start, end in karats)  # noqa: E731
        return next((m for m in solid[1:] if self.metals[m.entry.value].base == "gold" and beside(m)), first)

    def _colors_beside_karats(self, words: list[str], karats: list, mentions: list[Mention], sentence_starts: set[int]) -> list[Mention]:
        """"18k white", "rose 14k": a colour word next to a karat in the same sentence, not already part of
        a metal (a "not metal" phrase's words are none): "stamped 375. White freshwater pearl" is no white gold."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for karat, start, end in karats:
            for position, across in ((end, end in sentence_starts), (start - 1, start in sentence_starts)):
                if across:
                    continue
                if 0 <= position < len(words) and position not in taken and words[position] in self.metal_color_words:
                    metal = self.metal_for("gold", self.metal_color_words[words[position]])
                    found.append(Mention(PhraseEntry("metal", metal, 1.0), position, position + 1))
                    break
        return found

    def _sentence_starts(self, text: str, words: list[str]) -> set[int]:
        """The positions in `words` where a new sentence begins (none where the sentences' words do not
        add up to the text's)."""
        starts, count = set(), 0
        for sentence in SENTENCE_BREAK.split(text):
            if count:
                starts.add(count)
            count += len(self._words(sentence))
        return starts if count == len(words) else set()

    def _is_plating(self, mention: Mention, words: list[str]) -> bool:
        metal = self.metals[mention.entry.value]
        if metal.name in self.platings:
            return True
        if metal.base != "gold":
            return False
        after = words[mention.end] if mention.end < len(words) else ""
        start = mention.start
        if start >= 2 and words[start - 2].isdigit() and words[start - 1] in self.karat_suffixes:
            start -= 2  # a karat between the plating's word and the gold: "plated in 18k gold", "tubog sa 18k ginto"
        before = tuple(words[max(0, start - 2) : start])
        return after in self.plating_after or any(before[-len(phrase) :] == phrase for phrase in self.plating_before)

    def metal_color_of(self, text: str) -> str:
        """A bare metal colour ("Rose", "White") as a variant option or a colour column says it."""
        whole = self.metal_color_words.get(folded(text).strip(), "")  # a value written unspaced ("金色", "玫瑰金色")
        return whole or next((self.metal_color_words[word] for word in self._words(text) if word in self.metal_color_words), "")

    def stone_of(self, text: str) -> StoneReading | None:
        """The first stone named, with the colour said right before it ("pink sapphire") or by
        its name ("neelam"); "no stones" reads as "none"; else the stone a kind of piece's name
        says ("guttapusalu": pearl); a stone only as "stone" is the generic one; a stone said to be
        absent ("onyx-free") is not read."""
        words = self._words(text)
        mentions = self._mentions("stone", words)
        absent = self._said_absent(text)
        generic = None
        for number, mention in enumerate(mentions):
            entry = mention.entry
            if entry.kind != "stone" or (words[mention.end - 1] in absent and entry.value != NO_STONE and not self.stones[entry.value].generic):
                continue
            before = mentions[number - 1] if number else None
            after = mentions[number + 1] if number + 1 < len(mentions) else None
            said_color = before.entry.value if before and before.entry.kind == "color" and before.end == mention.start else ""
            color_after = after.entry.value if after and after.entry.kind == COLOR_AFTER and after.start == mention.end else ""
            color = said_color or color_after or entry.color  # "red palakka": the colour said before a name's own
            start = before.start if said_color else mention.start
            end = after.end if color_after and not said_color else mention.end
            reading = StoneReading(entry.value, color, entry.strength, " ".join(words[start:end]))
            if self.stones[entry.value].generic:
                generic = generic or (reading, mention.end)
                continue
            return reading
        return self._stone_in_a_name(words) or (self._implied_after(*generic, words) if generic else None)

    def _implied_after(self, generic: StoneReading, end: int, words: list[str]) -> StoneReading:
        """A bare "stone" said with a word implying which ("Centre stone: Lab-Grown": a diamond), else the generic stone."""
        for phrase, stone in self._implied_stones.items():
            if tuple(words[end : end + len(phrase)]) == phrase:
                return StoneReading(stone, generic.color, self.weak_strength, " ".join(words[end - 1 : end + len(phrase)]))
        return generic

    def names_a_line(self, label: str) -> bool:
        """Whether a shop's label names a line of pieces after a stone ("Pearl Moon", a collection of
        plain silver pieces): a stone's name followed by a word that names nothing the lexicon knows
        nor is a label's own word ([labels] after_stone: "Pearl Collection", "Diamond Jewellery").
        "Pearl Earrings", "Pearls" and "Moonstone" name their pieces' stone."""
        words = self._words(label)
        for mention in self._mentions("stone", words):
            if mention.entry.kind == "stone" and mention.end < len(words):
                after = words[mention.end]
                if not (after.isdigit() or after in self._first_words or after in self.label_words_after_stone):
                    return True
        return False

    def _stone_in_a_name(self, words: list[str]) -> StoneReading | None:
        """The stone a kind of piece's name says ("Guttapusala Necklace": pearl), less surely than a stone named."""
        for mention in self._mentions("category", words):
            stones = self._named_stones.get(tuple(words[mention.start : mention.end]), ())
            if len(stones) == 1:
                return StoneReading(stones[0], "", self.weak_strength, " ".join(words[mention.start : mention.end]))
        return None

    def implied_stone(self, text: str) -> StoneReading | None:
        """The stone a word implies where no stone is named ("18K Solitaire Studs": diamond), weakly."""
        words = self._words(text)
        for start in range(len(words)):
            for phrase, stone in self._implied_stones.items():
                if tuple(words[start : start + len(phrase)]) == phrase:
                    return StoneReading(stone, "", self.weak_strength, " ".join(phrase))
        return None

    def kind_by_stone(self, text: str, stone: str) -> str | None:
        """The narrower kind a phrase names when the piece has one of its stones ("Halo Solitaire Ring"
        with a diamond: an engagement ring), or None."""
        words = self._words(text)
        for phrase, (kind, stones) in self._kinds_by_stone.items():
            found = any(tuple(words[start : start + len(phrase)]) == phrase for start in range(len(words)))
            if found and stone in stones:
                return kind
        return None

    def _said_absent(self, text: str) -> set[str]:
        """Words joined to an absence word by a hyphen: {"onyx"} in "Onyx-free"."""
        if not self.absent_after_stone:
            return set()
        suffix = "|".join(map(re.escape, self.absent_after_stone))
        return {word for match in re.finditer(rf"({LETTER}+)-(?:{suffix}){WORD_EDGE}", text, re.IGNORECASE) for word in self._words(match.group(1))}

    def color_of(self, text: str) -> Reading | None:
        """A stone colour said on its own ("Stone colour: Red")."""
        words = self._words(text)
        for mention in self._mentions("stone", words):
            if mention.entry.kind in ("color", COLOR_AFTER):
                return Reading(mention.entry.value, 1.0, " ".join(words[mention.start : mention.end]))
        return None

    def about_this_piece(self, text: str) -> str:
        """The text less its sentences about other pieces or options ("also available in white gold")
        and its shop-wide notices ("colours may vary from the photo")."""
        kept, phrases = [], self._aside_phrases()
        for sentence in re.split(r"(?<=[.!?])\s+|\n+|(?<=。)", text):  # not inside a number ("0.75 ct")
            said = f" {' '.join(self._words(sentence))} "
            if not any(f" {phrase} " in said for phrase in phrases):
                kept.append(sentence)
        return " ".join(kept).strip()

    def _aside_phrases(self) -> tuple[str, ...]:
        """The phrases of other pieces and notices as written and as a sentence's words are read: a
        language whose listings inflect reads "перлини біля моря" as "перлина біле моря", its phrase too."""
        if getattr(self, "_aside", None) is None:
            written = (*self.other_piece_phrases, *self.notice_phrases)
            self._aside = tuple(dict.fromkeys((*written, *(" ".join(self._words(phrase)) for phrase in written))))
        return self._aside

    def style_of(self, text: str) -> str:
        return _first_value(self.styles, self._words(text))

    def occasion_of(self, text: str) -> str:
        return _first_value(self.occasions, self._words(text))
