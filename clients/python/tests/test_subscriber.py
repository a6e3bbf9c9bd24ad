"""`Subscriber`: replay then live, gap-free and in order, holes filled through the control endpoint.

A stand-in PUB socket of the test's own decides what reaches the subscriber live (and so what is
lost on the wire); the replays come from a real gisad's journal.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

import pytest
import zmq

from gisa_client import Article, Control, Event, WireMessage
from conftest import SEEDS, Daemon, SubscriberRun, free_port, scaled, seed_names, wait_for


class StandInPublisher:
    """A PUB socket standing in for gisad's."""

    def __init__(self) -> None:
        self.endpoint = f"tcp://127.0.0.1:{free_port()}"
        self._context: zmq.Context[Any] = zmq.Context()
        self._socket = self._context.socket(zmq.PUB)
        self._socket.setsockopt(zmq.LINGER, 0)
        self._socket.bind(self.endpoint)

    def publish(self, event: Event) -> None:
        """Publishes a journaled event as gisad would."""
        self._socket.send_multipart(WireMessage(event.topic, event.raw, event.sequence).frames)

    def publish_until(self, event: Event, received: Any, timeout: float) -> bool:
        """Publishes `event` again and again until `received()` holds (the subscriber is connected)."""
        def again() -> bool:
            self.publish(event)
            return bool(received())
        return wait_for(again, timeout)

    def close(self) -> None:
        self._socket.close()
        self._context.term()


def journaled(daemon: Daemon) -> list[Event]:
    with daemon.control() as control:
        return list(control.replay(1))


def test_since_1_replays_the_journal_in_order_as_typed_events(seeded: Daemon) -> None:
    run = SubscriberRun(seeded.publish_endpoint, seeded.control_endpoint, since=1, count=5)
    assert run.wait(60) and run.error is None, run.error
    assert run.sequences == [1, 2, 3, 4, 5] and run.filled_count == 5
    assert sorted(e.subject or "" for e in run.delivered) == seed_names()
    assert all(isinstance(e.payload, Article) for e in run.delivered)
    assert [e.raw for e in run.delivered] == [e.raw for e in journaled(seeded)]


@pytest.fixture
def stand_in() -> Iterator[StandInPublisher]:
    pub = StandInPublisher()
    try:
        yield pub
    finally:
        pub.close()


def connected(pub: StandInPublisher, daemon: Daemon, first: Event, idle_catch_up: float) -> SubscriberRun:
    """A subscriber to `pub` (replays from `daemon`) that has received `first` live."""
    run = SubscriberRun(pub.endpoint, daemon.control_endpoint, since=None, count=5,
                        options={"idle_catch_up": idle_catch_up})
    assert pub.publish_until(first, lambda: run.delivered, scaled(30)), f"seq 1 never arrived: {run.error}"
    return run


def test_a_live_jump_is_filled_from_the_journal_before_the_event_after_it(seeded: Daemon,
                                                                          stand_in: StandInPublisher) -> None:
    events = journaled(seeded)
    # Quiet-time catch-up effectively off: only the gap handling can fetch 3 and 4 in time.
    run = connected(stand_in, seeded, events[0], idle_catch_up=600)
    stand_in.publish(events[1])
    assert wait_for(lambda: len(run.delivered) >= 2, scaled(10)), run.sequences
    stand_in.publish(events[4])
    assert run.wait(10) and run.error is None, f"{run.error}; delivered {run.sequences}"
    assert run.sequences == [1, 2, 3, 4, 5]
    assert run.filled_count == 2  # 3 and 4, from the journal
    assert [e.raw for e in run.delivered] == [e.raw for e in events]


def test_a_quiet_stream_is_caught_up_from_the_journal(seeded: Daemon, stand_in: StandInPublisher) -> None:
    # Only seq 1 is ever published live; 2…5 exist only in the journal.
    run = connected(stand_in, seeded, journaled(seeded)[0], idle_catch_up=0.3)
    assert run.wait(10) and run.error is None, f"{run.error}; delivered {run.sequences}"
    assert run.sequences == [1, 2, 3, 4, 5] and run.filled_count == 4


def _renumbered(event: Event, seq: int) -> Event:
    """`event` as if it had seq `seq` (a live event the journal does not hold)."""
    document = dict(event.document, sequence=seq, id=str(seq))
    return Event.from_json(json.dumps(document, ensure_ascii=False).encode(), document)


def test_replayed_and_duplicate_live_events_are_delivered_once(seeded: Daemon, stand_in: StandInPublisher) -> None:
    events = journaled(seeded)
    # since=3 replays 3…5; then every live message repeats 1…5 (all duplicates) before the
    # next new seq, so a duplicate that got through would show up before 6 or 7.
    run = SubscriberRun(stand_in.endpoint, seeded.control_endpoint, since=3, count=5, options={"idle_catch_up": 600})
    assert wait_for(lambda: len(run.delivered) >= 3, scaled(30)), f"{run.error}; {run.sequences}"
    for seq in (6, 7):
        def again(seq: int = seq) -> bool:
            for event in events:
                stand_in.publish(event)
            stand_in.publish(_renumbered(events[4], seq))
            return len(run.delivered) >= seq - 2
        assert wait_for(again, scaled(30)), f"{run.error}; {run.sequences}"
    assert run.wait(10) and run.error is None, run.error
    assert run.sequences == [3, 4, 5, 6, 7] and run.filled_count == 3


def test_live_from_a_real_gisad_keeps_the_published_bytes(fresh: Daemon) -> None:
    """Files submitted while subscribed arrive live (or filled), once each, in order; the JSON the
    subscriber keeps is the journal's, byte for byte."""
    run = SubscriberRun(fresh.publish_endpoint, fresh.control_endpoint, since=1, count=5)
    names = seed_names()
    with Control(fresh.control_endpoint) as control:
        for name in names:
            control.submit(name, (SEEDS / name).read_bytes())
        assert run.wait(120) and run.error is None, f"{run.error}; delivered {run.sequences}\n{fresh.log_tail()}"
        assert run.sequences == [1, 2, 3, 4, 5]
        assert run.live_count + run.filled_count >= 5
        assert sorted(e.subject or "" for e in run.delivered) == names
        assert [e.raw for e in run.delivered] == [control.get(seq).raw for seq in range(1, 6)]
