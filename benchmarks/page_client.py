"""A program that uses the web chat exactly as its page does: Gradio's queue protocol over HTTP,
one browser session per client, events found by the element they are wired to.

The page's events are private (no API names, absent from gradio_client), so the load benchmark
and the security tests speak the page's own protocol: POST /gradio_api/queue/join with the
event's fn_index and a session hash, then read the event's messages from the server-sent stream
/gradio_api/queue/data. A session's state (its conversation) stays on the server under its hash.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

API = "/gradio_api"
CALL_TIMEOUT_S = 300
FILE_META = {"_type": "gradio.FileData"}


@dataclass
class EventResult:
    """What one event did: success, each update it streamed (its outputs, in the event's output
    order) and every message the server sent."""

    success: bool
    updates: list[list[Any]] = field(default_factory=list)
    error: str | None = None
    messages: list[dict] = field(default_factory=list)

    @property
    def outputs(self) -> list[Any]:
        return self.updates[-1] if self.updates else []

    def shown(self, names: tuple[str, ...]) -> dict[str, Any]:
        """What the page shows after the event: each named output's latest value (a skip keeps it,
        an update merges into it)."""
        shown: dict[str, Any] = {}
        for update in self.updates:
            for name, value in zip(names, update):
                if isinstance(value, dict) and value.get("__type__") == "update":
                    if not _is_skip(value):
                        shown[name] = {**(shown.get(name) or {}), **value}
                else:
                    shown[name] = value
        return shown


@dataclass(frozen=True)
class Event:
    fn_index: int
    trigger_id: int | None
    inputs: tuple[int, ...]
    outputs: tuple[int, ...]
    api_name: str | None
    api_visibility: str


class PageClient:
    """One shopper's tab: `call("facet-input", "submit", data)` runs the event the page wires to
    that element, with this tab's session."""

    def __init__(self, url: str, timeout: float = CALL_TIMEOUT_S):
        self.url = url.rstrip("/")
        self.http = httpx.Client(base_url=self.url, timeout=timeout)
        self.session_hash = uuid.uuid4().hex[:12]
        config = self.http.get("/config").raise_for_status().json()
        self.components = {component["id"]: component for component in config["components"]}
        self.events = self._events(config)

    def _events(self, config: dict) -> dict[tuple[str, str], Event]:
        """Events by (element id or component type, trigger), e.g. ("facet-input", "submit")."""
        events = {}
        for fn_index, dependency in enumerate(config["dependencies"]):
            for target_id, trigger in dependency.get("targets") or [[None, "load"]]:
                component = self.components.get(target_id, {})
                name = component.get("props", {}).get("elem_id") or component.get("type") or "page"
                event = Event(
                    dependency.get("id", fn_index), target_id, tuple(dependency["inputs"]), tuple(dependency["outputs"]),
                    dependency.get("api_name"), dependency.get("api_visibility", "public"),
                )  # fmt: skip
                events.setdefault((name, trigger), event)
                events[(f"#{event.fn_index}", trigger)] = event
        return events

    def all_events(self) -> list[Event]:
        return sorted({event for event in self.events.values()}, key=lambda event: event.fn_index)

    def input_types(self, event: Event) -> list[str]:
        return [self.components[component_id]["type"] for component_id in event.inputs]

    def call(self, element: str, trigger: str, data: list, event_data: Any = None) -> EventResult:
        return self.call_event(self.events[(element, trigger)], data, event_data)

    def call_event(self, event: Event, data: list, event_data: Any = None) -> EventResult:
        body = {
            "data": data, "event_data": event_data, "fn_index": event.fn_index, "trigger_id": event.trigger_id,
            "session_hash": self.session_hash,
        }  # fmt: skip
        joined = self.http.post(f"{API}/queue/join", json=body)
        if joined.status_code != 200:
            return EventResult(False, error=f"HTTP {joined.status_code}: {joined.text[:200]}")
        event_id = joined.json().get("event_id")
        return self._read_stream(event_id)

    def _read_stream(self, event_id: str | None) -> EventResult:
        messages, updates = [], []
        with self.http.stream("GET", f"{API}/queue/data", params={"session_hash": self.session_hash}) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if event_id and message.get("event_id") not in (event_id, None):
                    continue
                messages.append(message)
                if message.get("msg") == "process_generating":
                    updates.append(_applied(updates[-1] if updates else None, message.get("output", {}).get("data", [])))
                elif message.get("msg") == "process_completed":
                    output = message.get("output") or {}
                    if not message.get("success", False):
                        return EventResult(False, updates, error=str(output.get("error")), messages=messages)
                    if not updates:  # a plain function: one update, whole
                        updates.append(output.get("data", []))
                    return EventResult(True, updates, messages=messages)
                elif message.get("msg") in ("unexpected_error", "close_stream"):
                    return EventResult(False, error=str(message.get("message")), messages=messages)
        return EventResult(False, error="the stream ended before the event completed", messages=messages)

    def upload(self, path: str | Path) -> dict:
        """Send a file as the page does; returns the FileData the page would then put in an event."""
        with open(path, "rb") as handle:
            response = self.http.post(f"{API}/upload", files={"files": (Path(path).name, handle)})
        response.raise_for_status()
        server_path = response.json()[0]
        return {"path": server_path, "orig_name": Path(path).name, "meta": FILE_META}

    def get(self, path: str) -> httpx.Response:
        return self.http.get(path)

    def close(self) -> None:
        self.http.close()


def _is_skip(update: dict) -> bool:
    """gr.skip(): an update with nothing in it (an HTML component's comes wrapped in empty props)."""
    return set(update) <= {"__type__", "props"} and update.get("props", {}) in ({}, {"__type__": "update"})


def _applied(previous: list | None, data: list) -> list:
    """A streamed update: the first holds whole values, later ones lists of diff edits."""
    if previous is None:
        return list(data)
    from gradio_client.utils import apply_diff

    return [apply_diff(previous[i] if i < len(previous) else None, value) for i, value in enumerate(data)]
