import Testing

@testable import PolicyFeatures

/// Where a hard wrap falls: right after a quoted term, between two credits of a closing credit,
/// in the first line of a short file's text printed with half-width commas.
extension BulletinSplitterTests {
  /// A page wrapped at 22 characters whose paragraphs follow one another without blank lines.
  static let pageCutAfterQuotedTerm = """
    南塘镇推动茶产业转型升级

    本报讯(记者 陈立言)近日,南塘镇召开产业转
    型推进会,提出要推动当地茶叶产业从“卖原料”
    向“卖品牌”转变,培育一批龙头企业,带动周边
    农户增收致富。会议明确,今年将新建标准化茶园
    两千亩。
    镇党委书记在会上说:“品牌是茶农的饭碗。”
    要把握好市场需求变化,以品牌建设带动产业链延
    伸,让茶农在产业发展中得到更多实惠。

    城西街道开展垃圾分类宣传

    本报讯(记者 周海)日前,城西街道组织志愿者
    走进社区开展垃圾分类宣传活动,向居民讲解分类
    知识,发放宣传手册三百余份。
    """

  @Test(
    "a line the wrap cut right after a quoted term runs on; a quoted sentence at the margin still ends its paragraph")
  func wrapAfterQuotedTermRunsOn() {
    let articles = BulletinSplitter().split(Self.pageCutAfterQuotedTerm)
    #expect(articles.map(\.title) == ["南塘镇推动茶产业转型升级", "城西街道开展垃圾分类宣传"])
    let paragraphs = articles.first?.body.split(separator: "\n").map { String($0.prefix(8)) }
    #expect(paragraphs == ["近日,南塘镇召开", "镇党委书记在会上", "要把握好市场需求"])
    #expect(articles.first?.body.contains("从“卖原料”向“卖品牌”转变") == true)
  }

  @Test("a short line ending with a quoted term is not cut by the wrap: it stays a paragraph of its own")
  func shortLineEndingWithQuotedTermStands() {
    let page = """
      北湖区举办全民阅读活动

      本报讯(记者 林晓舟)昨天,北湖区在城市书房举
      办全民阅读启动仪式,现场发布年度阅读推广计划
      ,并为二十家社区书屋授牌。活动持续到年底。
      本次活动的主题是“书香北湖”
      区图书馆将联合各街道开展读书分享会四十余场,
      并在公园、地铁站设置流动借阅点,方便市民就近
      借书还书。
      """
    let body = BulletinSplitter().split(page).first?.body ?? ""
    #expect(body.split(separator: "\n").map { String($0.prefix(6)) } == ["昨天,北湖区", "本次活动的主", "区图书馆将联"])
  }

  @Test("in a round-up set one paragraph a line, a heading ending with a quoted term stays over its paragraph")
  func headingEndingWithQuotedTermInRoundUp() {
    let lines = [
      "青石区推出便民服务专栏“家门口办事指南”",
      "青石区融媒体中心近日推出便民服务专栏，每周介绍一项可在社区办理的政务服务事项，首期介绍了老年人优待证的办理流程和所需材料，上线一周点击量超过十万次。",
      "东岭街道老旧管网改造工程进入“冲刺阶段”",
      "东岭街道本月起对辖区六个小区的供水管网进行改造，预计九月底前完工，施工期间将提前公告停水时间，并在小区内设置临时供水点，居民可拨打热线咨询。",
      "西山社区第三届邻里节活动主打“共享互助”",
      "西山社区日前举办第三届邻里节，居民自发组织了百家宴、旧物交换和亲子游戏等活动，社区还为辖区八十岁以上老人送上了生日祝福和慰问品。",
    ]
    #expect(BulletinSplitter.joinParagraphs(lines) == lines.joined(separator: "\n"))
  }

  /// Two leadless articles hard-wrapped at 22 characters with half-width punctuation, the first
  /// closing with a credit the wrap cut between its two credits.
  static let halfWidthShortFile = """
    河口镇新建三座污水处理站

    近日,河口镇三座农村污水处理站建成投用,日处
    理能力合计六百吨,覆盖周边九个自然村。镇里还
    配套铺设污水管网十二公里,实现生活污水应收尽
    收。下一步,该镇将建立运维长效机制。(通讯员 罗小禾
    记者 乔木)

    城南街道举办就业招聘会

    昨天,城南街道在文化广场举办春季招聘会,四十
    余家企业提供岗位八百多个,现场达成就业意向一
    百二十余人。街道还设置了政策咨询台,为求职者
    解答社保、创业补贴等问题。(记者 乔木)
    """

  @Test(
    "in a short file printed with half-width commas, the block under a lone headline is its text when a wrap cut its first line"
  )
  func halfWidthTextUnderLoneHeadline() {
    let articles = BulletinSplitter().split(Self.halfWidthShortFile)
    #expect(articles.map(\.title) == ["河口镇新建三座污水处理站", "城南街道举办就业招聘会"])
    #expect(articles.map { String($0.body.prefix(5)) } == ["近日,河口", "昨天,城南"])
  }

  @Test("a closing credit the wrap cut between its two credits keeps them apart")
  func closingCreditCutBetweenCredits() {
    let articles = BulletinSplitter().split(Self.halfWidthShortFile)
    #expect(articles.map(\.byline) == ["通讯员 罗小禾 记者 乔木", "记者 乔木"])
    #expect(articles.first?.body.hasSuffix("该镇将建立运维长效机制。") == true)
  }
}
