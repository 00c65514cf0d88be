"""Shared machinery of the thirty-fourth held-out round (rkv_shop: Reykjavík / Shopify product CSV / ISK,
Icelandic; ruh_shop: Riyadh / Amazon.sa inventory file / SAR, Arabic with English).

Written by the thirty-fourth independent data author.  It reuses render.py (through
make_fresh.run_renders) and the answer-key record and Reader / evidence machinery of the
twenty-seventh round (imported, seen only through their signatures).  New here: the author's own
keyword rules for Icelandic (with and without þ ð æ ö and accents), used only to record where each
fact is stated and to stop the build when a written field contradicts the answer key; an
Icelandic króna writer (no decimals, "." thousands).
"""

from __future__ import annotations

from twentyseventh_common import (Reader, Variant, evidence, photo_spec,  # noqa: F401
                                  stats, truth_record, wchoice, write_jsonl)


# --- Icelandic ------------------------------------------------------------------------------------

class Icelandic(Reader):
    PLATED = r"gyllt\w*|gullhúð\w*|gullhud\w*"
    # looks like a metal but is not: gullbrúðkaup / silfurbrúðkaup (golden / silver wedding
    # anniversaries), gullfallegur (gorgeous), Gullfoss (the waterfall), gullsmiður / gullsmiðja
    # (goldsmith, the shop), gulllitað (gold-coloured)
    COLOUR_ONLY = (r"gullbrúðkaup\w*|gullbrudkaup\w*|silfurbrúðkaup\w*|silfurbrudkaup\w*|gullfalleg\w*|"
                   r"gullfoss\w*|gullsmi\w*|gulllit\w*|silfurlit\w*")
    SILVER = r"silf\w*|\b925\b"
    STEEL = r"\bstál\w*|\bstal\b"
    GOLD = r"gull\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|karat\w*|karöt\w*|karot\w*)(?![a-záðéíóúýþæö])"
    YELLOW = r"\bgul\w* gull\w*|\bgulagull\w*"
    WHITE = r"hvítagull\w*|hvitagull\w*|\bhvít\w* gull\w*|\bhvit\w* gull\w*"
    ROSE = r"rósagull\w*|rosagull\w*|rauðagull\w*|raudagull\w*"
    NOT_STONE = r"steinlaus\w*|án steina|án steins|an steina"
    GEMS = [
        ("cubic zirconia", r"sirkon\w*|zirkon\w*|\bcz\b"),
        ("diamond", r"demant\w*|demönt\w*|demont\w*"),
        ("sapphire", r"safír\w*|safir\w*"),
        ("pearl", r"\bperl\w*"),
        ("garnet", r"\bgranat\w*"),
        ("amethyst", r"ametist\w*"),
        ("topaz", r"tópas\w*|\btopas\w*"),
        ("ruby", r"rúbín\w*|\brubin\w*"),
    ]
    NO_STONE = r"steinlaus\w*|án steina|án steins|\bslétt\w*|\bslett\w*"
    COLOUR_WORDS = {"red": r"dökkrauð\w*|dokkraud\w*", "blue": r"\bblá\w*|\bbla\b|\bblar\b",
                    "white": r"\bhvít\w* (perl|sirkon)\w*|\bglær\w*", "purple": r"fjólublá\w*|fjolubla\w*"}
    CATS = {
        "ring": r"hring\w*",
        "engagement ring": r"trúlofunarhring\w*|trulofunarhring\w*",
        "wedding band": r"giftingarhring\w*|giftingahring\w*",
        "earrings": r"eyrnalokk\w*",
        "pendant": r"hálsmen\w*|halsmen\w*|\bmen\b|hengiskraut\w*",
        "chain": r"keðj\w*|kedj\w*",
        "necklace": r"hálsfest\w*|halsfest\w*",
        "bracelet": r"armband\w*|armbönd\w*",
    }


IS = Icelandic()


def isk(x: float, style: int) -> str:
    """A króna amount as a Reykjavík shop writes it (no decimals, "." thousands)."""
    s = f"{int(round(x)):,}".replace(",", ".")
    forms = [f"{s} kr.", f"{s} kr", f"ISK {s}", f"kr. {s}", f"{s} ISK", f"{int(round(x))} kr."]
    return forms[style % len(forms)]


def deaccent_is(s: str) -> str:
    s = s.replace("þ", "th").replace("Þ", "Th").replace("æ", "ae").replace("Æ", "Ae")
    return s.translate(str.maketrans("ðáéíóúýöÐÁÉÍÓÚÝÖ", "daeiouyoDAEIOUYO"))


# --- Arabic (Saudi) with English --------------------------------------------------------------------

KARAT_NUM = "(?:18|21|22|١٨|٢١|٢٢)"


class SaudiArabic(Reader):
    PLATED = r"مطلي\w*|مطلية|مطلى|gold plated|plated"
    # looks like a metal but is not: ذهبي اللون / فضي اللون (gold- / silver-coloured), اليوبيل الذهبي /
    # الفضي (golden / silver jubilee), علبة ذهبية (a golden box), golden / silver-tone in English
    COLOUR_ONLY = (r"ذهبي اللون|ذهبية اللون|فضي اللون|فضية اللون|اليوبيل الذهبي|اليوبيل الفضي|علبة ذهبية|"
                   r"علبة هدايا ذهبية|الذهبية للمجوهرات|\bgolden\b|silver-tone")
    SILVER = r"فض\w*|\b925\b|\bsilver\b|\bsterling\b"
    STEEL = r"ستيل|ستانلس|stainless|\bsteel\b"
    GOLD = r"ذهب\w*|\bgold\b"
    KARAT = (r"(?:(?<=عيار )|(?<=عيار)|(?<![\d٠-٩.,])(?=" + KARAT_NUM + r"\s?(?:k\b|kt\b|K\b|قيراط)))"
             r"(" + KARAT_NUM + r")(?![\d٠-٩])")
    YELLOW = r"ذهب أصفر|ذهب اصفر|الذهب الأصفر|yellow gold|عيار ?(?:21|٢١|22|٢٢)|(?:21|٢١|22|٢٢) ?(?:k|K|قيراط)"
    WHITE = r"ذهب أبيض|ذهب ابيض|الذهب الأبيض|الذهب الابيض|white gold"
    ROSE = r"ذهب وردي|الذهب الوردي|ذهب روز|rose gold"
    NOT_STONE = r"بدون فصوص|بدون أحجار|بدون حجر|بدون احجار"
    GEMS = [
        ("cubic zirconia", r"زركون\w*|زيركون\w*|\bcz\b|zircon\w*"),
        ("diamond", r"ألماس\w*|الماس\w*|diamond\w*"),
        ("pearl", r"لؤلؤ\w*|لولو\w*|pearl\w*"),
        ("ruby", r"ياقوت أحمر|ياقوت احمر|\bruby\b|rubies"),
        ("sapphire", r"ياقوت أزرق|ياقوت ازرق|sapphire\w*"),
        ("emerald", r"زمرد\w*|زمرّد\w*|emerald\w*"),
    ]
    NO_STONE = r"بدون فصوص|بدون أحجار|بدون حجر|بدون احجار|سادة|\bplain\b"
    COLOUR_WORDS = {"red": r"أحمر|احمر|\bred\b", "blue": r"أزرق|ازرق|\bblue\b",
                    "white": r"لؤلؤ أبيض|لؤلؤة بيضاء|زركون أبيض|white pearl|white zircon", "green": r"أخضر|اخضر|\bgreen\b"}
    CATS = {
        "ring": r"خاتم|خواتم|محبس|محابس|دبل\w*|\bring\w*",
        "engagement ring": r"خاتم خطوبة|خاتم الخطوبة|سوليتير|engagement",
        "wedding band": r"دبل\w*|محبس|محابس|wedding band\w*",
        "earrings": r"حلق|أقراط|اقراط|\bقرط|earring\w*",
        "pendant": r"تعليقة|تعليقه|دلاية|pendant\w*",
        "chain": r"سلسال|سلسلة|سلسله|chain\w*",
        "necklace": r"\bعقد\b|قلادة|necklace\w*",
        "bracelet": r"اسوار\w*|أسوار\w*|إسوار\w*|أسور\w*|اسور\w*|bracelet\w*",
    }


AR = SaudiArabic()
AR_DIGITS = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")


def ar_digits(s: str) -> str:
    return s.translate(AR_DIGITS)


def sar(x: float, style: int) -> str:
    """A riyal amount as a Riyadh listing writes it (Arabic-Indic or Western digits)."""
    n = int(round(x))
    w = f"{n:,}"
    forms = [f"{ar_digits(w)} ريال", f"{w} ر.س", f"SAR {w}", f"{ar_digits(str(n))} ر.س", f"{n} ريال سعودي"]
    return forms[style % len(forms)]
