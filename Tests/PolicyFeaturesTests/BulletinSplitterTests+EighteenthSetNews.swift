import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the eighteenth blind page set's news and front pages: a section's name on a line of
/// its own under the page's strip, over a headline whose credit line follows it directly; a
/// briefs column's label with a place or field in front (`民生简讯`, `乡镇速览`) over its first
/// brief's title.
extension BulletinSplitterTests {
  @Test("a section's name under the page's strip, over a headline and its credit line, is no article")
  func sectionNameUnderStrip() {
    let page = """
      柘溪县报　2026年6月9日　星期二　第3版
      经济

      县农商行推出茶农春耕专项贷款
      ■本报记者 甲某某
      6月8日，县农商行推出茶农春耕专项贷款，首批向
      四个乡镇的茶农发放贷款两千余万元。
      据介绍，该贷款无需抵押，随借随还。

      县城公交新开两条夜班线路
      本报讯 6月8日起，县城公交新开两条夜班线路，
      方便市民夜间出行。（记者 乙某某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县农商行推出茶农春耕专项贷款", "县城公交新开两条夜班线路"])
    #expect(articles.first?.byline == "本报记者 甲某某")
    #expect(articles.first?.body.hasPrefix("6月8日，县农商行") == true)
  }

  @Test("a briefs column's label with a field in front, over its first brief's title, names the column only")
  func fieldBriefsLabelOverFirstTitle() {
    let page = """
      柘溪县报　2026年6月10日　星期三　第4版

      县图书馆延长夏季开放时间
      本报讯（记者 甲某某）自6月起，县图书馆每天开放时间延长至晚上九点，方便学生暑期阅读。

      文体简讯
      ●县全民健身广场舞比赛落幕
      近日，县全民健身广场舞比赛在文化广场落幕，二十支队伍参赛。（记者 乙某某）
      ●柘溪剧团送戏下乡
      6月以来，柘溪剧团深入八个乡镇演出地方戏十二场。（通讯员 丙某某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县图书馆延长夏季开放时间", "县全民健身广场舞比赛落幕", "柘溪剧团送戏下乡"])
    #expect(articles.dropFirst().first?.byline == "记者 乙某某")
    #expect(BulletinSplitter.namesColumnOnly("民生简讯"))
  }

}
