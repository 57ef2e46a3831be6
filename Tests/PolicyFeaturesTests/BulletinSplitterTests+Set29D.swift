import Testing

@testable import PolicyFeatures

/// Rules for set 29's communiqué, press-conference, web-list and government pages: a document's
/// title over the note of its adoption set in a block of its own, apart from its text.
extension BulletinSplitterTests {
  @Test(
    "a document's title over the note of its adoption, a block of its own, heads the text in the block under it"
  )
  func adoptionNoteBlockHeadsTextBlockUnderIt() {
    let page = """
      青岚周报
      2028年5月9日　星期二

      中共青岚县第五届委员会第四次全体会议决议
      （2028年5月8日中共青岚县第五届委员会第四次全体会议通过）

      　　全会听取并审议了县委常委会工作报告，充分肯定了过去半年的各项工作。
      　　一、全会总体评价
      　　全会认为，全县经济运行稳中有进，民生保障持续加强。
      　　二、全会部署下半年任务
      　　全会要求，各级党组织要抓好夏粮收储和防汛备汛工作。

      县政府召开常务会议
      　　本报讯（记者 唐知秋）5月8日，县政府召开常务会议，传达学习全会精神。
      　　会议研究了城区供水管网改造等事项。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.first?.title.hasPrefix("中共青岚县第五届委员会第四次全体会议决议") == true)
    #expect(articles.first?.body.contains("全会听取并审议了县委常委会工作报告") == true)
    #expect(articles.first?.body.contains("全会要求，各级党组织") == true)
    #expect(articles.last?.title == "县政府召开常务会议")
    #expect(articles.last?.byline == "记者 唐知秋")
  }
}

extension BulletinSplitterTests {
  @Test(
    "reporters credited under a web item's publishing line that names only its source, in the lead or on a line of their own, are the byline"
  )
  func reportersUnderSourceOnlyPublishingLineAreByline() {
    let page = """
      柳溪县融媒体中心
      首页 | 柳溪要闻 | 乡镇动态
      当前位置：首页 > 柳溪要闻

      柳溪县启动春季植树护绿行动
      发布时间：2028-04-02 09:10  来源：柳溪融媒  浏览次数：812
      柳溪融媒讯（记者 聂远帆 通讯员 毛春禾）4月1日，全县春季植树护绿行动启动。
      今年全县计划新植苗木12万株，修复林地800亩。
      编辑：倪小满  审核：贝德川

      柳溪河步道全线贯通
      发布时间：2028-04-01 15:20  来源：柳溪融媒  浏览次数：640
      记者 葛书瑶
      3月31日，柳溪河滨河步道全线贯通，全长9.6公里。
      步道沿线设置休憩驿站6处，方便市民健身散步。
      编辑：倪小满  审核：贝德川
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柳溪县启动春季植树护绿行动", "柳溪河步道全线贯通"])
    #expect(articles.first?.byline == "记者 聂远帆 通讯员 毛春禾")
    #expect(articles.first?.body.hasPrefix("4月1日，全县春季植树护绿行动启动。") == true)
    #expect(articles.last?.byline == "记者 葛书瑶")
    #expect(articles.last?.body.hasPrefix("3月31日，柳溪河滨河步道") == true)
  }
}

extension BulletinSplitterTests {
  @Test(
    "a press conference's record on a government's site: time and place under the publishing line are no text, the transcript block is the title's, the government's own office credits no one, a related-news label titles nothing"
  )
  func pressConferenceRecordOnGovernmentSite() {
    let page = """
      梧桐市人民政府网
      首页 > 新闻中心 > 发布会

      梧桐市春季森林防火新闻发布会实录
      来源：梧桐市人民政府新闻办公室　发布时间：2028-03-02 15:00
      时间：2028年3月2日上午9:30
      地点：市政府新闻发布厅
      发布人：市林业局局长 钱若川

      主持人 苗以宁（市政府新闻办副主任）：各位记者朋友，上午好！首先请钱若川局长介绍情况。
      钱若川：今年以来，全市新建防火隔离带86公里，配备扑火队员420人。
      梧桐日报记者：请问进山游客要注意什么？
      钱若川：进山游客严禁携带火种，林区入口均设有检查点。

      相关新闻
      市林业局开展防火巡查
      梧桐新闻网讯（记者 车明溪）3月1日，市林业局组织巡查组深入重点林区开展防火巡查。
      巡查组共检查林区入口32处，整改隐患7处。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["梧桐市春季森林防火新闻发布会实录", "市林业局开展防火巡查"])
    #expect(articles.first?.byline == nil)
    #expect(articles.first?.body.hasPrefix("主持人 苗以宁（市政府新闻办副主任）：各位记者朋友") == true)
    #expect(articles.first?.body.contains("林区入口均设有检查点") == true)
    #expect(articles.first?.body.contains("地点：") == false)
    #expect(articles.last?.byline == "记者 车明溪")
  }
}
