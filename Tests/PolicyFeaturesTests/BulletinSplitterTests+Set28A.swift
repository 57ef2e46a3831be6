import Testing

@testable import PolicyFeatures

/// Rules for set 28 (A): inner pages of district dailies copied from PDF.
extension BulletinSplitterTests {
  @Test(
    "a PDF copy that repeats the page's header strip, split over short lines, between two articles drops it there as at the head"
  )
  func headerStripRepeatedAtPageBox() {
    let page = """
      2027年6月9日　星期三
      青岚报
      文旅
      第7版
      责任编辑：柏秋

      古镇夜游线路开通
      本报讯（记者 闻舟）6月8日，石埠古镇夜游线路正式开通，游客可乘游船观赏两岸灯光秀。

      线路全长3公里，每晚开放三个班次。

      2027年6月9日　星期三
      青岚报
      文旅
      第7版
      责任编辑：柏秋

      乡村民宿协会成立
      本报讯（记者 阮溪）6月7日，县乡村民宿协会成立，首批会员单位46家。

      协会将统一制定服务标准，开展从业人员培训。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["古镇夜游线路开通", "乡村民宿协会成立"])
    #expect(articles.first?.body.hasSuffix("每晚开放三个班次。") == true)
    #expect(!articles.contains { $0.body.contains("星期三") || $0.body.contains("第7版") || $0.body.contains("青岚报") })
  }
}

extension BulletinSplitterTests {
  @Test(
    "a continuation note under an article's last sentence heads the piece continued there: the line under it is its headline, though no lead follows"
  )
  func continuationNoteOverHeadline() {
    let page = """
      B3
      岭南晨报·区县
      2027年5月20日 星期四 责任编辑 汤禾

      柳湾村办起老年食堂

      本报讯 记者石青 柳湾村老年食堂日前开
      张，60岁以上村民每餐只需付4元，其余由
      村集体和乡贤捐助补足。

      食堂每天供应午餐和晚餐，菜品一周不重
      样，行动不便的老人还可预约送餐上门。

      一餐热饭暖人心
      □本报评论员

      老人吃饭难，是不少村庄的共同难题。柳湾
      村把食堂办到老人身边，办得实在。

      愿更多村庄算好这笔民生账，让老人吃得
      饱、吃得好、吃得放心。

      (上接B1版)
      白鹭洲湿地公园二期开园迎客

      二期新增栈道2.6公里，观鸟平台5处，并
      设置了湿地科普馆和自然教育营地。开园
      首周，公园接待游客4.1万人次。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柳湾村办起老年食堂", "一餐热饭暖人心", "白鹭洲湿地公园二期开园迎客"])
    #expect(articles.last?.body.hasPrefix("二期新增栈道") == true)
    #expect(articles.dropLast().last?.body.hasSuffix("吃得放心。") == true)
  }
}
