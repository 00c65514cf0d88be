"""Small .xlsx workbooks written with zipfile, as Excel lays them out (a workbook, its relations, shared
strings, one sheet), for the tests of retrieval/xlsx.py and of the exports that arrive as workbooks."""

import zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


def column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def sheet_xml(rows: list[list[object]], shared: list[str], inline: bool = False) -> str:
    """Text cells as shared strings (or inline ones), numbers as numbers, booleans as booleans, None left out."""
    out = [f'<worksheet xmlns="{MAIN}"><sheetData>']
    for number, row in enumerate(rows, start=1):
        out.append(f'<row r="{number}">')
        for index, value in enumerate(row):
            reference = f"{column_letters(index)}{number}"
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                out.append(f'<c r="{reference}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, (int, float)):
                out.append(f'<c r="{reference}"><v>{value}</v></c>')
            elif inline:
                out.append(f'<c r="{reference}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
            else:
                if value not in shared:
                    shared.append(str(value))
                out.append(f'<c r="{reference}" t="s"><v>{shared.index(value)}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def workbook_bytes(rows: list[list[object]], inline: bool = False, sheet_target: str = "worksheets/sheet1.xml") -> dict[str, str]:
    """The parts of a workbook whose first sheet holds `rows`."""
    shared: list[str] = []
    sheet = sheet_xml(rows, shared, inline)
    strings = "".join(f"<si><t xml:space=\"preserve\">{escape(text)}</t></si>" for text in shared)
    sheets = '<sheet name="Export Products Sheet" sheetId="1" r:id="rId1"/>'
    return {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{sheets}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" Type="{RELS}/worksheet" Target="{sheet_target}"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}">{strings}</sst>',
        "xl/worksheets/sheet1.xml": sheet,
    }


def write_xlsx(path, rows: list[list[object]], **options):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in workbook_bytes(rows, **options).items():
            archive.writestr(name, text)
    return path
