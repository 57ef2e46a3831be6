import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the seventeenth blind page set's front pages that set no blank line: paragraphs
/// indented with full-width spaces, headlines, labels and end credits not. There a column label
/// after an item's credit line starts the next item, with the headline under it; an unindented
/// line inside an article that heads nothing stays in its text.
extension BulletinSplitterTests {
  @Test("on an indented page, a column label after an item's credit line heads the next item")
  func labelAfterCreditLineOnIndentedPage() {
    let page = """
      柳塘县报
      2025年10月21日　星期二
      柳塘县召开秋季森林防火工作会议
      　　10月20日，柳塘县召开秋季森林防火工作会议，分析当前森林防火形势，部署秋冬季防火各项工作。副县长甲某出席会议。
      　　会议要求，各乡镇要加强野外用火管理，组织护林员每日巡山，确保不发生重大森林火灾。
      （记者 乙某）
      【图片新闻】
      秋染石门　枫红醉人
      　　10月19日，石门岭景区的枫叶进入最佳观赏期，层林尽染的山色吸引了不少游客前来拍照。
      丙某 摄
      【短评】
      护林防火，人人有责
      文/丁某
      　　一个烟头、一堆纸钱，都可能酿成大火。守护青山，需要每个人管住手中的火种。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    #expect(articles.first?.byline == "记者 乙某")
    #expect(articles.first?.body.contains("图片新闻") == false)
    #expect(articles.dropFirst().first?.title.hasSuffix("枫红醉人") == true)
    #expect(articles.dropFirst().first?.body.hasPrefix("10月19日，石门岭景区") == true)
  }

  @Test("on an indented page, an unindented line that heads nothing stays in the article's text")
  func unindentedContinuationStaysInText() {
    let page = """
      柳塘县报
      2025年10月21日　星期二
      柳塘县召开秋季森林防火工作会议
      　　10月20日，柳塘县召开秋季森林防火工作会议，分析当前森林防火形势，部署秋冬季防火各项工作，副县长甲某出席会议并
      讲话，要求各乡镇压实责任。
      　　会议要求，各乡镇要加强野外用火管理，组织护林员每日巡山，确保不发生重大森林火灾。
      （记者 乙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    #expect(articles.first?.body.contains("讲话，要求各乡镇压实责任。") == true)
    #expect(articles.first?.byline == "记者 乙某")
  }
}
