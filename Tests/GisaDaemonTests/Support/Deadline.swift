import Foundation

/// How long the integration tests wait for progress. The figures written in the tests are what a
/// release build needs with room to spare on a loaded two-core machine; a debug build (the
/// default of `make test`) gets three times as long. `GISA_TEST_TIME_SCALE` multiplies both (e.g. 2
/// under an extra CPU hog). A deadline only bounds a wait that polls for progress, so a generous
/// one costs nothing when things go well.
enum Deadline {
    #if DEBUG
    static let buildFactor = 3.0
    #else
    static let buildFactor = 1.0
    #endif

    /// The build factor times `GISA_TEST_TIME_SCALE` (default 1).
    static let factor: Double = buildFactor * (ProcessInfo.processInfo.environment["GISA_TEST_TIME_SCALE"].flatMap(Double.init) ?? 1)

    /// `seconds` scaled to this build and environment.
    static func scaled(_ seconds: Double) -> Double { seconds * factor }
}
