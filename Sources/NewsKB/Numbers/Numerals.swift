import Foundation

/// Numbers as Chinese text writes them: Arabic digits (half- or full-width, with `,`
/// separators and decimals), Chinese numerals (三千, 十二点五, 两, 〇/零, 廿, 半), financial
/// numerals (壹贰叁…拾佰仟萬) and digit strings (二〇二一). Shared by figures and dates.
public enum Numerals {
    // The numeral tables are switches, not dictionaries: scanners ask at every position, and
    // hashing a scalar costs more than the whole test.

    /// The value of a Chinese (or financial) digit character.
    public static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零", "○", "Ｏ": return 0
        case "一", "壹", "幺": return 1
        case "二", "两", "兩", "贰", "貳": return 2
        case "三", "叁", "參": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// The financial forms of digits and multipliers (壹 … 玖, 拾佰仟), which are also common
    /// words alone (大陆, 队伍, 收拾).
    public static func isFinancial(_ scalar: Unicode.Scalar) -> Bool {
        "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".unicodeScalars.contains(scalar)
    }

    /// Multipliers inside a section (below 万).
    public static func smallUnit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    /// Section multipliers: 万 and 亿.
    public static func largeUnit(_ scalar: Unicode.Scalar) -> Decimal? {
        switch scalar {
        case "万", "萬": return 10_000
        case "亿", "億": return 100_000_000
        default: return nil
        }
    }

    public static func isLargeUnit(_ scalar: Unicode.Scalar) -> Bool { largeUnit(scalar) != nil }

    /// Every character `digit(_:)` knows, for scanners that build a table of possible starts
    /// (all lie between the geometric shapes, for ○, and the full-width forms).
    public static let digitScalars: [Unicode.Scalar] = (0x2000...0xFFEF).compactMap { value in
        Unicode.Scalar(UInt32(value)).flatMap { digit($0) != nil ? $0 : nil }
    }

    /// Characters that may appear in a number (Arabic or Chinese), for scanners.
    public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        arabicDigit(scalar) != nil || digit(scalar) != nil || smallUnit(scalar) != nil
            || isLargeUnit(scalar) || scalar == "廿" || scalar == "卅"
    }

    /// 0-9 for ASCII and full-width digits.
    public static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// Full-width digits, points and separators to ASCII; everything else unchanged.
    public static func asciiDigits(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let digit = arabicDigit(scalar) {
                scalars.append(Unicode.Scalar(UInt8(0x30 + digit)))
            } else if scalar == "．" {
                scalars.append(".")
            } else if scalar == "，" || scalar == "," {
                continue
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The value of a whole numeral string, or nil if it is not one.
    /// `1,200` → 1200, `１２.５` → 12.5, `12.5亿` → 1250000000, `三千` → 3000,
    /// `十二点五` → 12.5, `二〇二一` → 2021, `廿三` → 23, `半` → 0.5, `3千万` → 30000000.
    public static func value(of text: String) -> Decimal? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        if scalars == ["半"] { return Decimal(string: "0.5") }
        // Split off trailing large units (万, 亿, 万亿), applied to the whole number before them,
        // but only when what precedes them contains no large unit itself (三亿五千万 is positional).
        var body = scalars
        var scale: Decimal = 1
        if body.contains(where: { arabicDigit($0) != nil }) {
            while let last = body.last, let unit = largeUnit(last) ?? (smallUnit(last).map { Decimal($0) }) {
                scale *= unit
                body.removeLast()
            }
            guard let base = arabic(body) else { return nil }
            return base * scale
        }
        return chinese(scalars)
    }

    /// Arabic digits with optional separators and one decimal point.
    static func arabic(_ scalars: [Unicode.Scalar]) -> Decimal? {
        var text = ""
        var sawDigit = false
        var sawPoint = false
        for scalar in scalars {
            if let digit = arabicDigit(scalar) {
                text.append(Character(Unicode.Scalar(UInt8(0x30 + digit))))
                sawDigit = true
            } else if scalar == "." || scalar == "．" || scalar == "点" {
                if sawPoint { return nil }
                sawPoint = true
                text.append(".")
            } else if scalar == "," || scalar == "，" {
                continue
            } else {
                return nil
            }
        }
        guard sawDigit else { return nil }
        return decimal(fromDigits: text)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `Decimal(string: digits, locale: en_US_POSIX)`, bit for bit, without parsing a string
    /// (1.5% of extraction) for the common case: ASCII digits with at most one inner point,
    /// a non-zero value and at most 19 significant digits. Anything else takes the string path.
    static func decimal(fromDigits digits: String) -> Decimal? {
        var mantissa: UInt64 = 0
        var significant = 0
        var fractionDigits = 0
        var pointAt: Int?
        var count = 0
        for byte in digits.utf8 {
            defer { count += 1 }
            if byte == UInt8(ascii: "."), pointAt == nil {
                pointAt = count
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return Decimal(string: digits, locale: posix) }
            if pointAt != nil { fractionDigits += 1 }
            let digit = UInt64(byte - UInt8(ascii: "0"))
            if mantissa == 0 && digit == 0 { continue }
            significant += 1
            mantissa = mantissa &* 10 &+ digit
        }
        guard mantissa != 0, significant <= 19, pointAt != 0, pointAt != count - 1 else {
            return Decimal(string: digits, locale: posix)
        }
        return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
    }

    /// Chinese numerals, positional (三千五百) or digit strings (二〇二一), with 点 decimals.
    static func chinese(_ scalars: [Unicode.Scalar]) -> Decimal? {
        if let point = scalars.firstIndex(of: "点") {
            guard let whole = chinese(Array(scalars[..<point])) else { return nil }
            var fraction = Decimal(0)
            var place = Decimal(string: "0.1")!
            for scalar in scalars[(point + 1)...] {
                guard let digit = digit(scalar) ?? arabicDigit(scalar) else { return nil }
                fraction += Decimal(digit) * place
                place /= 10
            }
            return scalars.count > point + 1 ? whole + fraction : nil
        }
        let hasUnits = scalars.contains { smallUnit($0) != nil || isLargeUnit($0) || $0 == "廿" || $0 == "卅" }
        if !hasUnits {
            // A digit string: 二〇二一 → 2021.
            var value = Decimal(0)
            for scalar in scalars {
                guard let digit = digit(scalar) else { return nil }
                value = value * 10 + Decimal(digit)
            }
            return value
        }
        var total = Decimal(0)      // finished sections (亿, 万)
        var section = Decimal(0)    // current section below 万
        var pending: Int? = nil     // digit waiting for its multiplier
        var lastSmall = 10_000      // multiplier of the previous small unit, for 三千五 → 3500
        var sawAny = false
        for scalar in scalars {
            if let digit = digit(scalar) {
                if let previous = pending, digit != 0 { _ = previous; return nil } // 三五 is a range, not a number
                pending = digit == 0 ? nil : digit
                if digit == 0 { lastSmall = 10 }
                sawAny = true
            } else if scalar == "廿" || scalar == "卅" {
                section += scalar == "廿" ? 20 : 30
                lastSmall = 10
                sawAny = true
            } else if let unit = smallUnit(scalar) {
                section += Decimal((pending ?? 1) * unit)
                pending = nil
                lastSmall = unit
                sawAny = true
            } else if let unit = largeUnit(scalar) {
                if let digit = pending { section += Decimal(digit) }
                pending = nil
                let sectionValue = section == 0 && total == 0 ? 1 : section
                if total != 0 && section == 0 {
                    total *= unit // 万亿
                } else if total != 0 && unit > 10_000 {
                    total = (total + sectionValue) * unit
                } else {
                    total += sectionValue * unit
                }
                section = 0
                lastSmall = 10_000
                sawAny = true
            } else {
                return nil
            }
        }
        if let digit = pending {
            // 三千五 → 3500: a trailing digit counts one place below the last unit.
            section += lastSmall >= 100 && lastSmall < 10_000 ? Decimal(digit * lastSmall / 10) : Decimal(digit)
        }
        return sawAny ? total + section : nil
    }
}
