import Testing

@testable import PolicyFeatures

/// Rules for set 33's evening brief column: a column that sets its briefs without marks, each an
/// indented paragraph hard-wrapped at the column's width, runs each brief's title on into its
/// text behind a wide space (`　　标题　正文…`), as it does behind brackets (`【标题】正文…`); a
/// lead names the reporter's source behind a word of time (`记者昨日从某局获悉`).
extension BulletinSplitterTests {
  @Test("an indented brief's title runs on into its hard-wrapped text behind a wide space")
  func indentedBriefsTitledBehindWideSpace() {
    let page = """
      B03　　都市新闻　　　　2026年9月5日　星期六

      　　【青柳湖环湖步道全线贯通】记者昨日从市林业局获悉，青柳湖
      环湖步道日前全线贯通，全长14公里，沿途设置休息驿站8处。
      （记者 宋一帆）
      　　梧桐巷夜市本周末起试营业　本周末起，梧桐巷夜市将开始试
      营业，首批入驻摊位60个，营业时间为每天18时至23时。市商务局
      提醒市民绿色出行，文明消费。
      　　第二批社区书屋向居民开放　记者从市文旅局获悉，我市第二批
      15家社区书屋已于近日向居民开放，每家藏书不少于3000册，并提供
      免费借阅服务。（记者 齐悦）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青柳湖环湖步道全线贯通", "梧桐巷夜市本周末起试营业", "第二批社区书屋向居民开放"])
    guard articles.count == 3 else { return }
    #expect(articles[0].body.hasPrefix("记者昨日从市林业局获悉，青柳湖环湖步道"))
    #expect(articles[1].body.hasPrefix("本周末起，梧桐巷夜市将开始试营业"))
    #expect(articles[1].body.contains("提醒市民绿色出行"))
    #expect(!articles[1].body.contains("社区书屋"))
    #expect(articles[2].body.hasPrefix("记者从市文旅局获悉，我市第二批15家"))
  }

  @Test("a lead names the reporter's source behind a word of time")
  func reportersSourceBehindWordOfTime() {
    #expect(BulletinSplitter.opensLeadlessArticle("记者昨日从市林业局获悉，青柳湖"))
    #expect(BulletinSplitter.opensLeadlessArticle("记者日前从区教育局获悉，今年"))
    #expect(!BulletinSplitter.opensLeadlessArticle("记者昨日走访了青柳湖畔的几个村"))
  }
}
