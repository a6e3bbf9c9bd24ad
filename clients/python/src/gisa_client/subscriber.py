"""A gap-free subscriber (mirrors `GisaClient.Subscriber`)."""

from __future__ import annotations

from typing import Any, Iterator, Optional

import zmq

from .control import Control
from .curve import Curve
from .errors import DaemonError, SocketError, Unreachable
from .events import Event
from .tracker import AlreadyDelivered, Deliver, SequenceTracker
from .wire import WireMessage


class Subscriber:
    """Iterates gisad's events gap-free and in order: each seq once, live events from the PUB
    socket, holes filled from the journal through the control endpoint.

    ```python
    with Subscriber("tcp://127.0.0.1:5601", "tcp://127.0.0.1:5602", since=1) as events:
        for event in events:
            print(event.sequence, event.topic, event.subject)
    ```

    - `since`: replay the journal from this seq first, then go live; None starts with the first
      live event.
    - `timeout`: seconds to wait for a control reply (`Unreachable` after that while replaying
      `since`; later, while gisad does not answer, a gap stays open and is filled on a later try).
    - `receive_high_water_mark`: live messages queued in this process before ZeroMQ drops them, so
      a slow consumer does not buffer the stream in memory: what is dropped is a gap, filled later.
    - `idle_catch_up`: seconds of silence after which the journal is asked for anything newer
      (ZeroMQ's slow joiner misses what was published while the subscription was being set up).

    Every event, live or replayed, passes a `SequenceTracker`, so none is delivered twice or out
    of order. Use from one thread; `close()` (or `with`) releases the sockets.
    """

    def __init__(self, publish_endpoint: str, control_endpoint: str, since: Optional[int] = None, *,
                 timeout: float = 5.0, curve: Optional[Curve] = None, receive_high_water_mark: int = 1000,
                 idle_catch_up: float = 0.5) -> None:
        self.publish_endpoint = publish_endpoint
        self.since = since
        self.idle_catch_up = idle_catch_up
        #: Live messages received (duplicates included) and events fetched from the journal.
        self.live_count = 0
        self.filled_count = 0
        self._tracker = SequenceTracker(max(since, 1) if since is not None else None)
        self._context: zmq.Context[Any] = zmq.Context()
        self._socket = self._context.socket(zmq.SUB)
        try:
            self._socket.setsockopt(zmq.RCVHWM, receive_high_water_mark)
            self._socket.setsockopt(zmq.LINGER, 0)
            # Every topic: a filtered stream hides gaps (filter on Event.topic afterwards).
            self._socket.setsockopt(zmq.SUBSCRIBE, b"")
            if curve is not None:
                curve.apply(self._socket)
            self._socket.connect(publish_endpoint)
        except zmq.ZMQError as error:
            self._socket.close()
            self._context.term()
            raise SocketError(f"cannot subscribe to {publish_endpoint}: {error}") from None
        try:
            self.control = Control(control_endpoint, timeout, curve=curve, context=self._context)
        except SocketError:
            self._socket.close()
            self._context.term()
            raise

    @property
    def next_sequence(self) -> Optional[int]:
        """The next seq to deliver (None before the first event when started without `since`)."""
        return self._tracker.next

    def close(self) -> None:
        self.control.close()
        self._socket.close()
        self._context.term()

    def __enter__(self) -> Subscriber:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[Event]:
        return self.events()

    def events(self) -> Iterator[Event]:
        """Yields events forever (stop by breaking out of the loop)."""
        if self.since is not None:
            yield from self._replay(self.since, None)
        timeout_ms = max(1, int(self.idle_catch_up * 1000))
        while True:
            if self._socket.poll(timeout_ms, zmq.POLLIN):
                try:
                    frames = self._socket.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    continue
                message = WireMessage.decode(frames)
                if message is None:
                    continue
                self.live_count += 1
                try:
                    live = Event.from_json(message.json)
                except DaemonError:
                    continue  # as if lost on the wire: the journal's copy fills the gap
                trial = self._tracker.copy()
                decision = trial.accept(message.sequence)
                if isinstance(decision, AlreadyDelivered):
                    continue
                if isinstance(decision, Deliver):
                    self._tracker = trial
                    yield live
                    continue
                try:
                    yield from self._replay(decision.first, decision.last)
                except Unreachable:
                    continue  # the next live message or the idle catch-up tries again
                # Delivered only when the gap really closed; otherwise a later catch-up replays it.
                trial = self._tracker.copy()
                if isinstance(trial.accept(message.sequence), Deliver):
                    self._tracker = trial
                    yield live
            elif self._tracker.next is not None:
                # Quiet: catch up on anything published before the subscription took effect.
                try:
                    yield from self._replay(self._tracker.next, None)
                except Unreachable:
                    continue

    def _replay(self, since: int, until: Optional[int]) -> Iterator[Event]:
        """Replays `since..until` from the journal, yielding each event the tracker accepts."""
        for event in self.control.replay(since, until):
            if isinstance(self._tracker.accept(event.sequence), Deliver):
                self.filled_count += 1
                yield event
