import Testing

@testable import PolicyFeatures

/// Rules for the twenty-fifth blind page set's inner pages: the paper's livelihood hotline at a
/// page's foot, alone or closing the page's staff line.
extension BulletinSplitterTests {
  @Test(
    "a livelihood hotline with a short service number at the page's foot, over the page's staff, is no article's text"
  )
  func livelihoodHotlineWithShortNumberAtFoot() {
    let page = """
      柏溪晚报 | 2026年4月2日 星期四
      A4 城事

      柏溪新开三条社区巴士线路
        本报讯 记者 林晓帆 报道 4月1日起，柏溪新开三条社区巴士线路，串起沿线十二个小区
      和两处菜市场，票价一元。

        公交公司有关负责人说，线路还将根据乘客意见调整站点。


      民生热线：96233（24小时）
      责编 顾言 美编 叶青 校对 石川
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柏溪新开三条社区巴士线路"])
    #expect(!articles.contains { $0.body.contains("热线") })
  }

  @Test(
    "a page's staff line may close with the paper's hotline (`责任编辑：某某　版式：某某　民生热线：…`): the whole line is the page's"
  )
  func staffLineClosingWithHotline() {
    let page = """
      柏溪晚报 城事 第4版 2026年4月2日 星期四
      柏溪新开三条社区巴士线路
      　　本报讯(记者 林晓帆)4月1日起，柏溪新开三条社区巴士线路，串起沿线十二个小区
      和两处菜市场，票价一元。
      　　公交公司有关负责人说，线路还将根据乘客意见调整站点。
      责任编辑：顾言　版式：叶青　民生热线：0571-6623418
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柏溪新开三条社区巴士线路"])
    #expect(!articles.contains { $0.body.contains("热线") || $0.body.contains("顾言") })
    #expect(BulletinSplitter.isStaffCredit("责任编辑：顾言 版式：叶青 民生热线：0571-6623418"))
  }

  @Test(
    "a briefs column whose briefs each open behind a bullet (`●…`), no titles or credits: each brief is an item named by its opening clause"
  )
  func bulletedBriefsUnderColumnLabel() {
    let page = """
      柏溪县报 2026年4月2日 星期四
      第3版 乡镇新闻

      柳岸镇建成农产品冷链仓
      本报讯（记者 林晓帆）近日，柳岸镇
      首座农产品冷链仓投入使用，库容达
      到800吨，可满足全镇果蔬储存需求。
      镇农业服务中心负责人说，冷链仓将
      帮助农户错峰销售，提高收益。

      一句话新闻
      ●柳岸镇开展春季植树活动，干部群众
      300余人在河堤两岸栽下香樟、桂花
      等苗木4000余株，进一步改善了
      沿河生态环境。
      ●东湖街道举办社区邻里节，开展文艺
      表演、便民服务和旧物交换等活动，
      吸引居民800余人次参与。

      责任编辑 顾言　校对 石川
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柳岸镇建成农产品冷链仓", "柳岸镇开展春季植树活动", "东湖街道举办社区邻里节"])
    #expect(articles.last?.body.hasPrefix("东湖街道举办社区邻里节，开展文艺表演") == true)
    #expect(!articles.contains { $0.body.contains("●") || $0.body.contains("一句话新闻") })
  }

  @Test(
    "one paragraph a line: a reporter's credit behind a marker heads the first paragraph (`■本报记者 某某　…`), an afterword's label sits over its note after a paragraph closing with a bracketed credit, and the page's e-mail is the page's"
  )
  func markedInlineCreditAfterwordAndPageEmail() {
    let page = """
      柏溪日报 2026年4月2日 星期四 A5 城建

      柏溪南站综合枢纽主体完工
      ■本报记者 林晓帆 通讯员 石川　4月1日，柏溪南站综合枢纽主体结构顺利封顶，工程进入装修阶段。

      枢纽建成后将连接高铁、公交和长途客运，预计明年投入使用。


      滨河社区打通断头路6条
      滨河社区今年集中打通断头路6条，居民出行绕行距离平均缩短一公里。

      “以前送孩子上学要绕一大圈，现在走几分钟就到了。”居民周阿姨说。（记者 叶青）


      编后
      断头路虽短，却连着群众的出行大事。把小事办实，城市才更有温度。


      责任编辑：顾言　版式：石川
      本版邮箱：bxrb_cj@example.com
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柏溪南站综合枢纽主体完工", "滨河社区打通断头路6条", "编后"])
    #expect(articles.first?.byline?.contains("林晓帆") == true)
    #expect(articles.first?.body.hasPrefix("4月1日，柏溪南站") == true)
    #expect(articles.last?.body.hasPrefix("断头路虽短") == true)
    #expect(!articles.contains { $0.body.contains("邮箱") })
  }

  @Test(
    "a narrow hard-wrapped page: an afterword's label over its indented note keeps the note's first line, ending mid-enumeration (`、`), as text, not a second headline line"
  )
  func afterwordLabelOverIndentedNarrowNote() {
    let page = """
      第2版　乡村
      2026年4月2日　星期四
      柏溪县报

      柳岸镇蜜桔卖上好价钱
      ■本报记者 林晓帆
      　　柳岸镇今年蜜桔喜获丰收，
      合作社统一分级包装，线上线
      下同步销售，每斤比去年多卖
      五角钱。

      编后
      　　一只蜜桔、一个箱子、
      一条网线，连起了果园和市
      场。把产品做精，农民的钱
      袋子才能鼓起来。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柳岸镇蜜桔卖上好价钱", "编后"])
    #expect(articles.last?.body.hasPrefix("一只蜜桔、一个箱子、一条网线") == true)
  }
}
