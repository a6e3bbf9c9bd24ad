import ArgumentParser

extension Gisa {
    struct Submit: AsyncParsableCommand {
        func run() async throws {}
    }
}
