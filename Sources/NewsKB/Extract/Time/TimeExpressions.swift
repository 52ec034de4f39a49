import Foundation

/// A time expression found in text and placed on the calendar (Asia/Shanghai days).
public struct TimeExpression: Sendable, Equatable {
    /// The expression as written (近日, 今年7月份, 截至去年末, 8 月 20 日到 22 日).
    public var text: String
    /// Position in the scanned text, in Unicode scalars.
    public var offset: Int
    public var length: Int
    public var start: Day
    public var end: Day
    public var precision: Event.Precision
    /// A comparison baseline (较2020年, 比上年): still an event, but never the reference
    /// for a later 当日/同期.
    public var isBaseline: Bool
    /// Of the baselines, a window a record is measured in (3月份以来的最高值, 创今年以来新低).
    public var isRecordWindow = false
    /// The festival named (清明假期), so that a later 2019年同期 is that festival in 2019.
    var festival: String? = nil
    /// Named more than a paragraph before the sentence now read: only 同年, 次年 and 同月,
    /// which always point back, still refer to it.
    var isStale = false
    /// A bare year (今年顶峰) mentioned after a period keeps that period, so that a later
    /// 2019年同期 is still the stretch the text is comparing (the period and its festival).
    var period: TimeSpan? = nil
    var periodFestival: String? = nil
    /// The last year named as a report year (2021年度), for 本年度 and 报告期内 after it.
    var reportYear: Int? = nil
    /// When the expression holds the words of the clause it opens (自今年4月星河发起计划以来),
    /// the length of its time words alone (自今年4月): the clause's subject is among the rest.
    public var timeLength: Int? = nil
}

/// A resolved, inclusive calendar range.
struct TimeSpan: Equatable, Sendable {
    var start: Day
    var end: Day
    var precision: Event.Precision

    static func year(_ year: Int) -> TimeSpan {
        TimeSpan(start: Day(year: year, month: 1, day: 1), end: Day(year: year, month: 12, day: 31), precision: .year)
    }

    static func months(_ year: Int, _ first: Int, _ last: Int, _ precision: Event.Precision = .month) -> TimeSpan? {
        guard (1...12).contains(first), (1...12).contains(last), first <= last else { return nil }
        return TimeSpan(start: Day(year: year, month: first, day: 1),
                        end: Day(year: year, month: last, day: 1).lastOfMonth, precision: precision)
    }

    /// Days `first...last` of a month; `last` beyond the month's end means its last day.
    static func days(_ year: Int, _ month: Int, _ first: Int, _ last: Int, _ precision: Event.Precision) -> TimeSpan? {
        guard (1...12).contains(month), Day.isValid(year: year, month: month, day: first) else { return nil }
        let lastDay = min(last, Day.daysIn(year: year, month: month))
        return TimeSpan(start: Day(year: year, month: month, day: first), end: Day(year: year, month: month, day: lastDay), precision: precision)
    }

    static func day(_ day: Day, _ precision: Event.Precision = .day) -> TimeSpan {
        TimeSpan(start: day, end: day, precision: precision)
    }

    /// The same stretch one year earlier (去年同期): months stay months, 2-29 becomes 2-28.
    func shiftedOneYearBack() -> TimeSpan { shifted(years: -1) }

    /// The same stretch `years` later (2019年同期 after a 2021 quarter: years -2).
    func shifted(years: Int) -> TimeSpan {
        func back(_ day: Day, end: Bool) -> Day {
            let year = day.year + years
            if end && day == day.lastOfMonth { return Day(year: year, month: day.month, day: 1).lastOfMonth }
            return Day(year: year, month: day.month, day: min(day.day, Day.daysIn(year: year, month: day.month)))
        }
        return TimeSpan(start: back(start, end: false), end: back(end, end: true), precision: precision)
    }
}

public enum TimeExpressions {
    /// Every time expression of a text (one or more sentences), anaphora resolved within it.
    public static func find(in text: String, published: Day) -> [TimeExpression] {
        var reference: TimeExpression?
        var result: [TimeExpression] = []
        for piece in Sentences.pieces(text) {
            for var expression in find(inSentence: piece.text, published: published, reference: &reference) {
                expression.offset += piece.start
                result.append(expression)
            }
        }
        return result
    }

    /// The expressions of one sentence. `reference` is the most recent date mentioned before
    /// (for 当日, 同月, 去年同期 …); it is updated with this sentence's last non-baseline date.
    /// `habitual`: the sentence's paragraph speaks of what usually happens (往往, 每年; see
    /// `speaksHabitually`), so a festival without a year names no particular day.
    public static func find(inSentence sentence: String, published: Day, reference: inout TimeExpression?,
                            habitual: Bool? = nil) -> [TimeExpression] {
        find(inSentence: [Unicode.Scalar](scalarsOf: sentence), published: published, reference: &reference, habitual: habitual)
    }

    static func find(inSentence scalars: [Unicode.Scalar], published: Day, reference: inout TimeExpression?,
                     habitual: Bool? = nil) -> [TimeExpression] {
        var scanner = TimeScanner(text: scalars, published: published, future: speaksOfFuture(scalars), reference: reference)
        scanner.habitual = habitual ?? contains(TimeLexicon.shared.habitualMarkers, in: scalars)
        let found = scanner.scan()
        reference = scanner.reference ?? scanner.staleReference
        return found
    }

    /// Whether a text speaks of what usually happens (time-habitual-markers.txt).
    /// The length of a time expression opening `scalars` (本周三, 当天下午, 早在2019年), if one does:
    /// what the scanner reads, whatever day it resolves to.
    static func leadingLength(_ scalars: [Unicode.Scalar]) -> Int? {
        var reference: TimeExpression?
        guard let first = find(inSentence: scalars, published: Day(year: 2000, month: 1, day: 1), reference: &reference).first,
              first.offset == 0 else { return nil }
        return first.length
    }

    public static func speaksHabitually(_ text: String) -> Bool {
        contains(TimeLexicon.shared.habitualMarkers, in: [Unicode.Scalar](scalarsOf: text))
    }

    /// Whether a sentence speaks of the future (将, 计划, 预计, 起施行 …; see time-future-markers.txt).
    public static func speaksOfFuture(_ scalars: [Unicode.Scalar]) -> Bool {
        contains(TimeLexicon.shared.futureMarkers, in: scalars)
    }

    /// Whether a marker list hits the text; entries with value false mask longer words (将近).
    static func contains(_ markers: PhraseMatcher<Bool>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count {
            if let hit = markers.longest(at: index, in: scalars) {
                if hit.value { return true }
                index += hit.length
            } else {
                index += 1
            }
        }
        return false
    }
}

/// One left-to-right pass over a sentence. Each position tries the expression grammar;
/// a match is resolved at once (it may become the reference of the next one).
struct TimeScanner {
    let s: [Unicode.Scalar]
    let published: Day
    let future: Bool
    var reference: TimeExpression?
    /// A reference named more than a paragraph back (see `TimeExpression.isStale`).
    var staleReference: TimeExpression?
    /// Whether `reference` was named in this sentence (一周前 after 4月15日 counts from it).
    private var referenceIsLocal = false
    var habitual = false
    /// Tests turn the `expressionStarts` prefilter off to check it skips nothing that matches.
    var triesEveryPosition = false
    private let lexicon = TimeLexicon.shared

    init(text: [Unicode.Scalar], published: Day, future: Bool, reference: TimeExpression?) {
        s = text
        self.published = published
        self.future = future
        if let reference, reference.isStale {
            staleReference = reference
        } else {
            self.reference = reference
        }
    }

    /// A parsed expression not yet placed in a year (or month).
    enum Pending {
        case fixed(TimeSpan)
        case yearless((Int) -> TimeSpan?)
        case monthless((Int, Int) -> TimeSpan?)
    }

    struct Core {
        var pending: Pending
        var end: Int
        /// Ends in a day or weekday, so 上午/晚间 may follow.
        var dayLevel = false
        /// 去年同期 compares; it is never the reference of a later expression.
        var comparison = false
        /// The festival named, as written in festivals.txt.
        var festival: String?
        /// Written as a report year (2021年度).
        var reportYear: Int?
    }

    /// What a match is: an event, part of a name (no event, but later words refer to it:
    /// 上半年财务报告 … 去年同期), or a generic time (往年清明假期: neither).
    enum Role { case event, name, generic }

    mutating func scan() -> [TimeExpression] {
        var found: [TimeExpression] = []
        var index = 0
        while index < s.count {
            if s[index] == "《" {
                index = afterTitle(index)
                continue
            }
            // 图片来源：2020年星河白皮书, 数据来源：…: a credit names a source, not a time.
            if s[index] == "来", has("来源：", at: index) || has("来源:", at: index) {
                index = clauseEnd(index, stops: Self.sentenceStops)
                continue
            }
            if let generic = lexicon.generic.longest(at: index, in: s) {
                index += generic.length
                continue
            }
            if !triesEveryPosition, !Self.expressionStarts.contains(s[index]) {
                index += 1
                continue
            }
            if let (expression, end, role) = expression(at: index) {
                // A period named in a report's title (上半年财务报告) is no event, but later
                // words (去年同期) still refer to it.
                if role == .event { found.append(expression) }
                if role != .generic, !expression.isBaseline { becomeReference(expression) }
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    /// The expression is now what the text talks about; a bare year keeps the period named
    /// before it in that year (清明假期……今年顶峰), and every reference keeps the report year
    /// named last.
    private mutating func becomeReference(_ expression: TimeExpression) {
        var next = expression
        let previous = reference ?? staleReference
        if next.precision == .year, let previous {
            if Self.isPeriod(previous) {
                next.period = TimeSpan(start: previous.start, end: previous.end, precision: previous.precision)
                next.periodFestival = previous.festival
            } else {
                next.period = previous.period
                next.periodFestival = previous.periodFestival
            }
            if let period = next.period, period.start.year != next.start.year || next.end.year != next.start.year {
                next.period = nil
                next.periodFestival = nil
            }
        }
        if next.reportYear == nil { next.reportYear = previous?.reportYear }
        reference = next
        staleReference = nil
        referenceIsLocal = true
    }

    /// A stretch shorter than a year within one year (a day, month, quarter, half, festival).
    static func isPeriod(_ expression: TimeExpression) -> Bool {
        expression.precision != .approx && expression.precision != .year && expression.start.year == expression.end.year
    }

    static let sentenceStops: ScalarSet = ["。", "；", ";", "！", "？", "!", "?", "\n"]
    static let clauseStops: ScalarSet = ["，", ",", "。", "；", ";", "：", ":", "！", "？", "!", "?", "\n"]

    /// The first index at or after `from` holding one of `stops` (or the end).
    private func clauseEnd(_ from: Int, stops: ScalarSet) -> Int {
        var index = from
        while index < s.count, !stops.contains(s[index]) { index += 1 }
        return index
    }

    /// Dates inside document titles are part of the title, not events.
    private func afterTitle(_ open: Int) -> Int {
        var depth = 0
        var index = open
        while index < s.count {
            if s[index] == "《" { depth += 1 }
            if s[index] == "》" {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return open + 1
    }

    // MARK: - Expression: prefix, core, span, suffix

    private func expression(at index: Int) -> (TimeExpression, Int, Role)? {
        guard let first = core(at: index) else { return nil }
        var end = first.end
        // 清明假期前两日: the first days of a holiday.
        var firstDays: Int?
        if first.festival != nil, has("前", at: end), let count = readNumber(at: end + 1), count.value >= 1, count.value < 10,
           has("日", at: count.next) || has("天", at: count.next) {
            firstDays = count.value
            end = count.next + 1
        }
        var dayLevel = first.dayLevel
        var second: Core?
        var toPublication = false
        if let since = edge(after: end), since.value.edge == .since {
            toPublication = true
            end += since.length
        } else if firstDays == nil {
            // 即日起至6月30日 / 今日起到年底: a start with 起, then the end of the span.
            // 1月5日0点-1月8日24点: a time of day before the connector belongs to the start.
            let base = first.dayLevel ? afterTimeOfDay(end) : end
            let startWord = has("起", at: base) && !has("起至今", at: base) && skipSpaces(base + 1) < s.count && isConnector(s[skipSpaces(base + 1)])
            let connector = skipSpaces(startWord ? base + 1 : base)
            if connector < s.count, isConnector(s[connector]) {
                var next = connector + 1
                if s[connector] == "—" || s[connector] == "-", next < s.count, s[next] == s[connector] { next += 1 }
                if let part = core(at: skipSpaces(next), inSpan: true) {
                    second = part
                    end = part.end
                    dayLevel = part.dayLevel
                }
            }
        }

        // Suffixes.
        if let same = edge(after: end), same.value.edge == .same { end += same.length }
        if dayLevel { end = afterTimeOfDay(end) }
        var startsFrom = false
        var timeEnd: Int?
        var beginsWithKaishi = false
        var deadline = false
        var approximate = false
        var after: TimeLexicon.Edge?
        var earlierInPeriod = false
        if !toPublication, firstDays == nil {
            let word = edge(after: end)
            switch word?.value.edge {
            case .since:
                toPublication = true
            case .onwards, .later:
                after = word?.value.edge
            case .earlier:
                earlierInPeriod = true
            case .from, .starting:
                startsFrom = true
                beginsWithKaishi = word?.value.edge == .starting
            default:
                if let close = sinceLater(end, opened: opensSince(index)) {
                    // 自2008年公司成立以来, 3月1日改版以来: the clause's 以来 closes the span.
                    toPublication = true
                    timeEnd = end
                    end = close
                } else if word?.value.edge == .about {
                    approximate = true
                } else if word?.value.edge == .by {
                    deadline = true
                }
            }
            if let word, timeEnd == nil, ![.same, .blocks, .origin].contains(word.value.edge) { end += word.length }
        }

        // Prefixes.
        var start = index
        let before = skipSpacesBack(index)
        if let cutoff = lexicon.edgesBefore.longest(endingAt: before, in: s, where: { $0.value == .by }) {
            deadline = true
            start = before - cutoff.length
        }
        if (toPublication || startsFrom), start == index, let origin = self.origin(before: index) { start = before - origin }
        let isRecordWindow = toPublication && recordWindowFollows(end)
        let isBaseline = first.comparison || before > 0 && (s[before - 1] == "较" || s[before - 1] == "比")
            || isRecordWindow
            || before > 0 && "与和同跟".unicodeScalars.contains(s[before - 1]) && comparisonFollows(end)
        // Part of a report's name (上半年财务报告, 2020年年报, 2020年《星河白皮书》, 2021年星河
        // 财报的数据显示) or of a chart's title (2021年一季度投资版图 制图：…): no event.
        let isName = lexicon.nameFollowers.longest(at: skipSpaces(end), in: s) != nil || namesReport(after: end) || titlesChart(after: end)
        // 往年清明假期, 历年春节: any year's, no particular one; 今年35岁 states an age.
        let isGeneric = context(.anyYear, endingAt: before) != nil || statesAge(after: end)

        guard var span = resolve(first.pending, future: speaksOfFuture(before: end) || startsFrom) else { return nil }
        if let second, let last = resolveSecond(second.pending, after: span) {
            let precision: Event.Precision = span.precision == .approx || last.precision == .approx ? .approx : span.precision
            span = TimeSpan(start: span.start, end: max(last.end, span.start), precision: precision)
        }
        // 自2020年开始 about the past runs to publication like 自2020年以来 (自X起执行 is a start day).
        if beginsWithKaishi, !future, start < index, s[start] == "自", span.start <= published { toPublication = true }
        if toPublication { span.end = max(published, span.start) }
        // 2018年以后 about the past runs from 2018 to publication; 2020年之后 from the year after.
        // A day or month so followed stays itself (3月1日之后 is the day things changed).
        if let after, !future, span.precision == .year, span.end < published {
            if after == .later { span.start = span.end.adding(days: 1) }
            span.end = published
        }
        if let firstDays { span.end = min(span.end, span.start.adding(days: firstDays - 1)) }
        // 本月早些时候, 今年早些时候: the part of the period before publication.
        if earlierInPeriod {
            span.end = min(span.end, max(published, span.start))
            span.precision = .approx
        }
        // 截至12月初, 截至7月中旬: a cut-off that is itself vague keeps its days.
        let vagueCutoff = deadline && start < index && span.precision == .approx && span.start.month == span.end.month && span.end.day <= 20
        if deadline, !vagueCutoff { span = TimeSpan(start: span.end, end: span.end, precision: .day) }
        if approximate { span.precision = .approx }

        var textEnd = end
        while textEnd > start, isSpace(s[textEnd - 1]) { textEnd -= 1 }
        var expression = TimeExpression(text: String(scalars: s[start..<textEnd]), offset: start, length: textEnd - start,
                                        start: span.start, end: span.end, precision: span.precision, isBaseline: isBaseline)
        if let timeEnd { expression.timeLength = timeEnd - start }
        expression.isRecordWindow = isRecordWindow
        if second == nil, !toPublication, !deadline, firstDays == nil { expression.festival = first.festival }
        if second == nil, !toPublication, !deadline { expression.reportYear = first.reportYear }
        return (expression, end, isGeneric ? .generic : (isName ? .name : .event))
    }

    /// 今年35岁, 今年刚满四十岁: a number of years of age after the time word.
    private func statesAge(after end: Int) -> Bool {
        var cursor = skipSpaces(end)
        if let adverb = context(.age, at: cursor) { cursor += adverb }
        let digits = cursor
        while cursor < s.count, Numerals.arabicDigit(s[cursor]) != nil || Self.ageNumerals.contains(s[cursor]) { cursor += 1 }
        return cursor > digits && (has("岁", at: cursor) || has("周岁", at: cursor))
    }
    private static let ageNumerals = ScalarSet("一二两三四五六七八九十")

    /// Scalars that end the words a year may have before its festival (今年的, 今年将, 今年在).
    static let festivalGapStops = ScalarSet("的将在是了和与及到至从于为对也都还就已")

    /// 达到3月份以来的最高值, 创今年以来新低: a window a record is measured in, not the period
    /// the text reports on (a later 上年同期 still means the month reported).
    private func recordWindowFollows(_ end: Int) -> Bool {
        let at = has("的", at: end) ? end + 1 : end
        return context(.record, at: at) != nil
    }

    /// 与上月持平, 同去年相比: the time after 与 is what the figure is compared with.
    private func comparisonFollows(_ from: Int) -> Bool {
        var index = from
        while index < s.count, index - from < 12, !Self.clauseStops.contains(s[index]) {
            if context(.comparison, at: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// Verbs that make the words between a year and a report word a clause (2021年星河公司发布
    /// 报告: the year dates the publishing), not a report's name.
    static let reportNameBreakers = ["发布", "公布", "披露", "推出", "出台", "印发", "发表", "出版", "完成", "提交", "通过", "编制", "撰写", "显示", "指出"]
    /// Their first scalars, asked first: most scalars of a name open none of them (callgrind).
    private static let reportNameBreakerStarts = ScalarSet(reportNameBreakers.compactMap(\.unicodeScalars.first))

    /// A report's name after the time: 《…白皮书》 right after it, or a short name (no verb,
    /// at most twelve scalars) ending in a report word of time-name-followers.txt.
    private func namesReport(after end: Int) -> Bool {
        let start = skipSpaces(end)
        // 12月1日在年报中披露: 在 or 于 after the time words opens where it was said, no name.
        guard start < s.count, s[start] != "在", s[start] != "于" else { return false }
        if s[start] == "《" {
            let close = afterTitle(start)
            guard close > start + 1, s[close - 1] == "》" else { return false }
            return lexicon.nameFollowers.longest(endingAt: close - 1, in: s, from: start + 1) != nil
        }
        var index = start
        while index < s.count, index - start <= 12, isNameScalar(s[index]) {
            // 报告 alone is also the verb (两年前首次报告的漏洞): only compound report nouns here.
            if index > start, let hit = lexicon.nameFollowers.longest(at: index, in: s), hit.key != "报告" { return true }
            if Self.reportNameBreakerStarts.contains(s[index]), Self.reportNameBreakers.contains(where: { has($0, at: index) }) { return false }
            index += 1
        }
        return false
    }

    /// 2021年一季度星河投资版图 制图：…: the time is part of a chart's title.
    private func titlesChart(after end: Int) -> Bool {
        var index = end
        while index < s.count, index - end < 30, !Self.clauseStops.contains(s[index]) {
            if has("制图", at: index) { return true }
            index += 1
        }
        return false
    }

    /// Han scalars and Latin letters: what a short name is written with.
    private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        Marks.isHan(scalar) && scalar != "的" && scalar != "，" || isASCIILetter(scalar)
    }

    /// The end of a 以来 a few words later in the same clause, with no other time between
    /// (自2008年公司成立以来, 3月1日改版以来), or nil. Without 自/从 before the time, no number
    /// either (一季度一度出现上市以来的最大跌幅: that 以来 is the listing's); with it, a count is
    /// no time (自6月1日首批20多只基金上报以来).
    private func sinceLater(_ from: Int, opened: Bool) -> Int? {
        var index = from
        while index < s.count, index - from <= 30 {
            if has("以来", at: index) { return index == from ? nil : index + 2 }
            let scalar = s[index]
            if Self.sinceBlockers.contains(scalar) { return nil }
            if !opened, Numerals.arabicDigit(scalar) != nil || Numerals.isNumeralScalar(scalar) { return nil }
            index += 1
        }
        return nil
    }

    /// Whether 自 or 从 stands right before the time at `index` (spaces between).
    private func opensSince(_ index: Int) -> Bool { origin(before: index) != nil }

    /// The length of the origin word (自, 从) right before the time at `index`, spaces between.
    private func origin(before index: Int) -> Int? {
        lexicon.edgesBefore.longest(endingAt: skipSpacesBack(index), in: s, where: { $0.value == .origin })?.length
    }

    /// The edge word of time-span-edges.txt right after a date ending at `end`.
    private func edge(after end: Int) -> PhraseMatcher<(edge: TimeLexicon.Edge, onlyAfter: String?)>.Entry? {
        lexicon.edgesAfter.longest(at: end, in: s, where: { entry in entry.value.onlyAfter.map { endsWith($0, at: end) } ?? true })
    }

    /// Clause breaks and words that start another time span, which a 以来 cannot reach over.
    static let sinceBlockers: ScalarSet = ["，", "。", "；", "！", "？", "：", ",", ";", "!", "?", "、", "\n", "（", "）", "(", ")", "年", "月", "日", "至", "到"]

    private func resolve(_ pending: Pending, future: Bool) -> TimeSpan? {
        switch pending {
        case .fixed(let span):
            return span
        case .yearless(let build):
            guard let span = build(published.year) else { return nil }
            if span.start > published && !future && !nearFuture(span) { return build(published.year - 1) }
            return span
        case .monthless(let build):
            // Narrative: after 9月13日… a bare 15日 is in September.
            if let anchor = reference, anchor.precision == .day || anchor.precision == .month,
               anchor.start.year == anchor.end.year, anchor.start.month == anchor.end.month {
                return build(anchor.start.year, anchor.start.month)
            }
            guard let span = build(published.year, published.month) else { return nil }
            if span.start > published && !future {
                let previous = Day(year: published.year, month: published.month, day: 1).adding(days: -1)
                return build(previous.year, previous.month)
            }
            return span
        }
    }

    /// A date without a year a few weeks ahead (报名时间为8月20日到22日, published 8-17) is an
    /// upcoming date far more often than one almost a year old, even without 将 or 计划.
    private func nearFuture(_ span: TimeSpan) -> Bool {
        span.start <= published.adding(days: 31)
    }

    /// The second half of a span takes the year (and month) of the first: 9月1日至15日.
    private func resolveSecond(_ pending: Pending, after first: TimeSpan) -> TimeSpan? {
        switch pending {
        case .fixed(let span):
            return span
        case .yearless(let build):
            guard let span = build(first.start.year) else { return nil }
            return span.end < first.start ? build(first.start.year + 1) : span
        case .monthless(let build):
            return build(first.start.year, first.start.month)
        }
    }

    // MARK: - Cores

    /// Every scalar at which `core(at:)` can match (outside a span): the first scalars of the
    /// time words, named periods and festivals, and what each grammar rule below starts
    /// with. `scan` skips all other positions without trying the rules.
    static let expressionStarts: ScalarSet = {
        let lexicon = TimeLexicon.shared
        var starts = lexicon.words.firstScalars.members + lexicon.periods.firstScalars.members + lexicon.festivals.firstScalars.members
        starts += "“「『‘\"".unicodeScalars             // namedPeriod, festival: an opening quote
        starts += "星礼周".unicodeScalars                // weekday: 星期, 礼拜, 周
        starts += "节".unicodeScalars                   // weekAfterNamedFestival: 节后第二周
        starts += "上下前第首Qq月年新F".unicodeScalars       // quarterHalfOrPart: 上半年, 前三季度, 第三季度, 首季度, Q3, 月初, 年底
        // readNumber (numericDate, explicitYear, month, dayOnly, daysAgo, quarters): a digit or Chinese numeral.
        starts += "0123456789０１２３４５６７８９十廿卅".unicodeScalars
        starts += Numerals.digitScalars
        return ScalarSet(starts)
    }()

    private func core(at index: Int, inSpan: Bool = false) -> Core? {
        guard index < s.count else { return nil }
        if let word = lexicon.words.longest(at: index, in: s), !readsOtherwise(word.key, at: index) {
            if let core = relative(word.value, start: index, end: index + word.length, inSpan: inSpan) { return core }
        }
        if !inSpan {
            if let core = namedPeriod(at: index) { return core }
            if let core = festival(at: index, year: nil) { return core }
            if let core = weekAfterNamedFestival(at: index) { return core }
            if let core = weekday(at: index) { return core }
            if let core = quarterHalfOrPart(at: index, year: nil) { return core }
        }
        if precededByNumber(index) { return nil }
        if let core = numericDate(at: index) { return core }
        if let core = dottedMonthDay(at: index) { return core }
        if !inSpan, let core = fiscalYear(at: index) { return core }
        if !inSpan, let core = yearRange(at: index) { return core }
        if let (year, next) = explicitYear(at: index) {
            var core = yearContinuation(year, at: next, bareYear: true)
            // 2021年度: a report year, which a later 本年度 or 报告期内 means.
            if next > index, s[next - 1] == "度", core?.end == next { core?.reportYear = year }
            return core
        }
        if !inSpan, let core = bareYearPeriod(at: index) { return core }
        if !inSpan, let core = decades(at: index) { return core }
        if let core = month(at: index, year: nil) { return core }
        if let core = dayOnly(at: index, inSpan: inSpan) { return core }
        if !inSpan, let core = countedOffset(at: index) { return core }
        return nil
    }

    private func relative(_ word: TimeLexicon.Word, start: Int, end: Int, inSpan: Bool) -> Core? {
        switch word {
        case .approx(let days):
            guard !inSpan else { return nil }
            return Core(pending: .fixed(TimeSpan(start: published.adding(days: 1 - days), end: published, precision: .approx)), end: end)
        case .day(let offset):
            // 传统的设计追求……，而今天的设计……: today as against the past, not a day.
            if offset == 0, start > 0, s[start - 1] == "而", saysPastBefore(start) { return nil }
            return Core(pending: .fixed(.day(published.adding(days: offset))), end: end, dayLevel: true)
        case .ago(let days):
            guard !inSpan, let base = countingBase(start) else { return nil }
            return Core(pending: .fixed(.day(base.adding(days: -days), .approx)), end: end)
        case .year(let offset):
            // 本年度, 上一年度: 度 belongs to the year word.
            let after = has("度", at: end) && !has("度报告", at: end) ? end + 1 : end
            var year = published.year + offset
            // 本年度 in a report's words is the report year named before (2021年度 … 本年度营收下降).
            if offset == 0, after > end, s[start] == "本", let report = (reference ?? staleReference)?.reportYear, report <= published.year {
                year = report
            }
            return yearContinuation(year, at: after, bareYear: false)
        case .reportPeriod:
            // 报告期内: the report year named before; without one it is no calendar place.
            guard let report = (reference ?? staleReference)?.reportYear, report <= published.year else { return nil }
            return yearContinuation(report, at: end, bareYear: false)
        case .newYear:
            // 新的一年: the coming year late in the year, else the year of publication.
            return Core(pending: .fixed(.year(published.month >= 11 ? published.year + 1 : published.year)), end: end)
        case .month(let offset):
            var base = published
            // 10月份失业率与上月持平: compared with the month the text reports on.
            if offset != 0, start > 0, "与比较".unicodeScalars.contains(s[start - 1]), let anchor = reference,
               anchor.precision == .month, anchor.start.year == anchor.end.year, anchor.start.month == anchor.end.month {
                base = anchor.start
            }
            let months = base.year * 12 + base.month - 1 + offset
            return monthContinuation(months / 12, months % 12 + 1, at: end)
        case .week(let offset):
            let monday = published.adding(days: 1 - published.weekday + 7 * offset)
            if end < s.count, let weekday = weekdayNumber(s[end]) {
                return Core(pending: .fixed(.day(monday.adding(days: weekday - 1))), end: end + 1, dayLevel: true)
            }
            // 本周末, 上周末: that week's Saturday and Sunday.
            if end < s.count, s[end] == "末" {
                return Core(pending: .fixed(TimeSpan(start: monday.adding(days: 5), end: monday.adding(days: 6), precision: .approx)), end: end + 1)
            }
            return Core(pending: .fixed(TimeSpan(start: monday, end: monday.adding(days: 6), precision: .approx)), end: end)
        case .quarter(let offset):
            let quarters = published.year * 4 + (published.month - 1) / 3 + offset
            let (year, quarter) = (quarters / 4, quarters % 4)
            return Core(pending: .fixed(TimeSpan.months(year, 3 * quarter + 1, 3 * quarter + 3, .quarter)!), end: end)
        case .years(let first, let last):
            let span = TimeSpan(start: TimeSpan.year(published.year + first).start, end: TimeSpan.year(published.year + last).end, precision: .year)
            return Core(pending: .fixed(span), end: end)
        case .anaphor(let kind):
            return anaphor(kind, start: start, end: end)
        }
    }

    /// Whether the sentence before `index` speaks of the past (传统的……，而今天……).
    private func saysPastBefore(_ index: Int) -> Bool {
        (0..<index).contains { context(.past, at: $0) != nil }
    }

    /// Whether the sentence speaks of every day (每天, 每日, 每晚).
    private func saysEveryDay() -> Bool {
        s.indices.contains { context(.everyDay, at: $0) != nil }
    }

    /// The length of the time-context-words.txt word of this role starting at `index`.
    private func context(_ role: TimeLexicon.Context, at index: Int) -> Int? {
        lexicon.contexts.longest(at: index, in: s, where: { $0.value.contains(role) })?.length
    }

    /// The length of the word of this role ending right before `end`.
    private func context(_ role: TimeLexicon.Context, endingAt end: Int) -> Int? {
        lexicon.contexts.longest(endingAt: end, in: s, where: { $0.value.contains(role) })?.length
    }

    /// The day a count back (一周前, 3天前) starts from: a day named earlier in the same
    /// sentence (4月15日，订单量……，而一周前仅有……), else publication; after 此 (在此一周前)
    /// only a day named before, none when there is none.
    private func countingBase(_ start: Int) -> Day? {
        let local = referenceIsLocal ? reference.flatMap { $0.precision == .day ? $0.start : nil } : nil
        if start > 0, s[start - 1] == "此" { return local ?? reference.flatMap { $0.precision == .day ? $0.start : nil } }
        return local ?? published
    }

    private func anaphor(_ kind: TimeLexicon.Anaphor, start: Int, end: Int) -> Core? {
        // 同年, 次年 and 同月 always point back, also past a paragraph.
        let pointsBack = kind == .nextYear || has("同年", at: start) || has("同月", at: start)
        let anchor = (reference ?? (pointsBack ? staleReference : nil)).map { TimeSpan(start: $0.start, end: $0.end, precision: $0.precision) }
        switch kind {
        case .sameDay, .nextDay, .prevDay:
            // 每天从首单开始到次日凌晨: with no day named, a sentence about every day names none.
            if anchor == nil, saysEveryDay() { return nil }
            var day = published
            if let anchor, anchor.precision == .day { day = anchor.start }
            let shift = kind == .nextDay ? 1 : (kind == .prevDay ? -1 : 0)
            return Core(pending: .fixed(.day(day.adding(days: shift))), end: end, dayLevel: true)
        case .thatDay:
            guard let anchor, anchor.precision == .day else { return nil }
            return Core(pending: .fixed(.day(anchor.start)), end: end, dayLevel: true)
        case .sameQuarter:
            // 该季度, 当季: the quarter of the period the text is talking about.
            guard let anchor, anchor.precision != .approx, anchor.precision != .year, anchor.precision != .half else { return nil }
            let first = (anchor.start.month - 1) / 3 * 3 + 1
            return Core(pending: .fixed(TimeSpan.months(anchor.start.year, first, first + 2, .quarter)!), end: end)
        case .sameTime:
            // 彼时 with nothing to refer to means "back then": no calendar place.
            guard let anchor, anchor.precision != .approx else { return nil }
            return Core(pending: .fixed(anchor), end: end, dayLevel: anchor.precision == .day)
        case .sameMonth:
            var day = published
            if let anchor, anchor.precision == .day || anchor.precision == .month { day = anchor.start }
            // 当月下旬 / 同月底: a part of that month, as after 本月.
            return monthContinuation(day.year, day.month, at: end)
        case .sameYear:
            // 当年 with nothing to refer to means "back then": no calendar place.
            guard let anchor else { return nil }
            return yearContinuation(anchor.start.year, at: end, bareYear: false)
        case .nextYear:
            return yearContinuation((anchor?.start.year ?? published.year) + 1, at: end, bareYear: false)
        case .prevYear:
            return yearContinuation((anchor?.start.year ?? published.year) - 1, at: end, bareYear: false)
        case .samePeriodPrevYear:
            guard let anchor, anchor.precision != .approx else {
                return Core(pending: .fixed(.year(published.year - 1)), end: end, comparison: true)
            }
            if let span = festival(of: reference, in: anchor.start.year - 1) { return Core(pending: .fixed(span), end: end, comparison: true) }
            return Core(pending: .fixed(anchor.shiftedOneYearBack()), end: end, comparison: true)
        }
    }

    /// After a year (2021年, 今年, 去年): a month, quarter, half, part, festival, or nothing.
    private func yearContinuation(_ year: Int, at start: Int, bareYear: Bool) -> Core? {
        var index = skipSpaces(start)
        if let core = month(at: index, year: year) { return core }
        if let core = quarterHalfOrPart(at: index, year: year) { return core }
        if has("的", at: index) {
            // 2020年的后两个月, 2021年的清明假期.
            index += 1
            if let core = quarterHalfOrPart(at: index, year: year) { return core }
        }
        if let core = festival(at: index, year: year) { return core }
        // 今年天猫双11, 2021年电商平台“618”: a platform or place between the year and its festival.
        var gap = index
        while gap < s.count, gap - index < 6, Marks.isHan(s[gap]) || isASCIILetter(s[gap]),
              !Self.festivalGapStops.contains(s[gap]) {
            gap += 1
            if let core = festival(at: gap, year: year), gap < s.count, isOpeningQuote(s[gap]) || Numerals.arabicDigit(s[gap]) != nil || lexicon.festivals.longest(at: gap, in: s)?.value.fixed != nil {
                return core
            }
        }
        index = skipSpaces(start)
        if has("全年", at: index) { return Core(pending: .fixed(.year(year)), end: index + 2) }
        // 2022年伊始, 2022新年伊始, 今年首月: its first month.
        for word in ["伊始", "新年伊始", "首月"] where has(word, at: index) {
            return Core(pending: .fixed(TimeSpan.months(year, 1, 1)!), end: index + word.unicodeScalars.count)
        }
        // 2019年同期: the stretch the text is talking about (a month, quarter, day), in that year.
        if bareYear, has("同期", at: index), let span = festival(of: reference, in: year) {
            return Core(pending: .fixed(span), end: index + 2, comparison: true)
        }
        if bareYear, has("同期", at: index), let anchor = reference, anchor.precision != .approx, anchor.precision != .year,
           anchor.start.year == anchor.end.year {
            let span = TimeSpan(start: anchor.start, end: anchor.end, precision: anchor.precision)
            return Core(pending: .fixed(span.shifted(years: year - anchor.start.year)), end: index + 2, comparison: true)
        }
        // 清明假期……首达今年顶峰，超越2019年同期: past a bare year, the period named before it.
        if bareYear, has("同期", at: index), let anchor = reference, anchor.precision == .year, let period = anchor.period {
            if let name = anchor.periodFestival, let festival = lexicon.festivals.longest(at: 0, in: Array(name.unicodeScalars)),
               let span = Self.span(of: festival.value, in: year) {
                return Core(pending: .fixed(span), end: index + 2, comparison: true)
            }
            return Core(pending: .fixed(period.shifted(years: year - period.start.year)), end: index + 2, comparison: true)
        }
        // 到2019年市值增长，而在2019年同期: the same year.
        if bareYear, has("同期", at: index) { return Core(pending: .fixed(.year(year)), end: index + 2, comparison: true) }
        // 去年底, 明年初 (no 年 repeated); 2021年年底 is handled by quarterHalfOrPart.
        if index == start, index < s.count {
            switch s[index] {
            case "初": return Core(pending: .fixed(TimeSpan.months(year, 1, 1)!), end: index + 1)
            case "底", "末", "尾": return Core(pending: .fixed(TimeSpan.months(year, 12, 12)!), end: index + 1)
            default: break
            }
        }
        return Core(pending: .fixed(.year(year)), end: start)
    }

    /// 今年以来 and friends are years too; a relative month word may take a day or a part.
    private func monthContinuation(_ year: Int, _ month: Int, at start: Int) -> Core? {
        if let core = monthPart(year: year, month: month, at: start) { return core }
        return Core(pending: .fixed(TimeSpan.months(year, month, month)!), end: start)
    }

    /// A day or a part of a known month: 15日, 初, 上旬, 中旬, 下旬, 底, 末.
    private func monthPart(year: Int, month: Int, at start: Int) -> Core? {
        let index = skipSpaces(start)
        if let day = readNumber(at: index), (1...31).contains(day.value), day.arabic ? day.count <= 2 : true {
            let unit = skipSpaces(day.next)
            if unit < s.count, s[unit] == "日" || s[unit] == "号" {
                guard let span = TimeSpan.days(year, month, day.value, day.value, .day) else { return nil }
                return Core(pending: .fixed(span), end: unit + 1, dayLevel: true)
            }
        }
        guard let (first, last, length) = partOfMonth(at: start) else { return nil }
        guard let span = TimeSpan.days(year, month, first, last, .approx) else { return nil }
        return Core(pending: .fixed(span), end: start + length)
    }

    private func partOfMonth(at index: Int) -> (Int, Int, Int)? {
        guard let part = lexicon.monthParts.longest(at: index, in: s) else { return nil }
        return (part.value.first, part.value.last, part.length)
    }

    /// 近两月, 这三个月: a Chinese count of months, no month; 1月和2月份: joined neighbours.
    private static let monthCounters = ScalarSet("近每数几这那")
    private static let listJoiners = ScalarSet("和及与、")

    /// `9月`, `9 月份`, `9月17日`, `九月中旬`, `1-10月`, `5、6月份`; with `year` nil the
    /// year is decided later (publication year or the one before).
    private func month(at index: Int, year: Int?) -> Core? {
        guard let number = readNumber(at: index), (1...12).contains(number.value),
              number.arabic ? number.count <= 2 : !containsLiang(index, number.next) else { return nil }
        if !number.arabic, index > 0, Self.monthCounters.contains(s[index - 1]) { return nil }
        var lastMonth = number.value
        var unit = skipSpaces(number.next)
        if unit < s.count, isConnector(s[unit]) || s[unit] == "、" {
            // 1-10月 is a range; 5、6月 lists neighbouring months only (6、9月份 is item 6 of a list).
            if let other = readNumber(at: skipSpaces(afterConnector(unit))), (1...12).contains(other.value), other.value > number.value,
               s[unit] != "、" || other.value == number.value + 1 {
                let otherUnit = skipSpaces(other.next)
                if otherUnit < s.count, s[otherUnit] == "月" {
                    lastMonth = other.value
                    unit = otherUnit
                }
            }
        }
        guard unit < s.count, s[unit] == "月" else { return nil }
        var end = unit + 1
        if has("份", at: end) { end += 1 }
        // 1月和2月份, 5月、6月: neighbouring months, each with its 月.
        if lastMonth == number.value, end < s.count, Self.listJoiners.contains(s[end]),
           let other = readNumber(at: end + 1), other.value == number.value + 1, other.arabic == number.arabic, has("月", at: other.next),
           !(other.next + 1 < s.count && (Numerals.arabicDigit(s[other.next + 1]) != nil || Numerals.isNumeralScalar(s[other.next + 1]))) {
            lastMonth = other.value
            end = other.next + 1
            if has("份", at: end) { end += 1 }
        }
        let firstMonth = number.value
        if lastMonth != firstMonth {
            return make(year) { TimeSpan.months($0, firstMonth, lastMonth) }.map { Core(pending: $0, end: end) }
        }
        // A day of the month, or a part of it.
        let dayStart = skipSpaces(end)
        if let day = readNumber(at: dayStart), (1...31).contains(day.value), day.arabic ? day.count <= 2 : true {
            let dayUnit = skipSpaces(day.next)
            if dayUnit < s.count, s[dayUnit] == "日" || s[dayUnit] == "号" {
                let value = day.value
                return make(year) { TimeSpan.days($0, firstMonth, value, value, .day) }
                    .map { Core(pending: $0, end: dayUnit + 1, dayLevel: true) }
            }
            // 5月3-9日, 5月3日至9日 is read by the span: a range of days written with one 日.
            if dayUnit < s.count, isConnector(s[dayUnit]), let other = readNumber(at: skipSpaces(afterConnector(dayUnit))),
               other.value > day.value, (1...31).contains(other.value), other.arabic == day.arabic {
                let otherUnit = skipSpaces(other.next)
                if otherUnit < s.count, s[otherUnit] == "日" || s[otherUnit] == "号" {
                    let (first, last) = (day.value, other.value)
                    return make(year) { TimeSpan.days($0, firstMonth, first, last, .day) }
                        .map { Core(pending: $0, end: otherUnit + 1, dayLevel: true) }
                }
            }
        }
        if let (first, last, length) = partOfMonth(at: end) {
            return make(year) { TimeSpan.days($0, firstMonth, first, last, .approx) }.map { Core(pending: $0, end: end + length) }
        }
        return make(year) { TimeSpan.months($0, firstMonth, firstMonth) }.map { Core(pending: $0, end: end) }
    }

    /// A fixed span when the year is known, else one to place later.
    private func make(_ year: Int?, _ build: @escaping (Int) -> TimeSpan?) -> Pending? {
        if let year {
            return build(year).map { .fixed($0) }
        }
        return .yearless(build)
    }

    /// 一季度, 第三季度, Q3, 前三季度, 上半年, 下半年, 前5个月, 年初, 年底, 年中.
    /// What a quarter, half or part of a year opens with besides a numeral: the scanner asks at
    /// every scalar, and this rules out most at once.
    private static let quarterOpeners = ScalarSet("上下后前第首Qq月新年")

    private func quarterHalfOrPart(at index: Int, year: Int?) -> Core? {
        guard index < s.count, Numerals.isNumeralScalar(s[index]) || Self.quarterOpeners.contains(s[index]) else { return nil }
        if has("上半年", at: index) || has("下半年", at: index) {
            let first = s[index] == "上" ? 1 : 7
            var end = index + 3
            if has("度", at: end) { end += 1 }
            return make(year) { TimeSpan.months($0, first, first + 5, .half) }.map { Core(pending: $0, end: end) }
        }
        // Quarters.
        var cursor = index
        // 一二季度, 三四季度: two neighbouring quarters.
        if cursor + 3 < s.count, let first = Numerals.digit(s[cursor]), let second = Numerals.digit(s[cursor + 1]),
           (1...3).contains(first), second == first + 1, has("季度", at: cursor + 2), !precededByNumber(cursor) {
            return make(year) { TimeSpan.months($0, 3 * first - 2, 3 * second, .quarter) }.map { Core(pending: $0, end: cursor + 4) }
        }
        // 2020年的后两个月: the last months of a named year.
        if year != nil, has("后", at: cursor), let number = readNumber(at: cursor + 1), (1...11).contains(number.value),
           has("个月", at: number.next) {
            let months = number.value
            return make(year) { TimeSpan.months($0, 13 - months, 12) }.map { Core(pending: $0, end: number.next + 2) }
        }
        var upTo = false, ordinal = false
        if has("前", at: cursor) { upTo = true; cursor += 1 }
        if !upTo, has("第", at: cursor) { cursor += 1; ordinal = true }
        if !upTo, has("首季度", at: cursor) {
            return make(year) { TimeSpan.months($0, 1, 3, .quarter) }.map { Core(pending: $0, end: cursor + 3) }
        }
        if let number = readNumber(at: cursor), (1...4).contains(number.value) || upTo {
            var unit = number.next
            // 第三个季度, 前三个季度; without 第 or 前, 三个季度 is a duration.
            if upTo || ordinal, has("个", at: unit) { unit += 1 }
            if has("季度", at: unit), (1...4).contains(number.value) {
                let quarter = number.value
                let first = upTo ? 1 : 3 * quarter - 2
                // 一季度末, 三季度初: the quarter's last or first month, as 年底 is December.
                if !upTo, let edge = [("末", 3 * quarter), ("底", 3 * quarter), ("初", first)].first(where: { has($0.0, at: unit + 2) }) {
                    return make(year) { TimeSpan.months($0, edge.1, edge.1) }.map { Core(pending: $0, end: unit + 3) }
                }
                return make(year) { TimeSpan.months($0, first, 3 * quarter, .quarter) }.map { Core(pending: $0, end: unit + 2) }
            }
            if upTo, has("月", at: unit), (1...12).contains(number.value), year != nil || atClauseStart(index) {
                let months = number.value
                return make(year) { TimeSpan.months($0, 1, months) }.map { Core(pending: $0, end: unit + 1) }
            }
        }
        if s[index] == "Q" || s[index] == "q", index + 1 < s.count, let digit = Numerals.arabicDigit(s[index + 1]), (1...4).contains(digit),
           index + 2 >= s.count || !isWordScalar(s[index + 2]), index == 0 || !isASCIILetter(s[index - 1]) {
            return make(year) { TimeSpan.months($0, 3 * digit - 2, 3 * digit, .quarter) }.map { Core(pending: $0, end: index + 2) }
        }
        // Parts of the publication month said alone: 月初, 月底, 月末.
        if year == nil, has("月初", at: index) || has("月底", at: index) || has("月末", at: index),
           // (正月初一, 腊月初八: days of a lunar month, no part of the publication month.)
           index == 0 || !(isYearScalar(s[index - 1]) || "个这下正腊冬".unicodeScalars.contains(s[index - 1]) || Numerals.isNumeralScalar(s[index - 1])),
           let (first, last, _) = partOfMonth(at: index + 1),
           let span = TimeSpan.days(published.year, published.month, first, last, .approx) {
            return Core(pending: .fixed(span), end: index + 2)
        }
        // Parts of a year (time-year-parts.txt): 年初 January, 年底/年末 December, 年中 June–July.
        if let part = lexicon.yearParts.longest(at: index, in: s) {
            let (first, last, needsClauseStart) = part.value
            // 2021年初 without 年 repeated: the year before it is read with its part elsewhere.
            if year == nil, index > 0, isYearScalar(s[index - 1]), part.key.hasPrefix("年") { return nil }
            if year == nil, needsClauseStart, !atClauseStart(index), index == 0 || !"在于至到".unicodeScalars.contains(s[index - 1]) { return nil }
            let precision: Event.Precision = needsClauseStart ? .approx : .month
            return make(year) { TimeSpan.months($0, first, last, precision) }.map { Core(pending: $0, end: index + part.length) }
        }
        return nil
    }

    /// “十四五”时期: five-year plans from named-periods.txt.
    private func namedPeriod(at index: Int) -> Core? {
        var cursor = index
        if cursor < s.count, isOpeningQuote(s[cursor]) { cursor += 1 }
        guard let period = lexicon.periods.longest(at: cursor, in: s) else { return nil }
        cursor += period.length
        if cursor < s.count, isClosingQuote(s[cursor]) { cursor += 1 }
        for tail in ["规划期", "时期", "期间", "期"] where has(tail, at: cursor) {
            cursor += tail.unicodeScalars.count
            break
        }
        // “十四五”规划, “十四五”及中长期的发展规划: the plan's name, not a time.
        var look = period.value.precision == .year ? cursor : s.count
        while look < s.count, look - cursor < 24, !Self.planNameStops.contains(s[look]) {
            if has("规划", at: look) { return nil }
            look += 1
        }
        return Core(pending: .fixed(period.value), end: cursor)
    }

    private static let planNameStops = ScalarSet("，,。；;：:")

    /// 双11, “618”, 春节, 国庆假期 from festivals.txt; lunar ones looked up per year.
    private func festival(at index: Int, year: Int?) -> Core? {
        var cursor = index
        if cursor < s.count, isOpeningQuote(s[cursor]) { cursor += 1 }
        guard let hit = lexicon.festivals.longest(at: cursor, in: s) else { return nil }
        let nameStart = cursor
        cursor += hit.length
        if Numerals.arabicDigit(s[nameStart]) != nil {
            // 618 and 3.15 are festivals only as whole tokens, not inside 6180 or 3.15亿.
            if nameStart > 0, isWordScalar(s[nameStart - 1]) || s[nameStart - 1] == "." { return nil }
            if cursor < s.count, isWordScalar(s[cursor]) || Numerals.isNumeralScalar(s[cursor]) || "元%％.个人家次".unicodeScalars.contains(s[cursor]) { return nil }
        }
        if cursor < s.count, isClosingQuote(s[cursor]) { cursor += 1 }
        // 国庆前 in a paragraph about what usually happens names no particular day.
        if year == nil, habitual { return nil }
        var festival = hit.value
        var name = String(scalars: s[nameStart..<nameStart + hit.length])
        // 清明假期…，清明旅游预订量…: after its holiday was named, the festival's name stands for it.
        if festival.days == 1, !["当天", "当日", "当晚"].contains(where: { has($0, at: cursor) }), let anchorName = reference?.festival,
           let anchor = lexicon.festivals.longest(at: 0, in: Array(anchorName.unicodeScalars))?.value,
           anchor.days > 1, Self.sameDay(anchor, festival) {
            festival = anchor
            name = anchorName
        }
        // 清明三天, 国庆七天: the holiday of that many days.
        if let count = readNumber(at: cursor), count.value >= 2, count.value <= 10, has("天", at: count.next) || has("日", at: count.next),
           !["内", "后", "前", "以"].contains(where: { has($0, at: count.next + 1) }),
           let holiday = festival.days > 1 ? festival : holiday(of: name), holiday.days == count.value {
            let holidayName = festival.days > 1 ? name : name + "假期"
            return make(year) { Self.span(of: holiday, in: $0) }
                .map { Core(pending: $0, end: count.next + 1, dayLevel: false, festival: holidayName) }
        }
        // 春节后第二周: the N-th Monday-to-Sunday week after the holiday.
        if has("后第", at: cursor), let count = readNumber(at: cursor + 2), (1...8).contains(count.value), has("周", at: count.next) {
            let holiday = festival.days > 1 ? festival : (holiday(of: name) ?? festival)
            let n = count.value
            return make(year) { year in Self.span(of: holiday, in: year).map { Self.week(n, after: $0) } }
                .map { Core(pending: $0, end: count.next + 1, festival: name) }
        }
        return make(year) { Self.span(of: festival, in: $0) }.map { Core(pending: $0, end: cursor, dayLevel: true, festival: name) }
    }

    /// 节后第二周: the N-th week after the holiday named before, else after the holiday that
    /// ended last before publication (within six weeks).
    private func weekAfterNamedFestival(at index: Int) -> Core? {
        guard has("节后第", at: index), let count = readNumber(at: index + 3), (1...8).contains(count.value), has("周", at: count.next) else { return nil }
        let anchor = reference ?? staleReference
        var span: TimeSpan?
        if let anchor, let name = anchor.festival ?? anchor.periodFestival,
           let festival = lexicon.festivals.longest(at: 0, in: Array(name.unicodeScalars))?.value {
            let holiday = festival.days > 1 ? festival : (holiday(of: name) ?? festival)
            span = Self.span(of: holiday, in: anchor.period?.start.year ?? anchor.start.year)
        } else {
            for entry in lexicon.festivals.words where entry.value.days > 1 {
                for year in [published.year - 1, published.year] {
                    guard let candidate = Self.span(of: entry.value, in: year), candidate.end < published,
                          candidate.end >= published.adding(days: -42) else { continue }
                    if span.map({ candidate.end > $0.end }) ?? true { span = candidate }
                }
            }
        }
        guard let span else { return nil }
        return Core(pending: .fixed(Self.week(count.value, after: span)), end: count.next + 1)
    }

    /// The holiday of a festival (清明 → 清明假期), from festivals.txt.
    private func holiday(of name: String) -> TimeLexicon.Festival? {
        let base = name.hasSuffix("节") ? String(name.dropLast()) : name
        for candidate in [base + "假期", base + "节假期"] {
            if let hit = lexicon.festivals.word(candidate)?.value, hit.days > 1 { return hit }
        }
        return nil
    }

    /// The N-th Monday-to-Sunday week after a span: the first is the week of the first
    /// weekday after it.
    static func week(_ n: Int, after span: TimeSpan) -> TimeSpan {
        var next = span.end.adding(days: 1)
        while next.weekday > 5 { next = next.adding(days: 1) }
        let monday = next.adding(days: 1 - next.weekday + 7 * (n - 1))
        return TimeSpan(start: monday, end: monday.adding(days: 6), precision: .approx)
    }

    /// Whether a holiday (清明假期, 国庆假期) is the holiday of a festival (清明, 国庆).
    static func sameDay(_ holiday: TimeLexicon.Festival, _ festival: TimeLexicon.Festival) -> Bool {
        switch (holiday.fixed, festival.fixed) {
        case (nil, nil): return holiday.lunarName.hasPrefix(festival.lunarName)
        case let (a?, b?): return a.month == b.month && a.day == b.day
        default: return false
        }
    }

    /// The days a festival covers in a year (lunar ones from festival-dates.tsv), or nil.
    static func span(of festival: TimeLexicon.Festival, in year: Int) -> TimeSpan? {
        let date: (month: Int, day: Int, days: Int?)?
        if let fixed = festival.fixed { date = (fixed.month, fixed.day, nil) } else { date = TimeLexicon.shared.festivalDates[festival.lunarName]?[year] }
        guard let date, Day.isValid(year: year, month: date.month, day: date.day) else { return nil }
        let first = Day(year: year, month: date.month, day: date.day)
        return TimeSpan(start: first, end: first.adding(days: (date.days ?? festival.days) - 1), precision: .day)
    }

    /// The festival of an earlier expression (清明假期) in another year: 2019年同期, 去年同期.
    private func festival(of anchor: TimeExpression?, in year: Int) -> TimeSpan? {
        guard let name = anchor?.festival, let festival = lexicon.festivals.longest(at: 0, in: Array(name.unicodeScalars)) else { return nil }
        return Self.span(of: festival.value, in: year)
    }

    private static let weekdayStarts = ScalarSet("星礼周")

    /// 周一, 星期五, 礼拜天: the most recent such day (or the next one when the sentence
    /// speaks of the future).
    private func weekday(at index: Int) -> Core? {
        // Asked at every start of an expression: one scalar rules most out (callgrind).
        guard index < s.count, Self.weekdayStarts.contains(s[index]) else { return nil }
        var cursor = index
        if has("星期", at: cursor) || has("礼拜", at: cursor) {
            cursor += 2
        } else if has("周", at: cursor) {
            // 老周一肚子怨气 / 小周三年前: after a familiar prefix (name-prefixes.txt) 周 is a surname.
            if index > 0, QuoteLexicons.namePrefixes.longest(endingAt: index, in: s)?.fields.first == "surname" { return nil }
            cursor += 1
        } else {
            return nil
        }
        guard cursor < s.count, let weekday = weekdayNumber(s[cursor]) else { return nil }
        if index > 0, s[index - 1] == "每" || Numerals.isNumeralScalar(s[index - 1]) { return nil }
        if cursor + 1 < s.count, s[cursor + 1] == "年" { return nil }
        // 每周的节目播出的周日: in a clause about every week, no particular day.
        var back = index
        while back > 0, index - back < 24, !Self.clauseStops.contains(s[back - 1]) {
            back -= 1
            if has("每周", at: back) || has("每个周", at: back) || has("每星期", at: back) { return nil }
        }
        var day = published.adding(days: -((published.weekday - weekday + 7) % 7))
        if day < published, futureCue(before: index, after: cursor + 1) { day = day.adding(days: 7) }
        return Core(pending: .fixed(.day(day)), end: cursor + 1, dayLevel: true)
    }

    /// 工信部12日表示，将持续整改: a future word inside the statement after a speech cue dates
    /// what was said, not the time words before the cue.
    private func speaksOfFuture(before end: Int) -> Bool {
        guard future else { return false }
        var index = end
        while index < s.count {
            if let verb = QuoteLexicons.speechVerbs.longest(at: index, in: s), index + verb.length < s.count,
               "，,：:".unicodeScalars.contains(s[index + verb.length]) {
                return TimeExpressions.speaksOfFuture(Array(s[..<(index + verb.length)]))
            }
            index += 1
        }
        return true
    }

    /// A weekday is a few days either way of publication, so only a future word that governs
    /// it (将于周五, 计划周五, 周五起) moves it forward; 周三宣布 in a sentence about plans stays past.
    private func futureCue(before start: Int, after end: Int) -> Bool {
        for from in max(0, start - 4)..<start {
            if let hit = lexicon.futureMarkers.longest(at: from, in: s), hit.value, from + hit.length <= start { return true }
        }
        return has("将", at: end) || has("起", at: end)
    }

    /// 2021-09-17, 2021/9/17, 2021.9.17.
    private func numericDate(at index: Int) -> Core? {
        guard let year = readNumber(at: index), year.arabic, year.count == 4, (1900...2099).contains(year.value),
              year.next < s.count else { return nil }
        let separator = s[year.next]
        guard separator == "-" || separator == "/" || separator == "." else { return nil }
        guard let month = readNumber(at: year.next + 1), month.arabic, month.count <= 2,
              month.next < s.count, s[month.next] == separator,
              let day = readNumber(at: month.next + 1), day.arabic, day.count <= 2 else { return nil }
        if day.next < s.count, Numerals.arabicDigit(s[day.next]) != nil || s[day.next] == separator || s[day.next] == "/" || isASCIILetter(s[day.next]) { return nil }
        // Inside a URL or a file name (/news/articles/2022-05-16/…): not a date of the text.
        if index > 0, "/_=-".unicodeScalars.contains(s[index - 1]) || isASCIILetter(s[index - 1]) { return nil }
        guard let span = TimeSpan.days(year.value, month.value, day.value, day.value, .day) else { return nil }
        return Core(pending: .fixed(span), end: day.next, dayLevel: true)
    }

    /// 12.3日, 9.17号: a month and day written with a dot (截止12.3日); never 12.3亿.
    private func dottedMonthDay(at index: Int) -> Core? {
        guard let month = readNumber(at: index), month.arabic, month.count <= 2, (1...12).contains(month.value),
              month.next < s.count, s[month.next] == "." || s[month.next] == "．",
              let day = readNumber(at: month.next + 1), day.arabic, day.count <= 2, day.next < s.count,
              s[day.next] == "日" || s[day.next] == "号" else { return nil }
        let (m, d) = (month.value, day.value)
        return make(nil) { TimeSpan.days($0, m, d, d, .day) }.map { Core(pending: $0, end: day.next + 1, dayLevel: true) }
    }

    /// FY2021, FY21: a fiscal year, placed on the calendar year (as 2021财年 is) since the
    /// article rarely says when its company's fiscal year starts.
    private func fiscalYear(at index: Int) -> Core? {
        guard has("FY", at: index), index == 0 || !isASCIILetter(s[index - 1]) else { return nil }
        let digits = skipSpaces(index + 2)
        guard let number = readNumber(at: digits), number.arabic, number.count == 4 || number.count == 2 else { return nil }
        if number.next < s.count, isWordScalar(s[number.next]) { return nil }
        let year = number.count == 4 ? number.value : nearestCentury(number.value)
        guard (1900...2099).contains(year) else { return nil }
        return Core(pending: .fixed(.year(year)), end: number.next)
    }

    /// 2021年, 2021 年度, 二〇二一年, and 21年 when a month follows. Not 2020年年报.
    private func explicitYear(at index: Int) -> (Int, Int)? {
        guard let number = readNumber(at: index) else { return nil }
        var unit = skipSpaces(number.next)
        // 2022财年: a fiscal year, placed on the calendar year when the article gives no start.
        if has("财年", at: unit) { unit += 1 }
        guard unit < s.count, s[unit] == "年" else { return nil }
        let year: Int
        if number.count == 4, (1900...2099).contains(number.value), number.arabic || isDigitString(index, number.next) {
            year = number.value
        } else if number.count == 2, number.arabic || isDigitString(index, number.next),
                  readNumber(at: skipSpaces(unit + 1)).map({ (1...12).contains($0.value) && has("月", at: skipSpaces($0.next)) }) ?? false
                    || has("底", at: unit + 1) || has("末", at: unit + 1) || has("初", at: unit + 1) || has("尾", at: unit + 1)
                    || twoDigitYearStands(before: index, after: unit + 1) || spelledTwoDigitYear(number, at: index, after: unit + 1) {
            year = nearestCentury(number.value)
        } else {
            return nil
        }
        if index > 0, isASCIILetter(s[index - 1]) { return nil }
        var end = unit + 1
        if has("年报", at: end) || has("报", at: end) || has("年度报告", at: end) || has("度报告", at: end) || has("代", at: end) { return nil }
        if has("度", at: end) { end += 1 }
        return (year, end)
    }

    /// 18年 alone is a year where a time word governs it (在18年, 从97年起, 到25年时) and no
    /// word makes it a duration (在10年内, 到25年后, 从8年前).
    private func twoDigitYearStands(before index: Int, after end: Int) -> Bool {
        let before = skipSpacesBack(index)
        guard before > 0, "在于从自到至".unicodeScalars.contains(s[before - 1]) else { return false }
        if end < s.count, "内来间多里前后左以之半的期".unicodeScalars.contains(s[end]) { return false }
        return true
    }

    /// 九七年, 零八年 written in Chinese digits are years; rising neighbours (八九年, 三五年)
    /// usually count years (8 or 9 years), so they are a year only opening a clause before a comma.
    private func spelledTwoDigitYear(_ number: Number, at index: Int, after end: Int) -> Bool {
        guard !number.arabic, number.count == 2, let tens = Numerals.digit(s[index]), let units = Numerals.digit(s[index + 1]),
              !containsLiang(index, number.next) else { return false }
        if end < s.count, "内来间多里前后左以之半的期".unicodeScalars.contains(s[end]) { return false }
        if units > tens, units - tens <= 2, tens > 0 { return atClauseStart(index) && end < s.count && (s[end] == "，" || s[end] == ",") }
        return tens != 1
    }

    /// A two-digit year in the century nearest the publication year: 97年 in 2024 → 1997, 18年 → 2018.
    private func nearestCentury(_ twoDigits: Int) -> Int {
        let century = published.year / 100 * 100
        return [century - 100, century, century + 100].map { $0 + twoDigits }
            .min { abs($0 - published.year) < abs($1 - published.year) }!
    }

    /// 2021上半年, 2020全年, 2022Q1, 2021 一季度: a year written without 年 before a part of it.
    private func bareYearPeriod(at index: Int) -> Core? {
        guard let number = readNumber(at: index), number.arabic, number.count == 4, (1900...2099).contains(number.value) else { return nil }
        if index > 0, isWordScalar(s[index - 1]) || "./-_=:：".unicodeScalars.contains(s[index - 1]) { return nil }
        let year = number.value
        let at = skipSpaces(number.next)
        guard at < s.count, s[at] != "年" else { return nil }
        if has("全年", at: at) { return Core(pending: .fixed(.year(year)), end: at + 2) }
        for word in ["新年伊始", "伊始"] where has(word, at: at) {
            return Core(pending: .fixed(TimeSpan.months(year, 1, 1)!), end: at + word.unicodeScalars.count)
        }
        if let core = quarterHalfOrPart(at: at, year: year) { return core }
        // 数据显示，2021 全球市场规模达到……: a year opening a clause, set off by a space, before a
        // word that is no unit (not 2021 家企业, 1998 元).
        guard at > number.next, at < s.count, atClauseStart(index), abs(year - published.year) <= 30,
              Marks.isHan(s[at]), !Numerals.isNumeralScalar(s[at]), !"多余几个".unicodeScalars.contains(s[at]),
              FigureLexicon.units.longest(at: at, in: s) == nil else { return nil }
        return Core(pending: .fixed(.year(year)), end: number.next)
    }

    /// 上世纪八九十年代, 20世纪90年代, 80年代初, 1990年代: decades, approximately; a
    /// decade without its century from the thirties on is of the 1900s.
    /// Centuries before decades (上世纪80年代); nil: the publication's.
    private static let centuries: [(String, Int?)] = [("上个世纪", 1900), ("上世纪", 1900), ("二十世纪", 1900), ("20世纪", 1900),
                                                      ("二十一世纪", 2000), ("21世纪", 2000), ("本世纪", nil)]

    private func decades(at index: Int) -> Core? {
        // Every form has 年代 within twenty scalars: most places are ruled out by that alone.
        guard (index..<min(index + 20, s.count - 1)).contains(where: { s[$0] == "年" && s[$0 + 1] == "代" }) else { return nil }
        var cursor = index
        var century: Int?
        for (word, value) in Self.centuries where has(word, at: cursor) {
            century = value ?? published.year / 100 * 100
            cursor += word.unicodeScalars.count
            break
        }
        var decades: [Int] = []
        if let number = readNumber(at: cursor), number.arabic {
            // 80年代, 80、90年代, 1990年代
            var next = number
            while true {
                var value = next.value
                if next.count == 4 { value -= value / 100 * 100; century = century ?? next.value / 100 * 100 }
                guard next.count == 2 || next.count == 4, value % 10 == 0 else { return nil }
                decades.append(value)
                cursor = next.next
                guard has("、", at: cursor), let other = readNumber(at: cursor + 1), other.arabic else { break }
                next = other
            }
        } else {
            // 八十年代, 八九十年代
            var digits: [Int] = []
            while cursor < s.count, let digit = Numerals.digit(s[cursor]), digit > 0, s[cursor] != "两" { digits.append(digit); cursor += 1 }
            guard !digits.isEmpty, has("十", at: cursor) else { return nil }
            cursor += 1
            decades = digits.map { $0 * 10 }
        }
        guard has("年代", at: cursor), !decades.isEmpty else { return nil }
        cursor += 2
        guard let base = century ?? (decades.allSatisfy { $0 >= 30 } ? 1900 : nil) else { return nil }
        var first = base + decades[0], last = base + decades[decades.count - 1] + 9
        for (part, from, to) in [("初期", 0, 3), ("初", 0, 3), ("中期", 4, 6), ("中后期", 5, 9), ("末期", 7, 9), ("末", 7, 9)] where has(part, at: cursor) {
            (first, last) = (base + decades[0] + from, base + decades[decades.count - 1] + to)
            cursor += part.unicodeScalars.count
            break
        }
        return Core(pending: .fixed(TimeSpan(start: TimeSpan.year(first).start, end: TimeSpan.year(last).end, precision: .approx)), end: cursor)
    }

    /// 2019-2022年, 2019至2022年: years written with one 年.
    private func yearRange(at index: Int) -> Core? {
        guard let first = readNumber(at: index), first.arabic, first.count == 4, (1900...2099).contains(first.value),
              first.next < s.count, isConnector(s[first.next]),
              let last = readNumber(at: skipSpaces(afterConnector(first.next))), last.count == 4 && last.arabic || last.count == 2,
              has("年", at: last.next) else { return nil }
        // 1986到88年: the second year in the first one's century (or the next).
        var lastYear = last.value
        if last.count == 2 {
            lastYear += first.value / 100 * 100
            if lastYear <= first.value { lastYear += 100 }
        }
        guard lastYear > first.value, lastYear - first.value <= 50 else { return nil }
        if index > 0, isASCIILetter(s[index - 1]) || "/_=-".unicodeScalars.contains(s[index - 1]) { return nil }
        if has("年报", at: last.next + 1) || has("报", at: last.next + 1) { return nil }
        let end = has("度", at: last.next + 1) ? last.next + 2 : last.next + 1
        var span = TimeSpan(start: TimeSpan.year(first.value).start, end: TimeSpan.year(lastYear).end, precision: .year)
        // 1986到88年5月: up to that month of the last year.
        if let tail = month(at: skipSpaces(end), year: lastYear), case .fixed(let tailSpan) = tail.pending {
            span.end = tailSpan.end
            span.precision = tailSpan.precision
            return Core(pending: .fixed(span), end: tail.end)
        }
        return Core(pending: .fixed(span), end: end)
    }

    /// The index after a connector at `index`; a doubled dash (——, --) is one.
    private func afterConnector(_ index: Int) -> Int {
        let next = index + 1
        if s[index] == "—" || s[index] == "-", next < s.count, s[next] == s[index] { return next + 1 }
        return next
    }

    /// 30日 (a day of the publication month, as in datelines: 据新华社30日消息, or of the month
    /// the text is talking about); 八号 only as the end of a span (3月二号到八号).
    private func dayOnly(at index: Int, inSpan: Bool) -> Core? {
        guard let number = readNumber(at: index), number.arabic || inSpan, number.count <= 2, (1...31).contains(number.value) else { return nil }
        let unit = skipSpaces(number.next)
        guard unit < s.count, s[unit] == "日" || s[unit] == "号" && (inSpan || isDayHao(from: index, unit: unit)) else { return nil }
        if index > 0, "近前后每第个数几多今昨明次翌连号".unicodeScalars.contains(s[index - 1]) { return nil }
        if has("内", at: unit + 1) || has("以内", at: unit + 1) || has("之内", at: unit + 1) { return nil }
        let day = number.value
        return Core(pending: .monthless { TimeSpan.days($0, $1, day, day, .day) }, end: unit + 1, dayLevel: true)
    }

    /// 18号 alone is a day (18号下单，22号收到) only where a date stands: opening a clause or
    /// after 在/于/从/到, and followed by a clause break, 当天/当日, 的, or a time of day —
    /// not 3号楼, 22号提案, 与22号线.
    private func isDayHao(from index: Int, unit: Int) -> Bool {
        let before = skipSpacesBack(index)
        guard atClauseStart(index) || before > 0 && "在于从到至自是".unicodeScalars.contains(s[before - 1]) else { return false }
        let after = unit + 1
        if after >= s.count || "，,。；;、！？".unicodeScalars.contains(s[after]) { return true }
        return has("当天", at: after) || has("当日", at: after) || has("的", at: after) || afterTimeOfDay(after) > after
    }

    /// A count of days, weeks or years before or after: 3天前, 两周前 (one approximate day
    /// before publication), 三年前 (that year), and 两日后, 一周后, 两个月后, 1年后 counted from the date the
    /// text is talking about (from publication only in a sentence about the future).
    private func countedOffset(at index: Int) -> Core? {
        guard let number = readNumber(at: index), number.value > 0, number.value < 100 else { return nil }
        let n = number.value
        if has("天前", at: number.next) || has("周前", at: number.next) {
            guard let base = countingBase(index) else { return nil }
            let days = has("天前", at: number.next) ? n : 7 * n
            return Core(pending: .fixed(.day(base.adding(days: -days), .approx)), end: number.next + 2)
        }
        if has("年前", at: number.next), !has("年前后", at: number.next) {
            return Core(pending: .fixed(.year(published.year - n)), end: number.next + 2)
        }
        // 三个月前: that month, as 两年前 is that year.
        if has("个月前", at: number.next), !has("个月前期", at: number.next), !has("个月前后", at: number.next), n < 12 {
            let months = published.year * 12 + published.month - 1 - n
            guard let span = TimeSpan.months(months / 12, months % 12 + 1, months % 12 + 1) else { return nil }
            return Core(pending: .fixed(span), end: number.next + 3)
        }
        let anchor = reference.flatMap { $0.precision == .approx ? nil : $0 }
        if has("天后", at: number.next) || has("日后", at: number.next) {
            guard let day = anchor.flatMap({ $0.precision == .day ? $0.start : nil }) ?? (future ? published : nil) else { return nil }
            return Core(pending: .fixed(.day(day.adding(days: n))), end: number.next + 2, dayLevel: true)
        }
        // 一周后: about that day; 两个月后: that month, as 三个月前 is. Only opening a clause: after
        // a verb (上线三个月后) the count runs from that action, not from a date.
        if has("周后", at: number.next), atClauseStart(index) {
            guard let day = anchor.flatMap({ $0.precision == .day ? $0.start : nil }) ?? (future ? published : nil) else { return nil }
            return Core(pending: .fixed(.day(day.adding(days: 7 * n), .approx)), end: number.next + 2)
        }
        if has("个月后", at: number.next), n < 12, atClauseStart(index) {
            guard let base = anchor.flatMap({ $0.precision == .day || $0.precision == .month ? $0.start : nil }) ?? (future ? published : nil) else { return nil }
            let months = base.year * 12 + base.month - 1 + n
            guard let span = TimeSpan.months(months / 12, months % 12 + 1, months % 12 + 1) else { return nil }
            return Core(pending: .fixed(span), end: number.next + 3)
        }
        if has("年后", at: number.next) {
            guard let year = anchor.map({ $0.start.year }) ?? (future ? published.year : nil) else { return nil }
            return Core(pending: .fixed(.year(year + n)), end: number.next + 2)
        }
        return nil
    }

    // MARK: - Scalar helpers

    struct Number {
        var value: Int
        var next: Int
        var arabic: Bool
        var count: Int
    }

    /// Arabic digits, or a short run of Chinese numerals (九, 十七, 二〇二一).
    private func readNumber(at index: Int) -> Number? {
        var cursor = index
        var value = 0
        while cursor < s.count, let digit = Numerals.arabicDigit(s[cursor]) {
            value = value * 10 + digit
            cursor += 1
            if cursor - index > 4 { return nil }
        }
        if cursor > index {
            if cursor < s.count, Numerals.arabicDigit(s[cursor]) != nil { return nil }
            return Number(value: value, next: cursor, arabic: true, count: cursor - index)
        }
        while cursor < s.count, cursor - index < 4, Numerals.digit(s[cursor]) != nil || s[cursor] == "十" || s[cursor] == "廿" || s[cursor] == "卅" {
            cursor += 1
        }
        guard cursor > index else { return nil }
        // A digit string (一, 二〇二一) is read here; with 十 廿 卅 it takes Numerals' full reading.
        if s[index..<cursor].allSatisfy({ Numerals.digit($0) != nil }) {
            let value = s[index..<cursor].reduce(0) { $0 * 10 + Numerals.digit($1)! }
            return Number(value: value, next: cursor, arabic: false, count: cursor - index)
        }
        guard let decimal = Numerals.value(of: String(scalars: s[index..<cursor])) else { return nil }
        return Number(value: NSDecimalNumber(decimal: decimal).intValue, next: cursor, arabic: false, count: cursor - index)
    }

    private func isDigitString(_ from: Int, _ to: Int) -> Bool {
        s[from..<to].allSatisfy { Numerals.digit($0) != nil }
    }

    private func containsLiang(_ from: Int, _ to: Int) -> Bool {
        s[from..<to].contains("两")
    }

    /// Counters before 次 (首次日活跃用户, 两次日常检查) make it a classifier, not 次日; 最近 after
    /// 离 or 距 in its clause (离目的地最近的路线) means nearest, not recently.
    private static let counterBeforeCi = ScalarSet("首多几每这该此屡数一二两三四五六七八九十")
    private func readsOtherwise(_ word: String, at index: Int) -> Bool {
        // 以前一天能卖两百单: the time word's first scalar ends a word before it (以前 + 一天).
        if index > 0, let length = context(.wordEnd, endingAt: index + 1), length > 1 { return true }
        if word.hasPrefix("次"), index > 0, Self.counterBeforeCi.contains(s[index - 1]) || Numerals.arabicDigit(s[index - 1]) != nil { return true }
        if word == "最近" {
            var back = index
            while back > 0, !"，,。；;：:！？!?".unicodeScalars.contains(s[back - 1]) {
                back -= 1
                if s[back] == "离" || s[back] == "距" { return true }
            }
        }
        return false
    }

    private func precededByNumber(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = s[index - 1]
        return Numerals.arabicDigit(previous) != nil || previous == "." || previous == "．" || previous == "第"
            || (Numerals.digit(previous) != nil || previous == "十") && Numerals.isNumeralScalar(s[index])
    }

    private func weekdayNumber(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "日", "天": return 7
        default: return nil
        }
    }

    /// 上午, 晚间, 9时30分 … after a day.
    private func afterTimeOfDay(_ start: Int) -> Int {
        var cursor = start
        if let part = lexicon.dayParts.longest(at: cursor, in: s) { cursor += part.length }
        if let hour = readNumber(at: cursor), hour.value <= 24, has("时", at: hour.next) || has("点", at: hour.next) {
            cursor = hour.next + 1
            if let minute = readNumber(at: cursor), minute.value < 60, has("分", at: minute.next) { cursor = minute.next + 1 }
            else if has("半", at: cursor) { cursor += 1 }
        }
        return cursor
    }

    private func atClauseStart(_ index: Int) -> Bool {
        let before = skipSpacesBack(index)
        return before == 0 || Self.clauseOpeners.contains(s[before - 1])
    }

    // Read by scalar at every candidate: sets, not a String's scalars walked per test.
    private static let clauseOpeners = ScalarSet("，,。；;：:、（(“「")
    private static let connectors = ScalarSet("至到-—–－~～")
    private static let openingQuotes = ScalarSet("“「『‘\"")
    private static let closingQuotes = ScalarSet("”」』’\"")
    private static let yearWordScalars = ScalarSet("今去明前后当同次上本")

    private func has(_ word: String, at index: Int) -> Bool {
        var cursor = index
        for scalar in word.unicodeScalars {
            guard cursor < s.count, s[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    private func endsWith(_ word: String, at end: Int) -> Bool {
        let length = word.unicodeScalars.count
        return end >= length && has(word, at: end - length)
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{2009}" || scalar == "\u{202F}"
    }

    private func skipSpaces(_ index: Int) -> Int {
        var cursor = index
        while cursor < s.count, isSpace(s[cursor]) { cursor += 1 }
        return cursor
    }

    private func skipSpacesBack(_ index: Int) -> Int {
        var cursor = index
        while cursor > 0, isSpace(s[cursor - 1]) { cursor -= 1 }
        return cursor
    }

    private func isConnector(_ scalar: Unicode.Scalar) -> Bool { Self.connectors.contains(scalar) }

    private func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool { Self.openingQuotes.contains(scalar) }
    private func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool { Self.closingQuotes.contains(scalar) }

    private func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || Numerals.arabicDigit(scalar) != nil
    }

    private func isYearScalar(_ scalar: Unicode.Scalar) -> Bool {
        Numerals.arabicDigit(scalar) != nil || Numerals.digit(scalar) != nil || Self.yearWordScalars.contains(scalar)
    }
}
