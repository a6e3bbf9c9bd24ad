import Testing
@testable import GisaDaemon

@Suite struct EndpointPolicyTests {
    @Test(arguments: ["tcp://127.0.0.1:5601", "tcp://127.1.2.3:1", "tcp://localhost:9", "tcp://[::1]:5601",
                      "ipc:///run/gisa/e.sock", "inproc://x"])
    func local(_ e: String) { #expect(EndpointPolicy.isLocal(e)) }

    @Test(arguments: ["tcp://0.0.0.0:5601", "tcp://*:5601", "tcp://192.0.2.1:5601", "tcp://example.com:1", "tcp://[::]:1"])
    func remote(_ e: String) { #expect(!EndpointPolicy.isLocal(e)) }
}
