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
