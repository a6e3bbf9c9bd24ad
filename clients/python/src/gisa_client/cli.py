"""`python -m gisa_client`: subscribe, replay, get, status and submit, as `gisa` does.

Exit codes (as `gisa`): 0 success; 1 an input failed or the daemon answered with an error;
2 usage; 3 the daemon could not be reached; 4 a bad configuration.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Callable, Optional, Sequence

from . import __version__, output
from .connection import BadConfiguration, Connection
from .control import Control
from .errors import DaemonError, GisaError, Unreachable
from .subscriber import Subscriber

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
EXIT_BAD_CONFIG = 4

PROG = "gisa-client"


def _seq(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a sequence number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def _connection_options() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--config", help="gisad's configuration file, read for its endpoints "
                   "(default config/gisad.yaml when present)")
    p.add_argument("--publish-endpoint", help="gisad's PUB endpoint (overrides the configuration)")
    p.add_argument("--control-endpoint", help="gisad's control endpoint (overrides the configuration)")
    p.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for a control reply (default 5)")
    p.add_argument("--server-key", help="file with gisad's CURVE public key (for a non-loopback gisad)")
    p.add_argument("--client-key", help="prefix of this client's key pair from gisa keygen (reads PREFIX.key)")
    return p


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Subscribe to, replay, fetch from, submit to and query a running gisad.",
        epilog="Exit codes: 0 success; 1 an input failed or the daemon answered with an error; 2 usage; "
               "3 the daemon could not be reached; 4 a bad configuration.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = [_connection_options()]
    formats = [output.JSONL, output.PRETTY]
    fmt_help = "jsonl or pretty (default: jsonl when piped, pretty on a terminal)"

    sub = commands.add_parser("subscribe", parents=common, help="events as they happen, with no gap and no duplicate")
    sub.add_argument("--topic", help="print only events whose topic starts with this (article., daemon.)")
    sub.add_argument("--since", type=_seq, help="replay from this seq (1 = everything) before going live")
    sub.add_argument("--count", type=int, help="exit after printing this many events")
    sub.add_argument("--format", choices=formats, help=fmt_help)

    rep = commands.add_parser("replay", parents=common, help="journaled events from --since to --until (inclusive)")
    rep.add_argument("--since", type=_seq, default=1, help="first seq to print (default 1)")
    rep.add_argument("--until", type=_seq, help="last seq to print (default: the newest)")
    rep.add_argument("--format", choices=formats, help=fmt_help)

    get = commands.add_parser("get", parents=common, help="one journaled event by its seq")
    get.add_argument("seq", type=_seq)
    get.add_argument("--format", choices=formats, help=fmt_help)

    status = commands.add_parser("status", parents=common, help="gisad's version, uptime, counts, last seq, endpoints")
    status.add_argument("--json", action="store_true", help="print JSON (default when not on a terminal)")

    submit = commands.add_parser("submit", parents=common,
                                 help="hand files to gisad through the control endpoint (submit_enabled)")
    submit.add_argument("paths", nargs="+", help="files or directories (read recursively, dot names skipped)")
    return parser


def _warn(command: str, message: object) -> None:
    print(f"{PROG} {command}: {message}", file=sys.stderr, flush=True)


def _subscribe(args: argparse.Namespace, conn: Connection) -> int:
    if args.count is not None and args.count <= 0:
        return EXIT_OK
    fmt = output.choose(args.format)
    printed = 0
    with Subscriber(conn.publish_endpoint, conn.control_endpoint, since=args.since, timeout=conn.timeout,
                    curve=conn.curve) as subscriber:
        for event in subscriber:
            if args.topic is not None and not event.topic.startswith(args.topic):
                continue
            output.emit(event, fmt)
            printed += 1
            if args.count is not None and printed >= args.count:
                break
    return EXIT_OK


def _replay(args: argparse.Namespace, conn: Connection) -> int:
    fmt = output.choose(args.format)
    with Control(conn.control_endpoint, conn.timeout, curve=conn.curve) as control:
        for event in control.replay(args.since, args.until):
            output.emit(event, fmt)
    return EXIT_OK


def _get(args: argparse.Namespace, conn: Connection) -> int:
    with Control(conn.control_endpoint, conn.timeout, curve=conn.curve) as control:
        output.emit(control.get(args.seq), output.choose(args.format))
    return EXIT_OK


def _status(args: argparse.Namespace, conn: Connection) -> int:
    with Control(conn.control_endpoint, conn.timeout, curve=conn.curve) as control:
        s = control.status()
    if args.json or not sys.stdout.isatty():
        print(json.dumps(s.raw, sort_keys=True, ensure_ascii=False, separators=(",", ":")), flush=True)
        return EXIT_OK
    counts = ", ".join(f"{k} {v}" for k, v in sorted(s.counts_by_topic.items())) or "none yet"
    c = s.control
    intake = "running" if s.intake_running else f"paused: {s.paused_reason or ''}"
    lines = [
        f"gisad {s.version} (pid {s.pid}), up {int(s.uptime_seconds)}s",
        f"last seq:      {s.last_seq}",
        f"events:        {counts}",
        f"files waiting: {s.files_waiting}",
        f"files unmoved: {s.files_unmoved or 0} (journaled, left in processing/ because the move failed; retried)",
        f"intake:        {intake}",
        f"requests:      {c.requests if c else 0} ({c.requests_refused if c else 0} refused, "
        f"{c.replies_dropped if c else 0} replies dropped: clients not reading them)",
        f"drop dir:      {s.drop_dir}",
        f"publish:       {s.publish_endpoint}",
        f"control:       {s.control_endpoint}",
    ]
    print("\n".join(lines), flush=True)
    return EXIT_OK


def _files(paths: Sequence[str]) -> list[str]:
    """Files and directories (recursively, sorted, dot names skipped) as a list of files."""
    files: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        found: list[str] = []
        for root, dirs, names in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found.extend(os.path.join(root, n) for n in names if not n.startswith("."))
        files.extend(sorted(found))
    return files


def _submit(args: argparse.Namespace, conn: Connection) -> int:
    files = _files(args.paths)
    failures = 0
    with Control(conn.control_endpoint, conn.timeout, curve=conn.curve) as control:
        for path in files:
            try:
                stored = control.submit_file(path)
            except OSError as error:
                _warn("submit", f"{path}: cannot read: {error.strerror}")
                failures += 1
            except DaemonError as error:
                _warn("submit", f"{path}: {error}")
                failures += 1
            else:
                print(f"{path} -> {stored.name} ({stored.bytes} bytes)", flush=True)
    if failures:
        _warn("submit", f"{failures} of {len(files)} file(s) failed")
        return EXIT_FAILED
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, Connection], int]] = {
    "subscribe": _subscribe, "replay": _replay, "get": _get, "status": _status, "submit": _submit,
}


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "submit":
        missing = [p for p in args.paths if not os.path.exists(p)]
        if missing:
            parser.error(f"{missing[0]}: no such file or directory")
    try:
        conn = Connection.resolve(args.config, args.publish_endpoint, args.control_endpoint, args.timeout,
                                  args.server_key, args.client_key)
    except BadConfiguration as error:
        _warn(args.command, error)
        return EXIT_BAD_CONFIG
    except (ValueError, GisaError) as error:
        parser.error(str(error))
    try:
        return _COMMANDS[args.command](args, conn)
    except Unreachable as error:
        _warn(args.command, error)
        return EXIT_UNREACHABLE
    except GisaError as error:
        _warn(args.command, error)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (`| head`): not an error of ours; keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def entry() -> None:
    """The `gisa-client` console script."""
    raise SystemExit(main())
