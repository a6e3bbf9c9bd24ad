import ArgumentParser

extension Gisa {
    struct Get: AsyncParsableCommand {
        func run() async throws {}
    }
}
