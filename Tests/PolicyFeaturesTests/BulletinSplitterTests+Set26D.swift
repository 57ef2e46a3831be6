import Testing

@testable import PolicyFeatures

/// Rules for set 26's last page: a section's label (`…动态`) heading a column of untitled briefs
/// behind bullets, set right under a photo's credit in the same block.
extension BulletinSplitterTests {
  /// The page strip and first article both pages below open with.
  static let set26DPageHead = """
    松岭县报　第3版　乡村振兴　2027年9月14日

    柏溪镇高标准农田建设通过验收
        本报讯 记者 岑望舒 报道 日前，柏溪镇今年新建的
    1.8万亩高标准农田顺利通过县级验收，田间道路、灌溉沟渠
    和农田林网全部配套到位。
        镇农业服务中心负责人介绍，项目区亩均粮食产量预计
    可提高一成以上。


    """

  @Test(
    "a section's label under a photo's credit heads a column of untitled briefs behind bullets: each brief is named by its opening clause"
  )
  func sectionLabelOverBulletedBriefsUnderPhotoCredit() {
    let page =
      Self.set26DPageHead + """
        金穗满仓
            9月8日，农机手在柏溪镇东湾村驾驶收割机抢收中稻。
        今年该镇中稻种植面积达4.2万亩，长势普遍好于往年。
        通讯员 甘露白 摄
        乡村动态
            ■青枫乡近日举办农村电商技能培训班，邀请电商平台讲
        师为90余名返乡青年讲授直播带货和网店运营知识，帮助他
        们把本地山货卖出大山。

            ■云台镇日前完成今年农村户厕改造任务，共新改建卫生
        户厕1300余座，并建立了“有人管、有钱修、有制度”的长
        效管护机制。

        本版编辑：卢远山
        """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "柏溪镇高标准农田建设通过验收", "金穗满仓", "青枫乡近日举办农村电商技能培训班", "云台镇日前完成今年农村户厕改造任务",
      ])
    #expect(articles.dropFirst(2).first?.body.hasPrefix("青枫乡近日举办农村电商技能培训班，邀请") == true)
    #expect(articles.last?.body.hasPrefix("云台镇日前完成今年农村户厕改造任务，共新改建") == true)
    #expect(articles.dropFirst().first?.body.hasSuffix("长势普遍好于往年。") == true)
    #expect(!articles.contains { $0.title.contains("乡村动态") || $0.body.contains("乡村动态") })
  }

  @Test(
    "a section's label over a headline and its lead labels that article as before"
  )
  func sectionLabelOverHeadlinedArticle() {
    let page =
      Self.set26DPageHead + """
        乡村动态
        青枫乡返乡青年学做电商
            本报讯 通讯员 阮星河 报道 青枫乡近日举办农村电商
        技能培训班，邀请电商平台讲师为90余名返乡青年讲授直播
        带货和网店运营知识。
            参加培训的返乡青年许青禾说，学到的本事马上就能用上。

        本版编辑：卢远山
        """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柏溪镇高标准农田建设通过验收", "青枫乡返乡青年学做电商"])
    #expect(articles.last?.body.hasPrefix("青枫乡近日举办农村电商技能培训班") == true)
    #expect(!articles.contains { $0.body.contains("乡村动态") })
  }
}
