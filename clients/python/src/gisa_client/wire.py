"""The three frames of a published message (README, "Events on the wire").

```
+-------------------+-----------------------------+------------------------+
| topic (UTF-8)     | event (CloudEvents 1.0 JSON)| sequence (u64, LE)     |
| article.extracted | {"specversion":"1.0",…}     | 8 bytes                |
+-------------------+-----------------------------+------------------------+
```
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Optional, Sequence

_SEQUENCE = struct.Struct("<Q")


@dataclass(frozen=True)
class WireMessage:
    """One message of gisad's PUB socket: `[topic, event JSON, sequence as u64 little-endian]`."""

    topic: str
    json: bytes
    sequence: int

    @property
    def frames(self) -> list[bytes]:
        """The three frames, in order."""
        return [self.topic.encode("utf-8"), self.json, _SEQUENCE.pack(self.sequence)]

    @classmethod
    def decode(cls, frames: Sequence[bytes]) -> Optional[WireMessage]:
        """Parses three frames; None when the shape is wrong (as `WireMessage(frames:)` in Swift)."""
        if len(frames) != 3 or len(frames[2]) != 8:
            return None
        try:
            topic = bytes(frames[0]).decode("utf-8")
        except UnicodeDecodeError:
            return None
        (sequence,) = _SEQUENCE.unpack(bytes(frames[2]))
        return cls(topic=topic, json=bytes(frames[1]), sequence=sequence)
