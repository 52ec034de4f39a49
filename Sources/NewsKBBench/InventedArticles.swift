import Foundation

extension BenchStages {
    /// `count` invented articles (fictional people, companies and dates, made from syllable
    /// and number tables), each quoting a person of its own on a date of its own: what new
    /// reporting adds to a knowledge base, unlike the generated copies, which repeat the
    /// names and dates of their templates.
    public static func inventedArticles(_ count: Int) -> [String] {
        let surnames = Array("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨")
        let given = Array("明远若水嘉禾书言泽川思齐景行")
        let companies = ["星河", "蓝鲸", "青禾", "远山", "白鹭", "银杉", "海棠", "松果"]
        return (0..<count).map { index in
            let name = String(surnames[index % surnames.count]) + String(given[(index / surnames.count) % given.count])
                + String(given[(index / 7 + index) % given.count])
            let company = companies[index % companies.count] + "\(index)号科技公司"
            let year = 1990 + index % 20, month = 1 + (index / 20) % 12, day = 1 + (index * 7) % 28
            return """
                ---
                title: '虚构行业观察第\(index)期'
                categories:
                 - 测试
                date: Mon, 06 Dec 2021 14:20:00 GMT
                ---
                <div><p>\(year)年\(month)月\(day)日，\(company)发布《第\(index)号开放平台接入指引》。</p><p>\(company)首席分析师\(name)表示：“开放接口之后，中小商家的获客成本会继续下降。”</p></div>

                """
        }
    }
}
