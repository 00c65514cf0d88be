"""A shop's photo host on 127.0.0.1 for the benchmarks: a folder served over https, in its own
process as a shop's CDN is (inside Facet's process it would take turns with the ingest for the
interpreter lock).

Every catalog format but Shopify's and WooCommerce's takes only https photo URLs (Etsy,
Squarespace, Wix), so the host speaks TLS with a certificate made for 127.0.0.1, and the
benchmark's own process trusts it through SSL_CERT_FILE.

    python benchmarks/photo_server.py FOLDER PORT CERT KEY
"""

from __future__ import annotations

import functools
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

START_TRIES, START_WAIT_SECONDS = 100, 0.1
CERTIFICATE_DAYS = 1


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@functools.cache
def certificate() -> tuple[Path, Path]:
    """One certificate per process: an https client may keep the trust it read first."""
    folder = Path(tempfile.mkdtemp(prefix="facet-photo-host-"))
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", str(CERTIFICATE_DAYS), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)  # fmt: skip
    return cert, key


def serve(folder: Path) -> tuple[subprocess.Popen, str]:
    """The photo host's process and its https:// base URL; this process trusts its certificate
    from now on. Stop it with `.kill()`."""
    cert, key = certificate()
    os.environ["SSL_CERT_FILE"] = str(cert)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, __file__, str(folder), str(port), str(cert), str(key)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    for _ in range(START_TRIES):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server, f"https://127.0.0.1:{port}/"
        except OSError:
            if server.poll() is not None:
                raise RuntimeError("the photo server exited at start")
            time.sleep(START_WAIT_SECONDS)
    server.kill()
    raise RuntimeError("the photo server did not start")


def main() -> None:
    folder, port, cert, key = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(QuietHandler, directory=folder))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
