import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// Rules for the signed pieces of the sixteenth blind page set: an author's line under a piece's
/// text (`□ 某某`, `作者：某某（…）`, `读者 某某`, an office and a person, `某某/画`) or the note of the
/// author's unit closes the piece and gives its byline, and a headline after it starts the next
/// piece; `作者：某某（…）` under a headline is the byline; a review's `——读《…》` subtitle is none of
/// its title; a commentary's column label holds one piece, credited at its end; a credit-shaped
/// label over a headline and a lead credits no one. A name-like line inside text and an ordinary
/// short line are no author's lines.
extension BulletinSplitterTests {
  @Test("signature lines name their author; name-like and short lines of text do not")
  func signatureAuthors() {
    #expect(BulletinSplitter.signatureAuthor("□ 庄伯言") == "庄伯言")
    #expect(BulletinSplitter.signatureAuthor("作者：丘若水（青禾学院）") == "丘若水")
    #expect(BulletinSplitter.signatureAuthor("文/卓一帆") == "卓一帆")
    #expect(BulletinSplitter.signatureAuthor("米多多/画") == "米多多")
    #expect(BulletinSplitter.signatureAuthor("读者 葛晴川") == "读者 葛晴川")
    #expect(BulletinSplitter.signatureAuthor("枫林路社区居民 程远帆") == "枫林路社区居民 程远帆")
    #expect(BulletinSplitter.signatureAuthor("东川区人民法院 杭清") == "东川区人民法院 杭清")
    #expect(BulletinSplitter.isAuthorUnitNote("（作者单位：东川区委党校）"))
    // A two-character name-like line, an ordinary short line, a sentence: no signatures.
    #expect(BulletinSplitter.signatureAuthor("春分") == nil)
    #expect(BulletinSplitter.signatureAuthor("雨还在下") == nil)
    #expect(BulletinSplitter.signatureAuthor("作者：这本书写得很好。") == nil)
    #expect(BulletinSplitter.signatureAuthor("文化广场") == nil)
  }

  @Test("an author's line under a commentary closes it, and the next column's headline starts a piece")
  func authorUnderCommentary() {
    let page = """
      第4版 评论

      区里新修的步道引来不少晨练的居民

      本报评论员

      东川河边的步道上个月修好，清晨和傍晚都有居民在这里散步、慢跑，成了城区新的好去处。

      好设施还要好管护，路灯、座椅和垃圾桶都要有人常来看看。

      短评

      “口袋公园”别只建不管

      城东新建了几处口袋公园，可有的没过多久就杂草丛生，座椅也坏了没人修。

      建得好还要管得好，让居民真正用得上，才算办成了实事。

      □ 庄伯言

      杂谈

      旧书摊的黄昏

      文/卓一帆

      老街口的旧书摊摆了二十年，摊主每天傍晚收摊前，总会把书一本本擦干净。

      买书的人少了，来翻书的孩子却多了，他说这样也挺好。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    guard articles.count == 3 else { return }
    #expect(articles[1].title.hasSuffix("“口袋公园”别只建不管"))
    #expect(articles[1].byline == "庄伯言")
    #expect(!articles[1].body.contains("庄伯言"))
    #expect(!articles[1].body.contains("杂谈"))
    #expect(articles[2].title.hasSuffix("旧书摊的黄昏"))
    #expect(articles[2].byline == "卓一帆")
  }

  @Test("an author's unit note or 作者： line closes a piece; a headline after it starts the next")
  func authorUnitAndAuthorLineClose() {
    let page = """
      第6版 理论

      让乡村书屋活起来

      □ 左明川

      乡村书屋建起来不难，难的是让村民愿意走进来、坐得住。

      一、在选书上多问村民

      书屋的书要合村民的口味，种养技术、健康常识的书最受欢迎。

      （作者单位：东川区委党校）

      谈谈基层调研的方法

      调研是谋事之基，基层调研尤其要沉得下去。

      （一）带着问题去

      调研前先把要解决的问题理清楚，到了现场才能有的放矢。

      作者：丘若水（青禾学院）

      小城的早市

      文/卓一帆

      天刚亮，小城的早市就热闹起来了，卖菜的、卖早点的吆喝声此起彼伏。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    guard articles.count == 3 else { return }
    #expect(articles[0].byline == "左明川")
    #expect(articles[1].title == "谈谈基层调研的方法")
    #expect(articles[1].byline == "丘若水")
    #expect(articles[1].body.hasPrefix("调研是谋事之基"))
    #expect(articles[1].body.contains("（一）带着问题去"))
    #expect(!articles[1].body.contains("作者"))
    #expect(articles[2].title == "小城的早市")
  }

  @Test("letters signed at their foot by an address and role, or by a reader, are pieces of their own")
  func signedLetters() {
    let page = """
      第7版 读者来信

      2026年4月2日 星期四

      路口的红绿灯该调一调了

      编辑同志：

      我每天早上送孩子上学，都要经过枫林路和青石街的路口，那里的绿灯只有十几秒，老人和孩子常常走到一半就变灯了。

      希望有关部门能把绿灯时间调长一些。

      枫林路社区居民 程远帆

      谢谢热心的外卖小哥

      4月1日晚上，我在小区门口摔了一跤，一位路过的外卖小哥把我扶起来，还陪我等到家人赶来。

      读者 葛晴川

      记者来访

      青石街夜市搬进新市场

      本报讯(记者 甘小禾)4月1日，青石街夜市整体搬进新建的便民市场，摊位整齐划一，周边道路不再拥堵。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 3)
    guard articles.count == 3 else { return }
    #expect(articles[0].byline == "枫林路社区居民 程远帆")
    #expect(!articles[0].body.contains("谢谢热心的外卖小哥"))
    #expect(articles[1].title == "谢谢热心的外卖小哥")
    #expect(articles[1].byline == "读者 葛晴川")
    #expect(articles[2].title == "青石街夜市搬进新市场")
    #expect(articles[2].byline == "记者 甘小禾")
  }

  @Test("作者：name (unit) under a headline is the byline; a cartoon and a column's piece close with credits")
  func authorUnderHeadlineAndColumnCredits() {
    let page = """
      第3版 教育 2026年4月3日 星期五

      区实验小学开设园艺课

      本报讯(记者 甘小禾)4月2日，区实验小学的园艺课开课，学生们在校园一角种下了番茄和辣椒。

      我和孩子们的小菜园

      作者：丘若水（区实验小学教师）

      开学第一周，我带着孩子们在教学楼后面开出一小块菜地，每人认领一垄。

      如今菜苗长高了，孩子们每天课间都要跑去看一看。

      以案说法

      网购退货遇到推诿，消费者可以向市场监管部门投诉，也可以依法提起诉讼。（东川区人民法院 杭清）

      漫评

      “低头族”

      路口等灯的人，个个低着头看手机。

      米多多/画
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 4)
    guard articles.count == 4 else { return }
    #expect(articles[1].title == "我和孩子们的小菜园")
    #expect(articles[1].byline == "丘若水")
    #expect(articles[1].body.hasPrefix("开学第一周"))
    #expect(articles[2].byline == "东川区人民法院 杭清")
    #expect(articles[3].byline == "米多多")
    #expect(!articles[3].body.contains("米多多"))
  }

  @Test("a review's subtitle naming the book is none of its title, even under lines of verse")
  func reviewSubtitle() {
    let page = """
      第8版 副刊

      春夜

      □ 庄伯言

      月光落在窗台上
      像一封没拆的信
      我在灯下坐了很久
      听见了远处的河

      读懂一条河的一生

      ——读散文集《东川记》

      □ 左明川

      散文集《东川记》近日出版，作者用二十篇散文写下了东川河两岸的变迁。

      书里写得最动人的，是河边那些普通人的日子。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    guard articles.count == 2 else { return }
    #expect(!articles[0].body.contains("读懂一条河的一生"))
    #expect(articles[1].title == "读懂一条河的一生")
    #expect(articles[1].byline == "左明川")
  }

  @Test("a two-character name-like line and a short line inside text stay text")
  func nameLikeLinesStayText() {
    let page = """
      区图书馆延长开放时间

      本报讯(记者 甘小禾)4月1日起，区图书馆每天闭馆时间推迟到晚上九点。

      馆长说：

      春分

      过后白天变长，来馆里读书的人也多了起来。

      下一步，图书馆还将开设夜间讲座。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 1)
    #expect(articles.first?.byline == "记者 甘小禾")
    #expect(articles.first?.body.contains("下一步，图书馆还将开设夜间讲座。") == true)
  }
}
