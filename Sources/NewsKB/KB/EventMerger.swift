import Foundation

/// Groups events from different articles that tell the same thing: the same date range and
/// precision, and shared actors or documents or a similar summary. The knowledge base turns
/// each group into one timeline entry that keeps every source.
public enum EventMerger {
    /// Character-bigram Dice similarity from which two summaries count as the same statement.
    public static let summarySimilarity = 0.5

    /// Indices into `events`, one array per group (singletons included), each sorted, groups
    /// in order of their first member. Events of one article are never merged with each
    /// other directly (an article repeating 上半年 tells several things).
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
            buckets["\(event.start.iso)|\(event.end.iso)|\(event.precision.rawValue)", default: []].append(index)
        }
        let bigrams = events.map { bigramSet($0.event.summary) }
        for members in buckets.values where members.count > 1 {
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] where events[a].articleID != events[b].articleID {
                    if sameThing(events[a].event, events[b].event, bigrams[a], bigrams[b]) {
                        let (ra, rb) = (root(a), root(b))
                        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in events.indices { groups[root(index), default: []].append(index) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    static func sameThing(_ a: Event, _ b: Event, _ bigramsA: Set<String>, _ bigramsB: Set<String>) -> Bool {
        if !Set(a.actors).isDisjoint(with: b.actors) || !Set(a.documents).isDisjoint(with: b.documents) { return true }
        return dice(bigramsA, bigramsB) >= summarySimilarity
    }

    static func bigramSet(_ text: String) -> Set<String> {
        let scalars = Array(text.unicodeScalars).filter { !CharacterSet.punctuationCharacters.contains($0) && !CharacterSet.whitespaces.contains($0) }
        guard scalars.count > 1 else { return scalars.isEmpty ? [] : [String(scalars[0])] }
        var set: Set<String> = []
        for index in 0..<(scalars.count - 1) {
            var pair = String.UnicodeScalarView()
            pair.append(scalars[index])
            pair.append(scalars[index + 1])
            set.insert(String(pair))
        }
        return set
    }

    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
