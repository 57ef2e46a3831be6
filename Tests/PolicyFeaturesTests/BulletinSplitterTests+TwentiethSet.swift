import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the twentieth blind page set: a column of marked briefs set with a blank line after
/// each brief, and a paper's name in capital letters inside a sentence cut by a column break.
extension BulletinSplitterTests {
  @Test("marked briefs set a blank line apart lose their marks and take their closing credits as bylines")
  func markedBriefsSetApartByBlankLines() {
    let page = """
      某河周报　2025年4月9日　星期三　第3版

      某河镇新建农产品冷库投用
      　　本报讯　记者甲某 4月8日，某河镇新建的农产品冷库正式投入使用，可储存果蔬八百吨，周边农户从此不再为鲜果滞销发愁。
      　　冷库由镇里统一建设、合作社运营，农户按需租用，费用低于市场价格。

      简讯
      ☆某河公园新增健身步道
      　　近日，某河公园新建的健身步道完工开放，全长二点四公里，沿途设置休息座椅和饮水点。（乙某）

      ☆某河小学开展防溺水教育
      　　4月7日，某河小学邀请救援队员走进课堂，为学生讲授防溺水知识和自救方法。（丙某）

      ☆镇卫生院开通预约挂号
      　　本月起，镇卫生院开通线上预约挂号服务，居民可提前选择就诊时段。（丁某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "某河镇新建农产品冷库投用", "某河公园新增健身步道", "某河小学开展防溺水教育", "镇卫生院开通预约挂号",
      ])
    #expect(articles.dropFirst().map(\.byline) == ["乙某", "丙某", "丁某"])
    #expect(articles.last?.body == "本月起，镇卫生院开通线上预约挂号服务，居民可提前选择就诊时段。")
  }

  @Test("a paper's name in capital letters inside a sentence cut by a column break is dropped")
  func nameplateInLettersInsideBrokenSentence() {
    #expect(BulletinSplitter.isNameplateInLetters("MOUHE WEEKLY"))
    #expect(!BulletinSplitter.isNameplateInLetters("CPI"))
    #expect(!BulletinSplitter.isNameplateInLetters("GDP PPI"))
    #expect(!BulletinSplitter.isNameplateInLetters("Mouhe Weekly"))
    let page = """
      某河周报 2025年4月9日 星期三 第2版
      某河镇举办春季招聘会

        本报讯　4月8日，某河镇春季招聘会在镇文化广场举行，四十
      余家企业带来一千二百多个岗位，吸引求职者两千余人次到场，

      —2—
      MOUHE WEEKLY

      现场初步达成就业意向三百余人。（记者 甲某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某河镇举办春季招聘会"])
    #expect(
      articles.first?.body
        == "4月8日，某河镇春季招聘会在镇文化广场举行，四十余家企业带来一千二百多个岗位，吸引求职者两千余人次到场，现场初步达成就业意向三百余人。"
    )
  }
}
