"""Text from a catalog or a shopper, made safe to put in the page's Markdown.

Gradio renders chat messages and Markdown components as Markdown with inline HTML (only
scripts are stripped), so a title like `<div style="position:fixed…">` or `![](http://…)`
would become a page overlay or a remote request. Everything Facet shows there goes through
`plain()`: HTML's special characters become entities and every ASCII punctuation mark is
backslash-escaped, which CommonMark renders as the character itself and never as markup
(no emphasis, links, images, autolinks, headings, lists, tables or LaTeX). Newlines stay line
breaks. Gallery captions and checkbox labels are not Markdown and need none of this.
"""

from __future__ import annotations

import re

HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# CommonMark lets any ASCII punctuation be escaped with a backslash; "&<>" become entities instead.
SPECIAL = re.compile(r"""[!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]""")
TABLE_RULE = "---"


def plain(text: str) -> str:
    """`text` as Markdown that renders exactly as the text, and as nothing else."""
    return SPECIAL.sub(_escaped, text)


def _escaped(match: re.Match) -> str:
    character = match.group()
    return HTML_ENTITIES.get(character, "\\" + character)


def table(rows: list[list[str]]) -> str:
    """A Markdown table from plain-text cells, the first row the header."""
    header, *body = rows
    lines = [_row(header), _row([TABLE_RULE] * len(header), escape=False)]
    return "\n".join(lines + [_row(cells) for cells in body])


def _row(cells: list[str], escape: bool = True) -> str:
    shown = [plain(cell).replace("\n", " ") if escape else cell for cell in cells]
    return "| " + " | ".join(shown) + " |"
