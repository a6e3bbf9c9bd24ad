"""The daemon's answer to `status` (mirrors `GisaEvents.DaemonStatus`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional


def _int(value: Any, default: int = 0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


@dataclass(frozen=True)
class ControlStats:
    """What the control endpoint did about clients that do not read their replies."""

    requests: int
    replies_dropped: int
    requests_refused: int
    peers_backlogged: int

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ControlStats:
        return cls(requests=_int(data.get("requests")), replies_dropped=_int(data.get("replies_dropped")),
                   requests_refused=_int(data.get("requests_refused")),
                   peers_backlogged=_int(data.get("peers_backlogged")))


@dataclass(frozen=True)
class DaemonStatus:
    """Version, uptime, counts, the last seq, waiting files and endpoints of a running gisad."""

    version: str
    pid: int
    uptime_seconds: float
    last_seq: int
    counts_by_topic: dict[str, int]
    #: Files in the drop directory and in `processing/` not yet done.
    files_waiting: int
    publish_endpoint: str
    control_endpoint: str
    drop_dir: str
    state_dir: str
    #: False while intake is paused (the disk is full, say); `paused_reason` says why.
    intake_running: bool
    paused_reason: Optional[str]
    control: Optional[ControlStats]
    #: Files journaled but left in `processing/` because moving them failed (retried); None from older daemons.
    files_unmoved: Optional[int]
    #: The status object as gisad sent it.
    raw: dict[str, Any] = field(repr=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DaemonStatus:
        control = data.get("control")
        counts = data.get("counts_by_topic")
        uptime = data.get("uptime_seconds")
        reason = data.get("paused_reason")
        unmoved = data.get("files_unmoved")
        return cls(
            version=str(data.get("version", "")),
            pid=_int(data.get("pid")),
            uptime_seconds=float(uptime) if isinstance(uptime, (int, float)) else 0.0,
            last_seq=_int(data.get("last_seq")),
            counts_by_topic={str(k): _int(v) for k, v in counts.items()} if isinstance(counts, dict) else {},
            files_waiting=_int(data.get("files_waiting")),
            publish_endpoint=str(data.get("publish_endpoint", "")),
            control_endpoint=str(data.get("control_endpoint", "")),
            drop_dir=str(data.get("drop_dir", "")),
            state_dir=str(data.get("state_dir", "")),
            intake_running=data.get("intake_running") is not False,
            paused_reason=reason if isinstance(reason, str) else None,
            control=ControlStats.from_json(control) if isinstance(control, dict) else None,
            files_unmoved=_int(unmoved) if isinstance(unmoved, int) else None,
            raw=dict(data),
        )
