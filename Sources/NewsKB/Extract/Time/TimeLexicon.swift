import Foundation

/// Finds the longest lexicon key starting at a position of a scalar array.
/// Keys are grouped by their first scalar, longest first, so a lookup is one bitmap probe
/// (most positions stop there) plus a few comparisons.
struct ScalarMatcher<Value: Sendable>: Sendable {
    private let byFirst: ScalarBuckets<([Unicode.Scalar], Value)>

    init(_ pairs: [(String, Value)]) {
        let keyed = pairs.map { (Array($0.0.unicodeScalars), $0.1) }
        // Stable: equal lengths keep lexicon order.
        let longestFirst = keyed.enumerated().sorted { ($0.element.0.count, $1.offset) > ($1.element.0.count, $0.offset) }.map(\.element)
        byFirst = ScalarBuckets(longestFirst, key: { $0.0.first })
    }

    /// Scalars that start some key.
    var firstScalars: ScalarSet { byFirst.keys }

    func match(_ text: [Unicode.Scalar], at index: Int) -> (value: Value, length: Int)? {
        guard index < text.count, let candidates = byFirst[text[index]] else { return nil }
        for (key, value) in candidates where index + key.count <= text.count {
            var same = true
            for offset in 1..<max(key.count, 1) where text[index + offset] != key[offset] {
                same = false
                break
            }
            if same { return (value, key.count) }
        }
        return nil
    }
}

/// The time-word data files, loaded once.
struct TimeLexicon: Sendable {
    enum Anaphor: String, Sendable {
        case sameDay, nextDay, sameMonth, sameYear, nextYear, prevYear, samePeriodPrevYear
    }

    enum Word: Sendable {
        case approx(days: Int)
        case day(Int)
        case ago(days: Int)
        case year(Int)
        case month(Int)
        case week(Int)
        case anaphor(Anaphor)
    }

    struct Festival: Sendable {
        /// Fixed month and day, or nil for a lunar festival looked up per year.
        var fixed: (month: Int, day: Int)?
        var lunarName: String
        var days: Int
    }

    var words: ScalarMatcher<Word>
    var generic: ScalarMatcher<Bool>
    var festivals: ScalarMatcher<Festival>
    var festivalDates: [String: [Int: (month: Int, day: Int)]]
    var periods: ScalarMatcher<(first: Int, last: Int)>
    var futureMarkers: ScalarMatcher<Bool>
    var habitualMarkers: ScalarMatcher<Bool>
    var nameFollowers: ScalarMatcher<Bool>

    static let shared = TimeLexicon()

    init() {
        var words: [(String, Word)] = []
        for entry in Lexicon.bundled("time-words").entries {
            let kind = entry.fields.first ?? ""
            let argument = entry.fields.count > 1 ? entry.fields[1] : ""
            let number = Int(argument) ?? 0
            let word: Word?
            switch kind {
            case "approx": word = .approx(days: number)
            case "day": word = .day(number)
            case "ago": word = .ago(days: number)
            case "year": word = .year(number)
            case "month": word = .month(number)
            case "week": word = .week(number)
            case "anaphor": word = Anaphor(rawValue: argument).map { .anaphor($0) }
            default: word = nil
            }
            guard let word else { fatalError("time-words.txt line \(entry.line): unknown kind \(kind) \(argument)") }
            words.append((entry.key, word))
        }
        self.words = ScalarMatcher(words)
        generic = ScalarMatcher(Lexicon.bundled("time-generic").entries.map { ($0.key, true) })
        futureMarkers = ScalarMatcher(Lexicon.bundled("time-future-markers").entries.map { ($0.key, $0.fields.first != "no") })

        habitualMarkers = ScalarMatcher(Lexicon.bundled("time-habitual-markers").entries.map { ($0.key, true) })
        nameFollowers = ScalarMatcher(Lexicon.bundled("time-name-followers").entries.map { ($0.key, true) })
        var festivals: [(String, Festival)] = []
        for entry in Lexicon.bundled("festivals").entries {
            let date = entry.fields.first ?? ""
            let days = entry.fields.count > 1 ? Int(entry.fields[1]) ?? 1 : 1
            if date.hasPrefix("lunar:") {
                festivals.append((entry.key, Festival(fixed: nil, lunarName: String(date.dropFirst(6)), days: days)))
            } else {
                let parts = date.split(separator: "-").compactMap { Int($0) }
                guard parts.count == 2 else { fatalError("festivals.txt line \(entry.line): bad date \(date)") }
                festivals.append((entry.key, Festival(fixed: (parts[0], parts[1]), lunarName: "", days: days)))
            }
        }
        self.festivals = ScalarMatcher(festivals)

        var dates: [String: [Int: (month: Int, day: Int)]] = [:]
        for entry in (try? Lexicon.table("festival-dates"))?.entries ?? [] {
            guard entry.fields.count >= 2, let year = Int(entry.fields[0]) else { continue }
            let parts = entry.fields[1].split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { continue }
            dates[entry.key, default: [:]][year] = (parts[0], parts[1])
        }
        festivalDates = dates

        periods = ScalarMatcher(Lexicon.bundled("named-periods").entries.compactMap { entry in
            guard entry.fields.count >= 2, let first = Int(entry.fields[0]), let last = Int(entry.fields[1]) else { return nil }
            return (entry.key, (first, last))
        })
    }
}
