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

    /// Prepositions that govern a date (于9月9日, 在5月, 从1月起, 自今年起); the characters that
    /// make 在/自 the end of another word (存在, 现在, 正在, 所在, 实在, 好在; 来自, 亲自, 各自,
    /// 独自); and what shows that 在/从/自 govern a longer phrase than the date: a locative word
    /// in the clause (在2014年上市之初, 在6月1日至3日之间) or a locative character ending it.
    static let datePrepositions = ScalarSet("于在从自")
    static let endsWordWithPreposition = ScalarSet("存现正所实好来亲各独")
    static let locativeWords = ["之初", "之间", "之际", "之中", "之内", "之前", "之后", "期间"].map { Array($0.unicodeScalars) }
    static let locativeEnds = ScalarSet("上中里内时")

    /// What goes with the date from the clause: the preposition that governs it (spaces between
    /// too): 已于9月9日召开 → 已召开, 将在5月推出 → 将推出. 于 always governs its date; 在/从/自
    /// only when the date ends the phrase they open and no comma follows it (而就在本周，…: the
    /// leads go as a whole); when they govern a longer phrase, only the date goes; when nothing
    /// but a locative, another time or a 的 follows, the date stays (集中在6月1日至3日).
    static func withGoverningPreposition(_ date: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var before = date.lowerBound, after = date.upperBound
        while before > 0, scalars[before - 1] == " " { before -= 1 }
        while after < scalars.count, scalars[after] == " " { after += 1 }
        guard before > 0, datePrepositions.contains(scalars[before - 1]) else { return date }
        let preposition = before - 1
        if preposition > 0, endsWordWithPreposition.contains(scalars[preposition - 1]) { return date }
        if scalars[preposition] != "于" {
            let rest = Array(scalars[EventClause.plain(from: after, in: scalars)])
            let locativeWord = locativeWords.contains { word in rest.indices.contains { rest[$0...].starts(with: word) } }
            let onlyLocative = locativeWords.contains { rest.elementsEqual($0) }
            // 集中在6月1日至3日(之间) / 将在2023年里 / 在周五、周末 / 在2020年的投资: the
            // preposition needs its date, which stays.
            if onlyLocative || !locativeWord && (rest.first.map { $0 == "、" || $0 == "的" || locativeEnds.contains($0) } ?? true) {
                return date.lowerBound..<date.lowerBound
            }
            // 在2014年上市之初 → 在上市之初: the preposition opens a longer phrase; only the date goes.
            if locativeWord || locativeEnds.contains(rest[rest.count - 1]) { return date }
        }
        // 早在2015年谷歌就… → 谷歌就…: a lead ending in the preposition goes whole.
        if let lead = EventSubject.leads.longest(endingAt: preposition + 1, in: scalars, from: 0) { return (preposition + 1 - lead.length)..<after }
        return preposition..<after
    }

    /// Time words that carry the clause's verb with them (从1月17日开始, 自下月起).
    static let dateVerbs = ["开始", "结束", "起"]

    /// The length of a time expression at `position` (with a locative: 1月份内, 会议期间)
    /// followed by a comma, if any.
    static func leadingTime(at position: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard position < scalars.count else { return nil }
        var reference: TimeExpression?
        let tail = Array(scalars[position...])
        guard let first = TimeExpressions.find(inSentence: tail, published: Day(year: 2000, month: 1, day: 1), reference: &reference).first,
              first.offset == 0 else { return nil }
        var end = first.length
        if let word = locativeWords.first(where: { tail[end...].starts(with: $0) }) { end += word.count }
        else if end < tail.count, locativeEnds.contains(tail[end]) { end += 1 }
        return end < tail.count && (tail[end] == "，" || tail[end] == ",") ? end : nil
    }

    /// The length of `2021年7月启动的` at `position`: a time expression, a verb of at most four
    /// scalars (event-predicates.txt) and 的.
    static func datingModifier(at position: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard position < scalars.count else { return nil }
        let tail = Array(scalars[position...])
        guard let time = TimeExpressions.leadingLength(tail), let verb = EventSubject.predicates.longest(at: time, in: tail),
              verb.value == "verb", time + verb.length < tail.count, tail[time + verb.length] == "的" else { return nil }
        return time + verb.length + 1
    }

    public static func make(summary: String, dateText: String, actors: [String]) -> String {
        let whole = Array(summary.unicodeScalars)
        // 12月15日，在星海论坛上，… : the time opening the summary goes, then the scene is read.
        if let time = leadingTime(at: 0, in: whole), time + 1 < whole.count {
            return make(summary: String(scalars: whole[(time + 1)...]), dateText: dateText, actors: actors)
        }
        // 在9月份举行的星海发布会上，X表示…… → 星海发布会：X表示……
        let first = EventClause.plain(from: 0, in: whole)
        if EventClause.isSetting(first, in: whole), first.upperBound + 1 < whole.count {
            var scene = Array(whole[1..<first.upperBound])
            if let de = scene.lastIndex(of: "的") { scene = Array(scene[(de + 1)...]) }
            for closer in EventClause.settingClosers where scene.count > closer.count && scene.suffix(closer.count).elementsEqual(closer) {
                scene.removeLast(closer.count)
                break
            }
            let rest = String(scalars: whole[(first.upperBound + 1)...])
            // 在 2021 年星海论坛上: the space after 在 opens no headline.
            let sceneText = String(scalars: scene).trimmingCharacters(in: .whitespaces)
            if scene.count >= 2, !sceneText.contains(dateText) || dateText.isEmpty {
                return sceneText + "：" + make(summary: rest, dateText: dateText, actors: actors.filter { !sceneText.contains($0) })
            }
        }
        var text = summary
        // IT之家 1 月 24 日消息 …: the article's dateline is no part of the headline.
        let written = Array(summary.unicodeScalars)
        let afterDateline = Dateline.end(in: written, from: 0, to: written.count)
        if afterDateline > 0 { text = String(scalars: written[afterDateline...]) }
        if !dateText.isEmpty, let range = text.range(of: dateText) {
            let written = Array(text.unicodeScalars), date = Array(dateText.unicodeScalars)
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let cut = withGoverningPreposition(offset..<(offset + date.count), in: written)
            // 春运将从1月17日开始 → 春运将开始: a date that ends its clause keeps its verb.
            let verb = cut.upperBound == written.count ? dateVerbs.first(where: dateText.hasSuffix) : nil
            text = String(scalars: written[..<cut.lowerBound]) + (verb ?? "") + String(scalars: written[cut.upperBound...])
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
            // 据报道，近日，X…: another time expression opening the clause, set off by a comma.
            if let length = leadingTime(at: position, in: scalars) { position += length; moved = true }
            // 2021年7月启动的专项行动已期满: another time dating what the subject is (time, verb, 的)
            // describes the subject, and the headline is what happened to it.
            if let length = datingModifier(at: position, in: scalars) { position += length; moved = true }
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
