import Testing

@testable import PolicyFeatures

/// Rules for set 31's saved web and app articles: publishing details set as a news app's item
/// line naming a paper, on lines of their own, and after the text.
extension BulletinSplitterTests {
  @Test(
    "a news app's item line naming a paper (`2028-05-06 07:30　来源：某某日报客户端`) is the item's, not the page's dated masthead; the reporters' line under it credits them without the outlet again"
  )
  func appItemLineNamingPaperKeepsTitleAndReporters() {
    let page = """
      青杉：智慧果园让春耕更省力
      2028-05-06 07:30　来源：青杉日报客户端
      青杉日报融媒体记者　葛向东　通讯员　韦宁
      　　导语：无人机巡园、手机控水，青杉市的果农今年春耕少跑了不少路。
      　　在青杉市东岭镇的柑橘园里，几台无人机正在空中巡查病虫害，果农符长青在地头用手机打开了滴灌阀门。
      　　“以前一个人管二十亩都吃力，现在管五十亩也不慌。”符长青说。
      责任编辑：韩露

      青杉：社区食堂开到老人家门口
      2028-05-07 18:10　来源：青杉日报客户端
      　　导语：一餐热饭，暖了老人的胃，也暖了老人的心。
      　　青杉市今年新开社区食堂二十二家，六十岁以上老人就餐可享受八折优惠。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青杉：智慧果园让春耕更省力", "青杉：社区食堂开到老人家门口"])
    #expect(articles.first?.byline == "融媒体记者 葛向东 通讯员 韦宁")
    #expect(articles.first?.body.hasPrefix("导语：无人机巡园") == true)
  }
}

extension BulletinSplitterTests {
  @Test(
    "a web item's publishing fields set one a line under its title (`发布日期：…` over `信息来源：…`), or under its text (`作者：…` over `发布时间：…　来源：…`), are its details, no text; the author is the byline"
  )
  func publishingFieldsOnLinesOfTheirOwnAreNoText() {
    let page = """
      枫渡县出台农村生活污水治理三年行动方案
      发布日期：2028年04月02日
      信息来源：枫渡县生态环境分局
      　　近日，枫渡县印发农村生活污水治理三年行动方案，明确到2030年全县农村生活污水治理率达到65%以上。
      　　方案提出，将按照“宜集中则集中、宜分散则分散”的原则，分类推进管网建设和设施运维。
      【打印本页】　【关闭窗口】


      苇塘乡“光伏+养殖”鼓起村民钱袋子
      　　走进苇塘乡芦湾村，一排排光伏板整齐架设在鱼塘上方，板上发电、板下养鱼。
      　　村党支部书记滕有福说，去年村集体仅电费收益一项就增收二十多万元。
      作者：邬静怡　俞帆
      发布时间：2028-04-03 10:20　　来源：枫渡县农业农村局
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["枫渡县出台农村生活污水治理三年行动方案", "苇塘乡“光伏+养殖”鼓起村民钱袋子"])
    #expect(articles.first?.body.hasPrefix("近日，枫渡县印发") == true)
    #expect(articles.last?.byline == "邬静怡 俞帆")
    let bodies = articles.map(\.body).joined()
    for detail in ["发布日期", "信息来源", "作者：", "发布时间"] { #expect(!bodies.contains(detail)) }
  }
}
