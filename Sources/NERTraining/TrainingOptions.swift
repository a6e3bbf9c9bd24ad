/// What a training run uses; the defaults are those of the committed model.
public struct TrainingOptions: Sendable {
    public var epochs = 8
    public var bucketBits = 20
    public var seed: UInt64 = 11
    /// Also train on KLUE dev's movie-review sentences (they are never scored).
    public var withReviews = true
    public var folds = 5
    /// Use only the first N news sentences (0: all).
    public var limit = 0

    public init() {}
}
