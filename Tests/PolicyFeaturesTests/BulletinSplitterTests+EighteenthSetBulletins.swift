import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the non-news pages of the eighteenth blind page set. A broadcast script closes an
/// item with its reporters' credit in round brackets behind a colon (`（记者：甲某　乙某）`), the byline
/// as much as the same credit without brackets.
extension BulletinSplitterTests {
  @Test("a script's bracketed reporters' credit with a colon closes its item as the byline")
  func scriptBracketedColonCredit() {
    let page = """
      《河湾新闻》播出稿
      播出日期：2031年3月6日

      【片头】
      主持人：观众朋友们晚上好，欢迎收看《河湾新闻》。

      河湾镇新建三座村级污水处理站
      【口播】3月5日，河湾镇三座村级污水处理站完成调试，开始接纳周边农户生活污水。
      【正文】据介绍，三座处理站日处理能力合计四百吨，出水将用于灌溉附近的苗木基地。
      （记者：柯某　尤某）

      镇中学开放周末自习室
      【正文】本学期起，镇中学每周六向住校生开放两间自习室，由教师轮流值守答疑。
      （记者：尤某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["河湾镇新建三座村级污水处理站", "镇中学开放周末自习室"])
    #expect(articles.map(\.byline) == ["记者 柯某 尤某", "记者 尤某"])
    #expect(!articles.contains { $0.body.contains("记者：") })
  }

}
