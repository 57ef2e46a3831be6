import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the seventeenth blind page set's mastheads: the weather report a front page prints
/// under its date (a line of fields, a block under its label, or fields beside the date), the
/// issue's running number (`总第…期`), the paper's address among its imprint's fields (`社址：…`)
/// and a public-service advertisement signed by its issuer at the page's foot; and a story
/// about the weather, which is kept.
extension BulletinSplitterTests {
  @Test("a weather line of fields under the masthead is no part of the first article")
  func mastheadWeatherLine() {
    let page = """
      桐溪区报
      中共桐溪区委主管主办
      2026年5月6日　星期三　农历三月二十
      第1204期　今日4版

      天气：阴转小雨　15℃～22℃　西北风2级

      桐溪区召开河长制工作会议

      　　本报讯（记者 甲某某）5月5日，桐溪区召开河长制工作会议，部署全年河湖治理任务。

      　　会议要求，各级河长要加密巡河频次，确保汛期河道安全度汛。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["桐溪区召开河长制工作会议"])
    #expect(articles.first?.byline == "记者 甲某某")
    #expect(articles.first?.body.hasPrefix("5月5日") == true)
    #expect(articles.allSatisfy { !$0.body.contains("阴转小雨") })
  }

  @Test("a block of weather under its label, day by day, is masthead; so is the issue's running number")
  func mastheadWeatherBlock() {
    let page = """
      枫渡县报
      中共枫渡县委机关报
      国内统一连续出版物号：CN 00-0000
      2026年5月7日　星期四
      总第2316期　今日4版
      【天气预报】
      今天：多云转晴　16～27℃
      明天：晴　18～29℃
      空气质量　良
      县政府召开夏粮收购工作部署会
      　　5月6日，县政府召开夏粮收购工作部署会，安排布置今年夏粮收购工作。（记者 乙某某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县政府召开夏粮收购工作部署会"])
    #expect(articles.first?.body.hasPrefix("5月6日") == true)
    #expect(articles.allSatisfy { !$0.body.contains("多云转晴") && !$0.title.contains("总第") })
    #expect(BulletinSplitter.isWeatherLine("桐溪天气"))
    #expect(BulletinSplitter.isWeatherLine("明天 小到中雨 14～20℃ 东风3～4级"))
    #expect(BulletinSplitter.isRunningIssueNumber("总第2316期"))
  }

  @Test("weather beside the date on the masthead's fields line leaves it masthead")
  func mastheadFieldsWithWeather() {
    #expect(BulletinSplitter.isMastheadFieldsLine("2026年5月8日 星期五 第1206期 今日4版 天气:晴 17-28℃"))
    #expect(!BulletinSplitter.isMastheadFieldsLine("桐溪区报 天气:晴 17-28℃"))
  }

  @Test("the paper's address among its imprint's fields and a public-service advertisement at the foot are furniture")
  func footImprintAndPublicService() {
    #expect(BulletinSplitter.isImprintLine("社址：桐溪区某某路1号　邮编：000000　新闻热线：0000-0000000"))
    let page = """
      区图书馆开设周末亲子课堂

      　　本报讯 近日，区图书馆开设周末亲子课堂，每周六上午组织绘本共读。（记者 丙某某）

      社址：桐溪区某某路1号　邮编：000000
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区图书馆开设周末亲子课堂"])
    #expect(articles.first?.byline == "记者 丙某某")
    #expect(articles.allSatisfy { !$0.body.contains("社址") })
    let advertised = """
      区图书馆开设周末亲子课堂

      　　本报讯 近日，区图书馆开设周末亲子课堂，每周六上午组织绘本共读。（记者 丙某某）

      文明出行　你我同行
      桐溪区文明办宣

      印刷：某某印务中心　定价：1.00元
      """
    let items = BulletinSplitter().split(advertised)
    #expect(items.map(\.title) == ["区图书馆开设周末亲子课堂"])
    #expect(items.first?.byline == "记者 丙某某")
    #expect(items.allSatisfy { !$0.body.contains("文明出行") && !$0.body.contains("文明办宣") })
  }

  @Test("a story about the weather keeps its text, forecast lines and all")
  func weatherStoryKept() {
    let page = """
      桐溪区报
      2026年5月9日　星期六

      本周末我区将迎来降雨降温

      　　本报讯（记者 丁某某）记者从区气象台获悉，受冷空气影响，今天白天多云转小雨，气温15℃～22℃，东北风3级。
      今天　多云转小雨　15～22℃
      明天　小到中雨　13～19℃
      　　气象部门提醒，市民外出请携带雨具，注意交通安全。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["本周末我区将迎来降雨降温"])
    #expect(articles.first?.body.hasPrefix("记者从区气象台获悉") == true)
    #expect(articles.first?.body.contains("小到中雨") == true)
    #expect(articles.first?.body.contains("注意交通安全") == true)
    #expect(!BulletinSplitter.isWeatherLine("今天白天多云转小雨，气温15℃～22℃，东北风3级。"))
    #expect(!BulletinSplitter.isWeatherLine("多云转小雨"))
  }
}
