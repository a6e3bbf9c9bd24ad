"""Where the daemon is, for the command line: gisad's own configuration file, or flags.

Mirrors `gisa`'s `ConnectionOptions`. The file is read for its two top-level keys
`publish_endpoint` and `control_endpoint` only (gisad's configuration is flat `key: value`
YAML; reading two scalars needs no YAML library, and pyzmq stays the only dependency).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Optional

from .curve import Curve
from .errors import GisaError

#: gisad's defaults (README, "The daemon, gisad").
DEFAULT_PUBLISH_ENDPOINT = "tcp://127.0.0.1:5601"
DEFAULT_CONTROL_ENDPOINT = "tcp://127.0.0.1:5602"
DEFAULT_CONFIG = "config/gisad.yaml"

_KEYS = ("publish_endpoint", "control_endpoint")
_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:(.*)$")


class BadConfiguration(GisaError):
    """The configuration file could not be read or holds an endpoint that is not a plain string."""


def _scalar(text: str, key: str, path: str) -> str:
    value = text.strip()
    if value[:1] in ("'", '"'):
        quote = value[0]
        end = value.find(quote, 1)
        if end < 0:
            raise BadConfiguration(f"{path}: {key} has an unterminated quoted value")
        return value[1:end]
    value = re.split(r"[ \t]#", value, maxsplit=1)[0].strip()
    if not value or value[0] in "[{|>&*!":
        raise BadConfiguration(f"{path}: {key} must be an endpoint such as tcp://127.0.0.1:5601")
    return value


def read_endpoints(path: str) -> dict[str, str]:
    """`publish_endpoint` and `control_endpoint` from a gisad configuration file, when it sets them."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise BadConfiguration(f"cannot read {path}: {error}") from None
    found: dict[str, str] = {}
    for line in lines:
        match = _LINE.match(line)
        if match and match.group(1) in _KEYS:
            found[match.group(1)] = _scalar(match.group(2), match.group(1), path)
    return found


@dataclass(frozen=True)
class Connection:
    publish_endpoint: str
    control_endpoint: str
    timeout: float
    curve: Optional[Curve]

    @classmethod
    def resolve(cls, config: Optional[str], publish_endpoint: Optional[str], control_endpoint: Optional[str],
                timeout: float, server_key: Optional[str], client_key: Optional[str]) -> Connection:
        """Flags over the configuration file (`config`, else `config/gisad.yaml` when present) over
        gisad's defaults. Raises `BadConfiguration`, or `ValueError` for half a CURVE setting."""
        endpoints = {"publish_endpoint": DEFAULT_PUBLISH_ENDPOINT, "control_endpoint": DEFAULT_CONTROL_ENDPOINT}
        path = config if config is not None else DEFAULT_CONFIG
        if config is not None or os.path.exists(path):
            endpoints.update(read_endpoints(path))
        if (server_key is None) != (client_key is None):
            raise ValueError("CURVE needs both --server-key and --client-key")
        curve = Curve.from_files(server_key, client_key) if server_key is not None and client_key is not None else None
        return cls(publish_endpoint=publish_endpoint or endpoints["publish_endpoint"],
                   control_endpoint=control_endpoint or endpoints["control_endpoint"],
                   timeout=timeout, curve=curve)
