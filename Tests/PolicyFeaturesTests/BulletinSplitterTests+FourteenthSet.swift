import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the fourteenth blind page set: a page's last item without lead or credit, a short
/// headline over text that restates it, after a news item with a lead (pages hard-wrapped at one
/// width, blank lines between paragraphs), and where such a line stays in the article before it.
extension BulletinSplitterTests {
  @Test("a paragraph's first sentence restates a headline when half its pairs of characters recur in it")
  func restatedHeadline() {
    #expect(BulletinSplitter.restatesHeadline("城区新增公共充电桩200个", in: "城区今年一季度新增公共充电桩200个，覆盖全部街道。"))
    #expect(BulletinSplitter.restatesHeadline("要素保障更加有力", in: "县里统筹调度各类要素，要素保障更加有力。"))
    // The words recur only after the first sentence: a section's summing up, not a restatement.
    #expect(!BulletinSplitter.restatesHeadline("城区新增公共充电桩200个", in: "市民出行更方便了。城区新增公共充电桩200个。"))
    #expect(!BulletinSplitter.restatesHeadline("下一步全县将统筹推进城乡供水一体化建设", in: "提升工程，到明年底普及率将达到98%以上。"))
    // Too short a line to tell.
    #expect(!BulletinSplitter.restatesHeadline("春耕", in: "春耕时节，田间一派繁忙。"))
  }

  @Test("the page's last short item, its headline restated by its text, is no part of the news item before it")
  func lastShortItemAfterNewsItem() {
    let page = """
      云溪日报 2025年3月12日 星期三 第2版 综合新闻

      县政府召开春季农业生产工作会议

      本报讯（记者 甲某 通讯员 乙某）3月11日，县政府召开春季农业生
      产工作会议，总结去年农业农村工作，部署今年春耕备耕和农田水利
      建设等重点任务。副县长丙某出席会议并讲话。

      会议指出，今年全县粮食播种面积要稳定在36万亩以上，各乡镇要落
      实耕地保护责任，坚决遏制耕地撂荒，确保粮食生产稳中有增。

      会议要求，要抓好种子、化肥、农药等农资供应，加强市场检查，严
      厉打击坑农害农行为，同时做好病虫害监测预警。

      城东污水处理厂扩建工程通过验收

      本报讯（记者 丁某）3月10日，城东污水处理厂扩建工程通过竣工验
      收，日处理能力由2万吨提升至5万吨，出水水质达到一级A标准。

      该工程总投资1.2亿元，新建生化池、深度处理车间等设施，配套铺
      设污水管网18公里，可满足城东片区未来十年的污水处理需求。

      城区新增公共充电桩200个

      城区今年一季度新增公共充电桩200个，覆盖全部街道和主要商圈。
      市民可通过手机应用查询空闲桩位，在线预约充电并支付费用。

      本版编辑 戊某  校对 己某
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县政府召开春季农业生产工作会议", "城东污水处理厂扩建工程通过验收", "城区新增公共充电桩200个"])
    #expect(articles.last?.byline == nil)
    #expect(articles.last?.body.hasPrefix("城区今年一季度新增公共充电桩200个") == true)
    #expect(articles.last?.body.contains("本版编辑") == false)
    #expect(articles.dropLast().last?.body.contains("充电桩") == false)
  }

  @Test("a feature's subheading over its last paragraph, restated by it, stays in the feature under a credit line")
  func restatedSubheadingInFeature() {
    let page = """
      云溪日报 2025年3月14日 星期五 第3版 乡村振兴

      一片茶叶富了一方百姓

      □本报记者 甲某

      早春时节，走进云溪县石岭村，漫山茶园吐露新芽，采茶工们穿梭在
      茶垄间，指尖翻飞，一派繁忙景象。

      十年前，石岭村还是远近闻名的贫困村，村民守着荒山过穷日子。如
      今，全村茶园面积发展到3000亩，茶叶成了村民增收致富的金叶子。

      村党支部书记乙某告诉记者，村里成立茶叶专业合作社，统一品种、
      统一技术、统一收购，让茶农种茶有了保障，茶叶卖出了好价钱。

      茶旅融合走出新路子

      去年，村里建成茶文化展示馆和观光步道，茶旅融合走出新路子，吸
      引游客8万人次，带动民宿、农家乐等增收500余万元。

      本版编辑 戊某  校对 己某
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["一片茶叶富了一方百姓"])
    #expect(articles.first?.body.contains("茶旅融合走出新路子") == true)
  }

  @Test("a news item's subheading at the page's end stays in it when the item has had subheadings before")
  func restatedSubheadingInNewsItemWithSubheadings() {
    let page = """
      云溪日报 2025年3月18日 星期二 第2版 要闻

      我县全力推进重点项目建设

      本报讯（记者 甲某 通讯员 乙某）开春以来，全县上下紧盯年度目
      标任务，抢抓施工黄金期，全力推进重点项目建设，一季度新开工项
      目28个，完成投资19.6亿元。

      项目审批跑出加速度

      县里推行项目审批全程代办，建立重点项目绿色通道，企业从拿地到
      开工的时间由过去的半年压缩至两个月以内，审批效率提升六成。

      要素保障更加有力

      县里统筹调度用地、用能、资金等要素，要素保障更加有力，今年已
      为重点项目落实建设用地1200亩，协调金融机构授信23亿元。

      本版编辑 戊某  校对 己某
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["我县全力推进重点项目建设"])
    #expect(articles.first?.body.contains("要素保障更加有力") == true)
  }

  @Test("a line a column break cut off the page's last paragraph is text, though it reads like a headline")
  func columnBreakLineAtPageEnd() {
    let page = """
      云溪日报 2025年3月14日 星期五 第2版 要闻

      县城供水管网改造工程全面启动

      本报讯（记者 甲某）3月13日，县城供水管网改造工程全面启动，计
      划用两年时间改造老旧供水管网46公里，惠及城区居民5万余户。

      据介绍，此次改造将更换老化铸铁管道，新装智能水表和监测设备，
      着力解决部分小区水压不足、水质浑浊等问题。

      施工期间，县水务公司将提前发布停水通知，合理安排施工时段，尽
      量减少对居民生活的影响。

      下一步全县将统筹推进城乡供水一体化建设并同步实施农村供水保障

      提升工程，到明年底农村自来水普及率将达到98%以上。

      本版编辑 戊某  校对 己某
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["县城供水管网改造工程全面启动"])
    #expect(articles.first?.body.contains("农村供水保障提升工程") == true)
  }
}
