import Foundation

/// The figure word lists (Resources/lexicon/figure-*.txt), compiled once.
enum FigureLexicon {
    /// Units after a number: figure-units.txt, and the currencies of figure-currencies.txt as
    /// units of kind `currency`.
    static let units = WordTable(Lexicon.bundled("figure-units").entries.map { ($0.key, $0.fields) }
                                 + Lexicon.bundled("figure-currencies").entries.map { ($0.key, [$0.fields[0], "currency"]) })
    static let currencyPrefixes = WordTable(Lexicon.bundled("figure-currency-prefix"))
    static let qualifiersBefore = WordTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] != "after" }
    static let qualifiersLoose = WordTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] == "loose" }
    static let qualifiersAfter = WordTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] == "after" }
    static let unitBlockers = WordTable(Lexicon.bundled("figure-unit-blockers"))
    static let growth = WordTable(Lexicon.bundled("figure-growth"))
    static let words = WordTable(Lexicon.bundled("figure-words"))
    static let suffixScales = WordTable(Lexicon.bundled("figure-suffix-scales"))
    static let scoreHeads = WordTable(Lexicon.bundled("figure-score-heads"))
    static let notAfter = WordTable(Lexicon.bundled("figure-nonfigure")) { $0.fields.first == "after" }
    static let notBefore = WordTable(Lexicon.bundled("figure-nonfigure-before")) { $0.fields.first == "before" }
    static let enumerations = WordTable(Lexicon.bundled("figure-enumerations"))
    static let oneCountsBefore = WordTable(Lexicon.bundled("figure-one-counts")) { $0.fields.first == "before" }
    static let oneCountsAfter = WordTable(Lexicon.bundled("figure-one-counts")) { $0.fields.first == "after" }
    static let notWhole = WordTable(Lexicon.bundled("figure-nonfigure")) { $0.fields.first == "whole" }

    /// The qualifier written right before `end`, unless a word its entry lists ends right
    /// before it (打破纪录: 破 of 打破 is a verb, not 破 of 破千万).
    static func qualifierBefore(endingAt end: Int, in s: [Unicode.Scalar]) -> WordTable.Word? {
        guard let word = qualifiersBefore.longest(endingAt: end, in: s) else { return nil }
        let start = end - word.length
        for blocker in (word.fields.dropFirst(2).first ?? "").split(separator: "|") {
            let scalars = Array(blocker.unicodeScalars)
            if start >= scalars.count, s[(start - scalars.count)..<start].elementsEqual(scalars) { return nil }
        }
        return word
    }
}

extension FigureLexicon {
    static let folds = ScalarFold(Lexicon.bundled("figure-folds"))
}

/// figure-folds.txt: one scalar read as another (萬 as 万, ０ as 0), so the figure rules and
/// word lists are written once, in simplified characters and ASCII. One scalar for one keeps
/// every offset of the folded view an offset into the original text.
struct ScalarFold: Sendable {
    private let keys: ScalarSet
    /// Targets by rank of their key in `keys`.
    private let targets: [Unicode.Scalar]

    init(_ lexicon: Lexicon) {
        var pairs: [(Unicode.Scalar, Unicode.Scalar)] = []
        for entry in lexicon.entries {
            // LexiconFormat checks the target; the key is checked here.
            precondition(entry.key.unicodeScalars.count == 1, "figure-folds.txt line \(entry.line): \(entry.key) is not one character")
            guard let from = entry.key.unicodeScalars.first, let to = entry.fields.first?.unicodeScalars.first else { continue }
            pairs.append((from, to))
        }
        keys = ScalarSet(pairs.map(\.0))
        var targets = [Unicode.Scalar](repeating: " ", count: keys.count)
        for (from, to) in pairs { targets[keys.rank(of: from)!] = to }
        self.targets = targets
    }

    /// The folded view, or nil when nothing in `s` folds (the common case: no copy).
    func apply(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let first = s.firstIndex(where: keys.contains) else { return nil }
        var folded = s
        for i in first..<s.count {
            if let rank = keys.rank(of: s[i]) { folded[i] = targets[rank] }
        }
        return folded
    }
}
