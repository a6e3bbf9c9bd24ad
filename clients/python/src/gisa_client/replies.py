"""Reads control replies, keeping each event's JSON as gisad spliced it in.

gisad builds a `replay` reply by splicing the journaled events into
`{"ok":true,"last_seq":L,"events":[…]}` and a `get` reply into `{"ok":true,"event":{…}}`.
`parse_reply` walks the reply once with the standard JSON decoder and records where each event
starts and ends, so `Event.raw` is the journaled JSON byte for byte, not a re-encoding.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import DaemonError

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


@dataclass
class Reply:
    """A successful reply (`ok` is true): the object, and the raw JSON of its event(s)."""

    object: dict[str, Any]
    #: Text of each element of `events` (replay), in order.
    raw_events: list[str] = field(default_factory=list)
    #: Text of `event` (get).
    raw_event: str = ""


class _Cursor:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def skip(self) -> None:
        self.at = _WHITESPACE.match(self.text, self.at).end()  # type: ignore[union-attr]

    def take(self, char: str) -> bool:
        self.skip()
        if self.text.startswith(char, self.at):
            self.at += 1
            return True
        return False

    def expect(self, char: str) -> None:
        if not self.take(char):
            raise ValueError(f"expected {char!r} at offset {self.at}")

    def value(self) -> tuple[Any, str]:
        self.skip()
        start = self.at
        obj, self.at = _DECODER.raw_decode(self.text, self.at)
        return obj, self.text[start:self.at]


def _array(cursor: _Cursor) -> tuple[list[Any], list[str]]:
    items: list[Any] = []
    texts: list[str] = []
    cursor.expect("[")
    if cursor.take("]"):
        return items, texts
    while True:
        item, text = cursor.value()
        items.append(item)
        texts.append(text)
        if cursor.take("]"):
            return items, texts
        cursor.expect(",")


def _walk(text: str) -> Reply:
    cursor = _Cursor(text)
    reply = Reply(object={})
    cursor.expect("{")
    if not cursor.take("}"):
        while True:
            key, _ = cursor.value()
            if not isinstance(key, str):
                raise ValueError("an object key is not a string")
            cursor.expect(":")
            cursor.skip()
            if key == "events" and cursor.text.startswith("[", cursor.at):
                reply.object[key], reply.raw_events = _array(cursor)
            else:
                reply.object[key], raw = cursor.value()
                if key == "event":
                    reply.raw_event = raw
            if cursor.take("}"):
                break
            cursor.expect(",")
    cursor.skip()
    if cursor.at != len(text):
        raise ValueError("text after the reply object")
    return reply


def parse_reply(body: bytes) -> Reply:
    """The reply if `ok` is true; else raises `DaemonError` with gisad's code and message
    (`bad_reply` when the reply is not a JSON object with `ok`)."""
    try:
        reply = _walk(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise DaemonError("bad_reply", "the daemon's reply is not a JSON object") from None
    obj = reply.object
    if obj.get("ok") is True:
        return reply
    error = obj.get("error")
    if isinstance(error, dict):
        code = error.get("code")
        message = error.get("message")
        raise DaemonError(code if isinstance(code, str) else "error",
                          message if isinstance(message, str) else "unknown error")
    raise DaemonError("bad_reply", "the daemon's reply has no \"ok\"")
