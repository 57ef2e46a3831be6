import Testing

@testable import PolicyFeatures

/// Rules for the twenty-fourth blind page set, third round: an inner page hard-wrapped at a narrow
/// column, no paragraph indented, a blank line after every paragraph and between stories alike, so
/// that only the headlines set the stories apart; a story without a lead credited in brackets at its
/// end; an editor's afterword under the page's last story.
extension BulletinSplitterTests {
  @Test(
    "a page wrapped at twelve characters, no paragraph indented, blank lines after every paragraph: a full-width first line is its paragraph's, a leadless story ends the one above, an afterword's label titles its prose"
  )
  func narrowUnindentedParagraphPage() {
    let page = """
      08　社区　　2026.11.4　星期三　　柳湾晚报

      桐荫社区开办“四点半课堂”

      本报讯 记者 韩青禾 报
      道　11月2日下午，桐荫
      社区活动室里坐满了刚放学
      的孩子，大学生志愿者正在
      辅导他们写作业。

      社区志愿者每天轮流值班辅
      导孩子写作业，家长下班后
      再来接孩子回家，解决了双
      职工家庭的接送难题。

      “孩子在这里有人管，我们
      上班也安心。”家长钱小满
      说。

      老旧电梯更新改造全部完工

      电梯运行平稳没有异响，轿
      厢里还装上了紧急呼叫按钮……
      走进竹溪小区，居民们
      对新电梯赞不绝口。

      竹溪小区建成于二十多年前，
      原有电梯故障频发。今年
      以来，街道通过加装电梯补
      贴和维修资金共同出资，对
      小区18部电梯进行了整体
      更换。

      “以前坐电梯提心吊胆，现
      在放心多了。”住在顶楼的
      居民葛老伯说。（记者 韩
      青禾 通讯员 石兰）

      柳湾区首家“共享厨房”开张

      本报讯 通讯员 方若 记
      者 韩青禾 报道　近日，
      柳湾区首家“共享厨房”在
      枫桥街道开张，独居老人和
      外地务工人员可以按小时预
      约使用。

      厨房配备了燃气灶、烤箱和
      消毒柜，每小时收费5元，
      低保户免费使用。

      【编后语】

      一间课堂、一部电梯、一个
      厨房，件件都是居民身边的
      小事，也件件牵动着居民的
      心。

      把小事当成大事来办，把居
      民的期盼放在心上，社区治
      理才有温度。

      编辑　林檎　组版　白露　校对　谷雨
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["桐荫社区开办“四点半课堂”", "老旧电梯更新改造全部完工", "柳湾区首家“共享厨房”开张", "【编后语】"])
    #expect(articles.map(\.byline) == ["记者 韩青禾", "记者 韩青禾 通讯员 石兰", "通讯员 方若 记者 韩青禾", nil])
    // The paragraph whose first line reads like a headline runs on over the wrap.
    #expect(articles.first?.body.contains("\n社区志愿者每天轮流值班辅导孩子写作业，") == true)
    #expect(articles[1].body.hasPrefix("电梯运行平稳没有异响，轿厢里") == true)
    #expect(!articles[0].body.contains("电梯"))
    #expect(articles.last?.body.hasPrefix("一间课堂、一部电梯、一个厨房，") == true)
    #expect(!articles[2].body.contains("编后"))
  }

  @Test(
    "a page wrapped at seventeen characters closes with an afterword of one paragraph under a bare label: a piece of its own, and the story above keeps its closing credit"
  )
  func afterwordOfOneParagraph() {
    let page = """
      B3　城乡　　2026年11月5日　星期四　　云岭日报

      南岭乡晚稻收割进入高峰期

      本报讯 记者 乔木 报道　连日来，
      南岭乡两万余亩晚稻陆续成熟，收割机
      在田间来回穿梭，农户们忙着晾晒和装
      袋。

      乡农业服务中心组织农机手跨村作业帮
      助缺劳力农户抢收，还协调烘干企业延
      长烘干时间，确保颗粒归仓。

      据估算，今年全乡晚稻平均亩产比去年
      增加约三十公斤。

      溪口村办起乡村夜校

      每周二晚上七点，溪口村文化礼堂的灯
      准时亮起，三十多名村民围坐在一起听
      农技专家讲果树修剪。

      夜校课程由村民自己点单，既有电商直
      播、家庭种养，也有防范电信诈骗等内
      容，已经开课十二期。

      “白天干活，晚上学本事，两不耽误。”
      村民柯大姐笑着说。（通讯员 罗小
      禾 记者 乔木）

      编后

      收好一季稻，办好一所夜校，都离不开
      把群众的需要当作工作的方向。

      责任编辑　黎川　校对　夏至
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["南岭乡晚稻收割进入高峰期", "溪口村办起乡村夜校", "编后"])
    #expect(articles.map(\.byline) == ["记者 乔木", "通讯员 罗小禾 记者 乔木", nil])
    #expect(articles.last?.body == "收好一季稻，办好一所夜校，都离不开把群众的需要当作工作的方向。")
  }
}
