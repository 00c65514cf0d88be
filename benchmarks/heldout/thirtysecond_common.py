"""Shared machinery of the thirty-second held-out round (bog_shop: Bogotá / VTEX catalog
spreadsheets .xlsx / COP, rix_shop: Riga / nopCommerce "Export to Excel" .xlsx / EUR).

Written by the thirty-second independent data author.  It reuses render.py (through
make_fresh.run_renders), the answer-key record and Reader / evidence machinery of the
twenty-seventh round and the .xlsx cell writer of the thirty-first round (imported, not read
beyond their signatures and the thirty-first file itself).  New here: the author's own keyword
rules for Colombian Spanish and for Latvian with Russian (with and without ā č ē ģ ī ķ ļ ņ š ū
ž), used only to record where each fact is stated and to stop the build when a written field
contradicts the answer key; peso and Latvian euro writers; a several-sheet / raw-row .xlsx
writer and reader (inline strings, fixed zip timestamps so re-runs are identical).
"""

from __future__ import annotations

import re
import zipfile
from xml.sax.saxutils import escape

from twentyseventh_common import (Reader, Variant, evidence, photo_spec,  # noqa: F401
                                  stats, truth_record, wchoice, write_jsonl)
from thirtyfirst_common import _CT, _RELS, _STYLES, _NS, _ZIP_TIME, _cell, _col


# --- Colombian Spanish ---------------------------------------------------------------------------

class ColombianSpanish(Reader):
    PLATED = r"bañad\w* en oro|banad\w* en oro|baño de oro|bano de oro|enchapad\w*|chapad\w* en oro"
    # looks like a metal but is not: dorado / plateado (colours), bodas de oro / plata
    # (anniversaries), El Dorado (the legend, a collection name), Museo del Oro (inspiration),
    # orfebre (goldsmith)
    COLOUR_ONLY = (r"dorad\w*|platead\w*|bodas de oro|bodas de plata|el dorado|museo del oro|"
                   r"orfebre\w*|orfebrer\w*")
    SILVER = r"\bplata\b|\b925\b"
    STEEL = r"\bacero\w*"
    GOLD = r"\boro\b|\b750\b|\b585\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|kl|kilat\w*|quilat\w*)(?![a-záéíóúñ])"
    YELLOW = r"oro amarill\w*"
    WHITE = r"oro blanc\w*"
    ROSE = r"oro rosad\w*|oro rosa\b"
    NOT_STONE = r"sin piedra\w*"
    GEMS = [
        ("cubic zirconia", r"circon\w*|zirconi\w*|\bcz\b"),
        ("diamond", r"diamant\w*|brillante\w*"),
        ("ruby", r"\brub[ií]\w*"),
        ("sapphire", r"zafir\w*"),
        ("emerald", r"esmerald\w*"),
        ("pearl", r"\bperla\w*"),
        ("amethyst", r"amatist\w*"),
        ("topaz", r"topacio\w*"),
    ]
    NO_STONE = r"sin piedra\w*|\blis[ao]s?\b"
    COLOUR_WORDS = {"green": r"\bverde\w*", "blue": r"\bazul\w*",
                    "white": r"\bperla\w* blanc\w*|circon\w* blanc\w*|transparente\w*",
                    "purple": r"morad\w*|violeta\w*", "red": r"\brojo intens\w*|\bpiedra roja\b"}
    CATS = {
        "ring": r"\banillo\w*|\bsortija\w*",
        "engagement ring": r"compromiso",
        "wedding band": r"\bargolla\w* de matrimonio|\bargollas matrimoniales|\bmatrimonio\b",
        "earrings": r"\barete\w*|\btopos?\b|\bcandonga\w*",
        "pendant": r"\bdije\w*|\bmedalla\w*",
        "chain": r"\bcadena\w*",
        "necklace": r"\bcollar\w*|\bgargantilla\w*",
        "bracelet": r"\bmanilla\w*|\bpulsera\w*|\besclava\w*",
    }


ES = ColombianSpanish()


def cop(x: float, style: int) -> str:
    """A peso amount as a Bogotá shop writes it in running text ("." thousands, no decimals)."""
    n = int(round(x))
    dot = f"{n:,}".replace(",", ".")
    mill = f"{n / 1e6:.1f}".replace(".", ",").replace(",0", "")
    forms = [f"${dot}", f"$ {dot}", f"COP {dot}", f"{dot} pesos", f"${dot} COP"]
    if n >= 1_000_000 and n % 100_000 == 0:
        forms.append(f"{mill} millones")
    return forms[style % len(forms)]


def deaccent_es(s: str) -> str:
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU"))


# --- Latvian with Russian -------------------------------------------------------------------------

class LatvianRussian(Reader):
    PLATED = r"apzeltīt\w*|apzeltit\w*|позолоч\w*"
    # looks like a metal but is not: zelta krāsas (gold-coloured), zeltkāzas / sudrabkāzas
    # (golden / silver wedding anniversaries), zeltains / sudrabains (golden / silvery hue)
    COLOUR_ONLY = (r"zelta krās\w*|zelta kras\w*|zeltkāz\w*|zeltkaz\w*|sudrabkāz\w*|sudrabkaz\w*|"
                   r"zeltain\w*|sudrabain\w*|золотист\w*")
    SILVER = r"\bsudrab\w*|серебр\w*|\b925\b"
    STEEL = r"\btēraud\w*|\bteraud\w*|стал\w*"
    GOLD = r"\bzelt\w*|золот\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|karāt\w*|karat\w*|карат\w*)(?![a-zāčēģīķļņšūžа-я])"
    YELLOW = r"dzelten\w* zelt\w*|желт\w* золот\w*|жёлт\w* золот\w*"
    WHITE = r"\bbalt\w* zelt\w*|бел\w* золот\w*"
    ROSE = r"sarkan\w* zelt\w*|rozā zelt\w*|roza zelt\w*|красн\w* золот\w*|розов\w* золот\w*"
    NOT_STONE = r"bez akmeņ\w*|bez akmen\w*|без камн\w*"
    GEMS = [
        ("cubic zirconia", r"cirkonij\w*|cirkon\w*|фианит\w*|\bcz\b"),
        ("diamond", r"briljant\w*|dimant\w*|бриллиант\w*"),
        ("sapphire", r"safīr\w*|safir\w*|сапфир\w*"),
        ("pearl", r"pērl\w*|\bperl[eiu]\w*|жемчуг\w*"),
        ("garnet", r"\bgranāt\w*|\bgranat\w*|гранат\w*"),
        ("amber", r"dzintar\w*|янтар\w*"),
        ("amethyst", r"ametist\w*|аметист\w*"),
        ("topaz", r"topāz\w*|topaz\w*|топаз\w*"),
    ]
    NO_STONE = r"bez akmeņ\w*|bez akmen\w*|gluds\b|glud\w*"
    COLOUR_WORDS = {"red": r"tumši sarkan\w*|tumsi sarkan\w*|sarkan\w* granāt\w*",
                    "blue": r"\bzil\w*", "white": r"\bbalt\w* (pērl|cirkon)\w*|caurspīdīg\w*",
                    "purple": r"violet\w*", "orange": r"medus\w*|konjak\w*|oranž\w*"}
    CATS = {
        "ring": r"\bgredzen\w*|\bgredzn\w*|кольц\w*|перстен\w*",
        "engagement ring": r"saderināšan\w*|saderinasan\w*|помолвоч\w*",
        "wedding band": r"laulību\w*|laulibu\w*|обручал\w*",
        "earrings": r"\bauskar\w*|серьг\w*|сереж\w*",
        "pendant": r"piekariņ\w*|piekarin\w*|\bkulon\w*|кулон\w*|подвеск\w*",
        "chain": r"ķēdīt\w*|kedit\w*|ķēde\b|цепоч\w*",
        "necklace": r"kaklarot\w*|колье\w*|ожерель\w*",
        "bracelet": r"\baproc\w*|браслет\w*",
    }


LV = LatvianRussian()


def eur_lv(x: float, style: int) -> str:
    """A euro amount as a Riga shop writes it (decimal comma, space thousands)."""
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    forms = [f"{s} €", f"{s} EUR", f"€{s}", f"{int(round(x))} €", f"{int(round(x))} eiro"]
    return forms[style % len(forms)]


def deaccent_lv(s: str) -> str:
    """Latvian as typed without the diacritics."""
    return s.translate(str.maketrans("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuzACEGIKLNSUZ"))


# --- a several-sheet .xlsx writer and a raw-row reader --------------------------------------------

def _ct(n: int) -> str:
    over = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.worksheet+xml"/>' for i in range(2, n + 1))
    return _CT.replace("</Types>", over + "</Types>")


def _wb_rels(n: int) -> str:
    rels = "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels +
            f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/></Relationships>')


def _sheet_xml(rows: list) -> str:
    body = []
    for r, values in enumerate(rows, start=1):
        cells = "".join(_cell(f"{_col(c)}{r}", v) for c, v in enumerate(values))
        body.append(f'<row r="{r}">{cells}</row>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS}">'
            f'<sheetData>{"".join(body)}</sheetData></worksheet>')


def write_xlsx_sheets(path: str, sheets: list) -> None:
    """sheets: [(name, rows, hidden)], rows are lists of values (the header row included)."""
    n = len(sheets)
    hide = ' state="veryHidden"'
    entries = "".join(f'<sheet name="{escape(name)}" sheetId="{i}"{hide if hidden else ""} r:id="rId{i}"/>'
                      for i, (name, _, hidden) in enumerate(sheets, start=1))
    wb = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_NS}" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets>{entries}</sheets></workbook>')
    parts = [("[Content_Types].xml", _ct(n)), ("_rels/.rels", _RELS), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", _wb_rels(n)), ("xl/styles.xml", _STYLES)]
    parts += [(f"xl/worksheets/sheet{i}.xml", _sheet_xml(rows)) for i, (_, rows, _) in enumerate(sheets, start=1)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def read_xlsx_rows(path: str, sheet_no: int = 1) -> list:
    """The raw rows (lists, "" for an empty cell) of one sheet of the writer's own files."""
    import xml.etree.ElementTree as ET
    ns = {"m": _NS}
    with zipfile.ZipFile(path) as z:
        ws = ET.fromstring(z.read(f"xl/worksheets/sheet{sheet_no}.xml"))
    out = []
    for row in ws.find("m:sheetData", ns):
        vals = {}
        for c in row:
            ref = re.match(r"[A-Z]+", c.get("r")).group()
            idx = 0
            for ch in ref:
                idx = idx * 26 + ord(ch) - 64
            if c.get("t") == "inlineStr":
                vals[idx - 1] = "".join(t.text or "" for t in c.iter(f"{{{_NS}}}t"))
            else:
                v = c.find("m:v", ns).text
                vals[idx - 1] = float(v) if "." in v else int(v)
        width = max(vals) + 1 if vals else 0
        out.append([vals.get(i, "") for i in range(width)])
    return out


def sheet_dicts(rows: list) -> list:
    header = rows[0]
    return [{h: (r[i] if i < len(r) else "") for i, h in enumerate(header)} for r in rows[1:]]
