import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for front pages of the nineteenth blind set: an index box under a bracketed label
/// (`【导读】`) with its entries pointing to their pages (`>>第2版`), and a commentary's headline
/// with a comma over its author behind a marker, and a photo's caption alone at the page's foot.
extension BulletinSplitterTests {
  @Test("an index box under a bracketed label, its entries pointing to their pages, is no article")
  func bracketedIndexBoxOnFrontPage() {
    #expect(BulletinSplitter.isPageIndexLine("【导读】"))
    #expect(BulletinSplitter.isPageIndexLine("【今日导读】"))
    #expect(BulletinSplitter.isPageIndexLine("某县秋粮收购全面展开 >>第3版"))
    #expect(BulletinSplitter.isPageIndexLine("某镇新建两所幼儿园 →5版"))
    #expect(!BulletinSplitter.isPageIndexLine("【要闻】"))
    let page = """
      【导读】
      某县秋粮收购全面展开　　>>第3版
      某镇新建两所幼儿园投入使用　　>>第5版

      某县跨江大桥主体完工
        本报讯（记者 甲某）10月8日，某县跨江大桥最后一段钢箱梁吊装到位，大桥主体完工。
        大桥全长1.6公里，建成后两岸通行时间将由40分钟缩短至5分钟。

      某镇举办农民丰收节
        本报讯（记者 乙某）9月20日，某镇在中心广场举办农民丰收节，展销农产品两百余种。
        活动现场，农户们带来了自家种植的瓜果蔬菜。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县跨江大桥主体完工", "某镇举办农民丰收节"])
    #expect(articles.first?.byline == "记者 甲某")
  }

  @Test("a headline with a comma over its author behind a marker is the headline, under its column's name")
  func commaHeadlineOverMarkedAuthor() {
    #expect(BulletinSplitter.isSignedBehindMarker("□丙某"))
    #expect(BulletinSplitter.isCommaHeadline("办实事，贵在“实”"))
    #expect(!BulletinSplitter.isCommaHeadline("今年以来，全镇新增就业岗位三百个。"))
    let page = """
      某镇举办农民丰收节
        本报讯（记者 乙某）9月20日，某镇在中心广场举办农民丰收节，展销农产品两百余种。
        活动现场，农户们带来了自家种植的瓜果蔬菜。

      某溪新语
      办实事，贵在“实”
      □丙某
        群众的事再小也是大事。这次集中办实事活动把问题清单交给群众来列，把成效交给群众来评。
        办实事，贵在一个“实”字。只要把功夫下在平时，群众就一定能感受到变化。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(["办实事，贵在“实”", "某溪新语 办实事，贵在“实”"].contains(articles.last?.title ?? ""))
    #expect(articles.last?.byline == "丙某")
    #expect(articles.last?.body.hasPrefix("群众的事再小也是大事。") == true)
  }

  @Test("a photo's caption alone at the foot of the page, under a box, is no text of the box")
  func footCaptionIsNoArticleText() {
    let page = """
      某县跨江大桥主体完工
        本报讯（记者 甲某）10月8日，某县跨江大桥最后一段钢箱梁吊装到位，大桥主体完工。
        大桥全长1.6公里，建成后两岸通行时间将由40分钟缩短至5分钟。

      【相关链接】
      某县桥梁建设“成绩单”
        ●五年来新建改建桥梁42座
        ●完成危桥改造17座

      ▲秋日的跨江大桥工地一派繁忙。本报记者　丁某　摄
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.last?.body.contains("跨江大桥工地") == false)
    #expect(articles.last?.body.hasSuffix("●完成危桥改造17座") == true)
  }
}
