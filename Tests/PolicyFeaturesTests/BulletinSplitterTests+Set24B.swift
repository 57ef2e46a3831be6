import Testing

@testable import PolicyFeatures

/// Rules for the twenty-fourth blind page set, second round: the paper's news hotline alone on
/// the page's foot; a column of untitled briefs wrapped over many lines; a column label ending
/// with a colon.
extension BulletinSplitterTests {
  @Test(
    "the paper's news hotline alone on the page's last line, under the staff line, is none of the last article's text"
  )
  func newsHotlineAloneAtPageFoot() {
    let page = """
      柳溪县报　　2026年9月8日　星期二　　第3版　社会

      县城东湖公园完成提升改造

      ■本报记者 简书航

      　　9月6日，县城东湖公园提升改造工程完工，新铺设环湖步道2.4公里，增设休憩座椅80余处。

      　　县住建局负责人表示，公园将全天候向市民开放。

      本版编辑：苗一帆　　美编：沈可
      新闻报料热线：7345-2210（9:00—21:00）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县城东湖公园完成提升改造"])
    #expect(articles.last?.body.hasSuffix("公园将全天候向市民开放。") == true)
    #expect(!articles.contains { $0.body.contains("热线") })
  }

  /// A narrow page: indented paragraphs hard-wrapped, articles apart by blank lines, a 快讯
  /// label over untitled briefs that close with their credits.
  static let narrowBriefsPage = """
    柳溪晚报　2026年9月9日　星期三　城事


    河滨步道夜间照明改造完工
    记者　简书航
      9月8日晚，河滨步道夜间照明改造工程完工
    亮灯，沿线新装路灯二百余盏，照明盲区全部消
    除。
      市城管局表示，步道将延长开放时间至晚上十
    一点，并增加夜间巡查频次。


    老旧小区加装电梯签约过百台
    记者　苗一帆
      记者从市住建局了解到，今年以来全市老旧小
    区加装电梯签约达一百零六台，已完工五十二台
    。
      住建局提醒，加装电梯须经业主表决同意，施
    工单位应具备相应资质。


    快讯

      柳溪市青少年围棋公开赛日前落下帷幕，本次
    比赛设少年组和儿童组两个组别，来自全市二十
    余所学校的四百多名棋手参赛，经过三天七轮激
    烈角逐，共有六十名选手获得段位证书。组委会
    表示，今后将每年举办一届，并增设女子组和家
    长组，为棋童搭建交流切磋的平台，让更多孩子
    爱上围棋，也让围棋文化在校园里生根发芽。比
    赛期间，主办方还邀请两位职业棋手开展了车轮
    战和公益讲座，吸引众多家长和孩子到场观摩。
    （记者 苗一帆）

      市图书馆少儿阅览室即日起延长开放时间，周
    一至周五开放至晚上八点，周末开放至晚上九点
    。（记者 简书航）

      9月10日是教师节，当天，市教育局为从教
    满三十年的教师颁发荣誉证书，并走访慰问了部
    分退休教师。（记者 苗一帆）
    """

  @Test(
    "a brief under a briefs label runs over more than eight wrapped lines to its credit, and is a brief of its own"
  )
  func untitledBriefWrappedOverManyLines() {
    let articles = BulletinSplitter().split(Self.narrowBriefsPage)
    #expect(
      articles.map(\.title).prefix(4) == ["河滨步道夜间照明改造完工", "老旧小区加装电梯签约过百台", "柳溪市青少年围棋公开赛日前落下帷幕", "市图书馆少儿阅览室即日起延长开放时间"])
    #expect(articles[2].byline == "记者 苗一帆")
    #expect(articles[2].body.hasSuffix("吸引众多家长和孩子到场观摩。"))
    #expect(!articles.contains { $0.title == "快讯" })
  }

  @Test("an untitled brief that opens by naming its day (`…日是…节，`) is titled by that statement")
  func untitledBriefNamingItsDay() {
    let articles = BulletinSplitter().split(Self.narrowBriefsPage)
    #expect(articles.count == 5)
    #expect(articles.last?.title == "9月10日是教师节")
    #expect(articles.last?.body.hasPrefix("9月10日是教师节，当天，市教育局") == true)
    #expect(articles.dropLast().last?.body.hasSuffix("周末开放至晚上九点。") == true)
  }

  @Test("a commentary's column label with its colon alone on a line (`短评：`) names the column over the headline")
  func columnLabelWithColonOverHeadline() {
    let page = """
      柳溪县报　2026年9月9日　星期三　第2版

      县城东湖公园完成提升改造
      本报记者 简书航
      　　9月6日，县城东湖公园提升改造工程完工，新铺设环湖步道2.4公里。
      　　县住建局负责人表示，公园将全天候向市民开放。

      短评：
      公园好不好，市民说了算
      □苗一帆
      　　东湖公园改造前，县里先后三次征求周边居民意见。
      　　办好民生实事，就要把群众的需求放在前头。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县城东湖公园完成提升改造", "公园好不好，市民说了算"])
    #expect(articles.last?.body.hasPrefix("东湖公园改造前") == true)
    #expect(!articles.contains { $0.body.contains("短评") })
  }
}
