#!/usr/bin/env python3
"""Builds the near-duplicate pair set (issue 14) from the self-written material of stories.py.

For each topic (an organisation, its people, a place, a product and a set of numbers) it writes
three stories about three different events, in news-page shapes (a text copy or an HTML page):

- near pairs: the first story and a copy of it with one of the edits below (a real agency story
  re-published: new byline, trimmed tail, reordered paragraphs, new headline, added boxes and page
  furniture, CP949 encoding, another page shape, and the three of acceptance 1 together);
- different pairs: two of the three stories (same people, same numbers, different events; each
  carries the topic's background paragraph, as follow-up stories do).

Writes DIR/files/*, DIR/pairs.tsv (kind, edit, first, second) and prints the counts. Deterministic:
the same --seed gives the same bytes.

    python3 benchmarks/neardup/make_pairs.py --out benchmarks/work/neardup [--topics 70]
"""
import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import (DOMAINS, FURNITURE_BOXES, GIVEN, HEADLINES, OTHER_HEADLINES, OUTLETS, PLACES,  # noqa: E402
                     SURNAMES)

EDITS = ["byline", "trim", "reorder", "headline", "furniture", "cp949", "shape", "acceptance"]


def person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def make_topic(rng, index):
    domain_name = list(DOMAINS)[index % len(DOMAINS)]
    d = DOMAINS[domain_name]
    place = rng.choice(PLACES)
    slots = {
        "org": rng.choice(d["orgs"]), "person": person(rng), "person2": person(rng), "place": place,
        "title": d["title"], "title2": d["title2"], "unit": d["unit"], "product": rng.choice(d["products"]),
        "amount": str(rng.choice([12, 35, 48, 120, 260, 380, 1250, 2400, 5300])),
        "pct": str(rng.choice([3.5, 4.2, 7, 8.8, 12, 15, 18.5, 23, 31])),
        "count": f"{rng.choice([120, 350, 1200, 4800, 15000, 32000, 210000]):,}",
        "year": str(rng.randint(1988, 2015)), "quarter": str(rng.randint(1, 4)),
        "month": str(rng.randint(2, 27)),
    }
    events = list(d["events"])
    rng.shuffle(events)
    return domain_name, d, slots, events


PARTICLES = {"이": ("이", "가"), "가": ("이", "가"), "은": ("은", "는"), "는": ("은", "는"),
             "을": ("을", "를"), "를": ("을", "를"), "과": ("과", "와"), "와": ("과", "와")}
SLOT_PARTICLE = re.compile(r"\{(\w+)\}(이|가|은|는|을|를|과|와)(?=[\s,.\"…])")


def has_final(word):
    """Whether the last syllable of `word` ends in a consonant (a digit counts by its reading)."""
    c = word[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return c in "013678"


def fill(template, slots):
    """Fills the slots, with each particle after a slot agreeing with the value (이/가, 은/는 …)."""
    def agree(m):
        value = slots[m.group(1)]
        with_final, without = PARTICLES[m.group(2)]
        return "{" + m.group(1) + "}" + (with_final if has_final(value) else without)
    return SLOT_PARTICLE.sub(agree, template).format(**slots)


def make_story(rng, d, slots, event, day):
    """A story: headline, outlet, reporter, date, paragraphs (the background one among them)."""
    sentences = [fill(s, slots) for s in d["events"][event]]
    lead, rest = sentences[0], sentences[1:]
    rest = rng.sample(rest, rng.randint(7, 9))
    paragraphs = [lead + " " + rest[0]]
    i = 1
    while i < len(rest):
        take = rng.choice([1, 2, 2])
        paragraphs.append(" ".join(rest[i:i + take]))
        i += take
    background = " ".join(fill(s, slots) for s in rng.sample(d["background"], 2))
    paragraphs.insert(len(paragraphs) - 1, background)
    outlet = rng.choice(OUTLETS)
    reporter = person(rng)
    return {
        "headline": fill(rng.choice(HEADLINES[event]), slots), "outlet": outlet, "reporter": reporter,
        "email": f"reporter{rng.randint(10, 99)}@example.kr", "place": slots["place"],
        "date": f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}", "time": f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
        "paragraphs": paragraphs, "boxes": [], "box_inside": False,
    }


def render_text(s):
    """A text copy of a page, as copied from a browser: headline, dates, dateline, body, byline."""
    y, m, d = s["date"].split("-")
    lines = [s["headline"], f"입력 {y}.{m}.{d} {s['time']}"]
    body = list(s["paragraphs"])
    body[0] = f"({s['place']}={s['outlet']}) {s['reporter']} 기자 = " + body[0]
    for k, p in enumerate(body):
        lines.append(p)
        if s["box_inside"] and k == len(body) // 2:
            for box in s["boxes"]:
                lines.extend(box)
    lines.append(f"{s['reporter']} 기자 {s['email']}")
    if not s["box_inside"]:
        for box in s["boxes"]:
            lines.extend(box)
    lines.append(f"Copyright © {s['outlet']}. 무단전재 및 재배포 금지.")
    return "\n".join(lines) + "\n"


def render_html(s, charset="utf-8"):
    """A saved article page: head metadata, navigation, the article, related boxes, footer."""
    paras = []
    for k, p in enumerate(s["paragraphs"]):
        paras.append(f"<p>{p}</p>")
        if s["box_inside"] and k == len(s["paragraphs"]) // 2:
            for box in s["boxes"]:
                paras.append('<div class="box_related">' + "".join(f"<p>{line}</p>" for line in box) + "</div>")
    after = "".join('<aside class="box">' + "".join(f"<p>{line}</p>" for line in box) + "</aside>"
                    for box in ([] if s["box_inside"] else s["boxes"]))
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="{charset}"><title>{s['headline']} - {s['outlet']}</title>
<meta property="og:title" content="{s['headline']}">
<meta property="article:published_time" content="{s['date']}T{s['time']}:00+09:00">
</head><body>
<header><nav><a href="/">홈</a> <a href="/economy">경제</a> <a href="/society">사회</a> <a href="/sports">스포츠</a></nav></header>
<main><article>
<h1 class="headline">{s['headline']}</h1>
<div class="byline"><span>{s['reporter']} 기자</span> <span>{s['email']}</span> <span>입력 {s['date']} {s['time']}</span></div>
<div id="article-body" class="article_body">
{chr(10).join(paras)}
</div>
<p class="copyright">Copyright © {s['outlet']}. 무단전재 및 재배포 금지.</p>
</article>{after}</main>
<footer><p>{s['outlet']} | 등록번호 가00000 | 발행인 {s['reporter'][0]}발행</p></footer>
</body></html>
"""


def furniture_boxes(rng):
    others = rng.sample(OTHER_HEADLINES, 3)
    slots = {"other1": others[0], "other2": others[1], "other3": others[2]}
    return [[line.format(**slots) for line in box] for box in rng.sample(FURNITURE_BOXES, rng.randint(1, 2))]


def edited(rng, base, edit, d, slots, event):
    """A copy of `base` with one edit; returns (story, shape, charset)."""
    s = dict(base, paragraphs=list(base["paragraphs"]), boxes=[])
    shape, charset = base["shape"], "utf-8"
    new_byline = lambda: s.update(outlet=rng.choice([o for o in OUTLETS if o != base["outlet"]]),
                                  reporter=person(rng), email=f"desk{rng.randint(10, 99)}@example.kr")
    if edit == "byline":
        new_byline()
    elif edit == "trim":
        cut = 2 if len(s["paragraphs"]) >= 7 else 1
        s["paragraphs"] = s["paragraphs"][:-cut]
    elif edit == "reorder":
        body = s["paragraphs"]
        i, j = rng.sample(range(1, len(body)), 2)
        body[i], body[j] = body[j], body[i]
        if len(body) > 4:
            body.append(body.pop(1))
    elif edit == "headline":
        others = [h for h in HEADLINES[event] if fill(h, slots) != base["headline"]]
        s["headline"] = "[종합] " + fill(rng.choice(others), slots) if others else "[종합] " + base["headline"]
    elif edit == "furniture":
        s["boxes"] = furniture_boxes(rng)
        s["box_inside"] = rng.random() < 0.5
    elif edit == "cp949":
        charset = "euc-kr"
    elif edit == "shape":
        shape = "html" if base["shape"] == "text" else "text"
    elif edit == "acceptance":
        new_byline()
        s["paragraphs"] = s["paragraphs"][:-1]
        s["boxes"] = furniture_boxes(rng)
        s["box_inside"] = False
    s["time"] = f"{min(23, int(base['time'][:2]) + rng.randint(0, 2)):02d}{base['time'][2:]}"
    return s, shape, charset


def write(out, name, story, shape, charset="utf-8"):
    if shape == "html":
        text = render_html(story, charset="euc-kr" if charset != "utf-8" else "utf-8")
        ext = ".html"
    else:
        text = render_text(story)
        ext = ".txt"
    # CP949 has no ©: the legacy pages write ⓒ.
    data = text.replace("©", "ⓒ").encode("cp949") if charset != "utf-8" else text.encode("utf-8")
    with open(os.path.join(out, "files", name + ext), "wb") as f:
        f.write(data)
    return name + ext


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--topics", type=int, default=70)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "files"), exist_ok=True)
    rows = []
    for t in range(args.topics):
        _, d, slots, events = make_topic(rng, t)
        day = rng.randint(0, 300)
        stories = []
        for k, event in enumerate(events):
            s = make_story(rng, d, slots, event, day + k * rng.randint(1, 4))
            s["shape"] = "text" if (t // 2 + k) % 2 == 0 else "html"
            stories.append((s, event, write(args.out, f"t{t:03d}-e{k}", s, s["shape"])))
        base, event, base_name = stories[0]
        for e in range(4):
            edit = EDITS[(t * 4 + e) % len(EDITS)]
            copy, shape, charset = edited(rng, base, edit, d, slots, event)
            name = write(args.out, f"t{t:03d}-e0-{edit}", copy, shape, charset)
            rows.append(("near", edit, base_name, name))
        for i, j in [(0, 1), (0, 2), (1, 2)]:
            rows.append(("different", f"{stories[i][1]}/{stories[j][1]}", stories[i][2], stories[j][2]))
    with open(os.path.join(args.out, "pairs.tsv"), "w", encoding="utf-8") as f:
        f.write("kind\tedit\tfirst\tsecond\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    near = sum(1 for r in rows if r[0] == "near")
    print(f"{near} near pairs, {len(rows) - near} different pairs, {args.topics} topics -> {args.out}")


if __name__ == "__main__":
    main()
