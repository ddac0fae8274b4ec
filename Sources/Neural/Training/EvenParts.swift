/// `0..<n` cut into `min(parts, n)` consecutive ranges whose lengths differ by at most one, the
/// longer ones first: how a batch's examples are shared among worker threads.
func evenParts(_ n: Int, _ parts: Int) -> [Range<Int>] {
    let count = min(parts, n)
    guard count > 0 else { return [] }
    let (base, extra) = n.quotientAndRemainder(dividingBy: count)
    var start = 0
    return (0..<count).map { w in
        let end = start + base + (w < extra ? 1 : 0)
        defer { start = end }
        return start..<end
    }
}
