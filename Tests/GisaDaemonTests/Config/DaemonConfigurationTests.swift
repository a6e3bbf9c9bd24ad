import Foundation
import Testing
@testable import GisaDaemon

@Suite struct DaemonConfigurationTests {
    @Test func emptyYAMLGivesDocumentedDefaults() throws {
        let c = try DaemonConfiguration.parse(yaml: "")
        #expect(c.maxFileBytes == 10 * 1024 * 1024)
        #expect(c.archive == .keep)
        #expect(c.submitEnabled == false)
        #expect(c.resolvedJournalPath == "var/state/journal.sqlite")
    }

    @Test func readsEveryKey() throws {
        let c = try DaemonConfiguration.parse(yaml: """
            drop_dir: /d
            state_dir: /s
            journal_path: /j/journal.sqlite
            publish_endpoint: ipc:///run/gisa/e.sock
            control_endpoint: tcp://127.0.0.1:7000
            max_file_bytes: 2MiB
            archive: delete
            rescan_interval: 500ms
            log_level: debug
            publish_high_water_mark: 50
            journal_sync: normal
            extraction_threads: 3
            submit_enabled: yes
            allow_insecure_remote: false
            """)
        #expect(c.dropDir == "/d")
        #expect(c.stateDir == "/s")
        #expect(c.resolvedJournalPath == "/j/journal.sqlite")
        #expect(c.publishEndpoint == "ipc:///run/gisa/e.sock")
        #expect(c.maxFileBytes == 2 * 1024 * 1024)
        #expect(c.archive == .delete)
        #expect(c.rescanInterval == 0.5)
        #expect(c.logLevel == .debug)
        #expect(c.publishHighWaterMark == 50)
        #expect(c.journalSync == .normal)
        #expect(c.extractionThreads == 3)
        #expect(c.submitEnabled)
    }

    @Test(arguments: [
        ("max_file_bytes: lots", "max_file_bytes"),
        ("max_file_bytes: -3", "max_file_bytes"),
        ("archive: maybe", "archive"),
        ("rescan_interval: 0", "rescan_interval"),
        ("log_level: loud", "log_level"),
        ("publish_endpoint: http://x", "publish_endpoint"),
        ("control_endpoint: tcp://0.0.0.0:5602", "control_endpoint"),
        ("submit_enabled: perhaps", "submit_enabled"),
        ("extraction_threads: -1", "extraction_threads"),
        ("extraction_threads: 65", "extraction_threads"),
        ("extraction_threads: many", "extraction_threads"),
        ("drop_dir:", "drop_dir"),
        ("dropdir: /x", "dropdir"),
        ("publish_endpoint: tcp://127.0.0.1:1\ncontrol_endpoint: tcp://127.0.0.1:1", "control_endpoint"),
    ])
    func badValuesNameTheirKey(yaml: String, key: String) {
        do {
            _ = try DaemonConfiguration.parse(yaml: yaml)
            Issue.record("accepted: \(yaml)")
        } catch {
            #expect(error.key == key)
            #expect(error.description.contains("'\(key)'"))
        }
    }

    @Test func notAMappingIsRefused() {
        #expect(throws: ConfigurationError.self) { try DaemonConfiguration.parse(yaml: "- a\n- b") }
        #expect(throws: ConfigurationError.self) { try DaemonConfiguration.parse(yaml: "a: [") }
    }

    @Test func insecureRemoteNeedsExplicitConsent() throws {
        let c = try DaemonConfiguration.parse(yaml: "publish_endpoint: tcp://0.0.0.0:5601\nallow_insecure_remote: true")
        #expect(c.publishEndpoint == "tcp://0.0.0.0:5601")
    }

    @Test func flagsOverrideByKeyName() throws {
        var c = try DaemonConfiguration.parse(yaml: "archive: keep")
        try c.set("archive", text: "delete")
        #expect(c.archive == .delete)
        #expect(throws: ConfigurationError.self) { try c.set("no_such_key", text: "1") }
    }

    @Test func theShippedConfigurationsParse() throws {
        let root = RepoRoot.path
        for path in ["config/gisad.yaml", "systemd/gisad.yaml"] {
            let c = try DaemonConfiguration.load(path: root + "/" + path)
            #expect(!c.dropDir.isEmpty, "\(path)")
        }
        // Every key the parser knows is documented in the default configuration.
        let text = try String(contentsOfFile: root + "/config/gisad.yaml", encoding: .utf8)
        for key in DaemonConfiguration.keys {
            #expect(text.contains(key + ":"), "config/gisad.yaml does not document \(key)")
        }
    }

    @Test func extractionThreadsZeroMeansOnePerCPUUpToEight() throws {
        let auto = try DaemonConfiguration.parse(yaml: "")
        #expect(auto.extractionThreads == 0)
        #expect(auto.resolvedExtractionThreads(onlineCPUs: 2) == 2)
        #expect(auto.resolvedExtractionThreads(onlineCPUs: 64) == 8)
        #expect(auto.resolvedExtractionThreads(onlineCPUs: 0) == 1)
        let fixed = try DaemonConfiguration.parse(yaml: "extraction_threads: 12")
        #expect(fixed.resolvedExtractionThreads(onlineCPUs: 2) == 12)
    }

    @Test func extractionThreadsNeedARestart() throws {
        let live = LiveSettings(try DaemonConfiguration.parse(yaml: "extraction_threads: 2"))
        #expect(live.reload(try DaemonConfiguration.parse(yaml: "extraction_threads: 4")) == ["extraction_threads"])
        #expect(live.config.extractionThreads == 2)
    }

    @Test func liveReloadAppliesOnlyLiveKeys() throws {
        let live = LiveSettings(try DaemonConfiguration.parse(yaml: "archive: keep\ndrop_dir: a"))
        var fresh = try DaemonConfiguration.parse(yaml: "archive: delete\ndrop_dir: b")
        fresh.maxFileBytes = 5
        let restart = live.reload(fresh)
        #expect(live.config.archive == .delete)
        #expect(live.config.maxFileBytes == 5)
        #expect(live.config.dropDir == "a")
        #expect(restart == ["drop_dir"])
    }
}
