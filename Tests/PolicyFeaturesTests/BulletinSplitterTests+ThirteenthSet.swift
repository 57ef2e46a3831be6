import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the thirteenth blind page set: a column's name over a headline in a block of its
/// own, a commentary's headline behind its label and a colon, a hard-wrapped line that reads like
/// a headline inside an item closing with its credit, a wrapped headline over a `——` subtitle
/// with a comma and a credit line on a block page, a notice of a service opening `即日起`.
extension BulletinSplitterTests {
  @Test("on a block page a column's name over a one-line headline and its text is the title's kicker")
  func columnNameOverHeadlineInBlock() {
    let page = """
      某城日报　第3版　综合　2024年5月8日

      某镇举办农技培训会
      本报讯(记者 甲某)5月7日，某镇举办农技培训会，百余名农户
      参加培训。
      培训会上，农技专家讲解了水稻病虫害防治知识。

      某城时评
      让田野更有希望
      农技下乡，送的是技术，更是信心。
      把课堂搬到田间地头，农户才听得懂、用得上。（乙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某镇举办农技培训会", "某城时评 让田野更有希望"])
    #expect(articles.last?.body.hasPrefix("农技下乡") == true)
  }

  @Test("a commentary's headline behind its column's label and a colon starts an article, comma and all")
  func labelledHeadlineWithComma() {
    #expect(BulletinSplitter.isLabelledHeadline("短评:办事做\"减法\",服务做\"加法\""))
    #expect(BulletinSplitter.isLabelledHeadline("时评：让田野更有希望"))
    #expect(!BulletinSplitter.isLabelledHeadline("会议指出:要做好服务。"))
    #expect(!BulletinSplitter.isLabelledHeadline("短评"))
    let page = """
      某城日报 | 2024-05-08 星期三 | A1 要闻

      某区政务服务中心启用

      本报讯 记者 甲某 报道:5月7日,某区政务服务中心启用,320项事项可一窗
      受理。

      中心设有综合窗口和自助服务区,群众办事平均用时缩短一半。

      短评:办事做"减法",服务做"加法"

      少交一份材料,少跑一趟路,群众的感受最直接。

      把方便留给群众,把麻烦留给自己,改革才有温度。(乙某)
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区政务服务中心启用", "短评:办事做\"减法\",服务做\"加法\""])
    #expect(articles.last?.body.hasPrefix("少交一份材料") == true)
  }

  @Test("a line a hard wrap carried on mid-sentence is text, so the credit closing the item still counts")
  func wrappedLineReadingAsHeadlineInsideItem() {
    let page = """
      某城日报
      2024年5月8日　星期三

      某区召开安全生产工作会议

      本报讯（记者 甲某）5月7日，某区召开安全生产工作会
      议，部署近期重点工作。区长乙某出席会议并讲话。

      会议要求，各部门要压实安全生产责任，抓好企业隐患
      排查整治，坚决防范遏制重大事故发生，确保全区安全
      生产形势持续稳定。

      某区开展燃气安全专项检查行动

      为消除燃气安全隐患，区城管局自5月起开展为期一个
      月的燃气安全专项检查，重点检查餐饮场所、农贸市场
      和老旧小区燃气管道、报警装置等设施的运行和维护情
      况。

      截至目前，已检查餐饮场所86家，发现问题31个，已
      全部整改到位，对3家单位依法立案查处
      。（记者 丙某 通讯员 丁某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区召开安全生产工作会议", "某区开展燃气安全专项检查行动"])
    #expect(articles.last?.byline == "记者 丙某 通讯员 丁某")
  }

  @Test("on a block page a wrapped headline over a `——` subtitle with a comma runs to the credit line")
  func wrappedHeadlineOverSubtitleToCreditLine() {
    let page = """
      某县报·要闻
      2024年5月8日　星期三

      县政府召开常务会议
      ■记者 甲某
      　　5月7日，县政府召开常务会议，研究部署近期重点工作。
      　　会议审议了县城老旧小区改造实施方案。

      智能制造产业园
      一期工程开工建设
      ——总投资30亿元，建成后年产值可超50亿元
      ■记者 乙某　通讯员 丙某
      　　5月6日，位于县经济开发区的智能制造产业园一期工程开工建设。
      　　该产业园规划建设标准厂房和研发中心，预计明年建成投产。
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "县政府召开常务会议", "智能制造产业园 一期工程开工建设 ——总投资30亿元，建成后年产值可超50亿元",
      ])
    #expect(articles.last?.byline == "记者 乙某 通讯员 丙某")
    #expect(articles.last?.body.hasPrefix("5月6日") == true)
  }

  @Test("after a credited article, a headline over text opening with `即日起` starts an article")
  func headlineOverServiceNotice() {
    #expect(BulletinSplitter.opensWithTimeWord("即日起至3月1日,全区图书馆延长开放时间。"))
    #expect(BulletinSplitter.opensWithTimeWord("即日起，市民可预约参观。"))
    #expect(!BulletinSplitter.opensWithTimeWord("即将开放的图书馆位于城东。"))
    let page = """
      某城日报 | 2024-05-08 星期三 | A1 要闻

      某区召开安全生产工作会议

      本报讯 记者 甲某 报道:5月7日,某区召开安全生产工作会议,部署近期重点工作。区
      长乙某出席会议并讲话。

      会议要求,各部门要压实安全生产责任,抓好企业隐患排查整治,确保全区安全生产形
      势持续稳定。

      全区公共泳池延时开放

      即日起至8月31日,全区6家公共泳池开放时间延长至每晚21:00,方便市民暑期健
      身。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区召开安全生产工作会议", "全区公共泳池延时开放"])
    #expect(articles.last?.byline == nil)
  }
}
