import Foundation
import Testing

/// Validates event JSON documents against `schemas/event.schema.json` with Python's jsonschema.
enum SchemaValidator {
    static let schema = Binaries.repositoryRoot().appendingPathComponent("schemas/event.schema.json")

    private static let script = """
        import json, sys
        try:
            from jsonschema import Draft202012Validator
        except ImportError:
            print("jsonschema missing: run `make test` (it pip-installs pyzmq and jsonschema)")
            sys.exit(3)
        validator = Draft202012Validator(json.load(open(sys.argv[1], encoding="utf-8")),
                                         format_checker=Draft202012Validator.FORMAT_CHECKER)
        bad = checked = 0
        for number, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
            checked += 1
            for error in validator.iter_errors(json.loads(line)):
                bad += 1
                print(f"event {number}: {error.json_path}: {error.message}")
        print(f"checked {checked}, {bad} errors")
        sys.exit(1 if bad else 0)
        """

    /// Validates each document: a failed expectation listing every violation.
    static func expectValid(_ documents: [[UInt8]], scratch: URL, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        guard let report = try await problems(documents, scratch: scratch) else { return }
        Issue.record("schema violations:\n\(report)", sourceLocation: sourceLocation)
    }

    /// Validates each document. - Returns: nil when all are valid, else Python's report.
    static func problems(_ documents: [[UInt8]], scratch: URL) async throws -> String? {
        let file = scratch.appendingPathComponent("events-\(UUID().uuidString.prefix(8)).jsonl")
        var all = Data()
        for d in documents {
            all.append(contentsOf: d)
            all.append(0x0a)
        }
        try all.write(to: file)
        let python = try ChildProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema.path, file.path],
                                      label: "jsonschema-\(file.lastPathComponent)", logs: scratch, directory: scratch)
        defer { python.forceStop() }
        guard let status = await python.waitForExit(timeout: 60) else { return "jsonschema validation did not finish" }
        return status == 0 ? nil : "status \(status): \(python.stdoutText)\(python.stderrText)"
    }
}
