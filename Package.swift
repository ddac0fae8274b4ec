// swift-tools-version: 6.0
import PackageDescription

/// The chapters of the book that have an executable. Each folder
/// `Chapters/NN-Name/` holds a library target `ChapterNN`, an executable `chNN`
/// and the chapter guide (README.md).
let chapters: [(number: String, folder: String)] = [
    ("02", "02-SupervisedLearning"),
    ("03", "03-ShallowNetworks"),
    ("04", "04-DeepNetworks"),
    ("05", "05-LossFunctions"),
    ("06", "06-FittingModels"),
    ("07", "07-GradientsAndInitialization"),
    ("08", "08-MeasuringPerformance"),
    ("09", "09-Regularization"),
    ("10", "10-ConvolutionalNetworks"),
]

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

var targets: [Target] = [
    .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
    .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
    // Reads MNIST's IDX files, plain or gzipped as downloaded (Neural's `IDXFile`).
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // Atomic file writes and clean-up on interruption, shared by Plot, Neural and Companion.
    .target(name: "CProcess"),
    .target(name: "FileOutput", dependencies: ["CProcess"]),
    .target(name: "Plot", dependencies: ["CCairo", "FileOutput"]),
    .target(name: "Neural", dependencies: ["COpenBLAS", "CZlib", "FileOutput"]),
    .target(name: "Companion", dependencies: ["Plot", "Neural", "FileOutput", "CProcess", argumentParser]),
    // Every chapter in one list, for `udl` and the tests that cover the whole book.
    .target(name: "Book", dependencies: ["Companion"] + chapters.map { .target(name: "Chapter\($0.number)") }),
    // `udl bench double-descent` times chapter 8's sweep; `udl dataset digits` writes chapter 10's digits.
    .executableTarget(
        name: "udl",
        dependencies: ["Book", "Chapter08", "Chapter10", "Companion", "Neural", "FileOutput", argumentParser]),
    .testTarget(name: "PlotTests", dependencies: ["Plot", "CCairo", "FileOutput", "Neural"], exclude: ["Golden"]),
    .testTarget(name: "NeuralTests", dependencies: ["Neural", "FileOutput"]),
    .testTarget(name: "CompanionTests", dependencies: ["Companion", "Plot", "FileOutput"]),
    .testTarget(
        name: "ChapterTests",
        dependencies: ["Book", "Companion", "Plot", "Neural"] + chapters.map { .target(name: "Chapter\($0.number)") }
    ),
]

/// Chapters whose figures draw from a committed results file of a long run (`ChapterNN/Results/`).
let chaptersWithResults: Set<String> = ["08", "09", "10"]

for chapter in chapters {
    targets.append(
        .target(
            name: "Chapter\(chapter.number)",
            dependencies: ["Companion", "Plot", "Neural", "FileOutput"],
            path: "Chapters/\(chapter.folder)/Chapter\(chapter.number)",
            resources: chaptersWithResults.contains(chapter.number) ? [.copy("Results")] : nil
        ))
    targets.append(
        .executableTarget(
            name: "ch\(chapter.number)",
            dependencies: ["Companion", .target(name: "Chapter\(chapter.number)")],
            path: "Chapters/\(chapter.folder)/ch\(chapter.number)"
        ))
}

let package = Package(
    name: "UDLCompanion",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Neural", targets: ["Neural"]),
        .library(name: "Plot", targets: ["Plot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` for the DocC catalogs of Neural and Plot.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: targets
)
