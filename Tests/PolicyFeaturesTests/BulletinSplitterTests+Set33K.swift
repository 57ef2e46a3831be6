import Testing

@testable import PolicyFeatures

/// Rules for set 33's pages: a notice's bare `联系电话：…` line tells its readers whom to call and
/// is the notice's text.
extension BulletinSplitterTests {
  @Test("a notice's line opening with the bare 联系电话 label is the notice's text")
  func noticeTelephoneLineIsText() {
    let page = """
      关于2027年度青禾村集体土地流转结果的公示
      经村民代表大会讨论通过，青禾村东片集体土地120亩流转给绿畴农业合作社经营，现予以公示。
      公示期为5天。对公示内容有异议的，可在公示期内向村务监督委员会反映。
      联系电话：6604 1187
      附件：土地流转合同（摘要）
      青禾村村民委员会
      2027年3月2日
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    #expect(articles.first?.body.contains("\n联系电话：6604 1187\n") == true)
  }
}
