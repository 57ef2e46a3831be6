import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the ninth blind page set: paragraphs hard-wrapped with blank lines between them,
/// closing credits, running heads and feet, commentary author lines, foot notices and
/// advertisements, briefs columns.
extension BulletinSplitterTests {
  @Test("paragraphs hard-wrapped at one width with blank lines between them are paragraphs, not headlines")
  func wrappedParagraphsWithBlankLines() {
    let page = """
      桐溪镇报
      2025年6月3日 星期二

      桐溪镇新建三座乡村驿站
      记者 柏某某

      　　今年以来，桐溪镇在沿河绿道旁新建三座乡村驿站，为
      过往游客提供休息、饮水和充电服务，驿站由附近的村集
      体统一管理。

      　　驿站还设置了农产品展销区，村民可以把自家种植的茶
      叶、笋干放在驿站寄卖，目前已带动二十余户村民增收，
      驿站也成了游客歇脚的好去处。

      镇卫生院开设夜间门诊

      　　本报讯（记者 黎某）6月1日起，桐溪镇卫生院开设夜
      间门诊，每天开诊至晚上九点，方便附近的上班族就医。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["桐溪镇新建三座乡村驿站", "镇卫生院开设夜间门诊"])
    #expect(articles.first?.byline == "记者 柏某某")
    #expect(articles.first?.body.hasPrefix("今年以来，桐溪镇在沿河绿道旁") == true)
    #expect(articles.first?.body.contains("驿站还设置了农产品展销区，村民可以把自家种植的茶叶") == true)
  }

  @Test("a credit naming only the office closes an office bulletin's item")
  func creditedOffice() {
    #expect(BulletinSplitter.isCreditedOffice("区能源办"))
    #expect(BulletinSplitter.isCreditedOffice("园区环保办"))
    #expect(!BulletinSplitter.isCreditedOffice("待续"))
    #expect(!BulletinSplitter.isCreditedOffice("资料图片"))
    #expect(BulletinSplitter.trailingCredit("已全部完成整改。（县水利局）")?.credit == "县水利局")
    #expect(BulletinSplitter.trailingCredit("已全部完成（试行）") == nil)
  }

  @Test("a block holding two reporters' leads is print text, not one broadcast item")
  func blockWithSeveralLeads() {
    let page = """
      南屏报
      2025年6月3日 星期二

      南屏区召开防汛工作会议
      　　本报讯（记者 蓝某）6月2日，南屏区召开防汛工作会议，部署汛期各项工作。
      会议要求各街道加强值班值守。
      （下转第二版）
      南屏区新增公共充电桩二百个
      　　本报讯（记者 尤某）记者从区发改局获悉，今年以来全区新增公共充电桩二百个。
      城区公园书屋开放
      　　本报讯（记者 蓝某）近日，南屏区首批三座公园书屋开放，市民可免费借阅。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["南屏区召开防汛工作会议", "南屏区新增公共充电桩二百个", "城区公园书屋开放"])
  }

  @Test("a news item without a lead that closes with its reporter's credit is an article of its own")
  func itemClosingWithReporterCredit() {
    #expect(BulletinSplitter.closesWithReporterCredit("处置率百分之百。（融媒记者 温 某）"))
    #expect(!BulletinSplitter.closesWithReporterCredit("（融媒记者 温某）"))
    let page = """
      南屏报
      2025年6月3日 星期二

      南屏区新增公共充电桩二百个

      　　本报讯（记者 尤某）记者从区发改局获悉，今年以来全区新增公共充电桩二百个。

      社区食堂让老人吃得放心

      　　走进城南社区长者食堂，饭菜飘香，老人们正排队打饭。

      　　目前全区已建成长者食堂三十家，日均服务老人两千人次。（记者 邝某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["南屏区新增公共充电桩二百个", "社区食堂让老人吃得放心"])
    #expect(articles.last?.byline == "记者 邝某")
  }

  @Test("running heads and feet (paper or section name with the page code, the masthead repeated) are no text")
  func runningHeadsAndFeet() {
    #expect(BulletinSplitter.isRunningHead("东港新区新闻 05"))
    #expect(BulletinSplitter.isRunningHead("江澜日报 A6 临川新区新闻"))
    #expect(BulletinSplitter.isRunningHead("秣湖区报·综合新闻 2"))
    #expect(!BulletinSplitter.isRunningHead("光伏电站 12"))
    #expect(!BulletinSplitter.isRunningHead("化验员 2名"))
    let page = """
      清川发展简报
      第7期
      清川区发展和改革局编 2025年6月3日

      我区推进老旧小区改造

      　　今年以来，我区启动老旧小区改造十二个，惠及居民三千余户，

      — 1 —

      清川发展简报
      改造内容包括管网更新、加装电梯和停车位建设。（区住建办）

      清川区报·综合新闻 2
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["我区推进老旧小区改造"])
    #expect(articles.first?.body == "今年以来，我区启动老旧小区改造十二个，惠及居民三千余户，改造内容包括管网更新、加装电梯和停车位建设。")
    #expect(articles.first?.byline == "区住建办")
  }

  @Test("an e-paper's paging links and a publisher line under the masthead are furniture")
  func pagingBarAndPublisherLine() {
    #expect(BulletinSplitter.isPagingBar("上一版 下一版 返回目录"))
    #expect(!BulletinSplitter.isPagingBar("上一版 精彩内容"))
    #expect(BulletinSplitter.isPageFurniture("中共某某街道工作委员会 某某街道办事处 主办 2025年6月3日"))
    #expect(!BulletinSplitter.isPageFurniture("街道主办 首届邻里节开幕"))
    let page = """
      首页 > 2025年6月3日 > 第A05版：区县
      上一版　　下一版　　返回目录
      南屏区首座加氢站建成
      本报讯（记者 蓝某）近日，南屏区首座加氢站建成，可为氢能重卡提供加注服务。
      """
    #expect(BulletinSplitter().split(page).map(\.title) == ["南屏区首座加氢站建成"])
  }

  @Test("a staff line without colons, names spaced, is no text")
  func staffLineWithoutColons() {
    #expect(BulletinSplitter.isStaffCredit("责任编辑 鲁 某 校对 贺 某"))
    #expect(BulletinSplitter.isStaffCredit("责任编辑 周某某 美术编辑 陈 某"))
    #expect(!BulletinSplitter.isStaffCredit("责任编辑 要对稿件负责"))
  }

  @Test("an unbracketed lead closing its credit with 报道 leaves it out of the text")
  func unbracketedReportedLead() {
    let lead = BulletinSplitter.extractUnbracketedByline("本报讯 记者 邵某 通讯员 蒋某 报道 6月2日，园区举行项目签约活动。")
    #expect(lead?.0 == "记者 邵某 通讯员 蒋某")
    #expect(lead?.1 == "6月2日，园区举行项目签约活动。")
  }

  @Test("a commentary's author line behind a marker is its byline, the column's name its kicker")
  func markedAuthorLine() {
    #expect(BulletinSplitter.isMarkedAuthorLine("■ 钟 某"))
    #expect(BulletinSplitter.isMarkedAuthorLine("◆ 欧阳某"))
    #expect(!BulletinSplitter.isMarkedAuthorLine("■简讯"))
    #expect(!BulletinSplitter.isMarkedAuthorLine("■ 简讯"))
    #expect(!BulletinSplitter.isMarkedAuthorLine("■ 要闻速递"))
    let page = """
      南屏报
      2025年6月3日 星期二
      南屏区新增公共充电桩二百个
      　　本报讯（记者 尤某）记者从区发改局获悉，今年以来全区新增公共充电桩二百个。
      　　新增充电桩主要分布在老旧小区和公共停车场。
      南屏漫谈
      让充电桩走进更多小区
      ◆ 邝 某
      　　充电难曾是不少车主的烦心事。如今，越来越多的小区装上了充电桩。
      　　好事办好，还要算好安全账、管理账。
      城区公园书屋开放
      　　本报讯（记者 蓝某）近日，南屏区首批三座公园书屋开放。
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["南屏区新增公共充电桩二百个", "南屏漫谈 让充电桩走进更多小区", "城区公园书屋开放"])
    #expect(articles.dropFirst().first?.byline == "◆ 邝 某")
    #expect(articles.first?.body.contains("南屏漫谈") == false)
  }

  @Test("a headline with a subtitle under a photo caption that closes the article above")
  func headlineUnderCaption() {
    let page = """
      南屏报 2025年6月3日 星期二

      南屏区湿地公园开园

      　　本报讯（记者 蓝某）6月1日，南屏区湿地公园正式开园，
      公园面积八百亩。

      图为湿地公园一角。 记者 蓝某 摄

      南屏区首条氢能公交线路开通
      ——全程零排放

      　　本报讯（记者 尤某）6月2日，南屏区首条氢能公交线路开通。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["南屏区湿地公园开园", "南屏区首条氢能公交线路开通 ——全程零排放"])
    #expect(articles.first?.body.contains("氢能") == false)
  }

  @Test("a job advertisement under its label at the foot of the page is no article")
  func recruitmentAdvertisement() {
    let page = """
      南屏区新增公共充电桩二百个

      　　本报讯（记者 尤某）记者从区发改局获悉，今年以来全区新增公共充电桩二百个。

      诚 聘
      南屏精密机械有限公司
      数控车工 8名
      质检员 3名
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    #expect(articles.first?.body.contains("诚") == false)
  }

  @Test("a notice's title wrapped over two lines over an indented text a print break cut is a headline")
  func wrappedNoticeTitleOverBrokenLine() {
    let page = """
      南屏报
      2025年6月3日 星期二
      南屏区新增公共充电桩二百个
      　　本报讯（记者 尤某）记者从区发改局获悉，今年以来全区新增公共
      充电桩二百个。
      关于南屏区城西供水厂
      扩建工程环境影响评价的公示
      　　根据《中华人民共和国环境影响评价法》等
      有关规定，现将有关情况予以公示，公示期十天。
      　　　　　　　　南屏区生态环境局
      　　　　　　　　2025年6月2日
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["南屏区新增公共充电桩二百个", "关于南屏区城西供水厂 扩建工程环境影响评价的公示"])
  }

  @Test("a bulletin's column of one-line news is one piece under its label")
  func oneLineNewsColumn() {
    #expect(BulletinSplitter.isOneLineNewsLabel("一句话新闻"))
    #expect(BulletinSplitter.isOneLineNewsLabel("【新闻一句话】"))
    let page = """
      桐溪通讯
      2025年第9期
      桐溪街道办事处 主办 2025年6月3日

      街道召开安全生产会议

      6月1日，街道召开安全生产会议，部署夏季安全生产工作。

      一句话新闻

      ●5月28日，街道举办端午节包粽子活动，居民百余人参加。
      ●5月30日，街道开展燃气安全入户检查，检查住户三百户。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["街道召开安全生产会议", "一句话新闻"])
    #expect(articles.last?.body.contains("5月30日，街道开展燃气安全入户检查") == true)
  }

  @Test("a briefs column's items titled in brackets, a foot notice and a credit a wrap broke")
  func bracketedBriefsAndFootNotice() {
    #expect(BulletinSplitter.bracketedBrief("【县图书馆开设暑期课堂】7月1日，县图书馆开设暑期课堂。")?.title == "县图书馆开设暑期课堂")
    #expect(BulletinSplitter.bracketedBrief("【编者按】近日，本报推出系列报道。") == nil)
    #expect(BulletinSplitter.wrappedClosingCredit("就能办成事。（记者 黎某", "某 通讯员 万某）") == "就能办成事。（记者 黎某某 通讯员 万某）")
    let page = """
      南屏报
      2025年6月3日 星期二
      南屏区政务服务“一窗通办”
      今年以来，南屏区推行“一窗通办”，群众在一个窗口就能办成事。（记者 黎
      某某 通讯员 万某）
      要闻简报
      【县图书馆开设暑期课堂】7月1日，县图书馆开设暑期课堂，
      首批学员六十人。（记者 宁某）
      【城南菜市场改造完工】日前，城南菜市场改造完工，摊位增至
      八十个。（通讯员 万某）
      温馨提示
      夏季用电高峰来临，请广大用户安全用电。
      国网南屏区供电公司　供电服务热线：95598
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["南屏区政务服务“一窗通办”", "县图书馆开设暑期课堂", "城南菜市场改造完工"])
    #expect(articles.first?.byline == "记者 黎某某 通讯员 万某")
    #expect(articles.last?.byline == "通讯员 万某")
    #expect(articles.allSatisfy { !$0.body.contains("95598") && !$0.body.contains("温馨提示") })
  }
}
