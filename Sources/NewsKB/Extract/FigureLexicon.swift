import Foundation

/// The figure word lists (Resources/lexicon/figure-*.txt), compiled once.
enum FigureLexicon {
    static let units = WordTable(Lexicon.bundled("figure-units"))
    static let currencyPrefixes = WordTable(Lexicon.bundled("figure-currency-prefix"))
    static let qualifiersBefore = WordTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] != "after" }
    static let qualifiersLoose = WordTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] == "loose" }
    static let qualifiersAfter = WordTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] == "after" }
    static let unitBlockers = WordTable(Lexicon.bundled("figure-unit-blockers"))
    static let growth = WordTable(Lexicon.bundled("figure-growth"))
    static let words = WordTable(Lexicon.bundled("figure-words"))
    static let suffixScales = WordTable(Lexicon.bundled("figure-suffix-scales"))
    static let notAfter = WordTable(Lexicon.bundled("figure-nonfigure")) { $0.fields.first == "after" }
    static let notBefore = WordTable(Lexicon.bundled("figure-nonfigure-before")) { $0.fields.first == "before" }
    static let notWhole = WordTable(Lexicon.bundled("figure-nonfigure")) { $0.fields.first == "whole" }
}
