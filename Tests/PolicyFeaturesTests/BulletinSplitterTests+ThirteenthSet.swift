import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the thirteenth blind page set: a column's name over a headline in a block of its
/// own.
extension BulletinSplitterTests {
  @Test("on a block page a column's name over a one-line headline and its text is the title's kicker")
  func columnNameOverHeadlineInBlock() {
    let page = """
      某城日报　第3版　综合　2024年5月8日

      某镇举办农技培训会
      本报讯(记者 甲某)5月7日，某镇举办农技培训会，百余名农户
      参加培训。
      培训会上，农技专家讲解了水稻病虫害防治知识。

      某城时评
      让田野更有希望
      农技下乡，送的是技术，更是信心。
      把课堂搬到田间地头，农户才听得懂、用得上。（乙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某镇举办农技培训会", "某城时评 让田野更有希望"])
    #expect(articles.last?.body.hasPrefix("农技下乡") == true)
  }
}
