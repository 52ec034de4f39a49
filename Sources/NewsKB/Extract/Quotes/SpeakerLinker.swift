/// Within one article: pronouns take the last person mentioned, short names take the full
/// name written elsewhere (Hansen → Mary Hansen, 汉森 → 玛丽·安·汉森), and every mention of
/// a person carries the title and affiliation of that person's fullest mention.
enum SpeakerLinker {
    typealias Scalars = [Unicode.Scalar]

    /// A full foreign name written in the article, with what precedes it in its clause.
    private struct Mention {
        var paragraph: Int
        var position: Int
        var person: Speaker
    }

    /// The people the article names (in full, with a title, by an age or a form of address), in
    /// the order written: what 他, 她 and 其 may stand for, in quotes and in events alike.
    static func personMentions(_ paragraphs: [Scalars]) -> [(paragraph: Int, position: Int, name: String)] {
        (fullNameMentions(paragraphs) + titledNameMentions(paragraphs))
            .sorted { ($0.paragraph, $0.position) < ($1.paragraph, $1.position) }
            .map { ($0.paragraph, $0.position, $0.person.name) }
    }

    static func resolve(_ raw: [RawQuote], paragraphs: [Scalars]) -> [Quote] {
        let mentions = fullNameMentions(paragraphs)
        // Pronouns take the person mentioned last: foreign names written in full and titled Chinese names.
        // Read only when some cue's subject points back (most articles have none).
        let pointsBack = raw.contains {
            switch $0.reference {
            case .previousPerson, .description, .pairMember: return true
            default: return false
            }
        }
        let handles = pointsBack ? handleMentions(paragraphs) : []
        let antecedents = pointsBack ? (mentions + titledNameMentions(paragraphs) + handles).sorted { ($0.paragraph, $0.position) < ($1.paragraph, $1.position) } : mentions
        // People known by an account name (大V“@林小星”): a role of everyday life (该博主) may describe them.
        let accounts = Set(handles.map(\.person.name))
        var fullName: [String: Speaker] = [:]
        for mention in mentions {
            let name = mention.person.name
            for separator in ["·", "•", "・", "‧", "･", "∙", " "] {
                if let range = name.range(of: separator, options: .backwards) {
                    let short = String(name[range.upperBound...])
                    if fullName[short] == nil { fullName[short] = mention.person }
                }
            }
            if fullName[name] == nil || (fullName[name]!.title.isEmpty && fullName[name]!.affiliation.isEmpty) {
                fullName[name] = mention.person
            }
        }

        var quotes: [Quote] = []
        var lastPerson: Speaker?
        // Every person named so far, latest last, for descriptions (这位教授) to find by role.
        var peopleSoFar: [Speaker] = []
        var organizations: [Speaker] = []
        var sourcesSoFar: [(Speaker, Int)] = []
        // An unnamed single source quoted after the last person named (一位X公司的经理认为……他建议),
        // with its paragraph: 他/她 in that or the next paragraph is that source.
        var lastSingleSource: (Speaker, Int)?
        // Where the last person was named or quoted.
        var lastPersonAt: (Int, Int)?
        var mentionIndex = 0
        for item in raw {
            while mentionIndex < antecedents.count,
                  (antecedents[mentionIndex].paragraph, antecedents[mentionIndex].position) < (item.paragraph, item.position) {
                let person = antecedents[mentionIndex].person
                // A short name (罗杰斯) is the person written in full elsewhere.
                if let full = fullName[person.name], full.name != person.name || (person.title.isEmpty && person.affiliation.isEmpty) {
                    lastPerson = full
                } else {
                    lastPerson = person
                }
                lastSingleSource = nil
                lastPersonAt = (antecedents[mentionIndex].paragraph, antecedents[mentionIndex].position)
                peopleSoFar.append(person)
                mentionIndex += 1
            }
            var speakers: [Speaker]
            // How the mention was resolved to an entity, when it pointed back.
            var resolution = ""
            switch item.reference {
            case .speakers(let named):
                speakers = named.map { speaker in
                    // Hansen: a single word naming a person written in full elsewhere.
                    guard speaker.kind != .anonymous, let full = fullName[speaker.name] else { return speaker }
                    var person = full
                    if !speaker.title.isEmpty || !speaker.affiliation.isEmpty, speaker.kind == .person {
                        person.title = speaker.title
                        person.affiliation = speaker.affiliation
                    }
                    return person
                }
                // 该公司负责人: the affiliation points back to the company named before.
                for index in speakers.indices where speakers[index].affiliation.hasPrefix("该") {
                    let generic = String(speakers[index].affiliation.dropFirst())
                    guard let word = QuoteLexicons.anonymous.word(Array(speakers[index].affiliation.unicodeScalars)[...]), word.fields.first == "org" else { continue }
                    // 该平台客服: a word that names no kind of body (any) is the organization quoted or named last.
                    if word.fields.dropFirst().first == "any" {
                        speakers[index].affiliation = (organizations.last ?? mentionedCompany(before: item, in: paragraphs)
                            ?? knownOrganization(before: item, in: paragraphs))?.name ?? ""
                        continue
                    }
                    // 星辰科技表示…… 该公司CEO周明远: 公司 is the company quoted or named last, as for 公司表示.
                    // (该校: the names it points back to end in other words, listed with the entry.)
                    let endings = [generic] + pointedEndings(generic)
                    let body = organizations.last(where: { organization in endings.contains { organization.name.hasSuffix($0) } && organization.name != generic })
                        ?? endings.lazy.compactMap({ namedOrganization(endingWith: $0, before: item, in: paragraphs) }).first
                            .flatMap { generic != "公司" || isCompanyName($0.name) ? $0 : nil }
                        ?? (generic == "公司" ? lastCompany(organizations, before: item, in: paragraphs) : nil)
                    speakers[index].affiliation = body?.name ?? ""

                }
                // 市中级人民法院 after 星海市中级人民法院: the body of that place named before, in full.
                for index in speakers.indices where speakers[index].kind == .organization {
                    let name = Array(speakers[index].name.unicodeScalars)
                    guard name.count >= 4, let first = name.first, regionEndings.contains(first),
                          let full = namedOrganization(endingWith: speakers[index].name, before: item, in: paragraphs),
                          full.name.unicodeScalars.count > name.count else { continue }
                    speakers[index].name = full.name
                }
                if let person = speakers.last(where: { $0.kind == .person }) {
                    lastPerson = person
                    lastSingleSource = nil
                    lastPersonAt = (item.paragraph, item.position)
                } else if speakers.count == 1, speakers[0].kind == .anonymous, isSingleSource(speakers[0].name) {
                    lastSingleSource = (speakers[0], item.paragraph)
                }
                // 记者致电知网……工作人员表示: staff with no organization named work for the one contacted.
                for index in speakers.indices where speakers[index].kind == .anonymous && speakers[index].affiliation.isEmpty
                    && QuoteLexicons.anonymous.word(Array(speakers[index].name.unicodeScalars)[...])?.fields.dropFirst().first == "member" {
                    if let contacted = contactedOrganization(before: item, in: paragraphs) { speakers[index].affiliation = contacted.name }
                }
                peopleSoFar += speakers.filter { $0.kind == .person }
                organizations += speakers.filter { $0.kind == .organization }
            case .previousOrganization(let generic):
                resolution = "organization"
                // 法院表示 → the court named before; 公司表示 → the organization quoted last.
                let endings = generic.isEmpty ? [] : [generic] + pointedEndings(generic)
                let sameKind = generic.isEmpty ? nil : organizations.last { organization in endings.contains { organization.name.hasSuffix($0) } && organization.name != generic }
                // 公司 is a company: not the outlet, ministry or court quoted last (数据宝统计显示 …… 公司预计).
                let anyKind = generic == "公司" ? lastCompany(organizations, before: item, in: paragraphs)
                    : generic.isEmpty ? organizations.last ?? mentionedCompany(before: item, in: paragraphs)
                    ?? knownOrganization(before: item, in: paragraphs) : nil
                let named = generic == "公司" ? nil : endings.lazy.compactMap({ namedOrganization(endingWith: $0, before: item, in: paragraphs) }).first
                // 星海电子集团有限公司于去年……。公司官网资料显示: a company named so earlier in the paragraph.
                // (业绩预喜公司 names a kind of company, no company: a topic word opens it.)
                let written = generic == "公司" ? namedOrganization(endingWith: generic, before: item, in: paragraphs, sameParagraph: true)
                    .flatMap { QuoteLexicons.notSpeakers.longest(at: 0, in: Array($0.name.unicodeScalars)) == nil && isCompanyName($0.name) ? $0 : nil } : nil
                // 法院认为 with no court named: one body of the state, as written (anonymous-sources.txt, place).
                let asWritten = QuoteLexicons.anonymous.word(Array(generic.unicodeScalars)[...])?.fields.dropFirst().first == "place"
                    ? Speaker(name: generic, kind: .organization) : nil
                guard let organization = sameKind ?? written ?? anyKind ?? named ?? asWritten else { continue }
                speakers = [organization]
            case .documentWord(let kind):
                resolution = "document"
                // Else the organization quoted in this or the paragraph before (not one quoted far
                // back: 财报显示 in a round-up of companies), else a known one named nearby.
                // One quoted with that kind of document however far back (X发布报告称 …… 报告显示) comes first.
                let sameDocument = quotes.last { $0.speaker.kind == .organization && $0.cue.contains(kind) }?.speaker
                let recent = quotes.last { $0.speaker.kind == .organization && $0.paragraph >= item.paragraph - 1 }?.speaker
                // 判决书显示: a court's document speaks only for a court (speaker-documents.txt, court).
                if QuoteLexicons.documents.word(Array(kind.unicodeScalars)[...])?.fields.dropFirst().first == "court" {
                    guard let court = publisher(of: kind, before: item, in: paragraphs)
                            ?? quotes.last(where: { $0.speaker.kind == .organization && isCourt($0.speaker.name) })?.speaker else { continue }
                    speakers = [court]
                    break
                }
                // In a round-up with a section per company (心动：……), the section's company.
                guard let organization = publisher(of: kind, before: item, in: paragraphs) ?? sectionOrganization(before: item, in: paragraphs)
                        ?? sameDocument ?? recent ?? knownOrganization(before: item, in: paragraphs) else { continue }
                speakers = [organization]
            case .official:
                resolution = "official"
                let distinct = Set(organizations.map(\.name))
                if let contacted = contactedOrganization(before: item, in: paragraphs) {
                    speakers = [contacted]
                } else if distinct.count == 1 {
                    speakers = [organizations[0]]
                } else {
                    // The one known organization the title names (Facebook故障 …), else unnamed.
                    speakers = [titleOrganization() ?? Speaker(name: "官方", kind: .anonymous)]
                }
            case .plural(let asWritten):
                // 腾讯在财报中……，他们还提到: Chinese news calls a company 他们; with no person named in
                // the paragraph before it and one organization, that organization speaks.
                let personBefore = lastPersonAt.map { $0.0 == item.paragraph } ?? false
                if !personBefore, let organization = soleOrganization(before: item, in: paragraphs) {
                    resolution = "plural"
                    speakers = [organization]
                } else {
                    speakers = [asWritten]
                }
            case .contacted(let asWritten):
                resolution = "contacted"
                speakers = [contactedOrganization(before: item, in: paragraphs) ?? asWritten]
            case .document(let title):
                resolution = "document"
                // A law whose maker the article does not name speaks as itself, by its full title.
                // A document whose issuer is nowhere named speaks as itself, by its title as written
                // (《2021年星海网络直播（带货）发展报告》统计), not as the organization quoted last.
                // A short title (《报告》, 《意见》) is the document of the organization quoted last.
                let generic = title.unicodeScalars.count <= 4 || QuoteLexicons.documents.word(Array(title.unicodeScalars)[...]) != nil
                guard let issuer = issuer(of: title, in: paragraphs) ?? law(title, in: paragraphs).map({ [$0] })
                        ?? namedInTitle(title).map({ [$0] }) ?? (generic ? organizations.last.map { [$0] } : nil) else {
                    if generic { continue }
                    speakers = [Speaker(name: writtenTitle(title, in: paragraphs), kind: .organization)]
                    break
                }
                speakers = issuer
            case .previousSpeaker(let paragraph):
                resolution = "continuation"
                guard let last = quotes.last, last.paragraph == paragraph else { continue }
                speakers = [last.speaker]
            case .previousPerson:
                resolution = "pronoun"
                if let (source, paragraph) = lastSingleSource, item.paragraph - paragraph <= 1 {
                    speakers = [source]
                } else if let (source, at) = singleSourceOpeningSentence(before: item, in: paragraphs),
                          lastPersonAt.map({ $0 < at }) ?? true {
                    // 星辰科技发言人在博客中进行了辩护。他表示: the unnamed source the sentence before opens with.
                    speakers = [source]
                } else {
                    guard let person = lastPerson else { continue }
                    speakers = [person]
                }
            case .pairMember(let latter, let asWritten):
                // 周明远和何晓峰都出席了论坛。前者表示: the first or second of the two named.
                if let pair = namedPair(before: item, in: paragraphs) {
                    resolution = "pair"
                    let named = latter ? pair.1 : pair.0
                    speakers = [fullName[named.name] ?? named]
                } else {
                    speakers = [asWritten]
                }
            case .description(let noun, let asWritten):
                // The latest person named with that role (这位教授 after 星海大学教授周明远) or unnamed
                // source quoted before whose name ends so (上述服务商 after 海外营销服务商), else an
                // unnamed kind as written (这位网友), else the person named last when no role was given.
                resolution = "description"
                // (这位学者 after 教授林青: a class noun covers its titles, description-classes.txt.)
                let covered = QuoteLexicons.descriptionClasses[noun] ?? []
                let person = peopleSoFar.lastIndex(where: { person in person.title.hasSuffix(noun) || covered.contains { person.title.hasSuffix($0) } })
                // (上述人士 after 一位中层管理人员: 人士 is any unnamed person, whatever the word for them.)
                let source = sourcesSoFar.lastIndex(where: { ($0.0.name.hasSuffix(noun) || noun == "人士" && $0.0.kind == .anonymous) && $0.0.name != asWritten?.name })
                if let source, person.map({ sourcesSoFar[source].1 > $0 }) ?? true {
                    speakers = [sourcesSoFar[source].0]
                } else if let person {
                    let person = peopleSoFar[person]
                    speakers = [fullName[person.name].map { $0.title.isEmpty ? person : $0 } ?? person]
                } else if let group = quotes.last(where: { $0.speaker.kind == .anonymous && $0.speaker.name.hasSuffix(noun) }) {
                    // 上述营销服务商 after 海外网红营销服务商.
                    speakers = [group.speaker]
                } else if asWritten != nil, let person = lastPerson, person.title.isEmpty || saysResidence(person.title),
                          isEverydayRole(noun), let at = lastPersonAt, at.0 >= item.paragraph - 1 {
                    // 市民王建国今年七十岁了。……这位老人说: a role of everyday life stands for the
                    // person named just before (this or the previous paragraph) with no title but
                    // where they live, not for an unnamed one.
                    speakers = [person]
                } else if let person = lastPerson,
                          person.title.isEmpty || accounts.contains(person.name),
                          QuoteLexicons.titles.word(Array(noun.unicodeScalars)[...])?.fields.first == "role"
                            || lastPersonAt.map({ mentionsRole(noun, from: $0, to: item, in: paragraphs) }) == true {
                    // Only a person with no other role (or known by an account name) can be the one
                    // described (not 教授 for 该董事长): by a role of everyday life (该博主, 这位老人), or by a title the article gives
                    // after naming them (陈晓峰是星海大学的教授 …… 这位教授).
                    speakers = [person]
                } else if let asWritten {
                    speakers = [asWritten]
                } else if QuoteLexicons.titles.word(Array(noun.unicodeScalars)[...]) == nil, let person = lastPerson,
                          let at = lastPersonAt, at.0 >= item.paragraph - 1 {
                    // 特斯拉CEO埃隆·马斯克…… 这位亿万富翁: an epithet that is no title or role the lexicon
                    // knows describes the person named just before (this or the previous paragraph).
                    speakers = [person]
                } else {
                    // 这位教授 with no professor named stays unattributed.
                    continue
                }
            }
            if case .speakers = item.reference {} else {
                organizations += speakers.filter { $0.kind == .organization }
            }
            // Unnamed sources quoted so far, with how many people had been named by then.
            sourcesSoFar += speakers.filter { $0.kind == .anonymous }.map { ($0, peopleSoFar.count) }
            for speaker in speakers {
                quotes.append(Quote(speaker: speaker, mode: item.mode, cue: item.cue, text: item.text, paragraph: item.paragraph,
                                    sieve: resolution.isEmpty ? item.sieve : item.sieve + "+" + resolution))
            }
        }
        // One entity per article: a bare name read as an organization (拜登指控) is the person the
        // article names so elsewhere (美国总统拜登).
        let people = Set(quotes.filter { $0.speaker.kind == .person }.map(\.speaker.name) + mentions.map(\.person.name))
        for index in quotes.indices where quotes[index].speaker.kind == .organization && people.contains(quotes[index].speaker.name) {
            quotes[index].speaker.kind = .person
        }
        quotes = surnameAndTitleForms(quotes, in: paragraphs)
        let quoted = Set(quotes.filter { $0.speaker.kind == .person }.map(\.speaker.name))
        let named = fullestOrganizationNames(writtenFullNames(quotes, in: paragraphs))
        // A pointing affiliation (该公司) nothing before resolved names no organization.
        // An account name quoted with its role (主播“X”) takes the platform written with it elsewhere.
        let accountHandles = pointsBack ? handles : quotes.contains { $0.speaker.kind == .person && isEverydayRole($0.speaker.title) } ? handleMentions(paragraphs) : []
        return fillFromFullestMention(dedupe(named), mentions: mentions + accountHandles + nameMentions(of: quoted, in: paragraphs)).map { quote in
            var quote = quote
            if QuoteLexicons.anonymous.word(Array(quote.speaker.affiliation.unicodeScalars)[...])?.fields.first == "org" { quote.speaker.affiliation = "" }
            return quote
        }
    }

    /// The two people or organizations a clause opens with (周明远和何晓峰都出席了论坛,
    /// 星河集团与蓝湾科技签署协议), in the sentence before the quote's or earlier in its own
    /// (the nearest such clause first); nil when no clause there opens with exactly two.
    private static func namedPair(before item: RawQuote, in paragraphs: [Scalars]) -> (Speaker, Speaker)? {
        guard item.paragraph < paragraphs.count else { return nil }
        var text = paragraphs[item.paragraph]
        var end = min(item.position, text.count)
        if end == 0, item.paragraph > 0 {
            text = paragraphs[item.paragraph - 1]
            end = text.count
        }
        var start = end
        while start > 0, !Marks.terminators.contains(text[start - 1]) { start -= 1 }
        if start > 0 { start -= 1 }
        while start > 0, !Marks.terminators.contains(text[start - 1]) { start -= 1 }
        var clauseEnd = end
        while clauseEnd > start {
            var clauseStart = clauseEnd - 1
            while clauseStart > start, !Marks.isClauseBoundary(text[clauseStart - 1]) { clauseStart -= 1 }
            // The longest opening of the clause that names exactly two.
            // (It ends where the clause does or its predicate begins: 星辰科技与蓝湾集团 | 签署了.)
            for cut in stride(from: clauseEnd - 1, through: clauseStart + 4, by: -1) where cut - clauseStart <= 40
                && (cut == clauseEnd - 1 || beginsPredicate(at: cut, in: text)) {
                if case .speakers(let found)? = SpeakerParser.parse(text[clauseStart..<cut]), found.count == 2, found.allSatisfy({ $0.kind != .anonymous }) {
                    return (found[0], found[1])
                }
            }
            clauseEnd = clauseStart - 1
        }
        return nil
    }

    /// A role of everyday life (titles.txt, role: 老人, 店主, 市民).
    private static func isEverydayRole(_ title: String) -> Bool {
        QuoteLexicons.titles.word(Array(title.unicodeScalars)[...])?.fields.first == "role"
    }

    /// A title that says only where someone lives (titles.txt, residence: 市民, 村民).
    private static func saysResidence(_ title: String) -> Bool {
        QuoteLexicons.titles.word(Array(title.unicodeScalars)[...])?.fields.dropFirst().first == "residence"
    }

    /// Whether the role noun of a description (教授 of 这位教授) is written between the paragraph
    /// where the last person was named and the description itself.
    private static func mentionsRole(_ noun: String, from at: (Int, Int), to item: RawQuote, in paragraphs: [Scalars]) -> Bool {
        let word = Array(noun.unicodeScalars)
        guard !word.isEmpty, at.0 <= item.paragraph else { return false }
        for paragraph in at.0...item.paragraph where paragraph < paragraphs.count {
            let text = paragraphs[paragraph]
            // The description itself stands before its cue; its own words do not count.
            var end = paragraph == item.paragraph ? min(item.position, text.count) : text.count
            if paragraph == item.paragraph, let own = lastOccurrence(of: word, in: text, before: end) { end = own }
            if lastOccurrence(of: word, in: text, before: end) != nil { return true }
        }
        return false
    }

    private static func lastOccurrence(of word: Scalars, in text: Scalars, before end: Int) -> Int? {
        var index = end - word.count
        while index >= 0 {
            if text[index..<(index + word.count)].elementsEqual(word) { return index }
            index -= 1
        }
        return nil
    }

    private static let executiveShort: Unicode.Scalar = "总"

    /// The role a `surname + role` form of address names (王教授 → 教授, 孙总 → 总), or nil.
    private static func addressedRole(_ name: String) -> (surname: String, role: String)? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 5, let surname = QuoteLexicons.surnames.longest(at: 0, in: scalars),
              surname.fields.first != "rare", surname.length < scalars.count else { return nil }
        let role = Array(scalars[surname.length...])
        if role.count == 1, role[0] == executiveShort { return (surname.key, "总") }
        guard role.count >= 2, let title = QuoteLexicons.titles.word(role[...]), title.fields.first != "prefix" else { return nil }
        return (surname.key, title.key)
    }

    /// `蓝海大学教授王建国 …… 王教授认为` / `星辰科技创始人孙一鸣 …… 孙总表示`: a surname and a role
    /// word is how news addresses a person named in full before; the quote is that person's (by the
    /// guide, the fullest mention: 盘和林, not 盘院长) when exactly one person of that surname holds
    /// that role (总 any post) in the article.
    private static func surnameAndTitleForms(_ quotes: [Quote], in paragraphs: [Scalars]) -> [Quote] {
        let forms = quotes.indices.filter { quotes[$0].speaker.kind == .person && quotes[$0].speaker.title.isEmpty }
            .compactMap { index in addressedRole(quotes[index].speaker.name).map { (index, $0) } }
        guard !forms.isEmpty else { return quotes }
        let people = quotes.map(\.speaker).filter { $0.kind == .person && !$0.title.isEmpty }
            + titledNameMentions(paragraphs).map(\.person) + fullNameMentions(paragraphs).map(\.person)
        var quotes = quotes
        for (index, (surname, role)) in forms {
            let holders = people.filter { person in
                guard person.name.hasPrefix(surname), person.name != quotes[index].speaker.name, addressedRole(person.name) == nil,
                      SpeakerParser.hasNameForm(person.name), !person.title.isEmpty else { return false }
                if role == "总" {
                    return person.title.unicodeScalars.contains(executiveShort)
                        || QuoteLexicons.titles.longest(endingAt: person.title.unicodeScalars.count, in: Array(person.title.unicodeScalars))?.fields.first == "post"
                }
                return person.title.hasSuffix(role)
            }
            guard let first = holders.first, holders.allSatisfy({ $0.name == first.name }) else { continue }
            let fullest = holders.max { $0.title.count + $0.affiliation.count < $1.title.count + $1.affiliation.count } ?? first
            quotes[index].speaker = fullest
        }
        return quotes
    }

    /// The company a bare or pointing 公司 means: the organization quoted last that is no outlet,
    /// ministry, court or country, else a company named in the text before the quote.
    /// 校 → 大学, 学院 …: the endings of the names 该 + `generic` points back to besides the word
    /// itself (anonymous-sources.txt, third field).
    private static func pointedEndings(_ generic: String) -> [String] {
        let entry = QuoteLexicons.anonymous.word(Array(("该" + generic).unicodeScalars)[...])
        return (entry?.fields.dropFirst(2).first ?? "").split(separator: "|").map(String.init)
    }

    private static func lastCompany(_ organizations: [Speaker], before item: RawQuote, in paragraphs: [Scalars]) -> Speaker? {
        organizations.last { organization in
            // A known name by its kind; any other by its ending (云原生计算基金会 is no company).
            if let known = QuoteLexicons.organizations.word(organization.name) { return !notCompanies.contains(known.fields.first ?? "") }
            let name = Array(organization.name.unicodeScalars)
            return QuoteLexicons.orgSuffixes.longest(endingAt: name.count, in: name).map { $0.fields.first == "company" } ?? true
        }
            ?? mentionedCompany(before: item, in: paragraphs) ?? knownOrganization(before: item, in: paragraphs, companiesOnly: true)
    }

    private static let openingStops: ScalarSet = ["了", "把", "被", "将", "的", "已", "也", "还", "在", "向", "对", "于", "从", "就", "曾", "又", "都", "，", "。"]

    /// The unnamed single source (星辰科技发言人) opening the sentence right before a pronoun's
    /// clause, in its paragraph or closing the paragraph before, with where it stands.
    private static func singleSourceOpeningSentence(before item: RawQuote, in paragraphs: [Scalars]) -> (Speaker, (Int, Int))? {
        var paragraph = item.paragraph
        var text = paragraphs[paragraph]
        var end = min(item.position, text.count)
        while end > 0, text[end - 1] == " " { end -= 1 }
        if end == 0 {
            guard paragraph > 0 else { return nil }
            paragraph -= 1
            text = paragraphs[paragraph]
            end = text.count
        }
        // The pronoun opens its sentence; the sentence before ends right there.
        guard end > 0, Marks.terminators.contains(text[end - 1]) else { return nil }
        var start = end - 1
        while start > 0, !Marks.terminators.contains(text[start - 1]) { start -= 1 }
        // 王小丽在星海开了一家奶茶店。她说 / 今年春节，赵大勇没有回老家。他坦言: a person named bare,
        // by the form of the name, opening a clause of the sentence right before in the same paragraph.
        if paragraph == item.paragraph {
            var clause = start
            while clause < end {
                if let person = bareNameOpening(at: clause, before: end, in: text) { return (person, (paragraph, clause)) }
                while clause < end, !Marks.isClauseBoundary(text[clause]) { clause += 1 }
                clause += 1
            }
        }
        var limit = start
        while limit < end, limit - start < 20, !openingStops.contains(text[limit]) { limit += 1 }
        for stop in stride(from: limit, through: start + 2, by: -1) {
            guard case .speakers(let found)? = SpeakerParser.parse(text[start..<stop]), found.count == 1 else { continue }
            guard found[0].kind == .anonymous, isSingleSource(found[0].name) else { return nil }
            return (found[0], (paragraph, start))
        }
        return nil
    }

    /// A Chinese name of two or three scalars (a common surname first) at `index`, followed by a
    /// predicate or a word no name begins with.
    private static func bareNameOpening(at index: Int, before end: Int, in text: Scalars) -> Speaker? {
        guard let surname = QuoteLexicons.surnames.longest(at: index, in: text), surname.fields.first != "rare" else { return nil }
        for length in [surname.length + 2, surname.length + 1] where index + length < end {
            let name = text[index..<(index + length)]
            guard name.allSatisfy(Marks.isHan), SpeakerParser.hasNameForm(name.string),
                  SpeakerParser.notNameStarts.contains(text[index + length]) || beginsPredicate(at: index + length, in: text),
                  case .speakers(let found)? = SpeakerParser.parse(name), found.count == 1, found[0].kind == .person,
                  found[0].name == name.string else { continue }
            return found[0]
        }
        return nil
    }

    /// Words opening an unnamed source that make it many (多位, 不少, 部分).
    private static let pluralLeads: [String] = ["多", "不少", "部分", "一些", "很多", "许多", "众多", "各", "有些", "少数", "大部分", "大多数"]

    /// An unnamed source that is one person: it ends in a role or post (经理, 骑手, 创始人) and
    /// is not many (多位设计师, 律师们).
    private static func isSingleSource(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        // The role first: it is one lookup, where the plural tests compare a dozen Strings.
        guard QuoteLexicons.titles.longest(endingAt: scalars.count, in: scalars, where: { $0.fields.first != "prefix" }) != nil else { return false }
        return !name.hasSuffix("们") && !pluralLeads.contains(where: { name.hasPrefix($0) })
    }

    /// An organization quoted by a short name (中消协, organization-aliases.txt) takes the longest
    /// name of the same organization that the article uses at another cue or defines a short
    /// name for (中国消费者协会（以下简称“中消协”）); a full name written only in passing
    /// (中国人民银行数字货币研究所) leaves the short name used at the cues.
    private static func writtenFullNames(_ quotes: [Quote], in paragraphs: [Scalars]) -> [Quote] {
        var cache: [String: String] = [:]
        let speakers = Set(quotes.filter { $0.speaker.kind == .organization }.map(\.speaker.name))
        // 星海市消费者协会（…）: the variant written with a gloss after it, searched in scalars (a
        // Foundation string search here took an eighth of the quote extractor's time).
        func writtenWithGloss(_ variant: String) -> Bool {
            let needle = Array(variant.unicodeScalars)
            guard let first = needle.first else { return false }
            for text in paragraphs where text.count > needle.count {
                var index = 0
                while index + needle.count < text.count {
                    if text[index] == first, text[(index + needle.count)] == "（" || text[(index + needle.count)] == "(",
                       text[index..<(index + needle.count)].elementsEqual(needle) {
                        return true
                    }
                    index += 1
                }
            }
            return false
        }
        func fullest(_ name: String) -> String {
            if let known = cache[name] { return known }
            var best = name
            for variant in OrganizationAliases.variants(name).dropFirst() + abbreviationVariants(name) where variant.count > best.count
                && (speakers.contains(variant) || writtenWithGloss(variant)) {
                best = variant
            }
            cache[name] = best
            return best
        }
        return quotes.map { quote in
            var quote = quote
            if quote.speaker.kind == .organization { quote.speaker.name = fullest(quote.speaker.name) }
            // 市场监管总局相关负责人 speaks for the same organization.
            if quote.speaker.kind == .anonymous, !quote.speaker.affiliation.isEmpty {
                quote.speaker.affiliation = fullest(quote.speaker.affiliation)
            }
            return quote
        }
    }

    private static let abbreviations: [(short: String, length: Int, full: [String])] = Lexicon.bundled("organization-abbreviations").entries.map {
        ($0.key, $0.key.count, ($0.fields.first ?? "").split(separator: "|").map(String.init))
    }

    /// The full names a body shortened by its kind's ending may go by (organization-abbreviations.txt):
    /// 星海消协 → 星海消费者协会, 星海市消费者协会, 星海省消费者协会.
    private static func abbreviationVariants(_ name: String) -> [String] {
        var result: [String] = []
        let length = name.count // counted once: counting Characters walks the whole name
        for (short, shortLength, fulls) in abbreviations where length > shortLength + 1 && name.hasSuffix(short) {
            let place = String(name.dropLast(short.count))
            var places = [place]
            if place.hasSuffix("市") || place.hasSuffix("省") { places.append(String(place.dropLast())) } else { places += [place + "市", place + "省"] }
            for prefix in places where prefix.count >= 2 {
                result += fulls.map { prefix + $0 }
            }
        }
        return result
    }

    /// One organization keeps one name within an article: 市场监管总局 is 国家市场监管总局 when the
    /// article names it so at another quote.
    private static func fullestOrganizationNames(_ quotes: [Quote]) -> [Quote] {
        let names = Set(quotes.filter { $0.speaker.kind == .organization }.map(\.speaker.name))
        guard names.count > 1 else { return quotes }
        var fullest: [String: String] = [:]
        for name in names where name.unicodeScalars.count >= 3 {
            let longer = names.filter { $0 != name && $0.hasSuffix(name) }
            if longer.count == 1, let only = longer.first { fullest[name] = only }
        }
        guard !fullest.isEmpty else { return quotes }
        return quotes.map { quote in
            var quote = quote
            if quote.speaker.kind == .organization, let full = fullest[quote.speaker.name] { quote.speaker.name = full }
            // 市场监管总局相关负责人 speaks for the same 国家市场监管总局.
            if quote.speaker.kind == .anonymous, let full = fullest[quote.speaker.affiliation] { quote.speaker.affiliation = full }
            return quote
        }
    }

    /// Every place a quoted person is named, read with the words around it: `星海市副市长兼秘书长周明远`
    /// before the name, or a role word right after it (`周明远副市长`).
    private static let interviewVerbs: [Scalars] = ["对话", "专访", "采访"].map { Array($0.unicodeScalars) }

    private static func nameMentions(of names: Set<String>, in paragraphs: [Scalars]) -> [Mention] {
        var mentions: [Mention] = []
        for name in names {
            let target = Array(name.unicodeScalars)
            guard let first = target.first else { continue }
            for (paragraph, text) in paragraphs.enumerated() {
                var index = 0
                while index + target.count <= text.count {
                    defer { index += 1 }
                    guard text[index] == first, text[index..<(index + target.count)].elementsEqual(target) else { continue }
                    let end = index + target.count
                    var clauseStart = index
                    while clauseStart > 0, !Marks.isClauseBoundary(text[clauseStart - 1]), text[clauseStart - 1] != "的",
                          index - clauseStart < 30 {
                        clauseStart -= 1
                    }
                    // 新华社北京9月13日电（记者林晓）工信部……: a dateline opening the clause is no part of it,
                    // even when the window above starts inside it.
                    var opening = clauseStart
                    while opening > 0, !Marks.isClauseBoundary(text[opening - 1]), text[opening - 1] != "的" { opening -= 1 }
                    if opening < clauseStart { clauseStart = max(clauseStart, Dateline.end(in: text, from: opening, to: index)) }
                    // 说这话的是星海大学教授林思远 / 这是星海大学教授林思远: the copula opening what is
                    // read is no part of the affiliation.
                    if clauseStart + 1 < index, text[clauseStart] == "是" {
                        clauseStart += 1
                    } else if clauseStart + 2 < index, text[clauseStart + 1] == "是", copulaLeads.contains(text[clauseStart]) {
                        clauseStart += 2
                    } else if let copula = QuoteScanner.viewCopulas.first(where: { clauseStart + $0.count < index && text[clauseStart...].starts(with: $0) }) {
                        clauseStart += copula.count // 这也是星海大学教授林思远的判断
                    }
                    // 记者采访了星海大学教授林思远 / 通过星海大学教授林思远: an aspect marker ends the
                    // verb before the mention, so the affiliation starts after it.
                    if let marker = text[clauseStart..<index].lastIndex(where: { $0 == "了" || $0 == "过" }) { clauseStart = marker + 1 }
                    // 星海周刊对话青禾科技创始人李文博 / 专访星海大学教授林思远: likewise after a verb of interviewing.
                    for verb in interviewVerbs {
                        if let at = (clauseStart..<max(clauseStart, index - verb.count + 1)).last(where: { text[$0..<($0 + verb.count)].elementsEqual(verb) }) {
                            clauseStart = max(clauseStart, at + verb.count)
                        }
                    }
                    // 在浙江大学……副所长罗知远看来 / 用……的话说 / 正如……所说: the lead of the frame whose
                    // verb follows the name is no part of the affiliation (leads in speech-verbs.txt).
                    // (用……自己的话说: a tail filler may stand between.)
                    let frameAt = end + (QuoteLexicons.fillers.longest(at: end, in: text, where: { $0.fields.first == "tail" })?.length ?? 0)
                    if let frame = QuoteLexicons.speechVerbs.longest(at: frameAt, in: text) ?? QuoteLexicons.speechVerbs.longest(at: end, in: text) {
                        let leads = (frame.fields.dropFirst().first ?? "").split(separator: "|").map { Array($0.unicodeScalars) }
                        if !leads.isEmpty { clauseStart += QuoteLexicons.connectiveBeforeLead(at: clauseStart, in: text, leads: leads) }
                        if let lead = leads.filter({ index - clauseStart > $0.count && text[clauseStart..<(clauseStart + $0.count)].elementsEqual($0) })
                            .max(by: { $0.count < $1.count }) {
                            clauseStart += lead.count
                        }
                    }
                    var person = Speaker(name: name, kind: .person)
                    // (星海大学教授林青和蓝湾研究院研究员何东: the member of the list with that name.)
                    if case .speakers(let found)? = SpeakerParser.parse(text[clauseStart..<end]),
                       let same = found.last, same.kind == .person, same.name == name {
                        person = same
                    }
                    if person.title.isEmpty, person.affiliation.isEmpty { describeByCopula(&person, in: text, after: end) }
                    if person.title.isEmpty, let title = QuoteLexicons.titles.longest(at: end, in: text, where: { $0.fields.first != "prefix" }) {
                        person.title = title.key
                    }
                    if person.title.isEmpty, person.affiliation.isEmpty { describeBySentence(&person, in: text, start: index, end: end) }
                    if person.title.isEmpty, person.affiliation.isEmpty { describeByApposition(&person, in: text, start: index, end: end) }
                    // 该公司CEO周明远 / X仍为公司执行董事 (a bare 公司 reads as 该公司): the company named just
                    // before this mention; any other pointing word is resolved at the quote only.
                    if person.affiliation.hasPrefix("该") {
                        person.affiliation = person.affiliation == "该公司"
                            ? mentionedCompany(beforeParagraph: paragraph, position: index, in: paragraphs)?.name ?? "" : ""
                    }
                    mentions.append(Mention(paragraph: paragraph, position: index, person: person))
                }
            }
        }
        return mentions
    }

    /// Chinese names written right after a role word (`劳动关系处副处长王林`), the antecedents of
    /// 他/她. Of a two- and a three-scalar reading the one the article repeats wins (王林 in
    /// 副处长王林亲身体验 when 王林 recurs).
    /// 特邀作者“星河财经”: the roles that name the article's own writers, never a source.
    private static let bylineRoles: Set<String> = ["作者", "编辑", "记者"]

    /// 微博大V“@科技小星”, 美食博主「林小吃」: an account name in quotation marks right after a
    /// role word names that person (without its @), so that 该博主 later points back to it.
    private static func handleMentions(_ paragraphs: [Scalars]) -> [Mention] {
        var mentions: [Mention] = []
        for (paragraph, text) in paragraphs.enumerated() {
            for index in text.indices.dropFirst() where text[index] == "“" || text[index] == "「" {
                guard var (person, _) = SpeakerParser.accountHolder(at: index, in: text), !bylineRoles.contains(person.title) else { continue }
                let roleStart = index - person.title.unicodeScalars.count
                // 快手主播“驴嫂”: a platform the lexicon knows right before the role is where they work.
                if let platform = QuoteLexicons.organizations.longest(endingAt: roleStart, in: text), platform.fields.first != "country" {
                    person.affiliation = platform.key
                }
                fullerIdentity(before: roleStart, in: text, of: &person)
                mentions.append(Mention(paragraph: paragraph, position: index, person: person))
            }
        }
        return mentions
    }

    /// 评测机构Acme联合创始人、微博大V“@林小星”: a post in an organization written before the
    /// role, across 、 and a platform word, is the person's fullest title and affiliation
    /// (联合创始人 of Acme, a Latin name after its descriptor).
    private static func fullerIdentity(before roleStart: Int, in text: Scalars, of person: inout Speaker) {
        var cut = roleStart
        while cut > 0, roleStart - cut < 4, text[cut - 1] != "、", EventSubject.isNameScalar(text[cut - 1]) { cut -= 1 }
        guard cut > 1, text[cut - 1] == "、" else { return }
        var start = cut - 1
        while start > 0, !Marks.isClauseBoundary(text[start - 1]) { start -= 1 }
        let segment = Array(text[start..<(cut - 1)])
        guard let post = QuoteLexicons.titles.longest(endingAt: segment.count, in: segment, where: { $0.fields.first == "post" }),
              post.length < segment.count else { return }
        let owner = Array(segment[..<(segment.count - post.length)])
        guard let organization = EventSubject.describedLatinName(owner) ?? (SpeakerParser.isOrganization(owner[...]) ? owner.string : nil) else { return }
        person.title = post.key
        person.affiliation = organization
    }

    private static func titledNameMentions(_ paragraphs: [Scalars]) -> [Mention] {
        var mentions: [Mention] = []
        for (paragraph, text) in paragraphs.enumerated() {
            var index = 1
            while index + 1 < text.count {
                defer { index += 1 }
                guard let surname = QuoteLexicons.surnames.longest(at: index, in: text), surname.fields.first != "rare",
                      QuoteLexicons.titles.longest(endingAt: index, in: text, where: { $0.fields.first != "prefix" }) != nil else { continue }
                let readings = [surname.length + 2, surname.length + 1].filter { length in
                    index + length <= text.count && text[index..<(index + length)].allSatisfy(Marks.isHan)
                        && !SpeakerParser.isWeekday(text[index..<min(text.count, index + 2)])
                        && !text[(index + surname.length)..<(index + length)].contains(where: { nameStops.contains($0) })
                }
                let repeated = readings.first { (KnownNames.mentions?.count(text[index..<(index + $0)]) ?? 0) >= 2 }
                // 副总裁李明远出席了发布会: the name ends where a predicate, a setting or a time word
                // begins (the two-scalar reading 李明 would leave 远出席, which begins none).
                let endsName = { (length: Int) in index + length == text.count || Marks.isClauseBoundary(text[index + length])
                    || beginsPredicate(at: index + length, in: text) }
                // 副总裁王芳承认，/ 教授陈立说，: a cue right after the shorter reading ends the name there
                // when the longer one (王芳承, 陈立说) leaves no predicate after it (刘志强调研: 刘志强).
                let beforeCue = readings.count == 2 && !beginsPredicate(at: index + readings[0], in: text)
                    && QuoteLexicons.speechVerbs.longest(at: index + readings[1], in: text) != nil ? readings[1] : nil
                // 副总裁林海并不认同, 教授韩立长期研究: an adverb that closes speakers (并, 也, 长期:
                // speaker-fillers.txt) after the shorter reading ends the name there.
                // (教授何东则更为乐观: a one-scalar adverb such as 则 or 也 ends the name even when a
                // predicate follows it.)
                let adverb = readings.count == 2 ? QuoteLexicons.fillers.longest(at: index + readings[1], in: text, where: { $0.fields.first == "tail" || $0.fields.first == "both" }) : nil
                let beforeAdverb = adverb.map { $0.length == 1 || !beginsPredicate(at: index + readings[0], in: text) } == true ? readings[1] : nil
                // 教授林青正在整理资料, 教授林青听说: an everyday predicate (person-predicates.txt)
                // after the shorter reading ends the name there, though 在 or 说 would end the longer.
                let beforeEverydayPredicate = readings.count == 2
                    && QuoteLexicons.personPredicates.longest(at: index + readings[1], in: text) != nil ? readings[1] : nil
                // Else the longer reading that ends the name (教授韩立来到现场: 韩立, before a predicate),
                // else a given name of two scalars, the common length (创始人周明远创业已有十年).
                guard let length = repeated ?? beforeCue ?? beforeAdverb ?? beforeEverydayPredicate ?? readings.first(where: { endsName($0)
                    || SpeakerParser.notNameStarts.contains(text[index + $0]) }) ?? readings.first(where: { $0 == surname.length + 2 })
                else { continue }
                let role = QuoteLexicons.titles.longest(endingAt: index, in: text, where: { $0.fields.first != "prefix" })?.key ?? ""
                mentions.append(Mention(paragraph: paragraph, position: index, person: Speaker(name: text[index..<(index + length)].string, kind: .person, title: role)))
                index += length - 1
            }
        }
        mentions += copulaMentions(paragraphs)
        mentions += addressedMentions(paragraphs)
        mentions += agedMentions(paragraphs)
        mentions += pronounedMentions(paragraphs)
        // 王小丽（化名）在星海开了一家奶茶店。她说: a pseudonym the article introduces names a person.
        for name in pseudonyms(in: paragraphs).sorted() where !mentions.contains(where: { $0.person.name == name }) {
            let target = Array(name.unicodeScalars)
            guard let (paragraph, index) = paragraphs.enumerated().lazy.compactMap({ paragraph, text in
                text.firstIndex(of: target).map { (paragraph, $0) } }).first else { continue }
            mentions.append(Mention(paragraph: paragraph, position: index, person: Speaker(name: name, kind: .person)))
        }
        // The same names written bare later (王林也到中关村走访，他问……).
        // Each keeps the role word it was first written with (for 这位教授 to find it).
        var roles: [String: String] = [:]
        for mention in mentions where roles[mention.person.name] == nil { roles[mention.person.name] = mention.person.title }
        let titled = Set(mentions.map { "\($0.paragraph):\($0.position)" })
        for (name, role) in roles {
            let target = Array(name.unicodeScalars)
            for (paragraph, text) in paragraphs.enumerated() where text.count >= target.count {
                for index in 0...(text.count - target.count) where text[index] == target[0] && text[index..<(index + target.count)].elementsEqual(target)
                    && !titled.contains("\(paragraph):\(index)") {
                    mentions.append(Mention(paragraph: paragraph, position: index, person: Speaker(name: name, kind: .person, title: role)))
                }
            }
        }
        return mentions
    }

    /// Whether the words at `index` begin a predicate: an event verb (出席, 发布), a speech verb, a
    /// setting (在……上), a time word (近日, 今年) or an adverb that never ends a speaker (长期, 一直).
    private static func beginsPredicate(at index: Int, in text: Scalars) -> Bool {
        EventSubject.predicates.longest(at: index, in: text) != nil || QuoteLexicons.speechVerbs.longest(at: index, in: text) != nil
            || QuoteLexicons.personPredicates.longest(at: index, in: text) != nil
            || QuoteLexicons.setting(at: index, in: text) != nil || QuoteLexicons.timeWords.longest(at: index, in: text) != nil
            || QuoteLexicons.fillers.longest(at: index, in: text, where: { $0.fields.first == "tail" || $0.fields.first == "both" }) != nil
    }

    /// `何东也持类似看法，他认为……` / `不过何东并不认同。她说……`: a bare name opening a clause
    /// (after a connective or 的 too) and going on with a predicate, with 他 or 她 opening a clause
    /// soon after, is the person the pronoun points back to.
    private static func pronounedMentions(_ paragraphs: [Scalars]) -> [Mention] {
        var mentions: [Mention] = []
        for (paragraph, text) in paragraphs.enumerated() {
            for index in text.indices {
                guard let surname = QuoteLexicons.surnames.longest(at: index, in: text), surname.fields.first != "rare" else { continue }
                var before = index
                if let lead = QuoteLexicons.fillers.longest(endingAt: before, in: text, where: { $0.fields.first == "lead" || $0.fields.first == "both" }) {
                    before -= lead.length
                }
                guard before == 0 || Marks.isClauseBoundary(text[before - 1]) || text[index - 1] == "的" else { continue }
                let readings = [surname.length + 1, surname.length + 2].filter { length in
                    guard index + length < text.count, text[index..<(index + length)].allSatisfy(Marks.isHan),
                          SpeakerParser.hasNameForm(text[index..<(index + length)].string) else { return false }
                    let after = index + length
                    return QuoteLexicons.fillers.longest(at: after, in: text, where: { $0.fields.first == "tail" || $0.fields.first == "both" }) != nil
                        || QuoteLexicons.personPredicates.longest(at: after, in: text) != nil
                }
                guard let length = readings.first else { continue }
                let end = index + length
                let window = text[end..<min(text.count, end + 40)]
                guard window.indices.contains(where: { (text[$0] == "他" || text[$0] == "她") && $0 > 0 && Marks.isClauseBoundary(text[$0 - 1])
                    && !($0 + 1 < text.count && text[$0 + 1] == "们") }) else { continue }
                mentions.append(Mention(paragraph: paragraph, position: index, person: Speaker(name: text[index..<end].string, kind: .person)))
            }
        }
        return mentions
    }

    /// `今年56岁的王建华在城东开了一家小超市` / `王建华今年56岁`: a name given an age is a person,
    /// an antecedent of 他/她 and of a description (这位老人) like a titled name.
    private static func agedMentions(_ paragraphs: [Scalars]) -> [Mention] {
        var mentions: [Mention] = []
        for (paragraph, text) in paragraphs.enumerated() {
            for index in text.indices {
                guard let surname = QuoteLexicons.surnames.longest(at: index, in: text), surname.fields.first != "rare" else { continue }
                let agedBefore = index >= 3 && text[index - 1] == "的" && text[index - 2] == "岁" && isAgeNumeral(text[index - 3])
                let opensClause = index == 0 || Marks.isClauseBoundary(text[index - 1])
                guard agedBefore || opensClause else { continue }
                // Of the two readings, the one a predicate (or, after the name, its age) follows.
                let readings = [surname.length + 2, surname.length + 1].filter { length in
                    guard index + length < text.count, SpeakerParser.hasNameForm(text[index..<(index + length)].string),
                          text[index..<(index + length)].allSatisfy(Marks.isHan) else { return false }
                    let after = index + length
                    if agedBefore { return Marks.isClauseBoundary(text[after]) || beginsPredicate(at: after, in: text) }
                    return agesAt(after, in: text)
                }
                guard let length = readings.first else { continue }
                mentions.append(Mention(paragraph: paragraph, position: index, person: Speaker(name: text[index..<(index + length)].string, kind: .person)))
            }
        }
        return mentions
    }

    /// `今年56岁` / `，56岁，` right after a name: its age.
    private static func agesAt(_ start: Int, in text: Scalars) -> Bool {
        var index = start
        if index < text.count, text[index] == "，" || text[index] == "," { index += 1 }
        if index + 2 <= text.count, text[index] == "今", text[index + 1] == "年" { index += 2 }
        let digits = index
        while index < text.count, isAgeNumeral(text[index]) { index += 1 }
        return index > digits && index < text.count && text[index] == "岁"
    }

    /// A numeral of an age, 多 included (五十多岁).
    private static func isAgeNumeral(_ scalar: Unicode.Scalar) -> Bool {
        SpeakerParser.isNumeral(scalar) || scalar == "多"
    }

    /// `家住海城的王阿姨平时喜欢网购`, `消费者陈女士`: a surname and a form of address (honorifics.txt)
    /// opening a clause, after 的 or after a role word is how news names an ordinary person, an
    /// antecedent of 他/她 like a titled name.
    private static func addressedMentions(_ paragraphs: [Scalars]) -> [Mention] {
        var mentions: [Mention] = []
        for (paragraph, text) in paragraphs.enumerated() {
            for index in text.indices {
                guard let length = SpeakerParser.addressedNameLength(at: index, in: text) else { continue }
                let name = text[index..<(index + length)]
                let role = QuoteLexicons.titles.longest(endingAt: index, in: text, where: { $0.fields.first != "prefix" })
                guard index == 0 || Marks.isClauseBoundary(text[index - 1]) || text[index - 1] == "的" || role != nil else { continue }
                mentions.append(Mention(paragraph: paragraph, position: index, person: Speaker(name: name.string, kind: .person, title: role?.key ?? "")))
            }
        }
        return mentions
    }

    /// The comma of an apposition (林思远，星海大学教授。) links like a copula.
    private static let copulaWords: [Scalars] = ["是一名", "是一位", "是个", "既是", "也是", "曾是", "是", "系", "，"].map { Array($0.unicodeScalars) }

    /// `今年32岁的王强是一名外卖骑手`, `林思远，星海大学教授`: a name opening its clause (or after 的)
    /// and a copula or an apposition's comma to a role word closing the clause, an antecedent of
    /// 他/她 like a titled name.
    private static func copulaMentions(_ paragraphs: [Scalars]) -> [Mention] {
        var mentions: [Mention] = []
        for (paragraph, text) in paragraphs.enumerated() {
            for index in text.indices where index == 0 || Marks.isClauseBoundary(text[index - 1]) || text[index - 1] == "的" {
                guard let surname = QuoteLexicons.surnames.longest(at: index, in: text), surname.fields.first != "rare" else { continue }
                // 宁远既是学者: of two readings the one followed by the longer copula (宁远 + 既是, not 宁远既 + 是).
                let readings = [surname.length + 2, surname.length + 1].compactMap { length -> (Int, Scalars)? in
                    guard index + length < text.count else { return nil }
                    let name = text[index..<(index + length)]
                    guard name.allSatisfy(Marks.isHan), SpeakerParser.hasNameForm(name.string),
                          let copula = copulaWords.first(where: { index + length + $0.count < text.count && text[(index + length)..<(index + length + $0.count)].elementsEqual($0) })
                    else { return nil }
                    return (length, copula)
                }
                for (length, copula) in readings.sorted(by: { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.0 > $1.0 }) {
                    let name = text[index..<(index + length)]
                    var end = index + length + copula.count
                    while end < text.count, !Marks.isClauseBoundary(text[end]), end - index < 40 { end += 1 }
                    guard let role = QuoteLexicons.titles.longest(endingAt: end, in: text, from: index + length + copula.count, where: { $0.fields.first != "prefix" }) else { continue }
                    mentions.append(Mention(paragraph: paragraph, position: index, person: Speaker(name: name.string, kind: .person, title: role.key)))
                    break
                }
            }
        }
        return mentions
    }

    /// `Mary Hansen 是星辰科技的代理律师`: a role stated right after the name.
    private static func describeByCopula(_ person: inout Speaker, in text: Scalars, after end: Int) {
        var index = end
        while index < text.count, text[index] == " " { index += 1 }
        // 阿杰（化名）是一名外卖骑手: a gloss in brackets after the name stands outside the clause.
        if index < text.count, text[index] == "（" || text[index] == "(",
           let close = text[index..<min(text.count, index + 12)].firstIndex(where: { $0 == "）" || $0 == ")" }) {
            index = close + 1
        }
        if describeByPost(&person, in: text, from: index) { return }
        guard index < text.count, text[index] == "是" else { return }
        var clauseEnd = index + 1
        while clauseEnd < text.count, !Marks.isClauseBoundary(text[clauseEnd]), clauseEnd - index < 30 { clauseEnd += 1 }
        let description = Array(text[(index + 1)..<clauseEnd]).filter { $0 != " " }
        guard let possessive = description.lastIndex(of: "的") else { return }
        var role = Array(description[(possessive + 1)...])
        for counted in ["一名", "一位", "一个"].map({ Array($0.unicodeScalars) }) where role.starts(with: counted) {
            role.removeFirst(counted.count)
        }
        guard let title = QuoteLexicons.titles.longest(endingAt: role.count, in: role), title.length == role.count else { return }
        let organization = Array(description[..<possessive])
        guard SpeakerParser.isOrganization(organization[...]) else { return }
        person.title = title.key
        // 是一家物流公司的老板: an organization the article does not name is no affiliation.
        if let first = organization.first, first == "一" || first == "某" { return }
        person.affiliation = organization.string
    }

    private static let origin = Array("来自".unicodeScalars)
    private static let amongMark: Unicode.Scalar = "中"

    /// `首批出发的快递员中，张彪和孔马追都是90后，来自城东营业部`: the group a person is picked from
    /// (a role word and 中 closing the clause before) gives the title, and 来自 + an organization
    /// later in the sentence the affiliation.
    private static func describeBySentence(_ person: inout Speaker, in text: Scalars, start: Int, end: Int) {
        var clauseStart = start
        while clauseStart > 0, !Marks.isClauseBoundary(text[clauseStart - 1]) { clauseStart -= 1 }
        let before = clauseStart - 1
        if before >= 2, text[before] == "，" || text[before] == ",", text[before - 1] == amongMark,
           let role = QuoteLexicons.titles.longest(endingAt: before - 1, in: text, where: { $0.fields.first != "prefix" }) {
            person.title = role.key
        }
        var index = end
        while index + origin.count < text.count, !Marks.terminators.contains(text[index]) {
            defer { index += 1 }
            guard text[index..<(index + origin.count)].elementsEqual(origin), index == 0 || Marks.isClauseBoundary(text[index - 1]) else { continue }
            var stop = index + origin.count
            while stop < text.count, !Marks.isClauseBoundary(text[stop]) { stop += 1 }
            let organization = text[(index + origin.count)..<stop]
            if organization.count >= 3, SpeakerParser.isOrganization(organization) { person.affiliation = organization.string }
            return
        }
    }

    private static let asWord = Array("作为".unicodeScalars)
    /// 这是 / 正是 / 也是: a demonstrative or adverb before the copula.
    private static let copulaLeads: ScalarSet = ["这", "那", "正", "就", "也", "都", "还", "便", "即"]

    /// `周明远，星辰科技副总裁，……` (a post set off by commas right after the name) and `作为星辰科技的
    /// 创始人，周明远……` (a post the clause before the name gives with 作为): read like the words
    /// before a name, when the clause is nothing but an organization and a role word.
    private static func describeByApposition(_ person: inout Speaker, in text: Scalars, start: Int, end: Int) {
        func post(_ clause: ArraySlice<Unicode.Scalar>) -> Speaker? {
            var words = Array(clause).filter { $0 != " " }
            if let possessive = words.lastIndex(of: "的"), possessive + 1 < words.count,
               QuoteLexicons.titles.word(words[(possessive + 1)...]) != nil { words.remove(at: possessive) }
            guard words.count >= 2, words.count <= 24,
                  let role = QuoteLexicons.titles.longest(endingAt: words.count, in: words, where: { $0.fields.first != "prefix" }),
                  role.length < words.count || QuoteLexicons.titles.word(words[...]) != nil,
                  case .speakers(let found)? = SpeakerParser.parse((words + Array(person.name.unicodeScalars))[...]),
                  found.count == 1, found[0].name == person.name, !found[0].title.isEmpty else { return nil }
            return found[0]
        }
        // After the name: a comma, the post, and a comma or the sentence's end.
        if end < text.count, text[end] == "，" || text[end] == "," {
            var stop = end + 1
            while stop < text.count, !Marks.isClauseBoundary(text[stop]), stop - end <= 25 { stop += 1 }
            if stop < text.count || stop == text.count, stop - end <= 25, let found = post(text[(end + 1)..<stop]) {
                person.title = found.title
                person.affiliation = found.affiliation
                return
            }
        }
        // Before the name: 作为……, opening the clause right before the one the name opens.
        guard start >= 2, text[start - 1] == "，" || text[start - 1] == "," else { return }
        var open = start - 1
        while open > 0, !Marks.isClauseBoundary(text[open - 1]) { open -= 1 }
        guard start - 1 - open > asWord.count, text[open..<(open + asWord.count)].elementsEqual(asWord),
              let found = post(text[(open + asWord.count)..<(start - 1)]) else { return }
        person.title = found.title
        person.affiliation = found.affiliation
    }

    private static let copulaAdverbs: [Scalars] = ["目前", "仍", "现", "也", "还", "已"].map { Array($0.unicodeScalars) }
    private static let copulas: [Scalars] = ["担任", "出任", "现任", "为", "是"].map { Array($0.unicodeScalars) }

    /// `梁孟松仍为公司执行董事、联席CEO` / `周明远现任星辰科技副总裁`: a post stated right after the
    /// name, read like the words before a name (a bare 公司 gives no affiliation).
    private static func describeByPost(_ person: inout Speaker, in text: Scalars, from start: Int) -> Bool {
        var index = start
        func word(from list: [Scalars]) -> Scalars? {
            list.first { index + $0.count <= text.count && text[index..<(index + $0.count)].elementsEqual($0) }
        }
        if word(from: copulas) == nil, let adverb = word(from: copulaAdverbs) { index += adverb.count }
        guard let copula = word(from: copulas) else { return false }
        index += copula.count
        var clauseEnd = index
        while clauseEnd < text.count, !Marks.isClauseBoundary(text[clauseEnd]), clauseEnd - index < 30 { clauseEnd += 1 }
        let description = Array(text[index..<clauseEnd])
        guard description.count >= 2, !description.contains("的"),
              QuoteLexicons.titles.longest(endingAt: description.count, in: description, where: { $0.fields.first != "prefix" }) != nil,
              case .speakers(let found)? = SpeakerParser.parse((description + Array(person.name.unicodeScalars))[...]),
              found.count == 1, found[0].name == person.name, !found[0].title.isEmpty else { return false }
        person.title = found[0].title
        person.affiliation = found[0].affiliation
        return true
    }

    private static let issuingVerbs = QuoteLexicons.publishingVerbs.words.filter { $0.fields.first != "report" }.map(\.scalars)

    /// Who issued `《title》`: the subject of 印发/发布 before its first mention, following
    /// `（以下简称《规划》）` back to the full title.
    private static func issuer(of title: String, in paragraphs: [Scalars]) -> [Speaker]? {
        if let found = issuer(ofExact: title, in: paragraphs) { return found }
        // 《规定》 without 简称 is the short form of the one full title ending so
        // (《互联网信息服务算法推荐管理规定》).
        guard let full = fullTitle(endingWith: title, in: paragraphs) else { return nil }
        return issuer(ofExact: full, in: paragraphs)
    }

    /// The only title in 《》 in the article longer than `short` and ending with it.
    private static func fullTitle(endingWith short: String, in paragraphs: [Scalars]) -> String? {
        let ending = Array(short.unicodeScalars)
        guard ending.count >= 2 else { return nil }
        var found: Set<String> = []
        for text in paragraphs {
            var open: Int?
            for (index, scalar) in text.enumerated() {
                if scalar == "《" { open = index }
                if scalar == "》", let start = open {
                    let inner = text[(start + 1)..<index]
                    if inner.count > ending.count, inner.suffix(ending.count).elementsEqual(ending) { found.insert(inner.string) }
                    open = nil
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    private static func issuer(ofExact title: String, in paragraphs: [Scalars]) -> [Speaker]? {
        let target = Array("《\(title)》".unicodeScalars)
        // 《指南（征求意见稿）》 is quoted as 《指南》 once the aside is dropped.
        let drafted = Array("《\(title)（".unicodeScalars)
        for text in paragraphs {
            guard var at = text.firstIndex(of: target) ?? text.firstIndex(of: drafted) else { continue }
            // 发布《A》和《B》: the verb before the first of joined titles issued both.
            while at >= 2, "和、及与".unicodeScalars.contains(text[at - 1]), text[at - 2] == "》" {
                var depth = 0
                var open = at - 2
                while open >= 0 {
                    if text[open] == "》" { depth += 1 }
                    if text[open] == "《" { depth -= 1; if depth == 0 { break } }
                    open -= 1
                }
                guard open >= 0 else { break }
                at = open
            }
            if at >= 2, text[(at - 2)..<at].elementsEqual(Array("简称".unicodeScalars)) || text[(at - 2)..<at].elementsEqual(Array("下称".unicodeScalars)) {
                // The full title closes right before the aside that names it: 《……》（以下简称《规划》）.
                guard let aside = text[..<at].lastIndex(where: { $0 == "（" || $0 == "(" }), aside > 0, text[aside - 1] == "》" else { continue }
                var depth = 0
                var open = aside - 1
                while open >= 0 {
                    if text[open] == "》" { depth += 1 }
                    if text[open] == "《" { depth -= 1; if depth == 0 { break } }
                    open -= 1
                }
                guard open >= 0 else { continue }
                at = open
            }
            var end = at
            // 发布了《……》 / 联合发布的《……》.
            while end > 0, text[end - 1] == " " || text[end - 1] == "了" || text[end - 1] == "的" { end -= 1 }
            guard let verb = issuingVerbs.first(where: { end >= $0.count && text[(end - $0.count)..<end].elementsEqual($0) }) else {
                return passiveIssuer(of: target, in: paragraphs)
            }
            let verbStart = end - verb.count
            var start = verbStart
            while start > 0, !Marks.clauseBreaks.contains(text[start - 1]) { start -= 1 }
            if case .speakers(let found)? = SpeakerParser.parse(text[start..<verbStart]), found.allSatisfy({ $0.kind == .organization }) {
                return found
            }
            // 图虫发布了《……》: whoever issues a titled document publishes, an unknown name too, but
            // not a scene (活动中首次发布).
            guard case .speakers(let found)? = SpeakerParser.parse(text[start..<verbStart], publisher: true), found.count == 1,
                  found[0].kind == .organization, let last = found[0].name.unicodeScalars.last, !SpeakerParser.closesPhrase(last) else {
                return sentenceSubject(before: start, in: text).map { [$0] }
            }
            return found
        }
        return passiveIssuer(of: target, in: paragraphs)
    }

    /// 1月16日，图虫作为……平台，举办了……，活动中首次发布《……》: the organization opening the
    /// sentence's first clause past its time words, a name the lexicon knows or the article
    /// keeps using, acts in the subjectless clauses after it.
    private static func sentenceSubject(before clauseStart: Int, in text: Scalars) -> Speaker? {
        var start = clauseStart
        while start > 0, !Marks.terminators.contains(text[start - 1]) { start -= 1 }
        var clause = Array(text[start..<clauseStart].prefix { !Marks.isClauseBoundary($0) })
        if clause.isEmpty || TimeExpressions.leadingLength(clause) == clause.count {
            let next = start + clause.count + 1
            guard next < clauseStart else { return nil }
            clause = Array(text[next..<clauseStart].prefix { !Marks.isClauseBoundary($0) })
        }
        guard let names = EventSubject.find(in: clause, expression: nil), names.count == 1 else { return nil }
        let name = Array(names[0].unicodeScalars)
        guard Actors.known.longest(at: 0, in: name)?.length == name.count || (KnownNames.mentions?.count(name[...]) ?? 0) >= 2 else { return nil }
        return Speaker(name: names[0], kind: .organization)
    }

    /// The title as the article writes it, with the asides the speaker span dropped (（直播）).
    private static func writtenTitle(_ title: String, in paragraphs: [Scalars]) -> String {
        for text in paragraphs {
            var open: Int?
            for (index, scalar) in text.enumerated() {
                if scalar == "《" { open = index }
                guard scalar == "》", let start = open else { continue }
                open = nil
                let inner = text[(start + 1)..<index]
                var depth = 0
                let bare = inner.filter { scalar in
                    if scalar == "（" || scalar == "(" { depth += 1; return false }
                    if scalar == "）" || scalar == ")" { depth = max(0, depth - 1); return false }
                    return depth == 0
                }
                if bare.count < inner.count, String(String.UnicodeScalarView(bare)) == title { return inner.string }
            }
        }
        return title
    }

    private static let lawEndings: [Scalars] = ["法", "法典"].map { Array($0.unicodeScalars) }

    /// `《星海法》` (简称 of 《中华人民共和国星海法》) → 中华人民共和国星海法: a law's title, in full.
    private static func law(_ title: String, in paragraphs: [Scalars]) -> Speaker? {
        let scalars = Array(title.unicodeScalars)
        guard scalars.count >= 3, lawEndings.contains(where: { scalars.suffix($0.count).elementsEqual($0) }) else { return nil }
        let full = fullTitle(ofShort: title, in: paragraphs) ?? fullTitle(endingWith: title, in: paragraphs) ?? title
        return Speaker(name: full, kind: .organization)
    }

    /// The full title that `（以下简称《short》）` follows.
    private static func fullTitle(ofShort short: String, in paragraphs: [Scalars]) -> String? {
        let target = Array("《\(short)》".unicodeScalars)
        for text in paragraphs {
            guard let at = text.firstIndex(of: target), at >= 2,
                  text[(at - 2)..<at].elementsEqual(Array("简称".unicodeScalars)) || text[(at - 2)..<at].elementsEqual(Array("下称".unicodeScalars)),
                  let aside = text[..<at].lastIndex(where: { $0 == "（" || $0 == "(" }), aside > 0, text[aside - 1] == "》",
                  let open = text[..<aside].lastIndex(of: "《") else { continue }
            return text[(open + 1)..<(aside - 1)].string
        }
        return nil
    }

    private static let regionEndings: ScalarSet = ["市", "省", "县", "区", "州"]

    /// 《星海市数字经济三年行动计划》 / 《工信部关于……的通知》: a document whose issuer is not
    /// named elsewhere is issued by the city, province or known body its title opens with.
    private static func namedInTitle(_ title: String) -> Speaker? {
        let scalars = Array(title.unicodeScalars)
        if let known = QuoteLexicons.organizations.longest(at: 0, in: scalars), known.length >= 2, known.length < scalars.count {
            return Speaker(name: known.key, kind: .organization)
        }
        // 郑州市: the ending after two characters at least (州 of 郑州 is part of the name).
        guard let end = scalars.prefix(8).indices.first(where: { $0 >= 2 && regionEndings.contains(scalars[$0]) }), end + 2 < scalars.count,
              scalars[..<end].allSatisfy({ Marks.isHan($0) }) else { return nil }
        return Speaker(name: scalars[...end].string, kind: .organization)
    }

    private static let passiveMarks: [Scalars] = ["是由", "由", "为"].map { Array($0.unicodeScalars) }

    /// `《办法》由星海市商务局等三部门联合发布`: the issuer named after 由/为 in a passive clause.
    private static func passiveIssuer(of target: Scalars, in paragraphs: [Scalars]) -> [Speaker]? {
        for text in paragraphs {
            var from = 0
            while from + target.count < text.count, let found = Array(text[from...]).firstIndex(of: target) {
                let after = from + found + target.count
                from = after
                guard let mark = passiveMarks.first(where: { after + $0.count < text.count && text[after..<(after + $0.count)].elementsEqual($0) }) else { continue }
                let start = after + mark.count
                var end = start
                while end < text.count, end - start < 30, !Marks.clauseBreaks.contains(text[end]) { end += 1 }
                let clause = Array(text[start..<end])
                for verb in issuingVerbs {
                    guard let at = clause.firstIndex(of: verb) else { continue }
                    var subject = Array(clause[..<at])
                    while let last = subject.last, "所联合共同".unicodeScalars.contains(last) { subject.removeLast() }
                    if case .speakers(let speakers)? = SpeakerParser.parse(subject[...]), speakers.allSatisfy({ $0.kind == .organization }) {
                        return speakers
                    }
                }
            }
        }
        return nil
    }

    private static let aliasMarkers: [Scalars] = ["以下简称", "下称", "简称"].map { Array($0.unicodeScalars) }

    /// Short names defined right after an organization's full name: `……有限公司（下称：兆易创新）`,
    /// `……集团（以下简称“星辰”）`.
    static func organizationAliases(in paragraphs: [Scalars]) -> Set<String> {
        var aliases: Set<String> = []
        for text in paragraphs {
            var index = 1
            while index < text.count {
                defer { index += 1 }
                guard text[index] == "（" || text[index] == "(" else { continue }
                // 英国竞争与市场管理局 (CMA): an acronym in parentheses right after an organization.
                if let acronym = acronym(in: text, at: index) { aliases.insert(acronym) }
                var cursor = index + 1
                guard let marker = aliasMarkers.first(where: { cursor + $0.count <= text.count && text[cursor..<(cursor + $0.count)].elementsEqual($0) }) else { continue }
                cursor += marker.count
                while cursor < text.count, "：:“\"「 ".unicodeScalars.contains(text[cursor]) { cursor += 1 }
                var end = cursor
                while end < text.count, !"）)”\"」，、".unicodeScalars.contains(text[end]) { end += 1 }
                guard end > cursor + 1, end - cursor <= 8, SpeakerParser.isOrganization(text[max(0, index - 12)..<index]) else { continue }
                aliases.insert(text[cursor..<end].string)
            }
        }
        return aliases
    }

    /// `（CMA）` after a name that ends like an organization: 2 to 6 capital letters.
    private static func acronym(in text: Scalars, at open: Int) -> String? {
        var end = open + 1
        while end < text.count, isUpper(text[end]) { end += 1 }
        guard SpeakerParser.isAcronym(text[(open + 1)..<end]), end < text.count, text[end] == "）" || text[end] == ")" else { return nil }
        var before = open
        while before > 0, text[before - 1] == " " { before -= 1 }
        guard before >= 3, SpeakerParser.isOrganization(text[max(0, before - 12)..<before])
                || (3...12).contains(where: { before >= $0 && SpeakerParser.isOrganization(text[(before - $0)..<before]) }) else { return nil }
        return text[(open + 1)..<end].string
    }

    private static let pseudonymMarks: [Scalars] = ["（化名", "(化名"].map { Array($0.unicodeScalars) }

    /// Names the article introduces as pseudonyms: `宋媛（化名）`, `阿杰（化名）`. Three scalars when
    /// they read as surname and given name after a boundary or role word, else two.
    static func pseudonyms(in paragraphs: [Scalars]) -> Set<String> {
        var names: Set<String> = []
        for text in paragraphs where text.contains("化") {
            for index in text.indices.dropFirst(2) where text[index] == "（" || text[index] == "(" {
                guard pseudonymMarks.contains(where: { index + $0.count <= text.count && text[index..<(index + $0.count)].elementsEqual($0) }) else { continue }
                if index >= 3, text[(index - 3)..<index].allSatisfy(Marks.isHan), SpeakerParser.hasNameForm(text[(index - 3)..<index].string),
                   index == 3 || !Marks.isHan(text[index - 4]) || text[index - 4] == "的"
                    || QuoteLexicons.titles.longest(endingAt: index - 3, in: text) != nil {
                    names.insert(text[(index - 3)..<index].string)
                } else if text[(index - 2)..<index].allSatisfy(Marks.isHan) {
                    names.insert(text[(index - 2)..<index].string)
                }
            }
        }
        return names
    }

    /// The last part of every `X·Y` name in the article (汉森 for 玛丽·汉森).
    static func shortForeignNames(in paragraphs: [Scalars]) -> Set<String> {
        var names: Set<String> = []
        for (paragraph, text) in paragraphs.enumerated() where text.contains(where: Marks.nameDots.contains) {
            var index = 0
            while index < text.count {
                if let (start, end) = fullName(in: text, at: index), text[start..<end].contains(where: Marks.nameDots.contains) {
                    if let dot = text[start..<end].lastIndex(where: Marks.nameDots.contains), end - dot >= 3 { names.insert(text[(dot + 1)..<end].string) }
                    index = end
                } else {
                    index += 1
                }
            }
            _ = paragraph
        }
        return names
    }

    /// An organization named in the text before a quote and ending in a generic word: 法院表示 →
    /// 位于星海市的中级人民法院.
    /// A bare 公司 after a description (预亏公司) names no company; 有限公司 and 股份公司 do.
    static func isCompanyName(_ name: String) -> Bool {
        !name.hasSuffix("公司") || name.hasSuffix("有限公司") || name.hasSuffix("股份公司")
    }

    private static func namedOrganization(endingWith generic: String, before item: RawQuote, in paragraphs: [Scalars], sameParagraph: Bool = false) -> Speaker? {
        let word = Array(generic.unicodeScalars)
        guard !word.isEmpty else { return nil }
        // 该委员会 may point back to the full name in the lead paragraph, however far back.
        for paragraph in stride(from: item.paragraph, through: sameParagraph ? item.paragraph : 0, by: -1) {
            let text = paragraphs[paragraph]
            var end = paragraph == item.paragraph ? min(item.position, text.count) : text.count
            while end >= word.count + 2 {
                if text[(end - word.count)..<end].elementsEqual(word) {
                    var start = end - word.count
                    while start > 0, Marks.isHan(text[start - 1]) || isUpper(text[start - 1]) || isLower(text[start - 1]),
                          !organizationStops.contains(text[start - 1]), end - start < 14 {
                        start -= 1
                    }
                    // 这两家银行 points at several, no name to point back to.
                    if end - start >= word.count + 2, !SpeakerParser.demonstratives.contains(text[start]) {
                        return Speaker(name: text[start..<end].string, kind: .organization)
                    }
                }
                end -= 1
            }
        }
        return nil
    }

    /// Words between a publishing verb and its document: 了一份, 的一则, 最新.
    private static let documentDeterminers: ScalarSet = ["的", "了", "一", "则", "份", "篇", "项", "最", "新", "条"]
    /// At most this many characters of modifier before the document word (行业报告, 指导意见, 整治方案).
    private static let documentModifierLimit = 6

    /// `兆易创新发布的一则公告，……。公告显示`: the subject of the publishing verb
    /// (publishing-verbs.txt) before the last mention of that kind of document, in this or the
    /// paragraph before; `来源：兆易创新公告`: the organization named right before the word.
    /// 星海市中级人民法院, 星海市人民检察院: a name ending in a court's word (org-suffixes.txt, court).
    private static func isCourt(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return QuoteLexicons.orgSuffixes.longest(endingAt: scalars.count, in: scalars)?.fields.first == "court"
    }

    private static func publisher(of kind: String, before item: RawQuote, in paragraphs: [Scalars]) -> Speaker? {
        let word = Array(kind.unicodeScalars)
        guard !word.isEmpty else { return nil }
        // 星海晚报刊文…… 文章称: a verb that publishes that kind of document (speaker-documents.txt)
        // introduces it as well as the word itself.
        // Those verbs are looked for however far back (据第一财经报道 …… 报道称).
        let introducers = QuoteLexicons.introducers(ofDocument: word[...])
        let reach = introducers.isEmpty ? max(0, item.paragraph - 1) : 0
        for paragraph in stride(from: item.paragraph, through: reach, by: -1) {
            let text = paragraphs[paragraph]
            let near = paragraph >= item.paragraph - 1
            var end = paragraph == item.paragraph ? min(item.position, text.count) : text.count
            while end >= 3 {
                defer { end -= 1 }
                if let verb = introducers.first(where: { end >= $0.count + 2 && text[(end - $0.count)..<end].elementsEqual($0) }) {
                    let verbStart = end - verb.count
                    var start = verbStart
                    while start > 0, !Marks.clauseBreaks.contains(text[start - 1]) { start -= 1 }
                    // 本次会议由星海市网信办主办: 由 names the agent of the verb.
                    if let by = text[start..<verbStart].lastIndex(of: "由"), verbStart - by > 2 { start = by + 1 }
                    guard start < verbStart, case .speakers(let found)? = SpeakerParser.parse(text[start..<verbStart], publisher: true, outlet: true),
                          found.count == 1 else { continue }
                    if found[0].kind == .organization { return found[0] }
                    // 市长陈立文主持召开星海市政府常务会议: a person presides; the body names the meeting.
                    if found[0].kind == .person, let body = organizationOpening(text, from: end) { return body }
                    continue
                }
                guard near, end >= word.count + 2, text[(end - word.count)..<end].elementsEqual(word) else { continue }
                var wordStart = end - word.count
                // 发布《小程序管理规定（征求意见稿）》: a word inside a title is published with the title.
                if let open = text[max(0, wordStart - 40)..<wordStart].lastIndex(of: "《"),
                   !text[open..<wordStart].contains("》") {
                    wordStart = open
                }
                var verbStart: Int?
                var modifierStart = wordStart
                while verbStart == nil, modifierStart >= max(0, wordStart - documentModifierLimit) {
                    var verbEnd = modifierStart
                    while verbEnd > 0, documentDeterminers.contains(text[verbEnd - 1]) { verbEnd -= 1 }
                    if let verb = QuoteLexicons.publishingVerbs.longest(endingAt: verbEnd, in: text) {
                        verbStart = verbEnd - verb.length
                    }
                    modifierStart -= 1
                    if modifierStart >= 0, Marks.clauseBreaks.contains(text[modifierStart]) { break }
                }
                let subjectEnd = verbStart ?? wordStart
                var start = subjectEnd
                while start > 0, !Marks.clauseBreaks.contains(text[start - 1]) { start -= 1 }
                guard start < subjectEnd else { continue }
                if case .speakers(let found)? = SpeakerParser.parse(text[start..<subjectEnd], publisher: verbStart != nil), found.count == 1,
                   found[0].kind == .organization {
                    return found[0]
                }
            }
        }
        return nil
    }

    /// The longest organization that opens the clause at `start` (星海市政府 of 星海市政府常务会议).
    private static func organizationOpening(_ text: Scalars, from start: Int) -> Speaker? {
        var end = start
        while end < text.count, end - start < 20, !Marks.clauseBreaks.contains(text[end]) { end += 1 }
        // A known name first: 国务院 of 国务院常务会议, not 国务院常务会.
        if let known = QuoteLexicons.organizations.longest(at: start, in: text), known.length >= 2, start + known.length < end,
           known.fields.first != "country" {
            return Speaker(name: known.key, kind: .organization)
        }
        for stop in stride(from: end - 1, through: start + 2, by: -1) where SpeakerParser.isOrganization(text[start..<stop]) {
            return Speaker(name: text[start..<stop].string, kind: .organization)
        }
        return nil
    }

    private static let contactVerbs = WordTable(Lexicon.bundled("contact-verbs"))
    private static let contactStops: ScalarSet = ["就", "了", "的", "，", "。", ",", "；", "：", "询", "问", "求"]

    /// `记者联系到星辰科技。官方回应称`: the organization the paragraph says was reached for comment
    /// (contact-verbs.txt), the last one before the quote.
    private static func contactedOrganization(before item: RawQuote, in paragraphs: [Scalars]) -> Speaker? {
        let text = paragraphs[item.paragraph]
        var found: Speaker?
        var index = 0
        let end = min(item.position, text.count)
        while index < end {
            guard let verb = contactVerbs.longest(at: index, in: text) else { index += 1; continue }
            var start = index + verb.length
            // 向星辰科技求证: the organization stands before the verb.
            if verb.key == "求证", let to = text[max(0, index - 16)..<index].lastIndex(of: "向") {
                start = to + 1
                if let speaker = organization(in: text[start..<index]) { found = speaker }
                index += verb.length
                continue
            }
            var stop = start
            while stop < end, stop - start < 16, !contactStops.contains(text[stop]) { stop += 1 }
            if let speaker = organization(in: text[start..<stop]) { found = speaker }
            index = max(stop, index + verb.length)
        }
        return found
    }

    /// The organization labelling the section the quote is in: the nearest heading before it
    /// (a short paragraph not ended as a sentence) opened by a name and a colon (心动：……).
    private static func sectionOrganization(before item: RawQuote, in paragraphs: [Scalars]) -> Speaker? {
        for paragraph in stride(from: item.paragraph - 1, through: 0, by: -1) where EventExtractor.isHeading(paragraphs[paragraph]) {
            guard let label = EventExtractor.sectionLabel(paragraphs[paragraph]), !EventSubject.isPlace(label),
                  QuoteLexicons.organizations.word(Array(label.unicodeScalars)[...])?.fields.first != "country" else { return nil }
            return Speaker(name: label, kind: .organization)
        }
        return nil
    }

    /// The one organization the paragraph names before the quote, when it is the subject of a
    /// clause there (腾讯在财报中……: not 这些州指责Google, where Google is acted on) and a name
    /// the lexicon knows or the article keeps using (not 比如智能门锁公司, a description).
    private static func soleOrganization(before item: RawQuote, in paragraphs: [Scalars]) -> Speaker? {
        let text = paragraphs[item.paragraph]
        let before = Array(text[..<min(item.position, text.count)])
        var names = Set(Actors.find(in: before.string).filter { $0.kind != "country" && $0.kind != "place" }.map(\.name))
        let openings = before.split(whereSeparator: Marks.isClauseBoundary).map { clause -> Scalars in
            var words = Array(clause)
            while words.first == " " { words.removeFirst() }
            if let lead = QuoteLexicons.fillers.longest(at: 0, in: words, where: { $0.fields.first != "tail" }), lead.length < words.count {
                words.removeFirst(lead.length)
            }
            return words
        }
        // 星河科技在财报中……: a clause opening with a name built with a company suffix.
        for words in openings {
            if let length = stride(from: min(12, words.count), through: 2, by: -1).first(where: { SpeakerParser.isOrganization(words[..<$0], lenient: false) }) {
                names.insert(words[..<length].string)
            }
        }
        guard names.count == 1, let name = names.first else { return nil }
        let scalars = Array(name.unicodeScalars)
        guard Actors.known.longest(at: 0, in: scalars)?.length == scalars.count || (KnownNames.mentions?.count(scalars[...]) ?? 0) >= 2,
              openings.contains(where: { $0.starts(with: scalars) }) else { return nil }
        return Speaker(name: name, kind: .organization)
    }

    /// The organization a short phrase names, dropping what it is reached by (客服热线, 官方).
    private static let contactChannels: [Scalars] = ["客服热线", "客服电话", "热线电话", "热线", "客服", "官方"].map { Array($0.unicodeScalars) }

    private static func organization(in phrase: ArraySlice<Unicode.Scalar>) -> Speaker? {
        var words = phrase
        if let channel = contactChannels.first(where: { words.count > $0.count + 1 && words.suffix($0.count).elementsEqual($0) }) {
            words = words.dropLast(channel.count)
        }
        // 联系作者提出解决方案: a person reached by a role word is no organization.
        if QuoteLexicons.titles.longest(at: 0, in: Array(words), where: { $0.fields.first != "prefix" }) != nil
            || QuoteLexicons.anonymous.longest(at: 0, in: Array(words))?.fields.first == "group" { return nil }
        // 致电知网讨要说法: a known organization opening the phrase is the one reached.
        if let known = QuoteLexicons.organizations.longest(at: 0, in: Array(words), where: { $0.fields.first != "country" }),
           known.length < words.count, !SpeakerParser.isOrganization(words, lenient: false) {
            return Speaker(name: known.key, kind: .organization)
        }
        for stop in stride(from: words.endIndex, through: words.startIndex + 2, by: -1) {
            // Whoever is reached for an official answer is an organization: an unknown name reads as one.
            if case .speakers(let found)? = SpeakerParser.parse(words[words.startIndex..<stop], publisher: true), found.count == 1, found[0].kind == .organization {
                return found[0]
            }
            // 青禾优选客服热线: an unnamed group of the organization (客服) stands for it.
            if case .speakers(let found)? = SpeakerParser.parse(words[words.startIndex..<stop]), found.count == 1,
               found[0].kind == .anonymous, !found[0].affiliation.isEmpty {
                return Speaker(name: found[0].affiliation, kind: .organization)
            }
        }
        return nil
    }

    private static func titleOrganization() -> Speaker? {
        let title = KnownNames.title
        var found: Set<String> = []
        var index = 0
        while index < title.count {
            if let word = QuoteLexicons.organizations.longest(at: index, in: title), word.length >= 2, word.fields.first != "country" {
                found.insert(word.key)
                index += word.length
            } else {
                index += 1
            }
        }
        return found.count == 1 ? found.first.map { Speaker(name: $0, kind: .organization) } : nil
    }

    /// Kinds in organizations.txt that 公司 never points back to.
    private static let notCompanies: Set<String> = ["media", "gov", "court", "research", "country"]

    private static let organizationStops: ScalarSet = ["的", "在", "于", "和", "与", "是", "被", "对", "向", "了", "将", "由", "从"]

    /// `星辰科技股价当日下跌三成，该公司表示`: the last company named in the text before a quote, in
    /// its paragraph or the one before: a known company or one named by a company suffix, or the
    /// organization opening a clause (星辰科技 read by its suffix 科技).
    private static func mentionedCompany(before item: RawQuote, in paragraphs: [Scalars]) -> Speaker? {
        mentionedCompany(beforeParagraph: item.paragraph, position: item.position, in: paragraphs)
    }

    private static func mentionedCompany(beforeParagraph itemParagraph: Int, position: Int, in paragraphs: [Scalars]) -> Speaker? {
        for paragraph in stride(from: itemParagraph, through: max(0, itemParagraph - 1), by: -1) {
            let text = paragraphs[paragraph]
            let end = paragraph == itemParagraph ? min(position, text.count) : text.count
            guard end > 0 else { continue }
            let before = Array(text[..<end])
            var best: (Int, String)?
            // A name, not a count of companies (共有30家公司).
            // A bare 公司 after a description (预亏公司) names no company; 有限公司 does.
            func plain<S: Collection>(_ name: S) -> Bool where S.Element == Unicode.Scalar {
                let string = String(String.UnicodeScalarView(name))
                if !isCompanyName(string) { return false }
                if string.hasPrefix("有") || string.hasPrefix("共有") { return false }
                return !name.contains { Actors.stops.contains($0) || ($0 >= "0" && $0 <= "9") || Numerals.digit($0) != nil || $0 == "家" }
            }
            for actor in Actors.find(in: before.string) where actor.kind == "company" && plain(actor.name.unicodeScalars) {
                if let at = lastIndex(of: Array(actor.name.unicodeScalars), in: before), best.map({ at > $0.0 }) ?? true { best = (at, actor.name) }
            }
            // Clause openings: 星辰科技股价…, 青禾数科宣布….
            var start = 0
            while start < before.count {
                var stop = start
                while stop < before.count, !Marks.isClauseBoundary(before[stop]) { stop += 1 }
                for length in stride(from: min(12, stop - start), through: 2, by: -1) {
                    let name = before[start..<(start + length)]
                    guard plain(name), SpeakerParser.isOrganization(name, lenient: false),
                          QuoteLexicons.orgSuffixes.longest(endingAt: start + length, in: before).map({ $0.fields.first == "company" }) ?? false else { continue }
                    if best.map({ start > $0.0 }) ?? true { best = (start, name.string) }
                    break
                }
                // 星河优选是一家电商平台: a name the clause defines as a company (是一家) is one.
                if let length = Array(before[start..<stop]).firstIndex(of: companyCopula), (2...10).contains(length),
                   SpeakerParser.looksLikeName(Array(before[start..<(start + length)])), best.map({ start > $0.0 }) ?? true {
                    best = (start, before[start..<(start + length)].string)
                }
                start = stop + 1
            }
            if let best { return Speaker(name: best.1, kind: .organization) }
        }
        return nil
    }

    private static let companyCopula = Array("是一家".unicodeScalars)

    private static func lastIndex(of target: Scalars, in text: Scalars) -> Int? {
        guard let first = target.first, text.count >= target.count else { return nil }
        for index in stride(from: text.count - target.count, through: 0, by: -1) where text[index] == first && text[index..<(index + target.count)].elementsEqual(target) {
            return index
        }
        return nil
    }

    /// The last well-known organization named in the text before a quote (“中国广电”官方公众号发布公告 … 公告称).
    private static func knownOrganization(before item: RawQuote, in paragraphs: [Scalars], companiesOnly: Bool = false) -> Speaker? {
        for paragraph in stride(from: item.paragraph, through: max(0, item.paragraph - 3), by: -1) {
            let text = paragraphs[paragraph]
            var index = paragraph == item.paragraph ? min(item.position, text.count) - 1 : text.count - 1
            while index >= 0 {
                // A country (中国 of 中国招标投标公共服务平台) publishes nothing, nor does a body whose
                // name a place continues (中国共产党长沙市第十四次代表大会 is a meeting of another body).
                if let word = QuoteLexicons.organizations.longest(endingAt: index + 1, in: text), word.length >= 2, word.fields.first != "country",
                   !opensPlace(at: index + 1, in: text),
                   !companiesOnly || !notCompanies.contains(word.fields.first ?? "") {
                    return Speaker(name: word.key, kind: .organization)
                }
                index -= 1
            }
        }
        return nil
    }

    /// A place at `index`: a known one (长沙) or a short name with a place suffix (星海市).
    private static func opensPlace(at index: Int, in text: Scalars) -> Bool {
        QuoteLexicons.places.longest(at: index, in: text) != nil
            || (2...6).contains { index + $0 <= text.count && EventSubject.isPlace(text[index..<(index + $0)].string) }
    }

    /// Foreign names written in full (Mary Hansen, 玛丽·汉森), with a title or affiliation
    /// read from the words right before them.
    private static func fullNameMentions(_ paragraphs: [Scalars]) -> [Mention] {
        var mentions: [Mention] = []
        for (paragraph, text) in paragraphs.enumerated() {
            var index = 0
            while index < text.count {
                guard let (start, end) = fullName(in: text, at: index) else { index += 1; continue }
                var clauseStart = start
                while clauseStart > 0, !Marks.isClauseBoundary(text[clauseStart - 1]), text[clauseStart - 1] != "的",
                      start - clauseStart < 30 {
                    clauseStart -= 1
                }
                var person = Speaker(name: text[start..<end].string, kind: .person)
                let parsed = SpeakerParser.parse(text[clauseStart..<end])
                if case .speakers(let found)? = parsed, found.count == 1,
                   found[0].kind == .person, found[0].name == person.name {
                    person = found[0]
                }
                // 星海时报•数据宝: the words read as a unit of an organization, no person.
                if case .speakers(let found)? = parsed, found.count == 1, found[0].kind == .organization,
                   found[0].name.hasSuffix(person.name) || found[0].name == person.name {
                    index = end
                    continue
                }
                if person.title.isEmpty, person.affiliation.isEmpty { describeByCopula(&person, in: text, after: end) }
                // Latin words (App Store) only count as a person next to a role word, and a name in
                // parentheses only glosses the one before it.
                let glossed = start > 0 && (text[start - 1] == "（" || text[start - 1] == "(")
                let latin = !text[start..<end].contains(where: Marks.nameDots.contains)
                let opensClause = start == 0 || Marks.isClauseBoundary(text[start - 1])
                if !glossed, !latin || opensClause || !(person.title.isEmpty && person.affiliation.isEmpty) {
                    mentions.append(Mention(paragraph: paragraph, position: start, person: person))
                }
                index = end
            }
        }
        return mentions
    }

    private static let nameStops: ScalarSet = ["的", "和", "与", "及", "是", "在", "向", "对", "人"]

    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar >= "A" && scalar <= "Z" }
    private static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar >= "a" && scalar <= "z" }

    /// A `X·Y` name or two capitalized Latin words (Mary Hansen) starting at `index`.
    private static func fullName(in text: Scalars, at index: Int) -> (Int, Int)? {
        let scalar = text[index]
        // Most scalars are Han, never a name's dot or capital.
        if Marks.isHan(scalar) { return nil }
        if Marks.nameDots.contains(scalar), index > 0, index + 1 < text.count, Marks.isHan(text[index - 1]), Marks.isHan(text[index + 1]) {
            var start = index - 1
            while start > 0, Marks.isHan(text[start - 1]), !nameStops.contains(text[start - 1]), index - start < 4 { start -= 1 }
            // Step over a role word written right before the name (律师玛丽·汉森, 分析师约翰·史密斯).
            for end in stride(from: index - 1, to: start, by: -1)
            where QuoteLexicons.titles.longest(endingAt: end, in: text) != nil || QuoteLexicons.orgSuffixes.longest(endingAt: end, in: text) != nil {
                start = end
                break
            }
            // The name ends before a verb, a setting or a particle (玛丽·汉森表示, 汉森在……).
            var end = index + 1
            var partStart = end
            while end < text.count, Marks.isHan(text[end]) && end - partStart < 4 || Marks.nameDots.contains(text[end]) {
                if Marks.nameDots.contains(text[end]) { partStart = end + 1 }
                if QuoteLexicons.speechVerbs.longest(at: end, in: text) != nil || QuoteLexicons.setting(at: end, in: text) != nil
                    || nameStops.contains(text[end]) { break }
                end += 1
            }
            return (start, end)
        }
        guard isUpper(scalar), index == 0 || !(isUpper(text[index - 1]) || isLower(text[index - 1])) else { return nil }
        var end = index
        var words = 0
        while end < text.count, isUpper(text[end]) {
            var wordEnd = end + 1
            while wordEnd < text.count, isLower(text[wordEnd]) { wordEnd += 1 }
            // Mary A. Hansen: a middle initial with its full stop.
            if wordEnd - end == 1, words > 0, wordEnd + 2 < text.count, text[wordEnd] == ".", text[wordEnd + 1] == " ", isUpper(text[wordEnd + 2]) {
                end = wordEnd + 2
                continue
            }
            guard wordEnd - end >= 2 else { break }
            words += 1
            end = wordEnd
            guard end + 1 < text.count, text[end] == " ", isUpper(text[end + 1]) else { break }
            end += 1
        }
        while end > index, text[end - 1] == " " { end -= 1 }
        // Apple Insider, Sensor Tower: a last word naming an organization makes it no person.
        if QuoteLexicons.orgSuffixes.longest(endingAt: end, in: text)?.scalars.first.map(isUpper) == true { return nil }
        return words >= 2 && words <= 3 ? (index, end) : nil
    }

    /// The fullest mention anywhere in the article gives every quote by that person its title
    /// and affiliation.
    private static func fillFromFullestMention(_ quotes: [Quote], mentions: [Mention]) -> [Quote] {
        // 史密斯 quoted before 约翰·史密斯: a surname alone takes the full name the article
        // quotes it with (the other order is read at the quote).
        var fullNames: [String: String] = [:]
        for quote in quotes where quote.speaker.kind == .person {
            for separator in ["·", "•", "・", "‧", "･", "∙"] {
                if let range = quote.speaker.name.range(of: separator, options: .backwards) {
                    let short = String(quote.speaker.name[range.upperBound...])
                    if fullNames[short] == nil { fullNames[short] = quote.speaker.name }
                }
            }
        }
        let quotes = fullNames.isEmpty ? quotes : quotes.map { quote in
            guard quote.speaker.kind == .person, let full = fullNames[quote.speaker.name] else { return quote }
            var quote = quote
            quote.speaker.name = full
            return quote
        }
        // Each person with the length of their title and affiliation, counted once.
        var fullest: [String: (person: Speaker, weight: Int)] = [:]
        let people = quotes.map(\.speaker).filter { $0.kind == .person } + mentions.map(\.person)
        for person in people {
            let weight = person.title.count + person.affiliation.count
            if let known = fullest[person.name], known.weight >= weight { continue }
            fullest[person.name] = (person, weight)
        }
        return quotes.map { quote in
            guard quote.speaker.kind == .person, let best = fullest[quote.speaker.name]?.person else { return quote }
            var quote = quote
            quote.speaker.title = best.title
            quote.speaker.affiliation = best.affiliation
            return quote
        }
    }

    /// Drops a quote whose speaker name, mode, text and paragraph an earlier quote already
    /// had. Fields are compared within a paragraph: a joined `name|mode|text` key per quote
    /// cost 5% of extraction to hash, and mistook 甲|乙 saying 丙 for 甲 saying 乙|丙.
    /// Unnamed sources of two organizations (腾讯和阿里相关负责人) are two sources.
    private static func dedupe(_ quotes: [Quote]) -> [Quote] {
        var kept: [Quote] = []
        var keptInParagraph: [Int: [Int]] = [:]
        for quote in quotes {
            let earlier = keptInParagraph[quote.paragraph, default: []]
            if earlier.contains(where: {
                kept[$0].mode == quote.mode && kept[$0].speaker.name == quote.speaker.name && kept[$0].text == quote.text
                    && (quote.speaker.kind != .anonymous || kept[$0].speaker.affiliation == quote.speaker.affiliation)
            }) { continue }
            keptInParagraph[quote.paragraph, default: []].append(kept.count)
            kept.append(quote)
        }
        return kept
    }
}
