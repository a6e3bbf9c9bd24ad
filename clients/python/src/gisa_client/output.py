"""How events are printed: JSON Lines for programs, one readable line each for people."""

from __future__ import annotations

import sys
from typing import Any, BinaryIO, Optional

from .events import Event

JSONL = "jsonl"
PRETTY = "pretty"


def choose(requested: Optional[str]) -> str:
    """JSON Lines when standard output is not a terminal, else pretty (as `gisa`)."""
    if requested is not None:
        return requested
    return PRETTY if sys.stdout.isatty() else JSONL


def summary(event: Event) -> str:
    """`#12  article.extracted  2026-02-03  아시아경제  title…  [8 ¶]`"""
    data = event.data
    parts = [f"#{event.sequence}", event.topic]
    if event.topic == "article.extracted":
        published = data.get("published")
        parts.append(published[:10] if isinstance(published, str) else "(no date)")
        if isinstance(data.get("publisher"), str):
            parts.append(data["publisher"])
        raw_title = data.get("title")
        title = raw_title if isinstance(raw_title, str) else "(no title)"
        parts.append(title[:79] + "…" if len(title) > 80 else title)
        body: Any = data.get("body")
        paragraphs = body.get("paragraphs") if isinstance(body, dict) else None
        parts.append(f"[{len(paragraphs) if isinstance(paragraphs, list) else 0} ¶]")
    elif event.topic == "article.duplicate":
        parts.append(f"{data.get('name', '?')} = #{data.get('duplicate_of', 0)}")
    elif event.topic == "article.rejected":
        parts.append(f"{data.get('name', '?')}: {data.get('reason', '')}")
    else:
        parts.append(str(data.get("message", "")))
    return "  ".join(parts)


def emit(event: Event, fmt: str, out: Optional[BinaryIO] = None) -> None:
    """Writes one event: its JSON as gisad sent it (jsonl), or its summary line (pretty)."""
    stream = out if out is not None else sys.stdout.buffer
    line = event.raw if fmt == JSONL else summary(event).encode("utf-8")
    stream.write(line + b"\n")
    stream.flush()
