/// Within one article: pronouns take the last person quoted, and every mention of a person
/// carries the title and affiliation of that person's fullest mention.
enum SpeakerLinker {
    static func resolve(_ raw: [RawQuote]) -> [Quote] {
        var quotes: [Quote] = []
        var lastPerson: Speaker?
        for item in raw {
            let speakers: [Speaker]
            switch item.reference {
            case .speakers(let named):
                speakers = named
                if let person = named.last(where: { $0.kind == .person }) { lastPerson = person }
            case .previousPerson:
                guard let person = lastPerson else { continue }
                speakers = [person]
            }
            for speaker in speakers {
                quotes.append(Quote(speaker: speaker, mode: item.mode, cue: item.cue, text: item.text, paragraph: item.paragraph))
            }
        }
        return fillFromFullestMention(dedupe(quotes))
    }

    /// A later short form (罗杰斯) names the same person as a fuller one (伊冯·刚萨雷斯·罗杰斯).
    private static func fillFromFullestMention(_ quotes: [Quote]) -> [Quote] {
        let people = quotes.map(\.speaker).filter { $0.kind == .person }
        var fullName: [String: String] = [:]
        for person in people {
            for other in people where other.name.count > person.name.count
                && (other.name.hasSuffix("·" + person.name) || other.name.hasSuffix(" " + person.name)) {
                fullName[person.name] = other.name
            }
        }
        var fullest: [String: Speaker] = [:]
        for person in people {
            let name = fullName[person.name] ?? person.name
            let weight = person.title.count + person.affiliation.count
            if let known = fullest[name], known.title.count + known.affiliation.count >= weight { continue }
            fullest[name] = person
        }
        return quotes.map { quote in
            guard quote.speaker.kind == .person else { return quote }
            var quote = quote
            let name = fullName[quote.speaker.name] ?? quote.speaker.name
            quote.speaker.name = name
            if let best = fullest[name] {
                quote.speaker.title = best.title
                quote.speaker.affiliation = best.affiliation
            }
            return quote
        }
    }

    private static func dedupe(_ quotes: [Quote]) -> [Quote] {
        var seen: Set<String> = []
        return quotes.filter { seen.insert("\($0.speaker.name)|\($0.mode)|\($0.text)|\($0.paragraph)").inserted }
    }
}
