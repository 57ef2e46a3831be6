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
}
