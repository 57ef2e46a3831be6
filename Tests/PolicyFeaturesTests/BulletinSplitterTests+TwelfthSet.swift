import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the twelfth blind page set: staff roles behind the page's prefix, a closing credit
/// broken over two lines, items closing with credits in one block, a caption closing with its
/// photo credit, a lone line under the page's last article.
extension BulletinSplitterTests {
  @Test("a staff role may stand behind the page's or the issue's prefix (本版主编, 本期校对)")
  func staffRoleBehindPagePrefix() {
    #expect(BulletinSplitter.isStaffCredit("本版主编：甲某 责任编辑：乙某某 美编：丙丁"))
    #expect(BulletinSplitter.isStaffCredit("本期校对：甲某"))
    #expect(!BulletinSplitter.isStaffCredit("本版主题：春耕备耕"))
    #expect(!BulletinSplitter.isStaffCredit("本期主编提出：要抓好春耕"))
    let page = """
      某城日报
      2024年3月7日 星期四
      06 视点
      本版主编：甲某  责任编辑：乙某某  美编：丙丁
      关注茶产业发展
      小茶园里的大产业
      ——某县茶产业发展见闻
      ■本报记者 戊某 实习生 己某

      清晨，某县茶园里一片忙碌，采茶工穿梭在茶垄之间，手指翻飞。

      去年，全县茶叶产值突破十亿元，带动三千余户茶农增收。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["关注茶产业发展 小茶园里的大产业 ——某县茶产业发展见闻"])
    #expect(articles.first?.byline == "本报记者 戊某 实习生 己某")
  }

  @Test("a caption closing with its photographer's credit after its last sentence is credited to them")
  func captionClosingWithPhotoCredit() {
    #expect(BulletinSplitter.closingPhotoCredit("3月2日，志愿者为居民义务维修家电。 通讯员 甲某 摄")?.credit == "通讯员 甲某 摄")
    #expect(BulletinSplitter.closingPhotoCredit("通讯员 甲某 摄") == nil)
    #expect(BulletinSplitter.closingPhotoCredit("3月2日，志愿者为居民义务维修家电。") == nil)
    let page = """
      05 社区

      某街道开展春季义诊
      　　本报讯（记者 乙某）3月1日，某街道在社区广场开展春季义诊活动，
      为居民免费测量血压。

      义务维修进社区
      　　3月2日，某社区志愿服务队在小区门口摆开摊位，为居民义务维修家
      电。 通讯员 甲某 摄
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某街道开展春季义诊", "义务维修进社区"])
    #expect(articles.last?.byline == "通讯员 甲某")
    #expect(articles.last?.body == "3月2日，某社区志愿服务队在小区门口摆开摊位，为居民义务维修家电。")
  }

  @Test("a headline without a lead heads an item whose closing credit a hard wrap broke over two lines")
  func itemClosingWithBrokenCredit() {
    let page = """
      某县新闻 2024年3月4日 第2版 综合

      某镇举办春季农产品展销会

      本报讯（记者 甲某）3月3日，某镇春季农产
      品展销会在镇文化广场开幕，吸引周边客商两
      百余家，现场签约金额达一千二百万元。
      展销会设置特色农产品、农机具等展区，持续
      至3月10日。

      全县快递业务量创新高

      2024年，全县快递业务量达一千八百万件，同
      比增长两成，其中农产品寄递量占三成以上，
      快递进村服务实现全覆盖，群众寄件更加方便
      快捷。（记
      者 乙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某镇举办春季农产品展销会", "全县快递业务量创新高"])
    #expect(articles.last?.byline == "记者 乙某")
    #expect(articles.last?.body.hasPrefix("2024年，全县快递业务量") == true)
    #expect(articles.last?.body.hasSuffix("更加方便快捷。") == true)
  }

  @Test("on a block page, a headline under a line closing with a credit starts an item of its own")
  func creditClosedItemsInOneBlock() {
    let page = """
      某县报  2024年3月8日  星期五  第2版

      某县召开春季农业生产工作会议
      本报讯（记者 甲某）3月7日，某县召开春季农业生产工作会议，安排部署春耕备耕工作。
      会议要求，各乡镇要抓好农资供应和技术服务，确保春耕生产有序推进。

      【基层短波】
      东湖镇：“红色管家”服务进小区
      东湖镇在辖区老旧小区选聘党员楼栋长，帮助居民协调停车、维修等事项，已办结群众诉求120余件。（通讯员 乙某）
      西岭乡：农技培训送到田间
      近日，西岭乡邀请农技专家走进田间地头，为种植户讲解小麦春季管理技术，参训群众300余人次。（通讯员 丙某）
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["某县召开春季农业生产工作会议", "东湖镇：“红色管家”服务进小区", "西岭乡：农技培训送到田间"])
    #expect(articles.map(\.byline) == ["记者 甲某", "通讯员 乙某", "通讯员 丙某"])
    #expect(articles[1].body.hasSuffix("已办结群众诉求120余件。"))
    // A subheading under a paragraph that closes with no credit cuts nothing.
    let block = ["某镇春耕见闻", "某镇田间一片繁忙，农机来回穿梭。", "科技助力", "今年，某镇推广无人机飞防，效率提高三成。"].map {
      BulletinSplitter.Unit(text: $0, line: 1, blankBefore: false)
    }
    #expect(BulletinSplitter.splittingCreditClosedItems([block]).count == 1)
  }

  @Test("on a block page, a line alone under the last article, with nothing under it, is the page's foot")
  func loneLineUnderLastArticle() {
    let page = """
      某市晚报
      2024年3月9日 星期六
      B4 公告

      停水通知
      因供水管网改造施工，3月12日8时至18时，某路沿线居民区暂停供水。
      请用户提前做好储水准备，敬请谅解。
      某市供水有限公司
      2024年3月9日

      遗失声明
      某某商贸有限公司遗失营业执照副本一份，声明作废。

      办理各类公告请到本报社二楼服务大厅
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["停水通知", "遗失声明"])
    #expect(!articles.contains { $0.body.contains("服务大厅") })
  }
}
