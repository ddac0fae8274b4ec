extension Sequential {
    /// A table of the layers with the shape of one output example and the number of parameters
    /// of each, and the total (like Keras's `summary()` and torchinfo): for notebook 10.2's network
    ///
    ///     layer                          output   parameters
    ///     Conv1d(1→15, k 3, s 2, valid)  15 × 19          60
    ///     …
    ///     total                                         2050
    public func summary() -> String {
        let rows =
            [("layer", "output", "parameters"), ("input", inputShape.description, "")]
            + layers.indices.map { k in
                (layers[k].description, shapes[k + 1].description, String(parameterRanges[k].count))
            } + [("total", "", String(parameterCount))]
        let widths = [
            rows.map(\.0.count).max()!, rows.map(\.1.count).max()!, rows.map(\.2.count).max()!,
        ]
        func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
            let fill = String(repeating: " ", count: width - s.count)
            return right ? fill + s : s + fill
        }
        return rows.map {
            (pad($0.0, widths[0]) + "  " + pad($0.1, widths[1]) + "  " + pad($0.2, widths[2], right: true))
                .replacingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        String(self.reversed().drop { $0 == " " }.reversed())
    }
}
