import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the body of the seventeenth blind page set (front pages): a briefs column's label
/// ending in `速览` over titled briefs; a story running on across a box of teasers set inside
/// it; a bracketed brief title followed only by its credit, its text on the next line; a
/// photo's label over its caption with no headline of its own.
extension BulletinSplitterTests {
  @Test("a briefs column's label ending in 速览 heads its briefs and is none of the text above")
  func briefsLabelEndingInGlance() {
    let page = """
      桐川日报 2025年6月3日 星期二 第1版 要闻

      区政府召开常务会议

      本报讯(记者 甲某)6月2日，区政府召开常务会议，研究部署夏季防汛和安全生产工作。会议要求各镇街落实值班值守制度。

      城事速览

      东湖公园新增两处直饮水点
      　　近日，东湖公园在南门广场和儿童乐园旁新增两处直饮水点，方便游客免费取用。
      （记者 乙某）
      城南菜市场完成提升改造
      　　日前，城南菜市场提升改造完工，新设摊位120个，地面和排水系统全部翻新。（通讯员 丙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区政府召开常务会议", "东湖公园新增两处直饮水点", "城南菜市场完成提升改造"])
    #expect(articles.allSatisfy { !$0.body.contains("速览") })
    #expect(articles.count == 3 && articles[1].byline == "记者 乙某")
    #expect(BulletinSplitter.isBriefsLabel("要闻速览"))
    // A headline ending in the word is no label: too long, or not only ideographs.
    #expect(!BulletinSplitter.isBriefsLabel("桐川春季赏花路线速览"))
    #expect(!BulletinSplitter.isBriefsLabel("5月数据速览"))
  }

  @Test("a story runs on across a box of teasers set between two lines of one sentence")
  func storyAcrossTeasers() {
    let page = """
      桐川日报 2025年6月4日 星期三 第1版 要闻
      丁某调研老旧小区改造工作
      ■记者 戊某
      　　6月3日，区长丁某到城西片区调研老旧小区改造工作，实地察看了青石巷
      和柳岸小区的管网改造、外墙翻新进度。他说，改造要多听取住户意见，
      本期导读
      ▶ 区第一中学新校区开工建设　2版
      ▶ 桐川夏日夜市本周开市　3版
      让居民住得更舒心。
      　　在柳岸小区，丁某要求，施工单位要文明施工，尽量减少对居民生活的影响。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["丁某调研老旧小区改造工作"])
    #expect(articles.first?.body.contains("多听取住户意见，让居民住得更舒心。") == true)
    #expect(articles.first?.body.contains("夜市") == false)
    // A box of teasers after a finished sentence ends the paragraph: the next line is a headline.
    let finished = page.replacingOccurrences(of: "让居民住得更舒心。\n", with: "桐川新增三条公交线路\n")
      .replacingOccurrences(of: "多听取住户意见，", with: "多听取住户意见。")
    #expect(BulletinSplitter().split(finished).map(\.title) == ["丁某调研老旧小区改造工作", "桐川新增三条公交线路"])
  }

  @Test("a bracketed brief title followed only by its credit titles the text on the next line")
  func bracketedTitleOverCredit() {
    let page = """
      桐川日报 2025年6月5日 星期四 第1版 要闻

      要闻简报

      【区税务局开展纳税服务月活动】6月4日，区税务局启动纳税服务月活动，组织业务骨干走进企业开展政策辅导。（记者 甲某）

      【凤鸣湖荷花进入盛放期】（记者 乙某）

      　　近日，凤鸣湖湿地公园内的万余株荷花陆续盛开，吸引众多市民前来赏荷。园方提醒游客文明赏花。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区税务局开展纳税服务月活动", "凤鸣湖荷花进入盛放期"])
    #expect(articles.last?.byline == "记者 乙某")
    #expect(articles.last?.body.hasPrefix("近日，凤鸣湖湿地公园") == true)
    // A bracketed title followed by a note that is no credit is not cut.
    #expect(BulletinSplitter.bracketedBrief("【凤鸣湖荷花进入盛放期】（组图）") == nil)
    #expect(BulletinSplitter.bracketedBrief("【凤鸣湖荷花进入盛放期】（记者 乙某）")?.title == "凤鸣湖荷花进入盛放期")
  }

  @Test("a photo's label over its caption, with no headline of its own, is the photo's title")
  func photoLabelOverCaption() {
    let page = """
      桐川日报 2025年6月6日 星期五 第1版 要闻

      区人大常委会召开会议

      本报讯(记者 甲某)6月5日，区人大常委会召开会议，听取关于全区上半年民生实事项目推进情况的报告。

      会议要求，各承办单位要倒排工期，确保民生实事项目按期完成。

      图片新闻
      　　6月5日，在桐川农业园区的一处蔬菜大棚内，农户正在采收新鲜番茄
      供应城区超市。今年以来，园区蔬菜产量同比增长两成。
      　　　　　　　　　　　　　　　　　　　记者 丙某 摄
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区人大常委会召开会议", "图片新闻"])
    #expect(articles.last?.body == "6月5日，在桐川农业园区的一处蔬菜大棚内，农户正在采收新鲜番茄供应城区超市。今年以来，园区蔬菜产量同比增长两成。")
    #expect(articles.last?.byline == "记者 丙某")
    // The label over a headline of the photo's own joins it, as before.
    let titled = page.replacingOccurrences(of: "图片新闻\n", with: "图片新闻\n番茄红了\n")
    #expect(BulletinSplitter().split(titled).last?.title.hasSuffix("番茄红了") == true)
  }

  @Test("a signed piece's author in brackets after its text is its byline")
  func bracketedAuthorAfterText() {
    #expect(BulletinSplitter.trailingCredit("抓住机遇，让发展成果惠及千家万户。（作者：甲某某）")?.credit == "甲某某")
    // A bracketed note that names no author stays text.
    #expect(BulletinSplitter.trailingCredit("抓住机遇，让发展成果惠及千家万户。（作者系本报特约评论员，现任某大学教授）") == nil)
  }

  @Test("a group of photos under one headline credits each photographer")
  func groupedPhotoCredits() {
    let page = """
      桐川日报 2025年6月7日 星期六 第1版 要闻

      区人大常委会召开会议

      本报讯(记者 甲某)6月6日，区人大常委会召开会议，听取关于全区上半年民生实事项目推进情况的报告。

      图片新闻
      初夏桐川

      　　6月6日，东湖公园内，市民在荷塘边散步纳凉。
      　　　　　　　　　　　　　　　　　　　记者 乙某 摄

      　　6月5日，凤鸣镇农户在田间收割小麦。
      　　　　　　　　　　　　　　　　　　　通讯员 丙某 摄
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.last?.byline == "记者 乙某 通讯员 丙某")
    #expect(articles.last?.body == "6月6日，东湖公园内，市民在荷塘边散步纳凉。\n6月5日，凤鸣镇农户在田间收割小麦。")
    // One photo keeps its one credit.
    let one = page.components(separatedBy: "\n\n　　6月5日")[0]
    #expect(BulletinSplitter().split(one).last?.byline == "记者 乙某")
  }

  @Test("a correction notice after an article is a notice of its own")
  func correctionNotice() {
    let page = """
      桐川日报 2025年6月8日 星期日 第1版 要闻

      东湖公园荷花进入盛放期

      　　近日，东湖公园内的荷花陆续盛开，吸引众多市民前来观赏。园方提醒游客文明赏花。

      更正：本报6月1日第2版《城南菜市场完成提升改造》一文中“摊位120个”应为“摊位102个”，特此更正。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["东湖公园荷花进入盛放期", "更正"])
    #expect(articles.first?.body.contains("特此更正") == false)
    #expect(articles.last?.body.hasPrefix("本报6月1日第2版") == true)
    // A sentence that only mentions a correction stays text.
    #expect(BulletinSplitter.oneLineNoticeLabel("更正后的名单已在区政府网站公布。") == nil)
    #expect(BulletinSplitter.oneLineNoticeLabel("更正：") == nil)
  }

  @Test("an index entry gives its page in brackets without 第 (`· headline (2版)`)")
  func indexEntryWithBareBracketedPage() {
    #expect(BulletinSplitter.isPageIndexLine("·全县夏粮收购工作有序推进 (2版)"))
    #expect(BulletinSplitter.isPageIndexLine("·\"桐川杨梅\"走俏长三角 (3版)"))
    let page = """
      桐川县报
      2025年6月9日 星期一 第1208期 今日4版
      导读
      ·全县夏粮收购工作有序推进 (2版)
      ·凤鸣镇老街改造完工 (3版)
      县政府召开常务会议
      本报讯(记者 甲某)6月8日,县政府召开常务会议,研究部署夏季防汛和安全生产工作。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县政府召开常务会议"])
    #expect(articles.allSatisfy { !$0.body.contains("夏粮") })
    // A sentence that ends on a page in brackets is no index entry.
    #expect(!BulletinSplitter.isPageIndexLine("详细名单请见本报今日刊发的公告，欢迎读者查阅 (2版)"))
  }
}
