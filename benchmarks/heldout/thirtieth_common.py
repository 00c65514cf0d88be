"""Shared machinery of the thirtieth held-out round (sof_shop: Sofia / OpenCart 3 with the
"CSV Price Pro import/export" extension / EUR, evn_shop: Yerevan / InSales product CSV / AMD).

Written by the thirtieth independent data author.  It reuses render.py (through
make_fresh.run_renders) and the answer-key record and Reader / evidence machinery of the
twenty-seventh round (imported, not read).  New here: obsidian, and the author's own keyword
rules for Bulgarian (Cyrillic and Latin transliteration) and for Armenian (with Russian), used
only to record where each fact is stated and to stop the build when a written field contradicts
the answer key.
"""

from __future__ import annotations

from twentyseventh_common import (Reader, TMETALS, TSTONES, Variant, evidence, photo_spec,  # noqa: F401
                                  stats, truth_record, wchoice, write_jsonl)
import twentyfourth_common as _t24

TSTONES.update({
    # obsidian: black volcanic glass from the Armenian highlands, polished cabochons and beads
    "obsidian": ("obsidian", "black", "coral", (24, 22, 26)),
})
_t24.INHERENT.update({"obsidian": "black"})

BGN_PER_EUR = 1.95583   # the fixed conversion rate of the lev to the euro


# --- Bulgarian (Cyrillic and Latin transliteration) ---------------------------------------------

class Bulgarian(Reader):
    # позлатен / позлатено = gold-plated, посребрен = silver-plated
    PLATED = r"позлат\w*|pozlat\w*|посребр\w*|posrebr\w*"
    # words that only look like metals: златар (goldsmith), златна / сребърна сватба (anniversaries),
    # Златни пясъци (a resort), златиста кутия (a gold-coloured box)
    COLOUR_ONLY = (r"златар\w*|zlatar\w*|златн\w* сватб\w*|сребърн\w* сватб\w*|златни пясъци|"
                   r"златист\w*|zlatist\w*|сребрист\w*")
    SILVER = r"сребр\w*|сребър\w*|srebr\w*|sreb[ae]r\w*|\b925\b"
    STEEL = r"стомана\w*|stomana\w*"
    GOLD = r"\bзлат\w*|\bzlat\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|карат\w*|karat\w*|к)(?![a-zа-я])"
    YELLOW = r"жълт\w* злат\w*|zhalt\w* zlat\w*|жълто злато"
    WHITE = r"бял\w* злат\w*|бяло злато|byal\w* zlat\w*|бели злат\w*"
    ROSE = r"розов\w* злат\w*|rozov\w* zlat\w*|червен\w* злат\w*"
    NOT_STONE = r"диамантен\w* (шлиф|обработ)\w*|седеф\w*|без камън\w*|bez kam\w*"
    GEMS = [
        ("cubic zirconia", r"циркон\w*|cirkon\w*|tsirkon\w*|\bcz\b"),
        ("diamond", r"диамант\w*|брилянт\w*|diamant\w*|briliant\w*"),
        ("ruby", r"рубин\w*|rubin\w*"),
        ("sapphire", r"сапфир\w*|sapfir\w*"),
        ("emerald", r"изумруд\w*|izumrud\w*|смарагд\w*"),
        ("pearl", r"перл[аи]\w*|\bperl[ai]\w*|перлен\w*"),
        ("amethyst", r"аметист\w*|ametist\w*"),
        ("garnet", r"\bгранат\w*|\bgranat\w*"),
        ("topaz", r"топаз\w*|topaz\w*"),
    ]
    NO_STONE = r"без камън\w*|bez kam\w*|гладк\w*|gladk\w*"
    COLOUR_WORDS = {"red": r"\bчервен\w*|\bcherven\w*", "blue": r"\bсин\b|\bсиня\b|\bсини\b|\bсиньо\b|\bsin\b|небесносин\w*",
                    "white": r"\bбял\w* (перл|циркон)\w*|\bбели\b|\bbeli\b|прозрачн\w*",
                    "green": r"\bзелен\w*|\bzelen\w*", "purple": r"\bлилав\w*|\blilav\w*|виолетов\w*"}
    CATS = {
        "ring": r"\bпръстен\w*|\bprasten\w*|\bprusten\w*",
        "engagement ring": r"годеж\w*|godezh\w*|godej\w*",
        "wedding band": r"\bхалк[аи]\b|\bhalk[ai]\b|брачн\w*|brachn\w*|венчал\w*",
        "earrings": r"обеци\w*|обица\w*|obeci\w*|obetsi\w*",
        "pendant": r"медальон\w*|medalion\w*|висулк\w*|visulk\w*|кръстче\w*|krastche\w*",
        "chain": r"синджир\w*|sindzhir\w*|sindjir\w*|верижк\w*|verizhk\w*",
        "necklace": r"колие\w*|kolie\w*|огърлиц\w*|ogarlic\w*",
        "bracelet": r"гривн\w*|grivn\w*",
    }


BG = Bulgarian()


def eur(x: float, style: int) -> str:
    """A euro amount as a Sofia shop writes it; some keep the changeover's dual display."""
    cents = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    lev = f"{x * BGN_PER_EUR:,.2f}".replace(",", " ").replace(".", ",")
    forms = [f"{cents} €", f"€ {cents} / {lev} лв.", f"{cents} евро", f"{int(round(x))} EUR",
             f"{cents} € ({lev} лв.)", f"{cents} EUR"]
    return forms[style % len(forms)]


_BG_LAT = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ",
                   ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                    "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu", "ya"] * 2))


def bg_latin(s: str) -> str:
    """Bulgarian Cyrillic as Bulgarians type it in Latin letters (the official streamlined system)."""
    out = "".join(_BG_LAT.get(c, c) for c in s)
    return out


# --- Armenian (Eastern, with Russian) ----------------------------------------------------------

class Armenian(Reader):
    # ոսկեջրած = gold-plated, позолоченный, посеребренный
    PLATED = r"ոսկեջր\w*|ոսկեպատ\w*|позолоч\w*|посеребр\w*"
    # words that only look like metals: ոսկերիչ (goldsmith), ոսկեգույն (golden-coloured),
    # ոսկե հարսանիք (golden wedding), ювелир is not a metal anyway
    COLOUR_ONLY = r"ոսկերիչ\w*|ոսկեգույն\w*|ոսկե հարսանիք\w*|золотист\w*|voskerich\w*"
    SILVER = r"արծաթ\w*|серебр\w*|artsat\w*|arcat\w*|\b925\b"
    STEEL = r"պողպատ\w*|стал\w*"
    GOLD = r"ոսկ\w*|золот\w*|\bvosk\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|կ|կարատ\w*|карат\w*|к)(?![a-zа-яա-ֆ])"
    YELLOW = r"դեղին ոսկ\w*|желт\w* золот\w*|жёлт\w* золот\w*"
    WHITE = r"սպիտակ ոսկ\w*|бел\w* золот\w*|spitak vosk\w*"
    ROSE = r"վարդագույն ոսկ\w*|կարմիր ոսկ\w*|розов\w* золот\w*|красн\w* золот\w*"
    NOT_STONE = r"առանց քար\w*|без камн\w*|без вставок"
    GEMS = [
        ("cubic zirconia", r"ցիրկոն\w*|фианит\w*|циркон\w*|\bcz\b"),
        ("diamond", r"ադամանդ\w*|բրիլիանտ\w*|бриллиант\w*|алмаз\w*|adamand\w*"),
        ("ruby", r"ռուբին\w*|рубин\w*"),
        ("sapphire", r"շափյուղա\w*|сапфир\w*"),
        ("emerald", r"զմրուխտ\w*|изумруд\w*"),
        ("pearl", r"մարգարիտ\w*|жемчуг\w*|жемчуж\w*"),
        ("amethyst", r"ամեթիստ\w*|аметист\w*"),
        ("garnet", r"նռնաքար\w*|\bгранат\w*"),
        ("turquoise", r"փիրուզ\w*|бирюз\w*"),
        ("obsidian", r"օբսիդիան\w*|обсидиан\w*|obsidian\w*"),
    ]
    NO_STONE = r"առանց քար\w*|без камн\w*|հարթ\b|гладк\w*"
    COLOUR_WORDS = {"red": r"կարմիր (քար|նռնաքար)\w*|\bкрасн\w* (камен|гранат)\w*|մուգ կարմիր",
                    "blue": r"երկնագույն\w*|կապույտ\w*|голуб\w*|син\w*",
                    "white": r"սպիտակ (մարգարիտ|ցիրկոն)\w*|бел\w* (жемчуг|фианит)\w*|թափանցիկ\w*",
                    "green": r"կանաչ\w*|зелен\w*", "purple": r"մանուշակագույն\w*|фиолетов\w*",
                    "black": r"սև\b|սեւ\b|черн\w*"}
    CATS = {
        "ring": r"մատանի\w*|кольц\w*|matani\w*",
        "engagement ring": r"նշանադր\w*|помолвоч\w*",
        "wedding band": r"ամուսնական\w*|հարսանեկան մատանի\w*|обручал\w*",
        "earrings": r"ականջօղ\w*|серьг\w*|серёж\w*|серьж\w*|akanjogh\w*",
        "pendant": r"կախազարդ\w*|մեդալիոն\w*|кулон\w*|подвеск\w*|медальон\w*",
        "chain": r"շղթա\w*|цепоч\w*|цепь\w*",
        "necklace": r"վզնոց\w*|մանյակ\w*|колье\w*|ожерель\w*",
        "bracelet": r"ապարանջան\w*|браслет\w*",
    }


HY = Armenian()


def amd(x: float, style: int) -> str:
    """A dram amount as a Yerevan shop writes it in running text."""
    n = int(round(x))
    sp = f"{n:,}".replace(",", " ")
    forms = [f"{sp} ֏", f"{sp} դրամ", f"{sp} драм", f"{n} AMD", f"{sp} դր.", f"{sp}֏"]
    return forms[style % len(forms)]
