import Testing

@testable import PolicyFeatures

/// Rules for set 28's district pages copied from PDF: hard-wrapped narrow columns, paragraphs
/// indented with ideographic spaces, no blank lines, bylines on their own line under headlines.
extension BulletinSplitterTests {
  @Test(
    "a credit ending in 报道 on its own line between a headline and indented text opens that item"
  )
  func reportedCreditLineUnderHeadlineOpensItem() {
    let page = """
      青禾日报 2027年5月12日 星期三
      第3版 综合 责任编辑 柯远
      枫桥镇启动春季河道清淤
      ■本报记者 闵若川
      　　5月10日,枫桥镇春季河道清
      淤工程开工,计划清理河道12公
      里,6月底前全部完工。
      　　镇水利站负责人说,清淤后
      河道行洪能力将明显提升。
      老街夜校办进了社区
      融媒体记者 乔映雪 报道
      　　每周二晚上,西塘社区活动
      室里灯火通明,二十多名居民跟
      着老师学习智能手机使用。
      　　社区书记介绍,夜校开办以
      来已开设课程16门,参加学习的
      居民达600余人次。
      校对 秦简
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["枫桥镇启动春季河道清淤", "老街夜校办进了社区"])
    #expect(articles.last?.byline == "融媒体记者 乔映雪")
    #expect(articles.last?.body.hasPrefix("每周二晚上,西塘社区活动室") == true)
    #expect(articles.first?.body.contains("老街夜校") == false)
  }

  @Test(
    "on a page without blank lines, a jump note ends its article and the unindented line under it heads the next item, which keeps its photographer's credit over the hotline"
  )
  func headlineUnderJumpNoteOnPageWithoutBlankLines() {
    let page = """
      第5版
      民生
      2027年5月13日 星期四
      青禾日报
      城区新增三处口袋公园
      记者 闵若川 通讯员 阮青
      　　近日,城区新建的三处口袋公
      园陆续向市民开放,园内设置了
      健身步道和儿童游乐设施。
      　　区园林中心负责人表示,下一
      步将结合老旧小区改造,继续挖
      掘边角地块,并
      (下转第6版)
      护绿 添彩
      　　5月11日,青禾区百余名志愿
      者来到滨江绿道,为新栽的苗木
      浇水、培土、挂牌,并向过往市
      民宣传爱绿护绿知识。
      记者 乔映雪 摄
      24小时新闻热线:6632100
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["城区新增三处口袋公园", "护绿 添彩"])
    #expect(articles.first?.byline == "记者 闵若川 通讯员 阮青")
    #expect(articles.first?.body.hasSuffix("继续挖掘边角地块,并") == true)
    #expect(articles.last?.body.hasPrefix("5月11日,青禾区百余名志愿者") == true)
    #expect(articles.last?.byline == "记者 乔映雪")
    #expect(!articles.contains { $0.body.contains("热线") })
  }

  @Test(
    "a column of untitled briefs behind bullets, hard-wrapped without blank lines, is cut at each bullet after a finished sentence"
  )
  func hardWrappedBulletedBriefsAreCutAtEachBullet() {
    let page = """
      青禾日报 2027年5月14日 星期五
      第4版 党建 责任编辑 柯远
      社区党校开设周末课堂
      记者 闵若川 通讯员 阮青
      　　近日,青禾区社区党校开设周
      末课堂,组织党员学习基层治理
      知识,首期吸引80余名党员参加。
      简讯
      ●区档案馆数字阅览室开放,市
      民可在线查阅馆藏地方志和老照
      片资料,实行预约服务。
      ●区团委组织青年志愿者植树,
      在城郊荒坡补植苗木两千余株,
      并落实专人养护。
      ●区妇联举办家庭教育讲座,
      邀请专家为300余名家长答疑解
      惑。
      校对 秦简
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "社区党校开设周末课堂", "区档案馆数字阅览室开放", "区团委组织青年志愿者植树", "区妇联举办家庭教育讲座",
      ])
    #expect(articles.dropFirst(2).first?.body.hasPrefix("区团委组织青年志愿者植树,在城郊") == true)
    #expect(articles.dropFirst().first?.body.hasSuffix("实行预约服务。") == true)
  }
}
