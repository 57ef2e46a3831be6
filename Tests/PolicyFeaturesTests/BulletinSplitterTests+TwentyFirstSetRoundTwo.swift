import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the twenty-first blind page set's front pages, second round.
extension BulletinSplitterTests {
  @Test("under an index's label, entries with their page's code in front (B3 …) are the index's, no article")
  func codeFirstIndexEntries() {
    let page = """
      青陂日报
      2025年9月2日 星期二

      今日导读
      B2 青陂新区物流园二期投用
      B3 老城区雨污分流改造完工
      B6 乡村少年足球联赛开赛

      青陂区召开秋季
      安全生产工作会议
      本报记者 甲某某
        9月1日，青陂区召开秋季安全生产工作会议，部署下一阶段隐患排查整治
      工作。

        会议要求，各街道要压实属地责任，对重点行业开展拉网式检查。

      青陂湖湿地迎来候鸟
        近日，首批候鸟飞抵青陂湖湿地公园，观鸟爱好者纷纷前来拍摄。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青陂区召开秋季 安全生产工作会议", "青陂湖湿地迎来候鸟"])
    #expect(articles.first?.byline == "本报记者 甲某某")
    #expect(articles.allSatisfy { !$0.body.contains("物流园二期") && !$0.title.contains("物流园二期") })
  }

  @Test("a paragraph set apart under an uncredited article, closing with the reporter's credit, gives the byline")
  func closingCreditInParagraphSetApart() {
    let page = """
      青陂日报
      2025年9月2日 星期二

      区政府召开防汛工作专题会
        9月1日，区政府召开防汛工作专题会，研究部署汛末防汛工作。会议要求，
      各部门要加强值班值守，确保安全度汛。

        会议还研究了城区排涝设施改造等事项。（记者 乙某某）

      青陂湖湿地迎来候鸟
        近日，首批候鸟飞抵青陂湖湿地公园，观鸟爱好者纷纷前来拍摄。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区政府召开防汛工作专题会", "青陂湖湿地迎来候鸟"])
    #expect(articles.first?.byline == "记者 乙某某")
    #expect(articles.first?.body.hasSuffix("会议还研究了城区排涝设施改造等事项。") == true)
  }

  @Test("on a page without blank lines, photo news under its label is credited to its photographer behind a marker")
  func photoNewsCreditBehindMarker() {
    let page = """
      青陂县报
      2025年7月5日　星期六
      县城新建两座停车场投用
      本报讯（记者　甲某某）7月4日，县城新建的两座公共停车场投入使用，新增停车位六百余个。
      停车场实行错峰共享，周边居民夜间可优惠停放。
      图片新闻
      稻田披绿
      7月3日，青陂镇万亩稻田一片葱绿。今年全镇水稻种植面积稳中有增。　　■乙某某　摄
      县图书馆开设暑期课堂
      本报讯（通讯员　丙某）7月4日，县图书馆暑期课堂开课，首批招收学员一百二十名。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县城新建两座停车场投用", "稻田披绿", "县图书馆开设暑期课堂"])
    #expect(articles.map(\.byline) == ["记者 甲某某", "乙某某", "通讯员 丙某"])
    #expect(articles[1].body == "7月3日，青陂镇万亩稻田一片葱绿。今年全镇水稻种植面积稳中有增。")
  }

  @Test("a marked brief whose title stands before a wide space and whose opening a hard wrap cut is cut at its title")
  func titledBriefWithWrappedOpening() {
    let page = """
      青陂县报
      2025年7月5日　星期六
      县图书馆开设暑期课堂
      　　本报讯（记者　甲某某）7月4日，县
      图书馆暑期课堂开课，首批招收学员一
      百二十名。
      ■青陂县开展汛期地质灾害巡查　7月3
      日起，全县对四十处地质灾害隐患点开
      展拉网式巡查，持续至月底。（通讯员
      　乙某）
      ■城南菜市场完成提升改造　近日，城
      南菜市场完成提升改造重新开业。
      （通讯员　丙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县图书馆开设暑期课堂", "青陂县开展汛期地质灾害巡查", "城南菜市场完成提升改造"])
    #expect(articles.dropFirst().first?.body.hasPrefix("7月3日起，全县对四十处") == true)
  }

  @Test("a photo news caption closing with its photographer ends its item: a two-line headline under it heads the next")
  func photoCaptionEndsItemBeforeTwoLineHeadline() {
    let page = """
      青陂日报
      2025年9月2日 星期二

      青陂区召开秋季
      安全生产工作会议
      本报记者 甲某某 乙某某
        9月1日，青陂区召开秋季安全生产工作会议，部署下一阶段隐患排查整治
      工作。

        会议要求，各街道要压实属地责任，对重点行业开展拉网式检查。

        今年以来，全区共排查整改各类隐患1200余处，整改率达到98%。

      图片新闻
      白露时节稻花香
        9月1日，青陂镇稻田里一片金黄，农技人员正在查看稻穗长势。 本报记者 丙某某 摄

      区卫健委部署
      秋冬季传染病防控工作
        9月1日，区卫健委召开会议，部署秋冬季传染病防控工作。会议要求，各医
      疗机构要做好发热门诊值守。

        会议还通报了上半年公共卫生服务项目完成情况。（记者 乙某某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青陂区召开秋季 安全生产工作会议", "白露时节稻花香", "区卫健委部署 秋冬季传染病防控工作"])
    #expect(articles.map(\.byline) == ["本报记者 甲某某 乙某某", "本报记者 丙某某", "记者 乙某某"])
  }
}
