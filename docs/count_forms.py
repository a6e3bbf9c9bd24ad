#!/usr/bin/env python3
"""Count the forms in page-forms.tsv and print a markdown catalogue.

Two views per field:
  * families: each page's forms (notes in parentheses kept) are tested against a table of regexes
    (FAMILIES below) and the page is counted once per family it shows; a page can show several (e.g. a bracket byline at the top and an email
    at the end);
  * raw forms: each cell holds forms separated by ' ; '; whitespace is normalised and explanatory
    parentheses (a '( ... )' containing a lowercase ASCII word of 3+ letters, e.g. '(trap)') are
    dropped, so the same pattern counts once per page. Literal parentheses of a pattern such as
    '(REGION=OUTLET)' are kept.
Pages of kind 'list' (lists, reporter pages, search pages) are left out of the field counts
unless --all is given.

usage: python3 count_forms.py [page-forms.tsv] [--all] [--top N]
"""
import csv, os, re, sys
from collections import Counter, defaultdict

FIELDS = [("title_form", "Title"), ("date_form", "Date"), ("byline_form", "Byline / authors"),
          ("publisher_form", "Publisher"), ("body_start_form", "Body start"),
          ("body_end_form", "Body end")]
NOTE = re.compile(r"\s*\((?=[^()]*[a-z]{3})[^()]*\)")

# family label -> regex tested on the whole (normalised) cell; order = order of the table
FAMILIES = {
    "title_form": [
        ("no headline printed (starts with lead, caption, date, byline or deck)", r"^none"),
        ("headline on the first line", r"^top: (\[SERIES\] ?|<SERIES> ?|'|“|\")?HEADLINE|^top: \[SERIES\]HEADLINE"),
        ("headline after menu / section / label / date lines", r"after menu lines|after-line|after board widgets|after-date|after caption|after menu"),
        ("headline printed twice", r"repeated|twice|; HEADLINE"),
        ("series tag in the headline ([SERIES], <SERIES>, trailing [SERIES])", r"SERIES"),
        ("deck line(s) with the headline", r"DECK"),
        ("headline run into the body on one line", r"run-in"),
        ("section label glued to or above the headline", r"SECTION"),
    ],
    "date_form": [
        ("no date of its own printed", r"^none"),
        ("입력 label (입력 / 입력 : / 입력 | / • 입력)", r"입력(?!YYYY)|入力"),
        ("입력 glued to the value (입력YYYY...)", r"입력YYYY"),
        ("수정 / 기사수정 / 업데이트 second date", r"수정|업데이트"),
        ("기사입력", r"기사입력"),
        ("승인", r"승인"),
        ("등록 / 등록일", r"등록"),
        ("발행 / 신문게재 / 게재", r"발행|게재"),
        ("bare date line without label", r"(after-title|top|after-byline|after-deck|after-date|after-lead): (•\s*)?(YYYY|date |NAME YYYY|by NAME YYYY)"),
        ("Korean 년월일 form", r"YYYY년"),
        ("dotted form YYYY.MM.DD", r"YYYY\. ?M"),
        ("dashed form YYYY-MM-DD", r"YYYY-MM"),
        ("slashed / English / hanja / relative forms", r"YYYY/MM|Mon DD|YYYY年|months ago"),
        ("date printed with seconds", r"ss"),
        ("site-header or 'last edited' date (not the article's)", r"site header|최종편집|기사최종편집일|portal header|header date|MM\.DD \(요일\)"),
        ("footer / masthead registration date (not the article's)", r"footer"),
        ("caption or related-list date only (not the article's)", r"caption|related|list: |none of own"),
        ("capture prefix ' date YYYY-MM(-DD)'", r"date YYYY"),
    ],
    "byline_form": [
        ("no byline printed", r"^none"),
        ("dateline byline with '=' ([REGION=OUTLET] NAME 기자 = / (REGION=OUTLET) ... / OUTLET NAME 기자=)", r"=\)? ?NAME[^;]*기자 ?=|\] NAME[^;]*기자 =|\) NAME[^;]*기자[^;]*=|기자= |기자=$|기자=\s|REGION=NAME 기자 \(no =\)|영상기자 ="),
        ("bracket byline ([OUTLET NAME 기자], [OUTLET=NAME 기자], [OUTLET|NAME 기자], [NAME기자], 【】)", r"\[(OUTLET|BRAND|NAME|MBN|OUTLET_SUB|REGION)[^\]]*(기자|NAME)\]|【"),
        ("closing 'NAME 기자 EMAIL' (also /NAME 기자 EMAIL, <NAME기자 EMAIL>, REGION/NAME 기자 EMAIL)", r"NAME ?기자 ?\(?EMAIL|NAME기자 EMAIL|기자EMAIL"),
        ("email alone (no name)", r"EMAIL alone|end: EMAIL(?! ?/)|EMAIL alone glued|: EMAIL$|end: EMAIL /"),
        ("bare 'NAME 기자' line (top or end)", r"(after-title|after-date|after-deck|top|end|after-byline): (• )?NAME ?기자( \(printed twice\)|$| ;|NAME| \+)"),
        ("anchor hand-off in the body (NAME 기자입니다 / 가 보도합니다 / 가 전해드립니다 / 짚어봅니다)", r"기자입니다|보도합니다|전해드립니다|보도입니다|짚어봅니다|함께 했습니다|만나보시죠|소개해 드립니다"),
        ("broadcast sign-off (OUTLET 뉴스 NAME입니다)", r"sign-off|NAME입니다|NAME 입니다"),
        ("role word other than 기자 (특파원, 선임기자, 영상기자, 부국장, 에디터, 작가, 앵커)", r"특파원|선임기자|영상기자|부국장|에디터|작가|role"),
        ("desk / team byline without a person ([SECTION팀], OUTLET DESK팀 |, 편집국)", r"DESK|SECTION팀|편집국|desk"),
        ("two or more reporters in one byline", r"NAME 기자, ?NAME2 기자|기자,NAME2|NAME 기자, NAME2 기자\]"),
        ("photographer / caption credit that is NOT an author", r"caption|photographer|사진 ="),
        ("byline glued to the date or doubled", r"glued|doubled|NAME 기자NAME"),
    ],
    "publisher_form": [
        ("outlet not printed", r"^none(?!.*:)"),
        ("copyright line (ⓒ / © / Copyright / 저작권자)", r"ⓒ|©|Copyright|저작권자"),
        ("'무단전재 및 재배포 금지' family present", r"무단"),
        ("outlet in a bracket byline or dateline", r"byline|dateline|\[OUTLET"),
        ("outlet as first line / menu / logo line", r"top: OUTLET|menu|top: DOMAIN|언론사 이미지|• OUTLET|top: agency|top: romanised|top: date line ends"),
        ("broadcast sign-off names the outlet", r"sign-off"),
        ("tip / promo / subscription / app line names the outlet", r"제보|promo|구독|기사문의|APP|후원|소개 및 약관|footer"),
        ("only an email domain", r"email domain|DOMAIN line"),
        ("aggregator summary credit (“OUTLET” 기사 내용을 3줄로 요약)", r"3줄로 요약"),
        ("outlet only inside a photo credit (not a publisher form)", r"caption|사진="),
    ],
    "body_start_form": [
        ("lead is the first line (nothing before)", r"^none: LEAD first|^none$"),
        ("after the headline / date / byline lines", r"after: (HEADLINE|date|byline|• 댓글|DECK|repeated HEADLINE|headline)|after-deck|after: 공유|after: date"),
        ("dateline or bracket byline glued before the lead", r"dateline prefix|body-start: \[|glued to LEAD"),
        ("after a photo caption / image line (▲, 이미지 크게보기, ![](...), file name, 사진=)", r"caption|이미지|!\[\]|\.jpg|사진|image"),
        ("after widget / toolbar / menu lines (공유, 글자크기, 댓글, 프린트, 바로가기, weather)", r"widget|글자크기|프린트|바로가기|menu|weather|toolbar|댓글|공유하기|크게보기|번역beta|skip"),
        ("after a broadcast label ([앵커], <앵커 멘트>, ◀ 앵커 ▶, ◎앵커:)", r"앵커"),
        ("after deck / sub-headline lines", r"DECK|deck"),
        ("after an editor's note, summary or intro box", r"편집자주|summary|intro box|bio"),
    ],
    "body_end_form": [
        ("excerpt truncated before the article ends", r"truncated"),
        ("closing byline (NAME 기자 EMAIL / EMAIL / sign-off)", r"NAME|EMAIL|sign-off|byline|hand-off"),
        ("copyright line", r"copyright|ⓒ|©|무단"),
        ("related / popular / recommended headlines", r"related|관련|인기|많이 본|teaser|당신이 좋아할|suggested|headlines"),
        ("reaction / comment / share widgets", r"댓글|widget|reaction|좋아요|기사추천|comments|공유"),
        ("promo / tip / subscription / app lines", r"promo|제보|구독|APP|후원|feed notice"),
        ("body or part of it printed again after the end", r"REPEATED|repeated|twice"),
        ("ad / banner / footer lines", r"광고|배너|footer|Go to Top"),
    ],
}

CARRIERS = ("줌뉴스", "줌TV", "다음뉴스", "뉴스픽", "빙글", "블로그", "개인 블로그", "스팸", "커뮤", "굿뉴스", "해병대 사이트",
            "스크래퍼 사이트", "뉴스어")
# labels that are carriers, blogs, boards or spam sites, not news outlets (left out of the outlet count)
NOT_OUTLETS = CARRIERS + ("대전MBC 블로그", "협회 게시판", "클리닉 게시판", "뽐뿌", "커뮤니티")
GENERIC = re.compile(r"broadcaster|portal|copy|도용|커뮤니티|엔터|포럼|프록시|proxy|미러|세종TV|게시판|tistory|"
                     r"블로그 전재|군정 소식|MBN스타|일본어|aggregator|쿠키뉴스|피드|인용")


def article_outlet(o):
    """fold a 'site(article outlet)' label to the outlet that published the article"""
    m = re.match(r"^(.*?)\((.*)\)$", o)
    if not m:
        return o
    site, inner = m.group(1).strip(), m.group(2).strip()
    inner = re.sub(r"\s*(기사|전재|재게재|뉴스레터|비디오머그|보도 인용|피드)$", "", inner).strip()
    if site.startswith(CARRIERS):
        return inner if inner and not GENERIC.search(inner) else site
    return site if GENERIC.search(inner) or not inner else inner


def norm(form):
    form = re.sub(r"\s+", " ", form).strip()
    prev = None
    while prev != form:
        prev, form = form, NOTE.sub("", form).strip()
    return form.rstrip(" ;")


def raw_forms(cell):
    """forms with whitespace normalised but explanatory notes kept (families may test them)"""
    return [re.sub(r"\s+", " ", f).strip() for f in re.split(r"\s;\s", cell or "") if f.strip()]


def forms(cell):
    return [f for f in (norm(x) for x in re.split(r"\s;\s", cell or "")) if f]


def main():
    argv = sys.argv[1:]
    top = 0
    if "--top" in argv:
        k = argv.index("--top")
        top = int(argv[k + 1])
        del argv[k:k + 2]
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "page-forms.tsv")
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    arts = rows if "--all" in argv else [r for r in rows if r["kind"] != "list"]
    kinds = Counter(r["kind"] for r in rows)
    sites = {r["outlet"] for r in rows}
    outlets = {article_outlet(r["outlet"]) for r in rows}
    moj = sum("MOJIBAKE" in r["notes"] for r in rows)
    news = {o for o in outlets if not o.startswith(NOT_OUTLETS)}
    art_news = {o for o in (article_outlet(r["outlet"]) for r in rows if r["kind"] != "list")
                if not o.startswith(NOT_OUTLETS)}
    print(f"pages: {len(rows)} ({len(rows) - kinds['list']} article pages, {kinds['list']} list/search/reporter pages); "
          f"distinct outlet labels: {len(sites)}; news outlets with carriers folded "
          f"(다음뉴스(전자신문) -> 전자신문; blogs, boards, spam sites left out): {len(news)}, "
          f"of which {len(art_news)} on article pages; mojibake pages: {moj}\n")
    print("| kind | pages |\n|---|---|")
    for k, n in kinds.most_common():
        print(f"| {k} | {n} |")
    for col, name in FIELDS:
        print(f"\n### {name}\n")
        print(f"Families ({len(arts)} pages; a page counts once per family, can show several):\n")
        print("| family | pages | kinds |\n|---|---|---|")
        fam = []
        for label, rx in FAMILIES[col]:
            hit = [r for r in arts if any(re.search(rx, f) for f in raw_forms(r[col]))]
            fam.append((len(hit), label, Counter(r["kind"] for r in hit)))
        for n, label, kc in sorted(fam, key=lambda x: -x[0]):
            ks = ", ".join(f"{k} {v}" for k, v in kc.most_common(6))
            print(f"| {label} | {n} | {ks} |")
        cnt, kin = Counter(), defaultdict(Counter)
        for r in arts:
            for f in set(forms(r[col])):
                cnt[f] += 1
                kin[f][r["kind"]] += 1
        shown = cnt.most_common(top or None)
        print(f"\nRaw forms ({len(cnt)} distinct{'; top ' + str(top) if top else ''}):\n")
        print("| form | pages | kinds |\n|---|---|---|")
        for f, n in shown:
            ks = ", ".join(f"{k} {v}" for k, v in kin[f].most_common(4))
            print(f"| `{f.replace('|', '¦')}` | {n} | {ks} |")


if __name__ == "__main__":
    main()
