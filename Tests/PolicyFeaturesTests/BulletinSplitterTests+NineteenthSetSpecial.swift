import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the special pages of the nineteenth set (a department's work bulletin, a saved
/// government page with a press conference's transcript, a public account's post, a special
/// page, a law page): a page's partner note before its staff (`本版与…合办　本版编辑：…`) is the
/// page's foot; a box label in brackets of its own (`【普法小课堂】`) is a box label, and a box of
/// questions and answers opens with `问：`; a bracketed label over prose closing with its
/// writer's credit in brackets (`（某某律师事务所律师　某某）`) is a signed box, a piece of its own,
/// and such a credit (an office and the writer's post in it) is the byline; a box's label in
/// brackets after an item's credit line heads the headline under it; a special's banner (a slogan over `——…特刊`) over the page's first headline is no
/// article; the items of a bulleted list (`●…` under `●…`) stay paragraphs of their own; a table of
/// contents numbers its entries in order, so `4.5月份…` is entry 4's title `5月份…`; a saved page's link to related documents
/// at its foot (`相关文件：…`) is the site's; a post of one story keeps its own title over the
/// post line (a digest's title, its column before a bar, is the account's header), a post's
/// date may stand on its own line with the province after the time, its source stacked over
/// the closing credit is no text, and the account's name and the buttons with their counts at
/// its foot are the account's.
extension BulletinSplitterTests {
  @Test("a saved page's link to related documents at its foot is no text", arguments: ["相关文件：", "相关附件："])
  func relatedFilesLinkAtFoot(label: String) {
    let page = """
      柏川县人民政府
      首页 > 政务公开 > 部门动态

      柏川县开展秋季森林防火演练
      发布时间：2026-10-12 09:30　　来源：县林业局

      10月11日，县林业局在青岗山林场开展秋季森林防火演练，三支扑火队伍参加。

      演练模拟林区突发山火，队伍在四十分钟内完成集结、扑救和清理余火。

      【打印本页】　【关闭窗口】

      \(label)柏川县森林火灾应急预案（2026年版）

      主办：柏川县人民政府办公室
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柏川县开展秋季森林防火演练"])
    #expect(articles.first?.body.hasSuffix("完成集结、扑救和清理余火。") == true)
    #expect(!articles.contains { $0.body.contains("应急预案") })
  }

  @Test("a post of one story keeps its title over the post line; its foot is the account's")
  func accountPostOfOneStory() {
    let page = """
      石湾这座老码头，为何又热闹起来了？

      原创 汀州区融媒体中心 汀州发布
      2026年09月14日 20:05 福建

      ▲点击上方蓝字 关注我们

      傍晚的石湾老码头，江风习习。修缮一新的吊脚楼里亮起灯，游客沿着青石台阶拾级而下。

      三年前，这里的仓库大多空着，墙皮剥落，少有人来。

      01 老仓库有了新用处

      区里把七座老仓库交给一家文旅公司运营，改成书店、茶馆和手作工坊。“我们尽量保留了
      原来的木梁。”运营负责人温立秋说。

      来源：汀州区融媒体中心
      记者：严子墨　方晴
      编辑：杭小禾
      审核：卓远

      汀州发布
      阅读 2318
      赞 86　在看 21

      写留言
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["石湾这座老码头，为何又热闹起来了？"])
    #expect(articles.first?.byline == "记者 严子墨 方晴")
    #expect(articles.first?.body.hasPrefix("傍晚的石湾老码头") == true)
    #expect(articles.first?.body.contains("01 老仓库有了新用处") == true)
    for furniture in ["来源", "汀州发布", "福建", "赞 86", "写留言"] {
      #expect(articles.first?.body.contains(furniture) == false, "\(furniture)")
    }
  }

  @Test("a post's date with the province after the time is its post line")
  func postDateWithProvince() {
    #expect(BulletinSplitter.isPostLine("2026年09月14日 20:05 福建"))
    #expect(BulletinSplitter.isPostLine("汀州发布 2026年09月14日 20:05 内蒙古"))
    #expect(!BulletinSplitter.isPostLine("2026年09月14日 20:05 区委召开常委会议"))
  }

  @Test("a post's buttons with their counts are the account's", arguments: ["赞 86 在看 21", "分享 1.2万 在看 10万+", "写留言"])
  func postButtonsWithCounts(line: String) {
    #expect(BulletinSplitter.isWebChrome(line))
  }

  @Test("a count beside no button is text")
  func countWithoutButton() {
    #expect(!BulletinSplitter.isWebChrome("86 在看"))
  }

  @Test("a contents entry whose title opens with a figure is found below it by its place in the list")
  func contentsEntryOpeningWithFigure() {
    let page = """
      工作简讯
      第7期
      青岗县统计局办公室　　2026年8月5日

      本期要目
      1.全县上半年规上工业增加值增长6.8%
      2.3个乡镇入选省级统计规范化示范点

      一、全县上半年规上工业增加值增长6.8%
      　　上半年，全县规模以上工业增加值同比增长6.8%，高于全市平均水平1.2个百分点。
      二、3个乡镇入选省级统计规范化示范点
      　　近日，省统计局公布统计规范化示范点名单，我县柘溪、双河、石门3个乡镇入选。

      报：市统计局，县委、县政府领导。
      （共印30份）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["全县上半年规上工业增加值增长6.8%", "3个乡镇入选省级统计规范化示范点"])
    #expect(articles.allSatisfy { !$0.body.isEmpty && !$0.body.contains("本期要目") })
  }

  @Test(
    "a contents entry's place in the list",
    arguments: [
      ("4.5月份价格总体平稳", 4, "5月份价格总体平稳"), ("12．3个项目开工", 12, "3个项目开工"),
    ])
  func listNumber(entry: String, place: Int, title: String) {
    #expect(BulletinSplitter.withoutListNumber(entry, place: place) == title)
    #expect(BulletinSplitter.withoutListNumber(entry, place: place + 1) == nil)
  }

  @Test("a special's banner over the first headline is no article")
  func specialBanner() {
    let page = """
      6　　专版　　2026年9月20日　星期日

      守护绿水青山　共建和美柘川
      ——2026年全国生态日专刊

      一片湿地的新生
      ■文/本报记者　伍青
      　　秋日的蓼湾湿地，芦花初白，成群的野鸭在浅滩觅食。
      　　五年前，这里还是一片废弃的采砂场。区里投入资金实施修复，
      如今湿地面积已达四百亩。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title).count == 1)
    #expect(articles.first?.title.hasPrefix("一片湿地的新生") == true)
    #expect(!articles.contains { $0.title.contains("守护绿水青山") || $0.body.contains("专刊") })
  }

  @Test("a subtitle that names no special issue is an article's text")
  func subtitleNamingNoSpecial() {
    #expect(BulletinSplitter.isBanner("——2026年全国生态日专刊"))
    #expect(!BulletinSplitter.isBanner("——柘川区蓼湾湿地修复纪实"))
  }

  @Test("the items of a bulleted list stay paragraphs of their own")
  func bulletedListItems() {
    let body = BulletinSplitter.joinParagraphs([
      "修复工作“账单”", "●累计投入修复资金1.2亿元", "●拆除违建鱼塘36处，恢复滩涂", "●新增湿地面积四百亩",
    ])
    #expect(body.split(separator: "\n").filter { $0.hasPrefix("●") }.count == 3)
  }

  @Test(
    "a law page's boxes: a signed box and a box of questions are pieces of their own; the partner note is the foot's")
  func lawPageBoxes() {
    let page = """
      柘川日报　2026年9月12日　星期六
      第6版　法治天地

      租房押金迟迟不退，租客起诉获支持

      　　本报讯（记者 戚远山）租客林某退租后，房东以“房屋有损坏”为由拒退押金三千元。
      　　法院审理认为，房东未能举证房屋损坏，判决其全额退还押金。

      【律师点评】

      　　押金属于担保性质的款项，租期届满且租客无违约的，出租人应当退还。
      　　签约时双方宜共同清点房屋设施，拍照留存。

      （柘川衡平律师事务所律师　苗子衿）

      【法律小课堂】

      　　问：合同没写押金怎么退，怎么办？
      　　答：可以协商补充约定；协商不成的，按交易习惯确定。

      本版与区司法局合办　　本版编辑：龚念
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    #expect(articles.first?.title == "租房押金迟迟不退，租客起诉获支持")
    #expect(articles.first?.body.contains("律师点评") == false)
    #expect(articles.dropFirst().first?.byline == "柘川衡平律师事务所律师 苗子衿")
    #expect(articles.dropFirst().first?.body.hasPrefix("押金属于担保性质的款项") == true)
    #expect(articles.last?.body.hasPrefix("问：合同没写押金") == true)
    #expect(!articles.contains { $0.body.contains("合办") || $0.body.contains("龚念") })
  }

  @Test("a partner note before the page's staff is the page's foot")
  func partnerNote() {
    #expect(BulletinSplitter.isPageFoot("本版与区司法局合办 本版编辑：龚念"))
    #expect(BulletinSplitter.isPageFoot("本刊由区总工会协办 责任编辑：龚念"))
    #expect(!BulletinSplitter.isPageFoot("本版内容与区司法局联合策划 本版编辑：龚念"))
  }

  @Test("an office and the writer's post in it, then the writer, is a credit")
  func officeAndPostCredit() {
    #expect(BulletinSplitter.isOfficeCredit("柘川衡平律师事务所律师 苗子衿"))
    #expect(BulletinSplitter.isOfficeCredit("区人民医院医师 白雨"))
    #expect(!BulletinSplitter.isOfficeCredit("资深律师 苗子衿"))
  }

  @Test("a box's label in brackets after an item's credit line heads the headline under it")
  func bracketedLabelOverHeadlineAfterCredit() {
    let page = """
      柘川日报　2026年9月12日　星期六

      区法院开展“法官进社区”活动
      　　本报讯（记者 戚远山）9月10日，区法院组织二十名法官走进城南社区，现场解答居民法律咨询。
      　　活动还发放普法手册五百余份。
      【法律小课堂】
      　　问：合同没写押金怎么退，怎么办？
      　　答：可以协商补充约定；协商不成的，按交易习惯确定。
      （柘川衡平律师事务所律师　苗子衿）
      【警方提示】
      中秋假期谨防“刷单返利”骗局
      　　中秋假期临近，区公安分局提醒市民，凡是要求先垫付资金的“刷单”都是诈骗。
      　　如遇诈骗，请立即拨打110报警。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    #expect(articles.dropFirst().first?.body.contains("警方提示") == false)
    #expect(articles.last?.title.hasSuffix("中秋假期谨防“刷单返利”骗局") == true)
    #expect(articles.last?.title.contains("警方提示") == true)
  }
}
