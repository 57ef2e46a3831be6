import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the eighteenth blind page set's news and front pages: a section's name on a line of
/// its own under the page's strip, over a headline whose credit line follows it directly; a
/// briefs column's label with a place or field in front (`民生简讯`, `乡镇速览`) over its first
/// brief's title; a daily's issue number beside the day's count of pages (`第3021期　今日4版`),
/// which makes no bulletin of its page; jump notes after `紧` or without `第` (`（转2版）`); a box
/// of teasers set page first without pointers (`2版　…`) or behind a dot with a circled page
/// (`·…　③`); a commentary's author right behind the marker (`■某 某`).
extension BulletinSplitterTests {
  @Test("a section's name under the page's strip, over a headline and its credit line, is no article")
  func sectionNameUnderStrip() {
    let page = """
      柘溪县报　2026年6月9日　星期二　第3版
      经济

      县农商行推出茶农春耕专项贷款
      ■本报记者 甲某某
      6月8日，县农商行推出茶农春耕专项贷款，首批向
      四个乡镇的茶农发放贷款两千余万元。
      据介绍，该贷款无需抵押，随借随还。

      县城公交新开两条夜班线路
      本报讯 6月8日起，县城公交新开两条夜班线路，
      方便市民夜间出行。（记者 乙某某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县农商行推出茶农春耕专项贷款", "县城公交新开两条夜班线路"])
    #expect(articles.first?.byline == "本报记者 甲某某")
    #expect(articles.first?.body.hasPrefix("6月8日，县农商行") == true)
  }

  @Test("a briefs column's label with a field in front, over its first brief's title, names the column only")
  func fieldBriefsLabelOverFirstTitle() {
    let page = """
      柘溪县报　2026年6月10日　星期三　第4版

      县图书馆延长夏季开放时间
      本报讯（记者 甲某某）自6月起，县图书馆每天开放时间延长至晚上九点，方便学生暑期阅读。

      文体简讯
      ●县全民健身广场舞比赛落幕
      近日，县全民健身广场舞比赛在文化广场落幕，二十支队伍参赛。（记者 乙某某）
      ●柘溪剧团送戏下乡
      6月以来，柘溪剧团深入八个乡镇演出地方戏十二场。（通讯员 丙某某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县图书馆延长夏季开放时间", "县全民健身广场舞比赛落幕", "柘溪剧团送戏下乡"])
    #expect(articles.dropFirst().first?.byline == "记者 乙某某")
    #expect(BulletinSplitter.namesColumnOnly("民生简讯"))
  }

  @Test("a daily's issue number beside the day's pages is masthead: its page is news, not a bulletin's items")
  func dailyIssueNumberBesidePageCount() {
    let page = """
      柘溪县报
      中共柘溪县委机关报
      2026年6月11日　星期四
      第3021期　今日4版
      图片新闻
      　　6月9日，柘溪县第一中学学生在校园里种下一片向日葵。
      记者 丁某某 摄

      乡镇速览
      ■白沙镇茶叶节开幕
      　　6月9日，白沙镇第三届茶叶节在万亩茶园开幕。来自周边县市的游
      客两万余人次参加采茶体验和茶艺展示活动。（记者 乙某某）
      ■石门乡建成村级养老服务站
      　　近日，石门乡五个村级养老服务站建成投用，可为三百余名老人提供
      助餐服务。（通讯员 丙某某）

      短评
      夏粮入仓要快更要稳
      　　抢收抢晒时节，各地农机手连轴转，粮站敞开收购，换来的是颗粒归
      仓的好势头。雨季将至，既要抢进度，更要防霉变，才能让丰收落袋。
      □ 戊 某
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["图片新闻", "白沙镇茶叶节开幕", "石门乡建成村级养老服务站", "夏粮入仓要快更要稳"])
    #expect(articles.last?.byline == "戊某")
    #expect(BulletinSplitter.countsDailyPages("第3021期　今日4版".replacingOccurrences(of: "　", with: " ")))
    #expect(!BulletinSplitter.countsDailyPages("第23期"))
  }

  @Test("jump notes without 第 or after 紧 are print furniture: （紧转第2版）, （转2版）")
  func jumpNoteVariants() {
    let page = """
      柘溪县报　2026年6月12日　星期五　第1版

      全县夏季防汛应急演练举行
      本报讯（记者 甲某某）6月11日，全县夏季防汛应急演练在青溪河大堤举行，
      模拟堤坝管涌、群众转移等险情处置。（紧转第2版）

      县城新增三处便民停车场
      本报讯（记者 乙某某）近日，县城新增三处便民停车场，共提供车位六百余个，
      缓解老城区停车难问题。（转2版）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["全县夏季防汛应急演练举行", "县城新增三处便民停车场"])
    #expect(articles.allSatisfy { !$0.body.contains("版") })
    #expect(BulletinSplitter.removingPageJumps("（上接第A3版）") == "")
    #expect(BulletinSplitter.removingPageJumps("（下转第二版）") == "")
    #expect(BulletinSplitter.removingPageJumps("（转载自第2版）") == "（转载自第2版）")
  }

  @Test("a box of teasers set page first without pointers (2版　…) after the lead is no article")
  func pageFirstTeasers() {
    let page = """
      柘溪县报　2026年6月12日　星期五　第1版

      全县夏季防汛应急演练举行
      本报讯（记者 甲某某）6月11日，全县夏季防汛应急演练在青溪河大堤举行，模拟堤坝管涌、群众转移等险情处置。

      本期导读
      2版　白沙镇茶园迎来采摘季
      3版　乡村医生的一天
      4版　副刊·青溪岸

      县城新增三处便民停车场
      本报讯（记者 乙某某）近日，县城新增三处便民停车场，共提供车位六百余个。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["全县夏季防汛应急演练举行", "县城新增三处便民停车场"])
    #expect(articles.allSatisfy { !$0.body.contains("版") })
    #expect(BulletinSplitter.isPageFirstTeaser("A3版 乡村医生的一天"))
    #expect(!BulletinSplitter.isPageFirstTeaser("3版 乡村医生一天要走二十里山路，看十多位病人。"))
  }

  @Test("teasers behind a dot with a circled page, and a commentary's author right behind the marker")
  func circledPageTeasersAndMarkedAuthor() {
    let page = """
      柘溪县报　2026年6月12日　星期五　第1版

      今日导读
      ·白沙镇茶园迎来采摘季　②
      ·乡村医生的一天　③

      全县夏季防汛应急演练举行
      本报讯（记者 甲某某）6月11日，全县夏季防汛应急演练在青溪河大堤举行。

      时　评
      夏粮入仓要快更要稳
      ■戊 某
      　　抢收抢晒时节，各地农机手连轴转，粮站敞开收购，换来的是颗粒归仓的好势头。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["全县夏季防汛应急演练举行", "夏粮入仓要快更要稳"])
    #expect(articles.last?.body.hasPrefix("抢收抢晒时节") == true)
    #expect(BulletinSplitter.isMarkedAuthorLine("■戊 某"))
    #expect(!BulletinSplitter.isMarkedAuthorLine("■简讯"))
    #expect(!BulletinSplitter.isCircledPageTeaser("乡村振兴看变化②"))
  }
}
