import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the eleventh blind page set: mastheads and feet of fields in any order, staff lines
/// without colons, a programme's header, teasers behind pointers, prompts to scan a code, a
/// notice's contact person.
extension BulletinSplitterTests {
  @Test("a masthead's fields may give the paper's and the section's names among the date and the page")
  func mastheadFieldsWithNames() {
    #expect(BulletinSplitter.isMastheadFieldsLine("某城晚报 2024.03.07 星期四 B02 文体"))
    #expect(BulletinSplitter.isMastheadFieldsLine("某报 2024年3月7日 星期四 5"))
    #expect(BulletinSplitter.isMastheadFieldsLine("2024年3月7日 星期四 第3版"))
    // One dating field with names is a headline's words, not a masthead.
    #expect(!BulletinSplitter.isMastheadFieldsLine("区委 第5版"))
    #expect(!BulletinSplitter.isMastheadFieldsLine("某镇 召开 大会 3"))
    #expect(BulletinSplitter.isDottedDate("2024.03.07"))
    #expect(!BulletinSplitter.isDottedDate("2024.13.07"))
    #expect(!BulletinSplitter.isDottedDate("1.2.3"))
    #expect(BulletinSplitter.isPermitNumber("内部准印证号：某（2024）字第5号"))
    #expect(!BulletinSplitter.isPermitNumber("编号：一二三"))
    #expect(BulletinSplitter.isRunningFieldsLine("某城晚报 2024年3月7日 星期四 6"))
    #expect(!BulletinSplitter.isRunningFieldsLine("2024年3月7日 星期四"))
    let page = """
      某城晚报　2024.03.07　星期四　B02　文体
      内部准印证号：某（2024）字第5号　某城传媒集团主办
      某区体育馆完成改造
      本报讯（记者 甲某）3月6日，某区体育馆完成改造，即日起向市民开放。
      某城晚报　2024年3月7日　星期四　2
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区体育馆完成改造"])
    #expect(articles.first?.body == "3月6日，某区体育馆完成改造，即日起向市民开放。")
  }

  @Test("a page's number and its section's name, in either order, head or close the page")
  func sectionAndPageNumber() {
    #expect(BulletinSplitter.isSectionPageLine("04 民生"))
    #expect(BulletinSplitter.isSectionPageLine("综合新闻 3"))
    #expect(!BulletinSplitter.isSectionPageLine("3 某镇召开春耕生产动员大会"))
    #expect(BulletinSplitter.isSectionPageLine("第3版 综合新闻"))
    #expect(BulletinSplitter.isSectionPageLine("民生 B4"))
    for header in ["04　民生", "民生　4"] {
      let page = """
        \(header)
        某镇启动春耕
        本报讯（记者 乙某）3月5日，某镇启动春耕生产。
        """
      #expect(BulletinSplitter().split(page).map(\.title) == ["某镇启动春耕"])
    }
  }

  @Test("staff credits without colons name their roles in any order, and a page's foot its page as 第N版")
  func staffWithoutColons() {
    #expect(BulletinSplitter.isStaffCredit("主编 甲某 责编 乙某某 校对 丙 丁"))
    #expect(BulletinSplitter.isStaffCredit("美编 甲某"))
    // A caption's name under one role is not the page's staff.
    #expect(!BulletinSplitter.isStaffCredit("主播 甲某"))
    #expect(!BulletinSplitter.isStaffCredit("主编 审核 甲某"))
    #expect(BulletinSplitter.isPageFoot("某城日报 第6版 责任编辑：甲 某 版面设计：乙某"))
  }

  @Test("a programme's header of labelled fields with the date, its music cues and its presenter are none")
  func programmeHeader() {
    #expect(BulletinSplitter.isLabelledFieldsLine("播出时间：2024年3月7日 频道：新闻综合 编辑：甲某"))
    #expect(!BulletinSplitter.isLabelledFieldsLine("地点：某镇 时间：上午 人数：十人"))
    // A web item's publishing line is the item's.
    #expect(!BulletinSplitter.isLabelledFieldsLine("发布时间：2024-03-07 10:00 来源：某局 浏览次数：12"))
    #expect(!BulletinSplitter.isLabelledFieldsLine("时间：2024年3月7日，地点：某镇，人数：十人"))
    #expect(BulletinSplitter.isProductionCue("【主题曲】"))
    let page = """
      某县广播电台《某县新闻》
      播出时间：2024年3月7日 18:00　频率：FM90.1　编辑：甲某

      【开始曲】
      主持人：各位听众，晚上好！

      某县新建三座桥梁

      本台消息：3月6日，某县三座农村桥梁建成通车。
      （记者 乙某 报道）

      主持人：以上就是今天的主要内容，感谢您的收听。
      【结束曲】
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县新建三座桥梁"])
    #expect(articles.first?.byline == "记者 乙某")
  }

  @Test("teasers behind a pointer, a prompt to scan a code and an advertisement in phrases are no text")
  func teasersScanPromptsAndAdvertisement() {
    #expect(BulletinSplitter.isPointedTeaser("▶B03 某区新建两所学校"))
    #expect(BulletinSplitter.isPointedTeaser("►5版 某镇完成河道清淤"))
    #expect(!BulletinSplitter.isPointedTeaser("▶某区新建两所学校"))
    #expect(BulletinSplitter.isScanPrompt("扫码看视频"))
    #expect(!BulletinSplitter.isScanPrompt("扫码办理业务的市民越来越多，窗口前排队的人少了。"))
    let page = """
      今日导读
      ▶B03　某区新建两所学校
      ▶B05　某镇完成河道清淤

      某区举办春季招聘会

      本报讯（记者 丙某）3月6日，某区举办春季招聘会，提供岗位两千个。

      扫码看视频

      某园区厂房出租
      单层、多层厂房　可分割
      价格优惠　拎包入驻
      招商热线：0000-1234567
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区举办春季招聘会"])
    #expect(articles.first?.body == "3月6日，某区举办春季招聘会，提供岗位两千个。")
  }

  @Test("a notice's line naming its contact person is its text")
  func noticeContactPerson() {
    #expect(!BulletinSplitter.isContactLine("联系人：甲工 联系电话：0000-1234567"))
    #expect(BulletinSplitter.isContactLine("某县委办公室信息科 联系电话：1234 5678"))
  }

  @Test("a headline after a jump note starts an article, though the line over the note breaks off")
  func headlineAfterJumpNote() {
    let page = """
      某区新建污水管网

      本报讯（记者 甲某）3月5日，某区新建污水管网十公里。管网建成后，将收集沿线

      十个小区的生活污水，区里成立工作专班，把审批、施工、验收等环节由“串联”

      改为“并联”，

      （下转A02版）

      某区政务大厅延时服务

      ——午间和周末均可办理

      本报讯（记者 乙某）从本月起，某区政务大厅推行延时服务，方便群众办事。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区新建污水管网", "某区政务大厅延时服务 ——午间和周末均可办理"])
    #expect(articles.first?.body.hasSuffix("改为“并联”，") == true)
  }

  @Test("a short title over lines of phrases (a weather box) heads a box of its own")
  func phraseBox() {
    let page = """
      某区召开春耕会议
      本报讯（记者 甲某）3月5日，某区召开春耕生产会议。

      【某区天气】
      今天　晴　南风2级　8℃～15℃
      明天　多云　南风3级　9℃～16℃
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区召开春耕会议", "【某区天气】"])
    #expect(articles.first?.body == "3月5日，某区召开春耕生产会议。")
    // A table with the article's text after it is the article's.
    let table = """
      某区召开春耕会议

      本报讯（记者 甲某）3月5日，某区召开春耕生产会议。

      主要指标
      指标 数量 增长
      小麦 1.2万亩 3%
      油菜 0.4万亩 2%

      区农业农村局表示，将抓好春耕生产。
      """
    #expect(BulletinSplitter().split(table).map(\.title) == ["某区召开春耕会议"])
  }

  @Test("a briefs label over bracketed titles whose text breaks off after a quoted term heads each brief")
  func bracketedBriefsUnderLabel() {
    #expect(BulletinSplitter.endsWithQuotedTerm("推出“惠农贷”"))
    #expect(!BulletinSplitter.endsWithQuotedTerm("他说：“好。”"))
    let page = """
      某县召开农业工作会议
      　　本报讯（记者 甲某）3月5日，某县召开农业工作会议。
      短　讯
      【某县信用社“惠农贷”投放突破十亿元】
      　　今年以来，县信用社推出“惠农贷”“茶农贷”
      等特色产品，截至2月末累计投放贷款十亿元，支
      持农户三千余户。（乙某某）
      【某乡建成共富工坊】
      　　某乡利用闲置校舍改建共富工坊，吸纳周边
      留守妇女就近就业，人均月增收一千余元。（丙
      某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县召开农业工作会议", "某县信用社“惠农贷”投放突破十亿元", "某乡建成共富工坊"])
    #expect(articles.map(\.byline) == ["记者 甲某", "乙某某", "丙某"])
  }

  @Test("text may open with a part of the month, and a headline over it after a commentary starts an article")
  func partOfMonthAfterCommentary() {
    #expect(BulletinSplitter.opensWithDate("3月上旬，某局开展检查"))
    #expect(BulletinSplitter.opensWithDate("11月底，某镇完成"))
    #expect(!BulletinSplitter.opensWithDate("3月上旬的检查发现"))
    let page = """
      某区开展河道清淤

      本报讯（记者 甲某）3月5日，某区开展河道清淤。

      清淤之后更要管好

      ■本报评论员

      清淤只是第一步，管好河道才是长久之计。

      某区公布首批节水单位

      日前，某区公布首批节水单位名单，共十二家。（记者 甲某）

      某区完成春季燃气安全检查

      3月上旬，某区住建局对全区燃气企业开展安全检查，发现问题九处，均已整改。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区开展河道清淤", "清淤之后更要管好", "某区公布首批节水单位", "某区完成春季燃气安全检查"])
    #expect(articles.map(\.byline) == ["记者 甲某", "本报评论员", "记者 甲某", nil])
  }

  @Test("a headline without a lead stands over a line of text as wide as the page's, which runs on")
  func headlineOverLineAtWrapWidth() {
    let page = """
      某区新建公园开放
      本报讯（记者 甲某）3月5日，某区新建的滨河公园正式开放，公园面积约二十公顷，设有步道
      和儿童游乐区，补植乡土树种三千余株，并对原有的雨水管网进行改造，新建下沉式绿地两处
      和植草沟一条，提升雨水的自然积存能力。
      某区开展义诊活动
      本报讯（记者 乙某）3月4日，某区卫健局组织医疗专家走进社区开展义诊，为居民测量血压
      血糖，讲解常见病预防知识，发放健康手册五百余册，受到居民欢迎，活动还将持续到月底。
      市民中心“暖心驿站”开门
      寒潮来袭，市民中心一楼的“暖心驿站”从本周起延长开放时间，每天七时至二十一时为户外
      劳动者免费提供热水、充电、休息等服务，驿站已累计服务群众一千余人次。（记者 丙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区新建公园开放", "某区开展义诊活动", "市民中心“暖心驿站”开门"])
    #expect(articles.last?.byline == "记者 丙某")
  }

  @Test("a commentary's author behind a marker under its labelled headline in a block is its byline")
  func markedAuthorInBlock() {
    let page = """
      某区推行拿地即开工
      □本报记者 甲某
      　　今年以来，某区推行拿地即开工，已有十个项目受益。

      短评
      提速更要提质
      ■ 乙某某
      　　拿地即开工跑出了加速度，值得点赞。
      　　改革不能止于快，还要落到好。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区推行拿地即开工", "提速更要提质"])
    #expect(articles.last?.byline == "■ 乙某某")
  }

  @Test("a reporter's note labelled in one block with its headline is a piece of its own, and no credit")
  func reportersNoteUnderLabel() {
    #expect(!BulletinSplitter.isCreditLine("记者手记"))
    #expect(BulletinSplitter.isCreditLine("记者 甲某"))
    let page = """
      一块田里的新账本
      □本报记者 甲某

      　　初冬时节，某村的稻田连成一片。

      记者手记
      让农民唱主角

      　　采访中，记者注意到，村里的方案改了七次。

      某区农田建设任务完成

      　　日前，某区高标准农田建设项目通过验收。（通讯员 乙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["一块田里的新账本", "记者手记 让农民唱主角", "某区农田建设任务完成"])
    #expect(articles.map(\.byline) == ["本报记者 甲某", nil, "通讯员 乙某"])
  }

  @Test("a subheading stands over a paragraph that opens with a number, and an indented line is no headline")
  func subheadingOverNumberAndIndentedLine() {
    #expect(BulletinSplitter.isSubheading("老把式学上新技术", over: "52岁的种粮大户今年承包了村里的680亩地，收成不错。"))
    #expect(!BulletinSplitter.isSubheading("在全县", over: "52岁的种粮大户今年承包了村里的680亩地，收成不错。"))
    // A heading may open with a word whose first character is a function word.
    let text = "县里统筹调度用地、用能、资金等要素，今年已为重点项目落实建设用地1200亩。"
    #expect(BulletinSplitter.isSubheading("要素保障更加有力", over: text))
    #expect(BulletinSplitter.isSubheading("对外开放迈出新步伐", over: text))
    #expect(!BulletinSplitter.isSubheading("要加快推进产业转型", over: text))
    let page = """
      某村土地整理见闻
      □本报记者 甲某

      　　初冬时节，站在某村的田埂上望去，收割
      后的稻田连成一片，一台拖拉机正在翻耕土
      地。

      老把式学上新技术

      　　五十二岁的种粮大户某某今年承包了村里
      六百多亩地，他打开手机上的一款管理软件，
      田块的墒情一目了然。

      　　区农业农村局在村里设立了农技服务站，
      每月安排技术人员上门指导，今年水稻平均
      亩产明显提高。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    let paragraphs = articles.first?.body.split(separator: "\n").map(String.init) ?? []
    #expect(paragraphs.contains("五十二岁的种粮大户某某今年承包了村里六百多亩地，他打开手机上的一款管理软件，田块的墒情一目了然。"))
  }

  @Test("over a block's credit line, a kicker stands over a headline of three lines and is no title's")
  func kickerOverThreeLinesInBlock() {
    let page = """
      守护一湖清水
      某湖十年禁渔
      交出修复成绩单
      鱼类资源逐步恢复　水质持续向好
      ■记者 甲某　通讯员 乙　丙
      　　3月5日，记者从市农业农村局获悉，某湖禁渔以来，
      水生生物资源恢复明显。

      某区化工企业搬迁收官
      　　本报讯（记者 丁某）日前，某区最后一家化工企业搬迁入园。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某湖十年禁渔 交出修复成绩单 鱼类资源逐步恢复 水质持续向好", "某区化工企业搬迁收官"])
    #expect(articles.first?.byline == "记者 甲某 通讯员 乙 丙")
  }

  @Test("a headline wrapped over a block of its own two lines stands whole, though its first line ends with a quote")
  func wrappedHeadlineBlock() {
    let page = """
      某区获批省级产业集群

      本报讯（记者 甲某）近日，某区获批省级产业集群。

      园区首个“零碳工厂”
      通过认证

      日前，园区一家企业获得“零碳工厂”认证证书。（记者 甲某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区获批省级产业集群", "园区首个“零碳工厂” 通过认证"])
    #expect(articles.first?.body == "近日，某区获批省级产业集群。")
  }

  @Test("a column of marked briefs in one block of a block page is cut into its briefs, each credited at its end")
  func briefColumnInBlock() {
    let page = """
      某县启动零碳村试点
      ■融媒记者 甲某
      　　3月5日，某县召开零碳村试点建设推进会，首批五个村启动建设。

      简　讯
      ●某县举办春季招聘会
      　　3月4日，某县举办春季招聘会，六十家企业提供岗位一千余个。（乙某某）
      ●某镇加装电梯十部
      　　今年以来，某镇完成加装电梯十部，惠及居民四百余户。（丙　某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县启动零碳村试点", "某县举办春季招聘会", "某镇加装电梯十部"])
    #expect(articles.map(\.byline) == ["融媒记者 甲某", "乙某某", "丙某"])
  }

  @Test("a company paper's briefs titled by their first sentence behind a mark are cut into title and text")
  func sentenceTitledBriefs() {
    #expect(BulletinSplitter.sentenceTitledBrief("●某电站开展消防演练。12月18", over: "日，电站组织开展演练。")?.title == "某电站开展消防演练")
    #expect(BulletinSplitter.sentenceTitledBrief("●全年完成投资十二亿元。同比增长一成。", over: "") == nil)
    #expect(BulletinSplitter.sentenceTitledBrief("某电站开展消防演练。12月18日，电站组织开展演练。", over: "") == nil)
    let page = """
      集团召开安全生产总结会
      □文/图　安全环保部　甲　某
      　　12月26日，集团召开安全生产工作总结会，部署明年任务。

      基层传真
      　　●某电站开展冬季消防演练。12月18
      日，电站组织开展冬季消防应急演练。（乙
      　某）
      　　●某事业部与高校共建实验室。12月
      22日，某事业部与某大学签署合作协议。（丙某某）
      """
    #expect(BulletinSplitter.isCreditLine("□文/图 安全环保部 甲 某"))
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["集团召开安全生产总结会", "某电站开展冬季消防演练", "某事业部与高校共建实验室"])
    #expect(articles.map(\.byline) == ["文/图 安全环保部 甲 某", "乙某", "丙某某"])
    #expect(articles.dropFirst().first?.body == "12月18日，电站组织开展冬季消防应急演练。")
  }

  @Test("an item may close with a group's or an association's name in brackets, its credit")
  func groupCredit() {
    #expect(BulletinSplitter.isCreditedOffice("某市公交集团"))
    #expect(BulletinSplitter.isCreditedOffice("某县个体劳动者协会"))
    #expect(BulletinSplitter.trailingCredit("3月10日起，两条公交线路调整走向。（某市公交集团）")?.credit == "某市公交集团")
  }

  @Test("a presenter's greeting and farewell behind a speaker's label are no text")
  func speakerLabelledPatter() {
    #expect(BulletinSplitter.isBroadcastPatter("男：各位听众，中午好！"))
    #expect(BulletinSplitter.isBroadcastPatter("女：欢迎收听《某县新闻》。"))
    #expect(BulletinSplitter.isBroadcastPatter("女：明天同一时间再会。"))
    #expect(BulletinSplitter.isBroadcastPatter("今日天气：多云转晴，南风2级。"))
    #expect(!BulletinSplitter.isBroadcastPatter("会议指出：各地要抓好春耕生产。"))
    let page = """
      某县广播电台《某县新闻》
      播出时间：2024年3月7日（星期四）12:00　编辑：甲某　审核：乙某

      男：各位听众，中午好！
      女：欢迎收听《某县新闻》。

      县委召开常委会会议

      本台消息：3月6日，县委召开常委会会议，研究部署春耕生产工作。
      （记者 丙某 报道）

      男：以上就是今天节目的主要内容，感谢您的收听。
      女：明天同一时间再会。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县委召开常委会会议"])
    #expect(articles.first?.body == "本台消息：3月6日，县委召开常委会会议，研究部署春耕生产工作。")
  }

  @Test("a subscription notice over its hotline at the page's foot is no text")
  func footSubscriptionNotice() {
    let page = """
      某县召开春耕会议
      本报讯（记者 甲某）3月5日，某县召开春耕生产会议，部署春耕备耕工作。
      某镇完成河道清淤
      本报讯（记者 乙某）3月4日，某镇完成河道清淤十公里。
      欢迎订阅2026年《某县报》
      全年订价240元
      订阅热线：0000-1234567
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县召开春耕会议", "某镇完成河道清淤"])
    #expect(articles.last?.body == "3月4日，某镇完成河道清淤十公里。")
  }

  @Test("further down a print page, a kicker over a wrapped headline and its subtitle is no title's nor text")
  func kickerOverThreeLinesMidPage() {
    let page = """
      某县召开春耕会议
      　　本报讯（记者 甲某）3月5日，某县召开春耕生产会议，部署春耕备耕工作。
      守护一江清水
      某河十年禁渔
      交出修复成绩单
      鱼类资源逐步恢复　水质持续向好
      ■记者 乙某　通讯员 丙　丁
      　　3月5日，记者从县农业农村局获悉，某河禁渔以来，水生生物资源恢复明显。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县召开春耕会议", "某河十年禁渔 交出修复成绩单 鱼类资源逐步恢复 水质持续向好"])
    #expect(articles.first?.body == "3月5日，某县召开春耕生产会议，部署春耕备耕工作。")
  }
}
