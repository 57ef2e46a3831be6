import Testing

@testable import PolicyFeatures

/// Rules for the twenty-second blind page set: inner news pages of district and county dailies
/// (columns of briefs whose titles stand flush over their indented text).
extension BulletinSplitterTests {
  @Test("a briefs column sets each title flush over its indented text: every title heads a brief")
  func briefsColumnWithFlushTitles() {
    let page = """
      2026年10月3日　星期六　　城乡新闻　　04

      柳塘镇新建农产品冷库投用
      本报记者　贺知远
      　　10月2日，柳塘镇农产品冷链仓储中心建成投用，可储存果蔬
      800吨，周边5个村的柑橘、莲藕不用再连夜运往城区销售。
      　　镇农办负责人说，冷库由镇村两级共同出资建设，按成本价向
      农户开放，预计每年可减少损耗两成左右。

      快讯
      县档案馆推出家谱查询服务
      　　即日起，县档案馆在一楼服务大厅开设家谱查询窗口，市民凭
      身份证即可免费查阅馆藏家谱。
      城南客运站增开周末班车
      　　10月起，城南客运站每逢周末增开前往青枫湖景区的班车6趟，
      票价维持不变。
      溪口村举办首届稻田音乐会
      　　溪口村近日在收割后的稻田里举办首届稻田音乐会，吸引游客
      两千余人次。

      校对：乔木　　美编：向晚晴
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["柳塘镇新建农产品冷库投用", "县档案馆推出家谱查询服务", "城南客运站增开周末班车", "溪口村举办首届稻田音乐会"])
    #expect(articles.count == 4 && articles[2].body.hasPrefix("10月起，城南客运站"))
    #expect(!articles.contains { $0.body.contains("溪口村举办首届稻田音乐会") || $0.title.contains("快讯") })
  }

  @Test("a column of one-line news whose items each give a title before their sentence is cut into the items")
  func oneLineNewsWithTitles() {
    let page = """
      青枫县报　2026年10月8日　星期四　第3版　城乡　责编：向晚晴

      青枫湖湿地公园二期开园

      　　本报讯 记者贺知远报道 10月7日，青枫湖湿地公园二期正式开园，新增步道6公里、观鸟平台3处。

      　　公园管理处负责人介绍，二期建设坚持“少动土、多留绿”，保留了原有的芦苇荡和杉树林。

      　　开园首日，公园接待游客约1.2万人次，不少市民带着孩子前来观鸟。

      一句话新闻

      ◆县档案馆推出家谱查询服务 市民凭身份证即可在一楼服务大厅免费查阅馆藏家谱。

      ◆城南客运站增开周末班车 每逢周末增开前往青枫湖景区的班车6趟，票价维持不变。

      ◆溪口村举办首届稻田音乐会 音乐会在收割后的稻田里举行，吸引游客两千余人次。

      3
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["青枫湖湿地公园二期开园", "县档案馆推出家谱查询服务", "城南客运站增开周末班车", "溪口村举办首届稻田音乐会"])
    #expect(articles.count == 4 && articles[1].body.hasPrefix("市民凭身份证"))
    #expect(!articles.contains { $0.body.contains("一句话新闻") || $0.body.contains("◆") })
  }

  @Test(
    "a briefs column without titles on a wrapped page: each brief closing with its credit is an item, named by its opening clause"
  )
  func untitledBriefsClosingWithCredits() {
    let page = """
      04　城乡　2026年10月9日　星期五　编辑 向晚晴
      青枫湖湿地公园二期开园
      ■记者 贺知远
        本报讯(记者 贺知远)10月8日，青枫湖湿地公园二期正式开园，新增步道6公里、观
      鸟平台3处，公园管理处当天接待游客约1.2万人次。
        公园管理处负责人介绍，二期建设坚持“少动土、多留绿”，保留了原有的芦苇荡和杉
      树林，还在湖边新设了3处亲水平台和一座自然教室。
      溪口村稻田音乐会吸引游客
        本报讯(记者 乔木)溪口村近日在收割后的稻田里举办首届稻田音乐会，吸引游客两千
      余人次，村里的农家乐和土特产摊位生意红火。
      简讯
        县档案馆开设家谱查询窗口，市民凭身份证即可免费查阅馆藏家谱。（
      柯星）
        城南客运站每逢周末增开前往青枫湖景区的班车6趟，票价维持不变。（乔木）
        县图书馆少儿阅览室完成改造，新增绘本4000册，10月起延长开放时间
      。（温晴）
      校对：乔木　美编：柯星
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "青枫湖湿地公园二期开园", "溪口村稻田音乐会吸引游客", "县档案馆开设家谱查询窗口", "城南客运站每逢周末增开前往青枫湖景区的班车6趟",
        "县图书馆少儿阅览室完成改造",
      ])
    #expect(articles.suffix(3).map(\.byline) == ["柯星", "乔木", "温晴"])
    #expect(articles.last?.body.hasPrefix("县图书馆少儿阅览室完成改造，新增绘本") == true)
  }

  @Test(
    "a narrow column: a dated section strip, dated leads under two-line headlines, untitled briefs closing with wrapped credits"
  )
  func narrowColumnWithDatedLeadsAndUntitledBriefs() {
    let page = """
      7
      城乡·2026.10.9

      柳塘镇冷库
      建成投用
      本报10月8日讯 柳塘镇农产品
      冷链仓储中心今天建成投用，可
      储存果蔬800吨，周边5个村
      的柑橘不用再连夜运往城区。
      镇农办负责人说，冷库按成本价
      向农户开放。（记者 贺知远）

      溪口村稻田
      音乐会开唱
      本报10月7日讯 溪口村首届稻
      田音乐会今晚在收割后的稻田里
      开唱，吸引游客两千余人次。（
      通讯员 乔木）

      短讯
      县档案馆开设家谱查询窗口，市
      民凭身份证即可免费查阅馆藏家
      谱。（柯
      星）
      城南客运站增开周末班车6趟，
      票价维持不变。（温晴）

      青枫时报　第7版
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "柳塘镇冷库 建成投用", "溪口村稻田 音乐会开唱", "县档案馆开设家谱查询窗口", "城南客运站增开周末班车6趟",
      ])
    #expect(articles.map(\.byline) == ["记者 贺知远", "通讯员 乔木", "柯星", "温晴"])
    #expect(!articles.contains { $0.title.contains("2026.10.9") || $0.body.contains("短讯") })
  }
}
