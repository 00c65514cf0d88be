"""Shared machinery of the thirty-first held-out round (ala_shop: Almaty / Satu.kz product export
.xlsx / KZT, lju_shop: Ljubljana / Jumpseller product CSV / EUR).

Written by the thirty-first independent data author.  It reuses render.py (through
make_fresh.run_renders) and the answer-key record and Reader / evidence machinery of the
twenty-seventh round (imported, not read).  New here: carnelian, the author's own keyword rules
for Russian with Kazakh and for Slovenian (with and without č š ž), used only to record where
each fact is stated and to stop the build when a written field contradicts the answer key, and
a stdlib .xlsx writer / reader (inline strings, fixed zip timestamps so re-runs are identical).
"""

from __future__ import annotations

import re
import zipfile
from xml.sax.saxutils import escape

from twentyseventh_common import (Reader, TMETALS, TSTONES, Variant, evidence, photo_spec,  # noqa: F401
                                  stats, truth_record, wchoice, write_jsonl)
import twentyfourth_common as _t24

TSTONES.update({
    # carnelian: orange-red chalcedony, the Central Asian amulet stone (сердолик, карнеол)
    "carnelian": ("carnelian", "orange", "coral", (190, 70, 35)),
})
_t24.INHERENT.update({"carnelian": "orange"})


# --- Russian with Kazakh (Cyrillic, Kazakh letters ә ғ қ ң ө ұ ү һ і) -------------------------

class RussianKazakh(Reader):
    PLATED = r"позолоч\w*|посеребр\w*|алтын жалат\w*|алтындат\w*"
    # looks like a metal but is not: золотистый (golden-coloured), золотая свадьба, ювелир,
    # Алтын Орда / Алтын Адам (the Golden Man, a design name), алтын түсті қорап (gold-coloured box)
    COLOUR_ONLY = (r"золотист\w*|золот\w* свадьб\w*|серебрист\w*|алтын адам\w*|алтын орда\w*|"
                   r"алтын түсті\w*|алтын тусти\w*")
    SILVER = r"серебр\w*|күміс\w*|кумис\w*|\b925\b"
    STEEL = r"стал\w*|болат\w*"
    GOLD = r"золот\w*|алтын\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|карат\w*|к)(?![a-zа-яәғқңөұүһі])"
    YELLOW = r"желт\w* золот\w*|жёлт\w* золот\w*|сары алтын\w*"
    WHITE = r"бел\w* золот\w*|ақ алтын\w*|ак алтын\w*"
    ROSE = r"красн\w* золот\w*|розов\w* золот\w*|қызыл алтын\w*|кызыл алтын\w*"
    NOT_STONE = r"без камн\w*|без вставок|тассыз"
    GEMS = [
        ("cubic zirconia", r"фианит\w*|циркон\w*|\bcz\b"),
        ("diamond", r"бриллиант\w*|бриллиантт\w*|гауһар\w*|гаухар\w*|алмаз\w*"),
        ("ruby", r"рубин\w*"),
        ("sapphire", r"сапфир\w*"),
        ("emerald", r"изумруд\w*|зүмірет\w*"),
        ("pearl", r"жемчуг\w*|жемчуж\w*|інжу\w*|инжу\w*"),
        ("garnet", r"\bгранат\w*"),
        ("turquoise", r"бирюз\w*|көгілдір тас\w*|перуза\w*|пируза\w*"),
        ("carnelian", r"сердолик\w*|карнеол\w*"),
        ("amethyst", r"аметист\w*"),
    ]
    NO_STONE = r"без камн\w*|без вставок|тассыз|гладк\w*"
    COLOUR_WORDS = {"red": r"\bкрасн\w* (камен|гранат)\w*|тёмно-красн\w*|темно-красн\w*",
                    "blue": r"голуб\w*|\bсин\w*|көк\b",
                    "white": r"бел\w* (жемчуг|фианит)\w*|\bақ (інжу|фианит)\w*|прозрачн\w*",
                    "green": r"зелен\w*|жасыл\w*", "purple": r"фиолетов\w*|сиренев\w*",
                    "orange": r"оранжев\w*|рыжев\w*"}
    CATS = {
        "ring": r"кольц\w*|колец\b|жүзік\w*|жузик\w*|сақина\w*|сакина\w*|перстен\w*|печатк\w*",
        "engagement ring": r"помолвоч\w*",
        "wedding band": r"обручал\w*|неке жүзі\w*",
        "earrings": r"серьг\w*|серёж\w*|сереж\w*|сырға\w*|сырга\w*",
        "pendant": r"кулон\w*|подвеск\w*|тұмар\w*|тумар\w*|медальон\w*",
        "chain": r"цепоч\w*|цепь\w*|шынжыр\w*",
        "necklace": r"колье\w*|ожерель\w*|алқа\w*|\bалка\b",
        "bracelet": r"браслет\w*|білезік\w*|билезик\w*",
    }


RK = RussianKazakh()


def kzt(x: float, style: int) -> str:
    """A tenge amount as an Almaty shop writes it in running text."""
    n = int(round(x))
    sp = f"{n:,}".replace(",", " ")
    forms = [f"{sp} ₸", f"{sp} тг", f"{sp} теңге", f"{sp} тенге", f"{n} KZT", f"{sp}₸"]
    return forms[style % len(forms)]


# --- Slovenian (with and without č š ž) ---------------------------------------------------------

class Slovenian(Reader):
    PLATED = r"pozlač\w*|pozlac\w*|posrebren\w*"
    # looks like a metal but is not: zlatar (goldsmith), zlata / srebrna poroka (anniversaries),
    # zlata barva škatlice, Zlatorog (the golden-horned chamois of the Triglav legend, a design name)
    COLOUR_ONLY = (r"zlatar\w*|zlat\w* porok\w*|srebrn\w* porok\w*|zlatorog\w*|zlatolas\w*|"
                   r"zlate barve|zlatih barv")
    SILVER = r"srebr\w*|\b925\b"
    STEEL = r"jekl\w*"
    GOLD = r"\bzlat\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|karat\w*)(?![a-zčšž])"
    YELLOW = r"rumen\w* zlat\w*"
    WHITE = r"bel\w* zlat\w*"
    ROSE = r"rdeč\w* zlat\w*|rdec\w* zlat\w*|roza zlat\w*|rožnat\w* zlat\w*"
    NOT_STONE = r"brez kamn\w*|brez kamen\w*"
    GEMS = [
        ("cubic zirconia", r"cirkon\w*|\bcz\b"),
        ("diamond", r"diamant\w*|briljant\w*|brilijant\w*"),
        ("ruby", r"rubin\w*"),
        ("sapphire", r"safir\w*"),
        ("emerald", r"smaragd\w*"),
        ("pearl", r"biser\w*|perl[aeio]\w*"),
        ("garnet", r"\bgranat\w*"),
        ("amber", r"jantar\w*"),
        ("amethyst", r"ametist\w*"),
        ("topaz", r"topaz\w*"),
    ]
    NO_STONE = r"brez kamn\w*|brez kamen\w*|gladk\w*"
    COLOUR_WORDS = {"red": r"temno ?rdeč\w*|temno ?rdec\w*|rdeč\w* (kamen|kamn|granat)\w*",
                    "blue": r"\bmoder\b|\bmodr\w*|nebesno\w*",
                    "white": r"\bbel\w* (biser|cirkon|perl)\w*|prozorn\w*",
                    "green": r"\bzelen\w*", "purple": r"vijoličn\w*|vijolicn\w*",
                    "orange": r"medeno ?rumen\w*|oranžn\w*|oranzn\w*|konjakov\w*"}
    CATS = {
        "ring": r"\bprstan\w*|\bprstn\w*|pečatnik\w*|pecatnik\w*",
        "engagement ring": r"zaročn\w*|zarocn\w*",
        "wedding band": r"poročn\w*|porocn\w*",
        "earrings": r"\buhan\w*|\buhanc\w*",
        "pendant": r"\bobes\w*|medaljon\w*|križec\w*|krizec\w*",
        "chain": r"verižic\w*|verizic\w*|\bveriga\b",
        "necklace": r"ogrlic\w*|kolje\w*",
        "bracelet": r"zapestnic\w*",
    }


SL = Slovenian()


def eur_sl(x: float, style: int) -> str:
    """A euro amount as a Ljubljana shop writes it (decimal comma, thousands dot)."""
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    forms = [f"{s} €", f"{s} EUR", f"€ {s}", f"{int(round(x))} €", f"{s} evrov"]
    return forms[style % len(forms)]


def deaccent_sl(s: str) -> str:
    """Slovenian as typed on a phone without č š ž."""
    return s.translate(str.maketrans("čšžČŠŽ", "cszCSZ"))


# --- a minimal .xlsx (Office Open XML) writer and reader -----------------------------------------

_ZIP_TIME = (2026, 12, 7, 9, 0, 0)
_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')
_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
           '</styleSheet>')
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _cell(ref: str, v) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f'<c r="{ref}"><v>{v:g}</v></c>' if isinstance(v, float) else f'<c r="{ref}"><v>{v}</v></c>'
    text = escape(str(v))
    sp = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{sp}>{text}</t></is></c>'


def write_xlsx(path: str, sheet: str, header: list, rows: list) -> None:
    """One sheet, header row + rows of values (str / int / float / None), inline strings."""
    body = []
    for r, values in enumerate([header] + rows, start=1):
        cells = "".join(_cell(f"{_col(c)}{r}", v) for c, v in enumerate(values))
        body.append(f'<row r="{r}">{cells}</row>')
    ws = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS}">'
          f'<sheetData>{"".join(body)}</sheetData></worksheet>')
    wb = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_NS}" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    parts = [("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", _WB_RELS), ("xl/styles.xml", _STYLES), ("xl/worksheets/sheet1.xml", ws)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def read_xlsx(path: str) -> tuple:
    """(sheet name, list of dicts by header) of the writer's own files (inline strings, numbers)."""
    import xml.etree.ElementTree as ET
    ns = {"m": _NS}
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        ws = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    name = wb.find("m:sheets/m:sheet", ns).get("name")
    table = []
    for row in ws.find("m:sheetData", ns):
        vals = {}
        for c in row:
            col = re.match(r"[A-Z]+", c.get("r")).group()
            if c.get("t") == "inlineStr":
                vals[col] = "".join(t.text or "" for t in c.iter(f"{{{_NS}}}t"))
            else:
                v = c.find("m:v", ns).text
                vals[col] = float(v) if "." in v else int(v)
        table.append(vals)
    cols = [_col(i) for i in range(len(table[0]))]
    header = [table[0][c] for c in cols]
    return name, header, [{h: r.get(c, "") for h, c in zip(header, cols)} for r in table[1:]]
