import Testing

@testable import PolicyFeatures

/// Rules for set 32's provincial and city dailies and a national paper's regional page: a
/// proofreader's credit alone on the last line (`校对 某某`) is the page's staff, not the last
/// item's text; the page's e-mail on a line of its own under the staff line is no article's.
extension BulletinSplitterTests {
  @Test("a proofreader's credit on a line of its own under the staff line is the page's")
  func proofreaderCreditAloneIsStaff() {
    let page = """
      青屿日报　2026年9月3日　星期四
      青屿渡口新增两条夜班航线
      青屿日报讯（记者 温语冰）9月2日，青屿渡口新增两条夜班航线，末班船延至晚上十一点。
      新航线开通后，往返两岸的居民夜间出行更加方便。
      海湾步道全线贯通
      9月2日，海湾步道最后一段完工，全线长12公里，沿途设驿站8座。（记者 柏舟）
      责任编辑 严洛　美编 骆川
      校对 葛菲
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["青屿渡口新增两条夜班航线", "海湾步道全线贯通"])
    #expect(!articles.contains { $0.body.contains("葛菲") })
    #expect(articles.last?.byline == "记者 柏舟")
  }

  @Test("the page's e-mail on a line of its own under the staff line is no article's text")
  func pageEmailUnderStaffLine() {
    let page = """
      梧川晚报　　2026年9月3日　星期四
      梧川老街夜市开市
      　　本报讯（记者 单秋）9月2日，梧川老街夜市开市，80个摊位
      售卖本地小吃和手工艺品，吸引市民游客前来品尝选购。
      　　夜市每天下午五点开放，持续到晚上十一点，周末延长一小时。
      南岸码头公园开放
      　　本报讯（记者 龙吟）9月2日，南岸码头公园建成开放，公园
      由废弃货运码头改造而成，保留了吊机和铁轨等旧设施。
      　　公园设有亲水平台和儿童游乐区，全天免费开放。
      本版编辑：范溪　　版式设计：邝远
      邮箱：wuchuanwb@example.org
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["梧川老街夜市开市", "南岸码头公园开放"])
    #expect(!articles.contains { $0.body.contains("邮箱") })
  }
}
