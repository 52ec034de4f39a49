import Foundation

/// Front-matter dates as scrapers write them, parsed by hand: DateFormatter costs more than
/// parsing the HTML body and is not safe to share between threads.
///
/// - RFC 2822: `Mon, 06 Dec 2021 14:20:00 GMT`, `+0800` offsets, weekday optional
/// - ISO 8601: `2021-12-06T14:20:00Z`, `2021-12-06T22:20:00+08:00`, fractional seconds
/// - Hexo / plain: `2021-12-06 22:20:00`, `2021-12-06 22:20`, `2021/12/06`, `2021-12-06`
/// Forms without a zone are China time (UTC+8).
public enum PublicationDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let chinaOffset = 8 * 3600

    public static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingWhitespaceAndNewlines()
        guard !text.isEmpty else { return nil }
        return parseNumeric(text) ?? parseRFC2822(text)
    }

    /// `[Mon, ]06 Dec 2021 14:20:00 GMT|UTC|Z|+0800`
    static func parseRFC2822(_ text: String) -> Date? {
        var words: [String]
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) {
            // Printable ASCII (every real date): splitting bytes on comma and space gives the
            // same words as Foundation's replacement below, at a fraction of its cost.
            words = text.utf8.split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") })
                .map { String(Substring($0)) }
        } else {
            words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        }
        if let first = words.first, Int(first) == nil { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]),
              let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))).map({ $0 + 1 }),
              let year = Int(words[2]) else { return nil }
        let time = words[3].split(separator: ":").map { Int($0) }
        guard time.count >= 2, time.allSatisfy({ $0 != nil }) else { return nil }
        let zone = words.count > 4 ? words[4] : "GMT"
        guard let offset = zoneOffset(zone) else { return nil }
        return instant(year: year, month: month, day: day, hour: time[0]!, minute: time[1]!,
                       second: time.count > 2 ? time[2]! : 0, offset: offset)
    }

    /// `YYYY-MM-DD[(T| )HH:mm[:ss[.fff]]][Z|±HH:MM|±HHMM]`, `/` accepted between date parts.
    static func parseNumeric(_ text: String) -> Date? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ digits: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while index < scalars.count, let digit = Numerals.arabicDigit(scalars[index]), scalars[index].isASCII, count < digits.upperBound {
                value = value * 10 + digit
                count += 1
                index += 1
            }
            return digits.contains(count) ? value : nil
        }
        func skip(_ options: String) -> Bool {
            guard index < scalars.count, options.unicodeScalars.contains(scalars[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4...4), skip("-/"), let month = number(1...2), skip("-/"), let day = number(1...2) else { return nil }
        var hour = 0, minute = 0, second = 0
        var offset = chinaOffset
        if skip("T ") {
            guard let h = number(1...2), skip(":"), let m = number(1...2) else { return nil }
            (hour, minute) = (h, m)
            if skip(":") {
                guard let s = number(1...2) else { return nil }
                second = s
                if skip(".") { _ = number(1...9) }
            }
            while skip(" ") {}
            if index < scalars.count {
                guard let zone = zoneOffset(String(String.UnicodeScalarView(scalars[index...]))) else { return nil }
                offset = zone
                index = scalars.count
            }
        }
        guard index == scalars.count else { return nil }
        return instant(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    /// Seconds east of UTC for `GMT`, `UTC`, `Z`, `+0800`, `+08:00`; `CST` is not trusted
    /// (US Central or China?) and fails.
    static func zoneOffset(_ zone: String) -> Int? {
        switch zone.uppercased() {
        case "GMT", "UTC", "UT", "Z": return 0
        default: break
        }
        let scalars = Array(zone.unicodeScalars)
        guard let sign = scalars.first, sign == "+" || sign == "-" else { return nil }
        let digits = scalars.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && Numerals.arabicDigit($0) != nil }) else { return nil }
        let values = digits.map { Numerals.arabicDigit($0)! }
        let seconds = (values[0] * 10 + values[1]) * 3600 + (values[2] * 10 + values[3]) * 60
        return sign == "+" ? seconds : -seconds
    }

    static func instant(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offset: Int) -> Date? {
        guard Day.isValid(year: year, month: month, day: day), (0...23).contains(hour), (0...59).contains(minute),
              (0...60).contains(second) else { return nil }
        let seconds = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `2021-12-06T14:20:00Z`, the form the JSONL contract uses.
    public static func iso(_ date: Date) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        var days = total / 86_400
        var rest = total % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        // Civil from days (inverse of daysFromCivil).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Day(year: year, month: month, day: day).iso + "T" + Day.zeroPadded(rest / 3600, width: 2) + ":"
            + Day.zeroPadded(rest % 3600 / 60, width: 2) + ":" + Day.zeroPadded(rest % 60, width: 2) + "Z"
    }
}
