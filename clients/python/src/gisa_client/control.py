"""A connection to gisad's control endpoint (mirrors `GisaClient.ControlClient`)."""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import dataclass
from typing import Any, Iterator, Mapping, Optional

import zmq

from .curve import Curve, PathLike
from .errors import DaemonError, SocketError, Unreachable
from .events import Event
from .replies import Reply, parse_reply
from .status import DaemonStatus

#: Largest number of events one `replay` reply carries.
MAX_REPLAY_LIMIT = 1000


@dataclass(frozen=True)
class ReplayPage:
    """One `replay` reply: its events, the journal's last seq, and where to continue when gisad's
    byte bound (about 1 MiB) cut the reply short (`next`, else None)."""

    events: list[Event]
    last_seq: int
    next: Optional[int]


@dataclass(frozen=True)
class Submitted:
    """gisad's answer to `submit`: the name the file was stored under and its size."""

    name: str
    bytes: int


def _seq(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Control:
    """Requests to gisad's control endpoint: `ping`, `status`, `get`, `replay`, `submit`.

    A DEALER socket, so a lost reply never wedges it; one request at a time, each reply read
    before the next request is sent. Not thread-safe: use from one thread.

    Raises `Unreachable` when no reply comes within `timeout` seconds, `DaemonError` when gisad
    answers with an error, `SocketError` when the endpoint or the CURVE keys are unusable.
    """

    def __init__(self, endpoint: str, timeout: float = 5.0, *, curve: Optional[Curve] = None,
                 context: Optional[zmq.Context[Any]] = None) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self._curve = curve
        self._own_context = context is None
        self._context: zmq.Context[Any] = context if context is not None else zmq.Context()
        self._socket: Optional[zmq.Socket[Any]] = None
        try:
            self._socket = self._connect()
        except SocketError:
            self.close()
            raise

    def _connect(self) -> zmq.Socket[Any]:
        socket: zmq.Socket[Any] = self._context.socket(zmq.DEALER)
        try:
            socket.setsockopt(zmq.LINGER, 0)
            if self._curve is not None:
                self._curve.apply(socket)
            socket.connect(self.endpoint)
        except zmq.ZMQError as error:
            socket.close()
            raise SocketError(f"cannot connect to {self.endpoint}: {error}") from None
        return socket

    def close(self) -> None:
        """Closes the socket (and the ZeroMQ context, when this client made it)."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._own_context:
            self._context.term()

    def __enter__(self) -> Control:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, request: Mapping[str, Any]) -> Reply:
        if self._socket is None:
            raise SocketError("the control client is closed")
        socket = self._socket
        socket.send_multipart([b"", json.dumps(dict(request), ensure_ascii=False).encode("utf-8")])
        deadline = time.monotonic() + self.timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not socket.poll(max(1, int(left * 1000)), zmq.POLLIN):
                # The unanswered request may still be answered later (gisad was restarting): a fresh
                # socket makes sure that late reply is never taken for the answer to the next request.
                socket.close()
                self._socket = None
                self._socket = self._connect()
                raise Unreachable(self.endpoint, self.timeout)
            try:
                frames = socket.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                continue
            if frames:
                return parse_reply(frames[-1])

    def call(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """Sends one request (`{"op": "status"}`, …) and returns the reply object (`ok` is true)."""
        return self._call(request).object

    def ping(self) -> bool:
        """True when gisad answers `pong`."""
        return self.call({"op": "ping"}).get("pong") is True

    def status(self) -> DaemonStatus:
        status = self.call({"op": "status"}).get("status")
        if not isinstance(status, dict):
            raise DaemonError("bad_reply", "the reply carries no status")
        return DaemonStatus.from_json(status)

    def get(self, seq: int) -> Event:
        """One event by seq (`DaemonError` `not_found` when the journal has none)."""
        reply = self._call({"op": "get", "seq": seq})
        event = reply.object.get("event")
        if not isinstance(event, dict) or not reply.raw_event:
            raise DaemonError("bad_reply", "the reply carries no event")
        return Event.from_json(reply.raw_event.encode("utf-8"), event)

    def replay_page(self, since: int, limit: int = MAX_REPLAY_LIMIT) -> ReplayPage:
        """One `replay` request: at most `limit` events from seq `since` on."""
        reply = self._call({"op": "replay", "since": since, "limit": limit})
        documents = reply.object.get("events")
        events = [Event.from_json(raw.encode("utf-8"), doc)
                  for doc, raw in zip(documents if isinstance(documents, list) else [], reply.raw_events)
                  if isinstance(doc, dict)]
        return ReplayPage(events=events, last_seq=_seq(reply.object.get("last_seq")) or 0,
                          next=_seq(reply.object.get("next")))

    def replay(self, since: int = 1, until: Optional[int] = None,
               page_size: int = MAX_REPLAY_LIMIT) -> Iterator[Event]:
        """Events with seq in `since..until` (inclusive; to the newest when `until` is None), fetched
        page by page: a page holds at most `page_size` events and, when gisad's byte bound cut it
        short, says with `next` where to continue. Each event is yielded once, in seq order."""
        next_seq = max(since, 1)
        while True:
            limit = page_size if until is None else max(1, min(page_size, until - next_seq + 1))
            page = self.replay_page(next_seq, limit)
            for event in page.events:
                if until is not None and event.sequence > until:
                    return
                yield event
                next_seq = event.sequence + 1
            # The cursor of a page cut short; never taken backwards, so no reply can make this loop repeat.
            if page.next is not None and page.next >= next_seq:
                next_seq = page.next
            if not page.events or next_seq > page.last_seq or (until is not None and next_seq > until):
                return

    def submit(self, name: str, content: bytes) -> Submitted:
        """Asks gisad to write `content` into its drop directory as `name` (atomically: a dot-temp
        file, then a rename). gisad must allow it (`submit_enabled`); it refuses names with path
        separators, control characters or a leading dot (`bad_name`) and content over
        `max_file_bytes` (`too_large`)."""
        reply = self.call({"op": "submit", "name": name, "content": base64.b64encode(content).decode("ascii")})
        return Submitted(name=str(reply.get("name", name)), bytes=_seq(reply.get("bytes")) or 0)

    def submit_file(self, path: PathLike) -> Submitted:
        """Submits a file under its own name (its last path component)."""
        with open(path, "rb") as f:
            content = f.read()
        return self.submit(os.path.basename(os.fspath(path)), content)
