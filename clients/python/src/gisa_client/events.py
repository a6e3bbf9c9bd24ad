"""Events as typed objects that keep the JSON gisad sent (README, "Events on the wire").

An `Event` is a CloudEvents 1.0 envelope with gisa's `sequence`; `Event.raw` holds its JSON
exactly as gisad journaled and published it, `Event.payload` its `data` as one of `Article`,
`Duplicate`, `Rejection` or `StatusChange` (by topic).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping, Optional, Union

from .errors import DaemonError


class Topic(str, Enum):
    """The topic frame of every published message, also the CloudEvents `type`."""

    ARTICLE_EXTRACTED = "article.extracted"
    ARTICLE_DUPLICATE = "article.duplicate"
    ARTICLE_REJECTED = "article.rejected"
    DAEMON_STATUS = "daemon.status"


def _str(value: Any) -> Optional[str]:
    return value if isinstance(value, str) else None


def _int(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _objects(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


@dataclass(frozen=True)
class Author:
    name: str
    email: Optional[str]


@dataclass(frozen=True)
class Image:
    url: str
    caption: Optional[str]
    credit: Optional[str]
    alt: Optional[str]


@dataclass(frozen=True)
class Article:
    """`data` of `article.extracted`: the `gisa extract` object (README, "The article JSON").

    The page fields are typed; the facts (`entities`, `amounts`, `quantities`, `percentages`,
    `dates`, `times`, `quotes`) and `source` stay JSON objects, as does the whole in `fields`.
    """

    title: Optional[str]
    subtitles: list[str]
    section: Optional[str]
    series: Optional[str]
    published: Optional[str]
    updated: Optional[str]
    page_date: Optional[str]
    publisher: Optional[str]
    news_source: Optional[str]
    authors: list[Author]
    photo_credits: list[str]
    captions: list[str]
    body_text: str
    paragraphs: list[str]
    url: Optional[str]
    hostname: Optional[str]
    description: Optional[str]
    language: Optional[str]
    tags: list[str]
    page_type: Optional[str]
    images: list[Image]
    top_image: Optional[str]
    entities: list[dict[str, Any]]
    amounts: list[dict[str, Any]]
    quantities: list[dict[str, Any]]
    percentages: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    times: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    source: dict[str, Any]
    fields: dict[str, Any] = field(repr=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Article:
        body = data.get("body")
        body = body if isinstance(body, dict) else {}
        source = data.get("source")
        return cls(
            title=_str(data.get("title")),
            subtitles=_strings(data.get("subtitles")),
            section=_str(data.get("section")),
            series=_str(data.get("series")),
            published=_str(data.get("published")),
            updated=_str(data.get("updated")),
            page_date=_str(data.get("page_date")),
            publisher=_str(data.get("publisher")),
            news_source=_str(data.get("news_source")),
            authors=[Author(name=str(a.get("name", "")), email=_str(a.get("email")))
                     for a in _objects(data.get("authors"))],
            photo_credits=_strings(data.get("photo_credits")),
            captions=_strings(data.get("captions")),
            body_text=_str(body.get("text")) or "",
            paragraphs=_strings(body.get("paragraphs")),
            url=_str(data.get("url")),
            hostname=_str(data.get("hostname")),
            description=_str(data.get("description")),
            language=_str(data.get("language")),
            tags=_strings(data.get("tags")),
            page_type=_str(data.get("page_type")),
            images=[Image(url=str(i.get("url", "")), caption=_str(i.get("caption")), credit=_str(i.get("credit")),
                          alt=_str(i.get("alt"))) for i in _objects(data.get("images"))],
            top_image=_str(data.get("top_image")),
            entities=_objects(data.get("entities")),
            amounts=_objects(data.get("amounts")),
            quantities=_objects(data.get("quantities")),
            percentages=_objects(data.get("percentages")),
            dates=_objects(data.get("dates")),
            times=_objects(data.get("times")),
            quotes=_objects(data.get("quotes")),
            source=dict(source) if isinstance(source, dict) else {},
            fields=dict(data),
        )


@dataclass(frozen=True)
class Duplicate:
    """`data` of `article.duplicate`: content journaled before, first carried by `duplicate_of`."""

    name: str
    sha256: str
    bytes: int
    duplicate_of: int

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Duplicate:
        return cls(name=str(data.get("name", "")), sha256=str(data.get("sha256", "")),
                   bytes=_int(data.get("bytes")) or 0, duplicate_of=_int(data.get("duplicate_of")) or 0)


@dataclass(frozen=True)
class Rejection:
    """`data` of `article.rejected`: why a file was refused and where it went."""

    name: str
    code: str
    reason: str
    sha256: Optional[str]
    bytes: Optional[int]
    quarantined_as: Optional[str]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Rejection:
        return cls(name=str(data.get("name", "")), code=str(data.get("code", "")), reason=str(data.get("reason", "")),
                   sha256=_str(data.get("sha256")), bytes=_int(data.get("bytes")),
                   quarantined_as=_str(data.get("quarantined_as")))


@dataclass(frozen=True)
class StatusChange:
    """`data` of `daemon.status`: `started`, `intake_paused`, `intake_resumed`, `stopping`, `file_unmoved` …"""

    state: str
    message: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StatusChange:
        return cls(state=str(data.get("state", "")), message=str(data.get("message", "")))


Payload = Union[Article, Duplicate, Rejection, StatusChange]

_PAYLOADS: dict[str, Any] = {
    Topic.ARTICLE_EXTRACTED.value: Article,
    Topic.ARTICLE_DUPLICATE.value: Duplicate,
    Topic.ARTICLE_REJECTED.value: Rejection,
    Topic.DAEMON_STATUS.value: StatusChange,
}


@dataclass(frozen=True)
class Event:
    """One event, live or from the journal, with its JSON exactly as gisad sent it (`raw`)."""

    sequence: int
    #: The topic, also the CloudEvents `type` (`article.extracted`, …).
    topic: str
    id: str
    #: `gisad://HOST/STATE_DIR`: names one journal; (`source`, `sequence`) is unique across daemons.
    source: str
    time: str
    #: The file name as dropped (escaped with `\xNN` when it was not UTF-8), when the event is about a file.
    subject: Optional[str]
    data: dict[str, Any] = field(repr=False)
    #: The CloudEvents JSON, byte for byte as journaled and published.
    raw: bytes = field(repr=False)

    @classmethod
    def from_json(cls, raw: bytes, document: Optional[Mapping[str, Any]] = None) -> Event:
        """Builds an event from its JSON (`document` when it was parsed already).

        Raises `DaemonError` (`bad_event`) when the JSON is not a CloudEvents object with a sequence.
        """
        if document is None:
            try:
                parsed = json.loads(raw)
            except ValueError as error:
                raise DaemonError("bad_event", f"an event is not valid JSON: {error}") from None
            if not isinstance(parsed, dict):
                raise DaemonError("bad_event", "an event is not a JSON object")
            document = parsed
        sequence = _int(document.get("sequence"))
        topic = _str(document.get("type"))
        if sequence is None or topic is None:
            raise DaemonError("bad_event", "an event has no integer \"sequence\" or no \"type\"")
        data = document.get("data")
        return cls(sequence=sequence, topic=topic, id=str(document.get("id", sequence)),
                   source=str(document.get("source", "")), time=str(document.get("time", "")),
                   subject=_str(document.get("subject")), data=dict(data) if isinstance(data, dict) else {},
                   raw=bytes(raw))

    @property
    def key(self) -> tuple[str, int]:
        """(`source`, `sequence`): unique across daemons."""
        return (self.source, self.sequence)

    @property
    def document(self) -> dict[str, Any]:
        """The whole CloudEvents object, parsed from `raw`."""
        parsed: dict[str, Any] = json.loads(self.raw)
        return parsed

    @property
    def payload(self) -> Optional[Payload]:
        """`data` typed by topic; None for a topic this client does not know."""
        kind = _PAYLOADS.get(self.topic)
        payload: Optional[Payload] = kind.from_json(self.data) if kind is not None else None
        return payload
