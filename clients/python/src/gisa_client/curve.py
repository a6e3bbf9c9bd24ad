"""CURVE keys for a gisad secured on a non-loopback endpoint (SECURITY.md).

Key files are those of `gisa keygen NAME`: `NAME.key` (secret) and `NAME.pub`, one Z85 key
(40 characters) per line; other lines starting with `#` are comments.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Union

import zmq

from .errors import SocketError

PathLike = Union[str, "os.PathLike[str]"]


def read_keys(path: PathLike) -> list[str]:
    """The Z85 keys in `path`, in order (as gisad's `CurveKeys.read`)."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as error:
        raise SocketError(f"cannot read CURVE key file {path}: {error.strerror}") from None
    keys: list[str] = []
    for line in lines:
        key = line.strip(" \t")
        if not key:
            continue
        is_key = len(key.encode("utf-8")) == 40 and " " not in key
        if not is_key and key.startswith("#"):
            continue
        if not is_key:
            raise SocketError(f"{path}: '{key[:12]}…' is not a 40-character Z85 CURVE key (write keys with gisa keygen)")
        keys.append(key)
    return keys


@dataclass(frozen=True)
class Curve:
    """What a client needs to reach a CURVE-secured gisad: the server's public key and its own pair."""

    server_public_key: str
    public_key: str
    secret_key: str

    @classmethod
    def from_secret(cls, server_public_key: str, secret_key: str) -> Curve:
        """Derives the client's public key from its secret key."""
        try:
            public = zmq.curve_public(secret_key.encode("ascii")).decode("ascii")
        except (zmq.ZMQError, ValueError, UnicodeError) as error:
            raise SocketError(f"not a valid CURVE secret key: {error}") from None
        return cls(server_public_key=server_public_key, public_key=public, secret_key=secret_key)

    @classmethod
    def from_files(cls, server_key: PathLike, client_key: PathLike) -> Curve:
        """`server_key`: a file with gisad's public key (`server.pub`); `client_key`: the prefix of this
        client's pair from `gisa keygen` (reads `PREFIX.key`), as `gisa --server-key --client-key`."""
        servers = read_keys(server_key)
        if not servers:
            raise SocketError(f"{server_key} holds no key")
        secret_path = f"{os.fspath(client_key)}.key"
        secrets = read_keys(secret_path)
        if not secrets:
            raise SocketError(f"{secret_path} holds no CURVE secret key (write one with gisa keygen)")
        return cls.from_secret(servers[0], secrets[0])

    def apply(self, socket: zmq.Socket[bytes]) -> None:
        """Makes `socket` a CURVE client of gisad; call before `connect`."""
        socket.curve_serverkey = self.server_public_key.encode("ascii")
        socket.curve_publickey = self.public_key.encode("ascii")
        socket.curve_secretkey = self.secret_key.encode("ascii")
