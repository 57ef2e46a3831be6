import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the nineteenth blind page set's ordinary news and front pages: a page's bare number
/// over its first headline, a box label in brackets over the box's headline, a notice's line
/// giving its readers a telephone to call.
extension BulletinSplitterTests {
  @Test("a page's bare number over its first headline is no article")
  func barePageNumberOverFirstHeadline() {
    #expect(BulletinSplitter.isBarePageNumber("3"))
    #expect(BulletinSplitter.isBarePageNumber("１２"))
    #expect(!BulletinSplitter.isBarePageNumber("2026"))
    #expect(!BulletinSplitter.isBarePageNumber("3版"))
    let page = """
      3

      某镇举办农民丰收节
        本报讯　9月20日，某镇在中心广场举办农民丰收节，展销农产品两百余种。
        活动现场，农户们带来了自家种植的瓜果蔬菜。（记者 甲某）

      某县新建三座公园
        本报讯　近日，某县三座口袋公园建成开放，市民家门口多了休闲去处。
        公园内设有健身步道和儿童游乐设施。（记者 乙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某镇举办农民丰收节", "某县新建三座公园"])
    #expect(articles.first?.byline == "记者 甲某")
  }

  @Test("a box's label in brackets over its headline titles it as an unbracketed label does")
  func bracketedBoxLabelOverHeadline() {
    #expect(BulletinSplitter.unbracketedBoxLabel("【便民提示】") == "便民提示")
    #expect(BulletinSplitter.unbracketedBoxLabel("【健康小贴士】") == "健康小贴士")
    #expect(BulletinSplitter.unbracketedBoxLabel("便民提示") == nil)
    #expect(BulletinSplitter.unbracketedBoxLabel("【身边的好人】") == nil)
    #expect(BulletinSplitter.unbracketedBoxLabel("【图片新闻】") == nil)
    let page = """
      某镇举办农民丰收节
        本报讯　9月20日，某镇在中心广场举办农民丰收节，展销农产品两百余种。
        活动现场，农户们带来了自家种植的瓜果蔬菜。（记者 甲某）

      【便民提示】
      国庆假期图书馆开放时间调整
        国庆节期间（10月1日至7日），县图书馆开放时间调整如下：
        1.阅览室每天9时至17时开放；
        2.少儿馆10月3日闭馆一天。
        咨询电话：6612345
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某镇举办农民丰收节", "便民提示 国庆假期图书馆开放时间调整"])
    #expect(articles.last?.body.hasSuffix("\n咨询电话：6612345") == true)
  }

  @Test("a notice's line giving its readers a telephone (咨询电话：…) is its text, not the compiler's")
  func readerTelephoneLineIsText() {
    #expect(!BulletinSplitter.isContactLine("咨询电话：6612345"))
    #expect(!BulletinSplitter.isContactLine("报名电话：0551-6612345"))
    #expect(BulletinSplitter.isContactLine("县委办公室信息科　联系电话：6612345"))
  }

  @Test("a continuation's note from another page (（上接第1版）) sets no break between headline and text")
  func continuationNoteSetsNoBreak() {
    let page = """
      某县新建三座口袋公园
      （上接第1版）
      公园内设有健身步道、儿童游
      乐设施和休息长廊。
      “以前散步只能在马路边，
      现在下楼就有公园。”居民说。

      某镇举办农民丰收节
      ■记者 甲某
      9月20日，某镇在中心广场举办
      农民丰收节，展销农产品两百余
      种。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县新建三座口袋公园", "某镇举办农民丰收节"])
    #expect(articles.first?.body.hasPrefix("公园内设有健身步道") == true)
  }

  @Test("an office's credit closing a box it supplied (（某中心供稿）) gives the box's byline: the office's name")
  func officeSuppliedCreditIsByline() {
    #expect(BulletinSplitter.isSuppliedByOffice("县气象局供稿"))
    #expect(BulletinSplitter.isSuppliedByOffice("某镇供稿"))
    #expect(!BulletinSplitter.isSuppliedByOffice("供稿"))
    #expect(!BulletinSplitter.isSuppliedByOffice("感谢大家供稿"))
    let page = """
      某镇举办农民丰收节
        本报讯　9月20日，某镇在中心广场举办农民丰收节，展销农产品两百余种。
        活动现场，农户们带来了自家种植的瓜果蔬菜。（记者 甲某）

      【防灾小贴士】
      台风来临前要做好哪些准备
        一是关好门窗，收起阳台上的花盆等杂物。
        二是储备饮用水、食品和手电筒。
      （县气象局供稿）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某镇举办农民丰收节", "防灾小贴士 台风来临前要做好哪些准备"])
    #expect(articles.last?.byline == "县气象局")
    #expect(articles.last?.body.hasSuffix("杂物。\n二是储备饮用水、食品和手电筒。") == true)
  }

  @Test("on a page without blank lines, a wrapped editor's note over a headline opens its article")
  func wrappedEditorsNoteOverHeadline() {
    let page = """
      编者按：即日起，本报推出“走基层 看变化”专栏，记者深入乡镇村
      组，记录干部群众干事创业的故事。敬请关注。
      “走基层 看变化”①
      某镇：小竹笋长成大产业
      本报记者　甲某
      　　初夏时节，某镇的竹林里一片忙碌，村民们正忙着采挖竹笋，
      加工厂里机器轰鸣。
      　　近年来，某镇建起竹笋加工厂三家，带动农户两千余户增收，
      竹产业年产值超过两亿元。
      某区新建口袋公园十二个
      　　本报讯（记者 乙某）近日，某区新建的十二个口袋公园陆续开
      放，市民家门口多了休闲去处。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["“走基层 看变化”① 某镇：小竹笋长成大产业", "某区新建口袋公园十二个"])
    #expect(articles.first?.body.hasPrefix("编者按：即日起") == true)
    #expect(articles.first?.byline == "本报记者 甲某")
  }

  @Test("on a page without blank lines, a briefs label over marked briefs is the column's")
  func briefsLabelWithoutBlankLines() {
    let page = """
      某区新建口袋公园十二个
      　　本报讯（记者 乙某）近日，某区新建的十二个口袋公园陆续开
      放，市民家门口多了休闲去处。公园内设有健身步道和儿童游乐设
      施。
      乡镇快讯
      ◎某镇完成农村公路提质改造
      　　近日，某镇完成农村公路提质改造工程，新铺沥青路面十二公
      里。（通讯员 丙某）
      ◎某乡开展防汛应急演练
      　　6月以来，某乡组织干部群众开展防汛应急演练，转移群众两
      百余人。（通讯员 丁某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区新建口袋公园十二个", "某镇完成农村公路提质改造", "某乡开展防汛应急演练"])
    #expect(articles.allSatisfy { !$0.body.contains("乡镇快讯") })
  }
}
