"""The page's own document, compressed. Gradio compresses its scripts and styles (files with an
extension) but sends the page itself, which carries the whole layout, uncompressed: about 100 KB
that a phone on a slow network waits for before anything else starts. Only that document is
gzipped here; every other response passes through untouched."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

DOCUMENT_PATHS = ("", "/")  # where the page itself is served
MINIMUM_BYTES = 1_000


class DocumentGZip:
    def __init__(self, app: ASGIApp):
        self.app = app
        self.gzipped = GZipMiddleware(app, minimum_size=MINIMUM_BYTES)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("path", "") in DOCUMENT_PATHS:
            await self.gzipped(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def app_kwargs() -> dict:
    """For gr.Blocks.launch(app_kwargs=...): the FastAPI app's middleware."""
    return {"middleware": [Middleware(DocumentGZip)]}
