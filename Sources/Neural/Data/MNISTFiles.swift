import FileOutput
import Foundation

/// The four files of the MNIST database as distributed, in one folder, each plain or gzipped:
/// `train-images-idx3-ubyte`, `train-labels-idx1-ubyte` (60,000 examples) and
/// `t10k-images-idx3-ubyte`, `t10k-labels-idx1-ubyte` (10,000), each possibly ending in `.gz`.
/// Nothing is downloaded: a reader who has the files points the code at their folder.
public enum MNISTFiles {
    /// The base names of the training and test files, images then labels.
    public static let training = (images: "train-images-idx3-ubyte", labels: "train-labels-idx1-ubyte")
    public static let test = (images: "t10k-images-idx3-ubyte", labels: "t10k-labels-idx1-ubyte")

    /// The training and test sets in `directory`.
    public static func load(directory: String) throws -> (training: DigitImages, test: DigitImages) {
        (
            try load(directory: directory, images: training.images, labels: training.labels),
            try load(directory: directory, images: test.images, labels: test.labels)
        )
    }

    /// One set: the images file and the labels file of base names `images` and `labels`.
    public static func load(directory: String, images: String, labels: String) throws -> DigitImages {
        let imagesPath = try locate(images, in: directory)
        let labelsPath = try locate(labels, in: directory)
        let imageFile = try IDXFile(contentsOf: imagesPath, dimensions: 3)
        let labelFile = try IDXFile(contentsOf: labelsPath, dimensions: 1)
        let count = imageFile.dimensions[0]
        guard count == labelFile.dimensions[0] else {
            throw IDXError.mismatch(
                images: imagesPath, labels: labelsPath, imageCount: count, labelCount: labelFile.dimensions[0])
        }
        if let bad = labelFile.bytes.first(where: { $0 > 9 }) {
            throw IDXError.badLabel(path: labelsPath, label: Int(bad))
        }
        return DigitImages(
            height: imageFile.dimensions[1], width: imageFile.dimensions[2], pixels: imageFile.bytes,
            labels: labelFile.bytes.map(Int.init))
    }

    /// Writes `training` and `test` into `directory` as MNIST's four uncompressed files (all
    /// four or none), so that any MNIST reader can load them.
    public static func write(training: DigitImages, test: DigitImages, to directory: String) throws {
        try AtomicFile.prepareFolder(directory)
        var files: [(String, [UInt8])] = []
        for (set, names) in [(training, Self.training), (test, Self.test)] {
            let images = IDXFile(dimensions: [set.count, set.height, set.width], bytes: set.pixels)
            let labels = IDXFile(dimensions: [set.count], bytes: set.labels.map { UInt8($0) })
            files += [
                (directory + "/" + names.images, images.encoded), (directory + "/" + names.labels, labels.encoded),
            ]
        }
        try AtomicFile.writeAll(files)
    }

    /// `directory/name`, or `directory/name.gz` when only that exists.
    static func locate(_ name: String, in directory: String) throws -> String {
        let plain = directory + "/" + name
        for path in [plain, plain + ".gz"] where FileManager.default.isReadableFile(atPath: path) {
            return path
        }
        throw IDXError.missing(path: plain + "[.gz]")
    }
}
