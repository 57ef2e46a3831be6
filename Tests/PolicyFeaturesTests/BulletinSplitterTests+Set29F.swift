import Testing

@testable import PolicyFeatures

/// Rules for set 29's press-conference transcript: the host's lines among the speakers' turns.
extension BulletinSplitterTests {
  @Test(
    "a host's line among a transcript's turns (answers, reporters' questions) is a turn of the transcript, not a site's line"
  )
  func hostLineAmongTranscriptTurnsIsKept() {
    let page = """
      岑溪区人民政府网
      首页 > 政务公开 > 发布会
      岑溪区城乡供水一体化工作新闻发布会实录
      来源：岑溪区人民政府新闻办公室　发布时间：2028-06-03 15:00
      时间：2028年6月3日上午9:30
      地点：区政府新闻发布厅

      主持人 汤若溪（区政府新闻办主任）：各位媒体朋友，上午好！今天我们请区水利局介绍城乡供水一体化工作情况。
      闵长庚：今年以来，我区新建和改造农村供水管网186公里，全区农村自来水普及率提高到98.7%，水质达标率稳步提升。
      主持人：谢谢闵局长。下面进入提问环节，请各位记者提问。
      岑溪晚报记者：山区群众用水高峰时水压不足，请问今年有什么改善办法？
      闵长庚：我们将在三个山区乡镇新建加压泵站五座，同时推进管网分区计量，预计八月底前山区高峰时段水压明显改善。
      主持人：本场发布会到此结束，感谢各位的参与！

      【打印本页】　【关闭窗口】
      岑溪区人民政府办公室主办
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    let body = articles.first?.body ?? ""
    #expect(body.contains("主持人：谢谢闵局长。下面进入提问环节"))
    #expect(body.contains("主持人：本场发布会到此结束"))
    #expect(body.contains("预计八月底前山区高峰时段水压明显改善"))
  }
}

extension BulletinSplitterTests {
  @Test(
    "a narrow line closed on its own quoted catchword over a headline and its subtitle is a kicker, no title's; a wrapped headline's short first line is kept"
  )
  func quotedKickerOverHeadlineAndSubtitleIsDropped() {
    let page = """
      栖霞日报
      2028年4月11日 星期二

      港口物流跑出"新速度"
      栖霞港区集装箱吞吐量首季突破40万标箱
      ——同比增长21.4%,新开通外贸航线3条
      　　本报讯(记者 闻璐)4月10日,记者从栖霞港区
      管委会获悉,一季度港区集装箱吞吐量达41.2万标
      箱,同比增长21.4%。
      　　港区今年还将新建自动化堆场两处。

      白沙街道打造
      "10分钟养老服务圈"
      ——新建社区食堂、日间照料站点14个
      　　本报讯(记者 柯远)今年以来,白沙街道在辖区
      8个社区新建社区食堂和日间照料站点14个,为
      老年人提供助餐、康复等服务。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.first?.title.hasPrefix("栖霞港区集装箱吞吐量首季突破40万标箱") == true)
    #expect(articles.first?.title.contains("新速度") == false)
    #expect(articles.last?.title.hasPrefix("白沙街道打造") == true)
  }
}

extension BulletinSplitterTests {
  @Test("a quoted kicker over a headline and its subtitle is no title's on a page without blank lines too")
  func quotedKickerDroppedWithoutBlankLines() {
    let page = """
      栖霞日报
      2028年4月11日 星期二
      港口物流跑出"新速度"
      栖霞港区集装箱吞吐量首季突破40万标箱
      ——同比增长21.4%,新开通外贸航线3条
      　　本报讯(记者 闻璐)4月10日,记者从栖霞港区管委会获悉,一季度港区集装箱吞吐量达41.2万标箱,同比增长21.4%。
      　　港区今年还将新建自动化堆场两处。
      白沙街道打造
      "10分钟养老服务圈"
      ——新建社区食堂、日间照料站点14个
      　　本报讯(记者 柯远)今年以来,白沙街道在辖区8个社区新建社区食堂和日间照料站点14个,为老年人提供助餐、康复等服务。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.first?.title.hasPrefix("栖霞港区集装箱吞吐量首季突破40万标箱") == true)
    #expect(articles.last?.title.hasPrefix("白沙街道打造") == true)
  }
}
