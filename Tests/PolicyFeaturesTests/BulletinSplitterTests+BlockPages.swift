import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for a front page set with blank lines between its blocks (the 2026-04-09 layout): a
/// teaser in the index at the page's foot may point to a run of pages (`…（摘要） 2-3版`).
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
}
