import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the labels of the seventeenth blind page set: a column of briefs' label (`简讯`) on
/// a line of its own over the first brief's headline names the column and is no brief's title,
/// on print pages (blank lines between paragraphs) as on pages set one paragraph a line with
/// each brief's title behind a mark; so does a commentary column's label
/// (`【本报评论员文章】`) over its piece's headline. A jump note a hard wrap cut in two
/// (`…实现（下转第`, then `3版）`) is no text either, and ends its article there.
extension BulletinSplitterTests {
  @Test("a briefs label over the first brief's headline on a print page is no title's")
  func briefsLabelOverHeadlineOnPrintPage() {
    let page = """
      青禾镇召开春季植树动员会

      本报讯（记者 甲某）3月12日，青禾镇召开春季植树动员会，部署全镇今年的造林绿化
      任务，计划新植苗木三万株，新增绿地四十亩。

      会议要求，各村要落实好专人管护，确保栽一棵、活一棵。

      简讯

      柳湾村建成村级养老服务站
      3月10日，柳湾村村级养老服务站投入使用，为村里七十岁以上老人提供助餐、理发
      等服务。（通讯员 乙某）

      镇卫生院开展义诊进村活动
      近日，镇卫生院组织医护人员走进五个行政村，为村民免费测量血压、血糖，发放
      健康手册三百余份。（通讯员 丙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青禾镇召开春季植树动员会", "柳湾村建成村级养老服务站", "镇卫生院开展义诊进村活动"])
    #expect(articles.map(\.byline) == ["记者 甲某", "通讯员 乙某", "通讯员 丙某"])
    #expect(!articles.contains { $0.title.contains("简讯") || $0.body.contains("简讯") })
  }

  @Test("a briefs label over briefs titled behind a mark, one paragraph a line, is no title's")
  func briefsLabelOverMarkedBriefs() {
    let page = """
      青禾镇召开春季植树动员会
      本报讯(记者 甲某)3月12日,青禾镇召开春季植树动员会,部署全镇今年的造林绿化任务,计划新植苗木三万株,新增绿地四十亩。
      会议要求,各村要落实好专人管护,确保栽一棵、活一棵。
      简讯
      ■柳湾村建成村级养老服务站 3月10日,柳湾村村级养老服务站投入使用,为村里七十岁以上老人提供助餐、理发等服务。(通讯员 乙某)
      ■镇卫生院开展义诊进村活动 近日,镇卫生院组织医护人员走进五个行政村,为村民免费测量血压、血糖,发放健康手册三百余份。(通讯员 丙某)
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青禾镇召开春季植树动员会", "柳湾村建成村级养老服务站", "镇卫生院开展义诊进村活动"])
    #expect(!articles.contains { $0.title.contains("简讯") || $0.body.contains("简讯") })
  }

  @Test("a headline that merely starts with a briefs label's word is kept whole")
  func headlineStartingWithBriefsWord() {
    let page = """
      青禾镇召开春季植树动员会

      本报讯（记者 甲某）3月12日，青禾镇召开春季植树动员会，部署全镇今年的造林绿化
      任务，计划新植苗木三万株，新增绿地四十亩。

      简讯写作培训班在镇文化站开班

      本报讯（通讯员 乙某）3月11日，简讯写作培训班在镇文化站开班，四十名村级通讯员
      参加培训。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青禾镇召开春季植树动员会", "简讯写作培训班在镇文化站开班"])
    #expect(!BulletinSplitter.isBriefsColumnLabel("简讯写作培训班在镇文化站开班"))
  }

  @Test("a commentary column's label over its piece's headline is no title's")
  func commentaryLabelOverHeadline() {
    let page = """
      青禾镇召开春季植树动员会
      　　本报讯（记者 甲某）3月12日，青禾镇召开春季植树动员会，部署全镇今年的造林绿化任务。
      　　会议要求，各村要落实好专人管护，确保栽一棵、活一棵。
      （记者 甲某）
      【本报评论员文章】
      种下一棵树　守好一片绿
      本报评论员
      　　植树造林是功在当代、利在千秋的事业，青禾镇的山山水水需要一代代人接力守护。
      　　种树不难，管树不易。只有落实管护责任，才能让新栽的苗木真正扎下根来。
      【要闻简讯】
      ■柳湾村建成村级养老服务站　3月10日，柳湾村村级养老服务站投入使用。（通讯员 乙某）
      ■镇卫生院开展义诊进村活动　近日，镇卫生院组织医护人员走进五个行政村开展义诊。（通讯员 丙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["青禾镇召开春季植树动员会", "种下一棵树 守好一片绿", "柳湾村建成村级养老服务站", "镇卫生院开展义诊进村活动"])
    #expect(articles.map(\.byline) == ["记者 甲某", "本报评论员", "通讯员 乙某", "通讯员 丙某"])
    #expect(!articles.contains { $0.title.contains("评论员文章") || $0.body.contains("评论员文章") })
  }

  @Test("a headline that merely starts with a commentary label's words is kept whole")
  func headlineStartingWithCommentaryWords() {
    let page = """
      青禾镇召开春季植树动员会

      本报讯（记者 甲某）3月12日，青禾镇召开春季植树动员会，部署全镇今年的造林绿化
      任务，计划新植苗木三万株，新增绿地四十亩。

      本报评论员文章获评省级好新闻

      本报讯（记者 乙某）3月11日，省新闻奖评选结果揭晓，本报一篇评论员文章获评省级
      好新闻。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青禾镇召开春季植树动员会", "本报评论员文章获评省级好新闻"])
  }

  @Test("a jump note a hard wrap cut in two is no text, and the article ends there")
  func wrappedJumpNote() {
    let page = """
      青禾镇与省农科院签署合作协议

      本报讯（记者 甲某）3月12日，青禾镇与省农科院签署合作协议，双方将在良种推广、
      技术培训等方面开展合作。

      镇长乙某表示，希望以此次签约为契机，推动一批科研成果在青禾落地，实现（下转第
      3版）

      图片新闻
      油菜花开

      3月11日，青禾镇柳湾村的千亩油菜花竞相开放，吸引不少游客前来观赏。
      丙某 摄

      镇卫生院开展义诊进村活动

      本报讯（通讯员 丁某）近日，镇卫生院组织医护人员走进五个行政村，为村民免费测量
      血压、血糖，发放健康手册三百余份。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3, "\(articles.map(\.title))")
    #expect(articles.first?.body.hasSuffix("推动一批科研成果在青禾落地，实现") == true)
    #expect(!articles.contains { $0.body.contains("下转") || $0.body.contains("3版") })
    // Two halves that make no jump note stay as they are.
    #expect(BulletinSplitter.wrappedPageJump("全镇举办了（第", "3届）油菜花节。") == nil)
    #expect(BulletinSplitter.wrappedPageJump("推动项目早落地，实现（下转第", "3版）")?.previous == "推动项目早落地，实现")
  }
}
