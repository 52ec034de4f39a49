import Foundation

/// Front-matter dates as scrapers write them. Forms without a zone are China time.
public enum PublicationDate {
    public static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        lock.lock()
        defer { lock.unlock() }
        for formatter in formatters {
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    private static func formatter(_ format: String, zone: TimeZone?) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone ?? Day.timeZone
        formatter.dateFormat = format
        formatter.isLenient = false
        return formatter
    }

    // DateFormatter is not documented as thread-safe on Linux: parse under a lock.
    private static let lock = NSLock()
    nonisolated(unsafe) private static let formatters: [DateFormatter] = {
        let utc = TimeZone(identifier: "UTC")!
        return [
            // RFC 2822: Mon, 06 Dec 2021 14:20:00 GMT (+0800 offsets too)
            formatter("EEE, dd MMM yyyy HH:mm:ss zzz", zone: utc),
            formatter("EEE, d MMM yyyy HH:mm:ss Z", zone: utc),
            formatter("dd MMM yyyy HH:mm:ss zzz", zone: utc),
            // ISO 8601 with a zone
            formatter("yyyy-MM-dd'T'HH:mm:ssXXXXX", zone: utc),
            formatter("yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", zone: utc),
            // ISO 8601 / Hexo without a zone: China time
            formatter("yyyy-MM-dd'T'HH:mm:ss", zone: nil),
            formatter("yyyy-MM-dd HH:mm:ss", zone: nil),
            formatter("yyyy-MM-dd HH:mm", zone: nil),
            formatter("yyyy/MM/dd HH:mm:ss", zone: nil),
            formatter("yyyy-MM-dd", zone: nil),
            formatter("yyyy/MM/dd", zone: nil),
        ]
    }()

    /// `2021-12-06T14:20:00Z`, the form the JSONL contract uses.
    public static func iso(_ date: Date) -> String {
        lock.lock()
        defer { lock.unlock() }
        return isoFormatter.string(from: date)
    }

    nonisolated(unsafe) private static let isoFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return formatter
    }()
}
