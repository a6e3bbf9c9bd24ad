import ArticleFacts
import Foundation
import Testing

/// The binary carries the committed model file, and that file loads.
struct EmbeddedModelTests {
    /// SwiftPM does not see `.incbin` inputs: after retraining, `touch Sources/CNERModel/model.S`.
    @Test func embeddedBytesAreTheCommittedModel() throws {
        let file = SharedData.packageRoot.appendingPathComponent("Sources/CNERModel/gisa-ner.model")
        let committed = try [UInt8](Data(contentsOf: file))
        #expect(NERModel.embeddedBytes.count == committed.count)
        #expect(NERModel.embeddedBytes == committed, "stale model linked in: touch Sources/CNERModel/model.S and rebuild")
        let model = try #require(NERModel.embedded)
        #expect(model.lexicon.entries.count > 40000)
    }
}
