import Testing

@testable import PolicyFeatures

/// Rules for set 29's front pages and e-paper view: a masthead's news-site line with the site's
/// name run into its address, an index whose entries point to their pages with `〉〉`, and an
/// e-paper's list of its page's titles and its PDF link beside the article it shows.
extension BulletinSplitterTests {
  @Test(
    "a masthead's site line (name, colon, address) and an index pointing with 〉〉 to its pages are no articles"
  )
  func mastheadSiteLineAndAngleBracketIndex() {
    let page = """
      枫岙日报
      第3021期 今日4版
      2027年5月12日 星期三
      枫岙新闻网：www.fengao-news.cn

      今日导读
      ●白沙村：竹编小作坊走出国门 〉〉02版
      ●县图书馆开设夜间自习室 〉〉03版

      我县启动夏季防汛演练
      　　本报讯（记者 莫云帆）5月11日，全县夏季防汛应急演练在清河堤段举行，12支抢险队伍参加演练。
      　　演练模拟了堤防管涌、群众转移等险情，检验了各部门的协同处置能力。

      县城新增三条公交线路
      　　本报讯（记者 詹小禾）5月10日起，县城新开通三条公交线路，覆盖城东新区和高铁站。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["我县启动夏季防汛演练", "县城新增三条公交线路"])
    #expect(articles.first?.body.hasPrefix("5月11日，全县夏季防汛应急演练") == true)
    #expect(!articles.contains { $0.body.contains("〉〉") || $0.body.contains("www.") })
  }

  @Test("an e-paper's list of its page's titles (标题导航) and its PDF link are the site's, not an article")
  func ePaperTitleListAndPdfLink() {
    let page = """
      桐川日报数字报
      2027年06月02日 星期三
      第A02版：要闻
      上一版    下一版
      PDF下载
      标题导航
      ■ 桐川湿地公园二期开园
      ■ 老城区雨污分流改造提速
      ■ 暑期托管班报名启动

      老城区雨污分流改造提速
      本报记者 甘若溪
      【字体：大 中 小】

      　　6月1日，老城区雨污分流改造工程三标段完成主管铺设，全线进度过半。
      　　改造完成后，老城区将告别雨天污水漫溢的问题。

      打印本页　　关闭窗口
      上一篇：桐川湿地公园二期开园
      下一篇：暑期托管班报名启动
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["老城区雨污分流改造提速"])
    #expect(articles.first?.body.hasPrefix("6月1日，老城区雨污分流改造工程") == true)
  }
}
