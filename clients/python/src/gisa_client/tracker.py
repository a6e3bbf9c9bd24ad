"""The reference algorithm that turns a lossy PUB stream into every event, once, in order.

A port of `GisaEvents.SequenceTracker`. Pure: feed it sequence numbers, act on its decisions.

1. Subscribe to everything first (filter topics afterwards, or gaps are invisible).
2. With a starting point, replay from the journal, passing each event through `accept`.
3. For each live message, `accept(seq)`: deliver it; drop one `AlreadyDelivered` (replayed before); on a
   `Gap(first, last)` replay `first..last` from the journal, deliver those, then the live message.
4. When the stream is quiet, replay from `next` (ZeroMQ's slow joiner loses the first messages).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union


@dataclass(frozen=True)
class Deliver:
    """The event is the next one: deliver it."""


@dataclass(frozen=True)
class AlreadyDelivered:
    """The event was delivered already (a duplicate): drop it."""


@dataclass(frozen=True)
class Gap:
    """Events `first..last` (inclusive) are missing and must be fetched before this one."""

    first: int
    last: int


Decision = Union[Deliver, AlreadyDelivered, Gap]


class SequenceTracker:
    """Decides, for each sequence number seen, whether to deliver it, drop it, or fill a gap first."""

    def __init__(self, starting_at: Optional[int] = None) -> None:
        #: The next sequence number to deliver, or None before the first event.
        self.next: Optional[int] = starting_at

    def copy(self) -> SequenceTracker:
        return SequenceTracker(self.next)

    def accept(self, seq: int) -> Decision:
        """Decides about an event of sequence `seq`. `Deliver` and `Gap` advance the tracker past
        `seq` (the caller delivers the gap's events, then this one)."""
        expected = self.next
        if expected is None:
            self.next = seq + 1
            return Deliver()
        if seq < expected:
            return AlreadyDelivered()
        self.next = seq + 1
        if seq == expected:
            return Deliver()
        return Gap(first=expected, last=seq - 1)

    def __repr__(self) -> str:
        return f"SequenceTracker(next={self.next})"
