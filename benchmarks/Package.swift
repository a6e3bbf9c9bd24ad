// swift-tools-version: 6.1
// The benchmark tools of gisa (issue 6). A package of its own so that the root package builds
// and tests without anything here; `make bench` (benchmarks/run.sh) builds it in release mode.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "gisa-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "gisa", path: ".."),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        // Own module names: the root package already has CLibXML2 and CZeroMQ.
        .systemLibrary(name: "BenchLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "BenchZMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),
        .executableTarget(
            name: "gisa-bench-extract",
            dependencies: [
                "BenchLibXML2",
                .product(name: "ArticleExtraction", package: "gisa"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "gisa-bench-neardup",
            dependencies: [
                .product(name: "ArticleExtraction", package: "gisa"),
                .product(name: "NearDuplicates", package: "gisa"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "gisa-train-ner",
            dependencies: [
                .product(name: "ArticleFacts", package: "gisa"),
                .product(name: "NERTraining", package: "gisa"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "gisa-bench-daemon",
            dependencies: [
                "BenchZMQ",
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
