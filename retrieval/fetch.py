"""Downloading an item photo from a catalog URL, safely (used by retrieval/images.py).

- only http:// and https://, at every redirect too (at most `max_redirects`);
- the host is resolved once and every address it resolves to must be public: loopback,
  private, link-local, multicast, reserved and unspecified addresses are refused (unless the
  host is in `private_hosts_allowed` or `allow_private_hosts` is set), and the connection goes to
  the address that was checked, so a second DNS answer cannot point it elsewhere;
- a connect timeout, a timeout without a byte, and a deadline for the whole download, enforced
  by a watchdog that closes the socket, so a server trickling one byte at a time gives up too;
- the answer must be 200 with an image/* content type, and at most `max_bytes` are read;
- a path written with letters outside ASCII ("/brățară-ţ.jpg", as shops name photos) is sent
  percent-encoded as UTF-8, as a browser sends it; what is already encoded stays as it is.

Every refusal or failure is a FetchError with a one-line reason.
"""

from __future__ import annotations

import functools
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from urllib.parse import quote, urljoin, urlsplit

from retrieval.config import ImagesConfig

WEB_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
REDIRECTS = (301, 302, 303, 307, 308)
READ_CHUNK_BYTES = 65_536
USER_AGENT = "Facet catalog ingest"
IMAGE_CONTENT_TYPE = "image/"
# RFC 3986's reserved and unreserved characters, and "%" so an escape already made is kept
URL_SAFE = "/:@!$&'()*+,;=?%~-._"


class FetchError(OSError):
    """A photo URL that was refused or could not be downloaded."""


def fetch(url: str, config: ImagesConfig) -> bytes:
    """The body of the image at `url`, following at most `config.max_redirects` redirects."""
    deadline = time.monotonic() + config.deadline_seconds
    for _ in range(config.max_redirects + 1):
        status, location, body = _get(url, config, deadline)
        if status not in REDIRECTS:
            return body
        if not location:
            raise FetchError(f"HTTP {status} without a Location to follow")
        url = urljoin(url, location)
    raise FetchError(f"more than {config.max_redirects} redirects")


def check_web_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL, or a FetchError."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        raise FetchError(f"only http:// and https:// photo URLs are fetched, not {scheme or 'this'}:")
    try:
        port = parts.port or DEFAULT_PORTS[scheme]
    except ValueError:
        raise FetchError("the URL's port is not a number") from None
    if not parts.hostname:
        raise FetchError("the URL has no host")
    return scheme, parts.hostname, port


def vetted_address(host: str, port: int, config: ImagesConfig) -> str:
    """The address to connect to: every address `host` resolves to must be public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve {host} ({error})") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not (config.allow_private_hosts or host.lower() in {name.lower() for name in config.private_hosts_allowed}):
        for address in addresses:
            kind = non_public_kind(address)
            if kind:
                raise FetchError(f"{host} resolves to a {kind} address ({address}); set images.private_hosts_allowed to fetch from it")
    return addresses[0]


def non_public_kind(address: str) -> str | None:
    """What kind of non-public address this is ("loopback", "private", ...), or None if public."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):  # the most telling first
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-global"


def _get(url: str, config: ImagesConfig, deadline: float) -> tuple[int, str | None, bytes]:
    """One request: (status, Location, body); a body only for a 200 image."""
    scheme, host, port = check_web_url(url)
    address = vetted_address(host, port, config)
    parts = urlsplit(url)
    path = quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe=URL_SAFE)
    connection = _PinnedConnection(scheme, host, port, address, _remaining(deadline, config.connect_timeout_seconds))
    watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), connection.abort)
    watchdog.start()
    try:
        connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "image/*"})
        connection.sock.settimeout(config.read_timeout_seconds)
        response = connection.getresponse()
        if response.status in REDIRECTS:
            return response.status, response.getheader("Location"), b""
        _check_response(response, config)
        body = _read_capped(response, config.max_bytes)
        if connection.aborted:  # the watchdog ended the read early: what came is not the whole photo
            raise OSError("deadline")
        return response.status, None, body
    except (OSError, http.client.HTTPException, ssl.SSLError) as error:
        if connection.aborted:
            raise FetchError(f"gave up after {config.deadline_seconds:g} s (images.deadline_seconds)") from None
        if isinstance(error, FetchError):
            raise
        raise FetchError(f"could not download it ({_describe(error)})") from None
    finally:
        watchdog.cancel()
        connection.close()


def _check_response(response: http.client.HTTPResponse, config: ImagesConfig) -> None:
    if response.status != http.client.OK:
        raise FetchError(f"the server answered HTTP {response.status} {response.reason}")
    content_type = (response.getheader("Content-Type") or "").lower()
    if not content_type.startswith(IMAGE_CONTENT_TYPE):
        raise FetchError(f"not an image: the server says it is {content_type or 'of no content type'}")
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > config.max_bytes:
        raise FetchError(f"the photo is {int(length):,} bytes; the limit is {config.max_bytes:,} (images.max_bytes)")


def _read_capped(response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    chunks, size = [], 0
    while chunk := response.read1(READ_CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the photo is larger than the limit of {max_bytes:,} bytes (images.max_bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _remaining(deadline: float, cap: float) -> float:
    return max(0.001, min(cap, deadline - time.monotonic()))


def _describe(error: BaseException) -> str:
    return " ".join(str(error).split()) or error.__class__.__name__


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One context for every download: making one reads the system's certificates, ~30 ms of CPU,
    which was most of the cost of fetching a small photo. A context is safe to share across threads."""
    return ssl.create_default_context()


class _PinnedConnection(http.client.HTTPSConnection):
    """An HTTP(S) connection to the address that was vetted, whatever DNS says next; for https
    the certificate is still checked against the host name."""

    def __init__(self, scheme: str, host: str, port: int, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=_tls_context())
        self.scheme, self.address, self.aborted = scheme, address, False
        self._abort_lock = threading.Lock()
        # Our own hold on the socket: http.client lets go of `sock` once a response will close
        # the connection (the response reads on through its own file).
        self._socket: socket.socket | None = None

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        if self.scheme == "https":
            sock = self._context.wrap_socket(sock, server_hostname=self.host)
        with self._abort_lock:
            self.sock = self._socket = sock
            if self.aborted:  # the deadline passed while connecting
                self._shut()

    def abort(self) -> None:
        """The deadline: whatever read is blocked returns at once, and any later one fails."""
        with self._abort_lock:
            self.aborted = True
            if self._socket is not None:
                self._shut()

    def _shut(self) -> None:
        try:
            self._socket.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
