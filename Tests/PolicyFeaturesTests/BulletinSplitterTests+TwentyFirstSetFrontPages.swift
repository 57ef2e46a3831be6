import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the twenty-first blind page set's front pages, work bulletin and news-site digest.
extension BulletinSplitterTests {
  @Test("a news site's item line (time, source, reporters) is no part of the title; its reporters are the byline")
  func newsSiteItemLineUnderTitle() {
    let page = """
      今日要闻
      2025年3月4日 星期二

      某江大桥完成荷载试验
      2025-03-04 09:20　来源：某江电视台新闻频道　记者：甲某某 乙某
      3月3日，某江大桥完成荷载试验，各项指标均符合设计要求。

      大桥预计于下月通车，届时两岸通行时间将缩短一半。

      【责任编辑：丙某】

      城区新增三处口袋公园
      2025-03-04 08:05　来源：某江新闻网
      近日，城区三处口袋公园建成开放，为周边居民提供了休闲去处。

      【责任编辑：丙某】
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某江大桥完成荷载试验", "城区新增三处口袋公园"])
    #expect(articles.map(\.byline) == ["记者 甲某某 乙某", nil])
    #expect(articles.first?.body.hasPrefix("3月3日，某江大桥") == true)
  }

  @Test(
    "a photo-news label is none of the item's title, and the photographer closing its caption is the byline without 摄")
  func photoNewsLabelAndClosingPhotographer() {
    let page = """
      某川县报
      2025年6月3日 星期二

      某川县新建三座便民桥
      本报讯(记者 甲某某)6月2日，某川县新建的三座便民桥全部完工，沿河五个村的群众出行不再绕远。
      便民桥由县交通运输局统一设计，村民参与施工，总投资一百二十万元。

      图片新闻
      梯田插秧忙
      6月1日，某川镇上坪村村民在梯田里插秧。今年该村种植水稻八百亩。 记者 乙某某 摄

      图片新闻
      古镇游人多
      6月2日，游客在某川古镇老街游览。端午假期以来，古镇日均接待游客两千余人次。　通讯员　丙某　摄

      某川县报社址:某川县人民路1号 新闻热线:1234567 广告热线:1234568
      零售价:1.00元 某川县报印务中心印刷
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某川县新建三座便民桥", "梯田插秧忙", "古镇游人多"])
    #expect(articles.map(\.byline) == ["记者 甲某某", "记者 乙某某", "通讯员 丙某"])
    #expect(articles[1].body == "6月1日，某川镇上坪村村民在梯田里插秧。今年该村种植水稻八百亩。")
    #expect(!articles.contains { $0.body.contains("热线") || $0.body.contains("印刷") })
  }

  @Test("an imprint line names the paper's hotlines, price and printer")
  func imprintLinesWithHotlinesPriceAndPrinter() {
    #expect(BulletinSplitter.isImprintLine("地址：某川县人民路1号　新闻热线：1234567　广告热线：1234568"))
    #expect(BulletinSplitter.isImprintLine("定价：每月10元　零售：每份0.50元　某川县报印刷厂印刷"))
    #expect(BulletinSplitter.isImprintLine("零售价:1.00元 某川县报印务中心印刷"))
    #expect(!BulletinSplitter.isImprintLine("新闻热线：1234567"))
  }

  @Test("a bulletin's marked list of contents is no item, and a long numbered point under an item stays its text")
  func bulletinMarkedContentsAndNumberedPoints() {
    let page = """
      工 作 简 报
      第3期
      某川县水利局办公室编　　　　2025年6月3日

      本期要目
      ◆汛前检查全部完成
      ◆下阶段安排

      一、全县水库汛前安全检查全面完成
      　　截至6月2日，全县四十二座水库汛前安全检查全部完成，发现的九处隐患已整改到位。

      二、下一步工作安排
      　　（一）落实值班值守。汛期实行二十四小时值班，确保信息畅通。
      　　（二）开展应急演练。各乡镇六月中旬前完成一次防汛应急演练。
      　　（三）加强山塘巡查。督促各乡镇落实山塘巡查责任人，雨前雨中雨后加密巡查频次，发现险情及时处置上报。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["全县水库汛前安全检查全面完成", "下一步工作安排"])
    #expect(articles.last?.body.contains("（三）加强山塘巡查。") == true)
  }
}
