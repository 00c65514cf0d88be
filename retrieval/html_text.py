"""A catalog description as plain text: HTML tags dropped, entities decoded, block elements and
`<li>` items on lines of their own, scripts and styles left out. Catalog text is data: it is
searched, given to the writing model and shown, never rendered as HTML.

    html_text("<p>18K gold &amp; diamonds</p><ul><li>Ring size 7</li><li>0.5 ct</li></ul>")
    -> "18K gold & diamonds\nRing size 7\n0.5 ct"
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Whose content is never text.
SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"}
# Tags that end a line: paragraphs, list items, table rows, headings, line breaks.
LINE_TAGS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
             "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "hr", "figure", "figcaption"}  # fmt: skip
CELL_TAGS = {"td", "th"}
LITERAL_NEWLINE = "\\n"  # WooCommerce's exporter writes line breaks as a backslash and an n
SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+")


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in LINE_TAGS:
            self.parts.append("\n")
        elif tag in CELL_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in LINE_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in LINE_TAGS:
            self.parts.append("\n")
        elif tag in CELL_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """Plain text of an HTML (or plain) description: one space between words, one line per block."""
    if not markup:
        return ""
    parser = _TextParser()
    parser.feed(markup.replace(LITERAL_NEWLINE, "\n"))
    parser.close()
    lines = (SPACES.sub(" ", line).strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
