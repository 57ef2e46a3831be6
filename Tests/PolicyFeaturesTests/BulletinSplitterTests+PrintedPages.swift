import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the seventh blind page set: furniture interleaved by PDF extraction, front pages
/// with jumps and teasers, notices, boxes and documents printed in full.
extension BulletinSplitterTests {
  @Test("a staff line or a page number set mid-sentence by the extractor is dropped and the sentence runs on")
  func furnitureMidSentence() {
    let page = """
      梅岭日报
      2025年3月4日　星期二　第2版

      梅岭镇新修三条机耕道
      　　本报讯（记者 卢某）3月3日，记者从梅岭镇获悉，该镇今年新修的三条
      责任编辑：方　某　　校对：石　某
      机耕道已全部通车，方便了沿线村民运送农资和
      ·2·
      收获的粮食。

      城西社区开办老年课堂
      　　本报讯（记者 俞某）近日，城西社区开办老年课堂，首批学员四十人。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["梅岭镇新修三条机耕道", "城西社区开办老年课堂"])
    #expect(articles.first?.body == "3月3日，记者从梅岭镇获悉，该镇今年新修的三条机耕道已全部通车，方便了沿线村民运送农资和收获的粮食。")
    #expect(BulletinSplitter.isPrintedPageNumber("·3·"))
    #expect(!BulletinSplitter.endsMidSentence("乡村振兴"))
  }

  @Test("a photographer's credit with a spaced name under a photo spread is its byline")
  func spacedPhotoCredit() {
    #expect(BulletinSplitter.isPhotoCredit("本报记者 苏 禾 摄"))
    let page = """
      晨雾中的茶园

      清明前后，南坡村的茶园迎来采摘旺季。

      图①：茶农在雾中采茶。
      图②：新茶摊晾在竹匾上。

      本报记者　苏　禾　摄

      镇里举办茶艺比赛

      本报讯（记者 田某）4月2日，镇里举办茶艺比赛，三十名选手参赛。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.first?.byline == "本报记者 苏 禾")
    #expect(articles.first?.body.contains("摄") == false)
  }

  @Test("a page's staff line may close with the page's e-mail")
  func staffLineWithEmail() {
    #expect(BulletinSplitter.isStaffCredit("本版编辑：罗 某 邮箱：page7@example.org"))
    #expect(!BulletinSplitter.isStaffCredit("邮箱：page7@example.org"))
    #expect(!BulletinSplitter.isStaffCredit("本版编辑：罗某 邮箱：请来信"))
  }

  @Test("a site-and-column breadcrumb and the editor's credit among tool links are web chrome")
  func webBreadcrumbAndFooter() {
    #expect(BulletinSplitter.isWebChrome("梅岭新闻网 > 本地要闻"))
    #expect(!BulletinSplitter.isWebChrome("收入 > 支出"))
    #expect(BulletinSplitter.isWebChrome("【责任编辑：方 某】 【打印】 【关闭】"))
    #expect(!BulletinSplitter.isWebChrome("【责任编辑：方某】"))
  }

  @Test("front page: edition line, a jump note on its own line, a box of teasers")
  func frontPageJumpAndTeasers() {
    #expect(BulletinSplitter.isEditionLine("A1 要闻"))
    #expect(BulletinSplitter.isEditionLine("B12版"))
    #expect(!BulletinSplitter.isEditionLine("A股 大涨"))
    #expect(BulletinSplitter.isSeePageLine("▶详见A5版"))
    #expect(BulletinSplitter.isSeePageLine("（详见第3版）"))
    #expect(!BulletinSplitter.isSeePageLine("详见附件"))
    let page = """
      梅岭日报
      2025年3月4日　星期二
      A1　要闻

      梅岭区召开春耕生产动员会

      本报讯（记者 卢某）3月3日，梅岭区召开春耕生产动员会，要求各镇抓好种子、化肥等农资储备，确保

      （下转A3版）

      今日导读

      新建两座口袋公园
      城北新建的两座口袋公园本月开放。
      ▶详见A4版

      春日樱花

      3月3日，游人在梅岭公园赏樱。

      本报记者 田某 摄

      区医院开通夜间门诊

      本报讯（记者 俞某）近日，区医院开通夜间门诊，方便上班族就医。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["梅岭区召开春耕生产动员会", "春日樱花", "区医院开通夜间门诊"])
    #expect(articles.first?.body.contains("口袋公园") == false)
    #expect(articles.first?.body.contains("下转") == false)
  }

  @Test("notices: a spaced-out 讣告, a title wrapped over two lines, a table with its header, fields")
  func noticesAndTables() {
    #expect(BulletinSplitter.isBoxTitle("讣 告"))
    #expect(BulletinSplitter.isTableHeader("时间 地点 内容", over: "3月5日 东门 义诊"))
    #expect(!BulletinSplitter.isTableHeader("梅岭区召开春耕会", over: "3月5日 东门 义诊"))
    let page = """
      梅岭区召开春耕生产动员会

      本报讯（记者 卢某）3月3日，梅岭区召开春耕生产动员会。

      讣　　告

      梅岭区退休教师江某同志，因病于2025年3月1日逝世，享年九十岁。

      梅岭区城北水厂扩建工程
      环境影响评价第一次公示

      根据有关规定，现将项目信息公示如下：

      项目名称：城北水厂扩建工程
      建设地点：城北路8号

      梅岭区水务公司
      2025年3月3日

      计划停水通知

      因管网改造，以下区域将停水。

      时间　　　　区域　　　　备注
      3月6日　　　城北路　　　全天
      3月7日　　　城南路　　　上午
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map { $0.title.filter { $0 != " " } } == [
        "梅岭区召开春耕生产动员会", "讣告", "梅岭区城北水厂扩建工程环境影响评价第一次公示", "计划停水通知",
      ])
    #expect(articles[2].body.contains("项目名称：城北水厂扩建工程\n建设地点：城北路8号"))
    #expect(articles[3].body.hasSuffix("3月6日 城北路 全天\n3月7日 城南路 上午"))
  }

  @Test("a question over a headline's second line; a box of telephone numbers under its heading")
  func questionHeadlineAndPhoneBox() {
    #expect(BulletinSplitter.isAskingLine("春耕补贴怎么领？"))
    #expect(!BulletinSplitter.isAskingLine("你好，怎么领？"))
    #expect(BulletinSplitter.isPhoneField("区农业农村局热线：0000-1234567"))
    #expect(!BulletinSplitter.isPhoneField("建设地点：城北路8号"))
    let page = """
      梅岭区发放春耕补贴

      本报讯（记者 卢某）3月3日，梅岭区开始发放春耕补贴。

      今年的补贴标准与去年相同。

      春耕补贴怎么领？
      三问三答帮你弄清楚

      本报记者　卢　某

      补贴发放后，不少农户来电询问。

      问：谁能领？答：种粮农户。

      咨询电话

      区农业农村局热线：0000-1234567
      区财政局热线：0000-7654321
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map { $0.title.filter { $0 != " " } } == ["梅岭区发放春耕补贴", "春耕补贴怎么领？三问三答帮你弄清楚", "咨询电话"])
  }

  @Test("a document printed in full: issuer and title over the note of its adoption")
  func adoptedDocument() {
    #expect(BulletinSplitter.isAdoptionNote("（2025年3月2日梅岭区人民代表大会常务委员会第五次会议通过）"))
    #expect(!BulletinSplitter.isAdoptionNote("（记者 卢某）"))
    let page = """
      区人大常委会举行第五次会议

      本报讯（记者 卢某）3月2日，区人大常委会举行第五次会议。

      梅岭区人民代表大会常务委员会
      关于加强古树名木保护的决定
      （2025年3月2日梅岭区人民代表大会常务委员会第五次会议通过）

      为保护古树名木，作出如下决定：

      一、区人民政府应当建立古树名木档案。

      二、本决定自公布之日起施行。

      区图书馆延长开放时间

      本报讯（记者 俞某）近日，区图书馆延长开放时间至晚九点。
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map { $0.title.filter { $0 != " " } } == [
        "区人大常委会举行第五次会议", "梅岭区人民代表大会常务委员会关于加强古树名木保护的决定", "区图书馆延长开放时间",
      ])
    #expect(articles[1].body.hasPrefix("（2025年3月2日"))
  }
}
