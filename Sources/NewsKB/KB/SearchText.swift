/// The text that goes into the full-text index, and the queries that read it.
///
/// SQLite's trigram tokenizer cannot find 2-character words, and Chinese has no spaces
/// for unicode61 to split on. So each run of CJK characters is indexed as its overlapping
/// bigrams (微信开放 → 微信 信开 开放), other words as themselves. A query of two or more
/// CJK characters becomes the phrase of its bigrams, which matches exactly the texts that
/// contain it; a 1-character query falls back to a scan.
public enum SearchText {
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3040...0x30FF, 0xAC00...0xD7AF:
            return true
        default:
            return false
        }
    }

    /// A letter or digit. Common CJK ideographs and ASCII are answered without the Unicode
    /// property tables (every ideograph of U+4E00–U+9FFF is assigned and alphabetic): the
    /// lookups were 3 % of an ingest's parse and extract, most of them for ideographs.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Index tokens for `text`: CJK bigrams (a lone CJK character as itself) and other words.
    public static func grams(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        var word = String.UnicodeScalarView()

        func separate() {
            if !output.isEmpty { output.append(" ") }
        }
        func flushRun() {
            if run.count == 1 {
                separate()
                output.append(run[0])
            } else if run.count > 1 {
                for index in 0..<(run.count - 1) {
                    separate()
                    output.append(run[index])
                    output.append(run[index + 1])
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        func flushWord() {
            if !word.isEmpty {
                separate()
                output.append(contentsOf: word)
                word.removeAll()
            }
        }
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                flushWord()
                run.append(scalar)
            } else if isWordScalar(scalar) {
                flushRun()
                word.append(scalar)
            } else {
                flushRun()
                flushWord()
            }
        }
        flushRun()
        flushWord()
        return String(output)
    }

    /// An FTS5 MATCH expression for a user's query, or nil when the index cannot answer it
    /// (a single CJK character, or nothing searchable) and a scan is needed.
    public static func matchExpression(_ query: String) -> String? {
        var phrases: [String] = []
        var needsScan = false
        for part in query.split(whereSeparator: { $0.isWhitespace }) {
            let tokens = grams(String(part)).split(separator: " ")
            guard !tokens.isEmpty else { continue }
            if tokens.count == 1, tokens[0].unicodeScalars.count == 1, tokens[0].unicodeScalars.allSatisfy(isCJK) {
                needsScan = true
            }
            // Every token is letters/digits/CJK only, so double quotes cannot appear inside.
            phrases.append("\"" + tokens.joined(separator: " ") + "\"")
        }
        if needsScan || phrases.isEmpty { return nil }
        return phrases.joined(separator: " AND ")
    }
}
