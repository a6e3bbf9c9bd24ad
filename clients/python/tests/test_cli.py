"""`python -m gisa_client`: output like `gisa`'s, exit codes like `gisa`'s (acceptance 3)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import GISA, Daemon, endpoints, free_port, run_cli, scaled, seed_names


def test_subscribe_since_1_count_5_prints_the_five_seed_events(seeded: Daemon) -> None:
    result = run_cli(["subscribe", "--since", "1", "--count", "5", *endpoints(seeded)])
    assert result.status == 0, result.stderr
    events = [json.loads(line) for line in result.lines]
    assert [e["sequence"] for e in events] == [1, 2, 3, 4, 5]
    assert all(e["type"] == "article.extracted" and e["specversion"] == "1.0" for e in events)
    assert sorted(e["subject"] for e in events) == seed_names()
    assert all(e["data"]["body"]["paragraphs"] for e in events)


def test_subscribe_reads_the_endpoints_from_gisads_configuration_file(seeded: Daemon, tmp_path: Path) -> None:
    config = tmp_path / "gisad.yaml"
    config.write_text(f"publish_endpoint: {seeded.publish_endpoint}\ncontrol_endpoint: \"{seeded.control_endpoint}\"\n")
    result = run_cli(["subscribe", "--since", "4", "--count", "2", "--config", str(config)])
    assert result.status == 0, result.stderr
    assert [json.loads(line)["sequence"] for line in result.lines] == [4, 5]


def test_output_is_what_gisa_subscribe_prints(seeded: Daemon) -> None:
    if not GISA.is_file():
        pytest.skip(f"gisa not found at {GISA}: run `swift build` (or set GISA)")
    ours = run_cli(["subscribe", "--since", "1", "--count", "5", *endpoints(seeded)])
    theirs = subprocess.run([str(GISA), "subscribe", "--since", "1", "--count", "5", *endpoints(seeded)],
                            capture_output=True, timeout=scaled(60), cwd=seeded.base)
    assert ours.status == 0 and theirs.returncode == 0, f"{ours.stderr}\n{theirs.stderr.decode()}"
    assert [json.loads(line) for line in ours.lines] == [json.loads(line) for line in theirs.stdout.splitlines()]
    pretty = subprocess.run([str(GISA), "get", "3", "--format", "pretty", *endpoints(seeded)],
                            capture_output=True, timeout=scaled(60), cwd=seeded.base)
    assert run_cli(["get", "3", "--format", "pretty", *endpoints(seeded)]).stdout == pretty.stdout


def test_replay_get_and_status(seeded: Daemon) -> None:
    replay = run_cli(["replay", "--since", "2", "--until", "4", *endpoints(seeded)])
    assert replay.status == 0, replay.stderr
    assert [json.loads(line)["sequence"] for line in replay.lines] == [2, 3, 4]
    got = run_cli(["get", "3", *endpoints(seeded)])
    assert got.status == 0 and got.lines == replay.lines[1:2]
    status = run_cli(["status", *endpoints(seeded)])
    assert status.status == 0, status.stderr
    reported = json.loads(status.stdout)
    assert reported["last_seq"] == 5 and reported["counts_by_topic"] == {"article.extracted": 5}
    assert reported["control_endpoint"] == seeded.control_endpoint


def test_an_unreachable_daemon_exits_3_and_says_what_to_do() -> None:
    nobody = f"tcp://127.0.0.1:{free_port()}"
    for command in (["status"], ["subscribe", "--since", "1"], ["get", "1"]):
        result = run_cli([*command, "--publish-endpoint", nobody, "--control-endpoint", nobody, "--timeout", "0.5"])
        assert result.status == 3, f"{command}: {result.status} {result.stderr}"
        assert f"no answer from gisad at {nobody} within 0.5s: is gisad running" in result.stderr
        assert "--control-endpoint" in result.stderr and result.stdout == b""


def test_a_daemon_error_exits_1_with_its_code(seeded: Daemon) -> None:
    result = run_cli(["get", "99", *endpoints(seeded)])
    assert result.status == 1
    assert "not_found" in result.stderr and "99" in result.stderr
    refused = run_cli(["submit", str(Path(__file__)), *endpoints(seeded)])
    assert refused.status == 1 and "submit_disabled" in refused.stderr


def test_usage_errors_exit_2_and_a_bad_configuration_4(tmp_path: Path) -> None:
    assert run_cli(["subscribe", "--count", "five"]).status == 2
    assert run_cli(["get", "-3"]).status == 2
    assert run_cli(["status", "--server-key", "server.pub"]).status == 2
    assert run_cli(["submit", str(tmp_path / "absent.html")]).status == 2
    missing = run_cli(["status", "--config", str(tmp_path / "absent.yaml")])
    assert missing.status == 4 and "absent.yaml" in missing.stderr
