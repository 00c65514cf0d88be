"""The web server probed as an attacker would: every event the page can call, with server paths,
`..`, a symlink planted in the upload folder and URLs in every input, shaped as files, strings,
chat histories and event data; then every file URL the server handed back is fetched, and the
upload cache is searched for the secrets. Targets: 0 files served, 0 tracebacks in replies.

The counts of payloads per endpoint go to tests/artifacts/security_probes.json."""

import json
import os
import re
import socket
import uuid
from collections import Counter
from pathlib import Path

import pytest
from gradio.utils import get_upload_folder

from benchmarks.page_client import FILE_META, PageClient
from ui.page import serve

pytestmark = pytest.mark.e2e

ARTIFACTS = Path(__file__).parent / "artifacts"
FILE_URL = re.compile(r"/gradio_api/file=([^\"'\\\s)]+)")
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|File \"/")
DEFAULT_INPUTS = {  # what each input gets when another input carries the payload: fails fast, no model work
    "multimodaltextbox": {"text": "", "files": []}, "textbox": "", "checkboxgroup": [], "state": None,
    "audio": None, "file": None, "button": None,
}  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(demo_assistant):
    app = serve(demo_assistant, host="127.0.0.1", port=free_port(), prevent_thread_lock=True, quiet=True)
    yield app.local_url.rstrip("/")
    app.close()


@pytest.fixture(scope="module")
def secrets(tmp_path_factory, demo_assistant, server) -> dict[str, bytes]:
    """Server files an attacker wants, each with content we can recognise if it leaks."""
    folder = tmp_path_factory.mktemp("server-secrets")
    secret = folder / "secret.txt"
    token = uuid.uuid4().hex.encode()
    secret.write_bytes(b"facet-secret " + token)
    upload_folder = Path(get_upload_folder())
    upload_folder.mkdir(parents=True, exist_ok=True)
    planted = upload_folder / f"planted-{uuid.uuid4().hex[:8]}.png"  # a symlink inside the upload folder
    planted.symlink_to(secret)
    sqlite = Path(demo_assistant.settings.chroma_dir) / "chroma.sqlite3"
    found = {str(secret): token, str(planted): token, str(sqlite): b"SQLite format 3"}
    if Path("/etc/passwd").is_file():
        found["/etc/passwd"] = b"root:"
    yield found
    planted.unlink(missing_ok=True)


def path_payloads(secrets: dict[str, bytes], server: str) -> list[str]:
    secret = next(iter(secrets))
    upload_folder = get_upload_folder()
    return [
        *secrets,
        f"{upload_folder}/../../{secret.lstrip('/')}",
        "../../../../../../etc/passwd",
        f"file://{secret}",
        f"{server}/config",
        "http://127.0.0.1:1/x.png",
        "http://169.254.169.254/latest/meta-data/",
    ]


def shapes(path: str) -> list:
    """One path in every form an input might carry a file in."""
    file = {"path": path, "meta": FILE_META}
    return [
        file,
        {**file, "url": path, "orig_name": "photo.png"},
        {**file, "is_stream": True},
        path,
        {"text": "", "files": [file]},
        [{"role": "user", "content": [{"type": "file", "file": file}]}],
        [{"role": "user", "content": [{"type": "component", "component": "image", "value": file, "constructor_args": {}, "props": {}}]}],
        [path],
    ]


def test_no_event_of_the_page_serves_a_server_file(server, secrets):
    client = PageClient(server)
    tried: Counter = Counter()
    replies: list[str] = []
    for event in client.all_events():
        types = client.input_types(event)
        name = event.api_name or f"{client.components.get(event.trigger_id, {}).get('props', {}).get('elem_id') or 'page'}"
        for position in range(len(types)):
            for path in path_payloads(secrets, server):
                for payload in shapes(path):
                    data = [DEFAULT_INPUTS.get(kind) for kind in types]
                    data[position] = payload
                    result = client.call_event(event, data, {"index": 0, "value": payload})
                    tried[name] += 1
                    replies.append(json.dumps(result.outputs) + str(result.error))
        if not types:  # events with no inputs still take event data
            for path in path_payloads(secrets, server):
                result = client.call_event(event, [], {"index": 0, "value": {"path": path, "meta": FILE_META}})
                tried[name] += 1
                replies.append(json.dumps(result.outputs) + str(result.error))
    served = _leaks(client, replies, secrets)
    direct = [path for path in secrets if _serves(client, f"/gradio_api/file={path}", secrets)]
    cached = _secrets_in_upload_cache(secrets)
    tracebacks = [reply[:200] for reply in replies if TRACEBACK.search(reply)]
    _report(tried, served, direct, cached, tracebacks)
    assert sum(tried.values()) > 500
    assert served == [] and direct == [] and cached == [] and tracebacks == []


def test_only_the_images_folder_is_served(server, demo_assistant):
    client = PageClient(server)
    settings = demo_assistant.settings
    demo_shot = next((settings.demo_dir / "images").iterdir())  # the catalog's own file, not the ingested copy
    refused = [settings.chroma_dir / "chroma.sqlite3", settings.demo_dir / "catalog.jsonl", demo_shot, Path(__file__)]
    for path in refused:
        assert client.get(f"/gradio_api/file={path}").status_code in (403, 404), path
    picture = next(settings.images_dir.glob("*.*"))
    assert client.get(f"/gradio_api/file={picture}").status_code == 200


def test_page_events_are_not_an_api(server):
    visible = {(event.api_name, event.api_visibility) for event in PageClient(server).all_events() if event.api_visibility != "private"}
    assert visible == {("turn", "public")}


def _leaks(client: PageClient, replies: list[str], secrets: dict[str, bytes]) -> list[str]:
    urls = {match for reply in replies for match in FILE_URL.findall(reply)}
    return sorted(url for url in urls if _serves(client, f"/gradio_api/file={url}", secrets))


def _serves(client: PageClient, url: str, secrets: dict[str, bytes]) -> bool:
    response = client.get(url)
    return response.status_code == 200 and any(marker in response.content for marker in secrets.values())


def _secrets_in_upload_cache(secrets: dict[str, bytes]) -> list[str]:
    """Files under Gradio's upload/cache folder holding a secret (a copy made for serving)."""
    markers = [marker for path, marker in secrets.items() if "planted" not in path]
    found = []
    for root, _, names in os.walk(get_upload_folder()):
        for name in names:
            path = Path(root) / name
            if path.is_symlink() or not path.is_file() or path.stat().st_size > 50_000_000:
                continue
            if any(marker in path.read_bytes() for marker in markers):
                found.append(str(path))
    return found


def _report(tried: Counter, served: list, direct: list, cached: list, tracebacks: list) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    report = {
        "payloads_per_endpoint": dict(sorted(tried.items())), "payloads": sum(tried.values()),
        "files_served": served, "direct_file_urls_served": direct, "secrets_in_upload_cache": cached,
        "tracebacks": tracebacks,
    }  # fmt: skip
    (ARTIFACTS / "security_probes.json").write_text(json.dumps(report, indent=2))


def test_an_upload_over_the_cap_is_refused_before_it_is_stored(server, demo_assistant, tmp_path):
    cap = demo_assistant.settings.server.max_upload_bytes
    big = tmp_path / "big.png"
    with big.open("wb") as handle:
        handle.truncate(cap + 1)
    client = PageClient(server)
    with big.open("rb") as handle:
        response = client.http.post("/gradio_api/upload", files={"files": ("big.png", handle)})
    assert response.status_code == 413
    small = tmp_path / "small.txt"
    small.write_bytes(b"fine")
    assert client.upload(small)["path"]
