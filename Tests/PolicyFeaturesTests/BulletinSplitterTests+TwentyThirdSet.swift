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

  @Test(
    "a page without blank lines: a titled brief behind a mark and a wide space runs its text on over the lines under it, up to its credit"
  )
  func titledBriefsWrappedOverLines() {
    let page = """
      青溪县报　2026年10月12日　星期一　　要闻·第3版
      青溪县新能源产业园签约项目达到二十个
      ■记者 葛云舒
        记者从青溪县发展改革局获悉，今年以来，新能源产业园新签约项目
      二十个，协议总投资超过九十亿元，储能、电池回收等产业链条逐步成形。
        产业园相关负责人表示，下一步将加快建设标准厂房，推动签约项目早
      日开工，力争年内有八个项目投产见效，带动就业两千人以上。
      白鹭洲湿地公园完成生态修复
      ■记者 骆青禾
        10月11日，白鹭洲湿地公园生态修复工程通过验收，修复湿地面积
      三百余亩，新种植水生植物二十余种，园内观测到的鸟类明显增多。
      【简讯】
      ■县图书馆少儿分馆开馆　10月10日，青溪县图书馆少儿分馆正式开放
      。分馆藏书三万余册，设有绘本区、科普区和“青溪故事”
      亲子阅读角。（葛云舒）
      ■青溪县开展秋冬季道路交通安全整治　即日起至12月底，县公安局交
      警大队将对城区主要路口和乡村道路开展常态化巡查，严查酒驾、超员
      等违法行为。（骆青禾）
      编辑：蓝书言　美编：葛云舒　校对：骆青禾
      3
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "青溪县新能源产业园签约项目达到二十个", "白鹭洲湿地公园完成生态修复", "县图书馆少儿分馆开馆", "青溪县开展秋冬季道路交通安全整治",
      ])
    #expect(articles.suffix(2).map(\.byline) == ["葛云舒", "骆青禾"])
    #expect(articles.last?.body.hasPrefix("即日起至12月底，县公安局交警大队") == true)
    #expect(!articles.contains { $0.title.contains("简讯") || $0.body.contains("简讯") || $0.body.contains("■") })
  }
}
