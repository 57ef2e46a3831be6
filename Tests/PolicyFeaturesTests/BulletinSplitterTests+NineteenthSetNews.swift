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

  @Test("an office's credit closing a box it supplied (（某中心供稿）) is the box's byline")
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
    #expect(articles.last?.byline == "县气象局供稿")
    #expect(articles.last?.body.hasSuffix("杂物。\n二是储备饮用水、食品和手电筒。") == true)
  }
}
