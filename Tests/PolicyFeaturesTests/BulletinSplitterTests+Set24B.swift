import Testing

@testable import PolicyFeatures

/// Rules for the twenty-fourth blind page set, second round: the paper's news hotline alone on
/// the page's foot.
extension BulletinSplitterTests {
  @Test(
    "the paper's news hotline alone on the page's last line, under the staff line, is none of the last article's text"
  )
  func newsHotlineAloneAtPageFoot() {
    let page = """
      柳溪县报　　2026年9月8日　星期二　　第3版　社会

      县城东湖公园完成提升改造

      ■本报记者 简书航

      　　9月6日，县城东湖公园提升改造工程完工，新铺设环湖步道2.4公里，增设休憩座椅80余处。

      　　县住建局负责人表示，公园将全天候向市民开放。

      本版编辑：苗一帆　　美编：沈可
      新闻报料热线：7345-2210（9:00—21:00）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县城东湖公园完成提升改造"])
    #expect(articles.last?.body.hasSuffix("公园将全天候向市民开放。") == true)
    #expect(!articles.contains { $0.body.contains("热线") })
  }
}
