"""A gisad secured with CURVE (SECURITY.md): a listed client key gets in, any other gets no answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import zmq

from gisa_client import Control, Curve, GisaError, Unreachable
from conftest import Daemon, SubscriberRun, endpoints, run_cli, start_daemon


def keygen(prefix: Path) -> str:
    """A key pair written as `gisa keygen` writes it (PREFIX.key, PREFIX.pub); returns the public key."""
    public, secret = (k.decode("ascii") for k in zmq.curve_keypair())
    prefix.with_suffix(".key").write_text(secret + "\n")
    prefix.with_suffix(".key").chmod(0o600)
    prefix.with_suffix(".pub").write_text(public + "\n")
    return public


@pytest.fixture
def curve_daemon(tmp_path: Path) -> Daemon:
    if not zmq.has("curve"):
        pytest.skip("this libzmq has no CURVE")
    client_public = keygen(tmp_path / "client")
    keygen(tmp_path / "server")
    keygen(tmp_path / "stranger")
    (tmp_path / "allowed").write_text(client_public + "\n")
    config = f"curve_secret_key_file: {tmp_path / 'server.key'}\ncurve_allowed_clients_file: {tmp_path / 'allowed'}\n"
    client = Curve.from_files(tmp_path / "server.pub", tmp_path / "client")

    def ready(daemon: Daemon) -> bool:
        try:
            with Control(daemon.control_endpoint, 1, curve=client) as control:
                return control.ping()
        except GisaError:
            return False

    return start_daemon(tmp_path, ["--submit-enabled", "true"], config=config, host="0.0.0.0", ready=ready)


def test_a_listed_key_subscribes_and_an_unlisted_one_gets_no_answer(curve_daemon: Daemon) -> None:
    base = curve_daemon.base
    try:
        client = Curve.from_files(base / "server.pub", base / "client")
        stranger = Curve.from_files(base / "server.pub", base / "stranger")
        curve_daemon.drop_seeds()
        with Control(curve_daemon.control_endpoint, 5, curve=client) as control:
            assert control.status().control_endpoint.startswith("tcp://0.0.0.0:")
        run = SubscriberRun(curve_daemon.publish_endpoint, curve_daemon.control_endpoint, since=1, count=5, options={"curve": client})
        assert run.wait(120) and run.error is None, f"{run.error}; {run.sequences}\n{curve_daemon.log_tail()}"
        assert run.sequences == [1, 2, 3, 4, 5]

        with Control(curve_daemon.control_endpoint, 1, curve=stranger) as control, pytest.raises(Unreachable):
            control.status()
        with Control(curve_daemon.control_endpoint, 1) as control, pytest.raises(Unreachable):
            control.status()

        keys = ["--server-key", str(base / "server.pub"), "--client-key", str(base / "client")]
        result = run_cli(["subscribe", "--since", "1", "--count", "5", *keys, *endpoints(curve_daemon)])
        assert result.status == 0, result.stderr
        assert [json.loads(line)["sequence"] for line in result.lines] == [1, 2, 3, 4, 5]
        refused = run_cli(["status", "--timeout", "1", "--server-key", str(base / "server.pub"),
                           "--client-key", str(base / "stranger"), *endpoints(curve_daemon)])
        assert refused.status == 3, refused.stderr
    finally:
        assert curve_daemon.stop() == 0, curve_daemon.log_tail()
