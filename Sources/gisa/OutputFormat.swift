import ArgumentParser
import Foundation
import GisaClient

/// How events are printed: JSON Lines for programs, one readable line each for people.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, pretty

    /// JSON Lines when standard output is not a terminal, else pretty.
    static func choose(_ requested: OutputFormat?) -> OutputFormat {
        requested ?? (Terminal.stdoutIsTTY ? .pretty : .jsonl)
    }

    func print(_ event: ReceivedEvent) {
        switch self {
        case .jsonl:
            Terminal.emit(event.json)
        case .pretty:
            Terminal.emit(Array(Self.summary(event).utf8))
        }
    }

    /// `#12  article.extracted  2026-02-03  아시아경제  title…`
    static func summary(_ event: ReceivedEvent) -> String {
        let o = event.object
        let data = o["data"] as? [String: Any] ?? [:]
        var parts = ["#\(event.sequence)", event.topic]
        switch event.topic {
        case "article.extracted":
            parts.append((data["published"] as? String).map { String($0.prefix(10)) } ?? "(no date)")
            if let p = data["publisher"] as? String { parts.append(p) }
            let title = data["title"] as? String ?? "(no title)"
            parts.append(title.count > 80 ? String(title.prefix(79)) + "…" : title)
            let paragraphs = ((data["body"] as? [String: Any])?["paragraphs"] as? [Any])?.count ?? 0
            parts.append("[\(paragraphs) ¶]")
        case "article.duplicate":
            parts.append("\(data["name"] as? String ?? "?") = #\((data["duplicate_of"] as? NSNumber)?.uint64Value ?? 0)")
        case "article.rejected":
            parts.append("\(data["name"] as? String ?? "?"): \(data["reason"] as? String ?? "")")
        default:
            parts.append(data["message"] as? String ?? "")
        }
        return parts.joined(separator: "  ")
    }
}
