"""Shared machinery of the twenty-eighth held-out round (cmb_shop: Colombo / Webflow Ecommerce
product CSV / LKR, bts_shop: Bratislava / Shoptet product CSV / EUR).

Written by the twenty-eighth independent data author.  It reuses render.py (through
make_fresh.run_renders) and the answer-key record and Reader / evidence machinery the
twenty-seventh round imported.  New here: the gems of Sri Lanka (yellow, pink and padparadscha
sapphire, star sapphire, moonstone, cat's eye chrysoberyl, alexandrite, spinel, aquamarine) and
Slovak (Dubník) opal, and the author's own keyword rules for Sri Lankan English and for Slovak,
used only to record where each fact is stated and to stop the build when a written field
contradicts the answer key.
"""

from __future__ import annotations

import unicodedata

from twentyseventh_common import (GOLD_CODES, Reader, TMETALS, TSTONES, Variant, evidence, photo_spec,  # noqa: F401
                                  stats, truth_record, wchoice, write_jsonl)
import twentyfourth_common as _t24

TSTONES.update({
    # Ceylon sapphires come in every colour; the colour is sold by name
    "sapphire yellow": ("sapphire", "yellow", "sapphire", (236, 196, 40)),
    "sapphire pink": ("sapphire", "pink", "sapphire", (232, 110, 160)),
    # padparadscha: the lotus-coloured pinkish orange sapphire
    "padparadscha": ("sapphire", "orange", "sapphire", (240, 138, 104)),
    # star sapphire: a blue cabochon showing a six-rayed star
    "star sapphire": ("sapphire", "blue", "opal", (58, 82, 150)),
    "moonstone": ("moonstone", "white", "opal", (222, 228, 238)),
    # cat's eye: honey-coloured chrysoberyl cabochon with a single bright line
    "cats eye": ("chrysoberyl", "yellow", "topaz", (196, 158, 58)),
    # alexandrite: green by daylight, red by lamplight; recorded as green
    "alexandrite": ("alexandrite", "green", "emerald", (58, 112, 92)),
    "spinel": ("spinel", "red", "ruby", (196, 30, 72)),
    "spinel pink": ("spinel", "pink", "ruby", (230, 104, 150)),
    "aquamarine": ("aquamarine", "blue", "topaz", (140, 200, 222)),
    # Dubník opal (Slovak precious opal, white with play of colour)
    "opal": ("opal", "white", "opal", (224, 230, 236)),
})
# a Ceylon sapphire's colour is not implied by the word (yellow, pink, orange are sold as sapphire)
_t24.INHERENT.pop("sapphire", None)
_t24.INHERENT.update({"moonstone": "white", "aquamarine": "blue", "alexandrite": "green", "chrysoberyl": "yellow"})


def fold(s: str) -> str:
    """Text without diacritics, as Slovaks type on phones."""
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# --- Sri Lankan English --------------------------------------------------------------------------

class LankaEnglish(Reader):
    PLATED = r"gold[- ]plated|silver[- ]plated|\bvermeil\b|gold[- ]covering|\bgilt\b|micro[- ]plated"
    # words that only look like metals or stones: golden jubilee, gold gift box, goldsmith,
    # silver jubilee, the Blue Sapphire hall, moon-stone guard stone (temple carving)
    COLOUR_ONLY = (r"golden\w*|gold colour\w*|silver colour\w*|silver jubilee|goldsmith\w*|silversmith\w*|"
                   r"gold gift box|gold box|gold souk")
    SILVER = r"silver|\bsterling\b|\b925\b"
    STEEL = r"stainless|\bsteel\b|titanium"
    GOLD = r"\bgold\b|\bran\b"
    KARAT = r"(?<![\d.,])(18|22|24)\s?-?\s?(k|kt|ct|carat|karat)s?(?![a-z])"
    YELLOW = r"yellow gold"
    WHITE = r"white gold"
    ROSE = r"rose gold"
    NOT_STONE = (r"diamond[- ]cut|mother of pearl|no stones?|pearl finish|sandakada pahana|"
                 r"sapphire blue box|diamond jubilee|moonstone (grey|gray) box")
    GEMS = [
        ("cubic zirconia", r"cubic zirconia|zirconia|\bcz\b|\bzircon\b"),
        ("diamond", r"\bdiamonds?\b"),
        ("ruby", r"\brub(y|ies)\b"),
        ("sapphire", r"sapphires?|padparadscha|\bneela\w*|\bneelam\b"),
        ("emerald", r"\bemeralds?\b"),
        ("pearl", r"\bpearls?\b|\bmuthu\b"),
        ("garnet", r"\bgarnets?\b"),
        ("topaz", r"\btopaz\b"),
        ("moonstone", r"moonstones?|moon stones?"),
        ("chrysoberyl", r"cat'?s[- ]eye|chrysoberyl|vaidurya|\bcatseye\b"),
        ("alexandrite", r"alexandrites?"),
        ("spinel", r"spinels?"),
        ("aquamarine", r"aquamarines?"),
    ]
    NO_STONE = r"\bplain\b|no stones?|\bpolished\b"
    COLOUR_WORDS = {"red": r"\bred\b|pigeon blood|crimson", "blue": r"\bblue\b|cornflower|royal blue|\bneela\w*",
                    "white": r"\bwhite\b|\bclear\b", "green": r"\bgreen\b", "yellow": r"\byellow\b|golden yellow|honey",
                    "pink": r"\bpink\b", "orange": r"padparadscha|lotus|sunset|\borange\b", "purple": r"\bpurple\b|violet"}
    CATS = {
        "ring": r"\brings?\b|\bmudda\b",
        "engagement ring": r"engagement",
        "wedding band": r"wedding (band|ring)s?|\bbands?\b",
        "earrings": r"earrings?|\bstuds\b|\bhoops\b|\bkarabu\b|\bdrops\b|jhumk\w*",
        "pendant": r"pendants?|padakkam\w*|\blockets?\b",
        "chain": r"\bchains?\b|\bmala\b",
        "necklace": r"necklaces?|chokers?|\bmaalaya\b|\bthali\b",
        "bracelet": r"bracelets?",
        "bangle": r"bangles?|walalu|\bcuffs?\b|\bkada\b",
    }


LK = LankaEnglish()


def lkr(x: float, style: int) -> str:
    """A rupee amount as a Colombo jeweller writes it in running text (western thousands grouping;
    the "/=" and "/-" endings are the Sri Lankan way of closing a rupee amount)."""
    n = int(round(x))
    com = f"{n:,}"
    forms = [f"Rs. {com}/=", f"LKR {com}", f"Rs {com}.00", f"Rs.{com}/-", f"LKR {com}.00", f"Rs. {com}"]
    return forms[style % len(forms)]


# --- Slovak --------------------------------------------------------------------------------------

_SK = "a-záäčďéíĺľňóôŕšťúýž"


class Slovak(Reader):
    # pozlátené = gold-plated; postriebrené = silver-plated; dublé = rolled gold
    PLATED = r"pozlát\w*|pozlat\w*|postriebr\w*|\bdubl[ée]\b|gold[- ]plated|\bvermeil\b"
    # words that only look like metals: zlatá farba (gold colour), zlatníctvo / zlatník (goldsmith's),
    # zlatá / strieborná svadba (golden / silver wedding), Zlaté piesky (a Bratislava lake)
    COLOUR_ONLY = (r"zlat\w* farb\w*|strieborn\w* farb\w*|zlatníc\w*|zlatník\w*|zlat\w* svadb\w*|strieborn\w* svadb\w*|"
                   r"zlaté piesky|zlatých pieskoch|zlat\w* krabičk\w*|darčekov\w* krabičk\w*")
    SILVER = r"striebr\w*|strieborn\w*|\bag\s?925\b|\b925\b"
    STEEL = r"nehrdzav\w*|chirurgick\w* oce\w*|\boce[ľl]\w*"
    GOLD = r"\bzlat\w*|\bzlato\b|\bau\s?585\b|\bau\s?750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|karát\w*|karat\w*)(?![" + _SK + r"])"
    YELLOW = r"žlt\w* zlat\w*|zlt\w* zlat\w*|žltého zlata"
    WHITE = r"biel\w* zlat\w*|bieleho zlata"
    ROSE = r"ružov\w* zlat\w*|ruzov\w* zlat\w*|ružového zlata|červen\w* zlat\w*"
    NOT_STONE = r"diamantov\w* (rez|brús)\w*|perleť\w*|bez kame\w*|granátov\w* jablk\w*"
    GEMS = [
        ("cubic zirconia", r"zirkón\w*|zirkon\w*|\bcz\b"),
        ("diamond", r"diamant\w*|briliant\w*"),
        ("ruby", r"rubín\w*|rubin\w*"),
        ("sapphire", r"zafír\w*|zafir\w*"),
        ("emerald", r"smaragd\w*"),
        ("pearl", r"\bperl(a|y|ou|ami|ách|iek|ičk\w*|ov\w*)\b|\bperál\b"),
        ("amethyst", r"ametyst\w*"),
        ("garnet", r"granát\w*|granat\w*"),
        ("topaz", r"topás\w*|topas\w*"),
        ("opal", r"opál\w*|\bopal\w*"),
    ]
    NO_STONE = r"bez kame\w*|\bhladk\w*|leštené\w*"
    COLOUR_WORDS = {"red": r"\bčerven\w*|tmavočerven\w*", "blue": r"\bmodr\w*|\bmodrý\b",
                    "white": r"\bbiel\w* (perl|zirk|opál)\w*|\bčír\w*|\bbezfareb\w*", "green": r"\bzelen\w*",
                    "purple": r"\bfialov\w*", "pink": r"\bružov\w* (zirk|zafír|kame)\w*"}
    CATS = {
        "ring": r"prste\w*|prstienk\w*",
        "engagement ring": r"zásnub\w*|zasnub\w*",
        "wedding band": r"obrúč\w*|obruc\w*|svadobn\w*",
        "earrings": r"náušnic\w*|nausnic\w*|\bkruhy\b",
        "pendant": r"prív[eé]s\w*|prives\w*|medailón\w*",
        "chain": r"retiazk\w*|retiaz\w*",
        "necklace": r"náhrdeln\w*|nahrdeln\w*|\bkolié\w*",
        "bracelet": r"náram\w*|naram\w*",
    }


SK = Slovak()


def eur_sk(x: float, style: int) -> str:
    """A euro amount as a Bratislava shop writes it (space thousands, comma decimals)."""
    n = int(round(x))
    sp = f"{n:,}".replace(",", " ")
    forms = [f"{sp},00 €", f"{sp} €", f"{n},- €", f"{sp},00 EUR", f"€ {sp},00", f"{n} eur"]
    return forms[style % len(forms)]
