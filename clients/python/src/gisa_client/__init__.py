"""Python client for gisad: a gap-free `Subscriber` and a `Control` client.

See clients/python/README.md. The wire format and the control protocol are those of the gisa
README ("Events on the wire", "Control endpoint").
"""

from __future__ import annotations

__version__ = "0.1.0"

from .control import MAX_REPLAY_LIMIT, Control, ReplayPage, Submitted
from .curve import Curve, read_keys
from .errors import DaemonError, GisaError, SocketError, Unreachable
from .events import Article, Author, Duplicate, Event, Image, Payload, Rejection, StatusChange, Topic
from .status import ControlStats, DaemonStatus
from .subscriber import Subscriber
from .tracker import AlreadyDelivered, Decision, Deliver, Gap, SequenceTracker
from .wire import WireMessage

__all__ = [
    "MAX_REPLAY_LIMIT", "AlreadyDelivered", "Article", "Author", "Control", "ControlStats", "Curve", "DaemonError", "DaemonStatus",
    "Decision", "Deliver", "Duplicate", "Event", "Gap", "GisaError", "Image", "Payload", "Rejection", "ReplayPage",
    "SequenceTracker", "SocketError", "StatusChange", "Submitted", "Subscriber", "Topic", "Unreachable",
    "WireMessage", "read_keys",
]
