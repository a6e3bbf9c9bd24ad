/// An ordered list of rules: a decider's strategy table. The earlier rule wins, then the
/// earlier position on the page, then reading order.
struct StrategyTable: Sendable {
    let order: [EvidenceRule]

    init(_ order: [EvidenceRule]) { self.order = order }

    /// The rank of `rule`; nil when the table does not take the rule at all.
    func rank(_ rule: EvidenceRule) -> Int? { order.firstIndex(of: rule) }

    /// Indices of the candidates the table takes, best first.
    func ranked<V>(_ candidates: [Candidate<V>]) -> [Int] {
        candidates.indices.compactMap { k in rank(candidates[k].rule).map { (k, $0) } }.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            let pa = candidates[a.0].position ?? -1, pb = candidates[b.0].position ?? -1
            if pa != pb { return pa < pb }
            return a.0 < b.0
        }.map(\.0)
    }
}
