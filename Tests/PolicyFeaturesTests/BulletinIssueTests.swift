import Testing

@testable import PolicyFeatures

/// Office bulletins (`工作简报`, `每日要情`), saved web pages and public-account posts: what is
/// furniture and how their items are titled. Every page here was written for this test.
@Suite("Bulletin issues and saved web pages")
struct BulletinIssueTests {
  let splitter = BulletinSplitter()

  @Test("a work bulletin: header, contents, bracketed and numbered titles, distribution list")
  func workBulletin() throws {
    let page = """
      兰溪区工作简报
      第7期
      兰溪区委办公室编　　　　2025年3月6日

      本期要目
      【兰溪街道建成首个零碳社区】
      【区税务局推行“一次不用跑”】

      【兰溪街道建成首个零碳社区】
      　　3月4日，兰溪街道柳湾社区通过零碳社区评估，社区屋顶光伏年发电约40万千瓦时。
      　　（兰溪街道供稿）

      【区税务局推行“一次不用跑”】
      　　今年以来，区税务局将28项涉税事项纳入网上办理，群众办税平均用时缩短六成。

      ━━━━━━━━━━━━━━━━
      报：市委办公室，区委常委
      送：区各委办局，各街道党工委
      （共印60份）
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["兰溪街道建成首个零碳社区", "区税务局推行“一次不用跑”"])
    #expect(articles.first?.body.hasPrefix("3月4日，兰溪街道柳湾社区通过零碳社区评估") == true)
    let all = articles.map { $0.title + $0.body }.joined()
    for furniture in ["工作简报", "第7期", "本期要目", "报：", "送：", "共印"] {
      #expect(!all.contains(furniture), "\(furniture)")
    }
  }

  @Test("numbered items whose first sentence is the title, under section labels")
  func numberedOneParagraphItems() throws {
    let page = """
      兰溪要情
      2025年第41期（总第602期）
      兰溪区委办公室　　　　2025年3月7日

      【区内动态】
      1.区内首座换电站投入运营。3月6日，兰溪区首座新能源汽车换电站在滨江路投入运营，单车换电约需3分钟，日服务能力400车次。（区发改局报送）
      2.兰溪河入江口完成生态修复。近日，兰溪河入江口生态修复工程完工，新增滨水湿地约80亩，种植水生植物12万株。（区水务局报送）
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["区内首座换电站投入运营", "兰溪河入江口完成生态修复"])
    #expect(articles.first?.body.hasPrefix("3月6日，兰溪区首座新能源汽车换电站") == true)
    #expect(!articles.contains { $0.title.contains("区内动态") || $0.body.contains("区内动态") })
  }

  @Test("a bulletin extracted from a PDF: preface, section labels, a broken title, page numbers")
  func extractedBulletin() throws {
    let page = """
      督　查　专　报
      2025年第5期
      兰溪县人民政府督查室　　　　　　2025年9月4日
      按：8月下旬，县政府督查室对全县重点项目推进
      情况开展专项督查。现将有关情况摘报如下。
      一、重点项目
      ◎县城第二污水处理厂提标改造工
      程进度滞后
      该项目计划今年10月底前完成提标改造，督查发现，
      — 1 —
      项目目前仅完成总工程量的45%。
      ◎白沙工业园光伏项目并网受阻
      白沙工业园屋顶光伏项目已完成全部组件安装，目前
      仅有6兆瓦实现并网发电。
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["县城第二污水处理厂提标改造工程进度滞后", "白沙工业园光伏项目并网受阻"])
    #expect(articles.first?.body == "该项目计划今年10月底前完成提标改造，督查发现，项目目前仅完成总工程量的45%。")
    let all = articles.map { $0.title + $0.body }.joined()
    for furniture in ["摘报如下", "重点项目", "— 1 —"] { #expect(!all.contains(furniture), "\(furniture)") }
  }

  @Test("a saved web page: breadcrumb, publishing line, tool and paging links")
  func savedWebPage() throws {
    let page = """
      当前位置：首页 > 政务公开 > 工作动态

      区生态环境局开展夏季臭氧污染防控检查
      信息来源：区生态环境局　作者：陶然　发布日期：2025-07-02　点击数：
      【字体：大 中 小】【打印】【关闭】
      近日，区生态环境局对辖区汽修、印刷等行业的32家企业开展夏季臭氧污染防控检查。
      检查发现问题9个，已督促企业全部整改到位。
      分享到：
      上一篇：区生态环境局召开半年工作会
      下一篇：兰溪河水质月报（6月）

      区水务局完成城区排水管网汛前清淤
      发布时间：2025-06-28 10:15　来源：区水务局　浏览次数：
      【字体：大 中 小】
      6月以来，区水务局组织对城区主次干道排水管网开展汛前清淤，共清淤管道46公里。
      【打印本页】【关闭窗口】

      主办：兰溪区人民政府办公室　承办：兰溪区大数据中心
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["区生态环境局开展夏季臭氧污染防控检查", "区水务局完成城区排水管网汛前清淤"])
    #expect(articles.map(\.byline) == ["陶然", "区水务局"])
    #expect(articles.first?.body.hasPrefix("近日，区生态环境局对辖区汽修") == true)
    #expect(articles.first?.body.hasSuffix("已督促企业全部整改到位。") == true)
    let all = articles.map { $0.title + $0.body }.joined()
    for furniture in ["当前位置", "字体", "分享到", "上一篇", "下一篇", "打印", "主办"] {
      #expect(!all.contains(furniture), "\(furniture)")
    }
  }

  @Test(
    "which lines are furniture",
    arguments: [
      ("报：市委办公室，区委常委", true), ("抄送：区人大常委会办公室，区政协办公室。", true),
      ("报道称，该项目年内开工。", false), ("送：", false),
      ("第23期", true), ("2025年第142期（总第1876期）", true), ("第5期青年干部培训班开班", false),
      ("（共印90份）", true), ("兰溪区人民政府办公室　2025年8月2日印发", true), ("《规定》近日印发", false),
      ("当前位置：首页 > 新闻动态", true), ("首页 > 政务公开 > 部门动态", true), ("【打印本页】【关闭窗口】", true),
      ("分享 收藏 点赞 在看", true), ("兰溪区举办首届读书节", false),
    ])
  func furniture(line: String, expected: Bool) {
    #expect(BulletinSplitter.isIssueFurniture(line) == expected)
  }

  @Test("publishing lines give the author, else the source")
  func publishingCredit() {
    #expect(BulletinSplitter.isPublishingLine("发布时间：2025-06-28 10:15 来源：区水务局 浏览次数：312"))
    #expect(!BulletinSplitter.isPublishingLine("会议发布了2025年工作要点，来源于各部门的意见。"))
    #expect(BulletinSplitter.publishingCredit("信息来源：县商务局 作者：吴某 发布日期：2025-08-09") == "吴某")
    #expect(BulletinSplitter.publishingCredit("信息来源：县商务局 作者： 发布日期：2025-08-09") == "县商务局")
    #expect(BulletinSplitter.publishingCredit("发布时间：2025-06-28 10:15 来源：区水务局 浏览次数：") == "区水务局")
  }

  @Test("drawn boxes: an advertisement goes, any other box stays")
  func drawnBoxes() throws {
    let story = "兰溪区举办首届读书节\n\n本报讯（记者 陶然）昨天，兰溪区首届读书节开幕。\n\n"
    let advert = "┏━━━━━━━━┓\n　　2026年度《兰溪日报》征订工作已经开始\n　　订阅热线：6100 0000\n┗━━━━━━━━┛\n\n"
    let other = "┏━━━━━━━━┓\n　　读书节期间，区图书馆每天开放至21时。\n┗━━━━━━━━┛\n"
    let withAdvert = splitter.split(story + advert)
    #expect(withAdvert.map(\.title) == ["兰溪区举办首届读书节"])
    #expect(withAdvert.allSatisfy { !$0.body.contains("征订") })
    let withBox = splitter.split(story + other)
    #expect(withBox.map { $0.title + $0.body }.joined().contains("区图书馆每天开放至21时"))
    #expect(BulletinSplitter.boxEdge("┏━━━━┓") == .top)
    #expect(BulletinSplitter.boxEdge("╚════╝") == .bottom)
    #expect(BulletinSplitter.boxEdge("━━━━━━") == nil)
  }

  @Test("bracketed titles between items that close with credits; a subtitle in a block")
  func bracketedTitlesAndBlockSubtitles() throws {
    let script = """
      兰溪新闻·早间播报稿
      日期：2025年3月7日（星期五）
      主持人：各位听众早上好，欢迎收听《兰溪早班车》。
      【区内首座换电站投入运营】
      3月6日，兰溪区首座新能源汽车换电站在滨江路投入运营。（融媒记者 陶然）
      【兰溪河入江口完成生态修复】
      近日，兰溪河入江口生态修复工程完工，新增滨水湿地约80亩。
      【区图书馆延时开放】
      即日起，区图书馆每天开放至21时。（融媒记者 韩青）
      主持人：以上是今天早班车的主要内容，感谢收听。
      """
    let items = splitter.split(script)
    #expect(items.map(\.title) == ["区内首座换电站投入运营", "兰溪河入江口完成生态修复", "区图书馆延时开放"])
    #expect(items.map(\.byline) == ["融媒记者 陶然", nil, "融媒记者 韩青"])
    #expect(!items.contains { $0.body.contains("主持人") })
    let feature = """
      换电站里的“三分钟”
      ——兰溪区新能源汽车服务观察
      文/记者 陶然　图/通讯员 韩青

      3月6日，兰溪区首座新能源汽车换电站投入运营。
      一辆出租车驶入换电工位，三分钟后满电驶出。

      兰溪区首届读书节开幕
      ■记者 韩青

      3月6日，兰溪区首届读书节开幕。
      活动将持续一个月。
      """
    let articles = splitter.split(feature)
    #expect(articles.map(\.title) == ["换电站里的“三分钟” ——兰溪区新能源汽车服务观察", "兰溪区首届读书节开幕"])
    #expect(articles.map(\.byline) == ["文/记者 陶然 图/通讯员 韩青", "记者 韩青"])
    #expect(articles.first?.body.hasPrefix("3月6日，兰溪区首座新能源汽车换电站投入运营。") == true)
  }

  @Test("a town bulletin's untitled dated items, one article each")
  func untitledItems() throws {
    let page = """
      枫桥镇工作动态
      第3期（总第41期）
      枫桥镇党政办公室　　2025年3月8日

      ◆3月3日，镇党委书记带队到东岸村督导光伏车棚项目建设，现场协调解决施工用电等问题4个。
      ◆3月5日，镇河长办组织开展枫溪河集中巡河行动，清理河面漂浮物约2吨。
      ◆本周，镇党政办对全镇11个便民服务站开展暗访，发现问题3个，已督促整改。
      """
    let articles = splitter.split(page)
    #expect(
      articles.map(\.title) == ["镇党委书记带队到东岸村督导光伏车棚项目建设", "镇河长办组织开展枫溪河集中巡河行动", "镇党政办对全镇11个便民服务站开展暗访"])
    #expect(articles.first?.body.hasPrefix("3月3日，镇党委书记带队") == true)
    #expect(BulletinSplitter.untitledItem("◆长期以来，镇里坚持开展巡河行动，效果明显，群众满意度逐年提升，河道面貌焕然一新。") == nil)
  }

  @Test("a headline wrapped over two lines above indented text")
  func wrappedHeadlineOverIndentedText() throws {
    let page = """
      兰溪区“放管服”改革“回头看”
      企业反映问题办结率达97%
      　　本月初，兰溪区完成“放管服”改革“回头看”，
      共收集企业反映问题158个。
      　　目前已办结153个。

      兰溪区首届读书节开幕
      　　3月6日，兰溪区首届读书节开幕，
      活动将持续一个月。
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["兰溪区“放管服”改革“回头看” 企业反映问题办结率达97%", "兰溪区首届读书节开幕"])
    #expect(articles.first?.body.hasPrefix("本月初，兰溪区完成") == true)
  }

  @Test("a public account's post: post line, item numbers, sources, recommendations")
  func accountPost() throws {
    let page = """
      今日兰溪｜换电站开通、读书节开幕
      原创　兰溪发布　兰溪发布　2025年03月06日 18:30

      01
      区内首座换电站投入运营
      3月6日，兰溪区首座新能源汽车换电站在滨江路投入运营，日服务能力400车次。
      来源：区发改局

      02
      兰溪区首届读书节开幕
      3月6日，兰溪区首届读书节开幕，活动将持续一个月。

      往期推荐
      ▶兰溪河入江口完成生态修复
      ▶区税务局推行“一次不用跑”

      分享　收藏　点赞　在看
      """
    let articles = splitter.split(page)
    #expect(articles.map(\.title) == ["区内首座换电站投入运营", "兰溪区首届读书节开幕"])
    #expect(!articles.contains { $0.body.contains("往期推荐") || $0.body.contains("生态修复") || $0.body.contains("点赞") })
  }
}
