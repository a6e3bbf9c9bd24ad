"""The harness: the real gisad on temporary directories with free loopback ports.

`GISAD` names the daemon (default `.build/debug/gisad` at the repository root), `GISA` the Swift
CLI some tests compare with (default `.build/debug/gisa`). Waits poll for progress with a
deadline; `GISA_TEST_TIME_SCALE` stretches every deadline (as in the Swift tests; a debug build
gets three times the figures written here).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence

import pytest

from gisa_client import Control, Event, GisaError, Subscriber

REPO = Path(__file__).resolve().parents[3]
CLIENT_SRC = Path(__file__).resolve().parents[1] / "src"
GISAD = Path(os.environ.get("GISAD", str(REPO / ".build/debug/gisad")))
GISA = Path(os.environ.get("GISA", str(REPO / ".build/debug/gisa")))
SEEDS = REPO / "seeds"
SCALE = 3.0 * float(os.environ.get("GISA_TEST_TIME_SCALE", "1"))


def scaled(seconds: float) -> float:
    return seconds * SCALE


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.05) -> bool:
    """Polls `predicate` until it holds or `timeout` seconds pass; returns whether it held."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


_handed_out: set[int] = set()


def free_port() -> int:
    """A loopback TCP port nobody listens on now (bind port 0, read it, close)."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port not in _handed_out:
            _handed_out.add(port)
            return port


def seed_names() -> list[str]:
    return sorted(p.name for p in SEEDS.iterdir() if not p.name.startswith("."))


def drop(directory: Path, name: str, content: bytes) -> None:
    """Writes a file the way writers should: under a dot name, then renamed into place."""
    tmp = directory / f".{name}.tmp"
    tmp.write_bytes(content)
    tmp.rename(directory / name)


@dataclass
class Daemon:
    """A running gisad and its directories."""

    base: Path
    process: "subprocess.Popen[bytes]"
    publish_endpoint: str
    control_endpoint: str
    log: Path

    @property
    def drop_dir(self) -> Path:
        return self.base / "drop"

    def control(self, timeout: float = 5.0) -> Control:
        return Control(self.control_endpoint, timeout)

    def last_seq(self) -> int:
        try:
            with self.control(timeout=2) as c:
                return c.status().last_seq
        except GisaError:
            return -1

    def wait_for_seq(self, seq: int, timeout: float = 60) -> None:
        assert wait_for(lambda: self.last_seq() >= seq, scaled(timeout), interval=0.1), \
            f"gisad did not reach seq {seq} (at {self.last_seq()})\n{self.log_tail()}"

    def drop_seeds(self) -> None:
        for name in seed_names():
            drop(self.drop_dir, name, (SEEDS / name).read_bytes())

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> Optional[int]:
        """SIGTERM, then the exit status (SIGKILL after the deadline)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=scaled(30))
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                return None
        return self.process.returncode


def start_daemon(base: Path, arguments: Sequence[str] = (), config: str = "", host: str = "127.0.0.1",
                 ready: Optional[Callable[[Daemon], bool]] = None) -> Daemon:
    """Starts gisad on `base/drop` and `base/state` with free ports and waits until it is ready
    (it answers `ping`, or `ready` holds)."""
    if not GISAD.is_file():
        pytest.skip(f"gisad not found at {GISAD}: run `swift build` (or set GISAD)")
    (base / "drop").mkdir(parents=True, exist_ok=True)
    (base / "gisad.yaml").write_text(config)
    publish_port, control_port = free_port(), free_port()
    log = base / "gisad.log"
    command = [str(GISAD), "--config", str(base / "gisad.yaml"), "--drop-dir", str(base / "drop"),
               "--state-dir", str(base / "state"),
               "--publish-endpoint", f"tcp://{host}:{publish_port}",
               "--control-endpoint", f"tcp://{host}:{control_port}", *arguments]
    with open(log, "wb") as log_file:
        process = subprocess.Popen(command, cwd=base, stdout=log_file, stderr=subprocess.STDOUT)
    daemon = Daemon(base=base, process=process, publish_endpoint=f"tcp://127.0.0.1:{publish_port}",
                    control_endpoint=f"tcp://127.0.0.1:{control_port}", log=log)

    def pinged() -> bool:
        try:
            with daemon.control(timeout=1) as c:
                return c.ping()
        except GisaError:
            return False

    def check() -> bool:
        return ready(daemon) if ready is not None else pinged()

    up = wait_for(lambda: process.poll() is not None or check(), scaled(60), interval=0.1)
    if not up or process.poll() is not None:
        daemon.stop()
        raise AssertionError(f"gisad did not become ready (exit {process.poll()})\n{daemon.log_tail()}")
    return daemon


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Daemon]:
    """One gisad that has journaled the five seeds (seqs 1…5) and nothing else. Read-only for tests."""
    daemon = start_daemon(tmp_path_factory.mktemp("seeded"))
    try:
        daemon.drop_seeds()
        daemon.wait_for_seq(len(seed_names()))
        yield daemon
    finally:
        status = daemon.stop()
        assert status == 0, f"gisad exited {status}\n{daemon.log_tail()}"


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Daemon]:
    """A gisad of the test's own with an empty journal, `submit` allowed."""
    daemon = start_daemon(tmp_path, ["--submit-enabled", "true"])
    try:
        yield daemon
    finally:
        status = daemon.stop()
        assert status == 0, f"gisad exited {status}\n{daemon.log_tail()}"


@dataclass
class CLIResult:
    status: int
    stdout: bytes
    stderr: str

    @property
    def lines(self) -> list[bytes]:
        return self.stdout.splitlines()


def run_cli(arguments: Sequence[str], timeout: float = 60, cwd: Optional[Path] = None) -> CLIResult:
    """`python -m gisa_client ARGUMENTS` on the sources under test, stdout a pipe."""
    env = dict(os.environ, PYTHONPATH=str(CLIENT_SRC))
    done = subprocess.run([sys.executable, "-m", "gisa_client", *arguments], capture_output=True,
                          timeout=scaled(timeout), env=env, cwd=cwd)
    return CLIResult(done.returncode, done.stdout, done.stderr.decode("utf-8", errors="replace"))


def endpoints(daemon: Daemon) -> list[str]:
    return ["--publish-endpoint", daemon.publish_endpoint, "--control-endpoint", daemon.control_endpoint]


@dataclass
class SubscriberRun:
    """A `Subscriber` iterated on a thread of its own until it has delivered `count` events."""

    publish_endpoint: str
    control_endpoint: str
    since: Optional[int]
    count: int
    options: dict[str, Any] = field(default_factory=dict)
    delivered: list[Event] = field(default_factory=list)
    error: Optional[BaseException] = None
    live_count: int = 0
    filled_count: int = 0

    def __post_init__(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with Subscriber(self.publish_endpoint, self.control_endpoint, self.since, **self.options) as sub:
                for event in sub:
                    self.delivered.append(event)
                    self.live_count, self.filled_count = sub.live_count, sub.filled_count
                    if len(self.delivered) >= self.count:
                        break
        except BaseException as error:  # reported by the test
            self.error = error

    @property
    def sequences(self) -> list[int]:
        return [e.sequence for e in self.delivered]

    def wait(self, timeout: float) -> bool:
        self._thread.join(scaled(timeout))
        return not self._thread.is_alive()
