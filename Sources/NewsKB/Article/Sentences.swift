/// Quote-aware Chinese sentence splitting.
///
/// A sentence ends at 。！？ (and ；, !, ? unless told otherwise) outside quotation marks.
/// Terminators inside “…” 「…」 『…』 ‘…’ do not end the sentence, so
/// `“……前景明朗。”众诚智库分析师杨益锐说。` stays one sentence. A quotation that was opened
/// after a colon (`他说：“……。”`) and closes after a terminator does end the sentence.
public enum Sentences {
    public struct Piece: Sendable, Equatable {
        public var text: String
        /// Offsets in Unicode scalars within the split text.
        public var start: Int
        public var end: Int
    }

    // Switches, not sets: this runs on every character of every article several times.
    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "「", "『", "‘", "﹃": return true
        default: return false
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "」", "』", "’", "﹄": return true
        default: return false
        }
    }

    /// Closing brackets that stay with the sentence they end (closing quotes are handled apart).
    private static func isTrailingBracket(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "）", ")", "】", "》", "\"", "'": return true
        default: return false
        }
    }

    public static func split(_ text: String, semicolon: Bool = true) -> [String] {
        pieces(text, semicolon: semicolon).map(\.text)
    }

    public static func pieces(_ text: String, semicolon: Bool = true) -> [Piece] {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        return ranges(scalars, semicolon: semicolon).map {
            Piece(text: String(scalars: scalars[$0]), start: $0.lowerBound, end: $0.upperBound)
        }
    }

    /// The longest sentence, in scalars. Real sentences are far shorter (the longest of the
    /// dev corpus has N); without a bound an unpunctuated megabyte is one sentence, and every
    /// extractor that looks around a time word or a cue within its sentence does work that
    /// grows with the square of the text. Cut at this length, the work stays linear.
    static let maximumLength = 512

    private static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "、", "；", ";", "：", ":", " ", "\u{3000}": return true
        default: return false
        }
    }

    /// The sentences of a text already split into scalars, as ranges of it (the `start..<end`
    /// of `pieces`), for scanners that work on the scalars and need no strings. A sentence
    /// longer than `maximumLength` is cut into pieces of at most that length.
    static func ranges(_ scalars: [Unicode.Scalar], semicolon: Bool = true) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var depth = 0
        var openedAfterColon: [Bool] = []
        var asciiQuoteOpen = false
        var index = 0

        func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "。", "！", "？", "!", "?": return true
            case "；", ";": return semicolon
            default: return false
            }
        }
        func emit(upTo end: Int) {
            var from = start
            while from < end, TextCleaning.isSpace(scalars[from]) { from += 1 }
            var to = end
            while to > from, TextCleaning.isSpace(scalars[to - 1]) { to -= 1 }
            // An over-long stretch (unpunctuated text) is cut into pieces of at most
            // `maximumLength`, each at its last clause break when it has one.
            while to - from > maximumLength {
                var cut = from + maximumLength
                if let comma = scalars[(from + maximumLength / 2)..<cut].lastIndex(where: isClauseBreak) { cut = comma + 1 }
                result.append(from..<cut)
                from = cut
                while from < to, TextCleaning.isSpace(scalars[from]) { from += 1 }
            }
            if to > from {
                result.append(from..<to)
            }
            start = end
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if isOpener(scalar) {
                let previous = index > 0 ? scalars[index - 1] : " "
                openedAfterColon.append(previous == "：" || previous == ":")
                depth += 1
            } else if depth > 0, isCloser(scalar) {
                depth -= 1
                let afterColon = openedAfterColon.popLast() ?? false
                let previous = index > 0 ? scalars[index - 1] : " "
                if depth == 0, afterColon, isTerminator(previous) {
                    emit(upTo: index + 1)
                }
            } else if scalar == "\"" {
                asciiQuoteOpen.toggle()
            } else if depth == 0, !asciiQuoteOpen, isTerminator(scalar) {
                var end = index + 1
                // Runs of terminators (？！, ……。) and closing marks belong to this sentence.
                while end < scalars.count, isTerminator(scalars[end]) || isTrailingBracket(scalars[end]) {
                    end += 1
                }
                emit(upTo: end)
                index = end
                continue
            }
            index += 1
        }
        emit(upTo: scalars.count)
        return result
    }
}
