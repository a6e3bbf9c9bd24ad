"""The client's decisions without sockets: the tracker, frames, replies, keys, configuration."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
import zmq

from gisa_client import AlreadyDelivered, DaemonError, Deliver, Event, Gap, SequenceTracker, WireMessage
from gisa_client.connection import BadConfiguration, Connection, read_endpoints
from gisa_client.curve import Curve, read_keys
from gisa_client.errors import SocketError
from gisa_client.replies import parse_reply

EVENT = '{"data":{"title":"가상 제목"},"id":"7","sequence":7,"source":"gisad://h/s","type":"article.extracted"}'


class TestSequenceTracker:
    def test_first_event_without_start_is_delivered_and_sets_next(self) -> None:
        t = SequenceTracker()
        assert t.accept(41) == Deliver()
        assert t.next == 42

    def test_next_delivers_earlier_is_a_duplicate_and_does_not_move(self) -> None:
        t = SequenceTracker(5)
        assert t.accept(5) == Deliver()
        assert t.accept(3) == AlreadyDelivered()
        assert t.accept(5) == AlreadyDelivered()
        assert t.next == 6

    def test_a_jump_is_a_gap_and_advances_past_it(self) -> None:
        t = SequenceTracker(2)
        assert t.accept(5) == Gap(first=2, last=4)
        assert t.next == 6

    def test_copy_is_independent(self) -> None:
        t = SequenceTracker(1)
        trial = t.copy()
        trial.accept(9)
        assert t.next == 1 and trial.next == 10


class TestWireMessage:
    def test_round_trip_little_endian(self) -> None:
        m = WireMessage("article.extracted", b"{}", 258)
        assert m.frames[2] == b"\x02\x01\x00\x00\x00\x00\x00\x00"
        assert WireMessage.decode(m.frames) == m

    @pytest.mark.parametrize("frames", [
        [b"article.extracted", b"{}"],
        [b"article.extracted", b"{}", b"\x01\x00"],
        [b"\xff\xfe", b"{}", struct.pack("<Q", 1)],
        [b"a", b"{}", struct.pack("<Q", 1), b"extra"],
    ])
    def test_wrong_shapes_are_refused(self, frames: list[bytes]) -> None:
        assert WireMessage.decode(frames) is None


class TestReplies:
    def test_replay_keeps_each_event_byte_for_byte(self) -> None:
        other = '{ "sequence" : 8 ,"type":"daemon.status","data":{"state":"started","message":"a\\/b"}}'
        body = f'{{"ok":true,"last_seq":9,"next":9,"events":[{EVENT} , {other}]}}'.encode()
        reply = parse_reply(body)
        assert reply.raw_events == [EVENT, other]
        assert reply.object["next"] == 9 and reply.object["last_seq"] == 9
        assert [e["sequence"] for e in reply.object["events"]] == [7, 8]

    def test_get_keeps_the_event(self) -> None:
        reply = parse_reply(f'{{"ok":true,"event":{EVENT}}}'.encode())
        event = Event.from_json(reply.raw_event.encode(), reply.object["event"])
        assert event.raw == EVENT.encode() and event.sequence == 7 and event.key == ("gisad://h/s", 7)
        assert event.payload is not None and getattr(event.payload, "title") == "가상 제목"

    def test_an_error_reply_raises_with_gisads_code(self) -> None:
        with pytest.raises(DaemonError) as caught:
            parse_reply(b'{"ok":false,"error":{"code":"not_found","message":"no event with seq 9"}}')
        assert caught.value.code == "not_found"
        assert "not_found" in str(caught.value) and "no event with seq 9" in str(caught.value)

    @pytest.mark.parametrize("body", [b"", b"[1]", b'{"ok":true', b'{"pong":true}', b'{"ok":true} x', b"\xff"])
    def test_anything_else_is_a_bad_reply(self, body: bytes) -> None:
        with pytest.raises(DaemonError) as caught:
            parse_reply(body)
        assert caught.value.code == "bad_reply"

    def test_an_event_without_sequence_is_refused(self) -> None:
        with pytest.raises(DaemonError) as caught:
            Event.from_json(b'{"type":"article.extracted"}')
        assert caught.value.code == "bad_event"


class TestKeysAndConfiguration:
    def test_key_files_as_gisa_keygen_writes_them(self, tmp_path: Path) -> None:
        public, secret = (k.decode() for k in zmq.curve_keypair())
        server_public, _ = (k.decode() for k in zmq.curve_keypair())
        (tmp_path / "me.key").write_text(f"# mine\n{secret}\n")
        (tmp_path / "server.pub").write_text(server_public + "\n")
        curve = Curve.from_files(tmp_path / "server.pub", tmp_path / "me")
        assert curve == Curve(server_public, public, secret)

    def test_a_line_that_is_not_a_key_is_named(self, tmp_path: Path) -> None:
        (tmp_path / "bad.pub").write_text("not a key\n")
        with pytest.raises(SocketError, match="not a 40-character Z85 CURVE key"):
            read_keys(tmp_path / "bad.pub")

    def test_endpoints_from_gisads_flat_configuration(self, tmp_path: Path) -> None:
        config = tmp_path / "gisad.yaml"
        config.write_text("# comment\ndrop_dir: var/drop\npublish_endpoint: 'tcp://127.0.0.1:7001'  # pub\n"
                          "control_endpoint: tcp://127.0.0.1:7002 # ctl\n  publish_endpoint: nested\n")
        assert read_endpoints(str(config)) == {"publish_endpoint": "tcp://127.0.0.1:7001",
                                               "control_endpoint": "tcp://127.0.0.1:7002"}
        conn = Connection.resolve(str(config), None, "ipc:///x", 2.0, None, None)
        assert (conn.publish_endpoint, conn.control_endpoint) == ("tcp://127.0.0.1:7001", "ipc:///x")

    def test_a_missing_or_odd_configuration_is_a_bad_configuration(self, tmp_path: Path) -> None:
        with pytest.raises(BadConfiguration):
            read_endpoints(str(tmp_path / "absent.yaml"))
        (tmp_path / "flow.yaml").write_text("control_endpoint: [a, b]\n")
        with pytest.raises(BadConfiguration, match="control_endpoint"):
            read_endpoints(str(tmp_path / "flow.yaml"))

    def test_half_a_curve_setting_is_a_usage_error(self) -> None:
        with pytest.raises(ValueError, match="both --server-key and --client-key"):
            Connection.resolve(None, None, None, 1.0, "server.pub", None)


def test_event_document_is_the_raw_json() -> None:
    event = Event.from_json(EVENT.encode())
    assert event.document == json.loads(EVENT)
    assert event.topic == "article.extracted" and event.subject is None
