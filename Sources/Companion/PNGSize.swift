import Foundation

/// The pixel size of a PNG file, read from its header (the IHDR chunk that
/// follows the 8-byte signature).
struct PNGSize {
    let width: Int
    let height: Int

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 24), header.count == 24,
            header.starts(with: [0x89, 0x50, 0x4E, 0x47]),
            String(decoding: header[12..<16], as: UTF8.self) == "IHDR"
        else { return nil }
        func integer(_ offset: Int) -> Int { header[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = integer(16)
        height = integer(20)
    }
}
