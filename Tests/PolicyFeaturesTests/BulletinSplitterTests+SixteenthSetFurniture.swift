import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the sixteenth blind page set's page furniture: the paper's house notes at a page's
/// foot (what it asks of contributors and advertisers, with its address or the page's staff),
/// the page's running fields before its staff, a photo coordinator among the staff, the paper's
/// name under the page's date, and a supplement's or a column's name over the page's first
/// headline. None is any article's text or title.
extension BulletinSplitterTests {
  @Test("a house note asks for contributions, letters or notices and names the paper or the page")
  func houseNotes() {
    #expect(BulletinSplitter.isHouseNote("本版来稿请注明“文苑”字样 责任编辑：邬青禾"))
    #expect(BulletinSplitter.isHouseNote("青梧晚报文化周刊 欢迎提供文化新闻线索"))
    #expect(BulletinSplitter.isHouseNote("订阅请联系青梧晚报社发行部 地址：青梧市梧桐路8号"))
    #expect(BulletinSplitter.isHouseNote("来稿请寄：青梧晚报社文艺部 来稿请注明真实姓名"))
    // A notice's contact line names its issuer, not the paper; a sentence asks in a sentence.
    #expect(!BulletinSplitter.isHouseNote("报名请联系社区居委会 电话：8812345"))
    #expect(!BulletinSplitter.isHouseNote("欢迎广大市民踊跃报名参加"))
    #expect(!BulletinSplitter.isHouseNote("读者来信请寄本报编辑部，我们将及时转交有关部门。"))
  }

  @Test("house notes at the page's foot are no article's text")
  func houseNotesAtFoot() {
    let page = """
      第6版 读者之声 2025年6月5日 星期四

      梧桐路夜间施工噪声扰民

      编辑同志：

      我家住梧桐路东段，近一个月来，路口的管网工程每天施工到深夜，机器轰鸣，老人孩子都睡不好觉。希望有关部门督促施工单位合理安排工期。

      梧桐路居民 石小满

      来稿请寄：青梧晚报社读者部 来稿请注明真实姓名

      订阅请联系青梧晚报社发行部 地址：青梧市梧桐路8号
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["梧桐路夜间施工噪声扰民"])
    #expect(articles.allSatisfy { !$0.body.contains("来稿") && !$0.body.contains("发行部") })
    // An article's own request to readers names no paper or page and stays in the article.
    let request = """
      第8版 城事 2025年6月5日 星期四

      青梧区开展违规占道经营专项整治

      本报讯(记者 石小满)6月4日起，青梧区城管部门开展为期一个月的违规占道经营专项整治，重点整治学校、医院周边流动摊贩。

      欢迎市民来信反映问题 来信请寄区城管局
      """
    let kept = BulletinSplitter().split(request)
    #expect(kept.count == 1 && kept[0].body.contains("来信请寄区城管局"))
  }

  @Test("the page's running fields then its staff make a page foot; a dateline with an editor does not")
  func runningFieldsFoot() {
    #expect(BulletinSplitter.isPageFoot("青梧晚报 2025年6月5日 星期四 第3版 责任编辑：邬青禾"))
    #expect(!BulletinSplitter.isPageFoot("6月5日 星期四 区委召开会议 编辑：邬青禾"))
    let page = """
      区图书馆延长夏季开放时间

      本报讯(记者 石小满)6月4日，区图书馆宣布，自6月10日起每天闭馆时间推迟至晚上九点，方便读者夜间借阅。

      青梧晚报 2025年6月5日 星期四 第3版 责任编辑：邬青禾
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1 && !articles[0].body.contains("责任编辑"))
  }

  @Test("a photo coordinator is one of the page's staff")
  func photoCoordinator() {
    #expect(BulletinSplitter.isStaffCredit("本版摄影统筹：邬青禾 责任编辑：石小满"))
    #expect(!BulletinSplitter.isStaffCredit("摄影统筹：本次活动共收到作品三百余幅。"))
  }

  @Test("the paper's name under the page's date is the masthead's, not the first headline's")
  func paperNameUnderDate() {
    let page = """
      第4版 图片新闻

      2025年6月5日 星期四

      青梧晚报

      荷塘初夏

      6月3日，游客在青梧公园荷塘边赏荷拍照。眼下，园内千余株荷花陆续绽放。

      记者 邬青禾 摄
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["荷塘初夏"])
    #expect(BulletinSplitter.isPaperName("青梧晚报"))
    // A headline ending in a report is no paper's name.
    #expect(!BulletinSplitter.isPaperName("青梧传来丰收喜报"))
  }

  @Test("a supplement's or a column's name over the page's first headline is no part of it")
  func headLabel() {
    let page = """
      青梧晚报 副刊 2025年6月6日 星期五 第8版

      梧桐叶

      夏夜听蛙

      文/邬青禾

      小时候住在河边，夏夜最热闹的是蛙声。吃过晚饭，一家人搬了竹床到院子里乘凉，蛙声一阵紧似一阵。

      如今住进城里，夜里只听得见空调的嗡嗡声，倒常常想起那片蛙声来。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["夏夜听蛙"])
    // A short headline over its text is the first article's title.
    let short = """
      青梧晚报 2025年6月6日 星期五 第2版

      雨后

      6月5日，一场大雨过后，青梧山云雾缭绕，不少市民登山观景。

      记者 石小满 摄
      """
    #expect(BulletinSplitter().split(short).map(\.title) == ["雨后"])
  }
}
