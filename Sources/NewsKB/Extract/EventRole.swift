import Foundation

/// What a dated expression is to its clause (`Event.Role`): the one place that decides it.
/// Every role is an event, as the gold counts them; only `event` is told by the timeline
/// without `--all`.
enum EventRole {
    enum Position: String { case after, before, later }

    struct Word {
        var scalars: [Unicode.Scalar]
        var position: Position
        /// nil: a longer word that holds a shorter one (若干 is no 若).
        var role: Event.Role?
    }

    /// event-nonevents.txt.
    static let words: [Word] = Lexicon.bundled("event-nonevents").entries.map { entry in
        Word(scalars: Array(entry.key.unicodeScalars), position: Position(rawValue: entry.fields.first ?? "") ?? .after,
             role: entry.fields.count > 1 ? Event.Role(rawValue: entry.fields[1]) : .reference)
    }

    /// Which role wins when several words apply: a reference names no actor, so it goes first.
    static let precedence: [Event.Role] = [.reference, .condition, .window, .baseline]

    /// `clause`: the expression's clause (`EventClause.around`).
    static func of(_ expression: TimeExpression, in sentence: [Unicode.Scalar], clause: Range<Int>) -> Event.Role {
        let end = expression.offset + expression.length
        var found: Set<Event.Role> = []
        if expression.isRecordWindow { found.insert(.window) } else if expression.isBaseline { found.insert(.baseline) }
        func matches(_ word: [Unicode.Scalar], at start: Int) -> Bool {
            start >= 0 && start + word.count <= sentence.count && sentence[start..<(start + word.count)].elementsEqual(word)
        }
        // The stretches that a `none` word covers, in the part before the expression.
        var masked: [Range<Int>] = []
        let before = min(clause.lowerBound, expression.offset)..<expression.offset
        for word in words where word.role == nil && word.position == .before && before.count >= word.scalars.count {
            for start in before.lowerBound...(before.upperBound - word.scalars.count) where matches(word.scalars, at: start) {
                masked.append(start..<(start + word.scalars.count))
            }
        }
        for word in words {
            guard let role = word.role, !found.contains(role) else { continue }
            switch word.position {
            case .after:
                if matches(word.scalars, at: end) { found.insert(role) }
            case .before:
                guard before.count >= word.scalars.count else { continue }
                for start in before.lowerBound...(before.upperBound - word.scalars.count)
                where matches(word.scalars, at: start) && !masked.contains(where: { $0.contains(start) }) {
                    found.insert(role)
                    break
                }
            case .later:
                // 日均, 平均每天: an average over a stretch; one day (一周前…日均量) measures nothing.
                guard expression.start < expression.end else { continue }
                let stop = max(end, clause.upperBound)
                guard stop - end >= word.scalars.count else { continue }
                for start in end...(stop - word.scalars.count) where matches(word.scalars, at: start) {
                    found.insert(role)
                    break
                }
            }
        }
        return precedence.first(where: found.contains) ?? .event
    }
}
