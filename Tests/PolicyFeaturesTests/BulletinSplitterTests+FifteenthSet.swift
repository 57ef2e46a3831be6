import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the fifteenth blind page set: a short item without lead or credit after a news
/// item, mid-page or at the page's end, whose text does not restate its headline but turns to
/// another story (pages set one paragraph a line); and where such a line stays in the article
/// before it (a subheading going on with the story, a feature's section under a credit line, a
/// line a column break cut off its paragraph).
extension BulletinSplitterTests {
  @Test("a section turns to another story when it shares few of the story's pairs and none of its names")
  func shiftedTopic() {
    let story = """
      城北社区书屋开门迎客
      本报讯(记者 丙某 通讯员 丁某)5月11日，城北街道柳荫社区书屋正式开放，书屋藏书八千余册，设有儿童阅读区和自习区，每天开放十个小时。
      社区书屋由闲置的老菜场二楼改造而成，街道还组织志愿者轮流值守，为居民提供借阅、荐书等服务。
      """
    #expect(
      BulletinSplitter.shiftsTopic("城西片区周四临时停水\n因供水管网检修需要，5月15日8:00至18:00，城西片区暂停供水，请沿线居民和单位提前做好储水准备。", from: story))
    // A section that names the story's place again goes on with it.
    #expect(
      !BulletinSplitter.shiftsTopic("书屋新添绘本专架\n柳荫社区书屋近日新添绘本专架，每周六上午还有志愿者为孩子们讲故事。", from: story))
    // A lead alone is too short to tell what the story goes on about.
    #expect(
      !BulletinSplitter.shiftsTopic(
        "城西片区周四临时停水\n因供水管网检修需要，5月15日8:00至18:00，城西片区暂停供水，请沿线居民和单位提前做好储水准备。",
        from: "区人大常委会举行会议\n本报讯(记者 甲某)5月12日，区人大常委会举行会议。"))
  }

  @Test("a headline names what the text under it tells of; a line a column break cut off does not")
  func titledText() {
    #expect(BulletinSplitter.titlesText("区图书馆暑期延长开放时间", "暑期到来，不少中小学生白天到馆里避暑读书。从7月5日起，区图书馆每天闭馆时间推迟一个半小时。"))
    #expect(!BulletinSplitter.titlesText("家住滨江花园的退休教师周某每天傍晚都会", "带着孙女到江边散步。“以前这里是一片荒滩，现在走着舒心。”她说。"))
    // Too short a line to tell: a label.
    #expect(!BulletinSplitter.titlesText("专家提醒", "专家提醒，雨后出行要注意安全。"))
  }

  @Test("a short notice without lead or credit between two news items is an item of its own")
  func leadlessNoticeMidPage() {
    let page = """
      桐川日报 2025年5月13日 星期二 第2版 综合新闻

      区政府召开防汛工作会议

      本报讯(记者 甲某)5月12日，区政府召开防汛工作会议，分析今年汛期形势，部署防汛备汛各项工作。副区长乙某出席会议并讲话。

      会议指出，今年入汛以来，全区降雨量较常年偏多三成，各镇街要立即开展水库、堤防、山塘隐患排查，落实巡查值守责任，确保安全度汛。

      会议要求，要加强防汛物资储备和抢险队伍建设，完善应急预案，做好低洼地带群众转移避险准备。

      城北社区书屋开门迎客

      本报讯(记者 丙某 通讯员 丁某)5月11日，城北街道柳荫社区书屋正式开放，书屋藏书八千余册，设有儿童阅读区和自习区，每天开放十个小时。

      社区书屋由闲置的老菜场二楼改造而成，街道还组织志愿者轮流值守，为居民提供借阅、荐书等服务。

      城西片区周四临时停水

      因供水管网检修需要，5月15日8:00至18:00，城西片区暂停供水，请沿线居民和单位提前做好储水准备。

      桐川高新区签约项目12个

      本报讯(记者 戊某)5月12日，桐川高新区举行项目集中签约活动，12个项目现场签约，总投资86亿元，涉及新能源、生物医药等产业。
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["区政府召开防汛工作会议", "城北社区书屋开门迎客", "城西片区周四临时停水", "桐川高新区签约项目12个"])
    #expect(articles.count == 4 && articles[2].byline == nil)
    #expect(articles.count == 4 && articles[2].body.hasPrefix("因供水管网检修需要"))
    #expect(articles.count == 4 && !articles[1].body.contains("停水"))
  }

  @Test("the page's last item without lead or credit, its text not restating its headline, is an item of its own")
  func leadlessItemAtPageEnd() {
    let page = """
      桐川日报 2025年7月2日 星期三 第3版 民生

      老旧小区加装电梯提速

      本报讯(记者 甲某)7月1日，记者从区住建局获悉，今年以来全区已完成老旧小区加装电梯46部，另有38部正在施工，预计年底前全部投入使用。

      区住建局相关负责人介绍，今年区里简化审批流程，推行“一窗受理、并联审批”，加装电梯从申请到开工的时间缩短至两个月。

      家住和平里小区的刘阿婆说：“电梯装好了，我再也不用扶着栏杆一步一步挪了。”

      区图书馆暑期延长开放时间

      暑期到来，不少中小学生白天到馆里避暑读书。从7月5日起，区图书馆每天闭馆时间由18:00推迟至21:00，周一照常开放。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["老旧小区加装电梯提速", "区图书馆暑期延长开放时间"])
    #expect(articles.last?.byline == nil)
    #expect(articles.last?.body.hasPrefix("暑期到来") == true)
    #expect(articles.first?.body.contains("闭馆") == false)
  }

  /// (Few of the section's pairs are the story's, but `溪口镇老街` is: the section goes on with it.)
  @Test("a news item's subheading whose section goes on with the story's names and places stays in it")
  func subheadingGoingOnWithTheStory() {
    let page = """
      桐川日报 2025年6月10日 星期二 第2版 要闻

      溪口镇老街改造完工

      本报讯(记者 甲某 通讯员 乙某)6月9日，溪口镇老街改造工程完工，全长800米的青石板老街恢复了明清时期的街巷格局，沿街42栋老屋完成修缮。

      改造中，溪口镇坚持“修旧如旧”，请来老工匠指导施工，保留了老街原有的石板路、木门板和马头墙，并同步完成了雨污分流和电力线路下地。

      老字号重新开张

      溪口镇老街上的糕点铺、竹编店等8家老字号陆续重新开张，周末每天吸引游客两千多人次，带火了周边的民宿和农家乐。

      高铁桐川站改造方案公布

      本报讯(记者 丙某)6月9日，高铁桐川站改造方案向社会公布，新站房建筑面积2万平方米，计划明年开工建设。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["溪口镇老街改造完工", "高铁桐川站改造方案公布"])
    #expect(articles.first?.body.contains("老字号重新开张") == true)
  }

  /// (The section shares no pair with the feature's story: only the credit line keeps it there.)
  @Test("a feature's section under a credit line stays in the feature, though it turns to another topic")
  func featureSectionUnderCreditLine() {
    let page = """
      桐川日报 2025年6月18日 星期三 第3版 乡村振兴

      一座古村的新生

      □本报记者 甲某

      初夏时节，走进桐川区枫林村，白墙黛瓦掩映在青山绿水间，村口的古樟树下，游客们三三两两地拍照留念。

      几年前，枫林村还是一个人口不断外流的“空心村”。村里盘活闲置农房，引进文创团队，把老宅改成了民宿、书吧和手工作坊，返乡创业的年轻人越来越多。

      夜市点亮消费新场景

      每到周末傍晚，夜市准时开张，小吃摊、手作摊次第亮灯，烧烤、米糕香气四溢，不少城里人驱车前来消费打卡。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["一座古村的新生"])
    #expect(articles.first?.body.contains("夜市点亮消费新场景") == true)
  }

  @Test("a line a column break cut off a news item's paragraph mid-page is text, though it reads like a headline")
  func columnBreakLineMidPage() {
    let page = """
      桐川日报 2025年9月3日 星期三 第2版 综合新闻

      滨江步道全线贯通

      本报讯(记者 甲某)9月2日，全长12公里的滨江步道全线贯通，沿线新建观景平台6处、驿站4座，串联起滨江花园、渡口公园等7个公园。

      步道采用透水沥青铺设，沿途种植乡土树种和花卉，夜间照明全覆盖，成为市民休闲健身的好去处。

      家住滨江花园的退休教师周某每天傍晚都会

      带着孙女到江边散步。“以前这里是一片荒滩，现在修了路、装了灯，走着舒心。”她说。

      区第三届农民运动会开幕

      本报讯(记者 乙某)9月2日，区第三届农民运动会开幕，来自全区12个镇街的600余名运动员参加比赛。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["滨江步道全线贯通", "区第三届农民运动会开幕"])
    #expect(articles.first?.body.contains("每天傍晚都会带着孙女") == true)
  }
}
