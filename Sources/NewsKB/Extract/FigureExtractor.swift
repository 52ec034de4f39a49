import Foundation

/// Quantities with value, unit and qualifier (GUIDE "figures"): numbers found by
/// `NumberScanner`, then read together with the words around them — units, currencies,
/// qualifier words, ranges — and dropped when the words show a date, duration, ordinal or
/// identifier.
public enum FigureExtractor {
    public static func extract(_ article: Article, quotes: [Quote]) -> [Figure] {
        var figures: [Figure] = []
        let quoteTexts = quotes.map { SearchableText($0.text) }
        for (index, block) in article.blocks.enumerated() {
            let scalars = block.scalars
            for found in scan(scalars, paragraph: index) {
                var figure = found.figure
                figure.speaker = speaker(of: found, in: scalars, paragraph: index, quotes: quotes, quoteTexts: quoteTexts)
                figures.append(figure)
            }
        }
        return figures
    }

    /// The figures of one paragraph of text.
    public static func figures(inText text: String, paragraph: Int = 0) -> [Figure] {
        scan(Array(text.unicodeScalars), paragraph: paragraph).map(\.figure)
    }

    struct Found {
        var figure: Figure
        var start: Int
        var end: Int
    }

    static let clauseBreaks: ScalarSet = ["，", "。", "；", "！", "？", "：", ",", ";", "!", "?", "、", "\n", "（", "）", "(", ")"]
    static let rangeSeparators: ScalarSet = ["至", "到", "-", "~", "～", "—", "－", "–", "〜"]
    static let percentOf = Array("百分之".unicodeScalars)
    static let permilleOf = Array("千分之".unicodeScalars)
    static let fractionOf = Array("分之".unicodeScalars)
    static let minusSigns: ScalarSet = ["-", "－", "−"]

    /// Whether digits with at most one decimal point start at `start` and no version or date
    /// separator follows them (1.5亿 of 1.2-1.5亿; not 1.2-3.4.5).
    static func plainNumberFollows(_ s: [Unicode.Scalar], after start: Int) -> Bool {
        var index = start, points = 0
        while index < s.count, Numerals.arabicDigit(s[index]) != nil || s[index] == "." && points == 0 {
            if s[index] == "." { points += 1 }
            index += 1
        }
        guard index > start, s[index - 1] != "." else { return false }
        return index == s.count || !["-", "/", ":", "："].contains(s[index]) && s[index] != "."
    }
    static let openQuotes: ScalarSet = ["“", "「", "‘", "\""]
    static let closeQuotes: ScalarSet = ["”", "」", "’", "\""]

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    /// Offsets inside 《…》 titles, where numbers are part of a name.
    static func titleMask(_ s: [Unicode.Scalar]) -> [Bool] {
        var mask = [Bool](repeating: false, count: s.count)
        var depth = 0
        for (i, scalar) in s.enumerated() {
            if scalar == "《" { depth += 1 }
            if depth > 0 { mask[i] = true }
            if scalar == "》" { depth = max(0, depth - 1) }
        }
        return mask
    }

    static func text(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: s[range])
    }

    /// The range less leading and trailing `Trimming.isWhitespace` scalars: trimming before
    /// building the string gives what `trimmingCharacters(in: .whitespaces)` gave after.
    static func trimmed(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Trimming.isWhitespace(s[start]) { start += 1 }
        while end > start, Trimming.isWhitespace(s[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The figures of one paragraph, read on its folded view (figure-folds.txt: 萬 as 万, ０ as 0)
    /// with each figure's text and subject copied from the original spelling.
    static func scan(_ original: [Unicode.Scalar], paragraph: Int) -> [Found] {
        guard let folded = FigureLexicon.folds.apply(original) else { return scanFolded(original, paragraph: paragraph) }
        return scanFolded(folded, paragraph: paragraph).map { found in
            var found = found
            found.figure.text = text(original, trimmed(original, found.start..<found.end))
            found.figure.subject = originalSpelling(of: found.figure.subject, figure: found.start, found.end, folded: folded,
                                                         original: original)
            return found
        }
    }

    /// The original text of a phrase found in the folded view: its occurrence nearest the figure
    /// at `start..<end`. The subject lies in the clause before or right after the figure, so only
    /// a bounded window is searched (the scan stays linear).
    static func originalSpelling(of phrase: String, figure start: Int, _ end: Int, folded: [Unicode.Scalar],
                                 original: [Unicode.Scalar]) -> String {
        let needle = Array(phrase.unicodeScalars)
        let low = max(0, start - 80)
        let high = min(folded.count, end + 16)
        guard !needle.isEmpty, needle.count <= high - low else { return phrase }
        var best: Int?
        for at in low...(high - needle.count) where folded[at] == needle[0]
            && folded[at..<(at + needle.count)].elementsEqual(needle) {
            if best.map({ abs($0 - start) > abs(at - start) }) ?? true { best = at }
        }
        guard let best else { return phrase }
        return text(original, best..<(best + needle.count))
    }

    static func scanFolded(_ s: [Unicode.Scalar], paragraph: Int) -> [Found] {
        var found: [Found] = []
        let mask = titleMask(s)
        var i = 0
        while i < s.count {
            if mask[i] { i += 1; continue }
            if let word = FigureLexicon.words.longest(at: i, in: s), word.fields.count >= 3,
               let value = Decimal(string: word.fields[0]) {
                var start = i
                var end = i + word.length
                var qualifier = Figure.Qualifier(rawValue: word.fields[2]) ?? .exact
                // 成百上千, 数以亿计: a span of magnitudes, counting the noun after it (成百上千家).
                let high = word.fields.count > 3 ? Decimal(string: word.fields[3]) ?? value : value
                var unit = word.fields[1]
                // 过亿元, 成百上千家: a magnitude counts the unit after it.
                if word.fields.count > 3 || value >= 100, unit.isEmpty, let counted = FigureLexicon.units.longest(at: end, in: s) {
                    unit = counted.fields[0]
                    end += counted.length
                }
                if let written = writtenQualifier(s, start: &start, end: &end) { qualifier = written }
                found.append(make(s, start: start, end: end, numberStart: i, low: value, high: high, unit: unit,
                                  qualifier: qualifier, paragraph: paragraph))
                i = end
                continue
            }
            // Only 百分之 and 千分之 can start one: asked at every other scalar, an empty `Found?`
            // result was copied out each time (2.5% of extraction).
            if s[i] == "百" || s[i] == "千", let percent = scanPercentWords(s, at: i, paragraph: paragraph) {
                found.append(percent)
                i = percent.end
                continue
            }
            guard let number = NumberScanner.scan(s, at: i) else { i += 1; continue }
            if var figure = figure(s, number: number, paragraph: paragraph) {
                if let previous = found.last {
                    inheritChange(&figure, from: previous, in: s)
                    inheritSubject(&figure, from: previous, in: s)
                }
                if let last = found.indices.last { shareQualifier(&found[last], with: figure, in: s) }
                found.append(figure)
                i = max(figure.end, i + 1)
            } else {
                i = max(number.end, i + 1)
            }
        }
        return found
    }

    private static let changeListJoiners: ScalarSet = ["、", "和", "及", "与", " ", "，", ","]

    /// 同比分别增长60.4%、80.6%和146.5%: a list after one growth word shares its direction.
    static func inheritChange(_ figure: inout Found, from previous: Found, in s: [Unicode.Scalar]) {
        guard figure.figure.direction.isEmpty, !previous.figure.direction.isEmpty, previous.end <= figure.start,
              figure.start - previous.end <= 3 else { return }
        guard s[previous.end..<figure.start].allSatisfy({ changeListJoiners.contains($0) }) else { return }
        figure.figure.direction = previous.figure.direction
        figure.figure.basis = previous.figure.basis
        figure.figure.subject = previous.figure.subject
    }

    /// 用户突破3亿，较年初净增2400万 / 人数翻了一番，达到40余万人: a clause whose subject is only a
    /// baseline (较年初) or a linking word (达到) measures what the sentence's previous figure does.
    static func inheritSubject(_ figure: inout Found, from previous: Found, in s: [Unicode.Scalar]) {
        // The previous figure closes the clause right before this one (a few scalars such as 大关 between).
        guard previous.end <= figure.start else { return }
        let between = s[previous.end..<figure.start]
        guard let comma = between.firstIndex(where: clauseBreaks.contains), comma - previous.end <= 3, s[comma] == "，" || s[comma] == ",",
              !between[(comma + 1)...].contains(where: clauseBreaks.contains) else { return }
        let subject = figure.figure.subject, measured = previous.figure.subject
        guard subjectTrailers.contains(subject) || baselineOpeners.contains(where: subject.hasPrefix), !measured.isEmpty,
              !subjectTrailers.contains(measured), !measured.unicodeScalars.contains(where: { Numerals.arabicDigit($0) != nil }) else { return }
        figure.figure.subject = measured
    }
    private static let baselineOpeners = ["较", "比", "相比", "相较"]

    /// 1亿元人民币或1000万美元以上: alternatives share the qualifier written after the last one.
    static func shareQualifier(_ previous: inout Found, with next: Found, in s: [Unicode.Scalar]) {
        guard previous.figure.qualifier == .exact, next.figure.qualifier == .over || next.figure.qualifier == .under,
              previous.end <= next.start, next.start - previous.end <= 2 else { return }
        let between = text(s, trimmed(s, previous.end..<next.start))
        guard ["或", "或者", "、"].contains(between) else { return }
        let nextText = next.figure.text
        guard FigureLexicon.qualifiersAfter.longest(endingAt: nextText.unicodeScalars.count, in: Array(nextText.unicodeScalars)) != nil
        else { return }
        previous.figure.qualifier = next.figure.qualifier
    }

    /// 百分之五 → 5 %, 千分之三 → 3 ‰.
    static func scanPercentWords(_ s: [Unicode.Scalar], at i: Int, paragraph: Int) -> Found? {
        let unit: String
        if NumberScanner.matches(s, i, percentOf) {
            unit = "%"
        } else if NumberScanner.matches(s, i, permilleOf) {
            unit = "‰"
        } else {
            return nil
        }
        // 百分之十几 / 百分之二十多: a vague count of percent is a range like any other.
        guard let number = NumberScanner.scan(s, at: i + 3) else { return nil }
        var start = i
        var end = number.end
        let qualifier = writtenQualifier(s, start: &start, end: &end) ?? Figure.Qualifier(number.vagueness)
        return make(s, start: start, end: end, numberStart: i, low: number.low, high: number.high, unit: unit,
                    qualifier: qualifier, paragraph: paragraph)
    }

    /// The qualifier words right before `start` (约, 超过) or right after `end` (左右, 以上), the
    /// later one deciding, each taken into the span; else one a few scalars before (约有三分之二).
    static func writtenQualifier(_ s: [Unicode.Scalar], start: inout Int, end: inout Int) -> Figure.Qualifier? {
        var qualifier: Figure.Qualifier?
        if let before = FigureLexicon.qualifierBefore(endingAt: start, in: s), let q = Figure.Qualifier(rawValue: before.fields[0]) {
            qualifier = q
            start -= before.length
        }
        if let after = FigureLexicon.qualifiersAfter.longest(at: end, in: s), let q = Figure.Qualifier(rawValue: after.fields[0]) {
            qualifier = q
            end += after.length
        }
        return qualifier ?? looseQualifier(s, before: start)
    }

    /// Index after one optional space.
    static func skipSpace(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        i < s.count && (s[i] == " " || s[i] == "\u{00A0}") ? i + 1 : i
    }

    struct UnitMatch {
        var unit: String
        var end: Int
        /// count | currency | percent | ratio (figure-units.txt).
        var kind: String = ""
    }

    enum Follower {
        case unit(UnitMatch)
        case notAFigure
        case nothing
    }

    /// What follows a number: a unit, a word showing it is no figure (年, 个月, 岁), or nothing.
    static func follower(_ s: [Unicode.Scalar], after end: Int, scaled: Bool) -> Follower {
        let at = skipSpace(s, end)
        guard at < s.count else { return .nothing }
        if isASCIILetter(s[at]) && at == end {
            // 5G, 4K, 000001.SZ: an identifier unless a unit such as GB follows.
            if let unit = FigureLexicon.units.longest(at: at, in: s),
               at + unit.length >= s.count || !isASCIILetter(s[at + unit.length]) {
                return .unit(UnitMatch(unit: unit.fields[0], end: at + unit.length))
            }
            return .notAFigure
        }
        var unit = FigureLexicon.units.longest(at: at, in: s)
        if let blocker = FigureLexicon.unitBlockers.longest(at: at, in: s), blocker.length > (unit?.length ?? 0) {
            unit = nil // 10亿股权: 股 does not count here
        }
        let stop = scaled ? nil : FigureLexicon.notAfter.longest(at: at, in: s)
        if let stop, stop.length >= (unit?.length ?? 0) { return .notAFigure }
        if let unit {
            if unit.fields[0] == "成", at + 1 < s.count, ["为", "立", "本", "功", "交", "长", "员", "果", "绩", "熟", "型", "效", "都", "年"].contains(s[at + 1]) {
                return .nothing
            }
            // 前十位, 从132位上升到121位: 位 after 前, after 从/到/至 with no noun after it, or before a
            // move up or down, is a rank, not a count of people (专家有三位 counts).
            if unit.fields[0] == "位", isRank(s, number: end, after: at + unit.length) { return .notAFigure }
            return .unit(UnitMatch(unit: unit.fields[0], end: at + unit.length, kind: unit.fields.count > 1 ? unit.fields[1] : ""))
        }
        return .nothing
    }

    private static func isRank(_ s: [Unicode.Scalar], number end: Int, after unitEnd: Int) -> Bool {
        if rankMoves.contains(where: { s[unitEnd...].starts(with: $0) }) { return true }
        var start = end
        while start > 0, Numerals.arabicDigit(s[start - 1]) != nil || Numerals.isNumeralScalar(s[start - 1]) || s[start - 1] == " " { start -= 1 }
        guard start > 0 else { return false }
        // 排名前十位的企业: the top places of a ranking, whatever follows.
        if s[start - 1] == "前" { return true }
        return rankLeads.contains(s[start - 1]) && (unitEnd >= s.count || clauseBreaks.contains(s[unitEnd]))
    }
    private static let rankLeads: ScalarSet = ["从", "到", "至"]
    private static let rankMoves = ["上升", "下降", "提升", "跃升", "升至", "降至", "下滑"].map { Array($0.unicodeScalars) }

    /// 12k左右, 25w上下, 700w份: a Latin scale letter after Arabic digits (figure-suffix-scales), only
    /// where a unit or a qualifier follows the letter, so 4K屏 and 65W快充 stay identifiers.
    static func withSuffixScale(_ number: NumberSpan, in s: [Unicode.Scalar]) -> NumberSpan {
        guard !number.isChinese, number.scale == 1, number.end < s.count,
              let suffix = FigureLexicon.suffixScales.longest(at: number.end, in: s),
              let factor = Decimal(string: suffix.fields[0]) else { return number }
        let after = number.end + suffix.length
        guard after < s.count, !isASCIILetter(s[after]), Numerals.arabicDigit(s[after]) == nil,
              FigureLexicon.units.longest(at: after, in: s) != nil || FigureLexicon.qualifiersAfter.longest(at: after, in: s) != nil
        else { return number }
        var scaled = number
        scaled.low *= factor
        scaled.high *= factor
        scaled.scale = factor
        scaled.end = after
        return scaled
    }

    /// 二十块五毛 → 0.5, 三角五分钱 → 0.35, 6块6 → 0.6: the jiao (角, 毛) and fen (分) after a yuan
    /// amount, and the scalar offset after them; nil when none follow.
    static func smallChange(_ s: [Unicode.Scalar], after end: Int) -> (Decimal, Int)? {
        func digit(_ k: Int) -> Int? { k < s.count ? Numerals.digit(s[k]) ?? Numerals.arabicDigit(s[k]) : nil }
        var j = end
        var total: Decimal = 0
        if let d = digit(j), d > 0, j + 1 < s.count, s[j + 1] == "毛" || s[j + 1] == "角" {
            total += Decimal(d) / 10
            j += 2
        }
        if let d = digit(j), d > 0, j + 1 < s.count, s[j + 1] == "分", !(j + 2 < s.count && s[j + 2] == "钟") {
            total += Decimal(d) / 100
            j += 2
        }
        if j == end, end > 0, s[end - 1] == "块", let d = digit(j), d > 0,
           j + 1 == s.count || clauseBreaks.contains(s[j + 1]) || s[j + 1] == "的" || s[j + 1] == "钱" {
            total += Decimal(d) / 10 // 6块6: the spoken price leaves out 毛
            j += 1
        }
        guard j > end else { return nil }
        if j < s.count, s[j] == "钱" { j += 1 }
        return (total, j)
    }

    /// 社会影响力：87.5 / 总分466.2 / 评分为8.7: a bare number right after a score word
    /// (figure-score-heads.txt), a colon or 为 between allowed.
    static func isScore(_ s: [Unicode.Scalar], numberStart: Int) -> Bool {
        var end = numberStart
        while end > 0, s[end - 1] == " " { end -= 1 }
        if end > 0, s[end - 1] == "：" || s[end - 1] == ":" || s[end - 1] == "为" { end -= 1 }
        return FigureLexicon.scoreHeads.longest(endingAt: end, in: s) != nil
    }

    static func figure(_ s: [Unicode.Scalar], number bare: NumberSpan, paragraph: Int) -> Found? {
        let first = withSuffixScale(bare, in: s)
        let suffixScaled = first.scale != bare.scale
        var numberStart = first.start
        var low = first.low
        var high = first.high
        var vagueness = first.vagueness
        var scale = first.scale

        // Ordinals and identifiers: 第三, 双11, Win11.
        let isLoneOne = first.isChinese && first.end == numberStart + 1 && s[numberStart] == "一"
        if let word = FigureLexicon.notBefore.longest(endingAt: numberStart, in: s),
           word.fields.count < 3 || word.fields[2] != "one" || isLoneOne { return nil }
        // 大陆市场, 队伍: a financial numeral alone is a word; as a number it comes in a run (壹佰万元).
        if first.isChinese, first.end == numberStart + 1, Numerals.isFinancial(s[numberStart]) { return nil }
        // A Chinese digit string (壹捌壹零, 二〇二一) is a name or a year, not a count.
        if first.isChinese, first.end - numberStart >= 2, first.vagueness == .none,
           s[numberStart..<first.end].allSatisfy({ Numerals.digit($0) != nil }) { return nil }
        // Win11, A1: Latin letters glued to digits name a thing; a Chinese numeral after them (GDP三分之一) counts.
        if numberStart > 0, !first.isChinese, isASCIILetter(s[numberStart - 1]) || s[numberStart - 1] == "." { return nil }
        // 千万不要 is an adverb, but after a qualifier (近千万, 约十分钟) or before a currency
        // (千万元以上) the word is a number.
        if first.isChinese, FigureLexicon.notWhole.longest(at: numberStart, in: s) != nil,
           FigureLexicon.qualifierBefore(endingAt: numberStart, in: s) == nil,
           FigureLexicon.units.longest(at: first.end, in: s)?.fields.dropFirst().first != "currency" { return nil }
        if first.isChinese, numberStart > 0, openQuotes.contains(s[numberStart - 1]),
           let close = s[numberStart...].prefix(10).firstIndex(where: { closeQuotes.contains($0) }), close - numberStart <= 8 {
            return nil // “两个毫不动摇”: a slogan
        }
        // A version, a time or a date: 1.2.3, 10:30, 2021-12-06, 2021/12/06.
        if first.end + 1 < s.count, first.scale == 1, [".", ":", "：", "/", "-", "．"].contains(s[first.end]),
           Numerals.arabicDigit(s[first.end + 1]) != nil, !first.isChinese {
            if s[first.end] == "/" {
                return fraction(s, first, paragraph: paragraph)
            }
            // 1.2-1.5亿元: a decimal before a dash opens a range when one plain number follows it.
            if s[first.end] != "-" || first.low >= 1000 || first.low != first.low.rounded0 && !plainNumberFollows(s, after: first.end + 1) { return nil }
        }
        if first.isChinese, NumberScanner.matches(s, first.end, fractionOf) {
            return chineseFraction(s, first, paragraph: paragraph)
        }

        var end = first.end
        var unit: String?
        var digitRange = false
        // 年薪七位数, 6 位数的订阅量: a number of digits is the range of numbers that long.
        if let digitsEnd = digitCountEnd(s, after: end), scale == 1, vagueness == .none, low == high, low == low.rounded0, (1...15).contains(low) {
            let power = pow(Decimal(10), Int(truncating: low as NSDecimalNumber) - 1)
            low = power
            high = power * 10 - 1
            unit = ""
            end = digitsEnd
            vagueness = .approx
            digitRange = true
        }
        switch unit == nil ? follower(s, after: end, scaled: scale != 1) : .nothing {
        case .notAFigure: return nil
        case .unit(let match):
            if match.kind == "count", isDiscourseCount(s, first, classifierEnd: match.end) { return nil }
            unit = match.unit; end = match.end
        case .nothing: break
        }
        if unit == "元", scale == 1, vagueness == .none, let (change, changeEnd) = smallChange(s, after: end) {
            low += change
            high += change
            end = changeEnd
        }
        // 一倍多, 1.5倍多: 多 after the unit is still "a little over".
        if unit == "倍", vagueness == .none, end < s.count, NumberScanner.vagueOver.contains(s[end]) {
            high = low + NumberScanner.lastDigitStep(low.description)
            vagueness = .over
            end += 1
        }

        // A range: 3000亿元至7000亿元, 3至5亿元, 20-50亿元, 3-5%.
        var isRange = vagueness == .range
        var afterFirst = skipSpace(s, end)
        // 2万(含)-8万元: "inclusive" between the low end and the dash.
        if afterFirst + 3 < s.count, s[afterFirst] == "(" || s[afterFirst] == "（", s[afterFirst + 1] == "含",
           s[afterFirst + 2] == ")" || s[afterFirst + 2] == "）", rangeSeparators.contains(s[afterFirst + 3]) {
            afterFirst += 3
        }
        if afterFirst < s.count, rangeSeparators.contains(s[afterFirst]) {
            // A doubled dash (——, --) is one separator.
            var separatorEnd = afterFirst + 1
            if separatorEnd < s.count, s[separatorEnd] == s[afterFirst], s[afterFirst] == "—" || s[afterFirst] == "-" { separatorEnd += 1 }
            let secondStart = skipSpace(s, separatorEnd)
            if let second = NumberScanner.scan(s, at: secondStart).map({ withSuffixScale($0, in: s) }),
               second.vagueness == .none || second.vagueness == .over,
               second.isChinese == first.isChinese {
                var secondEnd = second.end
                var secondUnit: String?
                var rejected = false
                switch follower(s, after: secondEnd, scaled: second.scale != 1) {
                case .notAFigure: rejected = true
                case .unit(let match): secondUnit = match.unit; secondEnd = match.end
                case .nothing: break
                }
                if rejected {
                    return nil // 1-10月, 2020-2021年: dates
                }
                var rangeLow = low
                if scale == 1 && unit == nil {
                    rangeLow = low * rangeScale(s, first: first, second: second)
                    // 从6000到2万: the low end is written in full.
                    if rangeLow >= second.high && low < second.high { rangeLow = low }
                }
                let unitsAgree = unit == nil || secondUnit == nil || unit == secondUnit
                if unitsAgree && rangeLow < second.high && (unit != nil || secondUnit != nil || second.scale != 1 || scale != 1) {
                    low = rangeLow
                    high = second.high
                    scale = second.scale
                    unit = secondUnit ?? unit
                    end = secondEnd
                    isRange = true
                    vagueness = .none
                }
            }
        }

        // A negative value: -7.3%.
        if numberStart > 0, minusSigns.contains(s[numberStart - 1]), !first.isChinese,
           numberStart == 1 || !(Numerals.arabicDigit(s[numberStart - 2]) != nil || isASCIILetter(s[numberStart - 2])
                                 || rangeSeparators.contains(s[numberStart - 2])) {
            numberStart -= 1
            low = -low
            high = -high
            if low > high { swap(&low, &high) }
        }

        // A currency before the number: 人民币5亿元, 港币两千元.
        var start = numberStart
        if let prefix = FigureLexicon.currencyPrefixes.longest(endingAt: numberStart, in: s) {
            start -= prefix.length
            // 港币两千元: the generic 元 after the number takes the currency named before it.
            if unit == nil || unit == "元" { unit = prefix.fields[0] }
        }

        guard let unit = unit ?? (scale >= 10_000 || suffixScaled || isScore(s, numberStart: numberStart) ? "" : nil) else { return nil }

        // Qualifier words: before (part of the text), after, or loose a few characters before.
        var qualifier: Figure.Qualifier?
        let beforeAt = start > 0 && s[start - 1] == " " ? start - 1 : start
        if let before = FigureLexicon.qualifierBefore(endingAt: beforeAt, in: s),
           !(before.length == 1 && beforeAt > 1 && s[beforeAt - 2] == "最") {
            qualifier = Figure.Qualifier(rawValue: before.fields[0])
            start = beforeAt - before.length
        }
        if s.indices.contains(end), s[end] == "/", end + 1 < s.count, !clauseBreaks.contains(s[end + 1]),
           Numerals.arabicDigit(s[end + 1]) == nil {
            end += 2 // 16元/杯: a price per unit keeps the currency
        }
        if let after = FigureLexicon.qualifiersAfter.longest(at: end, in: s) {
            qualifier = Figure.Qualifier(rawValue: after.fields[0])
            end += after.length
        }
        if qualifier == nil, let loose = looseQualifier(s, before: start) {
            qualifier = loose
        }

        let resolved: Figure.Qualifier
        if isRange {
            resolved = .range
        } else if let qualifier {
            resolved = qualifier
        } else {
            resolved = Figure.Qualifier(vagueness)
        }
        // 突破6位数: past the smallest number of that length.
        if digitRange, resolved == .over { high = low }
        return make(s, start: start, end: end, numberStart: numberStart, low: low, high: high, unit: unit,
                    qualifier: resolved, paragraph: paragraph)
    }

    private static let digitCount = Array("位数".unicodeScalars)
    /// The end of `位数` right after the number (a space between allowed); not in 6位数字 (a code's length).
    static func digitCountEnd(_ s: [Unicode.Scalar], after end: Int) -> Int? {
        let at = skipSpace(s, end)
        let stop = at + digitCount.count
        guard stop <= s.count, s[at..<stop].elementsEqual(digitCount), stop == s.count || s[stop] != "字" else { return nil }
        return stop
    }

    /// A count that is no quantity but part of how the article talks (GUIDE "figures"):
    /// `一` + classifier used as an indefinite article (一套方案, 一家公司表示), unless the one
    /// matters — a focus word before it (只有一颗), another count with the same classifier
    /// beside it (三位……，一位……), or nothing counted after it (可报名一次。); and a small count
    /// in Chinese numerals that lists the article's own points or kinds (三种技术流派, 两个问题).
    static func isDiscourseCount(_ s: [Unicode.Scalar], _ number: NumberSpan, classifierEnd: Int) -> Bool {
        guard number.isChinese, number.vagueness == .none, number.scale == 1 else { return false }
        let classifier = s[number.end..<classifierEnd]
        if number.end == number.start + 1, s[number.start] == "一" {
            return !countOfOneMatters(s, number, classifierEnd: classifierEnd)
        }
        guard number.low >= 2, number.low <= 10 else { return false }
        if let word = FigureLexicon.enumerations.word(classifier), word.fields.first == "classifier" { return true }
        return enumeratedNoun(s, after: classifierEnd)
    }

    /// 只有一颗, 仅有的一家, 没有一款: a word before the one (figure-one-counts.txt, `before`) in the
    /// same clause; 三位……一位: the same classifier after another number in the sentence; 一只。,
    /// 报名一次。, 一台予以没收: the count ends its phrase (a clause break or an `after` word).
    static func countOfOneMatters(_ s: [Unicode.Scalar], _ number: NumberSpan, classifierEnd: Int) -> Bool {
        if classifierEnd == s.count || clauseBreaks.contains(s[classifierEnd]) || s[classifierEnd] == "+" { return true }
        if FigureLexicon.oneCountsAfter.longest(at: classifierEnd, in: s) != nil { return true }
        // 三省一市, 两区一县: a one joined to another count right before it is counted with it
        // (not in 一单一单, where one repeats).
        if let unit = FigureLexicon.units.longest(endingAt: number.start, in: s), unit.fields.dropFirst().first == "count",
           number.start - unit.length >= 1, case let before = s[number.start - unit.length - 1],
           Numerals.isNumeralScalar(before), before != "一" { return true }
        var k = number.start
        while k > max(0, number.start - 8), !clauseBreaks.contains(s[k - 1]) {
            // 只是一个数字, 仅仅是一种: with 是 the word no longer stresses the number.
            if FigureLexicon.oneCountsBefore.longest(endingAt: k, in: s) != nil, s[k] != "是" { return true }
            k -= 1
        }
        return sameClassifierNearby(s, number, classifierEnd: classifierEnd)
    }

    static let sentenceEnds: ScalarSet = ["。", "！", "？", "!", "?", "\n", "；", ";"]

    /// Another number (not one again: 一批……一批, 一单一单) written with the same classifier
    /// within 24 scalars in the same sentence; not for classifiers of kinds (分为两类，一类……).
    static func sameClassifierNearby(_ s: [Unicode.Scalar], _ number: NumberSpan, classifierEnd: Int) -> Bool {
        let classifier = Array(s[number.end..<classifierEnd])
        if FigureLexicon.enumerations.word(classifier[...])?.fields.first == "classifier" { return false }
        var low = number.start
        while low > max(0, number.start - 24), !sentenceEnds.contains(s[low - 1]) { low -= 1 }
        var high = classifierEnd
        while high < min(s.count, classifierEnd + 24), !sentenceEnds.contains(s[high]) { high += 1 }
        var at = low + 1
        while at + classifier.count <= high {
            if at != number.end, Numerals.isNumeralScalar(s[at - 1]), s[at - 1] != "一",
               s[at..<(at + classifier.count)].elementsEqual(classifier),
               !(at >= 2 && FigureLexicon.notBefore.longest(endingAt: at - 1, in: s) != nil) {
                return true
            }
            at += 1
        }
        return false
    }

    /// 两个问题, 上述两个原因, 三个具体的政策重点：a noun of discourse (figure-enumerations.txt,
    /// `noun`) right after the classifier, or ending the phrase before a clause break or 的.
    static func enumeratedNoun(_ s: [Unicode.Scalar], after classifierEnd: Int) -> Bool {
        func isNoun(_ word: WordTable.Word?) -> Bool { word?.fields.first == "noun" }
        if isNoun(FigureLexicon.enumerations.longest(at: classifierEnd, in: s)) { return true }
        var at = classifierEnd
        while at < min(s.count, classifierEnd + 12) {
            let ends = clauseBreaks.contains(s[at])
            if ends || s[at] == "的", isNoun(FigureLexicon.enumerations.longest(endingAt: at, in: s, from: classifierEnd)) {
                return true
            }
            if ends { return false }
            at += 1
        }
        return at == s.count && isNoun(FigureLexicon.enumerations.longest(endingAt: at, in: s, from: classifierEnd))
    }

    /// The scale the high end of a range gives a low end written without one: 3至5亿 → 1e8,
    /// 三到五仟 → 1000, 三到五千万 → 1e7 (a lone Chinese digit takes every unit after the other digit).
    static func rangeScale(_ s: [Unicode.Scalar], first: NumberSpan, second: NumberSpan) -> Decimal {
        if first.isChinese, second.isChinese, first.end - first.start == 1, Numerals.digit(s[first.start]) != nil,
           second.end - second.start >= 2, let lead = Numerals.digit(s[second.start]), lead > 0,
           s[(second.start + 1)..<second.end].allSatisfy({ Numerals.smallUnit($0) != nil || Numerals.isLargeUnit($0) }) {
            return second.low / Decimal(lead)
        }
        return second.scale
    }

    /// 至少组织2次, 约有16%: a qualifier word a few characters before, in the same clause.
    static func looseQualifier(_ s: [Unicode.Scalar], before start: Int) -> Figure.Qualifier? {
        var end = start
        let limit = max(0, start - 6)
        while end > limit {
            let scalar = s[end - 1]
            if clauseBreaks.contains(scalar) || Numerals.arabicDigit(scalar) != nil { return nil }
            if let word = FigureLexicon.qualifiersLoose.longest(endingAt: end, in: s) {
                return Figure.Qualifier(rawValue: word.fields[0])
            }
            end -= 1
        }
        return nil
    }

    /// 1/4 → 0.25.
    static func fraction(_ s: [Unicode.Scalar], _ numerator: NumberSpan, paragraph: Int) -> Found? {
        guard let denominator = NumberScanner.scan(s, at: numerator.end + 1), denominator.scale == 1,
              denominator.low > numerator.low, denominator.low <= 10, numerator.low >= 1,
              denominator.end >= s.count || (Numerals.arabicDigit(s[denominator.end]) == nil && s[denominator.end] != "/"
                                            && FigureLexicon.notAfter.longest(at: denominator.end, in: s) == nil) else { return nil }
        let value = numerator.low / denominator.low
        // 1/5至1/3: a range of fractions.
        if denominator.end + 1 < s.count, rangeSeparators.contains(s[denominator.end]),
           let top = NumberScanner.scan(s, at: denominator.end + 1), top.scale == 1, top.end + 1 < s.count, s[top.end] == "/",
           let bottom = NumberScanner.scan(s, at: top.end + 1), bottom.scale == 1, bottom.low > 0,
           bottom.end >= s.count || Numerals.arabicDigit(s[bottom.end]) == nil, top.low / bottom.low > value {
            return make(s, start: numerator.start, end: bottom.end, numberStart: numerator.start, low: value,
                        high: top.low / bottom.low, unit: "", qualifier: .range, paragraph: paragraph)
        }
        var start = numerator.start
        var end = denominator.end
        let qualifier = writtenQualifier(s, start: &start, end: &end) ?? .exact
        return make(s, start: start, end: end, numberStart: numerator.start, low: value, high: value,
                    unit: "", qualifier: qualifier, paragraph: paragraph)
    }

    /// 三分之一 → 0.333….
    static func chineseFraction(_ s: [Unicode.Scalar], _ denominator: NumberSpan, paragraph: Int) -> Found? {
        guard let numerator = NumberScanner.scan(s, at: denominator.end + 2), numerator.vagueness == .none,
              denominator.low > 0 else { return nil }
        let value = numerator.low / denominator.low
        var start = denominator.start
        var end = numerator.end
        let qualifier = writtenQualifier(s, start: &start, end: &end) ?? .exact
        return make(s, start: start, end: end, numberStart: denominator.start, low: value,
                    high: value, unit: "", qualifier: qualifier, paragraph: paragraph)
    }

    static func make(_ s: [Unicode.Scalar], start: Int, end: Int, numberStart: Int, low: Decimal, high: Decimal,
                     unit: String, qualifier: Figure.Qualifier, paragraph: Int) -> Found {
        var clauseStart = numberStart
        // No further back than a sentence may be long (unpunctuated text: one clause).
        while clauseStart > 0, numberStart - clauseStart < Sentences.maximumLength, !clauseBreaks.contains(s[clauseStart - 1]) {
            clauseStart -= 1
        }
        let (direction, basis, growthStart) = growth(s, clauseStart: clauseStart, before: start)
        let subject = measuredNoun(s, after: end) ?? subjectPhrase(s, from: clauseStart, to: growthStart ?? start)
        let figure = Figure(text: text(s, trimmed(s, start..<end)), low: low, high: high,
                            unit: unit, qualifier: qualifier, subject: subject, direction: direction, basis: basis,
                            paragraph: paragraph)
        return Found(figure: figure, start: start, end: end)
    }

    /// Growth wording right before the figure: 同比增长8.4%, 环比下降4.8%, 提升5.3个百分点.
    static func growth(_ s: [Unicode.Scalar], clauseStart: Int, before start: Int) -> (String, String, Int?) {
        var end = start
        // Skip a few connecting characters: 同比增长了, 同比下降约, 增速比上年同期提高.
        let limit = max(clauseStart, start - 4)
        while end > limit {
            if let word = FigureLexicon.growth.longest(endingAt: end, in: s) {
                let wordStart = end - word.length
                var basis = word.fields.count > 1 ? word.fields[1] : ""
                if basis.isEmpty {
                    let clause = SearchableText(text(s, clauseStart..<wordStart))
                    if yearOnYearWords.contains(where: clause.contains) {
                        basis = "yoy"
                    } else if clause.contains(monthOnMonth) {
                        basis = "mom"
                    }
                }
                return (word.fields[0], basis, wordStart)
            }
            end -= 1
        }
        return ("", "", nil)
    }

    static let yearOnYearWords = ["同比", "比上年同期", "较去年同期"].map(SearchableText.init)
    static let monthOnMonth = SearchableText("环比")

    /// figure-subject-links.txt: linking words read off the end of a subject, and connectives off
    /// its start, longest first.
    static let subjectTrailers = subjectLinks("end")
    static let subjectOpeners = subjectLinks("start")
    private static func subjectLinks(_ position: String) -> [String] {
        Lexicon.bundled("figure-subject-links").entries.filter { $0.fields.first == position }.map(\.key)
            .sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
    }

    /// `带来3000亿元的电商导流成交额`: a noun phrase tied to the figure by 的 names what it measures.
    static func measuredNoun(_ s: [Unicode.Scalar], after end: Int) -> String? {
        guard end < s.count, s[end] == "的" else { return nil }
        var stop = end + 1
        while stop < s.count, stop - end <= 12, !clauseBreaks.contains(s[stop]), Numerals.arabicDigit(s[stop]) == nil,
              s[stop] != "的", Marks.isHan(s[stop]) || s[stop].properties.isAlphabetic {
            stop += 1
        }
        // Only a whole phrase that ends at a clause break or the end of the text.
        guard stop - end - 1 >= 2, stop - end <= 12, stop == s.count || clauseBreaks.contains(s[stop]) else { return nil }
        return text(s, (end + 1)..<stop)
    }

    /// The phrase measured: the clause before the number, without the linking verb.
    static func subjectPhrase(_ s: [Unicode.Scalar], from clauseStart: Int, to end: Int) -> String {
        guard end > clauseStart else { return "" }
        var phrase = trimmed(s, clauseStart..<end)
        // “我们的用户已经超过5000万: the opening mark of the quotation the figure is in is no part
        // of what is measured (one closed inside the phrase, “万家企业登云”数量, is).
        while !phrase.isEmpty, let closer = Marks.closer(of: s[phrase.lowerBound]), !s[phrase].contains(closer) {
            phrase = trimmed(s, (phrase.lowerBound + 1)..<phrase.upperBound)
        }
        // Where every scalar is a Character of its own with no equivalent spelling, suffix and
        // prefix tests on scalars give the String answers without building a String per test.
        guard s[phrase].allSatisfy(SearchableText.isInert) else { return subjectPhrase(characters: text(s, phrase)) }
        var changed = true
        while changed {
            changed = false
            for trailer in subjectTrailerScalars
            where phrase.count > trailer.count && s[phrase].suffix(trailer.count).elementsEqual(trailer) {
                phrase = trimmed(s, phrase.lowerBound..<(phrase.upperBound - trailer.count))
                changed = true
            }
        }
        for opener in subjectOpenerScalars
        where phrase.count > opener.count && s[phrase].prefix(opener.count).elementsEqual(opener) {
            phrase = (phrase.lowerBound + opener.count)..<phrase.upperBound
        }
        return text(s, max(phrase.lowerBound, phrase.upperBound - 16)..<phrase.upperBound)
    }

    static let subjectTrailerScalars = subjectTrailers.map { Array($0.unicodeScalars) }
    static let subjectOpenerScalars = subjectOpeners.map { Array($0.unicodeScalars) }

    /// `subjectPhrase` on Characters, for text with combining marks and other scalars whose
    /// Characters are not one scalar each.
    static func subjectPhrase(characters text: String) -> String {
        var phrase = text
        var changed = true
        while changed {
            changed = false
            for trailer in subjectTrailers where phrase.hasSuffix(trailer) && phrase.count > trailer.count {
                phrase.removeLast(trailer.count)
                phrase = phrase.trimmingWhitespace()
                changed = true
            }
        }
        for opener in subjectOpeners where phrase.hasPrefix(opener) && phrase.count > opener.count {
            phrase.removeFirst(opener.count)
        }
        let scalars = Array(phrase.unicodeScalars)
        if scalars.count > 16 { phrase = String(scalars: scalars.suffix(16)) }
        return phrase
    }

    /// The speaker of the quote whose text holds this figure.
    static func speaker(of found: Found, in s: [Unicode.Scalar], paragraph: Int, quotes: [Quote],
                        quoteTexts: [SearchableText]) -> String {
        let figureText = SearchableText(found.figure.text)
        var left = found.start
        while left > 0, found.start - left < 6, !openQuotes.contains(s[left - 1]), !closeQuotes.contains(s[left - 1]) { left -= 1 }
        var right = found.end
        while right < s.count, right - found.end < 6, !closeQuotes.contains(s[right]), !openQuotes.contains(s[right]) { right += 1 }
        let context = SearchableText(text(s, left..<right))
        for (quote, quoteText) in zip(quotes, quoteTexts) where quote.paragraph <= paragraph && quote.paragraph >= paragraph - 20 {
            if quoteText.contains(context) || (quoteText.contains(figureText) && quote.paragraph == paragraph
                                               && quoteText.scalars.count < 12) {
                return quote.speaker.name
            }
        }
        return ""
    }
}

extension Decimal {
    /// The value rounded toward zero to an integer.
    var rounded0: Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .down)
        return result
    }
}

/// A text prepared for repeated `contains` tests with Foundation's answer (canonical
/// equivalence, which costs a CFStringFind per test). When both texts are made only of
/// scalars that canonical equivalence and grapheme clustering leave alone — ASCII without
/// CR, CJK ideographs, CJK and full-width punctuation, dashes and curly quotes — the answer
/// is a plain scalar search; anything else still asks Foundation.
struct SearchableText {
    let text: String
    let scalars: [Unicode.Scalar]
    let isPlain: Bool

    init(_ text: String) {
        self.text = text
        scalars = [Unicode.Scalar](scalarsOf: text)
        isPlain = scalars.allSatisfy(Self.isInert)
    }

    static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0x7E: return true       // ASCII, no CR (CR LF is one cluster)
        case 0x2010...0x2027: return true               // dashes, ‘’ “”, …
        case 0x3000...0x3029, 0x3030...0x303F: return true  // CJK punctuation without the combining tone marks
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true  // CJK ideographs
        case 0xFF01...0xFF5E: return true               // full-width ASCII forms
        default: return false
        }
    }

    func contains(_ other: SearchableText) -> Bool {
        guard isPlain, other.isPlain, !other.scalars.isEmpty else { return text.contains(other.text) }
        let needle = other.scalars
        guard needle.count <= scalars.count else { return false }
        for start in 0...(scalars.count - needle.count) where scalars[start] == needle[0] {
            var offset = 1
            while offset < needle.count, scalars[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}

extension Figure.Qualifier {
    /// The qualifier a vague number states by itself (十几 approx, 3000多 over, 三五百 range).
    init(_ vagueness: NumberSpan.Vagueness) {
        switch vagueness {
        case .approx: self = .approx
        case .over: self = .over
        case .range: self = .range
        case .none: self = .exact
        }
    }
}
