import Testing

@testable import PolicyFeatures

/// Rules for the twenty-fourth blind page set, front pages and a television station's web
/// digest: a front page's box of teasers names the pages inside by their lettered codes, after
/// each headline (`▶…　　A2`) or before it behind a bar (`A3｜…`).
extension BulletinSplitterTests {
  @Test(
    "a front page's teasers behind a pointer name their page by its code after a wide space: the box is no article, the lead story heads the page"
  )
  func pointedTeasersEndingWithPageCodes() {
    let page = """
      桐川日报
      2026年3月9日　星期一　　今日8版

      【导读】
      ▶城北片区老旧管网改造全面铺开　　A2
      ▶桐川港新开两条内贸航线　　A3

      全市春季植树活动启动
      本报讯（记者 石苇）3月8日，全市春季义务植树活动在东岭公园启动，各界群众两千余人参加。
      今年全市计划新增造林面积1.2万亩，建设口袋公园30处。

      桐川至远山城际公交开通
      本报讯（记者 童立）3月8日起，桐川至远山城际公交正式开通，每天往返24班次。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["全市春季植树活动启动", "桐川至远山城际公交开通"])
    #expect(articles.first?.byline == "记者 石苇")
    #expect(!articles.contains { $0.title.contains("A2") || $0.body.contains("A3") })
  }

  @Test(
    "under an index's label, entries may carry their page's code in front behind a bar (`A3｜…`): they are index lines, not a headline over text"
  )
  func codeFirstTeasersBehindABar() {
    let page = """
      桐川日报
      2026年3月9日　星期一　　今日8版

      今日导读
      A3｜东岭街道建成社区食堂12家
      A6｜远山村的“云端茶园”

      全市春季植树活动启动
      　　本报讯（记者 石苇）3月8日，全市春季义务植树活动在东岭公园启动，各界群众两千余人参加。
      　　今年全市计划新增造林面积1.2万亩，建设口袋公园30处。

      桐川至远山城际公交开通
      　　本报讯（记者 童立）3月8日起，桐川至远山城际公交正式开通，每天往返24班次。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["全市春季植树活动启动", "桐川至远山城际公交开通"])
    #expect(articles.first?.byline == "记者 石苇")
    #expect(!articles.contains { $0.title.contains("｜") || $0.body.contains("｜") })
  }

  @Test(
    "a station's digest page: the publishing line with no title above it is the page's, and the cues over each item's parts (`【导语】`, `【正文】`) are no text"
  )
  func digestPageWithPartCues() {
    let page = """
      远山广电网　|　看远山
      首页 > 新闻 > 本地

      2026-03-09 20:05:12　来源：远山市广播电视台　浏览量：815

      北湖公园樱花进入盛花期
      记者 石苇　摄像 童立
      【导语】
      这几天，北湖公园的樱花进入盛花期，吸引不少市民前来赏花。
      【正文】
      公园管理处介绍，园内种植樱花1200余株，花期预计持续到本月下旬。
      周末游客较多，公园增开了两个临时停车场。

      远山至桐川动车今起加密
      记者 童立
      【导语】
      从今天起，远山至桐川的动车每天增加到十六对。
      【正文】
      铁路部门表示，加密后两地之间早晚高峰都有直达车次。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["北湖公园樱花进入盛花期", "远山至桐川动车今起加密"])
    #expect(articles.first?.byline == "记者 石苇 摄像 童立")
    #expect(articles.first?.body.hasPrefix("这几天，北湖公园的樱花") == true)
    #expect(!articles.contains { $0.body.contains("【") || $0.body.contains("浏览量") })
  }
}
