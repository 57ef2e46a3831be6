import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for a front page set with blank lines between its blocks (the 2026-04-09 layout; most of
/// its blocks are one paragraph, so it is cut as a print page, not as a block page): a
/// teaser in the index at the page's foot may point to a run of pages (`…（摘要） 2-3版`), an
/// author behind an open box (`□ 某某`) under a commentary's headline signs it even on a
/// numbered issue's page (`第215期`), where a marked short line is otherwise a section's label,
/// and a follow-up item printed without a headline (`又讯（…）…`) is an item of its own, titled by
/// that word, after the item it follows up.
extension BulletinSplitterTests {
  @Test("an index line pointing to a run of pages is no text", arguments: ["2-3版", "2—3版", "2、3版", "第2至3版"])
  func indexLineWithPageRange(pages: String) {
    let page = """
      柳溪镇启动老旧小区加装电梯工作

      本报讯（记者 甲晓岚）3月2日，柳溪镇召开老旧小区加装电梯工作推进会，今年计划
      在六个小区加装电梯二十部，优先安排有老人居住的单元。

      镇住建办负责人介绍，加装电梯采取“居民申请、政府补助、企业代建”的办法，每部
      电梯补助十五万元。

      导读
      ▶ 柳溪镇政府工作报告（摘要） \(pages)
      ▶ 春耕备耕一线见闻 4版
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柳溪镇启动老旧小区加装电梯工作"])
    #expect(articles.first?.body.hasSuffix("每部电梯补助十五万元。") == true)
    #expect(!articles.contains { $0.body.contains("政府工作报告") })
  }

  @Test("a page number joined to text by a dash is no run of pages", arguments: ["2-3-4版", "2-版", "-3版", "A2-3版"])
  func notAPageRange(pages: String) {
    #expect(!BulletinSplitter.isPageIndexLine("▶ 柳溪镇政府工作报告（摘要） \(pages)"))
  }

  @Test("an author behind an open box under a commentary's headline signs it on a numbered issue's page")
  func openBoxAuthorOnNumberedIssue() {
    let page = """
      青石区报
      第215期
      2026年3月2日 星期一

      区政协十一届五次会议开幕

      本报讯（记者 乙明远）3月1日，区政协十一届五次会议开幕，二百一十名委员将围绕
      全区经济社会发展建言献策。

      会议听取了区政协常委会工作报告和提案工作情况报告。

      短评
      建言要多说实话
      □ 石川

      委员建言，贵在一个“实”字。

      只有沉下去摸清情况，提出的意见才有分量，才能真正转化为推动发展的实招。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区政协十一届五次会议开幕", "建言要多说实话"])
    #expect(articles.map(\.byline) == ["记者 乙明远", "石川"])
    #expect(articles.last?.body.hasPrefix("委员建言") == true)
  }

  @Test("a follow-up item without a headline is an item of its own, titled by its lead's word")
  func followUpItem() {
    let page = """
      南湾街道开展消防安全大检查

      本报讯（记者 丙可欣）3月3日，南湾街道组织安监、消防等部门对辖区沿街商铺开展
      消防安全检查，排查隐患二十三处，现场整改十九处。

      又讯（通讯员 丁一帆）3月4日，南湾街道在文化广场举办消防安全宣传活动，发放宣传
      资料五百余份，现场演示灭火器使用方法。

      北山社区食堂正式开张

      本报讯（记者 丙可欣）3月5日，北山社区食堂开门迎客，六十岁以上老人就餐每餐可
      享受两元补贴。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["南湾街道开展消防安全大检查", "又讯", "北山社区食堂正式开张"])
    #expect(articles.map(\.byline) == ["记者 丙可欣", "通讯员 丁一帆", "记者 丙可欣"])
    #expect(articles.first?.body.hasSuffix("现场整改十九处。") == true)
    #expect(articles.dropFirst().first?.body.hasPrefix("3月4日，南湾街道在文化广场") == true)
  }
}
