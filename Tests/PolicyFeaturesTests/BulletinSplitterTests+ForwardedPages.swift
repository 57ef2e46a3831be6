import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for pages extracted or forwarded in odd shapes: vertical headlines, boxes of figures
/// and tables, company newsletters, chat roundups and bilingual newsletters.
extension BulletinSplitterTests {
  @Test("a headline set vertically, one ideograph a line, is one headline over its subtitle and credit")
  func verticalHeadline() {
    let page = """
      松原日报　2025年6月3日　星期二　第4版

      山
      里
      书
      声

      ——松原县北坡小学的第十个春天

      本报记者　鲁　原

      天刚亮，北坡小学的铃声就响了起来。

      全校四十名学生，今年都按时返校。

      县图书馆开放夜间阅览

      本报讯（记者 鲁原）6月2日，县图书馆开始开放夜间阅览，每周四晚开放到九点。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["山里书声 ——松原县北坡小学的第十个春天", "县图书馆开放夜间阅览"])
    #expect(articles.first?.body.hasPrefix("天刚亮") == true)
    // Two one-ideograph lines are no headline; nor are lines with blank lines between them.
    let units = BulletinSplitter.joiningVerticalLines(
      ["甲", "乙", "丙", "丁"].enumerated().map { BulletinSplitter.Unit(text: $1, line: $0 + 1, blankBefore: $0 == 2) })
    #expect(units.map(\.text) == ["甲", "乙", "丙", "丁"])
  }

  @Test("a box of bulleted figures between articles is one item under its title, and a table's last row ends it")
  func figureBoxAndTableTail() {
    let page = """
      岚桥日报　2025年7月9日　星期三　第2版

      上半年全县外贸稳中有升

      本报讯（记者 谷某）7月8日，县商务局通报上半年外贸情况，进出口总额同比增长。

      主要外贸数据表
      项目\t金额（亿元）\t增长（%）
      出口\t21.5\t6.2
      进口\t9.8\t3.1

      县商务局表示，下半年将继续帮助企业开拓新市场。

      外贸一览

      ●出口总额　21.5亿元　增长6.2%
      ●进口总额　9.8亿元　增长3.1%
      ●新增外贸企业　14家　增长16%
      （数据来源：县商务局）

      县里举办跨境电商培训

      本报讯（记者 谷某）7月7日，县里举办跨境电商培训，八十家企业参加。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["上半年全县外贸稳中有升", "外贸一览", "县里举办跨境电商培训"])
    #expect(articles.first?.body.split(separator: "\n").contains { $0.hasPrefix("县商务局表示") } == true)
    #expect(articles.dropFirst().first?.body.hasPrefix("●出口总额") == true)
    // Bulleted figures inside an article's text, with text after them, are no box.
    let inside = """
      镇里盘点夏粮收成

      本报讯（记者 谷某）7月6日，镇里盘点夏粮收成。

      收成一览

      ●小麦　1.2万吨　增长3%
      ●油菜　0.4万吨　增长2%
      ●大麦　0.1万吨　增长1%

      镇农业站表示，秋粮长势良好。
      """
    #expect(BulletinSplitter().split(inside).map(\.title) == ["镇里盘点夏粮收成"])
  }

  @Test("a company newsletter's spaced column labels drop, and an office and a name in brackets close an item")
  func companyNewsletter() {
    let page = """
      沙河水务集团
      水　务　简　讯
      2025年第7期（总第80期）
      ────────────

      【要　闻】

      集团召开夏季供水保障会议

      文/齐某某

      6月5日，集团召开夏季供水保障会议，部署高峰供水工作。

      会议要求，各水厂要做好设备检修。

      城北水厂完成滤池改造

      6月3日，城北水厂完成滤池改造，日处理能力提高一成。

      （生产部　韦　某）

      【基层动态】

      南区营业所推出上门抄表预约

      文/图　岑　某

      近日，南区营业所推出上门抄表预约服务，居民可在线选择时间。

      西山泵站开展汛前检查

      6月2日起，西山泵站对水泵和闸门开展汛前检查，发现隐患三处。

      （西山泵站　邝某某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "集团召开夏季供水保障会议", "城北水厂完成滤池改造", "南区营业所推出上门抄表预约", "西山泵站开展汛前检查",
      ])
    #expect(articles.map(\.byline) == ["齐某某", "生产部 韦 某", "文/图 岑 某", "西山泵站 邝某某"])
    #expect(BulletinSplitter.isBulletinSectionLabel("【要　闻】"))
    #expect(BulletinSplitter.isOfficeCredit("营业部 龚某"))
    #expect(!BulletinSplitter.isOfficeCredit("市统计局 提供"))
    #expect(!BulletinSplitter.isOfficeCredit("上午 十点"))
    #expect(BulletinSplitter.isCreditLine("文/图 岑 某"))
  }

  @Test("a forwarded roundup's greeting, weather, links and sign-off are no article's, nor items' circled numbers")
  func chatRoundup() {
    let page = """
      【河西晨报】2025年9月2日 星期二
      ☀今日天气：晴，18～27℃
      大家早上好！今天的新闻来啦👇

      ① 河西县新建两座口袋公园
      9月1日，河西县两座口袋公园建成开放，附近居民多了休闲去处。
      🔗原文：https://news.example.org/a/1.html

      ② 县城新增十条公交线路
      记者从县交通局获悉，县城本月新增十条公交线路。
      🔗原文：https://news.example.org/a/2.html

      ——————
      以上内容整理自河西县融媒体中心
      欢迎转发📮tips@example.org
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["河西县新建两座口袋公园", "县城新增十条公交线路"])
    #expect(articles.allSatisfy { !$0.body.contains("原文") && !$0.body.contains("转发") && !$0.body.contains("天气") })
    #expect(BulletinSplitter.isOriginalLinkLine("原文链接：https://news.example.org/b.html"))
    #expect(!BulletinSplitter.isOriginalLinkLine("原文：详见县政府网站"))
    // A headline behind a pictograph at the top of a post is a headline.
    #expect(!BulletinSplitter.isChatGreeting("📌县委常委会召开会议"))
    #expect(BulletinSplitter.isChatGreeting("☀️今日天气：晴，18～27℃"))
    // The last block of a page, without pictographs, stays text.
    var units = BulletinSplitter.units(of: "河西县新建公园\n\n公园已开放\n欢迎市民前来")
    BulletinSplitter.removeChatSignOff(&units)
    #expect(units.count == 3)
  }

  @Test("a headline's translation under it is neither the headline's words nor the text's first line")
  func bilingualHeadlines() {
    let page = """
      东港新区通讯
      2025年第3期（总第40期）

      东港新区新增两条国际航线
      Two New International Routes Open at Donggang

      8月1日，东港新区新增两条国际货运航线，每周各往返三班。

      （来源：交通局）

      “Green Port”示范项目启动
      "Green Port" Pilot Project Launched

      东港新区“Green Port”示范项目8月3日启动，首批改造码头岸电设施五处。

      （来源：港务局）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["东港新区新增两条国际航线", "“Green Port”示范项目启动"])
    #expect(articles.first?.body.hasPrefix("8月1日") == true)
    #expect(articles.dropFirst().first?.body.hasPrefix("东港新区“Green Port”示范项目") == true)
    #expect(!BulletinSplitter.isTranslationLine("The pilot runs until May."))
    #expect(!BulletinSplitter.isTranslationLine("LNG 物流园"))
  }
}
