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
}
