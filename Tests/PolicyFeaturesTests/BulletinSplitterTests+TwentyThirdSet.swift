import Testing

@testable import PolicyFeatures

/// Rules for the twenty-third blind page set: ordinary inner pages of district and county
/// dailies (untitled briefs set apart by blank lines in a narrow column; a bracketed label over
/// titled briefs whose text a hard wrap carries on over the lines under them).
extension BulletinSplitterTests {
  @Test(
    "a narrow column sets a blank line after each untitled brief: every block under the label's is a brief, named by its opening clause read across the wrap"
  )
  func untitledBriefsSetApartByBlankLines() {
    let page = """
      城乡　　　　　　　　　　05

      石桥镇茶园迎来秋茶采摘季
      本报讯(记者 蓝书言)10月9日，
      石桥镇万亩茶园进入秋茶采摘期，
      茶农们趁着晴好天气抢收鲜叶。
      镇农技站负责人介绍，今年秋茶
      产量预计比去年增加一成以上。

      县医院新建门诊综合楼封顶
      本报讯(记者 骆青禾)日前，县人
      民医院门诊综合楼主体结构顺利封
      顶，计划明年6月投入使用。

      简讯
      县博物馆“非遗工坊”体验活动本月
      在二楼展厅开放，每周六上午举办
      竹编和剪纸体验课。（蓝书言）

      青溪至白鹭洲公交专线试运行首周载
      客9600人次，高峰时段加密班次。
      （骆青禾）

      下周初我县将出现一次明显降雨过
      程，县气象台提醒注意出行安全。
      （蓝书言）

      2026年10月10日　星期六　责任编辑：葛云舒
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "石桥镇茶园迎来秋茶采摘季", "县医院新建门诊综合楼封顶", "县博物馆“非遗工坊”体验活动本月在二楼展厅开放", "青溪至白鹭洲公交专线试运行首周载客9600人次",
        "下周初我县将出现一次明显降雨过程",
      ])
    #expect(articles.suffix(3).map(\.byline) == ["蓝书言", "骆青禾", "蓝书言"])
    #expect(articles.last?.body.hasPrefix("下周初我县将出现一次明显降雨过程，县气象台") == true)
    #expect(!articles.contains { $0.title.contains("简讯") || $0.body.contains("简讯") })
  }
}
