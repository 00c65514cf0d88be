"""The `facet` command: ingest a catalog, ask a question, serve the web chat, build the demo,
check the index against a catalog, rebuild the index without downtime."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the modules below are imported where used: `facet --help` and a mistyped flag need none
    from assistant.assistant import Assistant
    from assistant.config import Settings
    from retrieval.rows import RowError


def user_errors() -> tuple[type[Exception], ...]:
    """The errors told to the user in one line (exit EXIT_ERROR), not as a traceback."""
    from pydantic import ValidationError

    from assistant.assistant import InputError
    from perception.errors import PerceptionError
    from retrieval.catalog import CatalogError
    from retrieval.lexicon import LexiconError
    from retrieval.reindex import ReindexError
    from retrieval.store import IndexChangedError

    return (PerceptionError, CatalogError, InputError, ValidationError, FileNotFoundError, IndexChangedError, LexiconError,
            ReindexError)  # fmt: skip


def __getattr__(name: str):
    if name == "USER_ERRORS":  # the name this tuple had when it was built at import
        return user_errors()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


EXIT_ERROR = 1  # a file that is not a catalog, a catalog whose every row is rejected, any other user error
EXIT_DRIFT = 3  # `facet check`: the index differs from the catalog
LINES_SHOWN = 5  # rejected rows (and photo warnings) printed one by one; the rest are counted


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facet", description="Facet, a conversational jewelry shopping assistant.")
    parser.add_argument("--data-dir", type=Path, help="where the index and the demo catalog live")
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE",
        help="override any setting, e.g. --set fusion.text_weight=0.5 --set image_encoder.backend=open_clip",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser(
        "ingest", help="add or update a catalog in the index: .jsonl, .csv or .xlsx, Facet's columns, a Shopify, WooCommerce, Squarespace, Wix, BigCommerce, Magento, Tilda, Tiendanube / Nuvemshop, Jumpseller, PrestaShop, Shoptet, Shopware, Ecwid, Square, Lightspeed X-Series, Webflow, Odoo, InSales, OpenCart (CSV Price Pro), CS-Cart or Prom.ua / Satu.kz export (.csv, or any of these as .xlsx), nopCommerce's Export to Excel (.xlsx), an Amazon inventory file (the jewelry flat file .txt or template .xlsx/.xlsm), Etsy's listings download, a Google product feed (.xml, .tsv, .txt), or a YML feed (.xml, .yml: Prom.ua, Rozetka, OpenCart, 1C)"
    )
    ingest.add_argument(
        "catalog", type=Path,
        help="the catalog file; for PrestaShop, its products CSV (the combinations CSV beside it is read with it) or the folder holding both; for Shopware, its product export or the folder holding it with its properties and category exports",
    )  # fmt: skip
    add_reading_arguments(ingest)
    ingest.add_argument("--sync", action="store_true", help="also remove indexed items missing from this catalog")
    ingest.add_argument(
        "--force", action="store_true", help="with --sync: remove them even though some rows were rejected (else nothing is removed)"
    )
    ingest.add_argument(
        "--corrections", type=Path,
        help="a CSV of corrections (id, field, value; or the review file with correct_value filled in), kept for every later ingest",
    )  # fmt: skip

    ask = commands.add_parser("ask", help="one turn: words, a photo and/or a recording")
    ask.add_argument("text", nargs="?", default="")
    ask.add_argument("--image", type=Path)
    ask.add_argument("--audio", type=Path)
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--top-k", type=int)
    ask.add_argument("--session", type=Path, help="a file that keeps the conversation between calls")

    serve = commands.add_parser("serve", help="start the web chat (builds the demo catalog on first run)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)

    demo = commands.add_parser("demo", help="build the demo catalog and index it")
    demo.add_argument("--force", action="store_true", help="replace a shop's catalog in the index with the demo")

    check = commands.add_parser("check", help=f"report drift between a catalog and the index (exit {EXIT_DRIFT} on drift)")
    check.add_argument("catalog", type=Path)
    add_reading_arguments(check)

    reindex = commands.add_parser(
        "reindex", help="rebuild the index into a new generation, check it, and switch to it: a running facet serve keeps answering"
    )
    reindex.add_argument("catalog", type=Path, nargs="?", help="rebuild from this catalog file (default: from the items the index holds)")
    add_reading_arguments(reindex)
    reindex.add_argument("--keep-old", action="store_true", help="keep the replaced generation, for --rollback")
    reindex.add_argument("--rollback", action="store_true", help="switch back to the generation kept by --keep-old")
    reindex.add_argument("--force", action="store_true", help="rebuild from the file even though some rows were rejected (their items leave)")
    return parser


def add_reading_arguments(command: argparse.ArgumentParser) -> None:
    """How a catalog file is read: where its photos are, its columns, its currency."""
    command.add_argument("--images", type=Path, help="folder the catalog's image paths are relative to")
    command.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help='read a Facet field from a column of another name, e.g. --map title=Name --map price="Sale price"',
    )  # fmt: skip
    command.add_argument("--mapping", type=Path, help="a TOML file of FIELD = \"COLUMN\" lines (under [columns] or at the top)")
    command.add_argument("--currency", help="the currency of prices that name none, e.g. INR (default: FACET_CURRENCY, else USD)")
    command.add_argument(
        "--media-url", help="a Magento shop's https media URL its export's photo paths are fetched from, e.g. "
        "https://shop.example/media/catalog/product; an Odoo shop's https address its /web/image/ paths are joined with "
        "(default: images.media_url)",
    )  # fmt: skip


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides: dict = {}
    for assignment in args.set:
        key, sep, value = assignment.partition("=")
        if not sep:
            raise SystemExit(f"facet: error: --set takes KEY=VALUE, got {assignment!r}")
        *parents, leaf = key.split(".")
        target = overrides
        for parent in parents:
            target = target.setdefault(parent, {})
        target[leaf] = value
    if args.data_dir:
        overrides["data_dir"] = args.data_dir
    if getattr(args, "currency", None):
        overrides["currency"] = args.currency.upper()
    if getattr(args, "media_url", None):
        overrides.setdefault("images", {})["media_url"] = args.media_url
    if getattr(args, "host", None):
        overrides.setdefault("server", {})["host"] = args.host
    if getattr(args, "port", None):
        overrides.setdefault("server", {})["port"] = args.port
    return _merged_settings(overrides)


def _merged_settings(overrides: dict) -> Settings:
    """Environment first, then CLI flags on top, section by section."""
    from assistant.config import Settings
    from retrieval.config import deep_merge

    return Settings.model_validate(deep_merge(Settings().model_dump(), overrides))


def run_ingest(assistant: Assistant, args: argparse.Namespace) -> int:
    from retrieval.catalog import NoValidRowsError
    from retrieval.formats import load_mapping

    mapping = load_mapping(args.map, args.mapping)
    try:
        report, errors = assistant.ingest(
            args.catalog, args.images, sync=args.sync, force=args.force, mapping=mapping, corrections=args.corrections
        )
    except NoValidRowsError as error:
        print_row_errors(args.catalog, error.errors)
        raise
    print_row_errors(args.catalog, errors)
    print_capped([f"warning: {warning}" for warning in report.warnings], "more warnings")
    for note in report.notes:
        print(f"facet: {note}", file=sys.stderr)
    if report.sync_skipped:
        print(
            f"facet: --sync removed nothing because {len(errors)} row{'s were' if len(errors) > 1 else ' was'} rejected: "
            "fix them, or add --force to remove the indexed items missing from the file anyway",
            file=sys.stderr,
        )
    print(report.summary())
    if report.show_import_report:
        print(f"import report: {report.import_report}")
        if report.to_review:
            threshold = assistant.settings.extraction.review_below_confidence
            print(
                f"to review: {report.to_review} fact{'s' if report.to_review != 1 else ''} read less surely than {threshold:g} "
                f"in {report.review_file} (fill in correct_value, then ingest again with --corrections {report.review_file})"
            )
    return 0


def print_row_errors(catalog: Path, errors: list[RowError]) -> None:
    """Each rejected row as FILE:line N: reason (a row of a PrestaShop combinations file names that file)."""
    print_capped([f"{_row_file(catalog, error)}:{error}" for error in errors], "more rejected rows", prefix=f"{catalog}: ")


def _row_file(catalog: Path, error: RowError) -> Path:
    if error.file:
        return (catalog if catalog.is_dir() else catalog.parent) / error.file
    return catalog


def print_capped(lines: list[str], more: str, prefix: str = "") -> None:
    """The first LINES_SHOWN lines on stderr, then how many more there are."""
    for line in lines[:LINES_SHOWN]:
        print(line, file=sys.stderr)
    if len(lines) > LINES_SHOWN:
        print(f"{prefix}... and {len(lines) - LINES_SHOWN} {more}", file=sys.stderr)


def run_ask(assistant: Assistant, args: argparse.Namespace) -> int:
    from assistant.conversation import Session

    assistant.ensure_demo_catalog()
    session = Session.load(args.session) if args.session else Session()
    turn = dict(text=args.text, image=args.image, audio=args.audio, session=session, top_k=args.top_k)
    if args.json:
        reply = assistant.turn(**turn)
        payload = reply.to_json()
        if args.session:
            payload |= {"constraint_labels": reply.constraint_labels, "on_screen": reply.on_screen, "intent": reply.intent}
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print_streamed(assistant.turn_stream(**turn), cards=assistant.writer is not None)
    if args.session:
        session.save(args.session)
    return 0


def print_streamed(events, cards: bool) -> None:
    """Cards first (when a model writes the prose; the template answer lists the items itself),
    then the answer as it is written."""
    streamed = False
    for event in events:
        reply = event.reply
        if event.kind == "results" and cards and reply.results and reply.intent == "search":
            print("\n".join(item_card(n, r) for n, r in enumerate(reply.results, 1)), end="\n\n", flush=True)
        elif event.kind == "token":
            print(event.text, end="", flush=True)
            streamed = True
        elif event.kind == "restart":
            print("\n(let me put that differently)", flush=True)
        elif event.kind == "done":
            print("" if streamed and reply.answer_source != "template" else reply.answer)


def item_card(rank: int, result) -> str:
    from assistant.answer import format_price

    stock = "" if result.in_stock else ", out of stock"
    return f"[{rank}] {result.title} — {format_price(result.price, result.currency)} ({result.metal}{stock})"


def run_serve(assistant: Assistant, args: argparse.Namespace) -> int:
    from ui.page import serve

    assistant.ensure_demo_catalog()
    serve(assistant)
    return 0


def run_demo(assistant: Assistant, args: argparse.Namespace) -> int:
    print(assistant.build_demo_catalog(force=args.force).summary())
    return 0


def run_check(assistant: Assistant, args: argparse.Namespace) -> int:
    from retrieval.catalog import NoValidRowsError
    from retrieval.formats import load_mapping
    from retrieval.images import photo_warnings

    mapping = load_mapping(args.map, args.mapping)
    try:
        read = assistant.catalog_importer().read(args.catalog, args.images, mapping, download=False)
    except NoValidRowsError as error:
        print_row_errors(args.catalog, error.errors)
        raise
    loaded = read.loaded
    print_row_errors(args.catalog, loaded.errors)
    warnings = photo_warnings({**loaded.photo_refusals, **read.photo_problems}, loaded.lines)
    print_capped([f"warning: {warning}" for warning in warnings], "more warnings")
    report = assistant.index.check(read.items)
    print(report.summary())
    return EXIT_DRIFT if report.drifted else 0


def run_reindex(assistant: Assistant, args: argparse.Namespace) -> int:
    from retrieval.catalog import NoValidRowsError
    from retrieval.formats import load_mapping
    from retrieval.reindex import RejectedRowsError

    if args.rollback:
        if args.catalog:
            raise SystemExit("facet: error: --rollback takes no catalog: it switches back to the generation kept by --keep-old")
        print(assistant.rollback(keep_old=args.keep_old).summary())
        return 0
    mapping = load_mapping(args.map, args.mapping)
    try:
        report, errors = assistant.reindex(args.catalog, args.images, mapping, keep_old=args.keep_old, force=args.force)
    except (NoValidRowsError, RejectedRowsError) as error:
        print_row_errors(args.catalog, error.errors)
        raise
    if args.catalog:
        print_row_errors(args.catalog, errors)
    print(report.summary())
    return 0


COMMANDS = {"ingest": run_ingest, "ask": run_ask, "serve": run_serve, "demo": run_demo, "check": run_check, "reindex": run_reindex}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from assistant.assistant import Assistant

    try:
        settings = settings_from_args(args)
        assistant = Assistant.from_settings(settings)
        return COMMANDS[args.command](assistant, args)
    except user_errors() as error:
        print(f"facet: error: {_one_line(error)}", file=sys.stderr)
        return EXIT_ERROR


def _one_line(error: Exception) -> str:
    from pydantic import ValidationError

    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"invalid setting {'.'.join(map(str, first['loc']))}: {first['msg']}"
    return " ".join(str(error).split())


if __name__ == "__main__":
    sys.exit(main())
