import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the non-news pages of the eighteenth blind page set. A broadcast script closes an
/// item with its reporters' credit in round brackets behind a colon (`（记者：甲某　乙某）`), the byline
/// as much as the same credit without brackets. A work bulletin's table of contents may mark
/// its entries (`◎…`) where the items below number their titles (`一、…`): the entries recur all
/// the same, and the list is no items. A page saved from an office's website sets the site's
/// header (its name, its name in letters, a search box) over where the page sits (`当前位置：…`), a
/// list of related posts (`【相关文章】`) and of links (`相关链接：`, `· …`) under the article: none is
/// text; and the office's own news, sourced to the office (`来源：` the site's name), credits no
/// one. On a page set in blocks, a column's name over a signed piece's headline and its author
/// behind a mark (`◎ 某　某`) head the piece as a credit line does: the author is no text, and the
/// headline is the title. On a page set one paragraph a line, an official notice under a
/// section's name (`村务公开`) heads an article of its own: its issuer over `关于…的通告`, over the
/// document's number, which stays a paragraph of its own; the page's co-organiser in brackets
/// (`（本版稿件由…协办）`) is no text.
extension BulletinSplitterTests {
  @Test("a script's bracketed reporters' credit with a colon closes its item as the byline")
  func scriptBracketedColonCredit() {
    let page = """
      《河湾新闻》播出稿
      播出日期：2031年3月6日

      【片头】
      主持人：观众朋友们晚上好，欢迎收看《河湾新闻》。

      河湾镇新建三座村级污水处理站
      【口播】3月5日，河湾镇三座村级污水处理站完成调试，开始接纳周边农户生活污水。
      【正文】据介绍，三座处理站日处理能力合计四百吨，出水将用于灌溉附近的苗木基地。
      （记者：柯某　尤某）

      镇中学开放周末自习室
      【正文】本学期起，镇中学每周六向住校生开放两间自习室，由教师轮流值守答疑。
      （记者：尤某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["河湾镇新建三座村级污水处理站", "镇中学开放周末自习室"])
    #expect(articles.map(\.byline) == ["记者 柯某 尤某", "记者 尤某"])
    #expect(!articles.contains { $0.body.contains("记者：") })
  }

  @Test("a contents list of marked entries over numbered items is no items")
  func markedContentsOverNumberedItems() {
    let page = """
      白 沙 乡 工 作 动 态
      第3期

      白沙乡党政办公室　　　　　　　　2031年4月2日
      【本期要目】
      ◎我乡完成春季森林防火巡护队组建
      ◎东岭村茶叶加工厂投产
      ◎乡卫生院开通远程会诊

      一、我乡完成春季森林防火巡护队组建
      　　3月28日，白沙乡组建由四十名护林员组成的春季森林防火巡护队，分片负责全乡十二个山头的日常巡查。
      　　巡护队实行每日上报制度，发现火情隐患第一时间处置。

      二、东岭村茶叶加工厂投产
      　　3月30日，东岭村集体茶叶加工厂正式投产，日加工鲜叶可达两吨，带动周边茶农就近销售。

      三、乡卫生院开通远程会诊
      　　近日，乡卫生院与县人民医院开通远程会诊系统，村民在家门口即可请县里专家看诊。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["我乡完成春季森林防火巡护队组建", "东岭村茶叶加工厂投产", "乡卫生院开通远程会诊"])
    #expect(articles.allSatisfy { !$0.body.isEmpty })
    #expect(articles.first?.body.hasPrefix("3月28日") == true)
  }

  @Test("a saved office page's header, related posts and foot links are no articles")
  func savedOfficePage() {
    let page = """
      云岭县林业局
      Yunling County Forestry Bureau
      请输入关键字　搜索
      当前位置：首页 > 新闻中心 > 本局动态

      县林业局启动春季松材线虫病普查
      发布时间：2031-03-20 10:05　　来源：云岭县林业局　　浏览次数：97

      　　3月19日，县林业局组织技术人员分赴全县六个乡镇，启动春季松材线虫病普查。
      　　普查采取地面踏查与无人机巡查相结合的方式，重点排查枯死松树，做到发现一株、取样一株。

      【打印本页】　【关闭窗口】
      上一篇：县林业局召开年度护林员培训会

      【相关文章】
      · 县林业局完成冬季森林防火检查　　2031-03-02
      · 全县新建生物防火林带十二公里　　2031-02-18

      相关链接：
      · 云岭县人民政府
      · 县林长制工作专栏

      主办单位：云岭县林业局
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县林业局启动春季松材线虫病普查"])
    #expect(articles.first?.byline == nil)
    #expect(articles.first?.body.hasPrefix("3月19日") == true)
    #expect(articles.first?.body.hasSuffix("取样一株。") == true)
  }

  @Test("a saved page's source naming another office is still the byline")
  func savedPageOtherSource() {
    let page = """
      云岭县林业局
      当前位置：首页 > 新闻中心 > 基层动态

      石门乡完成油茶林抚育三千亩
      发布时间：2031-03-18 16:30　　来源：石门乡人民政府　　浏览次数：45

      　　今年以来，石门乡组织村民对全乡油茶林开展除草、施肥和修枝，共完成抚育三千亩。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["石门乡完成油茶林抚育三千亩"])
    #expect(articles.first?.byline == "石门乡人民政府")
  }

  @Test("a column name over a headline and a marked author heads a signed piece in a block")
  func columnNameOverMarkedAuthor() {
    let page = """
      乡村振兴要激活人才“一池春水”
      □ 甄明远
      　　乡村振兴，关键在人。近年来，不少地方出台政策吸引人才返乡，但留住人才
      还要在平台、待遇和环境上下功夫。
      　　要搭建干事创业的平台，让返乡青年有用武之地。
      （作者单位：某县委党校）

      基层观察
      让村规民约真正管用起来
      ◎ 闻 溪
      　　村规民约是村民自治的重要载体。一些地方的村规民约内容空泛、照抄照搬，
      难以发挥作用。
      　　修订村规民约，要广泛听取村民意见，把群众关心的事写进去。
      （作者单位：某镇党政办）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.last?.title.hasSuffix("让村规民约真正管用起来") == true)
    #expect(articles.last?.byline?.hasSuffix("闻 溪") == true)
    #expect(articles.last?.body.hasPrefix("村规民约是村民自治的重要载体") == true)
  }

  @Test("a notice under a section's name, with its issuer and number, is an article of its own")
  func noticeUnderSectionName() {
    let page = """
      我县开展农村危房排查
      本报讯（记者 葛某）近日，县住建局组织技术人员对全县农村住房开展安全排查，共排查房屋一千二百余户。
      　　对排查发现的危房，县里将逐户建立台账，限期完成改造或腾退。
      村务公开
      云岭县民政局
      关于开展2031年度临时救助资金发放的公告
      云民公〔2031〕2号
      　　为做好困难群众临时救助工作，现将有关事项公告如下：
      　　一、救助对象。因突发事件导致基本生活暂时困难的家庭。
      　　二、申请方式。向户籍所在地乡镇人民政府提出申请。
      云岭县民政局
      2031年4月6日
      县图书馆延长周末开放时间
      本报讯（记者 葛某）自4月起，县图书馆周末开放时间延长至晚上八点，方便读者下班后借阅。
      （本版稿件由县民政局协办）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["我县开展农村危房排查", "云岭县民政局 关于开展2031年度临时救助资金发放的公告", "县图书馆延长周末开放时间"])
    #expect(articles.dropFirst().first?.body.hasPrefix("云民公〔2031〕2号\n为做好困难群众临时救助工作") == true)
    #expect(!articles.contains { $0.body.contains("村务公开") || $0.body.contains("协办") })
  }
}
