import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

@Suite("BulletinSplitter")
struct BulletinSplitterTests {
  let splitter = BulletinSplitter()

  /// A print-daily page written for this test: three headlined articles with `本报讯(记者 …)`
  /// leads, a blank line after every paragraph, and print breaks in the middle of words.
  static let paragraphPage = """


    城东新区召开产业推进会

    本报讯(记者 王某)昨天上午,城东新区召开产业推进会,部署下半年重点工作。

    会议指出,要紧盯新能

    源汽车和智能装备两条主线,加快项目落地。

    会议要求,各部门要压实责任,确保各项任务按期完成。

    滨河街道推进老旧小区改造

    本报讯（记者 李某 通讯员 赵某）今年以来,滨河街道累计完成改造小区十二个。

    街道负责人介绍,改造内容包括管网更新、加装电梯和停车位扩容,惠及居民三千余

    户。

    下一步,街道将继续听取居民意见。

    乡村振兴人才培训班开班

    本报讯(记者 王某)前天,全区乡村振兴人才培训班正式开班,学员来自各镇村。

    培训为期五天,内容涵盖数字农业、电商营销等课程。

    """

  /// A print page laid out differently (written for this test): a page-number line, a
  /// headline wrapped over two lines, a `——` subtitle, body lines that run on without blank
  /// lines and break mid-word, and a column of briefs under a `■` heading.
  static let printLayoutPage = """
    第3版 要闻

    城西区召开河湖保护
    工作推进会

    本报讯(记者 周某)6月2日,城西区召开河湖保护工作推进会,部署大气污染防治和河湖治
    理重点任务。会议要求,落实长江十年禁渔各项措施。
    会议强调,要压实河长责任。

    储能产业园一期投产
    ——年产储能电池五万套

    本报讯(通讯员 吴某 记者 郑某)昨天,位于高新区的储能产业园一期项目正式投产,配
    套的充电桩项目同步开工。

    ■短讯

    区政务服务中心推出企业开办新举措,开办时间压缩至一个工作日。

    """

  @Test("wrapped headlines, subtitles, run-on lines and a briefs column") func printLayout() throws {
    let articles = splitter.split(Self.printLayoutPage)
    try #require(articles.count == 3)
    #expect(articles.map(\.title) == ["城西区召开河湖保护 工作推进会", "储能产业园一期投产 ——年产储能电池五万套", "短讯"])
    #expect(articles.map(\.byline) == ["记者 周某", "通讯员 吴某 记者 郑某", nil])
    #expect(articles.map(\.line) == [3, 10, 16])
    #expect(
      articles[0].body.split(separator: "\n").map(String.init) == [
        "6月2日,城西区召开河湖保护工作推进会,部署大气污染防治和河湖治理重点任务。会议要求,落实长江十年禁渔各项措施。",
        "会议强调,要压实河长责任。",
      ])
    #expect(articles[1].body == "昨天,位于高新区的储能产业园一期项目正式投产,配套的充电桩项目同步开工。")
    #expect(articles[2].body == "区政务服务中心推出企业开办新举措,开办时间压缩至一个工作日。")
  }

  @Test("dateline leads, with or without a space before the credit") func datelineLeads() throws {
    let page = """
      2025年6月4日 星期三

      全国储能装机稳步增长

      本报北京6月3日电  （记者 冯某）记者从有关部门获悉，新型储能装机规模持续扩大。

      专家表示，产业链优势持续巩固。

      湖泊生态持续向好

      新华社南昌6月3日电（记者 陈某）湖区水质连续三年改善。

      """
    let articles = splitter.split(page)
    try #require(articles.count == 2)
    #expect(articles.map(\.title) == ["全国储能装机稳步增长", "湖泊生态持续向好"])
    #expect(articles.map(\.byline) == ["记者 冯某", "记者 陈某"])
    #expect(articles[0].body.hasPrefix("记者从有关部门获悉"))
    #expect(articles[1].body == "湖区水质连续三年改善。")
  }

  @Test("a credit line of its own between headline and body", arguments: [false, true])
  func creditLines(blankLines: Bool) throws {
    let lines = [
      "2023年10月14日 星期六", "城南片区更新项目开工", "记者 马某 通讯员 陈某", "昨天,城南片区城市更新项目正式开工,计划三年内完成改造。",
      "项目负责人介绍,改造将同步推进雨污分流和绿化提升。", "全区召开安全生产会议", "本报记者石某",
      "昨天,全区召开安全生产工作会议,部署冬季安全生产工作。",
    ]
    let articles = splitter.split(lines.joined(separator: blankLines ? "\n\n" : "\n"))
    try #require(articles.count == 2)
    #expect(articles.map(\.title) == ["城南片区更新项目开工", "全区召开安全生产会议"])
    #expect(articles.map(\.byline) == ["记者 马某 通讯员 陈某", "本报记者石某"])
    #expect(articles[0].body.hasPrefix("昨天,城南片区"))
    #expect(articles[1].body == "昨天,全区召开安全生产工作会议,部署冬季安全生产工作。")

    // Credits over two lines make one byline.
    let twoLines = ["城南片区更新项目开工", "记者 马某", "通讯员 陈某", "昨天,城南片区城市更新项目正式开工。"]
    let one = try #require(splitter.split(twoLines.joined(separator: blankLines ? "\n\n" : "\n")).first)
    #expect(one.byline == "记者 马某 通讯员 陈某")
    #expect(one.body == "昨天,城南片区城市更新项目正式开工。")
  }

  @Test("headlines that ask or exclaim, and a credit without brackets") func askingHeadlines() throws {
    let page = """
      老旧小区如何焕新？

      本报讯 记者 孙某 李某 昨天,记者走访了城东多个老旧小区,看到加装电梯工程正在推进。

      居民表示,出行方便多了。

      这个冬天，供暖有保障！

      本报讯(记者 钱某)入冬以来,全区供热企业提前调试设备。

      """
    let articles = splitter.split(page)
    try #require(articles.count == 2)
    #expect(articles.map(\.title) == ["老旧小区如何焕新？", "这个冬天，供暖有保障！"])
    #expect(articles.map(\.byline) == ["记者 孙某 李某", "记者 钱某"])
    #expect(articles[0].body.hasPrefix("昨天,记者走访了"))
  }

  @Test("print jump notes are not text") func pageJumps() {
    #expect(BulletinSplitter.removingPageJumps("项目现场签约。(下转第2版)") == "项目现场签约。")
    #expect(BulletinSplitter.removingPageJumps("（上接第1版）会议要求,落实责任。") == "会议要求,落实责任。")
    #expect(BulletinSplitter.removingPageJumps("详见(第3版)") == "详见(第3版)")
    #expect(BulletinSplitter.removingPageJumps("版面设计(转第二版)说明") == "版面设计说明")
    #expect(BulletinSplitter.removingPageJumps("(下转第版)") == "(下转第版)")
  }

  @Test("page staff credits close an article and are not its text") func staffCredits() throws {
    let page = """
      区政府召开生态环境保护工作会议

      本报讯（记者 林晓）4月1日，区政府召开生态环境保护工作会议，部署污染

      防治重点任务。

      （编辑：宋知远）

      光伏产业园首批项目投产

      本报讯（记者 陈默）昨天，光伏产业园首批项目正式投产。

      责任编辑：周敏  校对：许安 韩青
      版式设计：刘一

      """
    let articles = splitter.split(page)
    try #require(articles.count == 2)
    #expect(articles[0].body == "4月1日，区政府召开生态环境保护工作会议，部署污染防治重点任务。")
    #expect(articles[1].body == "昨天，光伏产业园首批项目正式投产。")
  }

  /// The same page in four layouts: a commentary under a `短评` label, without a lead, between
  /// two news items.
  static let labelledCommentaryPages: [String] = {
    let meeting = ("区委召开常委会会议", "昨天，区委召开常委会会议，研究部署改革工作。")
    let commentary = ("让改革成果惠及更多群众", "改革只有进行时，没有完成时。推进改革，既要敢啃硬骨头。")
    let plant = ("光伏电站并网发电", "青澜区首座渔光互补光伏电站昨天并网发电。")
    func paragraphs(_ lines: [String]) -> String { lines.joined(separator: "\n\n") + "\n" }
    func blocks(_ blocks: [[String]]) -> String {
      blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }
    return [
      // Print page with leads, blank line after every paragraph.
      paragraphs([
        meeting.0, "本报讯（记者 林晓）" + meeting.1, "短评", commentary.0, commentary.1, plant.0, "本报讯（记者 陈默）" + plant.1,
      ]),
      // Print page without leads.
      paragraphs([meeting.0, meeting.1, "短评", commentary.0, commentary.1, plant.0, plant.1]),
      // Block page, the label and headline in blocks of their own.
      blocks([[meeting.0, meeting.1], ["【短评】"], [commentary.0], [commentary.1, "改革要久久为功。"], [plant.0, plant.1]]),
      // Block page, the label heading the commentary's block.
      blocks([[meeting.0, meeting.1], ["短评", commentary.0, commentary.1], [plant.0, plant.1]]),
    ]
  }()

  @Test("a column label over a leadless commentary opens an article", arguments: labelledCommentaryPages.indices)
  func columnLabel(layout: Int) throws {
    let articles = splitter.split(Self.labelledCommentaryPages[layout])
    try #require(articles.count == 3, "\(articles.map(\.title))")
    #expect(articles[0].body == "昨天，区委召开常委会会议，研究部署改革工作。")
    #expect(articles[1].title == "让改革成果惠及更多群众")
    #expect(articles[1].body.hasPrefix("改革只有进行时，没有完成时。推进改革，既要敢啃硬骨头。"))
    #expect(articles[2].title == "光伏电站并网发电")
  }

  @Test("what a column label is") func columnLabelShape() {
    for line in ["短评", "【短评】", "■简讯", "编者按", "本报评论员"] { #expect(BulletinSplitter.isColumnLabel(line), "\(line)") }
    for line in ["短评员", "评论区", "短评：改革要久久为功", "让改革成果惠及更多群众"] {
      #expect(!BulletinSplitter.isColumnLabel(line), "\(line)")
    }
  }

  @Test("what an editor's note is") func editorsNoteShape() {
    for line in ["编者按：本报即日起开设专栏。", "编者按:敬请关注。", "【编者按】本报即日起开设专栏。"] {
      #expect(BulletinSplitter.isEditorsNote(line), "\(line)")
    }
    for line in ["编者按语的写法", "按：现将有关情况摘报如下。", "编者按"] { #expect(!BulletinSplitter.isEditorsNote(line), "\(line)") }
  }

  @Test("an editor's note over a series headline opens that article, not the one before")
  func editorsNoteOverHeadline() throws {
    let page = """
      区政府召开常务会议

      本报讯（记者 周航）昨天，区政府召开常务会议。

      【奋进新征程】

      编者按：本报即日起开设专栏，敬请关注。

      老字号焕发新活力

      本报记者 袁浩

      走进百年老字号的生产车间，灌装线正在运转。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 2, "\(articles.map(\.title))")
    #expect(articles[0].body == "昨天，区政府召开常务会议。")
    #expect(articles[1].title == "【奋进新征程】 老字号焕发新活力")
    #expect(articles[1].byline == "本报记者 袁浩")
    #expect(articles[1].body == "编者按：本报即日起开设专栏，敬请关注。\n走进百年老字号的生产车间，灌装线正在运转。")
  }

  @Test("a feature's last subheading, over the section its credit closes, opens no article")
  func featureCreditedAtItsEnd() throws {
    let page = """
      村里来了新农人

      盛夏时节，走进石桥村，一排排大棚整齐排列。

      返乡创业 种出金果果

      前年春天，孙某回到家乡创业，建起了温室大棚。

      政策护航 留住青春力量

      近日，镇里出台支持青年返乡创业的措施。

      （融媒记者 江帆）

      长岗街道举办丰收节活动

      本报讯（通讯员 顾盼）6月12日，长岗街道举办丰收节活动。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 2, "\(articles.map(\.title))")
    #expect(articles[0].byline == "融媒记者 江帆")
    #expect(articles[0].body.hasSuffix("近日，镇里出台支持青年返乡创业的措施。"))
    #expect(articles[1].title == "长岗街道举办丰收节活动")
  }

  @Test("a headline with a subtitle after a feature opens an article without a lead")
  func subtitledHeadlineAfterFeature() throws {
    let page = """
      稳就业惠民生

      本报记者 杜若

      今年以来，我区多措并举稳就业。

      灵活就业人员如何参加社保？

      ——权威解答来了

      问：灵活就业人员可以参加哪些社会保险？

      答：可以参加职工基本养老保险。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 2, "\(articles.map(\.title))")
    #expect(articles[0].body == "今年以来，我区多措并举稳就业。")
    #expect(articles[1].title == "灵活就业人员如何参加社保？ ——权威解答来了")
    #expect(articles[1].body.hasPrefix("问："))
  }

  @Test("a poem under its author's name, and a story under a 文/ credit, are articles of their own")
  func poemAndStoryOnSupplementPage() throws {
    let page = """
      外婆的蒲扇

      □林小满

      小时候的夏天，总是和外婆的蒲扇连在一起。

      夏夜（外一首）

      宋一舟

      萤火虫提着灯笼
      在稻田的边缘巡逻
      蛙声一阵紧过一阵

      稻田

      风从南边来
      稻子就向北弯一弯腰
      这是它们

      等车

      文/陈默

      老站台只剩下一盏路灯。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 3, "\(articles.map(\.title))")
    #expect(articles[1].title == "夏夜（外一首）")
    #expect(articles[1].byline == "宋一舟")
    #expect(articles[1].body.contains("稻田"))
    #expect(articles[2].title == "等车")
    #expect(articles[2].byline == "陈默")
  }

  @Test("a reader's letter is signed by its writer") func readersLetterSignature() throws {
    for line in ["读者 王某某", "（读者 刘某）", "(读者 刘某)"] {
      #expect(BulletinSplitter.readersSignature(line) != nil, "\(line)")
    }
    for line in ["读者来信", "读者朋友们", "读者 王某说，路灯修好了。"] {
      #expect(BulletinSplitter.readersSignature(line) == nil, "\(line)")
    }
    let page = """
      区政府召开常务会议

      本报讯（记者 周航）昨天，区政府召开常务会议。

      小区门口的路灯何时能修好？

      编辑同志：

      小区东门外的路灯坏了快一个月了，希望有关部门尽快修一修。

      读者 王某某

      更正

      本报7月14日第2版一文中数字有误，特此更正。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 3, "\(articles.map(\.title))")
    #expect(articles[1].byline == "读者 王某某")
    #expect(articles[1].body == "编辑同志：\n小区东门外的路灯坏了快一个月了，希望有关部门尽快修一修。")
    #expect(articles[2].title == "更正")
  }

  @Test(
    "a digest column: an editor's note over numbered items, each an article; its source note and a filler are no text")
  func digestColumn() throws {
    let page = """
      岸线生态修复工程全面完工

      本报讯（记者 万里）9月13日，岸线生态修复工程全面完工。

      【长江大保护简报摘登】

      编者按：本版不定期摘登《工作简报》相关内容，敬请关注。

      （一）青石县建立化工企业动态监管机制

      青石县对沿江化工企业逐一建立环境监管档案。（青石县长江办）

      （二）霁川县实施入江支流水质考核

      霁川县将入江支流断面水质纳入乡镇综合考核。（霁川县长江办）

      ——摘自《工作简报》2025年第12期

      临川市公布美丽河湖名单

      本报讯（记者 丁宁）近日，市河长办公布美丽河湖名单。

      〖环保小贴士〗废旧电池请投放至有害垃圾收集容器。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 4, "\(articles.map(\.title))")
    #expect(articles[0].body == "9月13日，岸线生态修复工程全面完工。")
    #expect(articles[1].title == "青石县建立化工企业动态监管机制")
    #expect(articles[2].title == "霁川县实施入江支流水质考核")
    #expect(articles[3].title == "临川市公布美丽河湖名单")
    #expect(articles[3].body == "近日，市河长办公布美丽河湖名单。")
    #expect(!articles.contains { $0.body.contains("编者按") || $0.title.contains("简报摘登") })
    #expect(BulletinSplitter.isSourceNote("——摘自《工作简报》2025年第12期"))
    #expect(!BulletinSplitter.isSourceNote("——访区人社局局长郑某"))
  }

  @Test("a document's long title over its addressees, and the rows of its list of names")
  func documentWithList() throws {
    let page = """
      中共青峰区委关于表彰2024年度全区优秀共产党员、优秀党务工作者和先进基层党组织的决定

      各镇党委，各街道党工委，区委各部委办：

      区委决定，授予3个党组织“全区先进基层党组织”称号。

      三、全区先进基层党组织（3个）

      青峰街道幸福里社区党委

      澄湖镇新河村党总支

      区人民医院党委
      """
    let articles = splitter.split(page)
    try #require(articles.count == 1, "\(articles.map(\.title))")
    #expect(articles[0].title.hasSuffix("先进基层党组织的决定"))
    #expect(articles[0].body.hasPrefix("各镇党委，"))
    #expect(articles[0].body.hasSuffix("青峰街道幸福里社区党委\n澄湖镇新河村党总支\n区人民医院党委"))
    #expect(!BulletinSplitter.isAddresseeLine("各地各部门要切实做好以下几方面工作："))
  }

  @Test("short unpunctuated lines after a full stop, or all one column wide, are a broken sentence, not a list")
  func shortLinesThatAreBrokenText() {
    // Text extracted line by line: a sentence in short pieces right after a full stop.
    #expect(
      BulletinSplitter.joinParagraphs(["全年各项目标顺利完成。", "市第七次党代会", "明确提出", "建设枢纽城市", "的目标，全市上下合力推进。"])
        == "全年各项目标顺利完成。\n市第七次党代会明确提出建设枢纽城市的目标，全市上下合力推进。")
    // A narrow column: every line but the last ten characters wide.
    #expect(
      BulletinSplitter.joinParagraphs(["近年来石桥镇持续推进农村人", "居环境整治提升行动全面开展", "村庄清洁和厕所革命工作成效", "明显。"])
        == "近年来石桥镇持续推进农村人居环境整治提升行动全面开展村庄清洁和厕所革命工作成效明显。")
    // Under a heading (or a colon), such lines are a list's rows.
    #expect(
      BulletinSplitter.joinParagraphs(["获奖集体（3个）", "石桥镇农业服务中心", "澄湖街道办事处", "区图书馆"])
        == "获奖集体（3个）\n石桥镇农业服务中心\n澄湖街道办事处\n区图书馆")
  }

  @Test("a box label inside an article (相关链接, 【小贴士】) keeps a line of its own")
  func insetLabels() throws {
    let page = """
      我区启动防汛四级应急响应

      本报讯（记者 周航）昨天，区防汛办启动防汛四级应急响应。

      相关链接

      防汛应急响应分为四级，四级最低。

      【小贴士】

      雷雨天气请远离河道。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 1, "\(articles.map(\.title))")
    #expect(
      articles[0].body.split(separator: "\n") == [
        "昨天，区防汛办启动防汛四级应急响应。", "相关链接", "防汛应急响应分为四级，四级最低。", "【小贴士】", "雷雨天气请远离河道。",
      ])
    #expect(!BulletinSplitter.isInsetLabel("相关链接显示，全区共有12处险段"))
  }

  @Test("a short heading over a finished paragraph keeps its line; a print break does not")
  func subheadingsAndPrintBreaks() throws {
    let page = """
      光伏车棚遍布园区

      本报讯（记者 周航）今年以来，青溪产业园新建光伏车棚12处。

      屋顶变成“发电站”

      在园区东门，整排车棚顶上铺满了光伏板，年发电量约60万千瓦时。

      园区下一步将推进储能建设，一是

      完善充电设施，二是扩大绿电交易。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 1, "\(articles.map(\.title))")
    #expect(
      articles[0].body.split(separator: "\n") == [
        "今年以来，青溪产业园新建光伏车棚12处。", "屋顶变成“发电站”", "在园区东门，整排车棚顶上铺满了光伏板，年发电量约60万千瓦时。",
        "园区下一步将推进储能建设，一是完善充电设施，二是扩大绿电交易。",
      ])
    #expect(!BulletinSplitter.isSubheading("一是", over: "完善充电设施，扩大绿电交易规模，推动园区全面绿色转型。"))
    #expect(!BulletinSplitter.isSubheading("要全面深化各领域改", over: "革，推动园区管理体制创新取得更大突破。"))
  }

  @Test("a document reprinted after the news of it is an article of its own")
  func reprintedDocument() throws {
    let page = """
      区政府审议通过河湖长制工作要点

      本报讯（记者 周航）日前，区政府召开常务会议，审议通过《兰溪区2025年河湖长制工作要点》。现将全文刊发如下。

      兰溪区2025年河湖长制工作要点

      为持续改善河湖生态环境，制定本要点。

      一、压实河湖长责任

      各级河湖长每月巡河不少于一次。
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["区政府审议通过河湖长制工作要点", "兰溪区2025年河湖长制工作要点"])
    #expect(articles.last?.body.hasPrefix("为持续改善河湖生态环境") == true)
    #expect(BulletinSplitter.announcesReprint("……审议通过《要点》。全文如下："))
    #expect(!BulletinSplitter.announcesReprint("会议要求，各地抓好落实。"))
  }

  @Test("what a section label is") func sectionLabelShape() {
    for line in ["乡镇动态", "【部门之窗】", "基层短波", "园区直通车", "本地要闻"] {
      #expect(BulletinSplitter.isSectionLabel(line), "\(line)")
    }
    for line in ["短评", "简讯", "动态", "全区防汛动态。", "青溪区发布春耕生产动态", "乡镇动态 2025"] {
      #expect(!BulletinSplitter.isSectionLabel(line), "\(line)")
    }
  }

  @Test("a briefs label with a place in front (■东坝简讯) over a headline is no part of the title")
  func placedBriefsLabel() throws {
    let page = """
      区委召开常委会会议

      本报讯（记者 周航）昨天，区委召开常委会会议。

      ■东坝简讯

      东坝镇完成农村公路改造

      本报讯（通讯员 吕青）日前，东坝镇完成农村公路改造12公里。
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["区委召开常委会会议", "东坝镇完成农村公路改造"])
    #expect(articles.allSatisfy { !$0.body.contains("简讯") })
    for line in ["■东坝简讯", "【街镇快讯】", "乡村短讯"] {
      #expect(BulletinSplitter.isBriefsLabel(line), "\(line)")
    }
    for line in ["■简讯", "简讯", "东坝镇发布简讯", "东坝简讯。"] {
      #expect(!BulletinSplitter.isBriefsLabel(line), "\(line)")
    }
  }

  @Test("a notice's signature (the office, the date) ends the notice, not the next headline")
  func noticeSignature() throws {
    let page = """
      关于开展秋季爱国卫生运动的通知

      各村（社区），镇直各单位：
      为进一步改善人居环境，现就开展秋季爱国卫生运动有关事项通知如下。
      请各单位认真组织实施。
      东坝镇爱国卫生运动委员会
      2025年9月1日

      东坝镇开展秋季大扫除

      本报讯（记者 周航）日前，东坝镇组织干部群众开展秋季大扫除。
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["关于开展秋季爱国卫生运动的通知", "东坝镇开展秋季大扫除"])
    #expect(articles.first?.body.contains("东坝镇爱国卫生运动委员会") == true)
    #expect(articles.last?.body.hasPrefix("日前，东坝镇") == true)
  }

  @Test("after the masthead: a kicker over a headline broken after its place and colon")
  func placeHeadlineUnderKicker() throws {
    let page = """
      东坝日报
      2025年9月1日 星期一
      第2版 综合
      走进乡村看振兴
      东坝镇：小葡萄
      串起致富路
      本报讯（记者 周航）初秋时节，东坝镇的葡萄园里一片丰收景象。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 1)
    #expect(articles[0].title == "走进乡村看振兴 东坝镇：小葡萄 串起致富路")
    #expect(articles[0].byline == "记者 周航")
    #expect(BulletinSplitter.isPlaceHeadline("东坝:老街换新颜"))
    for line in ["地址：城南大道18号", "编辑：张三", "问：如何申请", "（一）工作目标：全覆盖"] {
      #expect(!BulletinSplitter.isPlaceHeadline(line), "\(line)")
    }
  }

  @Test("after the masthead: a kicker, a headline wrapped over two lines and a subtitle")
  func fourHeadlineLinesAtPageTop() throws {
    let page = """
      东坝日报
      2025年9月1日 星期一
      第1版 要闻

      全力以赴抓项目

      东坝区召开重点项目
      建设推进会

      ——确保全年目标任务圆满完成

      本报讯（记者 周航）8月31日，东坝区召开重点项目建设推进会。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 1)
    #expect(articles[0].title == "东坝区召开重点项目 建设推进会 ——确保全年目标任务圆满完成")
    #expect(articles[0].body.hasPrefix("8月31日"))
  }

  @Test("a page opening with a headline wrapped over two lines and no lead keeps it")
  func wrappedHeadlineWithoutLeadAtPageTop() throws {
    let page = """
      东坝区新增公共充电桩
      三百余个
      东坝区今年新建公共充电桩三百余个，覆盖全部街镇，方便群众绿色出行。
      （融媒记者 周航）
      东坝区举办秋季招聘会
      本报讯（记者 叶某）9月6日，东坝区举办秋季招聘会，提供岗位两千余个。
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["东坝区新增公共充电桩 三百余个", "东坝区举办秋季招聘会"])
    #expect(articles.first?.body.hasPrefix("东坝区今年新建") == true)
    #expect(articles.first?.byline == "融媒记者 周航")
  }

  @Test("a photo caption above the first article is no article; a briefs label over ■ headlines is none of theirs")
  func captionAtPageTop() throws {
    let page = """
      ▲9月5日，游客在东坝湖畔观赏落日。　记者 周航 摄
      东坝湖景区新增观景平台
      本报讯（记者 周航）近日，东坝湖景区新增三处观景平台，游客可俯瞰湖面全景。
      ■ 街镇快讯
      ■ 南湖街道开展防诈宣传
      本报讯（通讯员 吕青）9月4日，南湖街道在社区广场开展防诈宣传。
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["东坝湖景区新增观景平台", "南湖街道开展防诈宣传"])
    #expect(articles.first?.byline == "记者 周航")
    #expect(articles.allSatisfy { !$0.body.contains("观赏落日") && !$0.body.contains("快讯") })
    #expect(!BulletinSplitter.areCaptions(["近日，东坝湖景区新增三处观景平台。"]))
  }

  @Test("an item without a lead closing with a credit whose name is set with a space inside")
  func closingCreditWithSpacedName() throws {
    let page = """
      短评
      为社区食堂点赞
      □叶某

      社区食堂办到了老人心坎上，这样的好事要办好、办实。

      东坝区新建口袋公园五座

      近日，东坝区新建的五座口袋公园陆续向市民开放。

      （融媒记者 周航）

      南湖街道开展秋季义诊

      记者从南湖街道获悉，街道近日组织医生走进社区开展义诊。

      （融媒记者 周航　通讯员 吕　青）
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["为社区食堂点赞", "东坝区新建口袋公园五座", "南湖街道开展秋季义诊"])
    #expect(articles.last?.byline?.filter { $0 != " " } == "融媒记者周航通讯员吕青")
    #expect(articles.dropFirst().first?.byline == "融媒记者 周航")
    #expect(BulletinSplitter.isCreditLine("通讯员 吕 青"))
    #expect(!BulletinSplitter.isCreditLine("记者 吕 青 山"))
  }

  @Test("a section label over a headline is no article's text; over a column of briefs it heads them")
  func sectionLabels() throws {
    let page = """
      乡镇动态
      石桥镇开展防溺水宣传
      本报讯（记者 周航）日前，石桥镇在辖区中小学开展防溺水宣传。
      宣传覆盖学生1200余人。
      部门之窗
      区医保局推出异地就医备案“一次办”
      本报讯（通讯员 吕青）近日，区医保局推出异地就医备案“一次办”服务。
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["石桥镇开展防溺水宣传", "区医保局推出异地就医备案“一次办”"])
    #expect(articles.allSatisfy { !$0.body.contains("部门之窗") && !$0.body.contains("乡镇动态") })
    #expect(articles.first?.body.hasSuffix("宣传覆盖学生1200余人。") == true)
    let briefs = splitter.split(
      "区委召开常委会会议\n本报讯（记者 周航）昨天，区委召开常委会会议。\n\n基层短波\n"
        + "●石桥镇日前完成农村公路改造12公里，惠及群众3万余人。\n●云岭县新建充电桩40个，方便群众绿色出行。\n")
    #expect(briefs.map(\.title) == ["区委召开常委会会议", "基层短波"])
    #expect(briefs.last?.body.hasPrefix("●石桥镇日前完成农村公路改造12公里") == true)
  }

  @Test("a three-line headline (kicker, headline, subtitle) at the top of the page and after an article")
  func threeLineHeadlines() throws {
    let headline = "聚焦高质量发展\n青澜区一季度经济运行稳中向好\n——规上工业增加值同比增长8.2%\n\n"
    let first = "本报讯（记者 林晓）昨天，区统计局发布一季度经济数据。\n\n"
    let other = "全区河长制工作会议召开\n\n本报讯（通讯员 钱二）日前，全区河长制工作会议召开。\n\n会议要求，推进河道整治。\n\n"
    let title = "聚焦高质量发展 青澜区一季度经济运行稳中向好 ——规上工业增加值同比增长8.2%"
    let top = splitter.split(headline + first + other)
    try #require(top.count == 2)
    #expect(top[0].title == title)
    #expect(top[0].body == "昨天，区统计局发布一季度经济数据。")
    let below = splitter.split(other + headline + first)
    try #require(below.count == 2)
    #expect(below[0].body == "日前，全区河长制工作会议召开。\n会议要求，推进河道整治。")
    #expect(below[1].title == title)
  }

  @Test("a credit line behind a box marker") func markedCreditLine() throws {
    let page =
      "青澜启动“无废城市”建设\n\n□本报记者 赵一\n\n4月6日，青澜区召开推进会。\n\n"
      + "新能源汽车产业链加快集聚\n\n本报讯（记者 陈默）近日，产业园签约项目12个。\n"
    let articles = splitter.split(page)
    try #require(articles.count == 2)
    #expect(articles[0].title == "青澜启动“无废城市”建设")
    #expect(articles[0].byline == "本报记者 赵一")
    #expect(articles[0].body == "4月6日，青澜区召开推进会。")
  }

  @Test("credits, imprints and headers of county and supplement pages")
  func pageFurnitureShapes() {
    #expect(BulletinSplitter.isCreditLine("文/图 记者 葛某"))
    #expect(BulletinSplitter.isCreditLine("文/陈某"))
    #expect(BulletinSplitter.isCreditLine("县融媒体中心记者 潘某"))
    #expect(!BulletinSplitter.isCreditLine("县融媒体中心记者在现场看到"))
    #expect(BulletinSplitter.trailingCredit("让清凉及时送到一线。(晓风)")?.credit == "晓风")
    #expect(BulletinSplitter.trailingCredit("（县融媒体中心记者 潘某 报道）")?.credit == "县融媒体中心记者 潘某")
    #expect(BulletinSplitter.trailingCredit("本文完。（待续）") == nil)
    #expect(BulletinSplitter.isImprintLine("青阳日报社出版 地址：文昌路18号 邮政编码：241000"))
    #expect(BulletinSplitter.isImprintLine("本版投稿邮箱：fk@example.com"))
    #expect(!BulletinSplitter.isImprintLine("该书已由人民出版社出版，在全国新华书店发行。"))
    #expect(!BulletinSplitter.isImprintLine("单行本由中国方正出版社出版，即日起发行"))
    #expect(BulletinSplitter.isStaffCredit("本版责编 刘某 美编 谢某"))
    #expect(BulletinSplitter.isRunningHeader("云岭时报 公告·服务 第4版"))
    #expect(BulletinSplitter.isAuthorLine("王 珂"))
    #expect(BulletinSplitter.isAuthorLine("区委副书记、区长 顾某某"))
    #expect(!BulletinSplitter.isAuthorLine("会议强调 要抓落实"))
  }

  @Test("what a staff credit line is") func staffCreditShape() {
    for line in [
      "责任编辑：周敏", "责任编辑：周敏 校对：许安", "本版编辑：欧阳文华", "（编辑：宋知远）", "【责任编辑：王某 李某】",
      "编辑: 张三", "校对： 许安、韩青", "美编：赵一 组版：钱二", "本版编辑：林 木  美术编辑：高 远",
      "编辑：方 舟 审核：孔令和",
    ] {
      #expect(BulletinSplitter.isStaffCredit(line), "\(line)")
    }
    for line in [
      "编辑：会议强调要全面加强生态环境保护工作", "编辑：", "记者：张三", "摄影：李四", "编辑部：来信照登", "校对工作：认真细致",
      "编辑：张三 摄影：李四", "责任编辑周敏", "区委书记：青澜要加快发展",
    ] {
      #expect(!BulletinSplitter.isStaffCredit(line), "\(line)")
    }
  }

  @Test("staff credits with spaced names and an advertisement at the page's foot are no text")
  func pageFootCredits() throws {
    let page = """
      区图书馆延长开放时间
      本报讯（记者 田某）即日起，区图书馆每天开放至晚上九点，方便读者下班后借阅。
      编辑：方\u{3000}舟\u{3000}\u{3000}审核：孔令和
      广\u{3000}告
      某某牌大米\u{3000}新米上市\u{3000}订购热线：0000-1234567
      """
    let articles = BulletinSplitter().split(page)
    try #require(articles.count == 1)
    #expect(!articles[0].body.contains("编辑"))
    #expect(!articles[0].body.contains("热线"))
    #expect(articles[0].body.hasPrefix("即日起"))
    #expect(BulletinSplitter.isAdvertisementLabel("【广告】"))
    #expect(!BulletinSplitter.isAdvertisementLabel("广告法"))
  }

  @Test("a lead that is only the credit in brackets, without 本报讯") func bracketedCreditLead() throws {
    let page = """
      东坝镇新建三座口袋公园
      (记者 叶某) 近日，东坝镇新建的三座口袋公园向居民开放，园内设有健身步道和休憩座椅。
      公园由闲置地块改造而成。
      南湖社区开办老年食堂
      （记者 叶某 通讯员 严某）每天中午，南湖社区老年食堂都会准时开餐，六十岁以上老人可享受优惠。
      """
    let articles = BulletinSplitter().split(page)
    try #require(articles.count == 2)
    #expect(articles[0].title == "东坝镇新建三座口袋公园")
    #expect(articles[0].byline == "记者 叶某")
    #expect(articles[0].body.hasPrefix("近日，东坝镇"))
    #expect(articles[1].byline == "记者 叶某 通讯员 严某")
    #expect(articles[1].body.hasPrefix("每天中午"))
    // Alone in brackets, a credit closes an item and opens none.
    #expect(BulletinSplitter.openingCredit("（记者 叶某）") == nil)
    #expect(BulletinSplitter.openingCredit("（一）加强组织领导，落实工作责任。") == nil)
  }

  @Test("a masthead line with the date is not an article") func masthead() throws {
    let page = """
      青澜日报 2023年10月13日 星期五 第3版 要闻 责任编辑 某某

      区委常委会召开会议

      本报讯(记者 某某)昨天,区委常委会召开会议。

      """
    let articles = splitter.split(page)
    try #require(articles.count == 1)
    #expect(articles[0].title == "区委常委会召开会议")
    #expect(articles[0].body == "昨天,区委常委会召开会议。")
  }

  @Test("rules between articles separate like blank lines") func rules() throws {
    let page = """
      区委常委会召开会议
      本报讯(记者 某某)昨天,区委常委会召开会议。
      ——————————
      储能产业园一期投产
      本报讯(记者 某某)昨天,储能产业园一期项目投产。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 2)
    #expect(articles.map(\.title) == ["区委常委会召开会议", "储能产业园一期投产"])
    #expect(articles[0].body == "昨天,区委常委会召开会议。")
    #expect(BulletinSplitter.isRule("＊＊＊") && BulletinSplitter.isRule("= = = ="))
    #expect(!BulletinSplitter.isRule("……") && !BulletinSplitter.isRule("■短讯") && !BulletinSplitter.isRule("(完)"))
  }

  @Test("an article without a lead at the top of the page keeps its headline") func leadlessOpening() throws {
    let page = """
      以实干开创新局面

      当前,全区上下正在奋力推进各项工作。我们要以更大力度抓好落实。

      全区召开安全生产会议

      本报讯(记者 石某)昨天,全区召开安全生产工作会议。

      """
    let articles = splitter.split(page)
    try #require(articles.count == 2)
    #expect(articles.map(\.title) == ["以实干开创新局面", "全区召开安全生产会议"])
    #expect(articles[0].body == "当前,全区上下正在奋力推进各项工作。我们要以更大力度抓好落实。")
  }

  @Test("what a credit line is") func creditLineShape() {
    #expect(BulletinSplitter.isCreditLine("记者 马某"))
    #expect(BulletinSplitter.isCreditLine("记者马某 通讯员 陈某 李某"))
    #expect(BulletinSplitter.isCreditLine("特约记者 阿依古丽·买买提"))
    #expect(!BulletinSplitter.isCreditLine("记者从区发改委获悉"))  // a body line cut by a print break
    #expect(!BulletinSplitter.isCreditLine("记者"))
    #expect(!BulletinSplitter.isCreditLine("马某 记者"))
    #expect(!BulletinSplitter.isCreditLine("记者 马某，通讯员 陈某报道"))
  }

  @Test("a power plant in parentheses is not a dateline") func notADateline() {
    #expect(!BulletinSplitter.isLead("核电(华龙一号)机组今日投运。"))
    #expect(BulletinSplitter.extractByline("核电(华龙一号)机组今日投运。") == nil)
  }

  @Test("a page with no blank lines at all splits at its leads") func runOnPage() throws {
    let page = """
      2025年6月4日 星期三
      全区安全生产大检查启动
      本报讯 记者 孙某 昨天,全区安全生产大检查正式启动。
      检查将持续一个月。
      光伏电站并网发电
      新华社合肥6月3日电(记者 钱某)一座农光互补光伏电站3日并网发电。
      (完)
      """
    let articles = splitter.split(page)
    try #require(articles.count == 2)
    #expect(articles.map(\.title) == ["全区安全生产大检查启动", "光伏电站并网发电"])
    #expect(articles[0].body.hasSuffix("检查将持续一个月。"))
    #expect(articles[1].body.hasSuffix("(完)"))
  }

  @Test("a paragraph page gives its three articles") func paragraphPage() throws {
    let articles = splitter.split(Self.paragraphPage)
    try #require(articles.count == 3)
    #expect(articles.map(\.title) == ["城东新区召开产业推进会", "滨河街道推进老旧小区改造", "乡村振兴人才培训班开班"])
    #expect(articles.map(\.byline) == ["记者 王某", "记者 李某 通讯员 赵某", "记者 王某"])
    #expect(articles.map(\.line) == [3, 13, 23])
  }

  @Test("the lead loses its byline and keeps its text") func leadText() throws {
    let articles = splitter.split(Self.paragraphPage)
    try #require(articles.count == 3)
    let first = articles[0].body.split(separator: "\n").map(String.init)
    #expect(first.first == "昨天上午,城东新区召开产业推进会,部署下半年重点工作。")
    #expect(!articles[0].body.contains("本报讯"))
    #expect(!articles[1].body.contains("记者"))
  }

  @Test("print breaks are rejoined") func printBreaks() throws {
    let articles = splitter.split(Self.paragraphPage)
    try #require(articles.count == 3)
    #expect(articles[0].body.contains("新能源汽车"))
    #expect(articles[1].body.contains("三千余户。"))
    let paragraphs = articles.map { $0.body.split(separator: "\n").map(String.init) }
    #expect(paragraphs.map(\.count) == [3, 3, 2])
    #expect(
      paragraphs[0][1] == "会议指出,要紧盯新能源汽车和智能装备两条主线,加快项目落地。")
  }

  @Test("every body paragraph ends a sentence") func paragraphsEndSentences() {
    for article in splitter.split(Self.paragraphPage) {
      for paragraph in article.body.split(separator: "\n") {
        #expect(paragraph.last.map { "。！？；…”」』）):》".contains($0) } == true, "\(paragraph)")
      }
    }
  }

  @Test("CRLF line endings give the same articles") func crlf() {
    let crlf = Self.paragraphPage.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(splitter.split(crlf) == splitter.split(Self.paragraphPage))
  }

  @Test("a header date line is not an article") func headerDate() throws {
    let page = "2025年3月5日 星期三\n\n" + Self.paragraphPage
    let articles = splitter.split(page)
    #expect(articles.count == 3)
    #expect(articles.first?.title == "城东新区召开产业推进会")
    #expect(!articles.contains { $0.title.contains("星期三") || $0.body.contains("星期三") })
  }

  /// A broadcast-style page: a headline line, then paragraph lines, one blank line between items.
  static let blockPage = """
    【在线访谈】专家解读新型储能发展

    国家新型储能装机规模持续扩大
    记者从有关部门获悉,今年一季度新型储能新增装机同比大幅增长。
    业内人士表示,储能技术进步推动成本明显下降。

    多地启动春季植树活动
    各地干部群众积极参加义务植树,绿化面积持续增加。

    跨境电商综试区建设提速
    商务部门介绍,综试区数量进一步扩大。
    下一步将完善海外仓布局,
    提升通关便利化水平。
    """

  @Test("a block page gives one article per block") func blockPage() throws {
    let articles = splitter.split(Self.blockPage)
    #expect(
      articles.map(\.title) == [
        "【在线访谈】专家解读新型储能发展", "国家新型储能装机规模持续扩大", "多地启动春季植树活动", "跨境电商综试区建设提速",
      ])
    try #require(articles.count == 4)
    #expect(articles[0].body == "")
    #expect(articles[1].body.split(separator: "\n").count == 2)
    #expect(articles[2].body == "各地干部群众积极参加义务植树,绿化面积持续增加。")
    #expect(
      articles[3].body == "商务部门介绍,综试区数量进一步扩大。\n下一步将完善海外仓布局,提升通关便利化水平。")
    #expect(articles.allSatisfy { $0.byline == nil })
    #expect(articles.map(\.line) == [1, 3, 7, 10])
  }

  @Test("a round-up of briefs set one paragraph a line keeps each brief's heading on its own line")
  func briefHeadingsInABlockSetOneParagraphALine() throws {
    let paragraph =
      "记者从区发展改革部门获悉，今年以来全区新增分布式光伏装机容量十二万千瓦，"
      + "其中工商业屋顶光伏占比超过六成，年发电量预计可达一亿三千万千瓦时，相当于节约标准煤四万吨。"
    let page = """
      多地启动春季植树活动
      各地干部群众积极参加义务植树,绿化面积持续增加。

      区内新闻快讯
      区融媒体中心消息：
      全区分布式光伏发电装机容量持续较快增长
      \(paragraph)
      长江禁渔执法巡查实现常态化全覆盖开展
      今天（3月5日），区农业农村局联合多部门开展长江禁渔联合巡查，检查渔港码头六处。

      跨境电商综试区建设提速
      商务部门介绍,综试区数量进一步扩大。
      下一步将完善海外仓布局,
      提升通关便利化水平。
      """
    let articles = splitter.split(page)
    try #require(articles.count == 3, "\(articles.map(\.title))")
    #expect(
      articles[1].body.split(separator: "\n").map(String.init) == [
        "区融媒体中心消息：", "全区分布式光伏发电装机容量持续较快增长", paragraph, "长江禁渔执法巡查实现常态化全覆盖开展",
        "今天（3月5日），区农业农村局联合多部门开展长江禁渔联合巡查，检查渔港码头六处。",
      ])
    // A block of short lines is still read for print breaks.
    #expect(articles[2].body == "商务部门介绍,综试区数量进一步扩大。\n下一步将完善海外仓布局,提升通关便利化水平。")
  }

  @Test("a block page with a header date line") func blockPageWithHeader() {
    let page = "2025年3月5日 星期三\n" + Self.blockPage
    let articles = splitter.split(page)
    #expect(articles.count == 4)
    #expect(articles.first?.title == "【在线访谈】专家解读新型储能发展")
  }

  @Test("two headline-only blocks in a row keep page order") func consecutiveHeadlines() {
    // The second headline is separated from its paragraphs by a blank line.
    let page = """
      【在线访谈】专家解读新型储能发展

      国家新型储能装机规模持续扩大

      记者从有关部门获悉,今年一季度新型储能新增装机同比大幅增长。
      业内人士表示,储能技术进步推动成本明显下降。

      多地启动春季植树活动
      各地干部群众积极参加义务植树,绿化面积持续增加。
      """
    let articles = splitter.split(page)
    do {
      #expect(articles.map(\.line) == [1, 3, 8])
      #expect(
        articles.map(\.title) == ["【在线访谈】专家解读新型储能发展", "国家新型储能装机规模持续扩大", "多地启动春季植树活动"])
      #expect(articles.first?.body == "")
      #expect(articles.dropFirst().first?.body.hasPrefix("记者从有关部门获悉") == true)
    }
  }

  @Test("blocks where every item has a headline and paragraphs") func simpleBlocks() {
    let page = "标题一号\n第一段。\n第二段。\n\n标题二号\n只有一段。\n\n标题三号\n正文。\n"
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["标题一号", "标题二号", "标题三号"])
    #expect(articles.map(\.body) == ["第一段。\n第二段。", "只有一段。", "正文。"])
  }

  @Test("empty and blank pages give no articles", arguments: ["", "\n\n", "  \n\u{3000}\n\t\n"])
  func emptyPages(page: String) {
    #expect(splitter.split(page).isEmpty)
  }

  @Test("a short dated paragraph inside an article is kept") func datedParagraphKept() throws {
    let page = """
      城东新区召开产业推进会

      本报讯(记者 王某)昨天上午,城东新区召开产业推进会。

      报名截止到2025年3月31日。

      会议要求,各部门要压实责任。

      """
    let articles = splitter.split(page)
    try #require(articles.count == 1)
    // `units(of:)` drops every short line with a date that follows a blank line, not only a
    // header at the top of the page; on a paragraph page that is every paragraph.
    do {
      #expect(articles[0].body.contains("报名截止到2025年3月31日。"))
    }
    #expect(articles[0].body.hasSuffix("会议要求,各部门要压实责任。"))
  }

  @Test("a page that is only a header date line gives no articles") func onlyHeader() {
    #expect(splitter.split("2025年3月5日 星期三\n").isEmpty)
  }

  @Test("document keeps the whole page as one article") func document() throws {
    let doc = try #require(
      splitter.document("政府工作报告\n\n各位代表:\n\n过去一年,经济持续回\n\n升向好。", fallbackTitle: "2014"))
    #expect(doc.title == "政府工作报告")
    #expect(doc.body == "各位代表:\n过去一年,经济持续回升向好。")
    let untitled = try #require(splitter.document("过去一年,经济持续回升向好。", fallbackTitle: "2014"))
    #expect(untitled.title == "2014")
    #expect(splitter.document("", fallbackTitle: "x") == nil)
  }
}
