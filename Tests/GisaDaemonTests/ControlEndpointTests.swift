import Foundation
import GisaClient
import GisaEvents
import Testing
import ZeroMQ

extension DaemonIntegration {
    /// Acceptance 7: the control endpoint answers bad requests with errors and good ones correctly.
    @Suite("control endpoint") struct ControlEndpointTests {
        /// A raw DEALER socket, to send bytes no well-behaved client would.
        final class RawDealer {
            private let context: ZMQContext
            private let socket: ZMQSocket

            init(endpoint: String) throws {
                context = try ZMQContext()
                socket = try ZMQSocket(context: context, kind: .dealer)
                try socket.setLinger(milliseconds: 0)
                try socket.connect(endpoint)
            }

            deinit {
                socket.close()
                context.terminate()
            }

            /// Sends `body` (after the empty delimiter a REQ peer would add) and returns the parsed reply.
            func call(_ body: [UInt8], timeout: Double = 15) async throws -> [String: Any] {
                try socket.send([[], body])
                let deadline = Date(timeIntervalSinceNow: timeout)
                while Date() < deadline && !Task.isCancelled {
                    if try socket.pollIn(timeoutMilliseconds: 100), let frames = try socket.receive(dontWait: true),
                       let last = frames.last {
                        return (try JSONSerialization.jsonObject(with: Data(last))) as? [String: Any] ?? [:]
                    }
                    await Task.yield()
                }
                return [:]
            }
        }

        static func submitJSON(name: String, content: [UInt8]) -> [UInt8] {
            Array("{\"op\":\"submit\",\"name\":\(String(decoding: try! JSONEncoder().encode(name), as: UTF8.self)),\"content\":\"\(Data(content).base64EncodedString())\"}".utf8)
        }

        @Test("bad requests get error replies; ping, status, submit, replay and get work", .timeLimit(.minutes(2)))
        func controlRequests() async throws {
            let dirs = try TempDirs("ctl")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--submit-enabled", "true", "--max-file-bytes", "65536"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let escaped = dirs.drop.appendingPathComponent("../../x").standardizedFileURL
            let escapedExisted = FileManager.default.fileExists(atPath: escaped.path)

            // Raw bytes: each gets {"ok":false,"error":{"code":…}}.
            let raw = try RawDealer(endpoint: spec.controlEndpoint)
            let cases: [(String, [UInt8], String)] = [
                ("malformed JSON", Array("{\"op\": \"ping\"".utf8), "bad_json"),
                ("binary garbage", [0xff, 0x00, 0x13, 0x37], "bad_json"),
                ("unknown op", Array("{\"op\":\"explode\"}".utf8), "unknown_op"),
                ("oversized submit", Self.submitJSON(name: "big.txt", content: Array(repeating: 0x41, count: 70_000)), "too_large"),
                ("path traversal", Self.submitJSON(name: "../../x", content: ArticleFactory.bytes(7)), "bad_name"),
            ]
            for (what, body, code) in cases {
                let reply = try await raw.call(body)
                #expect(reply["ok"] as? Bool == false, "\(what): \(reply)")
                let error = reply["error"] as? [String: Any]
                #expect(error?["code"] as? String == code, "\(what): \(reply)")
                let message = error?["message"] as? String ?? ""
                #expect(!message.isEmpty, "\(what): no message")
            }
            #expect(daemon.ping(), "gisad stopped answering after bad requests\n\(daemon.stderrTail())")

            // The client library: ping, submit, then status, replay and get see the article.
            let client = try ControlClient(endpoint: spec.controlEndpoint, timeout: 15)
            #expect(try client.call(.ping)["pong"] as? Bool == true)
            let name = "제출된 기사.txt"
            let submitted = try client.call(.submit(name: name, content: ArticleFactory.bytes(42)))
            #expect(submitted["name"] as? String == name)
            #expect((submitted["bytes"] as? NSNumber)?.intValue == ArticleFactory.bytes(42).count)
            let extracted = await poll(timeout: 30) { journal.count("article.extracted") == 1 }
            #expect(extracted, "the submitted file was not extracted\n\(daemon.stderrTail())")
            #expect(await poll(timeout: 10) { TempDirs.files(under: dirs.archive).map { ($0 as NSString).lastPathComponent } == [name] })

            let status = try client.call(.status)["status"] as? [String: Any] ?? [:]
            #expect((status["last_seq"] as? NSNumber)?.intValue == 1, "\(status)")
            #expect((status["pid"] as? NSNumber)?.int32Value == daemon.child.pid)
            #expect((status["counts_by_topic"] as? [String: Any])?["article.extracted"] as? Int == 1, "\(status)")
            #expect(status["control_endpoint"] as? String == spec.controlEndpoint)

            var replayed: [ReceivedEvent] = []
            let last = try client.replay(since: 1) { replayed.append($0); return true }
            #expect(last == 1)
            #expect(replayed.map(\.sequence) == [1])
            #expect(replayed.first?.topic == "article.extracted")
            let one = try client.get(1)
            #expect(one.sequence == 1 && EventSummary(json: one.json)?.subject == name)
            #expect(throws: ClientError.self) { try client.get(99) }

            // Still healthy, and nothing escaped the drop directory.
            #expect(daemon.ping() && daemon.isRunning)
            #expect(FileManager.default.fileExists(atPath: escaped.path) == escapedExisted, "\(escaped.path) appeared")
            let strays = (FileManager.default.enumerator(atPath: dirs.base.path)?.allObjects as? [String] ?? [])
                .filter { ($0 as NSString).lastPathComponent == "x" }
            #expect(strays.isEmpty, "\(strays)")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
