import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the eighteenth blind page set's news and front pages: a section's name on a line of
/// its own under the page's strip, over a headline whose credit line follows it directly.
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

}
