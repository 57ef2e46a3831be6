import Testing

@testable import PolicyFeatures

/// Rules for the twenty-sixth blind page set: inner pages copied from a PDF, hard-wrapped at a
/// narrow width.
extension BulletinSplitterTests {
  @Test(
    "in a column wrapped at a dozen characters, a lead's two credits are broken between them (`本报讯(记者 某某`, then `通讯员 某某)正文…`): the byline holds both, and the text starts after the bracket"
  )
  func narrowWrapBreaksLeadBetweenCredits() {
    let page = """
      2026年10月14日 星期三  第5版  社会

      梧川县开通城乡公交专线
      　　本报讯(记者 柏云舟
      通讯员 向晚晴)10月12日，
      梧川县开通三条城乡公交
      专线，沿线十六个行政村
      的村民可在家门口乘车进
      城。

      老街夜市重新开市
      　　本报讯(记者 柏云舟)
      经过两个月的提升改造，
      梧川县老街夜市日前重新
      开市，八十余个摊位整齐
      排列。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["梧川县开通城乡公交专线", "老街夜市重新开市"])
    #expect(articles.first?.byline == "记者 柏云舟 通讯员 向晚晴")
    #expect(articles.first?.body.hasPrefix("10月12日，梧川县开通") == true)
  }

  @Test(
    "on a page hard-wrapped without blank lines, a link box's label over its text, whose first line the wrap cut before any comma (one character short, a quote moved down), titles the box alone: that line is the box's text"
  )
  func boxLabelOverWrappedText() {
    let page = """
      梧川县报
      2026年6月3日 星期三
      第3版 综合
      梧川县启用不动产登记“全城通办”
      本报讯（记者 柏云舟）6月2日，记者从县自然资源
      局获悉，全县十二个乡镇便民服务中心均可受理不
      动产登记业务，群众不必再往返县城办理。
      据介绍，今年以来全县已办理相关业务四千余件。
      相关链接
      “全城通办”是指群众在任一网点都可以办理的
      “跨域受理”服务，不受房屋所在地限制，由各网
      点通过线上平台流转材料，实现就近受理、远程审
      核，办理结果可邮寄到家。
      梧川县举行青少年围棋赛
      本报讯（通讯员 向晚晴）5月31日，梧川县第六届
      青少年围棋赛在县文化馆举行，来自全县各中小学
      的一百二十名选手参加比赛。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["梧川县启用不动产登记“全城通办”", "相关链接", "梧川县举行青少年围棋赛"])
    #expect(articles.dropFirst().first?.body.hasPrefix("“全城通办”是指群众在任一") == true)
    #expect(articles.first?.body.contains("是指群众") == false)
  }
}
