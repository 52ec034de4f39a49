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
        // 在9月份举行的星海发布会上，X表示…… → 星海发布会：X表示……
        let whole = Array(summary.unicodeScalars)
        let first = EventClause.plain(from: 0, in: whole)
        if EventClause.isSetting(first, in: whole), first.upperBound + 1 < whole.count {
            var scene = Array(whole[1..<first.upperBound])
            if let de = scene.lastIndex(of: "的") { scene = Array(scene[(de + 1)...]) }
            for closer in EventClause.settingClosers where scene.count > closer.count && scene.suffix(closer.count).elementsEqual(closer) {
                scene.removeLast(closer.count)
                break
            }
            let rest = String(scalars: whole[(first.upperBound + 1)...])
            let sceneText = String(scalars: scene)
            if scene.count >= 2, !sceneText.contains(dateText) || dateText.isEmpty {
                return sceneText + "：" + make(summary: rest, dateText: dateText, actors: actors.filter { !sceneText.contains($0) })
            }
        }
        var text = summary
        // IT之家 1 月 24 日消息 …: the article's dateline is no part of the headline.
        let written = Array(summary.unicodeScalars)
        let afterDateline = Dateline.end(in: written, from: 0, to: written.count)
        if afterDateline > 0 { text = String(scalars: written[afterDateline...]) }
        if !dateText.isEmpty, var range = text.range(of: dateText) {
            // 已于9月9日召开 → 已召开: 于 governs the date and goes with it (spaces between too).
            var before = range.lowerBound
            while before > text.startIndex, text[text.index(before: before)] == " " { before = text.index(before: before) }
            if before > text.startIndex, text[text.index(before: before)] == "于" {
                range = text.index(before: before)..<range.upperBound
                while range.upperBound < text.endIndex, text[range.upperBound] == " " { range = range.lowerBound..<text.index(after: range.upperBound) }
            }
            text.removeSubrange(range)
        }
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
