// swift-tools-version: 6.1
import PackageDescription

/// Compiler settings shared by every Swift target, in one place.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "gisa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gisad", targets: ["gisad"]),
        .executable(name: "gisa", targets: ["gisa"]),
        .library(name: "ArticleExtraction", targets: ["ArticleExtraction"]),
        .library(name: "NearDuplicates", targets: ["NearDuplicates"]),
        // For benchmarks/ (gisa-train-ner trains the fact stage's entity model).
        .library(name: "ArticleFacts", targets: ["ArticleFacts"]),
        .library(name: "NERTraining", targets: ["NERTraining"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries (Debian packages).
        .systemLibrary(name: "CZeroMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CMalloc"),

        // The pure core.
        // The learned entity model's bytes, linked in by model.S (issue 11; README, Entity model).
        .target(name: "CNERModel", exclude: ["gisa-ner.model"], cSettings: [.headerSearchPath(".")]),
        .target(name: "ArticleFacts", dependencies: ["CNERModel"], swiftSettings: swiftSettings),
        // Training and cross-validation of the entity model (gisa-train-ner in benchmarks/; never in the daemon).
        .target(name: "NERTraining", dependencies: ["ArticleFacts"], swiftSettings: swiftSettings),
        .target(
            name: "ArticleExtraction",
            dependencies: ["CLibXML2", "COpenSSL", "ArticleFacts"],
            swiftSettings: swiftSettings
        ),

        // Near-duplicate fingerprints and their LSH index (pure).
        .target(name: "NearDuplicates", dependencies: ["ArticleExtraction"], swiftSettings: swiftSettings),

        // Transport and contracts.
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"], swiftSettings: swiftSettings),
        .target(name: "GisaEvents", dependencies: ["ArticleExtraction"], swiftSettings: swiftSettings),
        .target(name: "GisaClient", dependencies: ["GisaEvents", "ZeroMQ"], swiftSettings: swiftSettings),

        // The daemon as a library, and the two executables.
        .target(
            name: "GisaDaemon",
            dependencies: [
                "ArticleExtraction", "GisaEvents", "NearDuplicates", "ZeroMQ", "CZlib", "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "gisad",
            dependencies: [
                "GisaDaemon", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "gisa",
            dependencies: [
                "GisaDaemon", "GisaEvents", "GisaClient", "ZeroMQ", "ArticleExtraction", "NearDuplicates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // libFuzzer targets: built with `--sanitize fuzzer` (README, Development).
        .executableTarget(name: "FuzzExtract", dependencies: ["ArticleExtraction"], swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzControl", dependencies: ["GisaEvents"], swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzScriptData", dependencies: ["ArticleExtraction"], swiftSettings: swiftSettings),

        // Tests: one target per library target.
        .testTarget(name: "ArticleFactsTests", dependencies: ["ArticleFacts"], swiftSettings: swiftSettings),
        .testTarget(name: "NERTrainingTests", dependencies: ["NERTraining", "ArticleFacts"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ArticleExtractionTests",
            dependencies: ["ArticleExtraction"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "NearDuplicatesTests", dependencies: ["NearDuplicates", "ArticleExtraction"], swiftSettings: swiftSettings),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"], swiftSettings: swiftSettings),
        .testTarget(name: "GisaEventsTests", dependencies: ["GisaEvents"], swiftSettings: swiftSettings),
        .testTarget(name: "GisaClientTests", dependencies: ["GisaClient", "GisaEvents"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GisaDaemonTests",
            dependencies: ["GisaDaemon", "GisaEvents", "GisaClient", "ZeroMQ", "NearDuplicates",
                           .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Scripts", "Help"],
            swiftSettings: swiftSettings
        ),
    ]
)
