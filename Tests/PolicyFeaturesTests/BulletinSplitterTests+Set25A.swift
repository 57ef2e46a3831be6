import Testing

@testable import PolicyFeatures

/// Rules for blind set 25, first round: an inner page's strip with its code and section joined
/// by a bar, a front page's site and weather lines over an index with the page's code first, a
/// county media centre's app page.
extension BulletinSplitterTests {
  @Test(
    "an inner page's strip sets its code and section apart by a bar (`B2｜民生`): the strip is the page's head, not an empty first article"
  )
  func pageStripWithBarIsHeader() {
    let page = """
      岚川晚报
      2027年3月4日 星期四
      B2｜民生

      岚川城东菜市场完成改造重新开业
      本报记者 甄远帆
      　　经过三个月的改造，城东菜市场日前重新开业，摊位由原来的90个增加到136个，通道加宽，照明和排水设施全部更新。
      　　市场管理方负责人介绍，改造后的市场实行统一称重、明码标价，居民买菜更加放心。

      岚川社区食堂新增晚餐供应
      本报记者 柴一鸣
      　　从本周起，岚川街道社区食堂在午餐之外新增晚餐供应，六十岁以上老人就餐可享受八折优惠。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["岚川城东菜市场完成改造重新开业", "岚川社区食堂新增晚餐供应"])
    #expect(articles.first?.body.hasPrefix("经过三个月的改造") == true)
    #expect(!articles.contains { $0.title.contains("民生") || $0.body.contains("B2") })
  }

  @Test(
    "a front page's masthead gives the site's address and the weather with labelled temperatures, over an index whose bracketed label heads entries with the page's code first: all header, the lead story first"
  )
  func frontPageSiteWeatherAndCodeFirstIndex() {
    let page = """
      岚川晚报
      2027年3月5日　星期五
      第8812期　今日8版
      岚川在线 www.lanchuan-online.cn
      天气：多云　最低气温3℃　最高气温11℃

      【导读】
      A2 老城区雨污分流改造进入收尾阶段
      A4 岚川青年志愿者服务队走进山区小学

      岚川市召开优化营商环境推进会
      　　本报讯（记者 甄远帆）3月4日，岚川市召开优化营商环境推进会，总结去年工作成效，部署今年重点任务。
      　　会议要求，各部门要持续压减审批时限，推动更多事项网上办、就近办。

      岚川至青屿客运航线复航
      　　本报讯（记者 柴一鸣）3月4日，停运两个月的岚川至青屿客运航线恢复运营，每天往返四个航班。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["岚川市召开优化营商环境推进会", "岚川至青屿客运航线复航"])
    #expect(articles.first?.body.hasPrefix("3月4日，岚川市召开优化营商环境推进会") == true)
    #expect(!articles.contains { $0.body.contains("气温") || $0.body.contains("www.") || $0.body.contains("志愿者服务队") })
    #expect(BulletinSplitter.isWeatherLine("天气：多云 最低气温3℃ 最高气温11℃"))
    #expect(!BulletinSplitter.isWeatherLine("今天最高气温比昨天高3℃，"))
    #expect(BulletinSplitter.isSiteAddressLine("网址：https://www.lanchuan-online.cn"))
    #expect(!BulletinSplitter.isSiteAddressLine("详情请登录www.lanchuan-online.cn查询。"))
  }

  @Test(
    "a news app's page: the app's prompts, a source line with the time under each title, the reporters on a line of their own, a recommended list behind `·`: only the items, credited"
  )
  func newsAppPageWithSourceTimeLines() {
    let page = """
      岚川融媒
      打开APP
      首页 | 本地 | 视频 | 服务

      岚川图书馆新馆开放
      来源：岚川区融媒体中心　2027-03-06 09:12
      融媒体记者 甄远帆　通讯员 柴一鸣
      3月5日，岚川图书馆新馆正式对外开放，馆藏图书四十万册，设有少儿阅览区和自习区。

      新馆开放首日接待读者三千余人次，不少家长带着孩子前来借书。

      责任编辑：庞小溪
      阅读量 5210

      岚川公园樱花进入盛花期
      来源：岚川区融媒体中心　2027-03-06 15:40
      融媒体记者 柴一鸣
      连日来，岚川公园的樱花竞相绽放，吸引大批市民前来赏花拍照。

      公园管理处提醒游客文明赏花，不要攀折花枝。

      相关推荐
      · 岚川区举办春季招聘会
      · 岚川老街夜市重新开张
      下载客户端　查看更多评论
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["岚川图书馆新馆开放", "岚川公园樱花进入盛花期"])
    #expect(articles.map(\.byline) == ["融媒体记者 甄远帆 通讯员 柴一鸣", "融媒体记者 柴一鸣"])
    #expect(articles.first?.body.hasPrefix("3月5日，岚川图书馆新馆正式对外开放") == true)
    #expect(
      !articles.contains {
        $0.body.contains("来源") || $0.body.contains("APP") || $0.body.contains("招聘会") || $0.body.contains("客户端")
      })
  }
}
