import Foundation

/// Groups events from different articles that tell the same thing: the same date range and
/// precision, and shared actors or documents or a similar summary. The knowledge base turns
/// each group into one timeline entry that keeps every source.
public enum EventMerger {
    /// Character-bigram Dice similarity from which two summaries count as the same statement.
    public static let summarySimilarity = 0.5
    /// Distinct summaries kept for comparison per date: bounds the work on huge corpora.
    static let comparedSummaries = 256

    /// Indices into `events`, one array per group (singletons included), each sorted, groups
    /// in order of their first member. Events of one article are never merged with each
    /// other directly (an article repeating 上半年 tells several things), nor events of different
    /// roles (a baseline 较2020年 and what happened in 2020 are not one thing).
    public static func merge(_ events: [(event: Event, articleID: Int64)]) -> [[Int]] {
        var parent = Array(events.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        // Only events on the same calendar range can match: compare within those buckets.
        var buckets: [String: [Int]] = [:]
        for (index, item) in events.enumerated() {
            let event = item.event
            buckets["\(event.start.iso)|\(event.end.iso)|\(event.precision.rawValue)|\(event.role.rawValue)", default: []].append(index)
        }
        // Linear in the bucket: shared actors and documents join through a table of keys, and a
        // summary is compared only with earlier distinct summaries (at most `comparedSummaries`).
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for members in buckets.values where members.count > 1 {
            // key → up to two earlier holders from different articles.
            var holders: [String: [Int]] = [:]
            // Bigrams are kept for the representatives only: a bucket can hold many thousand events.
            var representatives: [(index: Int, bigrams: [UInt64])] = []
            for member in members {
                let article = events[member].articleID
                for key in events[member].event.actors.map({ "a:" + $0 }) + events[member].event.documents.map({ "d:" + $0 }) {
                    var known = holders[key, default: []]
                    if let other = known.first(where: { events[$0].articleID != article }) { union(member, other) }
                    if known.count < 2, !known.contains(where: { events[$0].articleID == article }) { known.append(member) }
                    holders[key] = known
                }
                let bigrams = bigramSet(events[member].event.summary)
                if let similar = representatives.last(where: {
                    events[$0.index].articleID != article && dice($0.bigrams, bigrams) >= summarySimilarity
                }) {
                    union(member, similar.index)
                } else if representatives.count < comparedSummaries {
                    representatives.append((member, bigrams))
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in events.indices { groups[root(index), default: []].append(index) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    /// Dice similarity of two headlines (date words removed) from which two mentions in one
    /// article, on nested dates, are one event (a dateline and its 日前, a name's year and its day).
    public static let withinArticleSimilarity = 0.6

    /// Groups entries (indices, each group sorted) that one article tells twice: a shared
    /// article, one date range inside the other, the same role, and similar headlines or one
    /// clause (2022年春运将从1月17日开始: the year and the day are two dates of one event).
    public static func mergeWithinArticles(_ items: [(start: Day, end: Day, headline: String, clause: String, articles: Set<Int64>, role: String)]) -> [[Int]] {
        var parent = Array(items.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { parent[index] = parent[parent[index]]; index = parent[index] }
            return index
        }
        var byArticle: [Int64: [Int]] = [:]
        for (index, item) in items.enumerated() {
            for article in item.articles { byArticle[article, default: []].append(index) }
        }
        let bigrams = items.map { bigramSet($0.headline) }
        for members in byArticle.values where members.count > 1 {
            for (offset, a) in members.enumerated() {
                for b in members[(offset + 1)...] {
                    let (x, y) = (items[a], items[b])
                    let nested = (x.start <= y.start && y.end <= x.end) || (y.start <= x.start && x.end <= y.end)
                    guard nested, x.role == y.role, x.clause == y.clause || dice(bigrams[a], bigrams[b]) >= withinArticleSimilarity else { continue }
                    let (ra, rb) = (root(a), root(b))
                    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in items.indices { groups[root(index), default: []].append(index) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    /// Built once: the `CharacterSet` getters construct a set on every call, and this ran per scalar.
    private static let punctuationAndSpaces = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// Character bigrams as packed integers (two 21-bit scalars), punctuation and spaces left
    /// out; sorted and unique, so that two sets intersect in one merge pass.
    static func bigramSet(_ text: String) -> [UInt64] {
        var bigrams: [UInt64] = []
        var previous: UInt64?
        for scalar in text.unicodeScalars where !punctuationAndSpaces.contains(scalar) {
            if let previous { bigrams.append(previous << 21 | UInt64(scalar.value)) }
            previous = UInt64(scalar.value)
        }
        // A lone character stands for itself.
        if bigrams.isEmpty, let previous { return [previous] }
        bigrams.sort()
        var unique = 0
        for bigram in bigrams where unique == 0 || bigrams[unique - 1] != bigram {
            bigrams[unique] = bigram
            unique += 1
        }
        bigrams.removeLast(bigrams.count - unique)
        return bigrams
    }

    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var shared = 0, i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}
