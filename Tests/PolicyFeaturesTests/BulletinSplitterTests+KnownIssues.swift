import Testing

@testable import PolicyFeatures

/// Rules found on the pages registered as known issues of the page-layout test, each shown on a
/// page of its own: a list of fields closes before the paragraph after it; an index of contents
/// parts nothing on a page without blank lines; a kicker and headline after a closing credit
/// line head a news item; a brief may have a short title; a notice set on one line behind its
/// kind is an item of its own; a lead without a headline opens an untitled item.
extension BulletinSplitterTests {
  @Test("the paragraph after a list of fields (`普通档：…`, `清淡档：…`) starts a paragraph of its own")
  func paragraphAfterFieldList() {
    let page = """
      第2版 民生 2025年5月8日 星期四 溪口日报

      社区食堂开出“长者套餐”

      本报讯(记者 岑立)五月起，城西街道三家社区食堂推出长者套餐，六十岁以上老人凭卡就餐可享优惠，套餐分为两档：

      普通档：两荤一素、米饭一份

      清淡档：一荤两素、杂粮粥一碗

      街道还组织志愿者每天为行动不便的老人送餐上门，目前已登记送餐对象八十余人。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    let paragraphs = articles.first?.body.split(separator: "\n").map(String.init) ?? []
    #expect(paragraphs.count == 4)
    #expect(paragraphs.last?.hasPrefix("街道还组织志愿者") == true)
    #expect(BulletinSplitter.closesFieldList(["套餐分为两档：", "普通档：两荤一素", "清淡档：一荤两素"]))
    // A field whose value a print break cut after a comma runs on; one field alone is no list.
    #expect(!BulletinSplitter.closesFieldList(["普通档：两荤一素", "清淡档：一荤两素，另配"]))
    #expect(!BulletinSplitter.closesFieldList(["套餐分为两档：", "普通档：两荤一素"]))
  }

  @Test("an index of contents between two items parts them no more on a page without blank lines")
  func indexOnPageWithoutBlankLines() {
    let page = """
      溪口县报
      2025年5月8日　星期四
      区文化馆夜校开课
      　　5月7日，区文化馆春季夜校开课，首批开设书法、茶艺、民乐等课程十二门，报名学员三百余人。
      （记者 岑立）
      今日导读
      ▶ 溪口老街焕新颜　2版
      ▶ 一位护林员的二十年　3版
      城北公交线路优化调整
      　　5月7日，城北片区三条公交线路完成优化调整，新增站点六个，早晚高峰发车间隔缩短至八分钟。
      （通讯员 乔安）
      【短评】
      让书香飘进寻常巷陌
      文/乔安
      　　读书不必等到节日。把书架搬进社区，把讲座开到村头，阅读才能成为日常。
      图书馆延长开放时间
      　　近日，县图书馆将周末闭馆时间由下午五点延长至晚上八点，方便读者错峰阅读。
      （记者 柏青）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区文化馆夜校开课", "城北公交线路优化调整", "让书香飘进寻常巷陌", "图书馆延长开放时间"])
    #expect(articles.map(\.byline) == ["记者 岑立", "通讯员 乔安", "乔安", "记者 柏青"])
    #expect(articles.allSatisfy { !$0.body.contains("2版") && !$0.body.contains("今日导读") })
  }

  @Test("a kicker and a headline after an item's credit line head a news item that opens with its day")
  func kickerOverHeadlineAfterCreditLine() {
    let page = """
      溪口县报
      2025年5月8日　星期四
      区文化馆夜校开课
      　　5月7日，区文化馆春季夜校开课，首批开设书法、茶艺、民乐等课程十二门，报名学员三百余人。
      　　文化馆负责人介绍，夜校课程全部免费，学员可通过小程序预约。
      （记者 岑立）
      世界读书日系列活动
      书香溪口阅读季启动
      　　5月7日，“书香溪口”阅读季在县图书馆启动，活动将持续到十月底。
      （记者 柏青）
      【短评】
      让书香飘进寻常巷陌
      文/乔安
      　　读书不必等到节日。把书架搬进社区，把讲座开到村头，阅读才能成为日常。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区文化馆夜校开课", "世界读书日系列活动 书香溪口阅读季启动", "让书香飘进寻常巷陌"])
    #expect(articles.first?.byline == "记者 岑立")
    #expect(articles.count == 3 && articles[1].body.hasPrefix("5月7日，“书香溪口”") && articles[1].byline == "记者 柏青")
  }

  @Test("a brief's short title behind its mark heads text that opens as news does")
  func shortBriefTitleAndOneLineNotice() {
    let page = """
      溪口县报
      2025年5月8日　星期四
      【要闻简讯】
      ■城北公交线路优化调整　5月7日，城北片区三条公交线路完成优化调整，新增站点六个。（通讯员 乔安）
      ■茶市开张　5月7日，溪口春茶交易市场开张，首日成交鲜叶两万余斤。（记者 柏青）
      ■图书馆延长开放时间　近日，县图书馆将周末闭馆时间延长至晚上八点，方便读者错峰阅读。（记者 岑立）
      招领启事：近日在县人民广场拾得黑色背包一个，请失主携有效证件到广场管理处认领。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["城北公交线路优化调整", "茶市开张", "图书馆延长开放时间", "招领启事"])
    #expect(articles.map(\.byline) == ["通讯员 乔安", "记者 柏青", "记者 岑立", nil])
    #expect(articles.last?.body.hasPrefix("近日在县人民广场拾得") == true)
    #expect(BulletinSplitter.oneLineNoticeLabel("遗失声明：某某公司遗失营业执照副本一份，声明作废。") == "遗失声明")
    // A shorter word before a colon opens a sentence as often; the weather is no notice.
    #expect(BulletinSplitter.oneLineNoticeLabel("声明：本公司从未委托任何个人代收费用。") == nil)
    #expect(BulletinSplitter.oneLineNoticeLabel("天气预报：今天多云转晴，气温十五到二十五度。") == nil)
  }

  @Test("a lead without a headline after a finished item opens an untitled item, titled by its opening clause")
  func untitledLeadAfterBrief() {
    let page = """
      溪口县报
      2025年5月8日　星期四
      区文化馆夜校开课
      本报讯(记者 岑立)5月7日，区文化馆春季夜校开课，首批开设书法、茶艺、民乐等课程十二门。
      文化馆负责人介绍，夜校课程全部免费，学员可通过小程序预约。
      ■城北公交线路优化调整
      5月7日，城北片区三条公交线路完成优化调整，新增站点六个，早晚高峰发车间隔缩短。(通讯员 乔安)
      本报讯 日前，县供电公司在城东新区建成两座充电站，可同时为四十辆电动汽车充电。(通讯员 谷雨)
      责任编辑：某某
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["区文化馆夜校开课", "城北公交线路优化调整", "日前，县供电公司在城东新区建成两座充电站"])
    #expect(articles.map(\.byline) == ["记者 岑立", "通讯员 乔安", "通讯员 谷雨"])
    #expect(articles.last?.body.hasPrefix("日前，县供电公司") == true)
    #expect(BulletinSplitter.untitledLeadTitle("本报讯 会议指出，要抓好落实。") == nil)
  }
}
