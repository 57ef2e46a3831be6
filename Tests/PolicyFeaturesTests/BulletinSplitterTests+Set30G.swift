import Testing

@testable import PolicyFeatures

/// Rules for set 30's district daily's PDF text dumps (a page strip over two lines, a feature
/// without a lead) and set 31's file of dated notes (a date line over a note's headline).
extension BulletinSplitterTests {
  @Test("a page strip's second line (page code, section, editor without a colon) heads the page, no headline's")
  func pageStripWithSpacedEditorIsFurniture() {
    let page = """

      青榆日报　2028年5月8日　星期一
      B2　民生　责任编辑 柏若溪

      区政府召开城市更新工作推进会

      本报讯（记者 沈知远）5月7日，区政府召开城市更新工作推进会，部署老旧小区改造、背街小巷整治等重点

      工作。

      会议要求，各街道要倒排工期，确保年内完成改造任务。

      区图书馆推出夜间阅读服务

      本报讯（通讯员 鲁晴）即日起，区图书馆每周五、周六开放至晚上九点，方便市民夜间阅读。

      版式 江白　校对 何晓
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.first?.title == "区政府召开城市更新工作推进会")
    #expect(articles.first?.byline == "记者 沈知远")
    #expect(!articles.contains { $0.title.contains("柏若溪") || $0.body.contains("柏若溪") })
  }

  @Test func pageFootTakesStaffWithoutColons() {
    #expect(BulletinSplitter.isPageFoot("A3 经济 责任编辑 戴某某"))
    #expect(BulletinSplitter.isPageFoot("B2 民生 责编 柏若溪 美编 江白"))
    #expect(BulletinSplitter.isPageFoot("3 综合新闻 责编:古某 版式:文某"))
    // A role names the word after it: the name is no section's.
    #expect(!BulletinSplitter.isPageFoot("A3 经济 责任编辑"))
    #expect(!BulletinSplitter.isPageFoot("A3 经济 柏若溪"))
    #expect(!BulletinSplitter.isPageFoot("区委书记 戴若云 调研 经济"))
  }

  @Test(
    "a headline over text that walks the reader into a place (走进…，) after a credited news item heads a feature of its own"
  )
  func walkInFeatureAfterNewsItemIsItsOwn() {
    let page = """

      区卫健委启动家庭医生签约服务提质行动

      本报讯(记者 温如)记者从区卫健委获悉,今年我区将新增家庭医生团队40个,重点人群签约率提高到

      80%以上。

      据介绍,签约居民可享受预约优先、转诊绿色通道等服务。

      老厂房变身“文创街区”

      走进梧桐街道原纺织厂旧址,红砖厂房挂上了新招牌,废弃的锅炉房改成了咖

      啡馆,年轻人在这里拍照打卡。谁能想到,这里三年前还是一片闲置的厂区。

      去年以来,梧桐街道引入社会资本,对旧厂房进行保护性改造,已入驻文创企业26家。

      “老厂房有了新活力,我们的生意也好做了!”在街区经营书店的店主钟敏说。

      区应急管理局开展防汛应急演练

      本报讯(通讯员 卓凡)5月6日,区应急管理局在滨江公园开展防汛应急演练。

      责任编辑 凌霄 美编 米禾
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区卫健委启动家庭医生签约服务提质行动", "老厂房变身“文创街区”", "区应急管理局开展防汛应急演练"])
    #expect(articles.first?.body.contains("走进") == false)
    #expect(articles.dropFirst().first?.body.hasPrefix("走进梧桐街道原纺织厂旧址,红砖厂房挂上了新招牌,废弃的锅炉房改成了咖啡馆") == true)
    #expect(articles.dropFirst().first?.byline == nil)
  }

  @Test func walkInOpening() {
    #expect(BulletinSplitter.opensWithWalkIn("走进梧桐街道原纺织厂旧址，红砖厂房挂上了新招牌"))
    #expect(BulletinSplitter.opensWithWalkIn("走进修缮一新的老街,青石板路两旁店铺林立"))
    // A walk that ends the sentence, or a clause too long to set a scene, opens no feature.
    #expect(!BulletinSplitter.opensWithWalkIn("走进校门。孩子们向老师问好，开始新学期"))
    #expect(!BulletinSplitter.opensWithWalkIn("走进新时代以来我区坚持以人民为中心的发展思想推动经济社会发展取得新成效，"))
    #expect(!BulletinSplitter.opensWithWalkIn("近日，记者走进梧桐街道原纺织厂旧址，"))
  }

  @Test("a date on a line of its own over a dated note's headline and text is neither its title nor its text")
  func dateLineOverNoteHeadlineIsDropped() {
    let page = """
      2028年4月2日
      白杨市启动城区内涝点改造工程
      白杨市今日启动城区内涝点改造工程，计划年内完成21处易涝点改造，新建排水管网14公里。

      2028年4月3日
      青禾县高标准农田建设项目通过验收
      青禾县2027年度高标准农田建设项目日前通过市级验收，新建高标准农田3.2万亩。

      【4月5日】沙洲市发布首批“社区嵌入式服务”试点名单
      沙洲市民政局公布首批社区嵌入式服务设施建设试点名单，共有12个社区入选。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    let second = articles.dropFirst().first
    #expect(second?.title == "青禾县高标准农田建设项目通过验收")
    #expect(second?.body.hasPrefix("青禾县2027年度高标准农田建设项目日前通过市级验收") == true)
    #expect(!articles.contains { $0.title.contains("2028年4月3日") || $0.body.contains("2028年4月3日") })
  }

  @Test func dateLineDatesBlockItem() {
    func units(_ lines: [String]) -> [BulletinSplitter.Unit] {
      lines.enumerated().map { BulletinSplitter.Unit(text: $1, line: $0 + 1, blankBefore: $0 == 0) }
    }
    #expect(BulletinSplitter.datesBlockItem(units(["2028年4月3日", "青禾县高标准农田建设项目通过验收", "青禾县2027年度项目日前通过市级验收。"])))
    // A headline over a date and text keeps its date line; two date lines date nothing.
    #expect(!BulletinSplitter.datesBlockItem(units(["青禾县高标准农田建设项目通过验收", "2028年4月3日", "青禾县2027年度项目日前通过市级验收。"])))
    #expect(!BulletinSplitter.datesBlockItem(units(["2028年4月3日", "2028年4月4日", "青禾县2027年度项目日前通过市级验收。"])))
    #expect(!BulletinSplitter.datesBlockItem(units(["2028年4月3日", "青禾县高标准农田建设项目通过验收"])))
  }
}
