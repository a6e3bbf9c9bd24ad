import Testing

/// The parent suite of every test that starts a real `gisad`. Serialized (recursively, so the
/// nested suites in the other files too): each test runs a daemon that works the machine's two
/// cores hard, and two at once would only make both slow and their timings meaningless.
@Suite("gisad integration", .serialized)
struct DaemonIntegration {}
