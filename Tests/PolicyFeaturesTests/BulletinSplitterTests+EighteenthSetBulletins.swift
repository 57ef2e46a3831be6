import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the non-news pages of the eighteenth blind page set. A broadcast script closes an
/// item with its reporters' credit in round brackets behind a colon (`（记者：甲某　乙某）`), the byline
/// as much as the same credit without brackets. A work bulletin's table of contents may mark
/// its entries (`◎…`) where the items below number their titles (`一、…`): the entries recur all
/// the same, and the list is no items.
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

  @Test("a contents list of marked entries over numbered items is no items")
  func markedContentsOverNumberedItems() {
    let page = """
      白 沙 乡 工 作 动 态
      第3期

      白沙乡党政办公室　　　　　　　　2031年4月2日
      【本期要目】
      ◎我乡完成春季森林防火巡护队组建
      ◎东岭村茶叶加工厂投产
      ◎乡卫生院开通远程会诊

      一、我乡完成春季森林防火巡护队组建
      　　3月28日，白沙乡组建由四十名护林员组成的春季森林防火巡护队，分片负责全乡十二个山头的日常巡查。
      　　巡护队实行每日上报制度，发现火情隐患第一时间处置。

      二、东岭村茶叶加工厂投产
      　　3月30日，东岭村集体茶叶加工厂正式投产，日加工鲜叶可达两吨，带动周边茶农就近销售。

      三、乡卫生院开通远程会诊
      　　近日，乡卫生院与县人民医院开通远程会诊系统，村民在家门口即可请县里专家看诊。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["我乡完成春季森林防火巡护队组建", "东岭村茶叶加工厂投产", "乡卫生院开通远程会诊"])
    #expect(articles.allSatisfy { !$0.body.isEmpty })
    #expect(articles.first?.body.hasPrefix("3月28日") == true)
  }

}
