import Testing

@testable import PolicyFeatures

/// Rules for blind set 26, first round: an e-paper page's section name on a line of its own
/// under the page's code, a dated lead that credits no one, a front page's publisher line, a township site's header and
/// its own offices as sources.
extension BulletinSplitterTests {
  @Test(
    "an e-paper page sets its section's name on its own line under the page's code: header, not the first headline's kicker"
  )
  func sectionNameUnderPageCodeIsHeader() {
    let page = """
      澄溪晚报
      2026年3月4日 星期三
      B2
      城乡生活
      溪口镇老街完成立面整治
      ■本报记者 闵知夏
      　　3月3日，溪口镇老街立面整治工程通过验收，沿街42户商铺换上了统一的木质门头。
      　　镇城建办负责人说，老街将在清明前后恢复夜间集市。

      南湖社区开出“共享工具屋”
      ■本报记者 费小满
      　　近日，南湖社区在活动中心开出“共享工具屋”，居民凭门禁卡即可借用电钻、梯子等工具。
      　　工具屋由志愿者轮流值守，开放半个月已借出工具300余次。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["溪口镇老街完成立面整治", "南湖社区开出“共享工具屋”"])
    #expect(!articles.contains { $0.title.contains("城乡生活") || $0.body.contains("城乡生活") })
  }

  @Test("a dated lead followed by a space credits no one: the text starts after it")
  func datedLeadWithoutCreditIsNoText() {
    let page = """
      溪口镇老街完成立面整治
      　　本报3月3日讯　溪口镇老街立面整治工程今天通过验收，沿街42户商铺换上了统一的木质门头。
      　　镇城建办负责人说，老街将在清明前后恢复夜间集市。（记者 闵知夏）

      南湖社区开出“共享工具屋”
      　　近日，南湖社区在活动中心开出“共享工具屋”，居民凭门禁卡即可借用电钻、梯子等工具。
      　　工具屋由志愿者轮流值守，开放半个月已借出工具300余次。（记者 费小满）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["溪口镇老街完成立面整治", "南湖社区开出“共享工具屋”"])
    #expect(articles.first?.body.hasPrefix("溪口镇老街立面整治工程今天通过验收") == true)
    #expect(articles.first?.byline == "记者 闵知夏")
  }

  @Test(
    "a front page's masthead names its publisher on a line of its own (`…日报社出版`) over the weather: header, not the first article"
  )
  func publisherLineUnderMastheadIsHeader() {
    let page = """
      澄溪晚报
      中共澄溪市委主管
      2026年3月4日 星期三
      澄溪晚报社出版
      天气 多云转小雨 8℃～15℃ 东风3级

      溪口镇老街完成立面整治
      　　本报讯（记者 闵知夏）3月3日，溪口镇老街立面整治工程通过验收，沿街42户商铺换上了统一的木质门头。
      　　镇城建办负责人说，老街将在清明前后恢复夜间集市。

      南湖社区开出“共享工具屋”
      　　本报讯（记者 费小满）近日，南湖社区在活动中心开出“共享工具屋”，居民凭门禁卡即可借用电钻、梯子等工具。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["溪口镇老街完成立面整治", "南湖社区开出“共享工具屋”"])
    #expect(articles.first?.byline == "记者 闵知夏")
    #expect(!articles.contains { $0.body.contains("出版") || $0.body.contains("多云转小雨") })
  }

  @Test(
    "a township government's site: its header over `您当前的位置：…` is the site's, and a source naming the town's own office credits no one"
  )
  func townshipSiteHeaderAndOwnOfficeSource() {
    let page = """
      澄溪县溪口镇人民政府
      首页 | 镇情概况 | 政务公开 | 便民服务
      搜索

      您当前的位置：首页 > 政务公开 > 镇村要闻

      溪口镇老街完成立面整治
      发布时间：2026-03-04 10:12　来源：溪口镇城建办　浏览次数：95
      　　3月3日，溪口镇老街立面整治工程通过验收，沿街42户商铺换上了统一的木质门头。
      　　镇城建办负责人说，老街将在清明前后恢复夜间集市。
      【打印】【关闭】

      溪口镇开展春季植树活动
      发布时间：2026-03-02 16:40　来源：溪口镇农业农村办　浏览次数：61
      　　3月1日，溪口镇组织机关干部和村民在南山坡补植香樟、枫香等苗木1200余株。
      　　镇农业农村办负责人介绍，今年全镇计划新增绿化面积300亩。
      【打印】【关闭】
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["溪口镇老街完成立面整治", "溪口镇开展春季植树活动"])
    #expect(articles.map(\.byline) == [nil, nil])
    #expect(!articles.contains { $0.body.contains("搜索") || $0.body.contains("首页") })
  }
}
