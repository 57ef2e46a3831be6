import Testing

@testable import PolicyFeatures

/// Rules for set 32's provincial and city dailies and a national paper's regional page: a
/// proofreader's credit alone on the last line (`校对 某某`) is the page's staff, not the last
/// item's text; the page's e-mail on a line of its own under the staff line is no article's; a
/// reprint closing with its source (`（据某某日报）`, `（据新华社）` on a line of its own) closes an
/// item as a reporter's credit does; the publisher alone at the foot (`某某日报社出版`) is the page's;
/// a kicker naming a reporting series (`…调研行`) over a headline and its subtitle is no title's.
extension BulletinSplitterTests {
  @Test("a proofreader's credit on a line of its own under the staff line is the page's")
  func proofreaderCreditAloneIsStaff() {
    let page = """
      青屿日报　2026年9月3日　星期四
      青屿渡口新增两条夜班航线
      青屿日报讯（记者 温语冰）9月2日，青屿渡口新增两条夜班航线，末班船延至晚上十一点。
      新航线开通后，往返两岸的居民夜间出行更加方便。
      海湾步道全线贯通
      9月2日，海湾步道最后一段完工，全线长12公里，沿途设驿站8座。（记者 柏舟）
      责任编辑 严洛　美编 骆川
      校对 葛菲
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青屿渡口新增两条夜班航线", "海湾步道全线贯通"])
    #expect(!articles.contains { $0.body.contains("葛菲") })
    #expect(articles.last?.byline == "记者 柏舟")
  }

  @Test("the page's e-mail on a line of its own under the staff line is no article's text")
  func pageEmailUnderStaffLine() {
    let page = """
      梧川晚报　　2026年9月3日　星期四
      梧川老街夜市开市
      　　本报讯（记者 单秋）9月2日，梧川老街夜市开市，80个摊位
      售卖本地小吃和手工艺品，吸引市民游客前来品尝选购。
      　　夜市每天下午五点开放，持续到晚上十一点，周末延长一小时。
      南岸码头公园开放
      　　本报讯（记者 龙吟）9月2日，南岸码头公园建成开放，公园
      由废弃货运码头改造而成，保留了吊机和铁轨等旧设施。
      　　公园设有亲水平台和儿童游乐区，全天免费开放。
      本版编辑：范溪　　版式设计：邝远
      邮箱：wuchuanwb@example.org
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["梧川老街夜市开市", "南岸码头公园开放"])
    #expect(!articles.contains { $0.body.contains("邮箱") })
  }

  @Test("a reprint closing with its source at the end of its text is an item of its own under its headline")
  func reprintClosingWithSourceInline() {
    let page = """
      北川日报　　2026年9月3日　星期四
      西坪湖湿地公园扩建完工
      　　日前，西坪湖湿地公园扩建工程完工，新增水域面积300亩，
      栽种水生植物20余种。（记者 蒲原）
      临江：新建校园实现“当年开工当年投用”
      　　临江市今年新建的6所中小学全部建成，新增学位8400个，
      秋季学期已全部投入使用。（据临江日报）
      北川启动秋季森林防火巡查
      　　本报讯（记者 舒展）北川市9月2日启动秋季森林防火巡查，组建
      巡查队伍120支，重点林区实行24小时值守。
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["西坪湖湿地公园扩建完工", "临江：新建校园实现“当年开工当年投用”", "北川启动秋季森林防火巡查"])
    #expect(articles.first?.byline == "记者 蒲原")
  }

  @Test("a reprint's source on a line of its own closes it; the publisher at the foot is the page's")
  func reprintSourceLineAndPublisherLine() {
    let page = """
      远山晚报
      2026年09月03日　星期四

      秋粮收购点增至46个

      本报讯（记者 姜澈）记者从市粮食和物资储备局获悉，全市秋粮收购点已增至46个，可满足农户就近售粮需求。

      各收购点实行挂牌收购，公开质价标准。

      沧浦出台措施扶持家庭农场

      沧浦省日前出台扶持家庭农场发展的若干措施，从贷款贴息、农机购置、技术培训等方面推出12条举措。

      据统计，沧浦省家庭农场已发展到9万余家。

      （据新华社）

      远山快评

      秋收时节更要护好粮

      宁昭

      秋粮到手才算丰收。各地要把好收购关，让农民卖得出、卖得好。

      远山晚报社出版
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    #expect(articles.count == 3 && articles[1].title == "沧浦出台措施扶持家庭农场")
    #expect(articles.count == 3 && articles[1].byline == nil)
    #expect(!articles.contains { $0.body.contains("社出版") })
  }

  @Test("a kicker naming a reporting series over a headline and its subtitle is the series', not the title's")
  func seriesKickerOverSubtitledHeadline() {
    let page = """
      华岳经济报　　2026年9月3日　星期四
      A6　区域经济
      黄河流域生态保护调研行
      砂石：废弃矿坑变身“城市绿肺”
      ——全市完成历史遗留矿山修复2100亩
      　　本报砂石9月2日电（记者 闵秋实）清晨，在砂石市北郊的矿山公园，
      晨练的市民沿着步道登上观景台。这里曾是一片废弃的采石场。
      　　近年来，砂石市累计投入资金9亿元修复历史遗留矿山，修复后的
      土地大多建成了公园和林地。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.first?.title.hasPrefix("砂石：废弃矿坑变身“城市绿肺”") == true)
    #expect(articles.first?.title.contains("调研行") == false)
  }
}
