import Foundation

/// A calendar day in Asia/Shanghai. Dates in articles are China's dates, so every
/// conversion from an instant goes through this one time zone.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public static let timeZone = TimeZone(identifier: "Asia/Shanghai")!

    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Day.timeZone
        return calendar
    }()

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(instant: Date) {
        let parts = Day.calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, Day.isValid(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// A query bound as `--from` and `--to` (and the web pages' `from`/`to`) take it:
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as a day. A month or a year as an end bound means
    /// its last day. Nil when the text is no such date.
    public static func bound(_ text: String, end: Bool) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = parts.map { $0! }
        let year = numbers[0]
        let month = numbers.count > 1 ? numbers[1] : (end ? 12 : 1)
        guard (1...12).contains(month), (1000...9999).contains(year) else { return nil }
        let day = numbers.count > 2 ? numbers[2] : (end ? Day.daysIn(year: year, month: month) : 1)
        guard Day.isValid(year: year, month: month, day: day) else { return nil }
        return Day(year: year, month: month, day: day).iso
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(year: year, month: month)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Midnight of this day in Asia/Shanghai.
    public var startInstant: Date {
        Day.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    public func adding(days: Int) -> Day {
        Day(instant: Day.calendar.date(byAdding: .day, value: days, to: startInstant.addingTimeInterval(12 * 3600))!)
    }

    /// Monday = 1 … Sunday = 7.
    public var weekday: Int {
        let sundayFirst = Day.calendar.component(.weekday, from: startInstant.addingTimeInterval(12 * 3600))
        return sundayFirst == 1 ? 7 : sundayFirst - 1
    }

    public var lastOfMonth: Day { Day(year: year, month: month, day: Day.daysIn(year: year, month: month)) }

    public var iso: String {
        Day.zeroPadded(year, width: 4) + "-" + Day.zeroPadded(month, width: 2) + "-" + Day.zeroPadded(day, width: 2)
    }

    /// `String(format: "%0*d", width, value)` without Foundation's formatter, which costs
    /// about a microsecond a call.
    static func zeroPadded(_ value: Int, width: Int) -> String {
        guard value >= 0 else { return String(format: "%0\(width)d", value) }
        let digits = String(value)
        let count = digits.utf8.count
        return count >= width ? digits : String(repeating: "0", count: width - count) + digits
    }
    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
