/// NumPy's summation order, needed to reproduce its means and standard deviations to the
/// last bit.
///
/// `np.sum` over a contiguous float64 array adds pairwise: below 8 values a plain loop;
/// up to 128 values eight running partial sums combined as
/// `((r0+r1)+(r2+r3)) + ((r4+r5)+(r6+r7))`, then the leftovers one by one; above that the
/// array is split in two at a multiple of 8 near the middle and each half is summed
/// recursively.
enum NumPySummation {
    static func sum(_ values: ArraySlice<Double>) -> Double {
        let n = values.count
        let start = values.startIndex
        if n < 8 {
            var total = 0.0
            for value in values { total += value }
            return total
        }
        if n <= 128 {
            var r = Array(values[start..<(start + 8)])
            var i = 8
            while i < n - n % 8 {
                for j in 0..<8 { r[j] += values[start + i + j] }
                i += 8
            }
            var total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n {
                total += values[start + i]
                i += 1
            }
            return total
        }
        var half = n / 2
        half -= half % 8
        return sum(values[start..<(start + half)]) + sum(values[(start + half)...])
    }

    static func sum(_ values: [Double]) -> Double {
        sum(values[...])
    }

    /// `np.mean`: the pairwise sum divided by the count.
    static func mean(_ values: [Double]) -> Double {
        sum(values) / Double(values.count)
    }

    /// `np.std` with `ddof = 0`: the square root of the mean squared deviation from the mean.
    static func standardDeviation(_ values: [Double]) -> Double {
        let mean = mean(values)
        let squares = values.map { ($0 - mean) * ($0 - mean) }
        return (sum(squares) / Double(values.count)).squareRoot()
    }
}
