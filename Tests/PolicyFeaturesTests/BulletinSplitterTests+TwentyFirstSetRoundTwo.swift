import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the twenty-first blind page set's front pages, second round.
extension BulletinSplitterTests {
  @Test("under an index's label, entries with their page's code in front (B3 …) are the index's, no article")
  func codeFirstIndexEntries() {
    let page = """
      青陂日报
      2025年9月2日 星期二

      今日导读
      B2 青陂新区物流园二期投用
      B3 老城区雨污分流改造完工
      B6 乡村少年足球联赛开赛

      青陂区召开秋季
      安全生产工作会议
      本报记者 甲某某
        9月1日，青陂区召开秋季安全生产工作会议，部署下一阶段隐患排查整治
      工作。

        会议要求，各街道要压实属地责任，对重点行业开展拉网式检查。

      青陂湖湿地迎来候鸟
        近日，首批候鸟飞抵青陂湖湿地公园，观鸟爱好者纷纷前来拍摄。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青陂区召开秋季 安全生产工作会议", "青陂湖湿地迎来候鸟"])
    #expect(articles.first?.byline == "本报记者 甲某某")
    #expect(articles.allSatisfy { !$0.body.contains("物流园二期") && !$0.title.contains("物流园二期") })
  }

  @Test("a paragraph set apart under an uncredited article, closing with the reporter's credit, gives the byline")
  func closingCreditInParagraphSetApart() {
    let page = """
      青陂日报
      2025年9月2日 星期二

      区政府召开防汛工作专题会
        9月1日，区政府召开防汛工作专题会，研究部署汛末防汛工作。会议要求，
      各部门要加强值班值守，确保安全度汛。

        会议还研究了城区排涝设施改造等事项。（记者 乙某某）

      青陂湖湿地迎来候鸟
        近日，首批候鸟飞抵青陂湖湿地公园，观鸟爱好者纷纷前来拍摄。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区政府召开防汛工作专题会", "青陂湖湿地迎来候鸟"])
    #expect(articles.first?.byline == "记者 乙某某")
    #expect(articles.first?.body.hasSuffix("会议还研究了城区排涝设施改造等事项。") == true)
  }
}
