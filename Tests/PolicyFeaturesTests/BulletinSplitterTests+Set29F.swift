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
