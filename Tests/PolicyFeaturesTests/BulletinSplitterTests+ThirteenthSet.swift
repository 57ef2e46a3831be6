import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the thirteenth blind page set: a column's name over a headline in a block of its
/// own, a commentary's headline behind its label and a colon.
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

  @Test("a commentary's headline behind its column's label and a colon starts an article, comma and all")
  func labelledHeadlineWithComma() {
    #expect(BulletinSplitter.isLabelledHeadline("短评:办事做\"减法\",服务做\"加法\""))
    #expect(BulletinSplitter.isLabelledHeadline("时评：让田野更有希望"))
    #expect(!BulletinSplitter.isLabelledHeadline("会议指出:要做好服务。"))
    #expect(!BulletinSplitter.isLabelledHeadline("短评"))
    let page = """
      某城日报 | 2024-05-08 星期三 | A1 要闻

      某区政务服务中心启用

      本报讯 记者 甲某 报道:5月7日,某区政务服务中心启用,320项事项可一窗
      受理。

      中心设有综合窗口和自助服务区,群众办事平均用时缩短一半。

      短评:办事做"减法",服务做"加法"

      少交一份材料,少跑一趟路,群众的感受最直接。

      把方便留给群众,把麻烦留给自己,改革才有温度。(乙某)
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区政务服务中心启用", "短评:办事做\"减法\",服务做\"加法\""])
    #expect(articles.last?.body.hasPrefix("少交一份材料") == true)
  }
}
