import CZlib

/// An IDX file of unsigned bytes, the format MNIST is distributed in: a big-endian magic number
/// `0x0000 08 NN` (type 0x08 = unsigned byte, NN dimensions), NN big-endian 32-bit sizes, then
/// the values in row-major order. MNIST's images are `0x00000803` (count × 28 × 28), its labels
/// `0x00000801` (count).
///
/// Files are read through zlib's `gzread`, which inflates a gzip file as downloaded
/// (`train-images-idx3-ubyte.gz`) and passes a plain one through unchanged.
public struct IDXFile: Equatable, Sendable {
    /// The size of each dimension, slowest first.
    public var dimensions: [Int]
    /// The values, row-major.
    public var bytes: [UInt8]

    public init(dimensions: [Int], bytes: [UInt8]) {
        precondition(dimensions.reduce(1, *) == bytes.count, "\(dimensions) needs \(dimensions.reduce(1, *)) bytes")
        self.dimensions = dimensions
        self.bytes = bytes
    }

    /// The magic number of an unsigned-byte file with `dimensions` dimensions.
    public static func magic(dimensions: Int) -> UInt32 { 0x0000_0800 | UInt32(dimensions) }

    /// The file's bytes as written: header, sizes, values (uncompressed).
    public var encoded: [UInt8] {
        var out: [UInt8] = []
        for word in [Self.magic(dimensions: dimensions.count)] + dimensions.map(UInt32.init) {
            out += [UInt8(word >> 24), UInt8(word >> 16 & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word & 0xFF)]
        }
        return out + bytes
    }

    /// Parses `data`, which came from `path` (named in errors), expecting `dimensions` dimensions.
    public init(parsing data: [UInt8], path: String, dimensions expected: Int) throws {
        func word(_ i: Int) -> UInt32 {
            data[i..<(i + 4)].reduce(0) { $0 << 8 | UInt32($1) }
        }
        guard data.count >= 4 else { throw IDXError.truncated(path: path, needed: 4, found: data.count) }
        let magic = word(0)
        guard magic == Self.magic(dimensions: expected) else {
            throw IDXError.badMagic(path: path, found: magic, expected: Self.magic(dimensions: expected))
        }
        let header = 4 * (1 + expected)
        guard data.count >= header else { throw IDXError.truncated(path: path, needed: header, found: data.count) }
        let sizes = (0..<expected).map { Int(word(4 + 4 * $0)) }
        let needed = header + sizes.reduce(1, *)
        guard data.count >= needed else { throw IDXError.truncated(path: path, needed: needed, found: data.count) }
        self.init(dimensions: sizes, bytes: Array(data[header..<needed]))
    }

    /// Reads the file at `path`, plain or gzipped, expecting `dimensions` dimensions.
    public init(contentsOf path: String, dimensions: Int) throws {
        try self.init(parsing: Self.read(path), path: path, dimensions: dimensions)
    }

    /// The whole content of `path`, inflated if it is gzipped.
    static func read(_ path: String) throws -> [UInt8] {
        guard let file = gzopen(path, "rb") else { throw IDXError.missing(path: path) }
        defer { gzclose(file) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if count <= 0 { break }
            data += chunk[0..<Int(count)]
        }
        var code: Int32 = 0
        let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
        if code != Z_OK && code != Z_STREAM_END {
            throw IDXError.corrupt(path: path, reason: message.isEmpty ? "zlib error \(code)" : message)
        }
        return data
    }
}

/// Why an IDX file could not be read; each says so in one line naming the file.
public enum IDXError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case badMagic(path: String, found: UInt32, expected: UInt32)
    case truncated(path: String, needed: Int, found: Int)
    case corrupt(path: String, reason: String)
    case mismatch(images: String, labels: String, imageCount: Int, labelCount: Int)
    case badLabel(path: String, label: Int)

    public var description: String {
        func hex(_ value: UInt32) -> String {
            let digits = String(value, radix: 16)
            return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
        }
        switch self {
        case .missing(let path):
            return "\(path): no such file (or it cannot be opened)"
        case .badMagic(let path, let found, let expected):
            return
                "\(path): not an IDX file of the expected kind (magic number \(hex(found)), expected \(hex(expected)))"
        case .truncated(let path, let needed, let found):
            return "\(path): truncated: the header promises \(needed) bytes, the file holds \(found)"
        case .corrupt(let path, let reason):
            return "\(path): unreadable gzip data (\(reason))"
        case .mismatch(let images, let labels, let imageCount, let labelCount):
            return "\(images) holds \(imageCount) images but \(labels) holds \(labelCount) labels"
        case .badLabel(let path, let label):
            return "\(path): label \(label) is not a digit 0–9"
        }
    }
}
