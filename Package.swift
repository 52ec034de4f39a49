// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "newskb",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsKB", targets: ["NewsKB"]),
        .executable(name: "newskb", targets: ["newskb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // `newskb serve` only (NewsKBWeb). No traits: swift-configuration is not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // The PostgreSQL store only (NewsKBPostgres).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev). Only Article/HTMLBody.swift imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "NewsKB",
            dependencies: [
                "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for the writer's hot inserts (KB/PreparedInsert.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources/lexicon")]
        ),
        // The deterministic scale corpus, shared by the benchmark and the tests.
        .target(name: "ScaleCorpus", dependencies: ["NewsKB"]),
        // `newskb bench`: stages measured against each other, through the pipeline ingest runs.
        .target(
            name: "NewsKBBench",
            dependencies: ["NewsKB", "ScaleCorpus", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // `newskb serve`: HTML pages and the JSON API over a read-only knowledge base. Its own
        // target so the library never depends on Hummingbird.
        .target(
            name: "NewsKBWeb",
            dependencies: [
                "NewsKB",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // The PostgreSQL store (`--db postgres://…`): its own target so the library never
        // depends on postgres-nio.
        .target(
            name: "NewsKBPostgres",
            dependencies: ["NewsKB", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .executableTarget(
            name: "newskb",
            dependencies: [
                "NewsKB",
                "NewsKBBench",
                "NewsKBWeb",
                "NewsKBPostgres",
                "ScaleCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "NewsKBTests",
            dependencies: ["NewsKB", "NewsKBPostgres", "ScaleCorpus"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NewsKBWebTests",
            dependencies: [
                "NewsKB",
                "NewsKBWeb",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)

// The libFuzzer target exists only when NEWSKB_FUZZ=1, so normal `swift build` and
// `swift test` never see it (it has no main: libFuzzer provides one). See scripts/fuzz.sh.
if Context.environment["NEWSKB_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "NewsKBFuzz",
        dependencies: ["NewsKB"],
        path: "Fuzz/NewsKBFuzz"
    ))
}
