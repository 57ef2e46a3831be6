import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the tenth blind page set: mastheads with fields and notices, letter-spaced OCR
/// lines, page feet, block headlines that run to their lead, columns of briefs, scripts'
/// cues and previews, web pages' paging links, posts' numbered items.
extension BulletinSplitterTests {
  @Test("a saved page's links to the previous and next item are no text")
  func pagingLinksInBrackets() {
    #expect(BulletinSplitter.isWebChrome("【上一篇】某区召开河长制工作会议"))
    #expect(BulletinSplitter.isWebChrome("【下一篇】无"))
    #expect(!BulletinSplitter.isWebChrome("【上接第一版】"))
    let page = """
      当前位置：首页 > 工作动态
      某区完成首批老旧管网改造
      来源：区住建局　　发布时间：2025-03-02 10:00　　浏览次数：88
      3月1日，某区完成首批老旧管网改造，惠及居民一千余户。
      【上一篇】某区开展春季植树活动
      【下一篇】某区召开安全生产会议
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    #expect(articles.first?.body == "3月1日，某区完成首批老旧管网改造，惠及居民一千余户。")
  }

  @Test("a table of contents under a label in brackets lists the items and is none of them")
  func bracketedContentsLabel() {
    #expect(BulletinSplitter.isContentsLabel("【本期要目】"))
    #expect(BulletinSplitter.isContentsLabel("■目录"))
    #expect(!BulletinSplitter.isContentsLabel("【工作动态】"))
    let page = """
      某镇工作简报
      2025年第5期
      【本期要目】
      1.某镇部署春耕备耕工作
      2.某镇完成农村公路养护
      1.某镇部署春耕备耕工作
      3月2日，某镇召开会议，部署春耕备耕工作，要求各村抓好农资供应。
      2.某镇完成农村公路养护
      截至3月初，某镇完成农村公路养护四十公里，路况明显改善。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某镇部署春耕备耕工作", "某镇完成农村公路养护"])
    #expect(articles.allSatisfy { !$0.body.isEmpty })
  }

  @Test("a script's cues in square brackets and its preview of the items are no items")
  func scriptCuesAndPreview() {
    #expect(BulletinSplitter.isProductionCue("【片头】"))
    #expect(BulletinSplitter.isProductionCue("【片尾音乐】"))
    #expect(!BulletinSplitter.isProductionCue("【口播】"))
    #expect(!BulletinSplitter.isProductionCue("【片头】今天的主要内容有"))
    #expect(BulletinSplitter.previewedTitles("【提要】甲镇修路；乙镇建桥。") == ["甲镇修路", "乙镇建桥"])
    #expect(BulletinSplitter.opensWithLabel("【同期声】某村党支部书记"))
    #expect(!BulletinSplitter.opensWithLabel("【同期声】"))
    let page = """
      【片头】
      【提要】某县春季植树活动启动；某县新建两座污水处理站。

      1.某县春季植树活动启动
      【口播】3月12日，某县春季义务植树活动在城北公园启动。
      【同期声】某县林业局局长 古某：今年计划新增造林面积三千亩。
      （记者 甘某）

      2.某县新建两座污水处理站
      【口播】近日，某县两座乡镇污水处理站建成投用。
      （记者 冼某）
      【片尾】
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县春季植树活动启动", "某县新建两座污水处理站"])
    #expect(articles.first?.byline == "记者 甘某")
    #expect(articles.first?.body.contains("【同期声】某县林业局局长") == true)
  }

  @Test(
    "a masthead line of fields (page count, issue number, publisher, date) and an internal paper's notice are header")
  func mastheadFieldsLine() {
    #expect(BulletinSplitter.isMastheadFieldsLine("今日8版 第1203期"))
    #expect(BulletinSplitter.isMastheadFieldsLine("某某集团有限公司主办 第52期 2025年3月1日"))
    #expect(!BulletinSplitter.isMastheadFieldsLine("第52期 某某集团有限公司主办"))
    #expect(!BulletinSplitter.isMastheadFieldsLine("共抓大保护 不搞大开发"))
    // A space before a combining mark is one character with it, but still parts the words.
    #expect(!BulletinSplitter.isMastheadFieldsLine("今日4版 \u{1A6C}某"))
    #expect(BulletinSplitter.isPageFurniture("内部资料 免费交流"))
    #expect(BulletinSplitter.isPageFurniture("内部资料，注意保存"))
    let page = """
      某某电力报
      MOUHUA POWER NEWS
      某某电力集团有限公司主办　　第52期　　2025年3月1日
      内部资料　免费交流

      集团召开春季安全生产会议

      本报讯（记者 阮某）2月27日，集团召开春季安全生产会议，部署春季安全生产工作。

      某电厂完成机组检修

      本报讯（通讯员 满某）近日，某电厂一号机组完成计划检修，各项指标正常。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["集团召开春季安全生产会议", "某电厂完成机组检修"])
    #expect(articles.first?.byline == "记者 阮某")
  }
}

extension BulletinSplitterTests {
  @Test("a letter-spaced OCR line is read without its spacing as header or staff line")
  func letterSpacedLines() {
    func plain(_ line: String) -> String? {
      var bytes = Array(line.utf8)
      return bytes.withUnsafeMutableBufferPointer { raw in
        BulletinSplitter.withoutLetterSpacing(
          UnsafeBufferPointer(raw), collapsed: BulletinSplitter.collapseSpaces(Substring(line)))
      }
    }
    #expect(plain("某 县 日 报") == "某县日报")
    #expect(plain("编 辑:古 月　　校 对:文 心") == "编辑:古月 校对:文心")
    #expect(plain("会 议要求，各单位抓好落实。") == nil)
    #expect(plain("共抓大保护 不搞大开发") == nil)
    let page = """
      某 县 日 报
      2 0 2 5 年 3 月 2 日　星 期 日　第 二 版
      某县春耕备耕有序推进
      本报讯(记者 乔 某)3月1日,记者从县农业农村局获悉,全县春耕备耕有序推进。
      某县新增三条城乡公交线路
      本报讯(通讯员 晏 某)近日,某县新开通三条城乡公交线路,方便群众出行。
      编 辑:古 月　　校 对:文 心
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县春耕备耕有序推进", "某县新增三条城乡公交线路"])
    #expect(articles.last?.body == "近日,某县新开通三条城乡公交线路,方便群众出行。")
  }

  @Test("a page's foot with its number and section before the staff credits is no text")
  func pageFootWithStaff() {
    #expect(BulletinSplitter.isPageFoot("3 综合新闻 责编:古某 版式:文某"))
    #expect(BulletinSplitter.isPageFoot("责任编辑：古某 A5"))
    #expect(!BulletinSplitter.isPageFoot("责任编辑：古某"))
    #expect(!BulletinSplitter.isPageFoot("3 综合新闻"))
    let page = """
      某县报
      2025年3月2日 星期日

      某县召开春季森林防火工作会议

      本报讯(记者 乔某)3月1日,某县召开春季森林防火工作会议,部署防火工作。

      3  综合新闻   责编:古 某   版式:文 某
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    #expect(articles.first?.body == "3月1日,某县召开春季森林防火工作会议,部署防火工作。")
  }
}

extension BulletinSplitterTests {
  @Test("a block's headline runs over two or three lines to its lead or credit line")
  func blockHeadlineRunsToLead() {
    let page = """
      某市日报
      2025年3月2日 星期日

      某市出台支持物流业发展八条措施
      到2027年物流总额力争突破万亿元
      ■本报记者 谷某
      3月1日，记者从市商务局获悉，某市支持物流业发展的八条措施日前印发。
      措施提出，对新建冷链仓储设施给予补助。

      某区举行
      重点项目集中开工
      本报讯（记者 卞某）3月1日，某区十二个重点项目集中开工，总投资六十亿元。
      项目涵盖先进制造、城市更新等领域。

      A3
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某市出台支持物流业发展八条措施 到2027年物流总额力争突破万亿元", "某区举行 重点项目集中开工"])
    #expect(articles.map(\.byline) == ["本报记者 谷某", "记者 卞某"])
    #expect(articles.first?.body.hasPrefix("3月1日，记者从市商务局获悉") == true)
  }

  @Test("a headline line that breaks off after a joining word goes on on the next line")
  func headlineBrokenOffAfterJoiningWord() {
    #expect(BulletinSplitter.breaksOffHeadline("“城市书房”里的"))
    #expect(BulletinSplitter.breaksOffHeadline("乡村振兴与"))
    #expect(!BulletinSplitter.breaksOffHeadline("城市书房开放"))
    #expect(!BulletinSplitter.breaksOffHeadline("记者发现，这里的"))
    let page = """
      某区报
      2025年3月2日 星期日

      “城市书房”里的
      书香时光
      周末的午后，某区“城市书房”里座无虚席，市民们静静地翻阅书籍，
      孩子们在绘本区听志愿者讲故事。

      某区新增两座公园
      本报讯（记者 卞某）近日，某区两座社区公园建成开放，新增绿地一万平方米。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["“城市书房”里的 书香时光", "某区新增两座公园"])
    #expect(articles.first?.body.hasPrefix("周末的午后") == true)
  }

  @Test(
    "a notice's title under its issuer's name in one block is the headline, and a credit alone under a headline is the byline"
  )
  func noticeUnderIssuerAndCreditAlone() {
    #expect(BulletinSplitter.isDocumentNumber("某自然资告字〔2025〕9号"))
    #expect(BulletinSplitter.isDocumentNumber("某政发[2025]3号"))
    #expect(!BulletinSplitter.isDocumentNumber("某局发布第9号"))
    let page = """
      某县报
      2025年3月2日 星期日

      春灌时节水利忙
      记者 乔某 通讯员 晏某 报道
      连日来，某县各乡镇抢抓农时，组织群众清淤渠道、检修泵站，确保春灌用水。
      县水利局负责人介绍，今年春灌面积预计达到二十万亩。

      某县自然资源局
      国有建设用地使用权拍卖出让公告
      某自然资告字〔2025〕9号
      经某县人民政府批准，某县自然资源局决定以拍卖方式出让一宗国有建设用地使用权。
      某县自然资源局
      2025年3月1日
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["春灌时节水利忙", "某县自然资源局 国有建设用地使用权拍卖出让公告"])
    #expect(articles.first?.byline == "记者 乔某 通讯员 晏某")
    #expect(articles.first?.body.hasPrefix("连日来") == true)
  }
}

extension BulletinSplitterTests {
  @Test("a lead of the credit and 报道 before the text opens an article after a commentary")
  func reportedLeadOpensArticle() {
    #expect(BulletinSplitter.isLead("记者 乔某 报道 3月1日，某区举行招聘会。"))
    #expect(!BulletinSplitter.isLead("记者 乔某 报道"))
    let page = """
      某区报
      2025年3月2日 星期日

      某区举办春风行动招聘会

      本报讯（记者 卞某）3月1日，某区举办春风行动招聘会，八十家企业提供岗位三千个。

      某河评
      稳就业要多下绣花功夫
      □ 文 某

      就业是最基本的民生。招聘会办得好不好，要看岗位实不实、匹配准不准。

      只有把服务做细，才能让求职者和企业双向奔赴。

      某区新建十座口袋公园

      记者 乔某 报道 3月1日，某区新建的十座口袋公园全部对外开放，方便市民休闲健身。

      公园均配建了健身器材和儿童游乐设施。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    #expect(articles.last?.title == "某区新建十座口袋公园")
    #expect(articles.last?.byline == "记者 乔某")
    #expect(articles.last?.body.hasPrefix("3月1日，某区新建的十座口袋公园") == true)
    #expect(articles.dropLast().last?.body.contains("口袋公园") == false)
  }
}

extension BulletinSplitterTests {
  @Test("the name of a column of marked briefs names the column and is no text of the article before")
  func nameOverMarkedBriefs() {
    let page = """
      某市晚报
      2025年3月2日 星期日

      某市地铁3号线开通运营

      本报讯（记者 卞某）3月1日，某市地铁3号线开通运营，全线设站十八座。

      街巷新闻

      ■某街道开设长者食堂
      3月1日，某街道首家长者食堂开业，为辖区老人提供平价餐食。（乔 某）

      ■某社区举办义诊活动
      近日，某社区联合医院举办义诊活动，服务居民二百余人次。（晏 某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某市地铁3号线开通运营", "某街道开设长者食堂", "某社区举办义诊活动"])
    #expect(articles.first?.body.contains("街巷新闻") == false)
    // A box of figures under its short title keeps it.
    let figures = """
      某县报
      2025年3月2日 星期日

      某县一季度经济运行平稳

      本报讯（记者 卞某）3月1日，某县统计局发布一季度经济运行情况。

      数说一季度

      ●工业用电量　3.2亿千瓦时　增长6.1%
      ●网上零售额　5.6亿元　增长12.3%
      ●接待游客　120万人次　增长9.8%
      """
    #expect(BulletinSplitter().split(figures).map(\.title) == ["某县一季度经济运行平稳", "数说一季度"])
  }
}

extension BulletinSplitterTests {
  @Test("a briefs label after a feature and its photo caption heads a column whose items each have a title")
  func briefsColumnAfterFeature() {
    #expect(BulletinSplitter.isBriefsColumnLabel("简 讯"))
    #expect(BulletinSplitter.isBriefsColumnLabel("【快讯】"))
    #expect(!BulletinSplitter.isBriefsColumnLabel("短评"))
    let page = """
      某县报
      2025年3月2日 星期日

      果园里的“新农人”

      ■本报记者 乔某

      早春时节，某镇的果园里一片忙碌。返乡青年古某正带着工人修剪果树。

      “今年打算再扩种五十亩。”古某说。

      ▲3月1日，古某在果园里修剪果树。　本报记者 乔某 摄

      快　讯

      某县完成春季动物防疫
      近日，某县完成春季重大动物疫病集中免疫，免疫畜禽十二万头只。（晏某）

      某县举办农技培训班
      2月28日，某县举办春季农技培训班，培训种植大户二百余人。（文 某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["果园里的“新农人”", "某县完成春季动物防疫", "某县举办农技培训班"])
    #expect(articles.map(\.byline) == ["本报记者 乔某", "晏某", "文某"])
    #expect(articles.first?.body.contains("快") == false)
  }
}

extension BulletinSplitterTests {
  @Test("a post's circled items, banner, list of other posts and stacked foot credits")
  func postWithCircledItems() {
    #expect(BulletinSplitter.circledNumber("③ 某路段夜间施工") == 3)
    #expect(BulletinSplitter.circledNumber("❷某社区义诊") == 2)
    #expect(BulletinSplitter.circledNumber("某社区义诊") == nil)
    #expect(BulletinSplitter.isRecommendationLabel("▼往期推荐▼"))
    #expect(BulletinSplitter.isRecommendationLabel("👉推荐阅读"))
    #expect(!BulletinSplitter.isRecommendationLabel("往期推荐的三篇文章"))
    #expect(BulletinSplitter.isSectionLabel("📢本周资讯速递"))
    #expect(BulletinSplitter.isOneRoleCredit("审核：某某"))
    #expect(!BulletinSplitter.isOneRoleCredit("编辑：某某 审核：某某"))
    let page = """
      某区发布
      2025-03-02 18:30 发表于某省

      📢本周资讯速递

      ① 某区新增两家省级专精特新企业

      近日，省工信厅公布新一批专精特新企业名单，某区两家企业入选。

      ② 这些路段夜间施工，请提前绕行

      为推进管网改造，某大道将于夜间进行半幅封闭施工。

      ③ 某区启动春季义诊

      近日，某区卫健局启动春季义诊活动，为居民免费测量血压血糖。

      来源：某区融媒体中心
      编辑：甲某
      审核：乙某

      ▼往期推荐▼
      某区三月空气质量优良率创新高
      @某区居民，这份春季防火提示请收好
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某区新增两家省级专精特新企业", "这些路段夜间施工，请提前绕行", "某区启动春季义诊"])
    #expect(articles.map(\.byline) == [nil, nil, nil])
    #expect(articles.last?.body == "近日，某区卫健局启动春季义诊活动，为居民免费测量血压血糖。")
    // A source over one staff line credits the item it closes.
    let single = """
      某区发布

      某区启动春季义诊

      近日，某区卫健局启动春季义诊活动，为居民免费测量血压血糖。

      来源：某区卫健局
      编辑：甲某
      """
    #expect(BulletinSplitter().split(single).first?.byline == "某区卫健局")
  }
}

extension BulletinSplitterTests {
  @Test("a list of short circled items inside a text titles no items")
  func circledListInsideText() {
    let page = """
      某县报
      2025年3月2日 星期日

      某县部署春季安全生产工作

      本报讯（记者 卞某）3月1日，某县召开春季安全生产工作会议。会议要求：

      ①压实企业主体责任
      ②强化隐患排查整治
      ③严格督导考核问责

      会议强调，各乡镇各部门要以更严的标准抓好安全生产工作。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县部署春季安全生产工作"])
    #expect(articles.first?.body.contains("②强化隐患排查整治") == true)
  }
}
