"""`facet ingest` of a shop's own export, end to end through the CLI in another process with
stand-in encoders (tests/standin_facet.py): a Shopify export whose photos are URLs on a local
server, drafts skipped, the photo reading what the words leave open, the import report and the
review file, corrections that win and stay, the currency warning, unusable photos, a WooCommerce
export, and `facet check` agreeing with the ingest."""

import csv
import functools
import json
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from standin_facet import messages, run

pytestmark = pytest.mark.e2e
SETTINGS = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
COLORS = {"yellow": (226, 184, 64), "rose": (214, 140, 118), "white": (205, 207, 212)}
HEADER = ("Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,"
          "Variant Inventory Qty,Variant Price,Image Src,Image Position,Status\n")  # fmt: skip
PER_METAL = 8  # extraction.photo_min_examples_per_value: fewer worded pieces teach the photo nothing


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def photo_server(tmp_path):
    folder = tmp_path / "cdn"
    folder.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def shot(path: Path, color: str, ring: bool, number: int) -> None:
    """A plain product shot: a ring (an ellipse) or earrings (two squares) in the metal's colour."""
    picture = Image.new("RGB", (64, 64), (245, 244, 240))
    draw = ImageDraw.Draw(picture)
    tone = tuple(max(0, c - number % 5) for c in COLORS[color])
    if ring:
        draw.ellipse([12, 12, 52, 52], outline=tone, width=9)
    else:
        draw.rectangle([8, 20, 26, 44], fill=tone)
        draw.rectangle([38, 20, 56, 44], fill=tone)
    picture.save(path)


def write_export(folder: Path, base_url: str, price: str = "{}") -> Path:
    """24 products whose titles say their metal, one "18k Gold Ring" whose colour only its photo
    shows, a ring with an extra photo row and two sizes, a draft, an unreachable and an escaping photo."""
    rows = []
    for number in range(3 * PER_METAL):
        color = list(COLORS)[number // PER_METAL]
        ring = number % 2 == 0
        shot(folder / f"p{number}.png", color, ring, number)
        metal = {"yellow": "14k Yellow Gold", "rose": "14k Rose Gold", "white": "Platinum"}[color]
        kind = "Ring" if ring else "Earrings"
        rows.append(f"p{number},{metal} {kind} {number},<p>Polished {metal.lower()}.</p>,Acme,{kind}s,,TRUE,Title,Default Title,"
                    f"S{number},shopify,2,{price.format(100 + number)},{base_url}p{number}.png?v=1,1,active\n")  # fmt: skip
    shot(folder / "silent.png", "rose", True, 0)
    shot(folder / "silent-side.png", "rose", True, 1)
    rows.append(f"silent,18k Gold Ring,<p>Hand finished.</p>,Acme,Rings,,TRUE,Ring Size,6,SIL-6,shopify,1,{price.format(300)},{base_url}silent.png?v=2,1,active\n")
    rows.append(f"silent,,,,,,,,7,SIL-7,shopify,0,{price.format(320)},,,\n")
    rows.append(f"silent,,,,,,,,,,,,,{base_url}silent-side.png?v=3,2,\n")
    rows.append(f"draft,Draft Ring,,Acme,Rings,,TRUE,Title,Default Title,D1,,,{price.format(50)},,,draft\n")
    rows.append(f"gone,Gone Platinum Ring,,Acme,Rings,,TRUE,Title,Default Title,G1,,,{price.format(60)},{base_url}missing.png,1,active\n")
    rows.append(f"sneaky,Sneaky Platinum Ring,,Acme,Rings,,TRUE,Title,Default Title,K1,,,{price.format(70)},../outside.png,1,active\n")
    export = folder.parent / "products_export.csv"
    export.write_text(HEADER + "".join(rows), encoding="utf-8")
    return export


def facet(data_dir, *args):
    return run(data_dir, *args, settings=SETTINGS)


def report_rows(path: str) -> dict[tuple[str, str], dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return {(row["id"], row["field"] or row["status"]): row for row in csv.DictReader(handle)}


def stdout_value(stdout: str, label: str) -> str:
    return next(line.split(": ", 1)[1].split(" (")[0] for line in stdout.splitlines() if line.startswith(label))


def test_a_shopify_export_end_to_end(tmp_path, photo_server):
    folder, base_url = photo_server
    export = write_export(folder, base_url)
    data = tmp_path / "data"
    result = facet(data, "ingest", export)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "read 28 / ingested 27 / updated 0 / unchanged 0 / rejected 0 / removed 0 / skipped 1 (not for sale)"
    warnings = messages(result.stderr)
    assert any("(gone): image" in line and "HTTP 404" in line and "indexed by its text only" in line for line in warnings)
    assert any("(sneaky): image path escapes the catalog's folder (../outside.png)" in line for line in warnings)

    report = report_rows(stdout_value(result.stdout, "import report"))
    assert report[("silent", "metal")]["value"] == "rose gold"  # the words said "18k gold"; the photo, rose
    assert report[("silent", "metal_color")]["source"] == "photo" and report[("silent", "karat")]["value"] == "18"
    assert report[("p3", "metal")]["status"] == "inferred" and report[("p3", "metal")]["source"] == "title"
    assert report[("draft", "skipped")]["evidence"] == "draft"

    check = facet(data, "check", export)
    assert check.returncode == 0 and check.stdout.rstrip().endswith("no drift"), check.stdout
    again = facet(data, "ingest", export)
    assert again.stdout.splitlines()[0].startswith("read 28 / ingested 0 / updated 0 / unchanged 27")  # nothing written twice


def test_corrections_win_and_survive_re_ingest(tmp_path, photo_server):
    folder, base_url = photo_server
    export = write_export(folder, base_url)
    data = tmp_path / "data"
    first = facet(data, "ingest", export)
    review = Path(stdout_value(first.stdout, "import report")).with_name("review.csv")
    with review.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fixes = tmp_path / "fixes.csv"
    with fixes.open("w", encoding="utf-8", newline="") as handle:  # the review file, one row filled in
        writer = csv.DictWriter(handle, list(rows[0]) if rows else ["id", "field", "value", "correct_value"])
        writer.writeheader()
        writer.writerows(rows)
        writer.writerow({"id": "silent", "field": "metal", "correct_value": "White Gold"})
        writer.writerow({"id": "p0", "field": "gemstone", "correct_value": "Ruby"})
    corrected = facet(data, "ingest", export, "--corrections", fixes)
    assert corrected.returncode == 0, corrected.stderr
    assert "facet: 2 corrections taken from fixes.csv" in messages(corrected.stderr)
    report = report_rows(stdout_value(corrected.stdout, "import report"))
    assert (report[("silent", "metal")]["value"], report[("silent", "metal")]["status"]) == ("white gold", "corrected")
    assert report[("p0", "gemstone")]["value"] == "ruby"
    later = facet(data, "ingest", export)  # no --corrections: they were kept
    report = report_rows(stdout_value(later.stdout, "import report"))
    assert report[("silent", "metal")]["value"] == "white gold" and report[("p0", "gemstone")]["status"] == "corrected"


def test_prices_in_rupees_under_the_default_dollar_setting_are_named(tmp_path, photo_server):
    folder, base_url = photo_server
    export = write_export(folder, base_url, price='"{},000"')  # "1,00,000"-like: thousands of rupees
    result = facet(tmp_path / "data", "ingest", export)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in messages(result.stderr) if line.startswith("facet: the prices look like ")]
    assert warnings and "INR" in warnings[0].split(", not USD")[0].split() and "--currency" in warnings[0]
    quiet = facet(tmp_path / "data-inr", "ingest", export, "--currency", "INR")
    assert not any("look like" in line for line in messages(quiet.stderr))


def test_a_woocommerce_export_and_a_file_of_rejects(tmp_path, photo_server):
    folder, base_url = photo_server
    shot(folder / "ring.png", "yellow", True, 0)
    export = tmp_path / "wc-product-export-1-1-2024.csv"
    export.write_bytes(
        b"\xef\xbb\xbfID,Type,SKU,Name,Published,Short description,In stock?,Stock,Sale price,Regular price,Categories,Images,Parent,"
        b"Attribute 1 name,Attribute 1 value(s)\n"
        + f'10,variable,STK,Stacking Ring,1,9ct gold\\nslim,1,,,,Jewellery > Rings,{base_url}ring.png,,Ring size,"J, L"\n'.encode()
        + b"11,variation,STK-J,Stacking Ring - J,1,,1,2,99,120,,,id:10,Ring size,J\n"
        + b"12,variation,STK-L,Stacking Ring - L,1,,0,0,,125,,,id:10,Ring size,L\n"
        + b"13,simple,DRF,Draft Brooch,-1,,1,1,,50,Jewellery > Brooches,,,,\n"
    )
    result = facet(tmp_path / "data", "ingest", export, "--currency", "GBP")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 2 / ingested 1 / updated 0 / unchanged 0 / rejected 0 / removed 0 / skipped 1 (not for sale)"
    report = report_rows(stdout_value(result.stdout, "import report"))
    assert report[("STK", "category")]["value"] == "ring" and report[("STK", "karat")]["value"] == "9"

    broken = tmp_path / "broken.csv"
    broken.write_text(HEADER + "".join(f"b{n},Ring {n},,,Rings,,TRUE,Title,Default Title,B{n},,,free,,,active\n" for n in range(7)))
    failed = facet(tmp_path / "data", "ingest", broken)
    assert failed.returncode == 1 and failed.stdout == ""
    assert messages(failed.stderr)[-1].startswith("facet: error: every row of broken.csv was rejected (7 rows; the first: line 2:")


def test_an_arabic_admins_woocommerce_export_in_egyptian_pounds(tmp_path, photo_server):
    """The header as WooCommerce's Arabic pack writes it; prices in Arabic-Indic digits; a draft and a
    bracelet priced in words ("call us"), which is rejected on its own line."""
    folder, base_url = photo_server
    shot(folder / "ring.png", "yellow", True, 0)
    export = tmp_path / "wc-product-export-5-12-2026.csv"
    export.write_bytes(
        "\ufeffالمعرف,النوع,رمز المنتج (SKU),الاسم,تم النشر,وصف قصير,متوفر؟,المخزون,سعر التخفيض,السعر الافتراضي,التصنيفات,الصور,"
        "الأب,اسم السمة 1,قيمة/قيم السمة 1\n".encode()
        + f'10,variable,RNG,خاتم ذهب,1,21k yellow gold,1,,,,مجوهرات > خواتم,{base_url}ring.png,,المقاس,"16, 18"\n'.encode()
        + "11,variation,RNG-16,خاتم ذهب - 16,1,,1,٢,٤٢٬٥٠٠,٤٥٬٠٠٠,,,id:10,المقاس,16\n".encode()
        + "12,variation,RNG-18,خاتم ذهب - 18,1,,0,0,,٤٧٬٥٠٠,,,id:10,المقاس,18\n".encode()
        + "13,simple,DRF,أقراط,-1,,1,1,,900,مجوهرات > أقراط,,,,\n".encode()
        + "14,simple,BAD,سوار,1,,1,1,,اتصل بنا,مجوهرات > أساور,,,,\n".encode()
    )
    result = facet(tmp_path / "data", "ingest", export, "--currency", "EGP")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 3 / ingested 1 / updated 0 / unchanged 0 / rejected 1 / removed 0 / skipped 1 (not for sale)"
    report = report_rows(stdout_value(result.stdout, "import report"))
    assert report[("RNG", "karat")]["value"] == "21" and not any("look like" in line for line in messages(result.stderr))


def test_an_unreachable_photo_host_leaves_the_piece_found_by_its_words(tmp_path, photo_server):
    folder, base_url = photo_server
    shot(folder / "ring.png", "yellow", True, 0)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    export = tmp_path / "products_export.csv"
    export.write_text(
        HEADER
        + f"ring,14k Yellow Gold Ring,,Acme,Rings,,TRUE,Title,Default Title,R1,shopify,1,120,{base_url}ring.png,1,active\n"
        + f"away,Emerald Platinum Brooch,,Acme,Brooches,,TRUE,Title,Default Title,A1,shopify,1,480,http://127.0.0.1:{closed}/b.png,1,active\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    result = facet(data, "ingest", export)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("read 2 / ingested 2 /")
    assert any("(away): image" in line and "indexed by its text only" in line for line in messages(result.stderr))
    answer = json.loads(facet(data, "ask", "emerald brooch", "--json").stdout)
    assert [result["id"] for result in answer["results"]] == ["away"]
