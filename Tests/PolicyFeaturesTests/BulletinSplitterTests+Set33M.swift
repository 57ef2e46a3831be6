import Testing

@testable import PolicyFeatures

/// Rules for set 33's post and app pages: a public account's digest names its column before a
/// bar, `丨` as well as `｜` (`一周要闻回顾丨…`), over items with titles of their own; its lead
/// points down at the items with arrows (`…一起看看吧↓↓↓`) and is no item.
extension BulletinSplitterTests {
  @Test("a post's digest title names its column before 丨, and its lead points down at the items")
  func postDigestUnderBarredTitleAndArrowLead() {
    let page = """
      一周看点丨枫湾这一周（6.1—6.7）
      枫湾发布　2026年6月8日 09:00

      这一周，枫湾有哪些新鲜事、暖心事？我们为您整理了本周要闻，一起来看看吧↓↓↓

      【枫湾中学新体育馆投入使用】
      6月3日，枫湾中学新体育馆正式投入使用。体育馆建筑面积4800平方米，可同时满足篮球、排球、羽毛球等项目教学需要。

      【全镇夏粮收购工作启动】
      6月5日，全镇夏粮收购工作正式启动，设立收购点6个，预计收购小麦1.2万吨。
      镇粮食站提醒农户晾晒后再售粮，避免因水分超标影响价格。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["枫湾中学新体育馆投入使用", "全镇夏粮收购工作启动"])
    guard articles.count == 2 else { return }
    #expect(articles[0].body.hasPrefix("6月3日，枫湾中学新体育馆正式投入使用"))
    #expect(!articles.contains { $0.body.contains("一起来看看吧") || $0.title.contains("一周看点") })
  }

  @Test("a post's lead closing with arrows pointing down is its greeting")
  func leadPointingDownIsGreeting() {
    #expect(BulletinSplitter.isChatGreeting("这一周，枫湾有哪些新鲜事、暖心事？我们为您整理了本周要闻，一起来看看吧↓↓↓"))
    #expect(BulletinSplitter.isChatGreeting("各位好，本周要闻已为您备好⬇"))
    #expect(!BulletinSplitter.isChatGreeting("枫湾中学新体育馆投入使用↓"))
  }
}
