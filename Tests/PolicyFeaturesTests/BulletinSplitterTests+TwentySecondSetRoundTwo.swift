import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the twenty-second blind page set, second round: a district account's post, a front
/// page's index and photo credits.
extension BulletinSplitterTests {
  @Test("a post's foot (sources, staff on one line, preview notice, read count with buttons) is no item's")
  func postFootWithStaffOnOneLine() {
    let page = """
      今日某川｜图书馆夜间开放；某川路恢复通行

      原创 某川发布 某川发布 2026年03月02日 17:20

      01
      区图书馆周末开放至晚上十点

      本周起，区图书馆周六、周日开放时间延长至22时，自习区同步开放。

      读者可在“某川图书馆”小程序预约座位，每人每天限约一次。

      02
      某川路施工完成 明起恢复双向通行

      经过两个月施工，某川路管网改造工程已经完工，3月3日起恢复双向通行。

      沿线三个公交站点同步恢复使用。

      来源：某川区文旅局、某川区交通局

      编辑：甲某某　审核：乙某

      预览时标签不可点

      阅读 2.1万　　分享　　在看　　点赞
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区图书馆周末开放至晚上十点", "某川路施工完成 明起恢复双向通行"])
    #expect(articles.map(\.byline) == [nil, nil])
    #expect(articles.last?.body == "经过两个月施工，某川路管网改造工程已经完工，3月3日起恢复双向通行。\n沿线三个公交站点同步恢复使用。")
  }

  @Test("index entries naming their page in letters (`·… P2`) and a photo credit behind a marker are no text or title")
  func letteredIndexEntriesAndMarkedPhotoCredit() {
    let page = """
      某川报
      2026年4月6日　星期一　第512期　今日4版
      导读
      ·某川中学新校区启用　P2
      ·春耕时节走田头　P3
      某川大桥主体完工
      明年春节前通车
      　　本报讯（记者 甲某）4月5日，某川大桥主体结构完工，
      全桥进入桥面铺装阶段。
      　　大桥全长一千二百米，建成后两岸通行时间缩短一半。
      油菜花开
      　　4月5日，游客在某川河畔的油菜花田中拍照。
      ■记者 乙某某 摄
      区医保局开展政策宣讲
      　　近日，区医保局走进社区开展医保政策宣讲。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某川大桥主体完工 明年春节前通车", "油菜花开", "区医保局开展政策宣讲"])
    #expect(articles.dropFirst().first?.byline == "记者 乙某某")
    #expect(articles.allSatisfy { !$0.body.contains("P2") && !$0.body.contains("P3") })
    #expect(BulletinSplitter.isPageIndexLine("·某川中学新校区启用：首批学生入住 P2"))
    #expect(!BulletinSplitter.isPageIndexLine("全市共有公交线路一百余条 P2"))
  }

  @Test("a photographer's credit whose 摄 a hard wrap set alone on the next line is the photo's byline")
  func photoCreditWrappedBeforeVerb() {
    let page = """
      某川报
      2026年5月9日　星期六

      图片新闻
      龙舟试水
      　　5月8日，某川镇龙舟队在某川河
      上训练，为端午节比赛做准备。　　记者　丙某某
      　摄

      区医保局开展政策宣讲
      　　近日，区医保局走进社区开展医保政策宣讲。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.first?.title == "龙舟试水")
    #expect(articles.first?.byline == "记者 丙某某")
    #expect(articles.first?.body == "5月8日，某川镇龙舟队在某川河上训练，为端午节比赛做准备。")
  }
}
