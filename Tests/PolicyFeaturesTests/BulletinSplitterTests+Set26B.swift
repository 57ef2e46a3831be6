import Testing

@testable import PolicyFeatures

/// Rules for the twenty-sixth blind page set: columns of untitled briefs behind bullets on pages
/// copied from a PDF, hard-wrapped at one width.
extension BulletinSplitterTests {
  @Test(
    "on a page hard-wrapped without blank lines, a bulleted brief whose first line the wrap cut is named by its opening clause read across the wrap, and its text starts at the bullet"
  )
  func wrappedBulletedBriefsAreNamedByTheirOpeningClause() {
    let page = """
      蓉溪日报
      2026年8月3日 星期一
      第6版 城乡
      蓉溪新建三座跨河人行桥
      本报讯（记者 鲁明远）近日，
      蓉溪城区三座跨河人行桥建成
      通行，沿河两岸居民步行往来
      的路程缩短了一半。
      据介绍，三座人行桥均设有无
      障碍坡道和夜间照明设施。
      新闻一句话
      ●蓉溪县日前入选全省首批数
      字乡村建设示范县，县里将在
      三年内建成村级数字服务站。
      ●县文旅局近日启动“夏夜游
      蓉溪”系列活动，推出夜市、
      露天电影等项目二十余个。
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["蓉溪新建三座跨河人行桥", "蓉溪县日前入选全省首批数字乡村建设示范县", "县文旅局近日启动“夏夜游蓉溪”系列活动"])
    #expect(articles.dropFirst().first?.body.hasPrefix("蓉溪县日前入选全省首批数字乡村") == true)
    #expect(articles.last?.body.hasPrefix("县文旅局近日启动“夏夜游蓉溪”") == true)
    #expect(articles.first?.body.contains("蓉溪县日前入选") == false)
  }
}
