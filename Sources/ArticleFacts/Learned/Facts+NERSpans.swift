extension Facts {
    /// The facts of one field as KLUE-labelled spans: persons PS, locations LC, organisations OG,
    /// dates DT, times TI, and amounts, quantities and percentages QT.
    public func nerSpans(field: FieldName) -> [NERSpan] {
        let wanted: FieldName? = field == "body" ? nil : field
        var spans: [NERSpan] = []
        for entity in entities {
            let label: NERLabel = switch entity.type {
            case .person: .person
            case .location: .location
            case .organization: .organization
            }
            for mention in entity.mentions where mention.field == wanted {
                spans.append(NERSpan(start: mention.start, end: mention.end, label: label))
            }
        }
        for d in dates where d.field == wanted { spans.append(NERSpan(start: d.start, end: d.end, label: .date)) }
        for t in times where t.field == wanted { spans.append(NERSpan(start: t.start, end: t.end, label: .time)) }
        for a in amounts where a.field == wanted { spans.append(NERSpan(start: a.start, end: a.end, label: .quantity)) }
        for q in quantities where q.field == wanted { spans.append(NERSpan(start: q.start, end: q.end, label: .quantity)) }
        for p in percentages where p.field == wanted { spans.append(NERSpan(start: p.start, end: p.end, label: .quantity)) }
        return spans
    }
}
