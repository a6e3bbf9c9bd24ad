/// What the caller asks the core to do beyond the page fields and the rules' facts.
public struct ExtractionOptions: Hashable, Sendable {
    /// Also run the learned entity recogniser (`NERModel.embedded`, issue 11) beside the rules.
    /// Off by default: measured on KLUE dev news (README, "Entity model") it lifts entity macro F1
    /// from 0.656 to 0.685 but makes the fact stage about six times slower, beyond the 30% budget
    /// of extraction time that the daemon's default must keep.
    public var learnedEntities: Bool

    public init(learnedEntities: Bool = false) {
        self.learnedEntities = learnedEntities
    }
}
