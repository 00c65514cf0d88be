"""Shared machinery of the twenty-seventh held-out round (vno_shop: Vilnius / Shopify product CSV
(classic column set) / EUR, akl_shop: Auckland / Lightspeed Retail X-Series product CSV / NZD).

Written by the twenty-seventh independent data author.  It reuses render.py (through
make_fresh.run_renders) and the answer-key record and Reader / evidence machinery the
twenty-sixth round imported.  New here: Baltic amber (gintaras) in five colours, pounamu
(New Zealand greenstone) and pāua shell, and the author's own keyword rules for Lithuanian and
for New Zealand English, used only to record where each fact is stated and to stop the build
when a written field contradicts the answer key.
"""

from __future__ import annotations

from twentysixth_common import (GOLD_CODES, Reader, TMETALS, TSTONES, Variant, evidence, photo_spec,  # noqa: F401
                                stats, truth_record, wchoice, write_jsonl)
import twentyfourth_common as _t24

TSTONES.update({
    # gintaras: Baltic amber.  Honey / cognac is the common one; lemon, cherry (dark red), royal
    # white (opaque, "karališkasis") and green are sold by name in Lithuanian shops.
    "amber": ("amber", "orange", "topaz", (206, 116, 24)),
    "amber lemon": ("amber", "yellow", "topaz", (232, 192, 48)),
    "amber cherry": ("amber", "red", "topaz", (128, 28, 18)),
    "amber white": ("amber", "white", "coral", (236, 224, 186)),
    "amber green": ("amber", "green", "topaz", (122, 140, 36)),
    # pounamu: NZ nephrite / bowenite, carved; opaque to translucent green
    "pounamu": ("pounamu", "green", "coral", (38, 108, 62)),
    "pounamu inanga": ("pounamu", "green", "coral", (150, 172, 140)),
    # pāua: abalone shell inlay, iridescent blue-green
    "paua": ("paua shell", "blue", "opal", (36, 118, 140)),
})
# amber's colour is not implied by its name in these shops (five colours are sold)
_t24.INHERENT.pop("amber", None)
_t24.INHERENT.update({"pounamu": "green"})


# --- Lithuanian ----------------------------------------------------------------------------------

_LT = "a-ząčęėįšųūž"


class Lithuanian(Reader):
    # paauksuotas = gold-plated; padengtas auksu; pasidabruotas = silver-plated
    PLATED = r"paauksuot\w*|padengt\w* auks\w*|\bvermeil\b|pasidabruot\w*|gold[- ]plated"
    # words that only look like metals: gold colour, goldsmith, golden / silver weddings, golden hands
    COLOUR_ONLY = (r"aukso spalv\w*|sidabro spalv\w*|auksakal\w*|auksin\w* vestuv\w*|sidabrin\w* vestuv\w*|"
                   r"auksin\w* rank\w*|auksin\w* ruden\w*|auksin\w* dėžut\w*")
    SILVER = r"sidabr\w*|\b925\b"
    STEEL = r"nerūdijanči\w* plien\w*|chirurgin\w* plien\w*|\bplien\w*"
    GOLD = r"\bauks\w*|\bgold\b"
    KARAT = r"(?<![\d.,])(9|14|18)\s?-?\s?(k|kt|karat\w*)(?![" + _LT + r"])"
    YELLOW = r"gelton\w* auks\w*|geltonojo aukso|geltono aukso"
    WHITE = r"balt\w* auks\w*|baltojo aukso|balto aukso"
    ROSE = r"raudon\w* auks\w*|rožin\w* auks\w*|raudonojo aukso|rožinio aukso"
    # Gintarė is a girl's name (from gintaras), used as a design name
    NOT_STONE = r"deimantin\w* (pjūv|šlifav)\w*|perlamutr\w*|be akmen\w*|gintarin\w* vestuv\w*|\bgintarė\b"
    GEMS = [
        ("cubic zirconia", r"cirkon\w*|\bcz\b"),
        ("diamond", r"deimant\w*|briliant\w*"),
        ("ruby", r"rubin\w*"),
        ("sapphire", r"safyr\w*"),
        ("emerald", r"smaragd\w*"),
        ("pearl", r"\bperl(as|ai|ų|o|u|ais|us|ui|ą|iuk\w*)\b"),
        ("amethyst", r"ametist\w*"),
        ("garnet", r"granat\w*"),
        ("topaz", r"topaz\w*"),
        ("amber", r"gintar\w*|\bamber\b"),
    ]
    NO_STONE = r"be akmen\w*|\blyg(us|ūs|aus)\b|blizgi\w*"
    COLOUR_WORDS = {"orange": r"medaus|konjak\w*|oranžin\w*",
                    "yellow": r"citrinin\w*|citrinos spalv\w*",
                    "red": r"vyšnin\w*|tamsiai raudon\w*",
                    "white": r"karališk\w*|balt\w* (gintar|perl|cirkon)\w*|skaidr\w*",
                    "green": r"\bžal\w*",
                    "blue": r"mėlyn\w*",
                    "purple": r"violetin\w*"}
    CATS = {
        "ring": r"žied\w*",
        "engagement ring": r"sužadėtuv\w*",
        "wedding band": r"vestuvin\w*",
        "earrings": r"auskar\w*|\bkabuči\w*",
        "pendant": r"pakabuk\w*|medalion\w*",
        "chain": r"grandinėl\w*",
        "necklace": r"vėrin\w*|kaklo papuošal\w*",
        "bracelet": r"apyrank\w*",
        "brooch": r"\bsag(ė|ę|ės|e)\b",
    }


LT = Lithuanian()


def eur_lt(x: float, style: int) -> str:
    """A euro amount as a Lithuanian shop writes it in running text."""
    n = int(round(x))
    sp = f"{n:,}".replace(",", " ")
    forms = [f"{sp},00 €", f"{n} Eur", f"{sp} €", f"{n} EUR", f"{sp},00 Eur", f"€{n}"]
    return forms[style % len(forms)]


# --- New Zealand English -------------------------------------------------------------------------

class NzEnglish(Reader):
    PLATED = r"gold[- ]plated|silver[- ]plated|\bvermeil\b|gold[- ]filled|rolled gold|\bgilt\b"
    # words that only look like metals: the silver fern, golden weddings, goldsmiths, gold boxes
    COLOUR_ONLY = (r"silver fern\w*|golden\w*|gold colour\w*|silver colour\w*|silver wedding|goldsmith\w*|"
                   r"silversmith\w*|gold gift box|gold coast")
    SILVER = r"silver|\bsterling\b|\b925\b"
    STEEL = r"stainless|\bsteel\b|\b316l\b|titanium"
    GOLD = r"\bgold\b"
    KARAT = r"(?<![\d.,])(9|10|14|18|22|24)\s?-?\s?(k|ct|kt|carat|karat)s?(?![a-z])"
    YELLOW = r"yellow gold"
    WHITE = r"white gold"
    ROSE = r"rose gold"
    NOT_STONE = (r"diamond[- ]cut|mother of pearl|no stones?|pearl finish|jade green|greenstone green|"
                 r"sapphire blue box|paua (colour|tone)s?")
    GEMS = [
        ("cubic zirconia", r"cubic zirconia|zirconia|\bcz\b"),
        ("diamond", r"\bdiamonds?\b"),
        ("ruby", r"\brub(y|ies)\b"),
        ("sapphire", r"sapphires?"),
        ("emerald", r"\bemeralds?\b"),
        ("pearl", r"\bpearls?\b"),
        ("amethyst", r"amethysts?"),
        ("garnet", r"\bgarnets?\b"),
        ("topaz", r"\btopaz\b"),
        ("pounamu", r"pounamu|greenstone|nephrite|\bjade\b|kawakawa|[iī]nanga|tangiwai|bowenite"),
        ("paua shell", r"p[aā]ua|abalone"),
    ]
    NO_STONE = r"\bplain\b|no stones?|\bpolished\b"
    COLOUR_WORDS = {"red": r"\bred\b|deep red", "blue": r"\bblue\b|blue-green|peacock", "white": r"\bclear\b|white (pearl|cz|stone)s?",
                    "green": r"\bgreen\b|deep green|olive", "purple": r"\bpurple\b|violet", "pink": r"\bpink\b"}
    CATS = {
        "ring": r"\brings?\b",
        "engagement ring": r"engagement",
        "wedding band": r"wedding (band|ring)s?|\bbands?\b",
        "earrings": r"earrings?|\bstuds\b|\bhoops\b|sleepers|\bdrops\b",
        "pendant": r"pendants?|\blockets?\b|\bcharms?\b",
        "chain": r"\bchains?\b",
        "necklace": r"necklaces?|chokers?",
        "bracelet": r"bracelets?",
        "bangle": r"bangles?|\bcuffs?\b",
        "brooch": r"brooch\w*",
    }


NZ = NzEnglish()


def nzd(x: float, style: int) -> str:
    """A dollar amount as an Auckland shop writes it (the $ is New Zealand dollars)."""
    n = int(round(x))
    com = f"{n:,}"
    forms = [f"${com}", f"${com}.00", f"NZ${com}", f"${n}", f"NZD {com}", f"${com} incl. GST"]
    return forms[style % len(forms)]
