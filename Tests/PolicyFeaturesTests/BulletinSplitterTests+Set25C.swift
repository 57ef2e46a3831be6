import Testing

@testable import PolicyFeatures

/// Rules for the twenty-fifth blind page set: an inner page copied from a PDF, hard-wrapped at
/// one width without blank lines, and a county radio station's news script.
extension BulletinSplitterTests {
  @Test(
    "on a page hard-wrapped without blank lines, a `▲` caption wrapped over two lines and closing with its photographer's credit heads no column of briefs: the next headline and its lead stay an article"
  )
  func wrappedCaptionHeadsNoBriefs() {
    let page = """
      澄溪区报 2026年5月6日 星期三
      第3版 综合
      澄溪区新增三处口袋公园
      本报讯（记者 柳青禾）近日，澄溪区城南片区新
      建的三处口袋公园陆续向市民开放，公园内设置了
      健身步道、儿童游乐区和休息座椅，周边居民步行
      五分钟即可到达。
      “以前带孩子玩要坐车去城北，现在下楼就有地方
      了。”家住桂园小区的居民邵女士说。
      据介绍，今年该区将利用边角地、闲置地再建设口
      袋公园十二处，让市民推窗见绿、出门进园。
      ▲在城南片区新建的口袋公园里，附近居民带着孩
      子休闲游玩。记者 柳青禾 摄
      白石镇举办第三届农民丰收节
      本报讯（记者 范思远）日前，白石镇第三届农民
      丰收节在镇文化广场开幕，全镇九个村的农户带来
      了大米、菌菇、土蜂蜜等两百多种特色农产品。
      活动现场还举办了农事趣味比赛和乡村文艺表演，
      吸引了上千名群众前来参观选购，当天农产品销售
      额达三十余万元。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["澄溪区新增三处口袋公园", "白石镇举办第三届农民丰收节"])
    #expect(articles.map(\.byline) == ["记者 柳青禾", "记者 范思远"])
    #expect(articles.last?.body.hasPrefix("日前，白石镇第三届农民丰收节") == true)
    #expect(articles.first?.body.contains("第三届农民丰收节") == false)
  }
}
