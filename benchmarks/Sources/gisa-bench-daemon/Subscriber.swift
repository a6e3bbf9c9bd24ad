import BenchZMQ
import Foundation
import Synchronization

/// A ZeroMQ SUB socket on its own thread, subscribed to every topic, that notes the arrival time
/// of each event by its `subject` (the dropped file's name). Only loopback endpoints are used.
final class Subscriber: @unchecked Sendable {
    struct State {
        var arrivals: [String: UInt64] = [:]
        /// Arrivals per name prefix (the part before the first `-`): one per benchmark phase.
        var perTag: [String: Int] = [:]
        var topics: [String: Int] = [:]
        var lastSeq: UInt64 = 0
        var gaps = 0
    }

    private let context: UnsafeMutableRawPointer
    private let socket: UnsafeMutableRawPointer
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    let state = Mutex(State())

    init(endpoint: String) {
        context = zmq_ctx_new()
        socket = zmq_socket(context, ZMQ_SUB)
        var zero: Int32 = 0
        zmq_setsockopt(socket, ZMQ_RCVHWM, &zero, MemoryLayout<Int32>.size)
        var timeout: Int32 = 100
        zmq_setsockopt(socket, ZMQ_RCVTIMEO, &timeout, MemoryLayout<Int32>.size)
        zmq_setsockopt(socket, ZMQ_SUBSCRIBE, "", 0)
        precondition(endpoint.hasPrefix("tcp://127.0.0.1:"), "benchmarks speak to loopback only")
        zmq_connect(socket, endpoint)
    }

    func start() {
        let thread = Thread { [self] in
            receiveLoop()
            finished.signal()
        }
        thread.name = "bench-sub"
        thread.start()
    }

    func stop() {
        stopping.store(true, ordering: .releasing)
        finished.wait()
        zmq_close(socket)
        zmq_ctx_term(context)
    }

    func count(tag: String) -> Int { state.withLock { $0.perTag[tag] ?? 0 } }

    private func receiveLoop() {
        var frames: [[UInt8]] = []
        while !stopping.load(ordering: .acquiring) {
            var msg = zmq_msg_t()
            zmq_msg_init(&msg)
            let n = zmq_msg_recv(&msg, socket, 0)
            if n < 0 {
                zmq_msg_close(&msg)
                continue
            }
            let data = zmq_msg_data(&msg)!.assumingMemoryBound(to: UInt8.self)
            frames.append(Array(UnsafeBufferPointer(start: data, count: Int(n))))
            let more = zmq_msg_more(&msg) != 0
            zmq_msg_close(&msg)
            if more { continue }
            let t = nowNanos()
            defer { frames.removeAll(keepingCapacity: true) }
            guard frames.count == 3, frames[2].count == 8 else { continue }
            let seq = frames[2].withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
            let topic = String(decoding: frames[0], as: UTF8.self)
            let subject = Self.subject(in: frames[1])
            state.withLock { s in
                if s.lastSeq != 0 && seq != s.lastSeq + 1 { s.gaps += 1 }
                s.lastSeq = seq
                s.topics[topic, default: 0] += 1
                guard let subject else { return }
                if s.arrivals[subject] == nil {
                    s.arrivals[subject] = t
                    let tag = subject.split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
                    s.perTag[tag, default: 0] += 1
                }
            }
        }
    }

    /// The top-level `"subject":"…"` of the event JSON (keys are sorted, so it is the last one;
    /// string contents cannot hold an unescaped quote, so the byte search is exact).
    static func subject(in json: [UInt8]) -> String? {
        let key = Array(#""subject":""#.utf8)
        guard json.count > key.count else { return nil }
        var i = json.count - key.count
        while i >= 0 {
            if json[i] == key[0] && Array(json[i..<(i + key.count)]) == key {
                let start = i + key.count
                guard let end = json[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                return String(decoding: json[start..<end], as: UTF8.self)
            }
            i -= 1
        }
        return nil
    }
}
