import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the eighth blind page set: district and county dailies, hard-wrapped PDF text and
/// e-edition copy.
extension BulletinSplitterTests {
  @Test("a lead that opens with the credit and 报道 gives the byline")
  func reportedLead() {
    let page = """
      石桥日报
      2025年4月2日　星期三　第2版

      石桥区一季度新增市场主体三千户

      本报记者 柯某某 报道　记者从区市场监管局获悉，一季度全区新增市场主体三千余户。

      其中新设企业九百余家，同比增长百分之十二。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["石桥区一季度新增市场主体三千户"])
    #expect(articles.first?.byline == "本报记者 柯某某")
    #expect(articles.first?.body.hasPrefix("记者从区市场监管局获悉") == true)
    #expect(BulletinSplitter.reportedLead("记者从区里获悉，本报记者 报道 很多") == nil)
  }

  @Test("a lead's credit broken by a hard wrap is read whole")
  func wrappedCreditLead() {
    let page = """
      石桥日报
      2025年4月2日　星期三　第2版

      石桥区开展春季植树活动

      　　本报讯（通讯员 费某某 融媒体记者 卜某
      某）3月30日，石桥区组织干部群众在城北荒
      山开展义务植树活动，共栽植苗木两千余株。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["石桥区开展春季植树活动"])
    #expect(articles.first?.byline == "通讯员 费某某 融媒体记者 卜某某")
    #expect(articles.first?.body == "3月30日，石桥区组织干部群众在城北荒山开展义务植树活动，共栽植苗木两千余株。")
  }

  @Test("a column label over a headline starts an item when an author line or wrapped text follows")
  func columnLabelOverAuthorOrWrappedText() {
    let commentary = """
      石桥日报
      2025年4月2日　星期三　第3版

      春耕一线见担当

      3月31日，农技人员在石桥区东湾村田间指导农户育秧。

      记者 祁某 摄

      短评
      让好政策早落地

      卫某

      政策好不好，群众说了算。相关部门要主动上门，把政策讲清楚、办明白。
      """
    var articles = BulletinSplitter().split(commentary)
    #expect(articles.count == 2)
    #expect(articles.first?.title == "春耕一线见担当")
    #expect(articles.last?.title.hasSuffix("让好政策早落地") == true)
    #expect(articles.first?.byline == "记者 祁某")
    #expect(articles.last?.byline == "卫某")

    let briefs = """
      石桥日报
      2025年4月2日　星期三　第3版

      城东社区增设便民服务点

      　　本报讯（记者 卜某某）近日，城东社区
      在小区门口增设便民服务点，提供理发、修
      鞋等服务，受到居民欢迎。

      简讯

      区文化馆开设书法公益课

      　　4月1日，区文化馆书法公益课开课，四
      十余名市民参加。课程每周二晚上开设，免
      费向市民开放。（葛某）
      """
    articles = BulletinSplitter().split(briefs)
    #expect(articles.count == 2)
    #expect(articles.first?.body.hasSuffix("受到居民欢迎。") == true)
    #expect(articles.last?.title.hasSuffix("区文化馆开设书法公益课") == true)
    #expect(articles.last?.body.hasPrefix("4月1日，区文化馆") == true)
  }
}

extension BulletinSplitterTests {
  /// A masthead and one credited article, finished: what the next tests' pages go on from.
  static let creditedArticlePage = """
    石桥日报
    2025年4月2日　星期三　第2版

    石桥区启动春季招聘

    本报讯（记者 卜某某）4月1日，石桥区春季招聘会在区人力资源市场举行。

    百余家企业提供岗位三千余个。


    """

  @Test("a leadless item opening with a time word after a credited article is an article of its own")
  func leadlessItemAfterCreditedArticle() {
    let page =
      Self.creditedArticlePage + """
        城西湿地公园获评省级示范公园

        近日,省林业局公布新一批示范公园名单,城西湿地公园入选。
        """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["石桥区启动春季招聘", "城西湿地公园获评省级示范公园"])
    #expect(BulletinSplitter.opensWithTimeWord("近日，区里召开会议"))
    #expect(!BulletinSplitter.opensWithTimeWord("近日来的天气"))
  }

  @Test("a headline over text broken off after a comma heads the item closed by its credit")
  func headlineOverBrokenLine() {
    let page = """
      石桥日报
      2025年4月2日　星期三　第2版

      石桥区启动春季招聘

      本报讯（记者 卜某某）4月1日，石桥区春季招聘会在区人力资源市场举行。

      这家小店 为啥生意红火

      早上7点不到,石桥区北关街道

      的早餐店门口就排起了队。店主说，靠的是实惠和干净。(通讯员 费某某)
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["石桥区启动春季招聘", "这家小店 为啥生意红火"])
    #expect(articles.last?.byline == "通讯员 费某某")
    #expect(articles.last?.body.hasPrefix("早上7点不到") == true)
  }
}

extension BulletinSplitterTests {
  @Test("a 主编 staff line and a page's co-organiser line are no article's text")
  func chiefEditorAndCoOrganiser() {
    #expect(BulletinSplitter.isStaffCredit("主编：祁某某 责任编辑：卜某"))
    #expect(BulletinSplitter.isImprintLine("本版由石桥区林业局协办"))
    #expect(!BulletinSplitter.isImprintLine("本版由区林业局协办，欢迎读者来稿。"))
    let page = """
      石桥报　2025年4月2日　星期三　第6版　专题

      主编：祁某某　责任编辑：卜某

      石桥区植树造林见成效
      　　本报讯（记者 卜某某）今春以来，石桥区完成植树造林一万余亩。
      　　全区森林覆盖率提高到百分之四十二。

      本版由石桥区林业局协办
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["石桥区植树造林见成效"])
    #expect(articles.first?.body == "今春以来，石桥区完成植树造林一万余亩。\n全区森林覆盖率提高到百分之四十二。")
  }
}

extension BulletinSplitterTests {
  @Test("an advertisement without a label at the foot of the page is no article's; a notice's contact lines stay")
  func unlabelledFootAdvertisement() {
    let advertised = BulletinSplitter().split(
      Self.creditedArticlePage + """
        石桥家居博览会　4月5日—7日　石桥会展中心

        百家品牌　全场让利

        咨询热线：0000-1234XXXX
        """)
    #expect(advertised.count == 1)
    #expect(advertised.first?.body.hasSuffix("百余家企业提供岗位三千余个。") == true)
    // A notice signed and dated keeps the hotline under it.
    let notice = BulletinSplitter().split(
      Self.creditedArticlePage + """
        石桥区人力资源和社会保障局
        2025年4月2日

        咨询热线：0000-12345678
        """)
    #expect(notice.last?.body.contains("0000-12345678") == true)
    #expect(BulletinSplitter.isHotlineLine("服务热线：0000-8866XXXX　地址：人民路88号"))
    #expect(!BulletinSplitter.isHotlineLine("咨询热线：12345"))
  }
}
