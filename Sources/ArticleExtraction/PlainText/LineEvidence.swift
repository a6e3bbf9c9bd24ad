import ArticleFacts
/// The line-level reading both page stages share: what one classified line of a text copy, or
/// one block of an HTML page, says about the article. Metadata lines become candidates of
/// their fields; prose comes back as text without its dateline and closing byline.
enum LineEvidence {
    /// What a line does to the body.
    enum Outcome: Equatable, Sendable {
        /// Not article text (metadata or furniture).
        case skip
        /// The article is over (an end marker or copyright line) when text was read before it.
        case end
        /// Article text, possibly without its dateline or closing byline.
        case text(String)
    }

    /// Reads a body line of kind `kind` at `position` (line or block index).
    /// - Parameter opensBody: the line would be the first paragraph (a dateline may open it).
    static func readBodyLine(_ line: String, kind: LineKind, at position: Int, opensBody: Bool, into page: inout PageReading) -> Outcome {
        if let outcome = readMetadataLine(line, kind: kind, at: position, into: &page) { return outcome }
        // The outlet's name alone on a line (a footer's masthead): not article text.
        if !opensBody, let o = HeadlineForm.masthead(line) {
            page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .masthead, position: position, form: line))
            return .skip
        }
        // `(연합뉴스)` alone after the text: the agency credits the article.
        if !opensBody, let o = creditLineOutlet(line) {
            page.outlets.append(Candidate(o, rule: .bracketByline, position: position, form: "(매체)"))
            return .skip
        }
        if !opensBody, isWireCaption(line) {
            addCaption(line, to: &page)
            return .skip
        }
        return .text(readProse(line, at: position, opensBody: opensBody, into: &page))
    }

    /// Reads a line that is not prose into candidates; nil for a content line.
    static func readMetadataLine(_ line: String, kind: LineKind, at position: Int, into page: inout PageReading) -> Outcome? {
        switch kind {
        case .endMarker:
            readNewsSource(line, into: &page)
            readOutletLine(line, at: position, into: &page)
            return .end
        case .copyright:
            readCopyright(line, at: position, into: &page)
            return .end
        case .credit:
            addCredits(PhotoCreditParser.credits(in: line), to: &page)
        case .caption:
            addCaption(line, to: &page)
        case .byline:
            readByline(line, at: position, rule: .bylineLine, into: &page)
        case .labelledDate:
            readDates(line, at: position, into: &page)
            readBylineBesideDate(line, at: position, bareName: false, into: &page)
        case .bylineDate:
            readBylineBesideDate(line, at: position, into: &page)
            if let m = PrintedDateScanner.scan(line, limit: 1).first {
                page.published.append(Candidate(m.date, rule: .bylineDate, position: position, form: BylineForm.sketch(line)))
            }
        case .contact:
            page.looseEmails.alone += TextTools.emails(in: line)
        case .furniture, .weather, .blank, .section, .bareDate:
            break
        case .content:
            return nil
        }
        return .skip
    }

    /// A prose line without its dateline (when it opens the body) and closing byline, whose
    /// outlet and reporters become candidates.
    static func readProse(_ line: String, at position: Int, opensBody: Bool, into page: inout PageReading) -> String {
        var text = BodyCleaner.removeBroadcastMarks(line)
        // `… 이미지 확대 [자료 사진] (부산=연합뉴스) 홍길동 기자 = …`: furniture glued before the dateline.
        if opensBody, Dateline.read(text) == nil, let inner = Dateline.innerStart(text) { text = inner }
        if opensBody, let d = Dateline.read(text) {
            if let o = d.outlet {
                page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: d.bracketByline ? .bracketByline : .dateline, position: position, form: d.form))
            }
            if !d.authors.isEmpty { page.bylines.append(Candidate(d.authors, rule: .datelineByline, position: position, form: d.form)) }
            text = d.rest
        }
        if let signOff = BylineParser.parseSignOffTail(text) {
            page.bylines.append(Candidate(signOff.authors, rule: .spokenByline, position: position, form: BylineForm.sketch(signOff.text, authors: signOff.authors)))
            if let o = BylineParser.signOffOutlet(signOff.text) {
                page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .signOff, position: position, form: BylineForm.sketch(signOff.text, authors: signOff.authors, outlet: o)))
            }
            text = signOff.rest
        }
        if let tail = BylineParser.parseTail(text) {
            let outlet = BylineParser.outletOpening(tail.text)
            page.bylines.append(Candidate(tail.authors, rule: .closingByline, position: position,
                                          form: BylineForm.sketch(tail.text, authors: tail.authors, outlet: outlet)))
            if let outlet { page.outlets.append(Candidate(outlet, rule: .bracketByline, position: position, form: BylineForm.sketch(tail.text, authors: tail.authors, outlet: outlet))) }
            text = tail.rest
        }
        if let spoken = BylineParser.parseSpoken(text) {
            page.bylines.append(Candidate([spoken], rule: .spokenByline, position: position, form: BylineForm.sketch(
                String(String.UnicodeScalarView(text.unicodeScalars.suffix(LineThresholds.spokenBylineForm))), authors: [spoken])))
        }
        return text
    }

    /// The reporters of a byline line.
    /// Most scalars after a wire photo caption's date (an e-mail), for `isWireCaption`.
    static let maxWireCaptionTail = 40

    /// `[지역=매체] … 환호하고 있다. 2024.07.12. email`: a wire photo's caption inside the body
    /// (a dateline that does not open the article, and the photo's date at the end).
    static func isWireCaption(_ line: String) -> Bool {
        guard let f = line.unicodeScalars.first, "[(【".unicodeScalars.contains(f), line.has("=") else { return false }
        guard let d = Dateline.read(line), d.outlet != nil, let last = PrintedDateScanner.scan(line).last, last.date.year != nil else { return false }
        return line.unicodeScalars.count - last.end <= maxWireCaptionTail
    }

    /// The reporters of a byline line, and the outlet of a bracketed one (`[매체 이름 기자]`).
    static func readByline(_ line: String, at position: Int, rule: EvidenceRule, into page: inout PageReading) {
        if let o = BylineParser.outletOnlyByline(line) {
            page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .bracketByline, position: position, form: BylineForm.sketch(line, outlet: o)))
            return
        }
        if let d = Dateline.read(line), d.rest.isEmpty, !d.authors.isEmpty {
            if let o = d.outlet, d.bracketByline {
                page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .bracketByline, position: position, form: d.form))
            }
            page.bylines.append(Candidate(d.authors, rule: rule, position: position, form: d.form))
            return
        }
        guard let authors = BylineParser.parseLine(line) else { return }
        if let o = BylineParser.outletOpening(line) {
            page.outlets.append(Candidate(o, rule: .bracketByline, position: position, form: BylineForm.sketch(line, authors: authors, outlet: o)))
        }
        if let o = BylineParser.signOffOutlet(line) {
            page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .signOff, position: position, form: BylineForm.sketch(line, authors: authors, outlet: o)))
        }
        page.bylines.append(Candidate(authors, rule: rule, position: position, form: BylineForm.sketch(line, authors: authors)))
    }

    /// The outlet a footer or tip-off line opens with (`매체 · 주소 · 대표전화 …`, `매체 기사제보 email`).
    static func readOutletLine(_ line: String, at position: Int, into page: inout PageReading) {
        if line.scalarCount <= FurnitureMarkers.maxServiceLine, let o = LineClassifier.serviceOutlet(line) {
            page.outlets.append(Candidate(o, rule: .outletLine, position: position, form: BylineForm.sketch(line, outlet: o)))
            return
        }
        if let o = summaryCreditOutlet(line) {
            page.outlets.append(Candidate(o, rule: .outletLine, position: position, form: BylineForm.sketch(line, outlet: o)))
            return
        }
        guard FurnitureMarkers.footerWords.occurs(in: line) || FurnitureMarkers.tipWords.occurs(in: line) else { return }
        let words = line.split(whereSeparator: { " ·|,".contains($0) }).map(String.init)
        guard let first = words.first, first.scalarCount <= LineThresholds.maxOpeningOutlet, !first.has("@"),
              OutletTable.looksLikeOutlet(first) || OutletTable.names.contains(first)
                || words.count > 1 && FurnitureMarkers.tipWords.occurs(in: words[1]) && first.unicodeScalars.contains(where: TextTools.isHangul) else { return }
        page.outlets.append(Candidate(OutletTable.koreanName(first) ?? first, rule: .outletLine, position: position, form: BylineForm.sketch(line, outlet: first)))
    }

    /// The quoted outlet of an aggregator's summary credit (`“매체” 기사 내용을 3줄로 요약한 결과입니다`), or nil.
    static func summaryCreditOutlet(_ line: String) -> String? {
        guard FurnitureMarkers.summaryCreditWords.occurs(in: line) else { return nil }
        for (open, close) in [("“", "”"), ("\"", "\""), ("‘", "’"), ("'", "'")] {
            guard let a = line.byteRange(of: open) else { continue }
            let after = String(line[a.upperBound...])
            guard let b = after.byteRange(of: close) else { continue }
            let name = TextTools.trim(String(after[..<b.lowerBound]), " ")
            if name.scalarCount >= 2, name.scalarCount <= 20 { return OutletTable.koreanName(name) ?? name }
        }
        return nil
    }

    /// An agency's credit alone on a line after the body (`(연합뉴스)`), or nil.
    static func creditLineOutlet(_ line: String) -> String? {
        guard line.scalarCount <= maxCreditLine, let f = line.unicodeScalars.first, let l = line.unicodeScalars.last,
              Dateline.pairs.contains(where: { $0.0 == f && $0.1 == l }) else { return nil }
        let name = TextTools.trim(String(String.UnicodeScalarView(line.unicodeScalars.dropFirst().dropLast())), " ")
        return OutletTable.looksLikeOutlet(name) ? name : nil
    }

    /// Longest agency credit line, in scalars.
    static let maxCreditLine = 14

    /// The outlet and year of a copyright line.
    static func readCopyright(_ line: String, at position: Int, into page: inout PageReading) {
        if let o = CopyrightLine.outlet(in: line) {
            page.outlets.append(Candidate(o, rule: .copyrightLine, position: position, form: BylineForm.sketch(line, outlet: o)))
        }
        page.years.addCopyright(line)
    }

    /// The reporter printed on a date line (`홍길동 기자 | 입력 …`, `홍길동 2023. 5. 3. 17:03`).
    static func readBylineBesideDate(_ line: String, at position: Int, bareName: Bool = true, into page: inout PageReading) {
        guard let m = PrintedDateScanner.scan(line, limit: 1).first else { return }
        // `매체 편집국 email YYYY년 …`: a desk's byline names the outlet.
        let head = String(String.UnicodeScalarView(line.unicodeScalars.prefix(m.start)))
        if let o = BylineParser.outletOnlyByline(head) {
            page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .bracketByline, position: position, form: BylineForm.sketch(head, outlet: o)))
        }
        let authors = BylineParser.nameAround(line, dateStart: m.start, dateEnd: m.end, bareName: bareName)
        guard !authors.isEmpty else { return }
        page.bylines.append(Candidate(authors, rule: .bylineLine, position: position, form: BylineForm.sketch(line, authors: authors)))
    }

    /// The labelled dates of a line (`입력 2024-04-15 16:00 수정 …`).
    static func readDates(_ line: String, at position: Int, limit: Int = 8, into page: inout PageReading) {
        for m in PrintedDateScanner.scan(line, limit: limit) {
            let c = Candidate(m.date, rule: .labelledDate, position: position, form: line)
            switch m.label {
            case .published?: page.published.append(c)
            case .updated?: page.updated.append(c)
            case nil: break
            }
        }
    }

    /// `X` from `[뉴스출처 : X]`.
    static func readNewsSource(_ line: String, into page: inout PageReading) {
        guard line.has("뉴스출처") else { return }
        var s = line
        if let colon = s.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            s = String(s[s.index(after: colon)...])
        } else {
            s = s.replacingAll("뉴스출처", with: "")
        }
        let name = TextTools.trim(s, "[]() ")
        if !name.isEmpty { page.newsSource = name }
    }

    static func addCredits(_ credits: [String], to page: inout PageReading) {
        for c in credits where !page.photoCredits.contains(c) { page.photoCredits.append(c) }
    }

    static func addCaption(_ line: String, to page: inout PageReading) {
        let caption = TextTools.trim(line, "▲△ ")
        guard !caption.isEmpty else { return }
        page.captions.append(caption)
        if let c = PhotoCreditParser.trailingCredit(ofCaption: caption) { addCredits([c], to: &page) }
    }
}
