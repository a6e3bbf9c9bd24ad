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
        return .text(readProse(line, at: position, opensBody: opensBody, into: &page))
    }

    /// Reads a line that is not prose into candidates; nil for a content line.
    static func readMetadataLine(_ line: String, kind: LineKind, at position: Int, into page: inout PageReading) -> Outcome? {
        switch kind {
        case .endMarker:
            readNewsSource(line, into: &page)
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
            if let m = DateScanner.scan(line, limit: 1).first {
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
        var text = line
        if opensBody, let d = Dateline.read(text) {
            if let o = d.outlet {
                page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: d.bracketByline ? .bracketByline : .dateline, position: position, form: d.form))
            }
            if !d.authors.isEmpty { page.bylines.append(Candidate(d.authors, rule: .datelineByline, position: position, form: d.form)) }
            text = d.rest
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
                String(String.UnicodeScalarView(text.unicodeScalars.suffix(20))), authors: [spoken])))
        }
        return text
    }

    /// The reporters of a byline line.
    /// The reporters of a byline line, and the outlet of a bracketed one (`[매체 이름 기자]`).
    static func readByline(_ line: String, at position: Int, rule: EvidenceRule, into page: inout PageReading) {
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

    /// The outlet and year of a copyright line.
    static func readCopyright(_ line: String, at position: Int, into page: inout PageReading) {
        if let o = CopyrightLine.outlet(in: line) {
            page.outlets.append(Candidate(o, rule: .copyrightLine, position: position, form: BylineForm.sketch(line, outlet: o)))
        }
        page.years.addCopyright(line)
    }

    /// The reporter printed on a date line (`홍길동 기자 | 입력 …`, `홍길동 2023. 5. 3. 17:03`).
    static func readBylineBesideDate(_ line: String, at position: Int, bareName: Bool = true, into page: inout PageReading) {
        guard let m = DateScanner.scan(line, limit: 1).first else { return }
        let authors = BylineParser.nameAround(line, dateStart: m.start, dateEnd: m.end, bareName: bareName)
        guard !authors.isEmpty else { return }
        page.bylines.append(Candidate(authors, rule: .bylineLine, position: position, form: BylineForm.sketch(line, authors: authors)))
    }

    /// The labelled dates of a line (`입력 2024-04-15 16:00 수정 …`).
    static func readDates(_ line: String, at position: Int, limit: Int = 8, into page: inout PageReading) {
        for m in DateScanner.scan(line, limit: limit) {
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
