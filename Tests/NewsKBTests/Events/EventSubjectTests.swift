import Foundation
import XCTest
@testable import NewsKB

/// Event actors are the subject of the event clause (invented sentences).
final class EventSubjectTests: XCTestCase {
    private func subject(_ clause: String, expression: String? = nil) -> [String]? {
        let scalars = Array(clause.unicodeScalars)
        var range: Range<Int>?
        if let expression, let found = clause.range(of: expression) {
            let from = clause.unicodeScalars.distance(from: clause.unicodeScalars.startIndex, to: found.lowerBound)
            range = from..<(from + expression.unicodeScalars.count)
        }
        return EventSubject.find(in: scalars, expression: range)
    }

    func testSubjectBeforeThePredicateIsTheActor() {
        XCTAssertEqual(subject("国家网信办近日发布了管理规定", expression: "近日"), ["国家网信办"])
        XCTAssertEqual(subject("3月2日，工信部召开新闻发布会", expression: "3月2日"), ["工信部"])
        XCTAssertEqual(subject("早在2019年，星河科技集团推出了这项服务", expression: "2019年"), ["星河科技集团"])
    }

    func testObjectsAndStatisticsAreNoSubject() {
        // The organization is the object, not the subject: no subject, the clause's actors stay.
        XCTAssertNil(subject("上半年全市工业增加值增长15%", expression: "上半年"))
        XCTAssertNil(subject("9月份的新规", expression: "9月份"))
    }

    func testClauseWithoutSubjectTakesTheSentenceSubject() throws {
        let sentence = Array("星河科技集团表示，将于9月1日起开放外部链接。".unicodeScalars)
        let names = EventSubject.find(in: Array(sentence[0..<8]), expression: nil)
        XCTAssertEqual(names, ["星河科技集团"])
    }

    func testUnknownNamesPlacesAndQuotedNamesAct() {
        // A short name the lexicons do not know, right before its predicate.
        XCTAssertEqual(subject("星岚互娱成立于2014年", expression: "2014年"), ["星岚互娱"])
        // A place that acts or is measured.
        XCTAssertEqual(subject("今年1-10月，佛山共签约项目百余个", expression: "今年1-10月"), ["佛山"])
        XCTAssertEqual(subject("2020年湖南数字经济规模达1万亿元", expression: "2020年"), ["湖南"])
        // A descriptor before a quoted name: the name acts.
        XCTAssertEqual(subject("北欧监管机构“海岸竞争局”今日宣布", expression: "今日"), ["海岸竞争局"])
        XCTAssertEqual(subject("5月23日，视频号“@蓝湾小记”发布了一期视频", expression: "5月23日"), ["蓝湾小记"])
        XCTAssertNil(subject("海城博览会吉祥物“海团团”于2019年9月揭晓", expression: "2019年9月"))
        XCTAssertNil(subject("上海 2025 年博览会于 5 月 4 日开幕", expression: "5 月 4 日"))
        // Words, phrases and groups before a predicate are no unknown names.
        XCTAssertNil(subject("最终在2018年底完成上市", expression: "2018年底"))
        XCTAssertNil(subject("上半年GDP同比增长一成", expression: "上半年"))
        XCTAssertNil(subject("上半年星河新区产值增长一成", expression: "上半年"))
        XCTAssertNil(subject("次日，不少用户在社交媒体上发布截图", expression: "次日"))
        // 该公司 is handed on for the extractor to resolve.
        XCTAssertEqual(subject("该公司将于下周参加听证会", expression: "下周"), ["该公司"])
    }

    func testMeasuredQuantitiesAreNoActors() throws {
        for entry in try Lexicon.load("event-measure-heads").entries {
            let example = try XCTUnwrap(entry.example)
            XCTAssertNil(subject(example), "event-measure-heads \(entry.key): \(example)")
        }
    }

    func testAnaphoricCompanyAndBodyResolveToEarlierActors() {
        let article = Article(path: "x.md", title: "x", published: PublicationDate.parse("2021-11-01T02:00:00Z"),
                              blocks: [Block(.paragraph, "10月8日，海城市监管局约谈了星河公司。"),
                                       Block(.paragraph, "10月9日，星河公司发布整改方案。该公司将于下周参加听证会。"),
                                       Block(.paragraph, "该部门10月20日通报了整改进展。")])
        let events = EventExtractor.extract(article)
        XCTAssertEqual(events.map(\.actors), [["海城市监管局"], ["星河公司"], ["星河公司"], ["海城市监管局"]])
    }

    func testListsPlacesOfficialsAndBareCompany() {
        XCTAssertEqual(subject("同年，星岚科技、蓝象数据等隐私计算公司推出了新品", expression: "同年"), ["星岚科技", "蓝象数据"])
        XCTAssertNil(subject("尽管10月受到降雨、航线不畅等因素影响", expression: "10月"))
        XCTAssertEqual(subject("上海法官周五驳回了上诉", expression: "周五"), ["上海法官"])
        XCTAssertEqual(subject("公司于去年完成了融资", expression: "去年"), ["该公司"])
        XCTAssertEqual(subject("「星岚设计」近日宣布完成融资", expression: "近日"), ["星岚设计"])
    }

    func testBareClauseTakesTheNextOne() {
        let article = Article(path: "x.md", title: "x", published: PublicationDate.parse("2021-11-01T02:00:00Z"),
                              blocks: [Block(.paragraph, "不过随后的10月8日，海城市监管局通报了调查进展。")])
        let event = EventExtractor.extract(article).first
        XCTAssertEqual(event?.actors, ["海城市监管局"])
        XCTAssertEqual(event?.summary, "不过随后的10月8日，海城市监管局通报了调查进展")
    }

    func testAnaphorPrefersAnActorWithItsHead() {
        let article = Article(path: "x.md", title: "x", published: PublicationDate.parse("2021-11-01T02:00:00Z"),
                              blocks: [Block(.paragraph, "10月8日，海城贸易委员会约谈了星河公司。10月9日，海城市监管局发布了通报。"),
                                       Block(.paragraph, "该委员会10月20日通报了调查结果。")])
        XCTAssertEqual(EventExtractor.extract(article).last?.actors, ["海城贸易委员会"])
    }

    func testSubjectlessClauseContinuesTheParagraphTopic() {
        // The topic is set by a sentence without a date and carried to a later clause without a subject.
        let article = Article(path: "x.md", title: "x", published: PublicationDate.parse("2022-04-01T02:00:00Z"),
                              blocks: [Block(.paragraph, "整体来看，海城贸易委员会在本地仍有较强的影响力。2021年全年收入约为4亿元。"),
                                       Block(.paragraph, "2021年全年收入约为4亿元。")])
        XCTAssertEqual(EventExtractor.extract(article).map(\.actors), [["海城贸易委员会"], []], "the topic stays in its paragraph")
        // A subject that only speaks sets no topic: the statement has its own.
        let spoken = Article(path: "x.md", title: "x", published: PublicationDate.parse("2022-04-01T02:00:00Z"),
                             blocks: [Block(.paragraph, "海城统计局指出，上半年全市工业增加值增长15%。")])
        XCTAssertEqual(EventExtractor.extract(spoken).map(\.actors), [[]])
    }

    func testANameTheArticleRepeatsIsASubject() {
        // 时 usually ends a phrase; three mentions make 晨时光 a name (the quotes' mention index).
        let article = Article(path: "x.md", title: "x", published: PublicationDate.parse("2022-04-01T02:00:00Z"),
                              blocks: [Block(.paragraph, "晨时光是一家游戏公司。晨时光的新作很受欢迎。"),
                                       Block(.paragraph, "晨时光去年推出了三款新作。")])
        XCTAssertEqual(EventExtractor.extract(article).map(\.actors), [["晨时光"]])
    }

    func testABodyOfAPlaceKeepsThePlace() {
        XCTAssertEqual(subject("海城联邦议会周二通过了修正案", expression: "周二"), ["海城联邦议会"])
        XCTAssertEqual(subject("蓝湾国会去年公布了一份报告", expression: "去年"), ["蓝湾国会"])
        XCTAssertEqual(subject("蓝湾省去年发布了规划", expression: "去年"), ["蓝湾省"], "a place alone still acts")
        XCTAssertNil(Actors.find(in: "他将在本周二出席国会").first, "国会 marks a body only after a place")
    }

    func testCountedMembersAreNoOrganization() {
        XCTAssertTrue(Actors.find(in: "星河控股及其10家子公司召开会议").allSatisfy { $0.name != "家子公司" })
        XCTAssertEqual(Actors.find(in: "今年投资了18家游戏公司").map(\.name), [])
        XCTAssertEqual(Actors.find(in: "星河游戏公司今年上线").map(\.name), ["星河游戏公司"])
    }

    func testAListClosedByEtcAndAnOrganizationNounActs() {
        // Unknown names, one ending like a measure (数据), one holding a marker's scalar (在线).
        XCTAssertEqual(events(["去年10月，青禾数科、白鹭数据等企业完成了新一轮融资。"]).map(\.actors), [["青禾数科", "白鹭数据"]])
        XCTAssertEqual(events(["去年10月，星岚智算、云启在线、白鹭数据等安全厂商先后发布了新品。"]).map(\.actors), [["星岚智算", "云启在线", "白鹭数据"]])
        // A noun for products or causes after 等 names no actor.
        XCTAssertEqual(events(["今年，星河游戏、蓝湾世界等游戏都上线了新版本。"]).map(\.actors), [[]])
        XCTAssertEqual(events(["今年，受到疫情、供应链不畅等因素影响，销量下滑。"]).map(\.actors), [[]])
    }

    func testActorsGoByTheShortNameTheArticleUses() {
        XCTAssertEqual(subject("蓝湾航空控股股份有限公司（以下简称“蓝湾控股”）9月27日晚发布重整计划", expression: "9月27日晚"), ["蓝湾控股"])
        XCTAssertEqual(subject("海城广播电视网络股份有限公司(海城广电)于2020年10月12日正式成立", expression: "2020年10月12日"), ["海城广电"])
        XCTAssertEqual(subject("星岚科技(300999.SZ)近日发布公告", expression: "近日"), ["星岚科技"], "a stock code is no short name")
        let article = Article(path: "x.md", title: "x", published: PublicationDate.parse("2022-04-01T02:00:00Z"),
                              blocks: [Block(.paragraph, "星河软件公司今年1月推出新版。星河软件随后宣布降价。")])
        XCTAssertEqual(EventExtractor.extract(article).first?.actors, ["星河软件"], "the article also writes the bare name")
        let only = Article(path: "x.md", title: "x", published: PublicationDate.parse("2022-04-01T02:00:00Z"),
                           blocks: [Block(.paragraph, "星河软件公司今年1月推出新版。")])
        XCTAssertEqual(EventExtractor.extract(only).first?.actors, ["星河软件公司"])
    }

    /// An outlet's byline before its reporter (星海日报记者, 星海日报·财经频道记者) names who found
    /// out, no actor; the clause reads on as when 记者 stands alone.
    func testAnOutletsReporterIsNoActor() {
        XCTAssertEqual(events(["3月2日，青禾晚报记者了解到，星海市的地铁将延长运营。"]).map(\.actors), [[]])
        XCTAssertEqual(events(["3月2日，青禾晚报·民生频道记者从星海市交通局获悉，地铁将延长运营。"]).map(\.actors), [["星海市交通局"]])
        XCTAssertEqual(events(["3月2日，青禾晚报记者从星海市交通局获悉，地铁将延长运营。"]).map(\.actors), [["星海市交通局"]])
        XCTAssertEqual(events(["3月2日，青禾晚报发布报道称，地铁将延长运营。"]).map(\.actors), [["青禾晚报"]], "the outlet itself acts")
    }

    /// 青禾数科今年一季度净利润下降三成: a quantity measured after the time words (a phrase ending
    /// in event-measure-heads.txt, then a predicate) belongs to the name before them.
    func testWhatIsMeasuredAfterTheTimeWordsBelongsToTheNameBeforeThem() {
        XCTAssertEqual(events(["蓝湾科技去年营收增长两成。"]).map(\.actors), [["蓝湾科技"]])
        XCTAssertEqual(events(["青禾数科今年一季度净利润下降三成。"]).map(\.actors), [["青禾数科"]], "数 inside the suffix is no count")
        // Inside a statement, what the speaker's figures measure is the speaker's (亏损, 成本: event-measure-heads.txt).
        XCTAssertEqual(events(["蓝湾科技在财报中披露，三季度亏损扩大。"]).map(\.actors), [["蓝湾科技"]])
    }

    /// A team acts as whose team it is (StarPad团队 → StarPad), a list of owners each.
    func testATeamActsAsItsOwner() {
        XCTAssertEqual(events(["青禾科技及Lumio团队已于日前上线了文件导入功能。"]).map(\.actors), [["青禾科技", "Lumio"]])
        XCTAssertEqual(events(["Lumio团队日前上线了文件导入功能。"]).map(\.actors), [["Lumio"]])
    }

    /// The outlet of a dateline opening the clause (新华社星海3月2日电) acts in no event dated after
    /// it; the dateline itself names no actor.
    func testTheOutletOfADatelineIsNoActorOfTheEventsAfterIt() {
        XCTAssertEqual(events(["新华社星海3月2日电（记者林晓）星海市交通局2日发布通告，地铁将延长运营。"]).map(\.actors), [[], ["星海市交通局"]])
        XCTAssertEqual(events(["IT之家 3 月 2 日消息 星海市交通局等三部门日前联合印发通知。"]).map(\.actors), [[], ["星海市交通局"]])
    }

    /// A long measured phrase (青禾数科海外电商业务营业收入) still belongs to the organization before it.
    func testALongMeasuredPhraseBelongsToTheOrganizationBeforeIt() {
        XCTAssertEqual(events(["上半年，青禾数科海外电商业务营业收入下降三成。"]).map(\.actors), [["青禾数科"]])
    }

    /// 单月/单日 (not-speakers.txt) measure a period; they name no actor of the clause after them.
    func testAPeriodWordIsNoActor() {
        // Nor do common nouns for what is made or held (游戏, 项目, 演唱会).
        XCTAssertEqual(events(["游戏将于明年春季发售。", "演唱会将于明年春季举行。"]).map(\.actors), [[], []])
        XCTAssertEqual(events(["不过单月对比之下，今年3月青禾手机的销量创下新低。"]).map(\.actors), [[]])
    }

    /// 公告 is also a verb (星海港务10月8日晚间公告，……): the company announcing acts.
    func testACompanyAnnouncingActs() {
        XCTAssertEqual(events(["星海港务（600999）10月8日晚间公告，将回购股份。"]).map(\.actors), [["星海港务"]])
        // A speaker named right before the time words and a cue right after them (称, 说) acts.
        XCTAssertEqual(events(["蓝湾控股（600999）10月8日晚间称，将回购股份。"]).map(\.actors), [["蓝湾控股"]])
        XCTAssertEqual(events(["星海大学教授林思远10月8日说，平台应开放接口。"]).map(\.actors), [["林思远"]])
        for verb in ["介绍", "辟谣", "预告", "澄清", "声明"] {
            XCTAssertEqual(events(["蓝湾控股10月8日\(verb)，将回购股份。"]).map(\.actors), [["蓝湾控股"]], verb)
        }
    }

    func testAWordOfTheStoryIsNoActor() {
        XCTAssertNil(subject("平台之间的互联互通去年取得了阶段性进展", expression: "去年"))
    }

    func testNamesOpeningWithZhongKeepIt() {
        XCTAssertEqual(Actors.find(in: "9日，中共海城市委宣传部举行发布会").first?.name, "中共海城市委宣传部")
        // 上 usually ends a phrase (会上), but it opens the place 上海.
        XCTAssertEqual(Actors.find(in: "近日，上海市消保委接到投诉").first?.name, "上海市消保委")
        XCTAssertEqual(Actors.find(in: "他在会上表示，星河公司将整改").map(\.name), ["星河公司"])
    }

    private func events(_ paragraphs: [String], published: String = "2022-04-01T02:00:00Z") -> [Event] {
        let article = Article(path: "x.md", title: "x", published: PublicationDate.parse(published),
                              blocks: paragraphs.map { Block(.paragraph, $0) })
        return Extractor.extract(article).events
    }

    func testSelfReferencesStandForTheSpeakerOfTheirStatement() throws {
        // event-self-references.txt: inside an organization's statement, 公司/我们 is the speaker.
        for entry in try Lexicon.load("event-self-references").entries {
            let example = try XCTUnwrap(entry.example)
            let found = events(["海城市星河集团表示，" + example + "。"]).map(\.actors)
            if entry.fields.first == "person" {
                // A pronoun is the person quoted last, here the one whose statement it is in.
                XCTAssertEqual(events(["星河集团总裁周明远表示，" + example + "。"]).map(\.actors), [["周明远"]], "\(entry.key): \(example)")
            } else if entry.fields.first == "compound" {
                XCTAssertFalse(found.contains(["海城市星河集团"]), "\(entry.key): \(example) → \(found)")
            } else {
                XCTAssertEqual(found, [["海城市星河集团"]], "\(entry.key): \(example)")
            }
        }
        // A person's statement: the organization the person speaks for.
        XCTAssertEqual(events(["蓝湾科技副总裁林思远表示，2021年公司营收进一步提升。"]).map(\.actors), [["蓝湾科技"]])
    }

    func testSelfReferencesOutsideAStatementPointBack() {
        // 公司 outside a statement points back like 该公司; 我们 in the reporter's words names nobody.
        XCTAssertEqual(events(["星岚互娱成立于2014年。团队于上季度实现了用户翻倍。"]).map(\.actors), [["星岚互娱"], ["星岚互娱"]])
        XCTAssertEqual(events(["今年以来，我们走访了二十家商户。"]).map(\.actors), [[]])
        // 平台之间: between platforms, none of them.
        XCTAssertNil(subject("公司之间的合作去年取得了进展", expression: "去年"))
        // 平台互联互通: 平台 modifies a word of the story.
        XCTAssertNil(subject("2022年平台互联互通将继续推进", expression: "2022年"))
    }

    func testAStatementContinuedInTheNextParagraph() {
        // 我们 opening the paragraph after a statement continues it.
        XCTAssertEqual(events(["随后，星河集团总裁周明远表示，星河一向重视社会责任。", "近期，我们推出了新的认证产品。"]).map(\.actors),
                       [["星河集团"]])
    }

    func testTheTimeWordsOfAStatementDateItsSpeaker() {
        // 11月30日晚间，X公告称，……: X speaks through its announcement, and acts.
        XCTAssertEqual(events(["11月30日晚间，星河科技公告称，公司董事长已辞职。"]).map(\.actors), [["星河科技"]])
        XCTAssertEqual(events(["9月，星海市商务局表示，海城的新店将陆续开业。"]).map(\.actors), [["星海市商务局"]])
        // 方面 and an account (官方微博) the speaker speaks through are no part of the actor.
        XCTAssertEqual(events(["9月13日，青禾方面回应称，将配合整改。"]).map(\.actors), [["青禾"]])
        XCTAssertEqual(events(["上周，青禾科技官方微博发布声明称，将全面开放。"]).map(\.actors), [["青禾科技"]])
        XCTAssertEqual(events(["去年，由于疫情等多方面因素，青禾的销量下滑了。"]).first?.actors.contains { $0.contains("疫情") }, false)
        // A description the quotes resolved (这位局长 → the director named before) acts as that person.
        XCTAssertEqual(events(["海城交通局局长钱立国表示，线路将延长。", "3月1日，这位局长再次强调，整改不能走过场。"]).map(\.actors), [["钱立国"]])
    }

    func testTheSubjectAfterADatedMeetingActs() {
        // 在9月13日的发布会上，X……: 发布 inside the noun 发布会 is no verb of a relative clause.
        XCTAssertEqual(events(["在9月13日的发布会上，星海市商务局发布了新规。"]).map(\.actors), [["星海市商务局"]])
    }

    func testAPronounIsThePersonQuotedLast() {
        // 她/他/其 → the person the quotes resolved last; 其中 and 他们 are no pronoun for one person.
        XCTAssertEqual(events(["星河公司前员工林思远表示，她不认同公司的做法。", "她于2021年离开了星河公司。"]).map(\.actors), [["林思远"]])
        XCTAssertEqual(events(["她于2021年离开了星河公司。"]).map(\.actors), [[]], "nobody quoted before")
        // 其 opening an organization's statement is that organization.
        XCTAssertEqual(events(["据星河科技官方微博消息，其新款手机将于12月10日发布。"]).map(\.actors), [["星河科技"]])
        XCTAssertEqual(events(["星河公司前员工林思远表示，她不认同公司的做法。", "其中，去年新增用户过亿。"]).map(\.actors), [[]])
    }

    func testASectionHeadingLabelsItsSection() {
        // 星岚互娱：… opens a section of a round-up; its heading's events and the section's 公司 are the label's.
        let found = events(["星岚互娱：新作蓄势待发", "2021年，星岚互娱推出了两款新作。",
                            "蓝湾集团：收入翻倍，出海成效显著", "截止2021年末，公司有20亿现金在手。"]).map(\.actors)
        XCTAssertEqual(found, [["星岚互娱"], ["蓝湾集团"]])
        XCTAssertEqual(events(["海城是一座新兴城市，海城的数字经济发展很快。", "海城：到2025年数字经济占比过半"]).map(\.actors), [["海城"]])
    }

    func testASectionsSubjectlessClausesAreItsLabels() {
        // The label holds over the section's paragraphs until the next heading; a heading
        // without a label ends it.
        let found = events(["星岚互娱：新作蓄势待发", "星岚互娱的旧作反响平平，星岚互娱仍有储备。", "2021年推出了两款新作。",
                            "结语与展望", "2022年将是行业转型之年。"]).map(\.actors)
        XCTAssertEqual(found, [["星岚互娱"], []])
        XCTAssertEqual(events(["星岚互娱：新作蓄势待发", "2021年蓝湾集团也推出了新作。"]).map(\.actors), [["蓝湾集团"]],
                       "a clause with its own subject keeps it")
    }

    func testTheSubjectAfterAdverbsGlossesAndWordsHeldByTheTime() {
        // 一直 is an adverb before the predicate; a bracketed gloss belongs to the time words;
        // 从…以来 holding a subjectless phrase leaves the subject to the next clause.
        XCTAssertEqual(subject("去年，青禾智能一直在困境中前行", expression: "去年"), ["青禾智能"])
        XCTAssertEqual(events(["今日（8月5日），蓝湾小将林小红夺得了跳水冠军。"]).map(\.actors), [["林小红"], ["林小红"]])
        XCTAssertEqual(events(["从去年被列入实体清单以来，青禾智能一直在困境中前行。"]).map(\.actors), [["青禾智能"]])
    }

    func testAListJoinedByCommasAndAConjunctionActsWhole() {
        // 、 between the first members, 和 before the last: three actors.
        XCTAssertEqual(subject("9月17日，星河集团、蓝湾集团和青禾科技相继宣布开放外链", expression: "9月17日"), ["星河集团", "蓝湾集团", "青禾科技"])
        // 作为…的 describes the organization after it, which acts.
        XCTAssertEqual(subject("近日，作为行业龙头的星河科技宣布降价", expression: "近日"), ["星河科技"])
    }

    func testACompanysOwnResultsInItsStatement() {
        // 数据显示 gives 星河半导体's statement; its subjectless clauses of results are its own,
        // and so is the next paragraph's forecast that continues the topic.
        let found = events(["星河半导体是国内最大的芯片代工厂。星河半导体公布的数据显示，今年第二季度营收20亿元，第二季度净利润5亿元。",
                            "预计第三季度营收增长3%。"]).map(\.actors)
        XCTAssertEqual(found, [["星河半导体"], ["星河半导体"], ["星河半导体"]])
        // A clause that names its own measured subject (全国…产量) is no one's result.
        XCTAssertEqual(events(["海城统计局发布的数据显示，今年1-4月，全国自行车产量1500万辆。"]).map(\.actors), [[]])
    }

    func testAClauseOpenedByItsVerbHasNoSubject() {
        XCTAssertNil(subject("打造星河公司业务新增长极"))
    }

    func testAPublisherBeforeATitledDocumentActs() {
        // 前 usually ends a phrase; before 发布《…》 the span is the publisher, as the quotes read it.
        XCTAssertEqual(subject("2月22日，前景无忧发布《春节后人才供需行情》", expression: "2月22日"), ["前景无忧"])
        // 在此之前的 is a lead: the date's clause is bare and the next clause states the event.
        XCTAssertEqual(events(["而在此之前的2月11日，海城发展改革委等部门《关于促进就业的通知》发布，也提出了措施。"]).map(\.actors),
                       [["海城发展改革委"]])
    }

    func testACorneredNameAfterADescriptionActs() {
        XCTAssertEqual(subject("国产云端 UI 设计工具「星岚设计」近日宣布完成融资", expression: "近日"), ["星岚设计"])
        XCTAssertNil(subject("吉祥物“雪团”近日亮相", expression: "近日"), "a label in “” stays a label")
    }

    func testACountryInTheClauseIsNoStandInActor() {
        // Without a subject, the clause's organizations stand in, but a country is where, not who.
        XCTAssertEqual(events(["今日，年仅16岁的中国小将林小红夺得了跳水冠军。"]).map(\.actors), [["林小红"]],
                       "the person described acts; 小将 is a title, its 将 no plan marker")
        XCTAssertEqual(events(["今日，海城市监管局对中国分公司处以罚款。"]).map(\.actors), [["海城市监管局"]])
    }

    func testVideoPlatformsAreKnownOrganizations() {
        XCTAssertEqual(subject("优酷近期公布了新的片单", expression: "近期"), ["优酷"])
        XCTAssertEqual(subject("2021年10月，爱奇艺、腾讯视频、优酷等视频平台先后宣布调整会员规则", expression: "2021年10月"), ["爱奇艺", "腾讯视频", "优酷"])
    }

    func testNarrationVerbsEndTheSubject() {
        XCTAssertEqual(subject("上一年蓝湾软件保持稳健经营", expression: "上一年"), nil) // a change's verb: only a known name acts
        XCTAssertEqual(subject("今日，林小舟夺得了女子跳水冠军", expression: "今日"), ["林小舟"])
        XCTAssertEqual(subject("2016年，星河集团把旗下的音乐业务与蓝湾唱片合并", expression: "2016年"), ["星河集团"])
        XCTAssertEqual(subject("截至去年底，星河集团拥有三千名员工", expression: "去年底"), ["星河集团"])
    }

    func testAPersonDescribedByAPhraseActs() {
        XCTAssertEqual(subject("8月5日，年仅十四岁的蓝湾选手林晓峰夺得了冠军", expression: "8月5日"), ["林晓峰"])
        XCTAssertEqual(subject("近日，被收录百篇文章的海城青年学者周明远致电星河公司", expression: "近日"), ["周明远"])
    }

    func testACountrysUnnamedOfficialActs() {
        XCTAssertEqual(subject("美国法官周五命令星河公司停止侵权", expression: "周五"), ["美国法官"])
    }

    func testThingsUndergoingChangesAreNoActors() {
        // 持续, 恢复, 面临: a phrase before a change's verb is what changes.
        XCTAssertNil(subject("上半年海城工业经济稳定恢复", expression: "上半年"))
        XCTAssertNil(subject("当年蓝湾罚单面临收入5%的惩罚", expression: "当年"))
    }

    func testWhatFollowsALocativeIsNoActor() {
        XCTAssertNil(subject("去年7月在StarBox发售的《海城物语》", expression: "去年7月"))
        XCTAssertNil(subject("从星河基金向海城慈善会捐赠的活动将持续到2025年12月31日", expression: "2025年12月31日"))
    }

    func testACountryBeforeACountedNounIsNoActor() {
        XCTAssertNil(subject("2019年，英国一项调查发现车型易受攻击", expression: "2019年"))
    }

    func testWhatAPrepositionOrAVerbGovernsIsActedOn() {
        // 对/关于 X: X is acted on; a clause that opens with its verb names no actor in its object.
        XCTAssertEqual(events(["今年3月，对星河公司的罚款达到两亿元。"]).map(\.actors), [[]])
        XCTAssertEqual(events(["“希望蓝湾仲裁委员会在10月17日给出裁决。”"]).map(\.actors), [[]])
        XCTAssertEqual(events(["3月12日，有关于星岚设计下架相关公司应用的消息得到证实。"]).map(\.actors), [[]])
        // 由A联合B发起: A initiates; B joins.
        XCTAssertEqual(events(["12月24日，由星河学会联合虹桥大学等单位发起的论坛正式成立。"]).map(\.actors), [["星河学会"]])
        // 举办浙江省大学生大赛: the verb ends no name, and 大学生 are students, not a university.
        XCTAssertEqual(events(["今年将首次举办浙江省大学生创业大赛。"]).map(\.actors), [[]])
        // 对此 is a connective: the subject after it acts.
        XCTAssertEqual(events(["对此，星河公司9月1日发布声明。"]).map(\.actors), [["星河公司"]])
    }

    func testMeetingsPairsAndDescribedNames() {
        // A与B视频会晤: both meet; the mode (视频) is how.
        XCTAssertEqual(events(["9月5日，外长李明远与联合国秘书长古德雷斯视频会晤。"]).map(\.actors), [["李明远", "古德雷斯"]])
        XCTAssertEqual(events(["9月5日，星河市长周明远与蓝湾市长林思远通电话。"]).map(\.actors), [["周明远", "林思远"]])
        // A description before a Latin name says what the name is (event-descriptors.txt).
        XCTAssertEqual(events(["2021年，瑞典服装品牌Acme等跨国企业遭到网民批评。"]).map(\.actors), [["Acme"]])
        // With no descriptor before them the Latin words end a longer name (a fund's, a product's).
        XCTAssertEqual(events(["青禾东岸新经济REIT也于9月15日完成了询价。"]).map(\.actors), [["青禾东岸新经济REIT"]])
        // A named partner after 联合/会同/携手 acts with the subject; a generic one (有关部门) does not.
        XCTAssertEqual(events(["10月，星海市市场监管局联合星海市网信办约谈了五家外卖平台。"]).map(\.actors), [["星海市市场监管局", "星海市网信办"]])
        XCTAssertEqual(events(["新年伊始，星海市消费者协会(以下简称“星海消协”)联合星海日报舆情数据中心，对舆情进行了监测。"]).map(\.actors),
                       [["星海消协", "星海日报舆情数据中心"]])
        XCTAssertEqual(events(["今年以来，星海市人社局会同有关部门推出10项措施。"]).map(\.actors), [["星海市人社局"]])
        // 一审判决: the instance is how the court acts, not part of its name.
        XCTAssertEqual(events(["12月1日，星海法院一审判决青禾公司赔偿原告50万元。"]).map(\.actors), [["星海法院"]])
        // A company's measured results are its own, also under an ending common in running text (科技).
        XCTAssertEqual(events(["10月8日，青禾科技股价大涨10%。", "今年上半年，青禾科技的海外营收下降5%。"]).map(\.actors),
                       [["青禾科技"], ["青禾科技"]])
        // 酒店方面的订单量: a suffix with one word before it is a kind of business, not a name.
        XCTAssertEqual(events(["清明期间，仅酒店方面的订单量就增长了两成。"]).map(\.actors), [[]])
        // 海城市经济 / 海城市进出口: an economy measured is no actor (event-measure-heads.txt).
        XCTAssertEqual(events(["今年上半年，海城市经济实现正增长，进出口增长两成。"]).map(\.actors), [[]])
        // 全市GDP: a place word before a Latin word says where a measure is taken; nobody acts.
        XCTAssertEqual(events(["前三季度，海城全市GDP同比增长8.2%。"]).map(\.actors), [[]])
        // 联合创始人 is a title, not the predicate 联合.
        XCTAssertEqual(events(["5月23日，数码产品评测机构GEEKLAB联合创始人林思远发布视频。"]).map(\.actors), [["林思远"]])
    }

    func testDescriptorExamplesNameTheirLatinActor() throws {
        for entry in try Lexicon.load("event-descriptors").entries {
            let example = try XCTUnwrap(entry.example)
            let latin = String(example.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic })
            XCTAssertEqual(events([example]).first?.actors, [latin], "event-descriptors \(entry.key): \(example)")
        }
    }

    func testANameRightBeforeTheTimeAndAVerbActsInsideAPhrase() {
        // Subject, time, verb inside a longer phrase: 星河科技 built the platform in 2019.
        XCTAssertEqual(events(["青禾素材库为星河科技于2019年打造的素材平台，目前用户已过百万。"]).map(\.actors), [["星河科技"]])
        // X作为Y: what follows 作为 describes X, who acts.
        XCTAssertEqual(events(["3月16日，青禾图库作为国内最大的素材平台之一，举办了一场设计师大会。", "青禾图库的用户以设计师为主。",
                               "青禾图库的素材以照片为主。"]).map(\.actors), [["青禾图库"]])
        // Elsewhere 为 is "for": the organization before it acts.
        XCTAssertEqual(events(["今年3月，工信部为企业减负出台新政。"]).map(\.actors), [["工信部"]])
        // A word that is no name (平台) before the time names no actor this way.
        XCTAssertEqual(events(["这是平台于2019年打造的素材库。"]).map(\.actors), [[]])
    }

    func testMarkersPersonsInListsAndFundingRounds() {
        // 分别 is a marker before 会见, not the 分别会 of a meeting noun.
        XCTAssertEqual(events(["近期，星海市委办公室副主任、星海市商务局局长周明远分别会见了企业代表。"]).map(\.actors), [["周明远"]])
        // 林某等人: a person named by surname and 某 heads the list.
        XCTAssertEqual(events(["去年，林某等人控制了数十个账户。"]).map(\.actors), [["林某"]])
        // A funding round (A轮融资) is an event, not an actor.
        XCTAssertEqual(events(["自年初A轮融资以来，星岚设计的用户数大幅增长。"]).map(\.actors), [[]])
    }

    func testFramesCopulasPublicationsAndRelativeClauses() {
        // 以X为首的Y: the group Y acts.
        XCTAssertEqual(events(["以海城为首的蓝湾各州周一向法院提出，应恢复诉讼。"]).map(\.actors).first, ["蓝湾各州"])
        // X名下: X is the owner.
        XCTAssertEqual(events(["早在2015年，林思远名下就有一家私募基金。"]).map(\.actors), [["林思远"]])
        // 《X日报》 and its column publish.
        XCTAssertEqual(events(["《星海日报》理论版曾在2017年12月19日刊发一篇文章。"]).map(\.actors), [["星海日报"]])
        XCTAssertEqual(events(["《星海日报》理论・经济学版曾在2017年12月19日刊发一篇文章。"]).map(\.actors), [["星海日报"]])
        // The clause may end with the name its relative clause describes; a report is none.
        XCTAssertEqual(events(["数据显示，成立于2018年、刚完成B轮融资的星岚科技。", "星岚科技估值翻倍。", "星岚科技已盈利。"]).map(\.actors).first, ["星岚科技"])
        XCTAssertEqual(events(["这是星岚科技发布的洞察报告，星岚科技发布的洞察报告显示，洞察报告称2021年视觉营销增长。"]).map(\.actors).first, [])
        // A relative clause in 的 before the subject: 成立于2018年的星岚科技 (a name the article repeats).
        XCTAssertEqual(events(["成立于2018年、刚刚完成B轮融资的星岚科技获得新投资。星岚科技是游戏公司。星岚科技总部在海城。"]).map(\.actors).first, ["星岚科技"])
        // 今年是X成立10周年: the copula opens no subject.
        XCTAssertEqual(events(["今年是星河集团成立十周年。"]).map(\.actors), [["星河集团"]])
        // 共 (a marker: 共投资九家) inside a known name is part of it.
        XCTAssertEqual(events(["中共中央政治局委员林思远9月1日会见了企业代表。"]).map(\.actors), [["林思远"]])
    }

    func testOccasionsCountsNegationsAndKindsAreNoActors() {
        XCTAssertEqual(events(["今年春运将于1月17日开始。"]).flatMap(\.actors), [])
        XCTAssertEqual(events(["截至去年底，全国5家网约车平台公司已接入。"]).map(\.actors), [[]])
        XCTAssertEqual(events(["9月1日，两家公司签署了协议。"]).map(\.actors), [[]])
        XCTAssertEqual(events(["今年1至8月，不包括邮政储蓄银行的收入增长。"]).map(\.actors), [[]])
        XCTAssertEqual(Actors.find(in: "各地党委政府9月1日起开展检查").map(\.name), [])
        // A count inside a name is no count: 14 部门, 三星电子.
        XCTAssertEqual(events(["9月1日，三星电子发布了新机。"]).map(\.actors), [["三星电子"]])
        for entry in try! Lexicon.load("event-occasions").entries {
            XCTAssertEqual(events([try! XCTUnwrap(entry.example)]).flatMap(\.actors), [], "event-occasions \(entry.key)")
        }
    }

    func testAnAnaphorFindsTheOrganizationOfAnEarlierStatementByItsNameInTheArticle() {
        // 该委员会 → the 委员会 whose chairman spoke, by the name the article writes most (FTC).
        XCTAssertEqual(events(["美国联邦贸易委员会主席林思远表示，将加强执法。去年，该委员会起诉了星河公司。",
                               "FTC还表示将继续调查。FTC的调查范围很广。"]).map(\.actors), [["FTC"]])
        // Without the short name written, the name as the statement gave it.
        XCTAssertEqual(events(["海城贸易委员会主席林思远表示，将加强执法。去年，该委员会起诉了星河公司。"]).map(\.actors), [["海城贸易委员会"]])
    }

    func testAPlaceBeforeAKnownOrganizationNamesItsBody() {
        // 浙江联通系统升级: the body of that place, not the place, before what of it is meant.
        XCTAssertEqual(events(["浙江联通系统升级，昨晚导致部分用户收到测试短信。"]).map(\.actors), [["浙江联通"]])
    }

    func testAProductAnaphorIsNoActor() {
        // 该游戏 points back to a product, not an organization: no actor, not the award's giver.
        XCTAssertEqual(events(["星岚互娱推出了《海城物语》。该游戏曾于2018年荣获Pixelo最佳游戏。"]).map(\.actors), [[]])
        // 该公司 points back to the company.
        XCTAssertEqual(events(["星岚互娱公司推出了《海城物语》。该公司曾于2018年获得融资。"]).map(\.actors), [["星岚互娱公司"]])
    }

    func testAnOrganizationsStatedPlanIsItsOwn() {
        // 星河集团表示，……今年下半年将陆续推出: the plan in the statement is the speaker's.
        XCTAssertEqual(events(["星河集团表示，目前正在编制新的服务规范，今年下半年将陆续推出。"]).map(\.actors), [["星河集团"]])
        // A figure it forecasts (将达到) or reports is no act of the speaker.
        XCTAssertEqual(events(["星河研究院表示，全球数据总量到2025年将达到175ZB。"]).map(\.actors), [[]])
    }

    func testTheTimeExpressionNamesNoActor() {
        // 本周三星辰科技: 三星 across the date's own scalars is no actor.
        XCTAssertFalse(events(["本周三星辰科技发布声明称，系统已经恢复正常。"]).flatMap(\.actors).contains("三星"))
    }

    func testAMeasuredQuantityIsNoActor() {
        // event-measure-heads.txt: 出货量 ends what a statistic measures, whoever reports it.
        XCTAssertEqual(events(["今年1月5G手机出货量也创下近四个月以来的最低。"]).flatMap(\.actors).filter { $0.hasSuffix("量") }, [])
        XCTAssertTrue(EventSubject.namesActor("星辰科技"))
        XCTAssertFalse(EventSubject.namesActor("手机出货量"))
    }

    func testTheOwnerOfAnOutletActs() {
        // 微信公众号, 官方微博 (speaker-fillers.txt, outlet words): the organization before them acts,
        // not the platform; an account name in quotation marks after the outlet word is its own.
        XCTAssertEqual(events(["星海市网信办微信公众号“星海网信”今日发文称，将开展专项整治。"]).map(\.actors), [["星海市网信办"]])
        XCTAssertEqual(events(["星海市网信办官方微博昨日发文称，将开展专项整治。"]).map(\.actors), [["星海市网信办"]])
        // A phrase before an outlet word (受…APP上架影响) names no one.
        XCTAssertEqual(events(["受蓝湾钱包APP上架影响，今天星海股市相关板块表现活跃。"]).flatMap(\.actors).filter { $0.hasPrefix("受") }, [])
    }

    func testTimeWordsBeforeACueDateTheStatementAndItsSpeakerActs() {
        // The speaker, resolved to its fullest mention, not a name inside what was said.
        XCTAssertEqual(events(["星海市竞争局局长Anna K. Moreau当天发表讲话。", "9月，Moreau称星辰科技和其他公司利用漏洞逃避监管。"])
            .last?.actors, ["Anna K. Moreau"])
        XCTAssertEqual(events(["8月9日，在星海材料论坛上，星海材料产业联盟秘书长林思远表示，本地产能翻了一番。"]).first?.actors, ["林思远"])
        // An action before the cue is the subject's own (接到 … 投诉称).
        XCTAssertEqual(events(["近日，星海市消保委接到市民周女士投诉称，平台拒绝退款。"]).first?.actors, ["星海市消保委"])
    }

    func testTheSubjectAfterASettingActs() {
        // Time words before or inside 在……上 date what the subject after the setting did.
        XCTAssertEqual(events(["12月15日，在2021年星海半导体年会上，星海电子行业协会副秘书长林思远发布了行业数据。"]).map(\.actors),
                       [["林思远"], ["林思远"]])
        XCTAssertEqual(events(["在2021年上半年营收排名前10的公司中，星河科技仍然排在首位。"]).first?.actors, ["星河科技"])
        // A meeting the time words date is its host's (召开 inside the setting).
        XCTAssertNotEqual(events(["在昨日召开的星海市公安局新闻发布会上，刑侦支队支队长林思远通报称，案件已告破。"]).first?.actors, ["林思远"])
    }

    func testAnOccasionAsSubjectEndsTheTopic() {
        // 春运 (event-occasions.txt) is the clause's own subject: no actor, and the clauses after
        // it do not fall back to the departments of the sentence before.
        let found = events(["星海市五部门日前联合印发通知。2022 年春运将从 1 月 17 日开始、2 月 25 日结束，共计 40 天。"]).map(\.actors)
        XCTAssertEqual(found.count, 4)
        XCTAssertEqual(Array(found.dropFirst()), [[], [], []])
    }

    func testAnOutletsDatelineNamesNoActorButItsSubjectStaysTheTopic() {
        let found = events(["青禾网 9 月 8 日消息 星海市公安局决定，9 月 1 日起全市可申领电子驾驶证。"]).map(\.actors)
        XCTAssertEqual(found, [[], ["星海市公安局"]])
        // 据新华社30日消息 names its source, which keeps it.
        XCTAssertEqual(events(["据星海日报30日消息，地铁四号线将提前通车。"]).first?.actors, ["星海日报"])
    }

    func testTheOwnersOfADepartmentNamedByItsWorkAct() {
        // 部门 (org-suffixes, span): the department belongs to the bodies before 的.
        XCTAssertEqual(events(["FTC和DOJ的反垄断部门周二发起了一项联合公开调查。"]).first?.actors, ["FTC", "DOJ"])
    }

    func testACountedGroupNamesNoActor() {
        // 56 家制造商 / 前 10 家单位: the place or trade before the count modifies the group.
        XCTAssertEqual(events(["中国大陆 56 家主要制造商在 2020 年完成销售收入 242 亿元。"]).first?.actors, [])
        XCTAssertEqual(events(["2020 年星海市智能手表销售收入前 10 家单位完成销售收入 192 亿元。"]).first?.actors, [])
    }

    func testAPlaceThatHasTheCountedGroupActs() {
        // 杭州有8家企业上榜: the count is what the place has; without 有 the group names no one.
        XCTAssertEqual(events(["2021年，杭州有8家企业上榜全国百强。"]).first?.actors, ["杭州"])
        XCTAssertEqual(events(["2021年，杭州8家企业上榜全国百强。"]).first?.actors, [])
        // 整个 leads; a name ending in a place word (省, 市) is a place.
        XCTAssertEqual(events(["今年，整个海东省有17家企业进入全国百强。"]).first?.actors, ["海东省"])
    }

    func testANewThingIsNoUnknownName() {
        // 新线路, 新版本: 新 opens "the new …"; a name the article keeps using still acts.
        XCTAssertEqual(events(["新线路将于下月开通。"]).first?.actors ?? [], [])
        XCTAssertEqual(events(["星岚互娱成立于2018年。"]).first?.actors, ["星岚互娱"])
    }

    func testADatelineBeforeACommaNamesNoActor() {
        // 北京时间 12 月 29 日消息，… dates the report; 据星海日报30日消息 names its source.
        XCTAssertEqual(events(["北京时间 12 月 29 日消息，星河科技向一些工程师发放了股票奖金。"]).first?.actors, [])
        XCTAssertEqual(events(["据星海日报30日消息，星河科技向一些工程师发放了股票奖金。"]).first?.actors, ["星海日报"])
    }

    func testTheNameAfterADashIsWhatTheDescriptionNames() {
        XCTAssertEqual(events(["2021年，国内最大的货运航空公司——星河航空宣布开通两条新航线。"]).first?.actors, ["星河航空"])
    }

    func testATitledPublicationWithItsWordActs() {
        // 《星海》杂志 is the publication 星海杂志, as the quotes name it.
        XCTAssertEqual(events(["8月3日，《星海》杂志在其官网发布了年度百强榜单。"]).first?.actors, ["星海杂志"])
    }

    func testAShareClosingAtAPriceIsTheCompanys() {
        // 收于 is a statistic's verb: the known company before the measured 股价 acts.
        XCTAssertEqual(events(["3月25日，腾讯股价收于每股300港元。"]).first?.actors, ["腾讯"])
    }

    func testAUnitHeldByAnOwnerActsByItsOwnName() {
        XCTAssertEqual(events(["上周五，星河科技旗下青禾优选上线了新的商家规则。"]).first?.actors, ["青禾优选"])
        XCTAssertEqual(events(["上周五，星河科技旗下的青禾优选上线了新的商家规则。"]).first?.actors, ["青禾优选"])
        XCTAssertEqual(events(["上周五，Lumen旗下 Pixelo 上线了新的商家规则。"]).first?.actors, ["Pixelo"])
        // A count of units is no name: 旗下多款应用 names no actor.
        XCTAssertEqual(events(["上周五，星河科技旗下多款应用上线了新规则。"]).first?.actors, [])
        XCTAssertEqual(events(["去年底，星河旗下的青禾优选等应用上线了新入口。"]).first?.actors, ["青禾优选"])
        XCTAssertEqual(events(["上周五，Lumen旗下云服务 Pixelo 再次宕机。"]).first?.actors, ["Pixelo"])
    }

    func testAMeetingNamedInFullActs() {
        XCTAssertEqual(events(["1月23日，海城省十五届人大三次会议表决通过了《海城省数据条例》。"]).first?.actors, ["海城省十五届人大三次会议"])
        XCTAssertEqual(events(["去年12月召开的星海市经济工作会议提出，要加快数字化转型。"]).first?.actors, ["星海市经济工作会议"])
        XCTAssertEqual(events(["9月22日，中国共产党海城市第十四次代表大会在海城开幕。"]).first?.actors, ["中国共产党海城市第十四次代表大会"])
        XCTAssertEqual(events(["今年是中国共产党成立100周年。"]).first?.actors, ["中国共产党"])
        // 本次会议 points back to the body that held it.
        XCTAssertEqual(events(["星海市商务局近日召开消费工作推进会。12月1日，本次会议审议通过了《星海消费办法》。"]).last?.actors, ["星海市商务局"])
    }

    func testAMeetingAsObjectLeavesTheHolderActing() {
        XCTAssertEqual(events(["3月3日，海城市召开会议。"]).first?.actors, ["海城市"])
        XCTAssertEqual(events(["3月3日，星河科技与青禾集团举行会谈。"]).first?.actors.first, "星河科技")
        XCTAssertEqual(events(["3月3日，星河科技召开发布会。"]).first?.actors, ["星河科技"])
    }

    func testAListOfNamesActsWhole() {
        XCTAssertEqual(events(["3月3日，海城市税务局、蓝湾市税务局联合发布公告。"]).first?.actors, ["海城市税务局", "蓝湾市税务局"])
        XCTAssertEqual(events(["3月3日，国家税务总局海城市税务局、国家税务总局蓝湾市税务局联合发布公告。"]).first?.actors,
                       ["国家税务总局海城市税务局", "国家税务总局蓝湾市税务局"])
        // A plan marker (计划, 拟) ends the subject like 将.
        XCTAssertEqual(events(["3月3日，欧盟和美国计划展开合作。"]).first?.actors, ["欧盟", "美国"])
        XCTAssertEqual(events(["3月3日，星河集团拟收购蓝湾控股。"]).first?.actors, ["星河集团"])
        // The names before their count (三家公司) act; a count alone names no one.
        XCTAssertEqual(events(["3月3日，星河科技、青禾集团两家公司联合发布倡议书。"]).first?.actors, ["星河科技", "青禾集团"])
        XCTAssertEqual(events(["3月3日，海城市10家企业联合发布倡议书。"]).first?.actors, [])
        // Places act in a list too, with an organization or with one another, and before their count.
        XCTAssertEqual(events(["3月3日，海城市与星河集团签署了战略合作协议。"]).first?.actors, ["海城市", "星河集团"])
        XCTAssertEqual(events(["3月3日，北京、上海发布了新规。"]).first?.actors, ["北京", "上海"])
        XCTAssertEqual(events(["3月3日，安徽与上海、江苏、浙江三省一市印发了行动计划。"]).first?.actors, ["安徽", "上海", "江苏", "浙江"])
        // 百 of 百度 opens a name, no count.
        XCTAssertEqual(events(["3月3日，微博、百度、抖音等应用上线了新开关。"]).first?.actors, ["微博", "百度", "抖音"])
    }

    func testThePassivesPatientAndAgentBothAct() {
        XCTAssertEqual(events(["3月3日，星河科技被海城市市场监管局罚款50万元。"]).first?.actors, ["星河科技", "海城市市场监管局"])
        XCTAssertEqual(events(["3月3日，星河科技遭海城市市场监管局约谈。"]).first?.actors, ["星河科技", "海城市市场监管局"])
        // 获 is a verb: the one that obtains acts, not 星河科技获青禾资本.
        XCTAssertEqual(events(["3月3日，星河科技获青禾资本领投的B轮融资。"]).first?.actors, ["星河科技"])
    }

    func testAHanNameAfterADescriptorActsWhenTheArticleKeepsUsingIt() {
        let story = ["青禾设计成立于2019年。", "青禾设计的用户超过百万，青禾设计团队也在扩大。"]
        XCTAssertEqual(events(story + ["3月3日，国产 UI 设计工具青禾设计（https://qh.design）再获A轮融资。"]).last?.actors, ["青禾设计"])
        // A name written once after the descriptor is left to the other rules.
        XCTAssertEqual(events(["3月3日，国产设计工具青禾设计再获A轮融资。"]).first?.actors, [])
    }

    func testTheNamedPersonIsWhom其StandsForWhenNoOneIsQuoted() {
        let story = ["星河集团总裁柏志远是业内知名的经理人。2019年，其年薪为221万元。"]
        XCTAssertEqual(events(story).first?.actors, ["柏志远"])
        // Nobody named before: no actor.
        XCTAssertEqual(events(["2019年，其年薪为221万元。"]).first?.actors, [])
    }

    func testTimeWordsOpeningASettingDateTheEventInsideIt() {
        // 在2019年蓝湾科技上市时: the listing is what 2019 dates, so its subject acts.
        XCTAssertEqual(events(["星河集团董事长钱文博在2019年蓝湾科技上市时表示，分拆是为了专注。"]).first?.actors, ["蓝湾科技"])
        // A setting with no subject of its own (在2019年接受采访时) leaves the sentence's.
        XCTAssertEqual(events(["钱文博在2019年接受采访时表示，分拆是为了专注。"]).first?.actors, ["钱文博"])
    }

    func testAnUnnamedSourceActsAsWrittenNotThePlatformOfItsSetting() {
        // 有网友在微博发文: the source acts (as the gold reads 有网友在社交网站发文称), not 微博.
        XCTAssertEqual(events(["12月1日，有网友在微博发文称，星河App无法打开外链。"]).first?.actors, ["网友"])
        // 这些公司 points back and names no one here.
        XCTAssertEqual(events(["12月1日，这些公司在海城提起诉讼。"]).first?.actors, [])
    }

    func testTheSummonedAreNoActorsAndACountedListOfCompaniesActs() {
        // 召集 is the action: the list after it is its object (as 对X处以罚款 names no X).
        XCTAssertEqual(events(["9月9日，海城市通信管理局召集星河、蓝湾等企业召开行政指导会。"]).first?.actors, ["海城市通信管理局"])
        // A count whose noun names companies makes every name before it an actor, known or not.
        XCTAssertEqual(events(["11月底，青岚、白沙、云栖三家公司相继宣布开放接口。"]).first?.actors, ["青岚", "白沙", "云栖"])
    }

    func testAnAcronymOrAClassNounMarksTheNameThatActs() {
        // A bracketed Latin acronym glosses the name before it; a class noun before a name is apposition.
        XCTAssertEqual(events(["12月1日，海川数据公司（HCD）发布年度手机市场报告。"]).first?.actors, ["海川数据公司"])
        XCTAssertEqual(events(["12月1日，市场研究机构青禾洞察发布《2021年移动应用报告》。"]).first?.actors, ["青禾洞察"])
    }

    func testABareCourtPointsBackToACourtOnly() {
        XCTAssertEqual(events(["3月2日，国务院审议通过《星海数据办法》。", "3月9日，法院作出一审判决，驳回原告诉讼请求。"]).map(\.actors), [["国务院"], []])
        XCTAssertEqual(events(["3月2日，海城市中级人民法院受理此案。", "3月9日，法院作出一审判决，驳回原告诉讼请求。"]).map(\.actors),
                       [["海城市中级人民法院"], ["海城市中级人民法院"]])
    }

    /// A byline set off by spaces before the time words is no part of the event; where the
    /// text spaces its digits (IT之家 style) the space is typography, and the clause keeps it.
    func testABylineBeforeTheTimeWordsIsNoPartOfTheEvent() {
        let bylined = events(["星海研究院研究员 林思远 9月22日上午，星海市第十次党代会在星海开幕。"])
        XCTAssertEqual(bylined.map(\.summary), ["9月22日上午，星海市第十次党代会在星海开幕"])
        XCTAssertFalse(bylined.first?.actors.contains("星海研究院") ?? true)
        XCTAssertEqual(events(["第一轮报名时间为 8 月 20 日，名额有限。"]).map(\.summary), ["第一轮报名时间为 8 月 20 日"])
    }

    func testASubjectBeforeTheTimeKeepsTheClauseOffTheTopic() {
        let clause = Array("青禾上半年实现营收四亿元".unicodeScalars)
        XCTAssertTrue(EventSubject.hasOwnSubject(in: clause, expression: 2..<5))
        XCTAssertFalse(EventSubject.hasOwnSubject(in: Array("将在本周二出席听证会".unicodeScalars), expression: 2..<5))
        XCTAssertEqual(events(["上半年，星河通信实现营收十亿元，同比增长两成；青禾上半年实现营收四亿元。"]).map(\.actors), [["星河通信"], []])
    }

    /// A class noun (appositive-classes.txt) before a name in quotation marks marks it as the
    /// actor though no lexicon knows it; after 旗下 the unit acts, not its owner.
    func testAClassNounMarksTheQuotedNameAsTheActor() {
        XCTAssertEqual(events(["星辰科技旗下社交应用“星聊”近日宣布，将逐步开放外部链接。"]).map(\.actors), [["星聊"]])
        XCTAssertEqual(events(["短视频平台“青禾视频”日前宣布下架违规内容。"]).map(\.actors), [["青禾视频"]])
        // A label in quotation marks after a word that is no class stays no actor.
        XCTAssertEqual(events(["吉祥物“雪团”日前亮相海城。"]).map(\.actors), [[]])
    }

    /// A degree adverb (大幅, 明显: a marker) between a measured quantity and its verb leaves
    /// the company the quantity belongs to as the actor; so do verbs of sudden change (大增).
    func testADegreeAdverbBeforeAStatisticKeepsItsOwner() {
        XCTAssertEqual(events(["今年国庆假期，星辰科技营收大幅增长。", "10月，青禾数科销量大增。"]).map(\.actors), [["星辰科技"], ["青禾数科"]])
    }

    /// A subjectless plan in an organization's statement is the organization's, also with the
    /// time words between 将于 and the verb.
    func testAPlanWithItsDateAfterTheMarkerIsTheSpeakers() {
        XCTAssertEqual(events(["星辰科技表示，将于明年一季度推出新版本。"]).map(\.actors), [["星辰科技"]])
    }

    /// Verbs of reporting end the subject (报道, 爆料); an adverb before 有 opens an unnamed source too.
    func testReportingVerbsEndTheSubject() {
        XCTAssertEqual(events(["早在今年3月，就有媒体报道星辰科技将开放外链。", "今年3月，有网友爆料星辰科技将裁员。",
                               "今年3月，星海电视台曝光了蓝湾集团的违规行为。"]).map(\.actors), [[], ["网友"], ["星海电视台"]])
    }

    /// A meeting in a setting whose verb has no agent and whose name holds no actor (在11月29日
    /// 举行的发布会上) names no holder: the subject after the setting acts (a meeting named with
    /// its holder, 星海市政府新闻发布会, still names it). A trading session after
    /// a day (11月29日收盘) is part of the time words, so the clause after it has the subject.
    func testAnAgentlessOccasionLeavesTheSubjectAfterItAndTradingSessionsAreTime() {
        XCTAssertEqual(events(["在11月29日举行的发布会上，星辰科技发布了新款手机。", "11月29日，在北京举行的数字经济论坛上，星海大学教授林青发表了演讲。",
                               "在11月29日举行的星海市政府新闻发布会上，市商务局局长周岚介绍了情况。", "11月29日收盘，星辰科技股价上涨3.2%。"]).map(\.actors),
                       [["星辰科技"], ["林青"], ["星海市政府"], ["星辰科技"]])
    }

    /// A counted list keeps no 等 on its last member; a place before a company's or a medium's
    /// word and a measure names the place's trade, no company (杭州市网络零售额 → 杭州, the place as the places lexicon names it).
    func testCountedListsAndAPlacesTrade() {
        XCTAssertEqual(events(["上周，星辰科技、蓝湾集团等五家企业被约谈。", "今年前三季度，杭州市网络零售额同比增长15%。",
                               "今年前三季度，星海网络营收同比增长15%。"]).map(\.actors), [["星辰科技", "蓝湾集团"], ["杭州"], ["星海网络"]])
    }

    /// A setting clause between bare time words and the subject (12月3日，针对用户投诉，X发布……)
    /// leaves the subject after it acting; modals (须) and 支持 end a subject.
    func testASettingAfterTheTimeWordsAndModalsLeaveTheSubject() {
        XCTAssertEqual(events(["12月3日，针对用户投诉，蓝湾集团发布致歉声明。", "星辰科技须在12月底前完成整改。",
                               "12月3日，星海市商务局支持蓝湾集团在科创板上市。"]).map(\.actors), [["蓝湾集团"], ["星辰科技"], ["星海市商务局"]])
    }

    /// A directive followed (根据…部署), an approval given (经…审议) or guidance received (在…指导下)
    /// between the time words and the subject sets the scene; the subject after it acts.
    func testADirectiveOrApprovalBeforeTheSubjectLeavesTheSubject() {
        XCTAssertEqual(events(["12月1日，根据市场监管总局的统一部署，星海市市场监管局启动专项检查。",
                               "11月30日，经董事会审议，星辰科技决定回购股份。",
                               "11月29日，在星海市商务局的指导下，蓝湾集团上线了消费券平台。"]).map(\.actors),
                       [["星海市市场监管局"], ["星辰科技"], ["蓝湾集团"]])
    }

    /// 以及 joins two actors as 及 does; 以 alone is the preposition of means.
    func testYijiJoinsTwoActors() {
        XCTAssertEqual(events(["11月28日，星辰科技以及蓝湾集团联合发布倡议。", "11月28日，星海市以数字化驱动发展。"]).map(\.actors),
                       [["星辰科技", "蓝湾集团"], ["星海市"]])
    }

    /// A 和 inside a known name joins no list (文化和旅游部, 人力资源和社会保障部 of the aliases), and a
    /// known short name running into a suffix (最高法 + 院) is part of the longer name.
    func testAJoinerInsideAKnownNameAndAShortNameInsideALongerOne() {
        XCTAssertEqual(events(["12月1日，文化和旅游部等八部门联合印发通知。", "12月1日，人力资源和社会保障部、星海市商务局联合印发通知。",
                               "12月1日，星辰科技和蓝湾集团等企业联合发布倡议。", "12月1日，海澜国最高法院作出裁决。"]).map(\.actors),
                       [["文化和旅游部"], ["人力资源和社会保障部", "星海市商务局"], ["星辰科技", "蓝湾集团"], ["海澜国最高法院"]])
    }

    /// A time zone between the subject and the time words belongs to the time words.
    func testATimeZoneAfterTheSubjectIsNoPartOfIt() {
        XCTAssertEqual(events(["海澜国委员会当地时间12月1日晚宣布对星辰科技展开调查。", "蓝湾集团北京时间周三发布财报。"]).map(\.actors),
                       [["海澜国委员会"], ["蓝湾集团"]])
    }

    /// After the time words, 与 is "with" (the subject alone acts, as after 于), and manner adverbs,
    /// modals and verbs of moving or changing (全面, 或将, 赴, 更名) open the predicate.
    func testWithAfterTheTimeWordsAndMoreWordsThatOpenAPredicate() {
        XCTAssertEqual(events(["星辰科技12月1日与蓝湾集团签署协议。", "星辰科技12月1日全面下架违规商品。", "林青12月2日赴星海市调研。",
                               "蓝湾集团或将于明年分拆物流业务。", "星辰科技12月1日更名为星辰控股。"]).map(\.actors),
                       [["星辰科技"], ["星辰科技"], ["林青"], ["蓝湾集团"], ["星辰科技"]])
    }

    /// 全市, 全省: the whole of a place counted in a statistic is nobody acting (not-speakers.txt).
    func testTheWholeOfAPlaceIsNoActor() {
        XCTAssertEqual(events(["12月5日，全市新增确诊病例2例。", "12月5日，全省新增就业岗位3万个。"]).map(\.actors), [[], []])
    }

    /// The organization named after a class noun of relation acts (全资子公司X, 合作伙伴X), not the
    /// owner before it; a list closed by 等 before the class noun stays a list.
    func testTheOrganizationAfterAClassNounOfRelationActs() {
        XCTAssertEqual(events(["蓝湾集团全资子公司蓝湾物流于今年10月完成融资。", "合作伙伴蓝湾集团12月1日发布新品。",
                               "2021年10月，星河视频、蓝湾视频等视频平台接连宣布取消超前点播。"]).map(\.actors),
                       [["蓝湾物流"], ["蓝湾集团"], ["星河视频", "蓝湾视频"]])
    }

    /// What holds from a date on (自…起 + verb) in an organization's statement is its rule.
    func testARuleFromADateInAStatementIsTheSpeakers() {
        XCTAssertEqual(events(["星辰科技发布公告称，自4月10日起暂停新用户注册。", "蓝湾集团表示，4月20日起全面开放外链。"]).map(\.actors),
                       [["星辰科技"], ["蓝湾集团"]])
        // 到 + a time: a target the statement sets (到2025年营收突破…).
        XCTAssertEqual(events(["青禾数科提出，到2025年营收突破100亿元。"]).map(\.actors), [["青禾数科"]])
    }

    /// A byline in brackets before the time words (本报讯（记者 X）) is no part of the event's clause.
    func testABylineBeforeTheTimeWordsIsNoPartOfTheClause() {
        let found = events(["本报讯（记者 何晓峰）3月25日，星辰科技发布了新款手机。"])
        XCTAssertEqual(found.map(\.actors), [["星辰科技"]])
        XCTAssertEqual(found.first?.summary, "3月25日，星辰科技发布了新款手机")
    }

    /// A life's events: the person born, admitted or hired acts (出生, 考入, 入职).
    func testAPersonsLifeEventsAreTheirs() {
        XCTAssertEqual(events(["何晓峰出生于1980年。", "1998年，年仅20岁的林思远考入星海大学。", "王建国2010年入职蓝湾集团。"]).map(\.actors),
                       [["何晓峰"], ["林思远"], ["王建国"]])
    }

    /// An adverb of the whole list (均, 都) closes it: every member acts.
    func testAnAdverbAfterAListKeepsEveryMember() {
        XCTAssertEqual(events(["星辰科技和蓝湾集团均于12月3日完成备案。", "12月3日，成都市政府发布通知。"]).map(\.actors),
                       [["星辰科技", "蓝湾集团"], ["成都市政府"]])
    }

    func testLexiconExamplesShowTheirWords() throws {
        for entry in try Lexicon.load("event-leads").entries {
            let example = Array(try XCTUnwrap(entry.example).unicodeScalars)
            XCTAssertEqual(EventSubject.leads.longest(at: 0, in: example)?.length, entry.key.unicodeScalars.count, "event-leads \(entry.key)")
            // A lead that governs a place or a target leaves no subject after it.
            if let governs = entry.fields.first, governs != "zone" { XCTAssertNil(EventSubject.find(in: example, expression: nil), "event-leads \(entry.key)") }
        }
        for entry in try Lexicon.load("event-predicates").entries {
            let example = Array(try XCTUnwrap(entry.example).unicodeScalars)
            let hit = example.indices.contains { EventSubject.predicates.longest(at: $0, in: example) != nil }
            XCTAssertTrue(hit, "event-predicates \(entry.key): \(example)")
        }
    }
}

/// Timeline headlines: actor + action + object, never the date words or a preposition first.
final class EventHeadlineTests: XCTestCase {
    func testHeadlineDropsTheDateAndLeadsAndNamesTheActor() {
        XCTAssertEqual(EventHeadline.make(summary: "3月2日，星河公司发布了开放声明", dateText: "3月2日", actors: ["星河公司"]), "星河公司发布了开放声明")
        XCTAssertEqual(EventHeadline.make(summary: "蓝湾集团当日回应称", dateText: "当日", actors: ["蓝湾集团"]), "蓝湾集团回应称")
        XCTAssertEqual(EventHeadline.make(summary: "当日回应称", dateText: "当日", actors: ["蓝湾集团"]), "蓝湾集团回应称")
        XCTAssertEqual(EventHeadline.make(summary: "在5月份举行的新闻发布会上", dateText: "5月份", actors: ["海城市政府"]),
                       "海城市政府举行的新闻发布会上")
        XCTAssertEqual(EventHeadline.make(summary: "据悉，9月1日起施行", dateText: "9月1日起", actors: []), "施行")
        XCTAssertEqual(EventHeadline.make(summary: "据报道，星河公司今日宣布开放接口", dateText: "今日", actors: ["星河公司"]), "星河公司宣布开放接口")
        // 于 goes with its date; an article's dateline is no part of the headline.
        XCTAssertEqual(EventHeadline.make(summary: "该办法于 3 月 1 日 起施行", dateText: "3 月 1 日", actors: []), "该办法起施行")
        XCTAssertEqual(EventHeadline.make(summary: "星海网 1 月 24 日消息 蓝湾市九部门日前联合印发意见", dateText: "日前", actors: []),
                       "蓝湾市九部门联合印发意见")
        // A scene set by 在…上 names the occasion, then what was said there.
        XCTAssertEqual(EventHeadline.make(summary: "在9月份举行的海城新闻发布会上，蓝湾局局长周明远表示，开放是大势所趋", dateText: "9月份",
                                          actors: ["海城", "蓝湾局"]),
                       "海城新闻发布会：蓝湾局局长周明远表示，开放是大势所趋")
        XCTAssertEqual(EventHeadline.make(summary: "12 月 15 日，在 2021 年海城设备年会上，蓝湾协会秘书长周明远发表演讲", dateText: "12 月 15 日",
                                          actors: ["周明远"]),
                       "2021 年海城设备年会：蓝湾协会秘书长周明远发表演讲")
        XCTAssertEqual(EventHeadline.make(summary: "今日（5月3日），星河队夺得了冠军", dateText: "今日", actors: []), "星河队夺得了冠军")
        // Another time dating the subject (time, verb, 的) describes it; the headline is what happened to it.
        XCTAssertEqual(EventHeadline.make(summary: "去年3月启动的海城旧改计划已于近日完工", dateText: "近日", actors: []), "海城旧改计划已完工")
        XCTAssertEqual(EventHeadline.make(summary: "去年3月的数据显示", dateText: "近日", actors: []), "去年3月的数据显示")
        // The preposition governing the date goes with it; a word ending in 在 keeps it.
        XCTAssertEqual(EventHeadline.make(summary: "星岚游戏确认将在6月推出国际版", dateText: "6月", actors: []), "星岚游戏确认将推出国际版")
        XCTAssertEqual(EventHeadline.make(summary: "问题仍存在3月的版本中", dateText: "3月", actors: []), "问题仍存在的版本中")
        // 在 governing a longer phrase than the date stays with that phrase.
        XCTAssertEqual(EventHeadline.make(summary: "星岚公司在2019年上市之初确立了目标", dateText: "2019年", actors: []), "星岚公司在上市之初确立了目标")
        XCTAssertEqual(EventHeadline.make(summary: "考试集中在6月1日至3日", dateText: "6月1日至3日", actors: []), "考试集中在6月1日至3日")
        XCTAssertEqual(EventHeadline.make(summary: "海城法院将在2023年3月的听证会上宣判", dateText: "2023年3月", actors: []), "海城法院将在2023年3月的听证会上宣判")
        XCTAssertEqual(EventHeadline.make(summary: "就在今年1月份内，蓝湾公司投资了8家企业", dateText: "今年1月份", actors: []), "蓝湾公司投资了8家企业")
        XCTAssertEqual(EventHeadline.make(summary: "5 月 6 日，在海城数字论坛上，星河研究院发布了报告", dateText: "5 月 6 日", actors: ["星河研究院"]),
                       "海城数字论坛：星河研究院发布了报告")
        XCTAssertEqual(EventHeadline.make(summary: "星岚游戏将在2023年里推出新作", dateText: "2023年", actors: []), "星岚游戏将在2023年里推出新作")
        XCTAssertEqual(EventHeadline.make(summary: "早在2015年蓝湾公司就推出了开放平台", dateText: "2015年", actors: []), "蓝湾公司就推出了开放平台")
        // A date ending its clause keeps its verb; a second time word after a source frame goes too.
        XCTAssertEqual(EventHeadline.make(summary: "今年的海城灯会将从 2 月 3 日开始", dateText: "从 2 月 3 日开始", actors: []), "今年的海城灯会将开始")
        XCTAssertEqual(EventHeadline.make(summary: "据星海网报道，近日，蓝湾市消保委接到投诉", dateText: "3 月 2 日", actors: ["蓝湾市消保委"]),
                       "蓝湾市消保委接到投诉")
        // A bracketed actor opening the clause loses both brackets, not one.
        XCTAssertEqual(EventHeadline.make(summary: "而就在本周，「星岚设计」也发布了新版本", dateText: "本周", actors: ["星岚设计"]),
                       "星岚设计也发布了新版本")
    }
}

/// One article telling one event twice gives one entry.
final class WithinArticleMergeTests: XCTestCase {
    func testDatelineAndItsRestatementMerge() throws {
        let day = try XCTUnwrap(Day(iso: "2022-03-04")), weekStart = try XCTUnwrap(Day(iso: "2022-02-26"))
        let yearStart = try XCTUnwrap(Day(iso: "2022-01-01")), yearEnd = try XCTUnwrap(Day(iso: "2022-12-31"))
        let groups = EventMerger.mergeWithinArticles([
            (start: day, end: day, headline: "海城之声消息 星河等五部门联合印发的《关于促进平台开放的意见》", clause: "a", articles: [1], role: "event"),
            (start: weekStart, end: day, headline: "海城之声消息 星河等五部门日前联合印发的《关于促进平台开放的意见》引发关注", clause: "b", articles: [1], role: "event"),
            // The same words in another article on a nested date are left to the cross-article merge.
            (start: day, end: day, headline: "海城之声消息 星河等五部门联合印发的《关于促进平台开放的意见》", clause: "a", articles: [2], role: "event"),
            // One article, nested dates, another event.
            (start: weekStart, end: day, headline: "蓝湾集团完成新一轮融资", clause: "c", articles: [1], role: "event"),
            // One article, nested dates, the same words, but only a baseline: not the event.
            (start: weekStart, end: day, headline: "海城之声消息 星河等五部门联合印发的《关于促进平台开放的意见》", clause: "d", articles: [1], role: "baseline"),
            // One clause with a year and a day in it (2022年灯会将从2月3日开始): one event.
            (start: yearStart, end: yearEnd, headline: "灯会将从2月3日开始", clause: "2022年灯会将从2月3日开始", articles: [3], role: "event"),
            (start: day, end: day, headline: "2022年灯会将开始", clause: "2022年灯会将从2月3日开始", articles: [3], role: "event"),
        ])
        XCTAssertEqual(groups, [[0, 1], [2], [3], [4], [5, 6]])
    }
}

/// event-nonevents.txt: reference periods are events that name no actor (EventRoleTests: every role).
final class NoneventTests: XCTestCase {
    func testReferencePeriodsNameNoActorAndNoPolicy() throws {
        for entry in try Lexicon.load("event-nonevents").entries where entry.fields.dropFirst().first == "reference" {
            let example = try XCTUnwrap(entry.example)
            let article = Article(path: "x.md", title: "x", published: PublicationDate.parse("2021-11-01T02:00:00Z"),
                                  blocks: [Block(.paragraph, example + "。")])
            let events = EventExtractor.extract(article)
            XCTAssertFalse(events.isEmpty, example)
            for event in events {
                XCTAssertTrue(event.actors.isEmpty && !event.policy && event.documents.isEmpty, "\(entry.key): \(example) → \(event)")
            }
        }
        // An ordinary penalty event keeps its actor.
        let article = Article(path: "x.md", title: "x", published: PublicationDate.parse("2021-11-01T02:00:00Z"),
                              blocks: [Block(.paragraph, "10月8日，蓝湾市监管局对星河公司处以罚款。")])
        XCTAssertTrue(EventExtractor.extract(article).first?.policy ?? false)
    }
}
