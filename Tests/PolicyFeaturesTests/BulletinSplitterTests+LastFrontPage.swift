import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for a front page set one line a paragraph: a jump note closing the lead's last line
/// (`…，（转3版）`) ends the article's text here as a note on a line of its own does, so a photo's
/// caption under it is none of its text; and a brief in a column set one line a brief, its title
/// in brackets, is cut from the one above when its text closes with its reporter's credit,
/// whatever it opens with (`【…】自6月1日起，…。（记者 某某）`).
extension BulletinSplitterTests {
  @Test("a jump note closing a line ends the article: a photo's caption under it is none of its text")
  func inlineJumpNoteEndsArticle() {
    let page = """
      苇塘镇与农科院共建稻米品质实验站
      本报讯（记者 严思卓）6月2日，苇塘镇与市农科院签订合作协议，共建稻米品质实验站，开展优质品种选育和绿色种植示范。
      镇党委书记柯文博表示，实验站将带动周边种植户提高种植效益，让“苇塘大米”走得更远，（转3版）

      清晨的苇塘镇万亩稻田里，农机手驾驶插秧机往来穿梭。近日，全镇早稻插秧基本完成，种植面积较去年增加一成。（记者 严思卓 摄）

      镇卫生院开设老年人就诊绿色通道
      本报讯（通讯员 温可心）6月2日，苇塘镇卫生院开设老年人就诊绿色通道，为七十岁以上老人提供挂号、取药一站式服务。
      卫生院还组织医生每周两次下村巡诊，为行动不便的老人上门体检。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.first?.title == "苇塘镇与农科院共建稻米品质实验站")
    #expect(articles.first?.body.hasSuffix("让“苇塘大米”走得更远，") == true)
    #expect(!articles.contains { $0.body.contains("插秧机") && $0.title.hasPrefix("苇塘镇与") })
    #expect(articles.last?.title == "镇卫生院开设老年人就诊绿色通道")
  }

  @Test("a bracketed brief set on one line is cut off when its text closes with its reporter's credit")
  func bracketedBriefClosedByCredit() {
    let page = """
      镇卫生院开设老年人就诊绿色通道
      本报讯（通讯员 温可心）6月2日，苇塘镇卫生院开设老年人就诊绿色通道，为七十岁以上老人提供挂号、取药一站式服务。

      简讯
      【苇塘镇举办农民丰收技能大赛】6月1日，苇塘镇举办农民丰收技能大赛，来自12个村的60名选手参加插秧、打谷等项目比赛。（记者 严思卓）
      【镇图书馆延长开放时间】自6月1日起，苇塘镇图书馆每天开放至晚上八点，周末增设少儿阅读专场。（记者 方一鸣）
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == ["镇卫生院开设老年人就诊绿色通道", "苇塘镇举办农民丰收技能大赛", "镇图书馆延长开放时间"])
    #expect(articles.dropFirst().map(\.byline) == ["记者 严思卓", "记者 方一鸣"])
    #expect(articles.last?.body.hasPrefix("自6月1日起，苇塘镇图书馆") == true)
  }
}
