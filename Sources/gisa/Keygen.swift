import ArgumentParser

extension Gisa {
    struct Keygen: AsyncParsableCommand {
        func run() async throws {}
    }
}
