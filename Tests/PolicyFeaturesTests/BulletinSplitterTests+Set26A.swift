import Testing

@testable import PolicyFeatures

/// Rules for blind set 26, first round: an e-paper page's section name on a line of its own
/// under the page's code, a dated lead that credits no one.
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
}
