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
