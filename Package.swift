// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "PolicyTopics",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "policy-topics", targets: ["policy-topics"]),
    .library(name: "PolicyFeatures", targets: ["PolicyFeatures"]),
    .library(name: "PolicyClassifier", targets: ["PolicyClassifier"]),
    .library(name: "PolicyReports", targets: ["PolicyReports"]),
    .library(name: "PolicyStore", targets: ["PolicyStore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/ordo-one/TextTable", from: "0.0.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CBLAS", pkgConfig: "blas", providers: [.apt(["libblas-dev"])]),
    .systemLibrary(name: "CISAL", providers: [.apt(["libisal-dev"])]),
    .target(name: "CAffinity"),
    .target(name: "PolicyCore"),
    .target(name: "PolicyFeatures", dependencies: ["PolicyCore"]),
    .target(name: "PolicyIO", dependencies: ["PolicyCore", "PolicyFeatures", "CISAL"]),
    .target(name: "PolicyClassifier", dependencies: ["PolicyCore", "PolicyFeatures", "CBLAS"]),
    .target(
      name: "PolicyReports",
      dependencies: [
        "PolicyCore", "PolicyFeatures", "PolicyIO",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .target(
      name: "PolicyStore",
      dependencies: ["PolicyCore", "PolicyReports", .product(name: "GRDB", package: "GRDB.swift")]),
    .executableTarget(
      name: "policy-topics",
      dependencies: [
        "PolicyCore", "PolicyFeatures", "PolicyIO", "PolicyClassifier", "PolicyReports",
        "PolicyStore", "CAffinity",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "TextTable", package: "TextTable"),
      ]),
    // Fuzz targets for every parser of untrusted input, and a driver: built plainly it replays
    // saved inputs; built with -sanitize=fuzzer -DFUZZING (Scripts/fuzz.sh) it is a libFuzzer binary.
    .target(
      name: "PolicyFuzzing", dependencies: ["PolicyCore", "PolicyFeatures", "PolicyIO", "PolicyClassifier"],
      path: "Fuzz/Harness"),
    .executableTarget(name: "policy-fuzz", dependencies: ["PolicyFuzzing"], path: "Fuzz/Driver"),
    .target(name: "_PolicyTestSupport", dependencies: ["PolicyCore"], path: "Tests/_PolicyTestSupport"),
    .testTarget(name: "PolicyCoreTests", dependencies: ["PolicyCore", "_PolicyTestSupport"]),
    .testTarget(
      name: "PolicyFeaturesTests", dependencies: ["PolicyFeatures", "_PolicyTestSupport"],
      exclude: ["PageLayouts"]),
    // CSV.swift reads CSV in the tests, as the reference PolicyIO's own field splitter must agree with.
    .testTarget(
      name: "PolicyIOTests",
      dependencies: ["PolicyIO", "_PolicyTestSupport", .product(name: "CSV", package: "CSV.swift")]),
    .testTarget(
      name: "PolicyClassifierTests",
      dependencies: ["PolicyClassifier", "PolicyCore", "PolicyFeatures", "_PolicyTestSupport"]),
    .testTarget(
      name: "PolicyReportsTests", dependencies: ["PolicyReports", "_PolicyTestSupport"]),
    .testTarget(
      name: "PolicyStoreTests", dependencies: ["PolicyStore", "_PolicyTestSupport"]),
    .testTarget(name: "PolicyFuzzingTests", dependencies: ["PolicyFuzzing"]),
    .testTarget(
      name: "PolicyTopicsCLITests",
      dependencies: ["policy-topics", "_PolicyTestSupport"]),
  ]
)
