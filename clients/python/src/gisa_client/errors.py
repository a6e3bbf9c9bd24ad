"""Why a client call failed, phrased for the person at the terminal (mirrors GisaClient.ClientError)."""

from __future__ import annotations


class GisaError(Exception):
    """Base class of every error this package raises."""


class Unreachable(GisaError):
    """No reply in time: gisad is not running, or the endpoint is wrong."""

    def __init__(self, endpoint: str, seconds: float) -> None:
        self.endpoint = endpoint
        self.seconds = seconds
        super().__init__(
            f"no answer from gisad at {endpoint} within {seconds}s: is gisad running, and is this its "
            "control_endpoint? (set it with --control-endpoint or --config)"
        )


class DaemonError(GisaError):
    """gisad answered with an error reply: `{"ok":false,"error":{"code":…,"message":…}}`.

    `code` is gisad's (`not_found`, `bad_name`, `too_large`, `submit_disabled`, `backlog`, …),
    or `bad_reply` when the reply itself was not understood.
    """

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"gisad refused the request ({code}): {message}")


class SocketError(GisaError):
    """A socket could not be made or connected (a malformed endpoint, a bad CURVE key)."""
