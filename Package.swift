// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "modeltrack",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "modeltrack", targets: ["modeltrack"]),
        .executable(name: "modeltrack-eval", targets: ["modeltrack-eval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // C libraries from Debian, behind thin module maps.
        // libcurl is opened on first use (dlopen), so commands that never fetch start faster; its headers
        // come from libcurl4-openssl-dev (Scripts/bootstrap installs it).
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // Plain Sendable value types shared by every stage.
        .target(name: "Model", swiftSettings: strict),

        // Stages, each pointing toward Model.
        .target(name: "Archiving", dependencies: ["Model", "CZlib", "CCrypto"], swiftSettings: strict),
        .target(name: "Fetching", dependencies: ["Model", "CCurl"], swiftSettings: strict),
        .target(name: "Parsing", dependencies: ["Model", "CLibXML2"], swiftSettings: strict),
        .target(name: "Extraction", dependencies: ["Model"], swiftSettings: strict),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"], swiftSettings: strict),
        .target(name: "Conflicts", dependencies: ["Model"], swiftSettings: strict),
        .target(
            name: "Store",
            dependencies: ["Model", "Archiving", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(name: "Digest", dependencies: ["Model", "Store"], swiftSettings: strict),
        .target(
            name: "Pipeline",
            dependencies: [
                "Model", "Archiving", "Fetching", "Parsing", "Extraction", "Conflicts", "Store", "Markdown",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "modeltrack",
            dependencies: [
                "Model", "Fetching", "Extraction", "Conflicts", "Pipeline", "Store", "Digest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // Measures extraction on a corpus directory given as an argument (see eval/README.md).
        .executableTarget(
            name: "modeltrack-eval",
            dependencies: [
                "Model", "Extraction", "Conflicts", "Pipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        // Tests. Fixtures sit next to each test target and are found through #filePath.
        .target(name: "TestSupport", dependencies: ["Model"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "ModelTests", dependencies: ["Model"], exclude: [], swiftSettings: strict),
        .testTarget(name: "FetchingTests", dependencies: ["Fetching", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "ParsingTests", dependencies: ["Parsing"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Parsing"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], swiftSettings: strict),
        .testTarget(name: "ConflictsTests", dependencies: ["Conflicts"], swiftSettings: strict),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Archiving"], swiftSettings: strict),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "Archiving", "Conflicts", "Fetching", "Store", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict),
        .testTarget(
            name: "DigestTests", dependencies: ["Digest", "Store", "Archiving", "Model"], exclude: ["Fixtures"],
            swiftSettings: strict),
        .testTarget(name: "CLITests", dependencies: ["modeltrack", "TestSupport", "Archiving"], swiftSettings: strict),
    ]
)
