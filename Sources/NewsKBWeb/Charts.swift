import Foundation
import NewsKB

/// Small SVG charts drawn on the server (no script): quotes per month, figures over time.
/// Colours come from the style sheet's `.chart` classes.
enum Chart {
    static let width = 640.0, height = 150.0, left = 44.0, bottom = 22.0, top = 10.0

    /// One bar per month from the first month to the last; months without quotes stay empty.
    static func monthlyBars(_ counts: [(month: String, count: Int)], label: String) -> HTML {
        guard let first = counts.first.flatMap({ month($0.month) }), let last = counts.last.flatMap({ month($0.month) }) else { return "" }
        let byMonth = Dictionary(counts.map { ($0.month, $0.count) }, uniquingKeysWith: +)
        var months: [String] = []
        var (year, number) = first
        while (year, number) <= last && months.count < 600 {
            months.append(String(format: "%04d-%02d", year, number))
            (year, number) = number == 12 ? (year + 1, 1) : (year, number + 1)
        }
        let highest = max(1, counts.map(\.count).max() ?? 1)
        let slot = (width - left - 8) / Double(months.count)
        let plot = height - bottom - top
        var marks: [HTML] = []
        for (index, key) in months.enumerated() {
            let count = byMonth[key] ?? 0
            let x = left + Double(index) * slot
            if count > 0 {
                let barHeight = plot * Double(count) / Double(highest)
                let barWidth = min(36, max(1, slot * 0.7))
                marks.append("<rect class=\"bar\" x=\"\(format(x + (slot - barWidth) / 2))\" y=\"\(format(top + plot - barHeight))\" width=\"\(format(barWidth))\" height=\"\(format(barHeight))\"><title>\(key): \(count)</title></rect>")
            }
            // Label January of each year, and every month when there are few.
            if months.count <= 12 || key.hasSuffix("-01") || index == 0 {
                marks.append("<text x=\"\(format(x + slot / 2))\" y=\"\(format(height - 6))\" text-anchor=\"middle\">\(months.count <= 12 ? key : String(key.prefix(4)))</text>")
            }
        }
        return svg(label: label, axisMaximum: String(highest), marks)
    }

    /// One mark per dated figure: a dot for a value, a vertical line for a range.
    static func values(_ points: [(day: String, low: Double, high: Double)], unit: String, label: String) -> HTML {
        let dated = points.compactMap { point in dayNumber(point.day).map { (x: $0, low: point.low, high: point.high, day: point.day) } }
        guard !dated.isEmpty else { return "" }
        let xs = dated.map(\.x), highest = dated.map(\.high).max() ?? 1, lowest = min(0, dated.map(\.low).min() ?? 0)
        let spanX = max(1, (xs.max() ?? 0) - (xs.min() ?? 0)), spanY = max(highest - lowest, 1e-9)
        let plot = height - bottom - top, plotWidth = width - left - 24
        func px(_ x: Double) -> Double { left + 8 + plotWidth * (x - (xs.min() ?? 0)) / spanX }
        func py(_ y: Double) -> Double { top + plot - plot * (y - lowest) / spanY }
        var marks: [HTML] = []
        for point in dated {
            let value = point.low == point.high ? amount(point.low) : "\(amount(point.low))–\(amount(point.high))"
            if point.low == point.high {
                marks.append("<circle class=\"point\" cx=\"\(format(px(point.x)))\" cy=\"\(format(py(point.low)))\" r=\"4\"><title>\(point.day): \(value)\(unit)</title></circle>")
            } else {
                marks.append("<line class=\"range\" x1=\"\(format(px(point.x)))\" x2=\"\(format(px(point.x)))\" y1=\"\(format(py(point.low)))\" y2=\"\(format(py(point.high)))\"><title>\(point.day): \(value)\(unit)</title></line>")
            }
        }
        let days = Set(dated.map(\.day)).sorted()
        for day in [days.first, days.count > 1 ? days.last : nil].compactMap({ $0 }) {
            marks.append("<text x=\"\(format(px(dayNumber(day)!)))\" y=\"\(format(height - 6))\" text-anchor=\"middle\">\(day)</text>")
        }
        return svg(label: label, axisMaximum: amount(highest) + unit, marks)
    }

    private static func svg(label: String, axisMaximum: String, _ marks: [HTML]) -> HTML {
        """
        <svg class="chart" role="img" aria-label="\(label)" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" xmlns="http://www.w3.org/2000/svg">
        <line class="axis" x1="\(format(left))" y1="\(format(top))" x2="\(format(left))" y2="\(format(height - bottom))"/>
        <line class="axis" x1="\(format(left))" y1="\(format(height - bottom))" x2="\(format(width - 8))" y2="\(format(height - bottom))"/>
        <text x="\(format(left - 4))" y="\(format(top + 8))" text-anchor="end">\(axisMaximum)</text>
        <text x="\(format(left - 4))" y="\(format(height - bottom))" text-anchor="end">0</text>
        \(marks)
        </svg>
        """
    }

    static func amount(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return ChineseAmount.format(Decimal(value))
    }

    private static func month(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-")
        guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return (year, month)
    }

    /// Days since 1970 for `YYYY-MM-DD`.
    private static func dayNumber(_ text: String) -> Double? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                                           year: parts[0], month: parts[1], day: parts[2]).date else { return nil }
        return date.timeIntervalSince1970 / 86_400
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
