import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the twenty-second blind page set's front pages, district post and evening-news script.
extension BulletinSplitterTests {
  @Test("a photo credit closing an item is its byline without 摄, whatever page it stands on")
  func photoCreditBylineWithoutVerb() {
    let page = """
      某岭镇报
      2025年10月8日 星期三

      晚稻开镰
      　　10月7日，某岭镇上坝村的农机手驾驶收割机收割晚稻，田间一派繁忙。
      记者 甲某某 摄

      镇卫生院开设夜间门诊
      　　本报讯（记者 乙某）10月7日起，镇卫生院开设夜间门诊，方便群众下班后就医。
      　　夜间门诊每晚开到九点，周末照常开放。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["晚稻开镰", "镇卫生院开设夜间门诊"])
    #expect(articles.map(\.byline) == ["记者 甲某某", "记者 乙某"])
  }

  @Test(
    "under a briefs label on a page indenting its paragraphs, each unindented headline after a finished brief titles the next"
  )
  func labelledBriefsWithIndentedText() {
    let page = """
      某川日报
      2025年11月3日 星期一

      某川区启动冬季供暖准备
      　　本报讯（记者 甲某）11月2日，某川区召开冬季供暖准备工作会，部署
      管网检修和煤炭储备。
      　　全区今年新增供暖面积四十万平方米。

      简讯
      区图书馆延长开放时间
      　　11月1日起，区图书馆每晚开放到九点，周一
      照常闭馆。
      某川中学举行秋季运动会
      　　10月31日，某川中学举行秋季运动会，两千余名
      师生参加。
      区医保局开展政策宣讲
      　　近日，区医保局走进社区开展医保政策宣讲。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某川区启动冬季供暖准备", "区图书馆延长开放时间", "某川中学举行秋季运动会", "区医保局开展政策宣讲"])
    #expect(articles.dropFirst().first?.body == "11月1日起，区图书馆每晚开放到九点，周一照常闭馆。")
  }

  @Test(
    "a briefs label over untitled briefs closing with credits: each paragraph is a brief named by its opening clause")
  func untitledBriefsUnderLabel() {
    let page = """
      某溪县报

      2025年12月2日　星期二

      某溪县冬季农田水利建设全面铺开

      　　本报讯 记者甲某报道 12月1日，某溪县冬季农田水利建设现场推进会召开。

      　　今冬全县计划新修渠道八十公里，清淤山塘一百二十口。

      本地快讯

      　　县政协12月1日召开主席会议，研究年度协商计划。（乙某某）

      　　县图书馆近日新增一批少儿读物，共三千余册。（丙某）

      某溪县报社出版　　总编辑：丁某某　　本期值班编辑：戊某
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某溪县冬季农田水利建设全面铺开", "县政协12月1日召开主席会议", "县图书馆近日新增一批少儿读物"])
    #expect(articles.map(\.byline) == ["记者甲某", "乙某某", "丙某"])
    #expect(!articles.contains { $0.body.contains("本地快讯") || $0.body.contains("总编辑") })
  }

  @Test("a script's host lines behind a cue label (【开头】, 【片尾】) and its staff line naming the presenter are no item's")
  func scriptCueLabelledPatterAndPresenterLine() {
    let page = """
      某山县融媒体中心　《某山新闻》播出稿
      播出时间：2025年10月9日（星期四）19:00
      责任编辑：甲某某　　主持人：乙某

      【开头】观众朋友，晚上好！欢迎收看《某山新闻》。

      某山县秋粮收购启动
      【导语】10月8日，某山县秋粮收购工作全面启动，全县设立收购点二十个。
      【正文】在城关粮站，前来交售的农户排起了长队。
      （记者 丙某 丁某）

      【片尾】好，以上就是今天《某山新闻》的主要内容，感谢收看，明天同一时间再见。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某山县秋粮收购启动"])
    #expect(articles.first?.byline == "记者 丙某 丁某")
    #expect(articles.first?.body.contains("感谢收看") == false)
  }
}
