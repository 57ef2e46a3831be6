import Testing

@testable import PolicyFeatures

/// Rules for set 33's pages: a notice's bare `联系电话：…` line tells its readers whom to call and
/// is the notice's text; a bulletin's section label over plain paragraphs titles them as one
/// piece, while a label over numbered items titles none; a press release under its labels
/// (`新闻稿`, `即时发布`) is one article, subheadings and the issuer's section included, without its
/// media contact block.
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

  @Test("a bulletin's label over plain paragraphs titles them; a label over numbered items titles none")
  func bulletinLabelOverPlainParagraphs() {
    let page = """
      教育工作简报
      2027年第6期
      青岚县教育局办公室　　　　　　2027年3月20日

      【本期综述】
      本月全县共组织教研活动46场，参与教师2300余人次，较上月增加一成。各校春季开学工作平稳有序，未发生安全事故。

      【工作动态】
      一、县实验小学举办青年教师课堂展示
      3月15日，县实验小学举办青年教师课堂展示活动，18名青年教师参加展示，涵盖语文、数学等7个学科。
      二、县二中开展春季消防演练
      3月17日，县二中组织全校师生开展消防疏散演练，1600余名师生在4分钟内全部安全疏散。

      【下步打算】
      下一步，县教育局将继续做好以下工作：
      一是加强教研指导，组织骨干教师送教下乡。
      二是抓好校园安全，开展春季安全隐患大排查。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["本期综述", "县实验小学举办青年教师课堂展示", "县二中开展春季消防演练", "下步打算"])
    #expect(articles.first?.body.hasPrefix("本月全县共组织教研活动46场") == true)
    #expect(articles.last?.body.contains("\n一是加强教研指导") == true)
  }

  @Test("a press release under its labels is one article without its labels and media contacts")
  func pressReleaseIsOneArticle() {
    let page = """
      新闻稿
      即时发布

      澄湾生物在临港园区建成细胞培养基生产线
      ——年产能可满足约200家药企研发需求

      2027年3月5日，临港——澄湾生物科技有限公司今天宣布，其在临港园区投资建设的细胞培养基生产线正式投产。

      国产替代　降低研发成本
      该生产线采用全封闭自动化工艺，产品价格较进口同类产品低三成左右。

      关于澄湾生物
      澄湾生物科技有限公司成立于2015年，专注于生物医药上游原材料的研发与生产。

      媒体联系人：
      澄湾生物市场部
      白露
      电话：6021 7788
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    #expect(articles.first?.title.hasPrefix("澄湾生物在临港园区建成细胞培养基生产线") == true)
    #expect(articles.first?.body.hasPrefix("2027年3月5日，临港——") == true)
    #expect(articles.first?.body.contains("\n国产替代 降低研发成本\n该生产线") == true)
    #expect(articles.first?.body.contains("\n关于澄湾生物\n澄湾生物科技有限公司") == true)
    #expect(!articles.contains { $0.body.contains("媒体联系人") || $0.body.contains("市场部") || $0.title == "新闻稿" })
  }
}
