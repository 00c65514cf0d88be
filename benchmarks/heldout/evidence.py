"""Where can a fact be read?  The held-out answer key's evidence scanner.

The generator decides, per product, in which fields it writes the metal
colour, the karat, the stone...  This module then READS the finished export
fields back (title, body, type, tags, options) with plain keyword rules and
reports where each truth value is actually stated, so the recorded evidence
is what a careful human reader would find, not what the plan intended.

Reading conventions (also in benchmarks/heldout/README.md):
* metal colour is stated by an explicit colour word next to the metal
  ("rose gold", "18K white", "Metal Colour: Rose"), by silver / 925 /
  sterling (silver), by platinum / Pt950 (white), by "gold plated" /
  "gold polish" / "vermeil" (yellow unless "rose gold ..."), and by 22 or 24
  karat / 916 gold, which in practice is always yellow;
* "gold" or "18K gold" alone does NOT state a colour;
* "American Diamond" / AD / CZ are cubic zirconia, never diamond;
* the stone colour is stated by an explicit colour word or by a stone whose
  colour is its name (ruby, emerald, amethyst, garnet, pearl, peridot,
  diamond / CZ / moissanite = white, navratna = multicolour).
"""

from __future__ import annotations

import html
import re

CHANNELS = ("title", "body", "type", "tags", "options")


def plain(htmltext: str) -> str:
    t = re.sub(r"<[^>]+>", " ", htmltext or "")
    t = html.unescape(t).replace("\\n", " ")
    return re.sub(r"\s+", " ", t).strip().lower()


_PLATED = r"(rose[ -]gold|yellow[ -]gold|gold)[ -]?(plated|plating|polish(ed)?|vermeil|micron)|vermeil|gold[ -]polish|(?:\d+\s?)?micron gold"


def metal_kinds(t: str) -> set:
    kinds = set()
    if re.search(_PLATED, t):
        kinds.add("plated")
    rest = re.sub(_PLATED, " ", t)
    if re.search(r"\bplatinum\b|\bpt\s?950\b", rest):
        kinds.add("platinum")
    if re.search(r"\bsilver\b|\b925\b|92\.5|\bsterling\b|\bchandi\b", rest):
        kinds.add("silver")
    if re.search(r"\bgold\b|(?<![\d.])(9|10|14|18|22|24)\s?(k|kt|ct|karat|carat)\b|(?<![\d.])(916|750|585|375)(?!\d)", rest):
        kinds.add("gold")
    return kinds


def metal_colours(t: str) -> set:
    cols = set()
    if re.search(r"rose[ -]gold[ -]?(plated|plating|polish|vermeil)", t):
        cols.add("rose")
    elif re.search(_PLATED, t):
        cols.add("yellow")
    rest = re.sub(_PLATED, " ", t)
    if re.search(r"yellow[ -]gold|\b(k|kt|ct|karat)\s?yellow\b|(?<!stone )colou?r:? yellow|\byellow\s?/|\btone:? yellow", rest):
        cols.add("yellow")
    if re.search(r"(?<![\d.])(22|24)\s?(k|kt|ct|karat|carat)\b|(?<![\d.])916(?!\d)", rest):
        cols.add("yellow")
    if re.search(r"rose[ -]gold|pink gold|\b(k|kt|ct|karat)\s?(rose|pink)\b|(?<!stone )colou?r:? (rose|pink)|\btone:? rose", rest):
        cols.add("rose")
    if re.search(r"white[ -]gold|\b(k|kt|ct|karat)\s?white\b|(?<!stone )colou?r:? white|\btone:? white|\bplatinum\b|\bpt\s?950\b", rest):
        cols.add("white")
    if re.search(r"\bsilver\b|\b925\b|92\.5|\bsterling\b|\bchandi\b", rest):
        cols.add("silver")
    return cols


def karats(t: str) -> set:
    ks = set()
    # "18ct gold vermeil" / "14k gold plated": the karat of a plating, not of the piece
    t = re.sub(r"(?<![\d.])(9|10|14|18|22|24)\s?(k|kt|ct|karat)\s+(rose\s+|yellow\s+)?gold[ -]?(vermeil|plated|plating|polish)", " ", t)
    for m in re.finditer(r"(?<![\d.])(9|10|14|18|22|24)\s?(k|kt|ct|karat|carat)\b", t):
        ks.add(int(m.group(1)))
    for code, k in (("916", 22), ("750", 18), ("585", 14), ("375", 9)):
        if re.search(r"(?<![\d.])" + code + r"(?![\d])", t):
            ks.add(k)
    return ks


GEM_PATTERNS = [
    ("cubic zirconia", r"american diamonds?|\bad\b|\bcz\b|cubic zirconia|\bzircon"),
    ("moissanite", r"moissanite"),
    ("navratna", r"navratna|navaratna|navratan|nine[- ]gem|nine stones"),
    ("diamond", r"diamond|\bvvs\b"),
    ("ruby", r"\bruby\b|\brubies\b|\bmanik\b"),
    ("emerald", r"emerald(?![- ]cut)|\bpanna\b"),  # "emerald cut" is a diamond shape
    ("sapphire", r"sapphire|\bneelam\b|\bpukhraj\b"),
    ("pearl", r"\bpearls?\b|\bmoti\b"),
    ("kundan", r"kundan"),
    ("polki", r"polki"),
    ("garnet", r"garnet"),
    ("amethyst", r"amethyst"),
    ("opal", r"\bopal"),
    ("topaz", r"topaz"),
    ("aquamarine", r"aquamarine"),
    ("peridot", r"peridot"),
]


def gems(t: str) -> set:
    found = set()
    rest = t
    for name, pat in GEM_PATTERNS:
        if re.search(pat, rest):
            found.add(name)
            if name in ("cubic zirconia", "moissanite"):
                # "American Diamond" must not also count as diamond
                rest = re.sub(r"american diamonds?", " ", rest)
    return found


def states_no_stone(t: str) -> bool:
    return bool(re.search(r"\bplain\b|no stones?|without stones?|stone-?free|all[- ]gold|all[- ]metal", t))


COLOUR_WORDS = ["red", "green", "blue", "pink", "white", "purple", "yellow", "black",
                "multicolour", "multicolor", "multi-colour", "sky blue", "violet", "orange"]
INHERENT = {"ruby": "red", "emerald": "green", "amethyst": "purple", "garnet": "red",
            "pearl": "white", "peridot": "green", "diamond": "white", "cubic zirconia": "white",
            "moissanite": "white", "navratna": "multicolour", "kundan": "white", "polki": "white"}


def stone_colour_stated(t: str, gem: str, colour: str) -> bool:
    if gem == "none" or not colour:
        return False
    names = dict(GEM_PATTERNS)
    if gem not in names or not re.search(names[gem], t):
        return False
    if INHERENT.get(gem) == colour:
        return True
    if gem == "sapphire" and colour == "blue" and re.search(r"neelam", t):
        return True
    if gem == "sapphire" and colour == "yellow" and re.search(r"pukhraj", t):
        return True
    return bool(re.search(r"\b" + re.escape(colour) + r"\b", t))


CATEGORY_PATTERNS = {
    "ring": r"(?<!ear)(?<!nose )(?<!toe )\brings?\b|anguthi",
    "engagement ring": r"engagement|proposal|solitaire ring|solitaire",
    "wedding band": r"wedding band|couple band|\bbands?\b|wedding ring",
    "toe ring": r"toe ring|bichi?h?iya|bichia|metti",
    "necklace": r"necklace|\bhaar\b|rani haar|\bnecklet",
    "choker": r"choker|collar",
    "pendant": r"pendant|locket",
    "mangalsutra": r"mangal ?sutra",
    "chain": r"\bchains?\b",
    "earrings": r"earrings?|\bstuds?\b|\btops\b|hoops?|\bbali\b|danglers?|\bdrops?\b|chandbali|huggies?|jhumk|creoles?",
    "jhumka": r"jhumk|jumk",
    "nose pin": r"nose|\bnath\b|laung|nathni",
    "maang tikka": r"tikk?a|\btika\b|maang",
    "bracelet": r"bracelets?",
    "bangle": r"bangles?|kangan|\bchud(i|ies)\b|\bcuffs?\b",
    "kada": r"\bkadas?\b|\bkadaa\b|\bkade\b",
    "anklet": r"anklets?|payal|pajeb|paayal",
    "brooch": r"brooch|kalgi",
}


def scan_channels(fields: dict) -> dict:
    """fields: channel -> raw text (html ok).  Returns channel -> detections."""
    out = {}
    for ch, raw in fields.items():
        t = plain(raw)
        out[ch] = {
            "text": t,
            "metal_kinds": metal_kinds(t),
            "metal_colours": metal_colours(t),
            "karats": karats(t),
            "gems": gems(t),
            "plain": states_no_stone(t),
        }
    return out


METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold",
              "sterling silver": "silver", "silver": "silver", "platinum": "platinum",
              "gold plated silver": "plated"}


def evidence(truth: dict, fields: dict, has_photo: bool, may_mention=()) -> tuple[dict, list]:
    """Return (evidence dict, list of contradiction strings).

    ``may_mention``: stones the text may legitimately name besides the main
    one (the nine gems listed in a navratna body, "uncut diamond" for polki).
    """
    sc = scan_channels(fields)
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    problems = []
    mk = METAL_KIND[truth["metal"]]
    metal_opts = set(truth.get("metal_options") or [truth["metal"]])
    colour_opts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    karat_opts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    others = set(truth.get("other_stones") or []) | set(may_mention) | set(truth.get("gemstone_options") or [])
    for ch in CHANNELS:
        if ch not in sc:
            continue
        d = sc[ch]
        t = d["text"]
        if re.search(CATEGORY_PATTERNS[truth["category"]], t):
            ev["category"].append(ch)
        if mk in d["metal_kinds"]:
            ev["metal"].append(ch)
        if truth["metal_color"] in d["metal_colours"]:
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in d["karats"]:
            ev["karat"].append(ch)
        if gem != "none" and gem in d["gems"]:
            ev["gemstone"].append(ch)
        if gem == "none" and d["plain"]:
            ev["gemstone"].append(ch)
        if stone_colour_stated(t, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        # contradictions (options may legitimately list alternatives)
        allowed_kinds = {METAL_KIND[m] for m in metal_opts}
        if "plated" in allowed_kinds:
            allowed_kinds |= {"silver", "gold"}
        if True:
            bad_k = d["metal_kinds"] - allowed_kinds
            if bad_k:
                problems.append(f"{ch}: metal {bad_k} vs {metal_opts}")
            allowed_c = set(colour_opts)
            if "gold plated silver" in metal_opts:
                allowed_c |= {"silver"}
            bad_c = d["metal_colours"] - allowed_c
            if bad_c:
                problems.append(f"{ch}: colour {bad_c} vs {colour_opts}")
            bad_ka = d["karats"] - karat_opts
            if bad_ka:
                problems.append(f"{ch}: karat {bad_ka} vs {karat_opts}")
            bad_g = d["gems"] - {gem} - others
            if bad_g:
                problems.append(f"{ch}: gems {bad_g} vs {gem}")
    if has_photo:
        ev["category"].append("photo")
        ev["metal_color"].append("photo")
        if gem == "none":
            ev["gemstone"].append("photo")
        elif truth.get("stone_color"):
            ev["stone_color"].append("photo")
    return ev, problems
