#!/usr/bin/env python3
"""Builds the benchmark corpora into benchmarks/work/corpora/ (gitignored).

aeb/  the 181 pages of ../shared/data/aeb/html/*.html.gz, decompressed (skipped, saying so,
      when the shared data is not there).
ko/   a generated Korean corpus made only from the project's own material: the self-written
      extraction fixtures (Tests/ArticleExtractionTests/Fixtures/, when present) and seeds/.
      Each page takes one of them as its base, gets extra body paragraphs drawn from the
      pool of Korean sentences of all of them, and is padded with page furniture (related-
      article lists, menus, scripts) to a size drawn log-uniformly from its form's range:
        html           45 %   10-500 KB
        html fragment  25 %    5-150 KB
        text           30 %    5-80 KB
      75 % are UTF-8, 25 % CP949 (HTML in CP949: 80 % declare euc-kr, 20 % declare nothing).
      Deterministic (seeded), so every run measures the same bytes.

Each folder gets manifest.json: [{file, form, encoding, bytes}], the encoding being the one the
bytes are really in (what libxml2's bare parse is told).
"""
import argparse
import gzip
import json
import math
import os
import random
import re
import sys

HANGUL = re.compile(r"[\uac00-\ud7a3]")
TAG = re.compile(r"<[^>]*>")
CHARSET_META = re.compile(r"<meta[^>]*charset[^>]*>", re.I)
HEAD_OPEN = re.compile(r"<head[^>]*>", re.I)
BODY_CLOSE = re.compile(r"</body\s*>", re.I)

FORMS = [("html", 0.45, 10_000, 500_000), ("fragment", 0.25, 5_000, 150_000), ("text", 0.30, 5_000, 80_000)]


def decode(raw):
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp949", errors="replace"), "CP949"


def form_of(text):
    head = text[:4000].lower()
    if "<html" in head or "<!doctype" in head:
        return "html"
    if re.search(r"<(div|p|section|figure|span)\b", text[:200_000], re.I):
        return "fragment"
    return "text"


def load_bases(root):
    """The project's own Korean pages, by form, and the sentence pool drawn from all of them."""
    sources = []
    fixtures = os.path.join(root, "Tests", "ArticleExtractionTests", "Fixtures")
    for folder in (fixtures, os.path.join(root, "seeds")):
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".html", ".txt")) or "mojibake" in name:
                continue
            with open(os.path.join(folder, name), "rb") as f:
                text, _ = decode(f.read())
            sources.append((name, text))
    bases = {"html": [], "fragment": [], "text": []}
    pool = []
    for name, text in sources:
        bases[form_of(text)].append(text)
        plain = TAG.sub("\n", text)
        for chunk in re.split(r"\n\s*\n|\n", plain):
            chunk = " ".join(chunk.split())
            if 30 <= len(HANGUL.findall(chunk)) and len(chunk) <= 600:
                pool.append(chunk)
    if not pool:
        sys.exit("make_corpora: no Korean material found (seeds/ missing?)")
    titles = [p[:40].rstrip() for p in pool]
    return bases, sorted(set(pool)), titles


SYNTHETIC_HTML = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{title} - 벤치일보</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="벤치일보">
<meta property="article:published_time" content="2025-0{month}-1{day}T09:30:00+09:00">
</head><body><div id="header"><ul class="gnb"><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li><a href="/society">사회</a></li></ul></div>
<div class="article_head"><h1 class="headline">{title}</h1><p class="byline">김벤치 기자 bench@example.com</p><p class="date">입력 2025.0{month}.1{day} 09:30</p></div>
<div id="article_body" class="article_body">
{body}
</div>
<p class="copyright">Copyright © 벤치일보. 무단전재 및 재배포 금지.</p>
</body></html>
"""


def synthetic_bases(bases, pool, rng):
    """Without fixtures (before the core's fixtures exist), wrap pool text into a self-written page."""
    while len(bases["html"]) < 3:
        body = "\n".join(f"<p>{p}</p>" for p in rng.sample(pool, min(8, len(pool))))
        bases["html"].append(SYNTHETIC_HTML.format(title=rng.choice(pool)[:40], month=rng.randint(1, 9),
                                                   day=rng.randint(0, 9), body=body))
    if not bases["fragment"]:
        bases["fragment"].append(rng.choice(pool)[:40] + " 작성일 03-14 목록 <div class=\"article_view\"><section>"
                                 + "".join(f"<p>{p}</p>" for p in rng.sample(pool, min(8, len(pool))))
                                 + "</section></div> 관련자료 이전 다음 댓글")
    if not bases["text"]:
        bases["text"].append(rng.choice(pool)[:40] + "\n\n" + "\n\n".join(rng.sample(pool, min(8, len(pool)))))


def furniture_html(rng, pool, titles, size, index):
    parts, n = [], 0
    while n < size:
        kind = rng.random()
        if kind < 0.4:
            items = "".join(f'<li><a href="/news/article/{index}{k:04d}">{rng.choice(titles)}</a>'
                            f'<span class="date">2025.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}</span></li>'
                            for k in range(rng.randint(5, 15)))
            block = f'<div class="related_news"><h3>관련 기사</h3><ul>{items}</ul></div>\n'
        elif kind < 0.55:
            block = ('<div class="ad_area"><iframe src="/ad/banner?slot=' + str(rng.randint(1, 99))
                     + '" width="300" height="250"></iframe></div>\n')
        else:
            words = " ".join(f"var _v{rng.randint(0, 99999)}=function(a,b){{return a*{rng.randint(1, 999)}+b.length}};"
                             for _ in range(rng.randint(20, 80)))
            block = f"<script>{words}</script>\n"
        parts.append(block)
        n += len(block.encode("utf-8"))
    return "".join(parts)


def furniture_text(rng, titles, size):
    lines, n = [], 0
    heads = ["많이 본 뉴스", "주요 뉴스", "관련 기사", "오늘의 핫이슈", "포토 뉴스"]
    while n < size:
        block = rng.choice(heads) + "\n\n" + "\n".join(f"  • {rng.choice(titles)}" for _ in range(rng.randint(5, 12)))
        if rng.random() < 0.3:
            block += f"\n\nKOSPI {rng.randint(2400, 2800)}.{rng.randint(10, 99)} ▲{rng.randint(1, 30)}.{rng.randint(10, 99)}"
        lines.append(block)
        n += len(block.encode("utf-8"))
    return "\n\n".join(lines)


def insert_after_body_paragraph(doc, extra, closing):
    """Right after the first real (Korean) body paragraph, so the added text joins the article."""
    for m in re.finditer(re.escape(closing), doc, re.I):
        start = max(0, m.start() - 400)
        if len(HANGUL.findall(doc[start:m.start()])) >= 20:
            return doc[: m.end()] + extra + doc[m.end():]
    return doc + extra


def make_page(index, rng, bases, pool, titles):
    r, acc = rng.random(), 0.0
    for form, weight, lo, hi in FORMS:
        acc += weight
        if r < acc:
            break
    target = int(math.exp(rng.uniform(math.log(lo), math.log(hi))))
    cp949 = rng.random() < 0.25
    doc = rng.choice(bases[form])
    if cp949:
        # Padding is counted in UTF-8 bytes; CP949 Hangul takes 2 bytes, not 3.
        ratio = len(doc.encode("cp949", errors="replace")) / max(1, len(doc.encode("utf-8")))
        target = min(hi, int(target / ratio))
    size = len(doc.encode("utf-8"))
    need = max(0, target - size)
    body_extra = min(need // 2, rng.randint(2_000, 24_000))
    paragraphs, n = [], 0
    while n < body_extra:
        p = rng.choice(pool)
        paragraphs.append(p)
        n += len(p.encode("utf-8"))
    if form == "text":
        doc = insert_after_body_paragraph(doc, "\n\n" + "\n\n".join(paragraphs) + "\n\n", "\n")
        doc = doc + "\n\n" + furniture_text(rng, titles, max(0, target - len(doc.encode("utf-8"))))
    else:
        html_paragraphs = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        doc = insert_after_body_paragraph(doc, html_paragraphs, "</p>") if "</p>" in doc.lower() \
            else insert_after_body_paragraph(doc, "<br><br>".join(paragraphs), "<br>")
        filler = furniture_html(rng, pool, titles, max(0, target - len(doc.encode("utf-8"))), index)
        m = BODY_CLOSE.search(doc)
        doc = doc[: m.start()] + filler + doc[m.start():] if m else doc + filler
    encoding = "CP949" if cp949 else "UTF-8"
    if form == "html":
        doc = CHARSET_META.sub("", doc)
        declared = "euc-kr" if cp949 else "utf-8"
        if cp949 and rng.random() < 0.2:
            declared = None
        if declared:
            meta = f'<meta charset="{declared}">'
            m = HEAD_OPEN.search(doc)
            doc = doc[: m.end()] + meta + doc[m.end():] if m else meta + doc
    if cp949:
        data = doc.encode("cp949", errors="xmlcharrefreplace" if form != "text" else "replace")
    else:
        data = doc.encode("utf-8")
    return form, encoding, data


def build_ko(root, out, pages, seed):
    rng = random.Random(seed)
    bases, pool, titles = load_bases(root)
    synthetic_bases(bases, pool, rng)
    os.makedirs(out, exist_ok=True)
    manifest = []
    for i in range(pages):
        form, encoding, data = make_page(i, rng, bases, pool, titles)
        name = f"ko-{i:05d}.{'html' if form == 'html' else 'txt'}"
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        manifest.append({"file": name, "form": form, "encoding": encoding, "bytes": len(data)})
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=0)
    total = sum(m["bytes"] for m in manifest)
    print(f"ko: {pages} pages, {total / 1e6:.1f} MB, bases html={len(bases['html'])} "
          f"fragment={len(bases['fragment'])} text={len(bases['text'])}, pool {len(pool)} sentences")


def aeb_encoding(raw):
    try:
        raw.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        pass
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", raw[:8192], re.I)
    if m:
        name = m.group(1).decode("ascii").upper()
        if name not in ("UTF-8", "UTF8"):
            return name
    return "WINDOWS-1252"


def build_aeb(src, out):
    if not os.path.isdir(src):
        print(f"aeb: {src} is not there; the AEB corpus is skipped")
        return
    os.makedirs(out, exist_ok=True)
    manifest = []
    for name in sorted(os.listdir(src)):
        if not name.endswith(".html.gz"):
            continue
        with gzip.open(os.path.join(src, name)) as f:
            raw = f.read()
        stem = name[: -len(".gz")]
        with open(os.path.join(out, stem), "wb") as f:
            f.write(raw)
        manifest.append({"file": stem, "form": "html", "encoding": aeb_encoding(raw), "bytes": len(raw)})
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=0)
    print(f"aeb: {len(manifest)} pages, {sum(m['bytes'] for m in manifest) / 1e6:.1f} MB")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True, help="the gisa repository")
    ap.add_argument("--aeb", required=True, help="../shared/data/aeb/html")
    ap.add_argument("--out", required=True)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()
    build_aeb(a.aeb, os.path.join(a.out, "aeb"))
    build_ko(a.root, os.path.join(a.out, "ko"), a.pages, a.seed)


if __name__ == "__main__":
    main()
