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

/// Rules for set 33's e-mailed morning digest: the office that compiles it names itself under
/// the date (`某某办公室编`); its foot tells readers how to unsubscribe and that it is for
/// internal reference; its titles, each over a paragraph set on one line, are no wrap width.
extension BulletinSplitterTests {
  @Test("an e-mailed digest's compiler line, its readers' notes and its one-line paragraphs")
  func emailedDigestWithCompilerAndFootNotes() {
    let long = "，各有关单位要按照职责分工抓好落实，确保各项任务按期完成，让群众切实感受到工作成效，相关情况将定期通报"
    let page = """
      青柳市每日要闻摘编
      第12期
      2026年9月7日　星期一
      市政府信息办公室编

      【本市要闻】

      1. 青柳市召开秋季森林防火工作会议
      9月6日，青柳市召开秋季森林防火工作会议，部署全市秋冬季森林防火工作\(long)。（来源：青柳日报）

      2. 青柳港区新增两条内贸集装箱航线
      9月5日，青柳港区新增两条内贸集装箱航线，每周各开行两个航次\(long)。（来源：青柳日报）

      3. 青柳市第二批口袋公园全部建成开放
      记者从市园林局获悉，青柳市第二批口袋公园已全部建成开放\(long)。（来源：青柳广播电视台）

      【省内动态】

      4. 全省秋粮收购工作会议在云港召开
      9月4日，全省秋粮收购工作会议在云港市召开，部署秋粮收购各项工作\(long)。（来源：云港日报）

      5. 省级智慧农业示范基地名单公布
      近日，省农业农村厅公布第二批省级智慧农业示范基地名单，共有30个基地入选\(long)。（来源：省农业农村厅网站）

      6. 全省职业技能大赛在南屿开幕
      9月3日，全省职业技能大赛在南屿市开幕，来自各地的800余名选手参赛\(long)。（来源：南屿日报）

      编辑：许清和　审核：杜明远
      如需订阅或退订本摘编，请回复本邮件
      本材料仅供内部参考，请勿外传
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "青柳市召开秋季森林防火工作会议", "青柳港区新增两条内贸集装箱航线", "青柳市第二批口袋公园全部建成开放",
        "全省秋粮收购工作会议在云港召开", "省级智慧农业示范基地名单公布", "全省职业技能大赛在南屿开幕",
      ])
    #expect(!articles.contains { $0.title.contains("办公室编") || $0.body.contains("订阅") || $0.body.contains("外传") })
  }

  @Test("an office's name and 编 name who compiles a bulletin")
  func officeCompilerLine() {
    #expect(BulletinSplitter.isPublisherName("市政府信息办公室编"))
    #expect(!BulletinSplitter.isPublisherName("惠企政策汇编"))
  }

  @Test("a digest's notes to its readers about the issue itself")
  func issueReadersNotes() {
    #expect(BulletinSplitter.isIssueReadersNote("如需订阅或退订本摘编，请回复本邮件"))
    #expect(BulletinSplitter.isIssueReadersNote("本材料仅供内部参考，请勿外传"))
    #expect(!BulletinSplitter.isIssueReadersNote("市民如需办理，请携带身份证前往服务大厅。"))
  }
}
