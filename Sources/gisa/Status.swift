import ArgumentParser

extension Gisa {
    struct Status: AsyncParsableCommand {
        func run() async throws {}
    }
}
