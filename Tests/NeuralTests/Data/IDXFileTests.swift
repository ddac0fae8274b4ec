import Foundation
import Testing

@testable import Neural

/// MNIST's IDX files: small ones written here byte by byte (big-endian header as MNIST's own
/// description gives it), plain and gzipped by `/usr/bin/gzip`, read back; and every way a file
/// can be wrong gives one line naming the file.
struct IDXFileTests {
    /// A fresh folder that is removed when the test ends.
    final class Folder {
        let path = NSTemporaryDirectory() + "idx-" + UUID().uuidString
        init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ bytes: [UInt8], _ name: String) -> String {
            let file = path + "/" + name
            FileManager.default.createFile(atPath: file, contents: Data(bytes))
            return file
        }

        /// Compresses `name` in place into `name.gz` with the system's gzip.
        func gzip(_ name: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
            process.arguments = ["-n", "-f", path + "/" + name]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }

    /// Three 2 × 3 images with pixel values 10·i + p, and their labels, as MNIST writes them.
    static let imageBytes: [UInt8] =
        [0x00, 0x00, 0x08, 0x03, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 3]
        + (0..<3).flatMap { i in (0..<6).map { UInt8(10 * i + $0) } }
    static let labelBytes: [UInt8] = [0x00, 0x00, 0x08, 0x01, 0, 0, 0, 3, 7, 0, 9]

    @Test func readsPlainFiles() throws {
        let folder = Folder()
        let images = try IDXFile(contentsOf: folder.write(Self.imageBytes, "images"), dimensions: 3)
        #expect(images.dimensions == [3, 2, 3])
        #expect(images.bytes == Array(Self.imageBytes[16...]))
        let labels = try IDXFile(contentsOf: folder.write(Self.labelBytes, "labels"), dimensions: 1)
        #expect(labels.dimensions == [3])
        #expect(labels.bytes == [7, 0, 9])
    }

    @Test func encodingRoundTrips() throws {
        let file = IDXFile(dimensions: [2, 2], bytes: [1, 2, 255, 0])
        #expect(file.encoded == [0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 2, 1, 2, 255, 0])
        #expect(try IDXFile(parsing: file.encoded, path: "x", dimensions: 2) == file)
    }

    @Test func readsMNISTFolderPlainAndGzipped() throws {
        let folder = Folder()
        _ = folder.write(Self.imageBytes, MNISTFiles.training.images)
        _ = folder.write(Self.labelBytes, MNISTFiles.training.labels)
        _ = folder.write(Self.imageBytes, MNISTFiles.test.images)
        _ = folder.write(Self.labelBytes, MNISTFiles.test.labels)
        try folder.gzip(MNISTFiles.test.images)
        try folder.gzip(MNISTFiles.test.labels)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/t10k-images-idx3-ubyte.gz"))
        let (training, test) = try MNISTFiles.load(directory: folder.path)
        for set in [training, test] {
            #expect(set.height == 2 && set.width == 3 && set.labels == [7, 0, 9])
            #expect(set.pixels == Array(Self.imageBytes[16...]))
        }
        #expect(test.image(1) == [10, 11, 12, 13, 14, 15].map { Double($0) / 255 })
    }

    @Test func writtenFolderReadsBack() throws {
        let folder = Folder()
        let training = DigitImages(height: 2, width: 3, pixels: Array(Self.imageBytes[16...]), labels: [7, 0, 9])
        let test = training.slice(1..<2)
        try MNISTFiles.write(training: training, test: test, to: folder.path)
        let read = try MNISTFiles.load(directory: folder.path)
        #expect(read.training == training && read.test == test)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/train-images-idx3-ubyte"))
        #expect(Array(bytes) == Self.imageBytes)
    }

    @Test func missingFileNamesIt() throws {
        let folder = Folder()
        #expect(throws: IDXError.missing(path: folder.path + "/nothing")) {
            try IDXFile(contentsOf: folder.path + "/nothing", dimensions: 1)
        }
        let error = try #require(throws: IDXError.self) { try MNISTFiles.load(directory: folder.path) }
        #expect(
            error.description == "\(folder.path)/train-images-idx3-ubyte[.gz]: no such file (or it cannot be opened)")
    }

    @Test func badMagicSaysWhatItFound() throws {
        let folder = Folder()
        let path = folder.write(Self.labelBytes, "labels")
        let error = try #require(throws: IDXError.self) { try IDXFile(contentsOf: path, dimensions: 3) }
        #expect(error == .badMagic(path: path, found: 0x0000_0801, expected: 0x0000_0803))
        #expect(error.description.contains("magic number 0x00000801, expected 0x00000803"))
    }

    @Test func truncatedDataIsAnError() throws {
        let folder = Folder()
        let path = folder.write(Array(Self.imageBytes.dropLast(5)), "images")
        #expect(throws: IDXError.truncated(path: path, needed: 34, found: 29)) {
            try IDXFile(contentsOf: path, dimensions: 3)
        }
        let header = folder.write(Array(Self.imageBytes.prefix(10)), "header")
        #expect(throws: IDXError.truncated(path: header, needed: 16, found: 10)) {
            try IDXFile(contentsOf: header, dimensions: 3)
        }
    }

    @Test func truncatedGzipIsAnError() throws {
        let folder = Folder()
        _ = folder.write(Self.imageBytes, "images")
        try folder.gzip("images")
        let whole = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/images.gz"))
        let cut = folder.write(Array(whole.prefix(whole.count - 12)), "cut.gz")
        let error = try #require(throws: IDXError.self) { try IDXFile(contentsOf: cut, dimensions: 3) }
        #expect(error.description.hasPrefix(cut + ": "))
        #expect(!error.description.contains("\n"))
    }

    @Test func mismatchedCountsAndBadLabels() throws {
        let folder = Folder()
        _ = folder.write(Self.imageBytes, "i")
        _ = folder.write([0, 0, 8, 1, 0, 0, 0, 2, 1, 2], "two")
        _ = folder.write([0, 0, 8, 1, 0, 0, 0, 3, 1, 12, 2], "twelve")
        #expect(
            throws: IDXError.mismatch(
                images: folder.path + "/i", labels: folder.path + "/two", imageCount: 3, labelCount: 2)
        ) {
            try MNISTFiles.load(directory: folder.path, images: "i", labels: "two")
        }
        #expect(throws: IDXError.badLabel(path: folder.path + "/twelve", label: 12)) {
            try MNISTFiles.load(directory: folder.path, images: "i", labels: "twelve")
        }
    }

    /// Notebook 10.5's normalisation: (x − mean) / sd, images in columns.
    @Test func datasetStandardisesPixels() {
        let images = DigitImages(height: 1, width: 2, pixels: [0, 255, 51, 102], labels: [3, 4])
        let stats = images.pixelStatistics
        #expect(close(stats.mean, 408.0 / 4 / 255))
        let set = images.dataset(mean: 0.2, standardDeviation: 0.5)
        #expect(set.x.rows == 2 && set.x.cols == 2 && set.y == [3, 4])
        #expect(close(set.x.data, [-0.4, 0.0, 1.6, 0.4]))
    }
}
