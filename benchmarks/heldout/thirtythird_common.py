"""Shared machinery of the thirty-third held-out round (tll_shop: Tallinn / CS-Cart product
export CSV / EUR, Estonian with Russian rows; zag_shop: Zagreb / WooCommerce product CSV with
Croatian headers / EUR).

Written by the thirty-third independent data author.  It reuses render.py (through
make_fresh.run_renders) and the answer-key record and Reader / evidence machinery of the
twenty-seventh round (imported, seen only through their signatures).  New here: the author's
own keyword rules for Estonian with Russian and for Croatian (with and without õ ä ö ü š ž /
č ć đ š ž), used only to record where each fact is stated and to stop the build when a written
field contradicts the answer key; Estonian and Croatian euro writers.
"""

from __future__ import annotations

from twentyseventh_common import (Reader, Variant, evidence, photo_spec,  # noqa: F401
                                  stats, truth_record, wchoice, write_jsonl)


# --- Estonian with Russian ------------------------------------------------------------------------

class EstonianRussian(Reader):
    PLATED = r"kullatud\w*|kullaga kaetud|позолоч\w*"
    # looks like a metal but is not: kuldpulm / hõbepulm (golden / silver wedding anniversaries),
    # kuldset värvi (gold-coloured), kuldne (golden hue), золотист (goldish)
    COLOUR_ONLY = (r"kuldpulm\w*|hõbepulm\w*|hobepulm\w*|kuldse\w* värvi\w*|kuldse\w* varvi\w*|kuldne\b|"
                   r"золотист\w*")
    SILVER = r"\bhõbe\w*|\bhobe\w*|серебр\w*|\b925\b"
    STEEL = r"\bterase\w*|\bteras\b|стал\w*"
    GOLD = r"\bkuld\w*|\bkulla\w*|золот\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|karaat\w*|карат\w*)(?![a-zõäöüšža-я])"
    YELLOW = r"kolla\w* kul\w*|желт\w* золот\w*|жёлт\w* золот\w*"
    WHITE = r"\bvalge\w* kul\w*|бел\w* золот\w*"
    ROSE = r"\bpuna\w* kul\w*|\broosa\w* kul\w*|красн\w* золот\w*|розов\w* золот\w*"
    NOT_STONE = r"kivideta|ilma kivi\w*|без камн\w*"
    GEMS = [
        ("cubic zirconia", r"tsirkoon\w*|фианит\w*|циркон\w*|\bcz\b"),
        ("diamond", r"briljant\w*|teemant\w*|бриллиант\w*"),
        ("sapphire", r"safiir\w*|сапфир\w*"),
        ("pearl", r"\bpärl\w*|\bparl\w*|жемчуг\w*"),
        ("garnet", r"\bgranaat\w*|гранат\w*"),
        ("amber", r"merevaig\w*|merevaik\w*|янтар\w*"),
        ("amethyst", r"ametüst\w*|ametust\w*|аметист\w*"),
        ("topaz", r"topaas\w*|топаз\w*"),
    ]
    NO_STONE = r"kivideta|ilma kivi\w*|\bsile\b|\bsileda\w*"
    COLOUR_WORDS = {"red": r"tumepuna\w*|тёмно-красн\w*|темно-красн\w*",
                    "blue": r"\bsinis\w*|\bsinine\b", "white": r"\bvalge\w* (pärl|tsirkoon)\w*|läbipaistv\w*",
                    "purple": r"\blilla\w*", "orange": r"meekarva\w*|konjakivärvi\w*|oranž\w*|медов\w*"}
    CATS = {
        "ring": r"\bsõrmus\w*|\bsormus\w*|кольц\w*|перстен\w*",
        "engagement ring": r"kihlasõrmus\w*|kihlasormus\w*|помолвоч\w*",
        "wedding band": r"abielusõrmus\w*|abielusormus\w*|laulatussõrmus\w*|обручал\w*",
        "earrings": r"kõrvarõnga\w*|korvaronga\w*|kõrvarõngas|kõrvanööp\w*|серьг\w*|сереж\w*|пусет\w*",
        "pendant": r"\bripats\w*|\bripatsi\w*|\bmedaljon\w*|кулон\w*|подвеск\w*",
        "chain": r"\bkett\b|\bketi\w*|\bketid\b|цепоч\w*",
        "necklace": r"kaelakee\w*|колье\w*|ожерель\w*",
        "bracelet": r"käevõru\w*|kaevoru\w*|браслет\w*",
    }


ET = EstonianRussian()


def eur_et(x: float, style: int) -> str:
    """A euro amount as a Tallinn shop writes it (decimal comma, space thousands)."""
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    forms = [f"{s} €", f"{s} EUR", f"{int(round(x))} €", f"{int(round(x))} eurot", f"€ {s}"]
    return forms[style % len(forms)]


def deaccent_et(s: str) -> str:
    return s.translate(str.maketrans("õäöüšžÕÄÖÜŠŽ", "oaouszOAOUSZ"))


# --- Croatian -------------------------------------------------------------------------------------

class Croatian(Reader):
    PLATED = r"pozlać\w*|pozlac\w*|pozlat\w*"
    # looks like a metal but is not: zlatni / srebrni pir (golden / silver wedding anniversaries),
    # zlatne boje (gold-coloured), zlatar / zlatarna (goldsmith, the shop)
    COLOUR_ONLY = r"zlatn\w* pir\w*|srebrn\w* pir\w*|zlatne boje|srebrne boje|zlatar\w*"
    SILVER = r"\bsrebr\w*|\b925\b"
    STEEL = r"\bčelik\w*|\bcelik\w*|nehrđajuć\w*"
    GOLD = r"\bzlat\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|karat\w*)(?![a-zčćđšž])"
    YELLOW = r"\bžut\w* zlat\w*|\bzut\w* zlat\w*"
    WHITE = r"\bbijel\w* zlat\w*"
    ROSE = r"\bcrven\w* zlat\w*|\broz\w* zlat\w*|ružičast\w* zlat\w*|ruzicast\w* zlat\w*"
    NOT_STONE = r"bez kamen\w*"
    GEMS = [
        ("cubic zirconia", r"\bcirkon\w*|\bcz\b"),
        ("diamond", r"dijamant\w*|briljant\w*"),
        ("sapphire", r"\bsafir\w*"),
        ("pearl", r"\bbiser\w*"),
        ("garnet", r"\bgranat\w*"),
        ("amethyst", r"ametist\w*"),
        ("topaz", r"\btopaz\w*"),
        ("ruby", r"\brubin\w*"),
    ]
    NO_STONE = r"bez kamen\w*|\bglatk\w*"
    COLOUR_WORDS = {"red": r"tamnocrven\w*|\bcrven\w* (rubin|granat|kamen)\w*", "blue": r"\bplav\w*",
                    "white": r"\bbijel\w* (biser|cirkon)\w*|\bproziran\w*", "purple": r"ljubičast\w*|ljubicast\w*"}
    CATS = {
        "ring": r"\bprsten\w*",
        "engagement ring": r"zaručničk\w*|zarucnick\w*",
        "wedding band": r"vjenčan\w*|vjencan\w*|\bburm\w*",
        "earrings": r"naušnic\w*|nausnic\w*|\bmorčić\w*|\bmorcic\w*",
        "pendant": r"privjes\w*|\bmedaljon\w*",
        "chain": r"lančić\w*|lancic\w*|\blanac\b",
        "necklace": r"ogrlic\w*|kolajn\w*",
        "bracelet": r"narukvic\w*",
    }


HR = Croatian()
KUNA_RATE = 7.53450


def eur_hr(x: float, style: int) -> str:
    """A euro amount as a Zagreb shop writes it ("." thousands, decimal comma)."""
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    kn = f"{x * KUNA_RATE:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    forms = [f"{s} €", f"{s} EUR", f"€{s}", f"{int(round(x))} €", f"{s} € ({kn} kn)", f"{int(round(x))} eura"]
    return forms[style % len(forms)]


def deaccent_hr(s: str) -> str:
    return s.translate(str.maketrans("čćđšžČĆĐŠŽ", "ccdszCCDSZ"))
