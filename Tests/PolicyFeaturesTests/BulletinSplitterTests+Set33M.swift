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

/// Rules for set 33's news app page: the app's name over its channel's line and its row of tabs
/// is the header's; an item's line gives the outlet unlabelled before the time (`某某融媒
/// 2026-05-20 09:15`), or its source and author before the date, which is no part of the byline;
/// the app's buttons stand one a line under each item (`点赞`, `收藏`, `分享`, `评论 8`).
extension BulletinSplitterTests {
  @Test("a news app's channel page: header, item lines and buttons are none of the items")
  func newsAppChannelPage() {
    let page = """
      晨读客户端
      地方频道 ｜ 石岚县
      推荐　要闻　本地　视频

      石岚县首家社区食堂开门迎客
      来源：石岚融媒  作者：顾晓川  2026-05-20
      5月19日，石岚县首家社区食堂在东门街道开门迎客，每天供应早餐和午餐，辖区70岁以上老人就餐可享受八折优惠。
      食堂负责人介绍，菜品每周更新，并将根据居民意见不断调整口味。
      点赞
      收藏
      分享
      评论 8

      石岚河生态护岸工程完工
      石岚融媒 2026-05-19 17:20
      近日，石岚河城区段生态护岸工程完工，新建护岸2.4公里，沿岸同步建成步道和休闲平台。
      点赞
      收藏
      分享
      评论 2
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["石岚县首家社区食堂开门迎客", "石岚河生态护岸工程完工"])
    guard articles.count == 2 else { return }
    #expect(articles[0].byline == "顾晓川")
    #expect(articles[0].body.hasPrefix("5月19日，石岚县首家社区食堂"))
    #expect(articles[1].body.hasPrefix("近日，石岚河城区段生态护岸工程完工"))
    #expect(!articles.contains { $0.body.contains("点赞") || $0.body.contains("评论") || $0.body.contains("融媒 2026") })
  }

  @Test("an app's item line, tab row and buttons")
  func newsAppLines() {
    #expect(BulletinSplitter.isStampedSourceLine("石岚融媒 2026-05-19 17:20"))
    #expect(!BulletinSplitter.isStampedSourceLine("石岚河生态护岸工程 完工 2026-05-19 17:20"))
    #expect(BulletinSplitter.publishingCredit("来源：石岚融媒  作者：顾晓川  2026-05-20") == "顾晓川")
    #expect(BulletinSplitter.isAppTabRow("推荐 要闻 本地 视频"))
    #expect(!BulletinSplitter.isAppTabRow("青山 绿水 蓝天"))
    #expect(BulletinSplitter.isWebChrome("点赞"))
    #expect(BulletinSplitter.isWebChrome("评论 8"))
    #expect(!BulletinSplitter.isWebChrome("评论"))
  }
}
