import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the sixteenth blind page set's small boxes: a short label (`便民提示`, `安全小贴士`,
/// `图说数据`, `工作简讯`, `相关链接`) after a finished article starts a box of its own over the
/// box's own headline or over content no prose paragraph opens with (a list's lead-in, bullets,
/// `一是…`); a link box over prose stays with the article it gives background to, and a
/// feature's subheading over prose stays a subheading. A timeline's entries keep their lines.
extension BulletinSplitterTests {
  @Test("a box label is two to six ideographs ending with a box word, or a column label")
  func boxLabels() {
    #expect(BulletinSplitter.isBoxLabel("便民提示"))
    #expect(BulletinSplitter.isBoxLabel("安全小贴士"))
    #expect(BulletinSplitter.isBoxLabel("数据"))
    #expect(BulletinSplitter.isBoxLabel("短评"))
    #expect(!BulletinSplitter.isBoxLabel("专家提示，雨天慢行"))
    #expect(!BulletinSplitter.isBoxLabel("让群众少跑腿"))
    #expect(!BulletinSplitter.isBoxLabel("科技赋能让乡村治理插上大数据"))
    #expect(BulletinSplitter.labelsBackground("新闻链接"))
    #expect(BulletinSplitter.isTimelineEntry("2019年3月 村里通上自来水"))
    #expect(!BulletinSplitter.isTimelineEntry("2019年3月，村里通上了自来水。"))
  }

  @Test("a tip box under its label and headline after a news item is an item of its own")
  func tipBoxWithHeadline() {
    let page = """
      桐川日报 2025年5月13日 星期二 第3版 民生

      城南农贸市场完成提升改造

      本报讯(记者 甲某)5月12日，城南农贸市场提升改造完工，市场重新划分了蔬菜、肉类和水产区域，地面全部重新铺设。

      市场管理方介绍，改造后每个摊位都设置了电子价格牌，入口处还增设了公平秤。

      便民提示

      城东片区周五暂停供气

      因燃气管道迁改施工，5月16日9时至17时城东片区暂停供气，请用户提前关闭燃气阀门。

      恢复供气后如有异常，请拨打燃气公司服务电话。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.count == 2 && articles[1].title.hasSuffix("城东片区周五暂停供气"))
    #expect(articles.count == 2 && articles[1].body.hasPrefix("因燃气管道迁改施工"))
    #expect(articles.first?.body.contains("便民提示") == false)
    #expect(articles.first?.body.contains("暂停供气") == false)
  }

  @Test("a box label over a list's lead-in or bullets starts the box; its title is the label")
  func tipBoxOverList() {
    let page = """
      桐川日报 2025年5月13日 星期二 第4版 健康

      区中医院开设夏季养生门诊

      本报讯(记者 乙某 通讯员 丙某)5月10日，区中医院夏季养生门诊开诊，每天上午由五名中医师轮流坐诊。

      据介绍，门诊开诊首日接诊市民六十余人次，多为咨询调理脾胃和改善睡眠。

      防暑小贴士

      高温天气出行记住“三备”：

      一是备足饮水，少量多次补充。

      二是备好遮阳用品，避开午后外出。

      三是备些防暑药品，出现不适及时就医。

      工作简讯

      ■5月8日，区卫生健康局召开基层医疗机构院感防控培训会。

      ■近日，区妇幼保健院开展母乳喂养宣传周活动。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区中医院开设夏季养生门诊", "防暑小贴士", "工作简讯"])
    #expect(articles.first?.byline == "记者 乙某 通讯员 丙某")
    #expect(articles.first?.body.contains("三备") == false)
    #expect(articles.count == 3 && articles[1].body.hasPrefix("高温天气出行记住"))
    #expect(articles.count == 3 && !articles[1].body.contains("卫生健康局"))
  }

  @Test("a figures box and a timeline under a link label's headline leave the article above")
  func figuresAndTimelineBoxes() {
    let page = """
      桐川日报 2025年5月13日 星期二 第5版 专题

      一座小镇的蝶变

      □本报记者 丁某 通讯员 戊某

      清晨的溪口镇，石板路被雨水洗得发亮，老街两旁的店铺陆续开门。

      几年前，这里还是另一番景象：房屋破旧，年轻人纷纷外出务工。

      老街换新颜

      2019年，溪口镇启动老街保护修缮工程，修缮沿街老屋一百二十余间。

      “老屋修好了，游客也来了。”镇文化站负责人说，今年镇里还将开放两处非遗工坊。

      相关链接

      溪口镇老街修缮记

      2019年3月 启动老街保护修缮工程

      2020年10月 沿街老屋修缮全部完成

      2022年5月 老街获评省级历史文化街区

      2024年9月 非遗工坊首批开放迎客

      区文旅局：今年再修缮两条老街

      本报讯(记者 丁某)记者从区文旅局获悉，今年我区将启动两条老街的保护修缮，计划完成房屋修缮八十间。

      图说数据

      一季度全区文旅消费简况

      接待游客 86.2万人次 同比增长12.4%

      旅游收入 7.8亿元 同比增长9.6%

      数据来源：区文旅局
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 4)
    #expect(articles.first?.body.contains("修缮记") == false)
    #expect(articles.first?.body.contains("2020年10月") == false)
    #expect(articles.count == 4 && articles[1].title.hasSuffix("溪口镇老街修缮记"))
    #expect(articles.count == 4 && articles[1].body.split(separator: "\n").count == 4)
    #expect(articles.count == 4 && !articles[2].body.contains("图说数据"))
    #expect(articles.count == 4 && articles[3].title.hasSuffix("一季度全区文旅消费简况"))
  }

  @Test("a link box over prose stays in its article, and a subheading ending in a box word is no box")
  func linkBoxAndSubheadingStay() {
    let page = """
      桐川日报 2025年5月13日 星期二 第2版 要闻

      区推行企业开办“一日办结”

      本报讯(记者 己某)5月9日，区政务服务中心推行企业开办“一日办结”，申请人一次提交材料即可领取营业执照和印章。

      据介绍，改革后企业开办环节由五个压缩为两个，全程网办比例达到九成。

      相关链接

      什么是“一日办结”？

      “一日办结”是指企业开办的登记、刻章、申领发票等事项在一个工作日内全部办完，申请人无需往返多个窗口。

      用活大数据

      区政务服务中心负责人介绍，下一步将打通部门间的数据壁垒，让更多事项实现“免证办”。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    #expect(articles.first?.body.contains("相关链接") == true)
    #expect(articles.first?.body.contains("免证办") == true)
  }
}
