"""Shared machinery of the twenty-ninth held-out round (bgd_shop: Belgrade / Odoo 17 product
variant export / RSD, ktm_shop: Kathmandu / WooCommerce product CSV / NPR).

Written by the twenty-ninth independent data author.  It reuses render.py (through
make_fresh.run_renders) and the answer-key record and Reader / evidence machinery of the
twenty-seventh round (imported, not read).  New here: 24 karat gold, the stones and beads a
Kathmandu jeweller sells (coral, turquoise, pote glass beads, rudraksha), and the author's own
keyword rules for Serbian (Latin and Cyrillic) and for Nepali English, used only to record where
each fact is stated and to stop the build when a written field contradicts the answer key.
"""

from __future__ import annotations

import re
import unicodedata

from twentyseventh_common import (Reader, TMETALS, TSTONES, Variant, evidence, photo_spec,  # noqa: F401
                                  stats, truth_record, wchoice, write_jsonl)
import twentyfourth_common as _t24

# chhapawal: 24 karat (pure) gold, drawn like 22 karat
TMETALS.setdefault("Y24", ("yellow gold", "yellow", 24, "yellow22"))

TSTONES.update({
    # moonga: red precious coral, a cabochon or beads
    "coral": ("coral", "red", "coral", (196, 58, 48)),
    # firoja: Tibetan-style sky-blue turquoise
    "turquoise": ("turquoise", "blue", "topaz", (64, 184, 190)),
    # pote: strands of tiny glass beads, green (married women) or red (weddings, Teej)
    "pote green": ("pote", "green", "coral", (30, 132, 62)),
    "pote red": ("pote", "red", "coral", (186, 22, 40)),
    # rudraksha: the dried seed of Elaeocarpus, brown
    "rudraksha": ("rudraksha", "brown", "coral", (112, 62, 34)),
})
_t24.INHERENT.update({"coral": "red", "turquoise": "blue", "rudraksha": "brown"})


def fold(s: str) -> str:
    """Serbian Latin as typed on a phone without diacritics (đ becomes dj)."""
    s = s.replace("đ", "dj").replace("Đ", "Dj")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


_CYR = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ",
                ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p",
                 "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š",
                 "A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L", "Lj", "M", "N", "Nj", "O", "P",
                 "R", "S", "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š"]))
_LAT = {v: k for k, v in _CYR.items()}


KEEP_LATIN = {"IGI", "Swiss", "blue", "ct", "mm", "cm", "SI", "H", "K", "CZ", "Au", "Ag", "RSD"}


def to_cyrillic(s: str) -> str:
    """Serbian Latin to Cyrillic, as Serbian shops write it: units, brands and marks stay Latin."""
    return "".join(w if w in KEEP_LATIN else _word_to_cyrillic(w) for w in re.split(r"(\W+)", s))


def _word_to_cyrillic(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        two = s[i:i + 2]
        if two in _LAT and len(two) == 2:
            out.append(_LAT[two])
            i += 2
            continue
        out.append(_LAT.get(s[i], s[i]))
        i += 1
    return "".join(out)


# --- Serbian (Latin, folded Latin and Cyrillic) ------------------------------------------------

class Serbian(Reader):
    # pozlaćeno / позлаћено = gold-plated; posrebreno = silver-plated
    PLATED = r"pozla\w*|позлаћ\w*|posrebr\w*|посребр\w*|gold[- ]plated|\bvermeil\b"
    # words that only look like metals: zlatara (the jeweller's shop), zlatar, zlatna / srebrna
    # svadba (golden / silver wedding), zlatna kutija (gold gift box), Zlatibor (a mountain)
    COLOUR_ONLY = (r"zlatar\w*|златар\w*|zlatn\w* svadb\w*|srebrn\w* svadb\w*|златн\w* свадб\w*|сребрн\w* свадб\w*|"
                   r"zlatibor\w*|златибор\w*|zlatn\w* kutij\w*|poklon kutij\w*|zlatn\w* boj\w*|srebrn\w* boj\w*")
    SILVER = r"srebr\w*|сребр\w*|\bag\s?925\b|\b925\b"
    STEEL = r"hirur\w* čelik\w*|hirurs\w* celik\w*|\bčelik\w*|\bcelik\w*|челик\w*"
    GOLD = r"\bzlat\w*|\bзлат\w*|\bau\s?585\b|\bau\s?750\b|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|karat\w*|карат\w*|к)(?![a-zčćžšđа-я])"
    YELLOW = r"žut\w* zlat\w*|zut\w* zlat\w*|жут\w* злат\w*"
    WHITE = r"bel\w* zlat\w*|бел\w* злат\w*"
    ROSE = r"roze zlat\w*|розе злат\w*|rozi?\w* zlat\w*|crven\w* zlat\w*"
    NOT_STONE = r"dijamantsk\w* (rez|brus)\w*|sedef\w*|bez kamen\w*|без камен\w*|dijamantsk\w* obrad\w*"
    GEMS = [
        ("cubic zirconia", r"cirkon\w*|циркон\w*|\bcz\b"),
        ("diamond", r"dijamant\w*|дијамант\w*|brilijant\w*|бриљант\w*|briljant\w*"),
        ("ruby", r"rubin\w*|рубин\w*"),
        ("sapphire", r"safir\w*|сафир\w*"),
        ("emerald", r"smaragd\w*|смарагд\w*"),
        ("pearl", r"\bbiser\w*|\bбисер\w*"),
        ("amethyst", r"ametist\w*|аметист\w*"),
        ("garnet", r"\bgranat\w*|\bгранат\w*"),
        ("topaz", r"topaz\w*|топаз\w*"),
    ]
    NO_STONE = r"bez kamen\w*|без камен\w*|\bglatk\w*|\bглатк\w*"
    COLOUR_WORDS = {"red": r"\bcrven\w*|\bцрвен\w*", "blue": r"\bplav\w*|\bплав\w*",
                    "white": r"\bbel\w* (biser|cirkon|kamen)\w*|\bбел\w* (бисер|циркон)\w*|\bprovidn\w*",
                    "green": r"\bzelen\w*|\bзелен\w*", "purple": r"\bljubičast\w*|\bljubicast\w*|\bљубичаст\w*"}
    CATS = {
        "ring": r"\bprsten\w*|\bпрстен\w*",
        "engagement ring": r"verenič\w*|verenic\w*|веренич\w*",
        "wedding band": r"\bburm\w*|\bбурм\w*|venčan\w*|vencan\w*",
        "earrings": r"minđuš\w*|mindjus\w*|mindjuš\w*|минђуш\w*|\bbubic\w*|\bbubice\b|\balk[ae]\b",
        "pendant": r"priv[eé]z\w*|привез\w*|medaljon\w*|медаљон\w*|\bkrstić\w*|\bkrstic\w*|крстић\w*",
        "chain": r"lanč\w*|lanac\w*|lanc[ai]\b|lancic\w*|ланч\w*|ланац\w*",
        "necklace": r"ogrlic\w*|огрлиц\w*|kolije\w*",
        "bracelet": r"narukvic\w*|наруквиц\w*",
    }


SR = Serbian()


def rsd(x: float, style: int) -> str:
    """A dinar amount as a Belgrade shop writes it in running text (dot thousands)."""
    n = int(round(x))
    dot = f"{n:,}".replace(",", ".")
    forms = [f"{dot} din.", f"{dot},00 RSD", f"{dot} RSD", f"{n} din", f"{dot} дин.", f"{dot},00 din"]
    return forms[style % len(forms)]


# --- Nepali English ----------------------------------------------------------------------------

class NepaliEnglish(Reader):
    PLATED = r"gold[- ]plated|silver[- ]plated|\bgilt\b|\bmolamba\b|gold polish|\bmulamma\b|micro[- ]plated"
    # words that only look like metals: sun (a sunburst design), golden jubilee, Gold Souk,
    # Suntali (a name), Chandragiri (a hill), chandra (moon), a gold gift box
    COLOUR_ONLY = (r"golden\w*|gold colou?r\w*|silver colou?r\w*|goldsmith\w*|gold gift box|gold box|"
                   r"suntal\w*|chandragiri|chandra\w*|silver jubilee|sunkoshi|sundhara")
    SILVER = r"silver|\bchandi\b|चाँदी|चाँदीको|\b925\b|\bsterling\b"
    STEEL = r"stainless|\bsteel\b"
    GOLD = r"\bgold\b|\bsun\b|\bsunko\b|सुन\w*|chhapawal|tejabi"
    KARAT = r"(?<![\d.,])(22|24)\s?-?\s?(k|kt|ct|carat|karat)s?(?![a-z])"
    YELLOW = r"yellow gold"
    WHITE = r"white gold"
    ROSE = r"rose gold"
    NOT_STONE = r"diamond[- ]cut|no stones?|mother of pearl"
    GEMS = [
        ("cubic zirconia", r"cubic zirconia|zirconia|\bcz\b|\bad stones?\b|american diamond"),
        ("diamond", r"\bdiamonds?\b|\bhira\b|हीरा"),
        ("ruby", r"\brub(y|ies)\b|\bmanik\b"),
        ("sapphire", r"sapphires?|\bneelam\b|\bnilam\b"),
        ("emerald", r"\bemeralds?\b|\bpanna\b"),
        ("pearl", r"\bpearls?\b|\bmoti\b|मोती"),
        ("coral", r"\bcorals?\b|\bmoonga\b|\bmunga\b|मुगा"),
        ("turquoise", r"turquoise|\bfiroja\b|\bpiroja\b|फिरोजा"),
        ("pote", r"\bpote\b|पोते"),
        ("rudraksha", r"rudraksh\w*|रुद्राक्ष"),
    ]
    NO_STONE = r"\bplain\b|no stones?|\bpolished\b"
    COLOUR_WORDS = {"red": r"\bred\b|\brato\b|रातो", "blue": r"\bblue\b|sky[- ]blue|\bnilo\b",
                    "white": r"\bwhite\b|\bseto\b|\bclear\b", "green": r"\bgreen\b|\bhariyo\b|हरियो",
                    "brown": r"\bbrown\b", "yellow": r"\byellow\b|\bpahelo\b"}
    CATS = {
        "ring": r"\brings?\b|\bmundri\b|\bauthi\b|औंठी",
        "engagement ring": r"engagement",
        "wedding band": r"wedding (band|ring)s?",
        "earrings": r"earrings?|\bjhumk\w*|\bkundal\b|\btops\b|\bchepte\b|\bmakari\b",
        "nose pin": r"\bphuli\b|\bdhungri\b|nose ?pin|nose ?ring|\bbulaki\b|\bnath\b",
        "pendant": r"pendants?|\blockets?\b|\btilhari\b|तिलहरी",
        "chain": r"\bchains?\b|\bsikri\b",
        "necklace": r"necklaces?|\bchokers?\b|\bkantha\b|\bchandrahar\b|\bnaugedi\b|\bmala\b|\bharo\b|\bhaar\b",
        "bracelet": r"bracelets?",
        "bangle": r"bangles?|\bchura\b|\bbala\b|\bkada\b",
    }


NP = NepaliEnglish()

TOLA_G = 11.664          # grams in one tola
LAL_G = TOLA_G / 100     # a lal is a hundredth of a tola


def tola_lal(grams: float) -> str:
    """A gold weight as a Kathmandu jeweller writes it: tola and lal."""
    lal = int(round(grams / LAL_G))
    t, l = divmod(lal, 100)
    if t == 0:
        return f"{l} lal"
    return f"{t} tola" + (f" {l} lal" if l else "")


def npr(x: float, style: int) -> str:
    """A rupee amount as a Kathmandu shop writes it (Indian lakh grouping)."""
    n = int(round(x))
    s = str(n)
    grp = s[-3:]
    rest = s[:-3]
    while rest:
        grp = rest[-2:] + "," + grp
        rest = rest[:-2]
    lakh = f"{n / 100000:.2f}".rstrip("0").rstrip(".")
    forms = [f"Rs. {grp}", f"NPR {grp}", f"रु {grp}", f"Rs {grp}/-",
             f"Rs. {lakh} lakh" if n >= 100000 else f"Rs. {grp}", f"रु. {grp}"]
    return forms[style % len(forms)]
