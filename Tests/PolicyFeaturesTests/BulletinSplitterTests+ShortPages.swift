import Testing

@testable import PolicyFeatures

/// Short files of one or two articles, as a user saves them: a headline set apart by a blank
/// line over its hard-wrapped text. With so few blocks the page reads as block-shaped, and the
/// text's first line (`5月5日，…正式`) could pass for a headline: it is the headline's text when
/// it is indented where the headline is not, or when a hard wrap cut it mid-sentence as wide as
/// the line under it.
extension BulletinSplitterTests {
  @Test("one article saved as a file: its date, a headline, a blank line, indented hard-wrapped text")
  func oneArticleWithIndentedWrappedText() {
    let page = """
      2026年4月9日　星期四

      柏溪镇开通乡村定制公交

      　　4月8日，柏溪镇首条乡村定制公交线路正式
      开通，连接镇区和六个行政村，每天往返八个班
      次，村民在家门口就能坐上公交车。（记者 祁远帆）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柏溪镇开通乡村定制公交"])
    #expect(articles.first?.body.hasPrefix("4月8日，柏溪镇首条乡村定制公交线路正式开通，连接镇区") == true)
    #expect(articles.first?.byline == "记者 祁远帆")
  }

  @Test("two articles, text flush and hard-wrapped: a first line cut mid-sentence is text, not a second headline")
  func twoArticlesWithFlushWrappedText() {
    let page = """
      柏溪镇开通乡村定制公交

      4月8日，柏溪镇首条乡村定制公交线路开通，连
      接镇区和六个行政村，每天往返八个班次，村民在
      家门口就能坐上公交车。

      柏溪中学新建运动场投用

      4月9日，柏溪中学新建的标准化运动场正式投
      用，塑胶跑道和人造草坪足球场让全校师生有
      了更好的锻炼场所。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柏溪镇开通乡村定制公交", "柏溪中学新建运动场投用"])
    #expect(articles.first?.body.hasPrefix("4月8日，柏溪镇首条乡村定制公交线路开通，连接镇区") == true)
  }

  @Test("a headline-only block over a block whose first line is itself a headline stays an article without text")
  func headlineOverHeadlinedBlockStaysApart() {
    let page = """
      要闻提要

      柏溪镇开通乡村定制公交
      4月8日，柏溪镇首条乡村定制公交线路开通，连接镇区和六个行政村，每天往返八个班次。

      柏溪中学新建运动场投用
      4月9日，柏溪中学新建的标准化运动场投入使用，全校师生有了更好的锻炼场所。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.dropFirst().map(\.title) == ["柏溪镇开通乡村定制公交", "柏溪中学新建运动场投用"])
  }

  @Test("on a block page a dated lead that credits no one (`本报3月2日讯 …`) is no text, as `本报讯 ` is not")
  func datedLeadOnABlockPage() {
    let page = """
      柏溪镇完成河道清淤
      本报3月2日讯 记者今天从柏溪镇获悉，镇区五条河道清淤工程全部完工，共清理淤泥1.2万立方米。（记者 祁远帆）

      柏溪中学运动场投用
      本报3月3日讯 柏溪中学新建的标准化运动场今天投入使用，全校师生有了更好的锻炼场所。（通讯员 林溪）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柏溪镇完成河道清淤", "柏溪中学运动场投用"])
    #expect(articles.map { $0.body.hasPrefix("本报") } == [false, false])
    #expect(articles.first?.body.hasPrefix("记者今天从柏溪镇获悉") == true)
    #expect(articles.map(\.byline) == ["记者 祁远帆", "通讯员 林溪"])
  }
}
