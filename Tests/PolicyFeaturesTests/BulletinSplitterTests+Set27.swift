import Testing

@testable import PolicyFeatures

/// Rules for set 27: short files an analyst saves by hand, pasted articles with the outlet's
/// line under each title.
extension BulletinSplitterTests {
  @Test(
    "a 来源 line naming only the outlet right under a pasted article's title is its publishing line, also under a title of two lines"
  )
  func bareSourceLineUnderPastedTitle() {
    let page = """
      桐溪镇建成首座智慧农机服务站
      来源：桐溪融媒
      近日，桐溪镇首座智慧农机服务站建成投用，可为周边农户提供农机维修、调度和租赁服务。
      服务站配备技术人员6名，预计每年服务农户2000余户次。

      ———

      栖霞湾片区老旧小区改造工程
      全面完成年度任务
      来源：东岭晚报
      记者从市住建局获悉，栖霞湾片区今年纳入改造的14个老旧小区已全部完工。
      改造后，小区新增停车位420个，加装电梯17部。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["桐溪镇建成首座智慧农机服务站", "栖霞湾片区老旧小区改造工程 全面完成年度任务"])
    #expect(articles.map(\.byline) == [nil, nil])
    #expect(articles.map { String($0.body.prefix(4)) } == ["近日，桐", "记者从市"])
    #expect(!articles.contains { $0.body.contains("来源：") })
  }

  @Test(
    "a post's line with the account's name and the date and time in figures under its title is the post line: the title stays, the line goes"
  )
  func accountLineWithFiguredTimeUnderPostTitle() {
    let page = """
      点赞！白沙渡口新码头正式启用
      澄江之声 2027-06-18 09:30

      6月18日，白沙渡口新码头正式启用，新码头可同时停靠客渡船4艘，候船厅面积扩大到600平方米。

      码头还增设了无障碍通道和母婴室，方便老人和带孩子的旅客候船。

      来源：澄江融媒
      编辑：温知秋
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["点赞！白沙渡口新码头正式启用"])
    #expect(articles.first?.body.hasPrefix("6月18日，白沙渡口") == true)
    #expect(!articles.contains { $0.body.contains("澄江之声") })
  }
}
