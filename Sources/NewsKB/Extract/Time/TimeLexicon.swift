import Foundation

/// The time-word data files, loaded once; a class, so each scanner that holds it copies one
/// reference rather than every matcher.
final class TimeLexicon: Sendable {
    enum Anaphor: String, Sendable {
        /// thatDay (那天): like sameDay, but only after a day was named.
        case sameDay, thatDay, nextDay, prevDay, sameMonth, sameQuarter, sameYear, nextYear, prevYear, samePeriodPrevYear
        /// 彼时: the period the text is talking about, as it is.
        case sameTime
    }

    enum Word: Sendable {
        case approx(days: Int)
        case day(Int)
        case ago(days: Int)
        case year(Int)
        case month(Int)
        case week(Int)
        /// The quarter of publication + N (本季度 0, 上季度 -1).
        case quarter(Int)
        /// Publication year + first … publication year + last (今明两年 0 1).
        case years(Int, Int)
        case anaphor(Anaphor)
        /// 报告期内: the report year named before (2021年度).
        case reportPeriod
        /// 新一年, 新的一年: the coming year in November and December, else the current one.
        case newYear
    }

    /// A word at the edge of a date that changes its span (time-span-edges.txt).
    enum Edge: String, CaseIterable, Sendable {
        case since, onwards, later, earlier, from, starting, about, by, same, origin, blocks
    }

    /// What a word around a date says about it (time-context-words.txt).
    enum Context: String, CaseIterable, Sendable {
        case anyYear = "any-year", record, comparison, past, everyDay = "every-day", age, wordEnd = "word-end"
    }

    struct Festival: Sendable {
        /// Fixed month and day, or nil for a lunar festival looked up per year.
        var fixed: (month: Int, day: Int)?
        var lunarName: String
        var days: Int
    }

    let words: PhraseMatcher<Word>
    let generic: PhraseMatcher<Bool>
    let festivals: PhraseMatcher<Festival>
    /// Per festival and year: the first day, and how many days when that year differs.
    let festivalDates: [String: [Int: (month: Int, day: Int, days: Int?)]]
    /// Five-year plans (years) and congresses (days): the span each name covers.
    let periods: PhraseMatcher<TimeSpan>
    /// 上旬, 下旬, 初, 底: the days of a month they cover.
    let monthParts: PhraseMatcher<(first: Int, last: Int)>
    /// 年初, 年底, 年中: the months of a year they cover, and whether alone they need a clause start.
    let yearParts: PhraseMatcher<(first: Int, last: Int, needsClauseStart: Bool)>
    let futureMarkers: PhraseMatcher<Bool>
    let habitualMarkers: PhraseMatcher<Bool>
    let nameFollowers: PhraseMatcher<Bool>
    /// 上午, 晚间, 凌晨: parts of the day after a day.
    let dayParts: PhraseMatcher<Bool>
    /// Edge words after a date, with the word that must end before them.
    let edgesAfter: PhraseMatcher<(edge: Edge, onlyAfter: String?)>
    let edgesBefore: PhraseMatcher<Edge>
    let contexts: PhraseMatcher<Set<Context>>

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
            case "quarter": word = .quarter(number)
            case "years":
                let last = entry.fields.count > 2 ? Int(entry.fields[2]) : nil
                word = last.map { .years(number, $0) }
            case "anaphor": word = Anaphor(rawValue: argument).map { .anaphor($0) }
            case "report": word = .reportPeriod
            case "newyear": word = .newYear
            default: word = nil
            }
            guard let word else { fatalError("time-words.txt line \(entry.line): unknown kind \(kind) \(argument)") }
            words.append((entry.key, word))
        }
        self.words = PhraseMatcher(words)
        generic = PhraseMatcher(Lexicon.bundled("time-generic").entries.map { ($0.key, true) })
        futureMarkers = PhraseMatcher(Lexicon.bundled("time-future-markers").entries.map { ($0.key, $0.fields.first != "no") })

        habitualMarkers = PhraseMatcher(Lexicon.bundled("time-habitual-markers").entries.map { ($0.key, true) })
        nameFollowers = PhraseMatcher(Lexicon.bundled("time-name-followers").entries.map { ($0.key, true) })
        dayParts = PhraseMatcher(Lexicon.bundled("time-day-parts").entries.map { ($0.key, true) })
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
        self.festivals = PhraseMatcher(festivals)

        var dates: [String: [Int: (month: Int, day: Int, days: Int?)]] = [:]
        for entry in (try? Lexicon.table("festival-dates"))?.entries ?? [] {
            guard entry.fields.count >= 2, let year = Int(entry.fields[0]) else { continue }
            let parts = entry.fields[1].split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { continue }
            let days = entry.fields.count > 2 ? Int(entry.fields[2]) : nil
            dates[entry.key, default: [:]][year] = (parts[0], parts[1], days)
        }
        festivalDates = dates

        monthParts = Self.ranges("time-month-parts")
        yearParts = PhraseMatcher(Lexicon.bundled("time-year-parts").entries.compactMap { entry in
            guard entry.fields.count >= 2, let first = Int(entry.fields[0]), let last = Int(entry.fields[1]) else { return nil }
            return (entry.key, (first, last, entry.fields.count > 2 && entry.fields[2] == "clause"))
        })
        let edges = Lexicon.bundled("time-span-edges").entries
        func edge(_ entry: Lexicon.Entry) -> Edge {
            guard entry.fields.count > 1, let edge = Edge(rawValue: entry.fields[1]) else {
                fatalError("time-span-edges.txt line \(entry.line): unknown meaning")
            }
            return edge
        }
        edgesAfter = PhraseMatcher(edges.filter { $0.fields.first == "after" }.map { entry in
            (entry.key, (edge(entry), entry.fields.count > 2 && !entry.fields[2].isEmpty ? entry.fields[2] : nil))
        })
        contexts = PhraseMatcher(Lexicon.bundled("time-context-words").entries.map { entry in
            (entry.key, Set(entry.fields.compactMap(Context.init(rawValue:))))
        })
        edgesBefore = PhraseMatcher(edges.filter { $0.fields.first == "before" }.map { ($0.key, edge($0)) })
        periods = PhraseMatcher(Lexicon.bundled("named-periods").entries.compactMap { entry in
            guard entry.fields.count >= 2 else { return nil }
            if let first = Int(entry.fields[0]), let last = Int(entry.fields[1]) {
                return (entry.key, TimeSpan(start: TimeSpan.year(first).start, end: TimeSpan.year(last).end, precision: .year))
            }
            guard let first = Day(iso: entry.fields[0]), let last = Day(iso: entry.fields[1]) else { return nil }
            return (entry.key, TimeSpan(start: first, end: last, precision: .day))
        })
    }

    /// A lexicon whose two fields are the first and last number of a range (days, years).
    private static func ranges(_ name: String) -> PhraseMatcher<(first: Int, last: Int)> {
        PhraseMatcher(Lexicon.bundled(name).entries.compactMap { entry in
            guard entry.fields.count >= 2, let first = Int(entry.fields[0]), let last = Int(entry.fields[1]) else { return nil }
            return (entry.key, (first, last))
        })
    }
}
