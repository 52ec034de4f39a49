import Foundation

/// A headline for a timeline entry: its clause without the time expression and the leading
/// prepositions and connectives (event-leads.txt), opened by its actor when the clause has
/// none (当日回应称 → 腾讯回应称). The clause as written stays beside it.
public enum EventHeadline {
    static let skippable = ScalarSet(" \u{3000}，,、：:；;。“”「」『』\"'（）()")

    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["」": "「", "』": "『", "”": "“", "）": "（", ")": "(", "》": "《"]

    /// 「星岚设计」还将…: the opening bracket went with the leads, so its closer goes too.
    static func droppingUnopenedClosers(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var open: [Unicode.Scalar: Int] = [:]
        var kept: [Unicode.Scalar] = []
        for scalar in scalars {
            if let opener = pairs[scalar] {
                if open[opener, default: 0] == 0 { continue }
                open[opener, default: 0] -= 1
            } else if pairs.values.contains(scalar) {
                open[scalar, default: 0] += 1
            }
            kept.append(scalar)
        }
        return kept
    }

    public static func make(summary: String, dateText: String, actors: [String]) -> String {
        var text = summary
        if !dateText.isEmpty, let range = text.range(of: dateText) { text.removeSubrange(range) }
        var scalars = Array(text.unicodeScalars)
        var position = 0
        var moved = true
        while moved {
            moved = false
            // 今日（3月1日），…: a gloss of the date left at the front.
            if position < scalars.count, scalars[position] == "（" || scalars[position] == "(",
               let close = scalars[position...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
                position = close + 1
                moved = true
            }
            while position < scalars.count, skippable.contains(scalars[position]) { position += 1; moved = true }
            if let hit = EventSubject.leads.longest(at: position, in: scalars) { position += hit.length; moved = true }
            // 据报道，… / 据新华社消息，…: the source frame is no part of the headline.
            if position < scalars.count, scalars[position] == "据" {
                let frame = EventClause.plain(from: position, in: scalars)
                if frame.upperBound < scalars.count, EventClause.endsInSpeechCue(frame, in: scalars) { position = frame.upperBound; moved = true }
            }
        }
        scalars = Array(scalars[position...])
        while let last = scalars.last, skippable.contains(last) { scalars.removeLast() }
        scalars = droppingUnopenedClosers(scalars)
        var rest = String(scalars: scalars)
        guard let actor = actors.first, !rest.hasPrefix(actor) else { return rest.isEmpty ? summary : rest }
        // 在…发布会上 → the actor speaks at it; a clause that names the actor later keeps its order.
        if rest.contains(actor), !rest.hasPrefix("在") { return rest }
        if EventSubject.predicates.longest(at: 0, in: scalars) != nil { return actor + rest }
        if rest.isEmpty { rest = summary }
        return actor + "：" + rest
    }
}
