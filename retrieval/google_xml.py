"""A Google Merchant Center XML feed's items, read safely, as records of their attributes.

Google takes RSS 2.0 (`<rss><channel><item>`) and Atom 1.0 (`<feed><entry>`) feeds whose product
attributes are elements in the `g:` namespace (http://base.google.com/ns/1.0); RSS's own `title`,
`link` and `description` (Atom's `title`, `link href=` and `summary` / `content`) stand for Google's
when the `g:` one is not given. An item becomes {attribute key (rows.column_key: "image link"):
[each value]}: a repeated element (`additional_image_link`, `product_type`) keeps every value, an
element with children (`product_detail`, `shipping`) is a {child key: text} dict.

Safety: the file is parsed by expat in chunks, never resolving anything: a DOCTYPE (the door to
entity expansion, "billion laughs", and external entities) refuses the file whole; an entity the
XML does not define (`&nbsp;` from an HTML description) is read as the HTML character it names, else
dropped. An item past `max_row_bytes` of text is a row error. An item that is not well-formed XML is
a row error at its line and the parse goes on after its end tag; a file that is not XML, or XML
whose root is not a feed, is refused with a one-line reason.
"""

from __future__ import annotations

import html.entities
import xml.parsers.expat as expat
from pathlib import Path
from typing import BinaryIO, Iterator

from retrieval.rows import CatalogError, RowError, column_key

GOOGLE_NAMESPACE = "http://base.google.com/ns/1.0"
GOOGLE_NAMESPACE_PATH = "base.google.com/ns/1.0"  # also written with https:// or a trailing "/"
ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"
NAMESPACE_SEPARATOR = " "
ITEM_ELEMENTS = {"item", f"{ATOM_NAMESPACE} entry", "entry"}  # RSS's item, Atom's entry
ROOT_ELEMENTS = {"rss", f"{ATOM_NAMESPACE} feed", "feed"}
ITEM_ENDS = (b"</item>", b"</entry>")  # where a broken item's parse resumes (a prefixed end tag: "</atom:entry>" too)
# Atom's names for an item's description; its own <id> (a URI naming the entry) is not Google's product id
ATOM_TEXT = {"summary": "description", "content": "description", "id": "atom id"}
CHUNK_BYTES = 65_536
SNIFF_CHARS = 1_024

Record = dict[str, list]  # attribute key -> values (str, or {child key: text} for an element with children)


class _Refused(Exception):
    """A construct the reader never follows (a DOCTYPE, an entity declaration)."""


def looks_like_xml(path: Path) -> bool:
    """Whether the file's first characters open an XML document ("<?xml", "<rss", "<feed", a comment)."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_CHARS).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def feed_records(path: Path, max_row_bytes: int) -> Iterator[tuple[int, Record | RowError]]:
    """Each item of the feed at the line its element starts on; a CatalogError for a file that is not
    a Google product feed (not XML, a DOCTYPE, another root, no item)."""
    with path.open("rb") as handle:
        reader = _FeedReader(path.name, handle, max_row_bytes)
        yield from reader.items()


class _FeedReader:
    """An expat parse of one feed, restarted after an item that is not well-formed."""

    def __init__(self, name: str, handle: BinaryIO, max_row_bytes: int):
        self.name, self.handle, self.max_row_bytes = name, handle, max_row_bytes
        self.found: list[tuple[int, Record | RowError]] = []
        self.namespaces: dict[str, str] = {}  # the root's declarations, repeated when a parse restarts
        self.root_seen = False
        self.items_seen = 0
        self.google_declared = False  # the feed declares Google's namespace (a blog's RSS does not)
        self.encoding: str | None = None  # as the XML declaration names it, for a parse restarted mid-file

    def items(self) -> Iterator[tuple[int, Record | RowError]]:
        start, line_offset, wrapper = 0, 0, b""
        while True:
            state = _ItemState(self, line_offset)
            error_at = self._parse(state, start, wrapper)
            yield from self.found
            self.found = []
            if error_at is None:
                break
            start, line_offset, wrapper = error_at
        if not self.items_seen:
            raise CatalogError(f"{self.name} is XML but no Google product feed: it has no <item> (RSS) or <entry> (Atom) element")

    def _parse(self, state: "_ItemState", start: int, wrapper: bytes) -> tuple[int, int, bytes] | None:
        """Parse from byte `start` (after `wrapper`, which reopens the root); where to restart after
        an item that is not well-formed, else None."""
        parser = state.parser
        self.handle.seek(start)
        try:
            if wrapper:
                parser.Parse(wrapper, False)
            while chunk := self.handle.read(CHUNK_BYTES):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
            return None
        except _Refused as refusal:
            raise CatalogError(f"{self.name}: {refusal}") from None
        except expat.ExpatError as error:
            line = state.line_offset + error.lineno
            reason = f"not well-formed XML ({expat.ErrorString(error.code)}, line {line})"
            if not self.root_seen:
                raise CatalogError(f"{self.name} is not a well-formed XML feed ({expat.ErrorString(error.code)}, line {line})") from None
            if state.item_line is None:
                if self.items_seen:  # after the last item: what was read stands
                    self.found.append((line, RowError(line, f"the feed after its items is {reason}")))
                    return None
                raise CatalogError(f"{self.name} is not a well-formed XML feed ({expat.ErrorString(error.code)}, line {line})") from None
            self.found.append((state.item_line, RowError(state.item_line, f"the item is {reason}")))
            self.items_seen += 1
            return self._restart(start - len(wrapper) + parser.ErrorByteIndex, line)

    def _restart(self, error_byte: int, error_line: int) -> tuple[int, int, bytes] | None:
        """Where to go on after a broken item: (the byte after its end tag, the lines before that byte,
        the root reopened with its namespaces); None when no item ends after it."""
        self.handle.seek(error_byte)
        window, window_start, window_line = b"", error_byte, error_line
        while chunk := self.handle.read(CHUNK_BYTES):
            window += chunk
            found = [(window.find(end), end) for end in ITEM_ENDS if end in window]
            if found:
                index, end = min(found)
                after = index + len(end)
                declarations = " ".join(f'xmlns:{prefix}="{uri}"' if prefix else f'xmlns="{uri}"' for prefix, uri in self.namespaces.items())
                return window_start + after, window_line - 1 + window[:after].count(b"\n"), f"<rss {declarations}><channel>".encode()
            kept = max(len(end) for end in ITEM_ENDS)  # an end tag split between two chunks
            window_line += window[:-kept].count(b"\n")
            window_start += len(window[:-kept])
            window = window[-kept:]
        return None


class _ItemState:
    """One expat parser's walk through the items."""

    def __init__(self, reader: _FeedReader, line_offset: int):
        self.reader, self.line_offset = reader, line_offset
        self.parser = expat.ParserCreate(reader.encoding, namespace_separator=NAMESPACE_SEPARATOR)
        self.parser.XmlDeclHandler = self._declaration
        self.parser.UseForeignDTD(True)  # an entity it does not define is skipped (below), never an error or a fetch
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._entity
        self.parser.ExternalEntityRefHandler = lambda *_: 1  # the foreign DTD: nothing is read
        self.parser.SkippedEntityHandler = self._skipped
        self.parser.StartNamespaceDeclHandler = self._namespace
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self.depth = 0  # below the item element
        self.item_line: int | None = None
        self.record: Record = {}
        self.size = 0
        self.too_long = False
        self.child: tuple[str, dict[str, str], list[str]] | None = None  # the item's child being read
        self.grandchild: list[str] | None = None

    def _declaration(self, version, encoding, standalone):
        self.reader.encoding = self.reader.encoding or encoding

    def _doctype(self, *_):
        raise _Refused("a DOCTYPE is refused: a product feed needs none, and its entities are where XML attacks live")

    def _entity(self, *_):
        raise _Refused("an entity declaration is refused")

    def _namespace(self, prefix, uri):
        if not self.reader.root_seen:
            self.reader.namespaces[prefix or ""] = uri
        self.reader.google_declared |= _is_google(uri)

    def _skipped(self, name, is_parameter):
        character = html.entities.html5.get(f"{name};", "")
        self._text(character)

    def _start(self, name, attributes):
        if not self.reader.root_seen:
            if name not in ROOT_ELEMENTS:
                raise CatalogError(f"{self.reader.name} is XML but not a Google product feed: its root is <{_local(name)}>, not <rss> or <feed>")
            self.reader.root_seen = True
            return
        if name in ITEM_ELEMENTS and self.item_line is not None:  # the item before was never closed
            self.reader.found.append((self.item_line, RowError(self.item_line, f"the item is not closed before the next one starts (line {self.line_offset + self.parser.CurrentLineNumber})")))
            self.reader.items_seen += 1
            self.item_line = None
        if self.item_line is None:
            if name in ITEM_ELEMENTS:
                self.item_line = self.line_offset + self.parser.CurrentLineNumber
                self.record, self.size, self.too_long, self.depth, self.child = {}, 0, False, 0, None
            return
        self.depth += 1
        if self.depth == 1:
            self.child = (_key(name), {}, [])
            if _key(name) == "link" and attributes.get("href"):  # Atom's <link href="..."/>
                self.child[2].append(attributes["href"])
        elif self.depth == 2:
            self.grandchild = []

    def _end(self, name):
        if self.item_line is None:
            return
        if self.depth == 0:
            self._item_done()
            return
        if self.depth == 2 and self.child is not None and self.grandchild is not None:
            self.child[1][_key(name)] = "".join(self.grandchild).strip()
            self.grandchild = None
        elif self.depth == 1 and self.child is not None:
            key, children, text = self.child
            value = children or "".join(text).strip()
            if value:
                self.record.setdefault(key, []).append(value)
            self.child = None
        self.depth -= 1

    def _text(self, text):
        if self.item_line is None:
            return
        self.size += len(text.encode("utf-8", "surrogatepass"))
        if self.size > self.reader.max_row_bytes:
            self.too_long = True
            return
        if self.depth == 2 and self.grandchild is not None:
            self.grandchild.append(text)
        elif self.depth == 1 and self.child is not None:
            self.child[2].append(text)

    def _item_done(self):
        line = self.item_line
        if not self.reader.items_seen and not self.reader.google_declared and "price" not in self.record:
            raise CatalogError(f"{self.reader.name} is an RSS or Atom feed but not a Google product feed: it declares no g: namespace ({GOOGLE_NAMESPACE}) and its first item has no price")
        self.reader.items_seen += 1
        if self.too_long:
            self.reader.found.append((line, RowError(line, f"the item is longer than {self.reader.max_row_bytes:,} bytes")))
        else:
            self.reader.found.append((line, self.record))
        self.item_line, self.record, self.child = None, {}, None


def _local(name: str) -> str:
    return name.rpartition(NAMESPACE_SEPARATOR)[2]


def _key(name: str) -> str:
    """An element's attribute key: "http://base.google.com/ns/1.0 image_link" -> "image link"; an
    element of another namespace keeps it, so a shop's own `<c:price>` is not Google's price."""
    namespace, _, local = name.rpartition(NAMESPACE_SEPARATOR)
    key = column_key(local)
    if not namespace or _is_google(namespace):
        return key
    if namespace == ATOM_NAMESPACE:
        return ATOM_TEXT.get(key, key)
    return f"{namespace} {key}"


def _is_google(uri: str) -> bool:
    return uri.lower().rstrip("/").removeprefix("https://").removeprefix("http://") == GOOGLE_NAMESPACE_PATH
