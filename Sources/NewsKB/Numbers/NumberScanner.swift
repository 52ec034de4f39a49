import Foundation

/// One number as written at a place in a text: its value (a range for vague amounts such as
/// 数十亿, 3000多, 三五百) and the scalar offsets it covers. Units and qualifier words are
/// not part of it; the figure extractor reads those around it.
public struct NumberSpan: Sendable, Equatable {
    public enum Vagueness: Sendable, Equatable {
        /// A plain value.
        case none
        /// 数十, 几百, 十几: somewhere in a decade.
        case approx
        /// 3000多, 三十余, 上万: at least the value, below the next step.
        case over
        /// 三五百, 八九亿: neighbouring numerals.
        case range
    }

    public var start: Int
    public var end: Int
    public var low: Decimal
    public var high: Decimal
    public var vagueness: Vagueness
    /// Product of the scale words written at the end (万, 亿, 万亿), 1 when none.
    public var scale: Decimal
    public var isChinese: Bool
}

/// Finds numbers in arrays of unicode scalars (no `Character` work in the hot path).
public enum NumberScanner {
    /// Scale words written after Arabic digits (十 百 千 万 亿 兆), from `figure-scales.txt`.
    public static let scaleWords: [Unicode.Scalar: Decimal] = {
        var table: [Unicode.Scalar: Decimal] = [:]
        for entry in Lexicon.bundled("figure-scales").entries {
            guard let scalar = entry.key.unicodeScalars.first, entry.key.unicodeScalars.count == 1,
                  let value = entry.fields.first.flatMap({ Decimal(string: $0) }) else { continue }
            table[scalar] = value
        }
        return table
    }()

    /// Units that begin with a scale character (千瓦, 千米, 百分点, 兆瓦): there the
    /// character belongs to the unit, not to the number.
    static let unitsStartingWithScale: [[Unicode.Scalar]] = [
        Array("千瓦".unicodeScalars), Array("千米".unicodeScalars), Array("千克".unicodeScalars),
        Array("百分点".unicodeScalars), Array("兆瓦".unicodeScalars), Array("兆字节".unicodeScalars),
        Array("兆赫".unicodeScalars), Array("兆帕".unicodeScalars), Array("兆比特".unicodeScalars),
        Array("百分之".unicodeScalars), Array("千分之".unicodeScalars), Array("十分".unicodeScalars),
        Array("万分之".unicodeScalars),
    ]

    static let vagueOver: ScalarSet = ["多", "余"]

    public static func isArabicStart(_ scalar: Unicode.Scalar) -> Bool {
        Numerals.arabicDigit(scalar) != nil
    }

    /// Characters that can open a Chinese number (万 and 亿 alone cannot: 万一, 亿万; nor 零: 零件).
    public static func isChineseStart(_ scalar: Unicode.Scalar) -> Bool {
        (Numerals.digit(scalar).map { $0 > 0 } ?? false && scalar != "幺") || scalar == "十" || scalar == "百" || scalar == "千"
            || scalar == "廿" || scalar == "数" || scalar == "几" || scalar == "拾" || scalar == "佰" || scalar == "仟"
    }

    static func matches(_ s: [Unicode.Scalar], _ i: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i + word.count <= s.count else { return false }
        for k in 0..<word.count where s[i + k] != word[k] { return false }
        return true
    }

    static func startsUnit(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        unitsStartingWithScale.contains { matches(s, i, $0) }
    }

    /// Whether `s[i]` is a scale word that belongs to the number (not the start of 千瓦 or 兆瓦;
    /// 兆 only before a currency, where it means 1e12).
    static func scaleAt(_ s: [Unicode.Scalar], _ i: Int) -> Decimal? {
        guard i < s.count, let value = scaleWords[s[i]], !startsUnit(s, i) else { return nil }
        if s[i] == "兆" {
            guard i + 1 < s.count, ["元", "日", "美", "韩", "港", "欧", "新"].contains(s[i + 1]) else { return nil }
        }
        return value
    }

    /// The number starting at `i`, or nil when none starts there.
    public static func scan(_ s: [Unicode.Scalar], at i: Int) -> NumberSpan? {
        guard var number = scanBare(s, at: i) else { return nil }
        // 三个亿, 5个亿: spoken style puts 个 between the number and 亿.
        if number.scale == 1, number.vagueness == .none, number.end + 1 < s.count, s[number.end] == "个",
           let large = Numerals.largeUnit(s[number.end + 1]), large > 10_000 {
            number.low *= large
            number.high *= large
            number.scale = large
            number.end += 2
        }
        return number
    }

    static func scanBare(_ s: [Unicode.Scalar], at i: Int) -> NumberSpan? {
        guard i < s.count else { return nil }
        if isArabicStart(s[i]) { return scanArabic(s, at: i) }
        if s[i] == "上", i + 1 < s.count, ["十", "百", "千", "万", "亿"].contains(s[i + 1]) {
            // 上万 / 上千: "reaching ten thousand", at least the scale.
            var k = i + 1
            var scale: Decimal = 1
            while let value = scaleAt(s, k) { scale *= value; k += 1 }
            return NumberSpan(start: i, end: k, low: scale, high: scale, vagueness: .over, scale: scale, isChinese: true)
        }
        if isChineseStart(s[i]) { return scanChinese(s, at: i) }
        return nil
    }

    // MARK: Arabic

    static func scanArabic(_ s: [Unicode.Scalar], at i: Int) -> NumberSpan? {
        var j = i
        var digits = ""
        var sawPoint = false
        while j < s.count {
            let scalar = s[j]
            if let digit = Numerals.arabicDigit(scalar) {
                digits.unicodeScalars.append(Unicode.Scalar(UInt8(0x30 + digit)))
                j += 1
            } else if (scalar == "," || scalar == "，") && !sawPoint && isThousandsGroup(s, j + 1) {
                j += 1
            } else if (scalar == "." || scalar == "．") && !sawPoint && j + 1 < s.count
                        && Numerals.arabicDigit(s[j + 1]) != nil {
                digits.append(".")
                sawPoint = true
                j += 1
            } else if (scalar == "." || scalar == "．") && !sawPoint && !digits.isEmpty && spacedDecimalPercent(s, j) {
                // 99. 1%: a stray space after the point, seen in copied tables; only before a percent.
                digits.append(".")
                sawPoint = true
                j += 2
            } else {
                break
            }
        }
        guard let base = Numerals.decimal(fromDigits: digits) else { return nil }
        let step = lastDigitStep(digits)
        return scanTail(s, from: j, start: i, base: base, step: step, isChinese: false)
    }

    /// `. ` at `j` followed by digits and a percent sign.
    static func spacedDecimalPercent(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        guard j + 2 < s.count, s[j + 1] == " ", Numerals.arabicDigit(s[j + 2]) != nil else { return false }
        var k = j + 2
        while k < s.count, Numerals.arabicDigit(s[k]) != nil { k += 1 }
        return k < s.count && (s[k] == "%" || s[k] == "％")
    }

    /// `,` or `，` as a thousands separator: exactly three digits follow.
    static func isThousandsGroup(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        guard j + 3 <= s.count else { return false }
        for k in j..<(j + 3) where Numerals.arabicDigit(s[k]) == nil { return false }
        return j + 3 == s.count || Numerals.arabicDigit(s[j + 3]) == nil
    }

    /// One unit of the last non-zero digit: 3000 → 1000, 1.5 → 0.1, 80 → 10.
    static func lastDigitStep(_ digits: String) -> Decimal {
        let bytes = digits.utf8
        let point = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.endIndex
        guard let last = bytes.lastIndex(where: { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: ".") }) else { return 1 }
        let exponent = last < point ? bytes.distance(from: last, to: point) - 1 : -bytes.distance(from: point, to: last)
        // Built directly, the step is bit for bit the product below (checked over ±90 places).
        if abs(exponent) <= 38 { return Decimal(sign: .plus, exponent: exponent, significand: 1) }
        var step: Decimal = 1
        if exponent >= 0 {
            for _ in 0..<exponent { step *= 10 }
        } else {
            for _ in 0..<(-exponent) { step /= 10 }
        }
        return step
    }

    /// Vague markers and scale words after the digits: 3000多, 7000多亿, 12.5亿, 1.5万余, 3千万亿.
    static func scanTail(_ s: [Unicode.Scalar], from j0: Int, start: Int, base: Decimal, step: Decimal,
                         isChinese: Bool) -> NumberSpan {
        var j = j0
        var vagueness = NumberSpan.Vagueness.none
        // One space may sit between digits and scale (IT之家 style: "10 亿元").
        if j < s.count, s[j] == " ", scaleAt(s, j + 1) != nil || (j + 1 < s.count && vagueOver.contains(s[j + 1])) {
            j += 1
        }
        if j < s.count, vagueOver.contains(s[j]) {
            vagueness = .over
            j += 1
        }
        var scale: Decimal = 1
        while let value = scaleAt(s, j) {
            scale *= value
            j += 1
        }
        if vagueness == .none, scale != 1, j < s.count, vagueOver.contains(s[j]) {
            vagueness = .over
            j += 1
        }
        let low = base * scale
        let high = vagueness == .over ? (base + step) * scale : low
        return NumberSpan(start: start, end: j, low: low, high: high, vagueness: vagueness, scale: scale,
                          isChinese: isChinese)
    }

    // MARK: Chinese

    static func isChineseBody(_ scalar: Unicode.Scalar) -> Bool {
        Numerals.digit(scalar) != nil || Numerals.smallUnit(scalar) != nil || Numerals.isLargeUnit(scalar)
            || scalar == "廿" || scalar == "卅"
    }

    static func scanChinese(_ s: [Unicode.Scalar], at i: Int) -> NumberSpan? {
        var j = i
        var run: [Unicode.Scalar] = []
        if s[j] == "数" || s[j] == "几" {
            run.append(s[j])
            j += 1
        }
        while j < s.count {
            let scalar = s[j]
            if startsUnit(s, j) { break }
            if isChineseBody(scalar) {
                run.append(scalar)
            } else if scalar == "点" || scalar == "點", j + 1 < s.count, Numerals.digit(s[j + 1]) != nil, !run.isEmpty {
                // 點 is the traditional 点 (Hong Kong, Taiwan): read as one.
                run.append("点")
            } else if (vagueOver.contains(scalar) || scalar == "几"), !run.isEmpty, run.last != "点",
                      !run.contains(where: { vagueOver.contains($0) || $0 == "几" }),
                      Numerals.smallUnit(run.last!) != nil || Numerals.isLargeUnit(run.last!) || scalar == "几" {
                // 十多万, 二十余, 十几: a vague marker after a unit word.
                run.append(scalar)
            } else {
                break
            }
            j += 1
        }
        guard !run.isEmpty else { return nil }
        guard let (low, high, vagueness, scale) = chineseValue(run) else { return nil }
        return NumberSpan(start: i, end: i + run.count, low: low, high: high, vagueness: vagueness, scale: scale,
                          isChinese: true)
    }

    static func product(_ scalars: ArraySlice<Unicode.Scalar>) -> Decimal? {
        var value: Decimal = 1
        for scalar in scalars {
            if let small = Numerals.smallUnit(scalar) {
                value *= Decimal(small)
            } else if let large = Numerals.largeUnit(scalar) {
                value *= large
            } else {
                return nil
            }
        }
        return value
    }

    /// Trailing 万/亿 characters of a Chinese numeral: the scale written at its end.
    static func trailingScale(_ run: [Unicode.Scalar]) -> (body: ArraySlice<Unicode.Scalar>, scale: Decimal) {
        var end = run.count
        var scale: Decimal = 1
        while end > 1, let large = Numerals.largeUnit(run[end - 1]) {
            scale *= large
            end -= 1
        }
        return (run[..<end], scale)
    }

    static func chineseValue(_ run: [Unicode.Scalar])
        -> (Decimal, Decimal, NumberSpan.Vagueness, Decimal)? {
        // 数十亿, 几百: a decade of the scale.
        if run[0] == "数" || run[0] == "几" {
            guard run.count > 1, let scale = product(run[1...]) else { return nil }
            return (scale, scale * 10, .approx, scale)
        }
        // 十多万, 二十余, 十几: vague marker inside.
        if let marker = run.firstIndex(where: { vagueOver.contains($0) || $0 == "几" }) {
            let prefix = Array(run[..<marker])
            guard let base = Numerals.value(of: String(scalars: prefix)) else { return nil }
            var step: Decimal = 1
            if let last = prefix.last, let small = Numerals.smallUnit(last) { step = Decimal(small) }
            if let last = prefix.last, let large = Numerals.largeUnit(last) { step = large }
            guard let scale = product(run[(marker + 1)...]) else { return nil }
            let vagueness: NumberSpan.Vagueness = run[marker] == "几" ? .approx : .over
            return (base * scale, (base + step) * scale, vagueness, scale)
        }
        // 三五百, 八九亿, 两三: neighbouring numerals.
        if run.count >= 2, let first = Numerals.digit(run[0]), let second = Numerals.digit(run[1]),
           first > 0, second > first, second - first <= 2 {
            guard let scale = product(run[2...]) else { return nil }
            return (Decimal(first) * scale, Decimal(second) * scale, .range, scale)
        }
        let (body, scale) = trailingScale(run)
        if body.contains("点") {
            guard let value = Numerals.value(of: String(scalars: body)) else { return nil }
            return (value * scale, value * scale, .none, scale)
        }
        guard let value = Numerals.value(of: String(scalars: run)) else { return nil }
        return (value, value, .none, scale)
    }
}
