"""A local https server standing in for a shop's photo host, shared by the catalog format tests
(Etsy, Squarespace, Wix): `https_cdn` (registered in conftest.py) serves a folder over https with a
certificate made for 127.0.0.1, trusted by the ingest's process; `Counting.served` lists the paths
fetched. `write` saves an export as a spreadsheet does (UTF-8 with a BOM)."""

import functools
import shutil
import ssl
import subprocess
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Counting(SimpleHTTPRequestHandler):
    served: list[str] = []

    def do_GET(self):
        Counting.served.append(self.path)
        super().do_GET()

    def log_message(self, *args):
        pass


def write(path, text: str):
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


@pytest.fixture
def https_cdn(tmp_path, monkeypatch):
    """(the served folder, its https:// base URL)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test server's certificate")
    folder, cert, key = tmp_path / "cdn", tmp_path / "cert.pem", tmp_path / "key.pem"
    folder.mkdir()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counting, directory=str(folder)))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    Counting.served = []
    yield folder, f"https://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
