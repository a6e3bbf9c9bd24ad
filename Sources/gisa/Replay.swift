import ArgumentParser

extension Gisa {
    struct Replay: AsyncParsableCommand {
        func run() async throws {}
    }
}
