extension Figure {
    /// Draws the whole figure onto a canvas whose user space is the figure's size in points.
    func render(on canvas: Canvas) throws {
        guard panels.count == columns * rows else {
            throw PlotError.invalidData("figure has \(panels.count) panels for a \(columns)×\(rows) grid")
        }
        canvas.setColor(background)
        canvas.rect(Rect(x: 0, y: 0, width: width, height: height))
        canvas.fill()
        if let title {
            canvas.text(title, width / 2, titleHeight * 0.6, size: fontSize + 3, anchor: .center)
        }

        let lettered = panelLetters && panels.count > 1
        let resolved: [ResolvedAxes?] = try panels.enumerated().map { index, panel in
            guard case .axes(let axes) = panel else { return nil }
            let chosen = axes.letter ?? (lettered ? letter(index) : nil)
            return try ResolvedAxes(axes, fontSize: fontSize, letter: chosen?.isEmpty == true ? nil : chosen)
        }
        let margins = alignedMargins(resolved.map { $0?.margins(canvas) })

        for (index, panel) in panels.enumerated() {
            let cell = cellRect(index)
            switch panel {
            case .axes:
                resolved[index]?.draw(on: canvas, cell: cell, margins: margins[index] ?? Margins())
            case .surface(let surface):
                try surface.draw(
                    on: canvas, cell: cell, fontSize: fontSize,
                    letter: surface.letter ?? (lettered ? letter(index) : nil))
            case .empty:
                break
            }
        }
        try canvas.checkStatus()
    }

    /// The letter of panel `index`: "a", "b", …, "z", then "aa", "ab", ….
    private func letter(_ index: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        return index < 26 ? String(alphabet[index]) : String(alphabet[index / 26 - 1]) + String(alphabet[index % 26])
    }

    func cellRect(_ index: Int) -> Rect {
        Rect(
            x: Double(index % columns) * panelWidth, y: titleHeight + Double(index / columns) * panelHeight,
            width: panelWidth, height: panelHeight)
    }

    /// Gives every panel in a column the same left/right margins and every panel in a row
    /// the same top/bottom margins, so the plot areas of a grid line up.
    private func alignedMargins(_ own: [Margins?]) -> [Margins?] {
        var left = [Double](repeating: 0, count: columns)
        var right = left
        var top = [Double](repeating: 0, count: rows)
        var bottom = top
        for (index, m) in own.enumerated() {
            guard let m else { continue }
            let c = index % columns
            let r = index / columns
            left[c] = max(left[c], m.left); right[c] = max(right[c], m.right)
            top[r] = max(top[r], m.top); bottom[r] = max(bottom[r], m.bottom)
        }
        return own.enumerated().map { index, m in
            m.map { _ in
                Margins(
                    left: left[index % columns], right: right[index % columns],
                    top: top[index / columns], bottom: bottom[index / columns])
            }
        }
    }
}
