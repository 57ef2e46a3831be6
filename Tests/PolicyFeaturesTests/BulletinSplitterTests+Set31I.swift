import Testing

@testable import PolicyFeatures

/// Rules for set 31's evening-news pages: a round-up of briefs (`本地快讯`, `3. 国内快讯`) is one
/// item, whether its briefs' headlines stand on lines of their own or run into their text behind
/// a colon on a page that numbers its items; the programme's sign-off is no item's text; a
/// station's lead credits its reporter behind the station's name (`某某台记者 某某 报道：…`).
extension BulletinSplitterTests {
  @Test("a round-up whose briefs' headlines stand on lines of their own is one item under its label")
  func roundUpWithHeadlinesOnTheirOwnLines() {
    let page = """
      柳塘区召开春季植树动员会
      本台消息（记者 简一舟）4月2日，柳塘区召开春季植树动员会，部署今年国土绿化工作。
      会议要求，各街道要落实责任，确保苗木成活率达到九成以上。

      区县快讯
      北湖公园西门改造完工
      4月2日，北湖公园西门改造工程完工，新增停车位80个。
      柳塘图书馆延长开放时间
      自本周起，柳塘图书馆每天开放至晚上九点。

      柳塘区新增两所公办幼儿园
      记者从区教育局获悉，今年秋季，柳塘区将新增两所公办幼儿园，提供学位540个。

      本期节目到此结束，感谢收看。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柳塘区召开春季植树动员会", "区县快讯", "柳塘区新增两所公办幼儿园"])
    #expect(articles[1].body.hasPrefix("北湖公园西门改造完工\n4月2日，") == true)
    #expect(articles[1].body.contains("\n柳塘图书馆延长开放时间\n自本周起"))
    #expect(!articles.contains { $0.body.contains("本期节目") })
  }

  @Test("a numbered round-up's briefs, each a headline and a colon before its text, are its text")
  func numberedRoundUpWithColonBriefs() {
    let page = """
      1. 溪岸市召开防汛工作会议
      本台消息（记者 郎雨桐）4月2日，溪岸市召开防汛工作会议，部署今年防汛备汛工作。
      会议要求，各地要在汛前完成水库、堤防隐患排查整治。

      2. 省内快讯
      南峰县茶叶开采节开幕：南峰县4月1日举行茶叶开采节，现场签约茶叶购销合同12份，金额超过3亿元。
      石梁市新开通两条城际公交：石梁市近日新开通两条城际公交线路，往返市区和高铁站，每半小时一班。

      3. 溪岸市启动老旧小区加装电梯工作
      今年，溪岸市计划在老旧小区加装电梯120部，对符合条件的项目给予每部15万元补助。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["溪岸市召开防汛工作会议", "省内快讯", "溪岸市启动老旧小区加装电梯工作"])
    #expect(articles.count == 3 && articles[1].body.hasPrefix("南峰县茶叶开采节开幕："))
    #expect(articles.count == 3 && articles[1].body.contains("\n石梁市新开通两条城际公交："))
  }

  @Test("a station's lead crediting its reporter behind its name, 报道 and a colon, gives the byline")
  func stationReporterLeadWithColon() {
    let page = """
      全市春季招聘月活动启动
      云泽台记者 秦若帆 报道：4月2日，全市春季招聘月活动启动，200余家企业提供岗位6000多个。
      活动将持续至4月底，线上线下同步进行。

      云泽湾湿地迎来候鸟北迁高峰
      近日，云泽湾湿地迎来候鸟北迁高峰，监测到的候鸟已超过两万只。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["全市春季招聘月活动启动", "云泽湾湿地迎来候鸟北迁高峰"])
    #expect(articles.first?.byline == "云泽台记者 秦若帆")
    #expect(articles.first?.body.hasPrefix("4月2日，全市春季招聘月活动启动") == true)
  }
}
