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

  @Test(
    "a radio script's presenter reads each item's lead right under its title (`【新闻一】…`, then `主持人：…`): the lead opens the item's text without the label, and the `【播音】` cue over the report is no text"
  )
  func presenterLeadOpensScriptItem() {
    let page = """
      沅川县广播电视台《沅川新闻》播出稿
      2026年3月2日（星期一）18:00首播

      【片头音乐】
      主持人：各位听众，晚上好！欢迎收听《沅川新闻》。

      【新闻一】沅川县启动春季植树活动
      主持人：3月1日，沅川县春季义务植树活动在凤栖山启动，机关干部和志愿者三百余人参加。
      【播音】
      活动现场，大家挥锹铲土、扶苗填坑，种下香樟、桂花等苗木两千余株。
      今年全县计划完成植树造林一万亩。
      （记者 闻思远　编辑 殷小满）

      【新闻二】城南农贸市场改造完工
      主持人：经过三个月的改造，城南农贸市场日前重新开业。
      【播音】
      改造后的市场划分了果蔬、肉禽、水产等区域，摊位统一安装了电子秤和溯源屏。
      （记者 卜青岚　编辑 殷小满）

      主持人：以上是本期《沅川新闻》的全部内容，感谢您的收听！
      【片尾音乐】
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["沅川县启动春季植树活动", "城南农贸市场改造完工"])
    #expect(articles.first?.body.hasPrefix("3月1日，沅川县春季义务植树活动在凤栖山启动") == true)
    #expect(articles.last?.body.hasPrefix("经过三个月的改造，城南农贸市场日前重新开业。") == true)
    #expect(!articles.contains { $0.body.contains("主持人") || $0.body.contains("【播音】") })
  }
}
