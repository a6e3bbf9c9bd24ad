import ArgumentParser

extension Gisa {
    struct Subscribe: AsyncParsableCommand {
        func run() async throws {}
    }
}
