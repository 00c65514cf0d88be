"""Shared machinery of the twenty-sixth held-out round (osl_shop: Oslo / WooCommerce product CSV
with the Norwegian bokmål column names / NOK, dub_shop: Dublin / Square item library CSV / EUR).

Written by the twenty-sixth independent data author.  It reuses render.py (through
make_fresh.run_renders), the answer-key record and Reader / evidence machinery the
twenty-fifth round imported, and adds: Norway's own stones (thulite, pink; larvikite, grey),
Connemara marble (green), 9-karat white gold, the 375 hallmark, and the author's own keyword
rules for Norwegian bokmål and for Irish English, used only to record where each fact is
stated and to stop the build when a written field contradicts the answer key.
"""

from __future__ import annotations

import re

from twentyfifth_common import (GOLD_CODES, NUM_LB, Reader, TMETALS, TSTONES, Variant, evidence,  # noqa: F401
                                photo_spec, stats, truth_record, wchoice, write_jsonl)
import twentyfourth_common as _t24

TMETALS.update({
    "W9": ("white gold", "white", 9, "white"),
})
TSTONES.update({
    # thulitt: pink zoisite from Telemark, Norway's national stone; opaque, polished cabochon
    "thulite": ("thulite", "pink", "coral", (214, 112, 146)),
    # larvikitt: the blue-grey feldspar rock from Larvik, with a blue schiller
    "larvikite": ("larvikite", "grey", "opal", (78, 86, 100)),
    # Connemara marble: green serpentine marble from Galway, cut as cabochons and inlays
    "connemara": ("connemara marble", "green", "coral", (88, 140, 96)),
})
_t24.INHERENT.update({"thulite": "pink", "larvikite": "grey", "connemara marble": "green"})
GOLD9_UP = GOLD_CODES | {"Y9", "W9", "W18"}


class _HallmarkReader(Reader):
    """Adds the 375 fineness stamp (9 karat)."""

    def karats(self, t):
        ks = super().karats(t)
        if re.search(NUM_LB + r"375(?![\d]|[.,]\d)", t):
            ks.add(9)
        return ks


# --- Norwegian bokmål ----------------------------------------------------------------------------

_NB = "a-zæøåé"


class Bokmal(_HallmarkReader):
    # forgylt = gold-plated; gullbelagt / gulldublé; forsølvet = silver-plated
    PLATED = r"forgyl\w*|gullbelag\w*|gulldubl\w*|\bdubl[ée]\b|\bvermeil\b|forsølv\w*|gold[- ]plated"
    # words that only look like metals
    COLOUR_ONLY = (r"gullsmed\w*|gullfarge\w*|gullfarget|gullbryllup\w*|sølvbryllup\w*|sølvfarge\w*|sølvfarget|"
                   r"gullkorn\w*|gullalder\w*|gullregn\w*|sølvsmed\w*|gullkant\w*")
    SILVER = r"sølv|\bsterling\w*|\b925\s?s\b"
    STEEL = r"\bstål|rustfri\w*|kirurgisk\w* stål|\b316l\b"
    GOLD = r"gull|\bgold\b"
    KARAT = r"(?<![\d.,])(9|14|18|22|24)\s?-?\s?(k|kt|karat)(?![" + _NB + r"])"
    YELLOW = r"\bgult gull|\bgul ?gull\w*|gull \(gult\)"
    WHITE = r"hvitt ?gull\w*|hvitgull\w*"
    ROSE = r"rosé ?gull\w*|rose ?gull\w*|rosegull\w*|rødt gull|rødgull\w*"
    NOT_STONE = (r"diamantslip\w*|diamantkutt\w*|briljantslip\w*|granateple\w*|perlemor\w*|uten stein|"
                 r"perle-?serie\w*|kulekjede\w*")
    GEMS = [
        ("cubic zirconia", r"zirkon\w*|\bcz\b|cubic"),
        ("diamond", r"diamant\w*|briljant\w*|\bbr\.? ?\d"),
        ("ruby", r"rubin\w*"),
        ("sapphire", r"safir\w*"),
        ("emerald", r"smaragd\w*"),
        ("pearl", r"perle\w*|\bperler?\b"),
        ("amethyst", r"ametyst\w*"),
        ("garnet", r"granat\w*"),
        ("topaz", r"topas\w*"),
        ("thulite", r"thulitt\w*|tulitt\w*"),
        ("larvikite", r"larvikitt\w*"),
    ]
    NO_STONE = r"uten stein|ingen stein|\bglatt\w*|\bblank\w*"
    COLOUR_WORDS = {"red": r"\brød\b|\brøde\b|\bdyprød\w*", "blue": r"\bblå\w*", "white": r"\bhvit\b|\bhvite\b|\bklare?\b",
                    "green": r"\bgrønn\w*", "purple": r"\blilla\b|fiolett\w*", "pink": r"\brosa\b|\blyserosa\b",
                    "grey": r"\bgrå\w*|blågrå\w*"}
    CATS = {
        "ring": r"(?<!øre)(?<!arm)(?<!smykke)ring(er|en|ene)?\b",
        "engagement ring": r"forlovelsesring\w*|forlovelse\w*",
        "wedding band": r"giftering\w*|vielsesring\w*|bryllupsring\w*",
        "earrings": r"ørering\w*|øredobb\w*|ørestikk\w*|creol\w*|øreheng\w*|øreklips\w*|ørepynt\w*",
        "pendant": r"anheng\w*|charm\w*|medaljong\w*",
        "chain": r"kjede\w*|\blenke\w*",
        "necklace": r"halskjede\w*|collier\w*|halsbånd\w*",
        "bracelet": r"armbånd\w*|armlenke\w*",
        "bangle": r"armring\w*",
        "anklet": r"ankelkjede\w*|ankelarmbånd\w*",
        "brooch": r"sølje\w*|brosje\w*",
    }


NB = Bokmal()


def nok(x: float, style: int) -> str:
    """A krone amount as a Norwegian shop writes it in running text."""
    n = int(round(x))
    sp = f"{n:,}".replace(",", " ")
    forms = [f"kr {sp},-", f"{sp} kr", f"NOK {sp}", f"kr {n},00", f"{sp},-", f"kr. {sp}"]
    return forms[style % len(forms)]


# --- Irish English -------------------------------------------------------------------------------

class IrishEnglish(_HallmarkReader):
    PLATED = r"gold[- ]plated|silver[- ]plated|\bvermeil\b|gold[- ]filled|rolled gold|\bgilt\b|\bgilded\b"
    # words that only look like metals: jubilees, anniversaries, trades, the Emerald Isle's gold
    COLOUR_ONLY = (r"golden\w*|gold colour\w*|silver colour\w*|silver jubilee|golden jubilee|silver wedding|"
                   r"goldsmith\w*|silversmith\w*|gold medal\w*|silver medal\w*|pot of gold|fool's gold|gold gift box")
    SILVER = r"silver|\bsterling\b|\b925\b"
    STEEL = r"stainless|\bsteel\b|\b316l\b|titanium"
    GOLD = r"\bgold\b"
    KARAT = r"(?<![\d.,])(9|10|14|18|22|24)\s?-?\s?(k|ct|kt|carat|karat)s?(?![a-z])"
    YELLOW = r"yellow gold|gold \(yellow\)"
    WHITE = r"white gold"
    ROSE = r"rose gold|red gold"
    NOT_STONE = (r"diamond[- ]cut|diamond[- ]shaped|emerald isle|ruby wedding|pearl wedding|sapphire anniversary|"
                 r"no stones?|pearl finish|garnet colour|emerald green box")
    GEMS = [
        ("cubic zirconia", r"cubic zirconia|zirconia|\bcz\b"),
        ("diamond", r"\bdiamonds?\b"),
        ("ruby", r"\brub(y|ies)\b"),
        ("sapphire", r"sapphires?"),
        ("emerald", r"\bemeralds?\b"),
        ("pearl", r"\bpearls?\b|freshwater pearl"),
        ("amethyst", r"amethysts?"),
        ("garnet", r"\bgarnets?\b"),
        ("topaz", r"\btopaz\b"),
        ("connemara marble", r"connemara marble|\bmarble\b"),
    ]
    NO_STONE = r"\bplain\b|no stones?|\bpolished\b"
    COLOUR_WORDS = {"red": r"\bred\b|deep red", "blue": r"\bblue\b", "white": r"\bclear\b|white (pearl|cz|stone)s?",
                    "green": r"\bgreen\b", "purple": r"\bpurple\b|violet", "pink": r"\bpink\b"}
    CATS = {
        "ring": r"\brings?\b",
        "engagement ring": r"engagement",
        "wedding band": r"wedding (band|ring)s?|\bbands?\b",
        "earrings": r"earrings?|\bstuds\b|\bhoops\b|sleepers|\bdrops\b",
        "pendant": r"pendants?|\blockets?\b|\bcharms?\b",
        "chain": r"\bchains?\b",
        "necklace": r"necklaces?|necklet\w*|chokers?",
        "bracelet": r"bracelets?",
        "bangle": r"bangles?|\bcuffs?\b",
        "anklet": r"anklets?",
        "brooch": r"brooch\w*|kilt pins?|shawl pins?",
    }


IE = IrishEnglish()


def eur(x: float, style: int) -> str:
    """A euro amount as a Dublin shop writes it."""
    n = int(round(x))
    com = f"{n:,}"
    forms = [f"€{com}", f"€{com}.00", f"{n} euro", f"EUR {com}", f"€ {com}", f"{com} euro"]
    return forms[style % len(forms)]
