"""Item photos at ingest (retrieval/images.py, retrieval/fetch.py): references that must not be
followed, safe decoding (pixel cap before decoding, decompression bombs), the normalised copies
and their cache, and downloads from a local HTTP server (deadline, byte cap, content type,
private addresses, redirects, concurrency)."""

import io
import json
import os
import struct
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest
from PIL import Image

import retrieval.images as images_module
from retrieval.catalog import Item, load_catalog
from retrieval.config import ImagesConfig
from retrieval.fetch import non_public_kind
from retrieval.images import PhotoError, PhotoStore, normalised_picture

ROW = {"id": "R1", "title": "Gold Ring", "category": "ring", "metal": "yellow gold", "price": 100}
BOMB_SIDE = 20_000


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def bomb_png(side: int = BOMB_SIDE) -> bytes:
    """A real decompression bomb: a valid side x side 8-bit greyscale PNG of zeros, a few hundred KB."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    squeeze, row, parts = zlib.compressobj(9), b"\x00" * (side + 1), []
    for _ in range(side):
        parts.append(squeeze.compress(row))
    parts.append(squeeze.flush())
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def bomb():
    return bomb_png()


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    return path


# --- references the loader will not follow ------------------------------------------------------


def test_image_paths_that_escape_the_catalog_folder_are_row_warnings(tmp_path):
    shop, outside = tmp_path / "shop", tmp_path / "outside"
    shop.mkdir()
    outside.mkdir()
    Image.new("RGB", (32, 32), "red").save(outside / "secret.png")
    Image.new("RGB", (32, 32), "blue").save(shop / "good.png")
    (shop / "leak.png").symlink_to(outside / "secret.png")
    (shop / "alias.png").symlink_to(shop / "good.png")
    (shop / "folder.png").mkdir()
    references = ["../outside/secret.png", str(outside / "secret.png"), "leak.png", "/etc/passwd", "../../../../etc/passwd",
                  "alias.png", str(shop / "good.png"), "folder.png"]  # fmt: skip
    rows = [{**ROW, "id": f"R{n}", "image": reference} for n, reference in enumerate(references)]
    result = load_catalog(write_jsonl(shop / "catalog.jsonl", rows))
    assert [item.id for item in result.items] == [f"R{n}" for n in range(len(references))]  # every item kept
    images = {item.id: item.image for item in result.items}
    for n in (0, 1, 2, 3, 4):
        assert images[f"R{n}"] == "" and result.photo_refusals[f"R{n}"].startswith("image path escapes the catalog's folder (")
    assert images["R5"] == images["R6"] == str((shop / "good.png").resolve())
    assert images["R7"] == "" and result.photo_refusals["R7"] == "image path is not a regular file (folder.png)"
    assert set(result.photo_refusals) == {"R0", "R1", "R2", "R3", "R4", "R7"} and result.lines["R3"] == 4


def test_the_images_folder_bounds_paths_when_given(tmp_path):
    (tmp_path / "photos").mkdir()
    Image.new("RGB", (32, 32), "blue").save(tmp_path / "beside.png")
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", [{**ROW, "image": "../beside.png"}]), images_dir=tmp_path / "photos")
    assert result.items[0].image == "" and "escapes the --images folder" in result.photo_refusals["R1"]


@pytest.mark.parametrize(
    "reference, scheme",
    [("file:///etc/passwd", "file"), ("ftp://example.com/ring.png", "ftp"), ("data:image/png;base64,iVBORw0KGgo=", "data"),
     ("javascript:alert(1)", "javascript"), ("gopher://example.com/1", "gopher")],
)  # fmt: skip
def test_only_http_and_https_urls_are_followed(tmp_path, reference, scheme):
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", [ROW, {**ROW, "id": "R2", "image": reference}]))
    assert [item.image for item in result.items] == ["", ""]
    assert result.photo_refusals == {"R2": f"image URL refused: only http:// and https:// photo URLs are fetched, not {scheme}:"}


def test_a_web_url_is_kept_for_the_ingest_to_fetch(tmp_path):
    rows = [{**ROW, "image": "https://cdn.example.com/r1.jpg"}, {**ROW, "id": "R2", "image": "http:///no-host.png"}]
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", rows))
    assert [item.image for item in result.items] == ["https://cdn.example.com/r1.jpg", ""]
    assert result.photo_refusals == {"R2": "image URL refused: the URL has no host"}


# --- decoding ---------------------------------------------------------------------------------


def test_a_decompression_bomb_is_refused_before_it_is_decoded(bomb):
    assert len(bomb) < 1_000_000
    with pytest.raises(PhotoError, match="^too many pixels to decode safely"):
        normalised_picture(bomb, ImagesConfig())
    # under PIL's own limit but over ours: refused from the header
    with pytest.raises(PhotoError, match=r"^9000x9000 is 81,000,000 pixels; the limit is 40,000,000 \(images.max_pixels\)$"):
        normalised_picture(bomb_png(9000), ImagesConfig())


@pytest.mark.parametrize(
    "data, message",
    [
        (b"not an image at all", "not an image in a format Facet reads"),
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "not an image in a format Facet reads"),
        (png_bytes(Image.new("RGB", (64, 64), "red"))[:60], "a damaged image file"),
        (png_bytes(Image.new("RGB", (8, 8), "red")), "8x8 pixels is too small"),
    ],
)
def test_what_is_not_a_usable_image_is_a_one_line_error(data, message):
    with pytest.raises(PhotoError, match=f"^{message}") as raised:
        normalised_picture(data, ImagesConfig())
    assert "\n" not in str(raised.value)


def test_the_copy_is_upright_rgb_on_white_and_capped_in_size():
    shot = Image.new("RGB", (40, 30), (10, 120, 200))
    same, kind = normalised_picture(png_bytes(shot), ImagesConfig())
    assert kind == "PNG" and np.array_equal(np.asarray(same), np.asarray(shot))  # a small RGB shot keeps its pixels

    clear = Image.new("RGBA", (2000, 1000), (255, 0, 0, 0))
    flat, _ = normalised_picture(png_bytes(clear), ImagesConfig(stored_max_side=500))
    assert flat.mode == "RGB" and flat.size == (500, 250) and flat.getpixel((10, 10)) == (255, 255, 255)

    turned = Image.new("RGB", (60, 20), "green")
    exif = turned.getexif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees
    out = io.BytesIO()
    turned.save(out, "JPEG", exif=exif)
    upright, kind = normalised_picture(out.getvalue(), ImagesConfig())
    assert kind == "JPEG" and upright.size == (20, 60)


# --- the photo store ----------------------------------------------------------------------------


def item(item_id: str, image: str) -> Item:
    return Item(id=item_id, title="Ring", category="ring", metal="platinum", price=10, currency="USD", image=image)


@pytest.fixture
def decodes(monkeypatch):
    """How many photos the store decodes."""
    count = []
    real = images_module.normalised_picture
    monkeypatch.setattr(images_module, "normalised_picture", lambda *args: count.append(1) or real(*args))
    return count


def test_photos_are_stored_once_and_reused(tmp_path, decodes, bomb):
    Image.new("RGB", (48, 48), "red").save(tmp_path / "a.png")
    (tmp_path / "bomb.png").write_bytes(bomb)
    store = PhotoStore(ImagesConfig(), tmp_path / "images")
    items = [item("A", str(tmp_path / "a.png")), item("A2", str(tmp_path / "a.png")), item("B", str(tmp_path / "bomb.png")),
             item("C", "")]  # fmt: skip
    localised, problems = store.localise(items)
    copy = localised[0].image
    assert copy.startswith(str(tmp_path / "images")) and copy.endswith(".png") and localised[1].image == copy
    assert localised[2].image == "" and localised[3].image == ""
    assert list(problems) == ["B"] and problems["B"].startswith("image bomb.png not used: too many pixels to decode safely")
    assert len(decodes) == 2  # one per distinct file

    again, problems = store.localise(items)  # a re-ingest: nothing decoded again
    assert [entry.image for entry in again] == [entry.image for entry in localised] and len(decodes) == 2
    assert problems["B"].endswith("(as at the last ingest)")
    checked, _ = store.localise(items, download=False)  # `facet check` agrees with the ingest
    assert [entry.image for entry in checked] == [entry.image for entry in localised]
    assert sorted(path.suffix for path in (tmp_path / "images").iterdir()) == [".failed", ".png"]  # no partial files left


def test_check_keeps_a_photo_not_yet_ingested_and_a_changed_photo_is_stored_anew(tmp_path):
    picture = tmp_path / "a.png"
    Image.new("RGB", (48, 48), "red").save(picture)
    store = PhotoStore(ImagesConfig(), tmp_path / "images")
    assert store.localise([item("A", str(picture))], download=False)[0][0].image == str(picture)
    first = store.localise([item("A", str(picture))])[0][0].image
    Image.new("RGB", (48, 48), "blue").save(picture)
    second = store.localise([item("A", str(picture))])[0][0].image
    assert first != second and Image.open(second).getpixel((0, 0)) == (0, 0, 255)


def test_an_unreadable_or_oversized_file_costs_only_its_photo(tmp_path):
    Image.new("RGB", (48, 48), "red").save(tmp_path / "big.png")
    store = PhotoStore(ImagesConfig(max_bytes=10), tmp_path / "images")
    localised, problems = store.localise([item("A", str(tmp_path / "big.png")), item("B", str(tmp_path / "gone.png"))])
    assert [entry.image for entry in localised] == ["", ""]
    assert "bytes; the limit is 10 (images.max_bytes)" in problems["A"] and "cannot be read" in problems["B"]


# --- downloads ----------------------------------------------------------------------------------

RED_PNG = png_bytes(Image.new("RGB", (48, 48), (200, 30, 30)))
TRICKLE_PAUSE_SECONDS = 0.2
BARRIER_PARTIES = 4


class Handler(BaseHTTPRequestHandler):
    server_version = "TestImages/1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.requests.append(self.path)
        route = getattr(self, "route_" + self.path.strip("/").split("/")[0].replace("-", "_").split(".")[0], None)
        if route is None:
            self.send_error(404)
            return
        try:
            route()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send_image(self, body: bytes, content_type: str = "image/png"):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route_ok(self):
        self.send_image(RED_PNG)

    def route_page(self):
        self.send_image(b"<html></html>", "text/html")

    def route_claims_big(self):
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(10**9))
        self.end_headers()

    def route_endless(self):
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        while not self.server.stopping.is_set():
            self.wfile.write(b"\x00" * 65_536)

    def route_trickle(self):
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.trickle()

    def route_slow_headers(self):
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        self.trickle()

    def trickle(self):
        while not self.server.stopping.wait(TRICKLE_PAUSE_SECONDS):
            self.wfile.write(b"a")
            self.wfile.flush()

    def redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route_to_localhost(self):
        self.redirect(f"http://localhost:{self.server.server_port}/ok.png")

    def route_to_file(self):
        self.redirect("file:///etc/passwd")

    def route_loop(self):
        self.redirect("/loop")

    def route_to_ok(self):
        self.redirect("/ok.png")

    def route_together(self):
        self.server.barrier.wait()  # every download at once, or none
        self.send_image(RED_PNG)


# "/inel-brățară.png" as a browser sends it; answered only so, percent-encoded
ENCODED_NAME = "inel-br%C4%83%C8%9Bar%C4%83"
setattr(Handler, "route_" + ENCODED_NAME.replace("-", "_"), Handler.route_ok)


@pytest.fixture
def server():
    """An HTTP server on 127.0.0.1 with a route per kind of bad (and good) photo URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.requests, httpd.stopping = [], threading.Event()
    httpd.barrier = threading.Barrier(BARRIER_PARTIES, timeout=30)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.stopping.set()
    httpd.shutdown()
    httpd.server_close()


def url(server, path: str) -> str:
    return f"http://127.0.0.1:{server.server_port}{path}"


# The local server is on loopback: allowed by name, as a shop's own image server would be.
LOCAL = ImagesConfig(private_hosts_allowed=["127.0.0.1"], deadline_seconds=1.0, read_timeout_seconds=30.0, max_bytes=1_000_000)
PATIENT_SECONDS = 60.0


def test_a_photo_url_is_downloaded_once_and_reused(server, tmp_path):
    store = PhotoStore(LOCAL.model_copy(update={"deadline_seconds": PATIENT_SECONDS}), tmp_path / "images")
    localised, problems = store.localise([item("A", url(server, "/ok.png")), item("B", url(server, "/to-ok"))])
    assert not problems and all(entry.image.startswith(str(tmp_path / "images")) for entry in localised)
    assert np.asarray(Image.open(localised[0].image)).mean(axis=(0, 1)).round().tolist() == [200, 30, 30]
    assert server.requests == ["/ok.png", "/to-ok", "/ok.png"] or sorted(server.requests) == ["/ok.png", "/ok.png", "/to-ok"]
    again, _ = store.localise([item("A", url(server, "/ok.png"))])
    assert again[0].image == localised[0].image and len(server.requests) == 3  # no second download


def test_a_photo_path_in_letters_outside_ascii_is_sent_percent_encoded(server, tmp_path):
    store = PhotoStore(LOCAL.model_copy(update={"deadline_seconds": PATIENT_SECONDS}), tmp_path / "images")
    localised, problems = store.localise([item("A", url(server, "/inel-brățară.png")), item("B", url(server, f"/{ENCODED_NAME}.png"))])
    assert not problems and all(entry.image for entry in localised)
    assert sorted(server.requests) == [f"/{ENCODED_NAME}.png"] * 2  # an escape already made is not escaped again


@pytest.mark.parametrize(
    "path, problem",
    [
        ("/trickle", "gave up after 1 s (images.deadline_seconds)"),  # one byte every 0.2 s, for ever
        ("/slow-headers", "gave up after 1 s (images.deadline_seconds)"),
        ("/endless", "the photo is larger than the limit of 1,000,000 bytes (images.max_bytes)"),
        ("/claims-big", "the photo is 1,000,000,000 bytes; the limit is 1,000,000 (images.max_bytes)"),
        ("/page", "not an image: the server says it is text/html"),
        ("/missing.png", "the server answered HTTP 404 Not Found"),
        ("/to-localhost", "localhost resolves to a loopback address (127.0.0.1); set images.private_hosts_allowed to fetch from it"),
        ("/to-file", "only http:// and https:// photo URLs are fetched, not file:"),
        ("/loop", "more than 3 redirects"),
    ],
)
def test_a_bad_photo_url_costs_only_its_photo_with_a_one_line_reason(server, tmp_path, path, problem):
    # A deadline far from any download's time unless the deadline is what is tested: a busy
    # machine must not make the good photo miss it.
    config = LOCAL if "images.deadline_seconds" in problem else LOCAL.model_copy(update={"deadline_seconds": PATIENT_SECONDS})
    store = PhotoStore(config, tmp_path / "images")
    localised, problems = store.localise([item("BAD", url(server, path)), item("GOOD", url(server, "/ok.png"))])
    assert localised[0].image == "" and localised[1].image != ""
    assert problems == {"BAD": f"image {url(server, path)} not used: {problem}"}
    # remembered for `facet check`, tried again by the next ingest
    assert store.localise([item("BAD", url(server, path))], download=False)[0][0].image == ""
    asked = len(server.requests)
    store.localise([item("BAD", url(server, path))])
    assert len(server.requests) > asked or path == "/to-file"


def test_loopback_and_private_hosts_are_refused_by_default(server, tmp_path):
    store = PhotoStore(ImagesConfig(), tmp_path / "images")
    localised, problems = store.localise([item("A", url(server, "/ok.png")), item("B", f"http://localhost:{server.server_port}/ok.png")])
    assert [entry.image for entry in localised] == ["", ""] and server.requests == []  # nothing reached the server
    assert "127.0.0.1 resolves to a loopback address (127.0.0.1)" in problems["A"]
    assert "localhost resolves to a loopback address" in problems["B"]


@pytest.mark.parametrize(
    "address, kind",
    [("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.7", "private"), ("172.16.5.4", "private"),
     ("169.254.169.254", "link-local"), ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"), ("::1", "loopback"),
     ("::ffff:127.0.0.1", "loopback"), ("fe80::1%eth0", "link-local"), ("fd00::1", "private"), ("100.64.0.1", "non-global"),
     ("8.8.8.8", None), ("2606:4700:4700::1111", None)],
)  # fmt: skip
def test_which_addresses_are_not_public(address, kind):
    assert non_public_kind(address) == kind


def test_photo_urls_are_downloaded_concurrently(server, tmp_path):
    config = LOCAL.model_copy(update={"fetch_workers": BARRIER_PARTIES, "deadline_seconds": 60.0})
    urls = [url(server, f"/together/{n}.png") for n in range(BARRIER_PARTIES)]
    localised, problems = PhotoStore(config, tmp_path / "images").localise([item(f"T{n}", u) for n, u in enumerate(urls)])
    assert not problems and all(entry.image for entry in localised)  # a one-at-a-time download would break the barrier


def test_the_deadline_holds_however_the_server_trickles(server, tmp_path):
    """No timing assert: only that the download gives up, with its reason, rather than waiting."""
    started = time.monotonic()
    _, problems = PhotoStore(LOCAL, tmp_path / "images").localise([item("SLOW", url(server, "/trickle"))])
    assert "gave up after 1 s" in problems["SLOW"]
    assert time.monotonic() - started < 600  # it came back at all
    assert os.listdir(tmp_path / "images") and not any(name.endswith(".partial") for name in os.listdir(tmp_path / "images"))


# --- end to end: `facet ingest` and `facet check` in another process (stand-in encoders) --------


@pytest.mark.e2e
def test_bad_photos_cost_only_themselves_and_check_agrees_with_the_ingest(server, tmp_path, bomb):
    from standin_facet import messages, run, write_catalog

    shop = tmp_path / "shop"
    catalog = write_catalog(shop, range(6), P1={"image": "bomb.png"}, P2={"image": "../../etc/passwd"},
                            P3={"image": "file:///etc/passwd"}, P4={"image": "broken.png"},
                            P5={"image": url(server, "/trickle")})  # fmt: skip
    (shop / "bomb.png").write_bytes(bomb)
    (shop / "broken.png").write_bytes(RED_PNG[:60])
    data_dir = tmp_path / "data"
    settings = ("image_tuning.enabled=false", "images.private_hosts_allowed=127.0.0.1", "images.deadline_seconds=1")

    ingest = run(data_dir, "ingest", catalog, settings=settings)
    assert ingest.returncode == 0, ingest.stderr
    assert "read 6 / ingested 6 / updated 0 / unchanged 0 / rejected 0 / removed 0" in ingest.stdout
    warnings = messages(ingest.stderr)
    assert len(warnings) == 5 and all(line.endswith("; indexed by its text only") for line in warnings)
    assert warnings[0].startswith("warning: line 2 (P1): image bomb.png not used: too many pixels to decode safely")
    assert warnings[1] == "warning: line 3 (P2): image path escapes the catalog's folder (../../etc/passwd); indexed by its text only"
    assert warnings[2].startswith("warning: line 4 (P3): image URL refused: only http:// and https:// photo URLs are fetched, not file:")
    assert warnings[3].startswith("warning: line 5 (P4): image broken.png not used: a damaged image file")
    assert "(P5)" in warnings[4] and "gave up after 1 s (images.deadline_seconds)" in warnings[4]

    import chromadb

    client = chromadb.PersistentClient(path=str(data_dir / "chroma"))
    stored = {c.name.split("-")[1]: c.get(include=["metadatas"]) for c in client.list_collections()}
    assert sorted(stored["text"]["ids"]) == [f"P{n}" for n in range(6)]  # every item searchable by its text
    assert stored["image"]["ids"] == ["P0"]  # only the good photo has a vector
    picture = json.loads(stored["text"]["metadatas"][stored["text"]["ids"].index("P0")]["item"])["image"]
    assert picture.startswith(str(data_dir / "images"))  # the copy the web chat serves

    for _ in range(2):  # no drift, now or later: the unusable photos are remembered
        check = run(data_dir, "check", catalog, settings=settings)
        assert check.returncode == 0 and check.stdout.rstrip().endswith("no drift"), check.stdout + check.stderr
    again = run(data_dir, "ingest", catalog, settings=settings)
    assert "read 6 / ingested 0 / updated 0 / unchanged 6" in again.stdout
