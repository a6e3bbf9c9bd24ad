"""`Control` against the real gisad: status, get, replay (paged), submit, errors."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from gisa_client import Article, Control, DaemonError, Unreachable
from conftest import Daemon, drop, free_port, scaled, seed_names, start_daemon


def test_status_is_typed(seeded: Daemon) -> None:
    with seeded.control() as control:
        status = control.status()
    assert status.last_seq == 5 and status.counts_by_topic == {"article.extracted": 5}
    assert status.files_waiting == 0 and status.intake_running and status.paused_reason is None
    assert status.control is not None and status.control.requests >= 1
    assert status.pid == seeded.process.pid and status.version
    assert status.raw["publish_endpoint"] == seeded.publish_endpoint == status.publish_endpoint


def test_get_gives_a_typed_event_that_keeps_its_json(seeded: Daemon) -> None:
    with seeded.control() as control:
        event = control.get(2)
    assert event.sequence == 2 and event.id == "2" and event.topic == "article.extracted"
    assert event.source.startswith("gisad://") and event.subject in seed_names()
    assert json.loads(event.raw) == event.document and event.document["data"] == event.data
    article = event.payload
    assert isinstance(article, Article)
    assert article.title == event.data["title"] and article.paragraphs == event.data["body"]["paragraphs"]
    assert article.body_text == event.data["body"]["text"] and len(article.authors) == len(event.data["authors"])


def test_replay_follows_pages_and_stops_at_until(seeded: Daemon) -> None:
    with seeded.control() as control:
        page = control.replay_page(1, limit=2)
        assert [e.sequence for e in page.events] == [1, 2] and page.last_seq == 5 and page.next is None
        assert [e.sequence for e in control.replay(1, page_size=2)] == [1, 2, 3, 4, 5]
        assert [e.sequence for e in control.replay(2, until=4, page_size=2)] == [2, 3, 4]
        assert list(control.replay(6)) == []
        whole = {e.sequence: e.raw for e in control.replay(1)}
        assert [control.get(seq).raw for seq in range(1, 6)] == [whole[seq] for seq in range(1, 6)]


def test_errors_carry_gisads_code(seeded: Daemon) -> None:
    with seeded.control() as control:
        with pytest.raises(DaemonError) as missing:
            control.get(99)
        assert missing.value.code == "not_found"
        with pytest.raises(DaemonError) as unknown:
            control.call({"op": "shout"})
        assert unknown.value.code == "unknown_op"
        with pytest.raises(DaemonError) as disabled:
            control.submit("a.txt", b"text")
        assert disabled.value.code == "submit_disabled"
        assert control.ping()  # the connection is still good after errors


def test_an_unreachable_endpoint_raises_within_the_timeout_and_says_what_to_do() -> None:
    endpoint = f"tcp://127.0.0.1:{free_port()}"
    with Control(endpoint, timeout=0.3) as control:
        started = time.monotonic()
        with pytest.raises(Unreachable) as caught:
            control.status()
        assert time.monotonic() - started < scaled(5)
    assert caught.value.endpoint == endpoint
    assert "is gisad running, and is this its control_endpoint?" in str(caught.value)


def test_submit_writes_into_the_drop_directory_and_refuses_bad_names(fresh: Daemon) -> None:
    name = seed_names()[0]
    with fresh.control() as control:
        stored = control.submit(f"submitted-{name}", (Path(__file__).parents[3] / "seeds" / name).read_bytes())
        assert stored.name == f"submitted-{name}" and stored.bytes > 0
        fresh.wait_for_seq(1)
        event = control.get(1)
        assert event.subject == f"submitted-{name}" and event.topic == "article.extracted"
        for bad in (".hidden", "a/b.txt", "tab\tname"):
            with pytest.raises(DaemonError) as refused:
                control.submit(bad, b"text")
            assert refused.value.code == "bad_name", bad


def _invented_article(n: int, size: int) -> bytes:
    """A long article of invented text (no page is copied), `size` bytes or a little more."""
    rng = random.Random(n)
    words = ["가상시", "연구소", "발표했다", "올해", "예산", "주민", "설명회", "계획", "협력", "기술", "사업", "지원"]
    lines = [f"가상시 연구 사업 {n}호 보고서 공개", "", "[가상시=가상일보] 홍길동 기자 = "]
    while sum(len(line.encode()) + 1 for line in lines) < size:
        lines += [" ".join(rng.choice(words) for _ in range(30)) + f" 문단 {len(lines)}.", ""]
    return "\n".join(lines).encode()


def test_a_replay_larger_than_one_reply_is_paged_with_next(tmp_path: Path) -> None:
    daemon = start_daemon(tmp_path)
    try:
        for n in range(3):
            drop(daemon.drop_dir, f"long-{n}.txt", _invented_article(n, 200_000))
        daemon.wait_for_seq(3, timeout=120)
        with daemon.control(timeout=20) as control:
            sizes = [len(control.get(seq).raw) for seq in (1, 2, 3)]
            assert sum(sizes) > 1_048_576, f"events of {sizes} bytes fit in one reply: nothing to page"
            first = control.replay_page(1)
            assert first.next == 1 + len(first.events) and len(first.events) < 3, first
            assert [e.sequence for e in control.replay(1)] == [1, 2, 3]
    finally:
        assert daemon.stop() == 0, daemon.log_tail()
