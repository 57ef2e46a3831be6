import Testing

@testable import PolicyFeatures

/// Rules for the twenty-first blind page set: a hard-wrapped page with a blank line after every
/// paragraph and the paper's name set inside a paragraph at a column break, and a narrow column
/// copied from a PDF (a wrapped reported lead, a stray page number, a commentary signed under its
/// headline, a column of marked briefs).
extension BulletinSplitterTests {
  @Test("a page with a blank line after every paragraph is cut at its headlines, across the paper's name mid-sentence")
  func paragraphsSetApartWithPaperNameMidSentence() {
    let page = """
      B2

      枫桥区新建口袋公园9处
      居民休闲有了好去处
      本报记者 温若川
        8月2日，随着杏林路口袋公园完工开放，枫桥区今年计划新建的9处口袋公
      园全部投入使用，新增绿地面积1.6万平方米，惠及周边居民约3万人。

        记者在杏林路看到，原本堆放杂物的边角地已变成绿树成荫的小游园，园内
      设有健身器材和休息座椅。附近居民卫春兰说，傍晚出门走几步就能散心。

        区城管局相关负责人介绍，口袋公园选址充分听取居民意见，每处公园的设
      计方案都在社区公示，收集到的132条建议中有97条被采纳，让公园建在居
      梧州晚报
      民心坎上。下一步，区里还将在老旧小区周边继续选址建设。

      老年大学秋季班开始报名
        近日，枫桥区老年大学秋季班开始报名，今年新开设智能手机应用、太极拳、
      书法等18门课程，计划招收学员1200人。

        报名可在各街道社区服务中心现场办理，也可通过区老年大学公众号线上办
      理，报名截止时间为8月20日。（通讯员 蔺小川 记者 温若川）

      全区城乡公交线路
      新增夜间班次
        为方便市民夜间出行，枫桥区公交公司从8月起在6条城乡公交线路上增开夜
      间班次，末班车时间由晚上8点延长至10点。

        公交公司表示，将根据客流变化动态调整班次，并在站台张贴新的运营时刻
      表，方便乘客查询。（记者 温若川）

      社区图书角延长开放时间
        暑假期间，枫桥区23个社区图书角将开放时间延长至晚上9点，并增设亲子阅
      读区，方便孩子们就近读书。

        据悉，各图书角还将陆续举办绘本共读、手工制作等活动。（记者 蔺小川）


      2026年8月5日 星期三　　城区·民生　　责编：卢秋白　版式：甘小禾
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "枫桥区新建口袋公园9处 居民休闲有了好去处", "老年大学秋季班开始报名", "全区城乡公交线路 新增夜间班次", "社区图书角延长开放时间",
      ])
    #expect(articles.map(\.byline) == ["本报记者 温若川", "通讯员 蔺小川 记者 温若川", "记者 温若川", "记者 蔺小川"])
    #expect(articles.first?.body.contains("让公园建在居民心坎上。") == true)
    #expect(!articles.contains { $0.body.contains("梧州晚报") || $0.body.contains("责编") })
  }

  @Test("a page foot gives the date, the weekday and the section over the staff, without the page's number")
  func pageFootWithoutPageNumber() {
    #expect(BulletinSplitter.isPageFoot("2026年8月5日 星期三 城区·民生 责编：卢秋白 版式：甘小禾"))
    #expect(!BulletinSplitter.isPageFoot("2026年8月5日 星期三 城区·民生 各街道社区服务中心现场办理"))
  }

  @Test("a narrow column: a wrapped reported lead, a stray page number, a signed commentary and marked briefs")
  func narrowColumnCopiedFromPDF() {
    let page = """
      柳川新闻　2026年9月2日　星期三
      第2版　要闻　编辑：向晚晴
      柳川县秋粮长势良好
      　　本报讯 通讯员龚小满 记者
      贺知远报道　近日，县农业农村局
      组织技术人员对全县秋粮作物开展
      苗情调查，玉米、水稻长势总体好
      于常年，病虫害发生程度偏轻。
      　　县农技中心还组织植保无人机开
      展统防统治，累计作业面积达到5.2
      3
      万亩，有效减少了农药使用量。
      【短评】
      多算几笔“民生账”
      □ 谷雨禾
      　　从“看天吃饭”到“知天而作”的
      转变，科技让种田有了底气，也让服
      务有了温度。
      　　农业服务不在于场面多大，而在
      于能不能把每一项技术送到田间。
      快讯
      ■县图书馆开展暑期阅读打卡活动
      　近日，县图书馆面向全县中小学
      生推出阅读打卡活动，已有800余
      名学生参与。（记者　贺知远）
      ■柳川镇举办农产品展销会　9
      月1日，柳川镇在镇文化广场举办
      农产品展销会，展出特色农产品60
      余种。（通讯员　龚小满）
      本版编辑：向晚晴　校对：乔木
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["柳川县秋粮长势良好", "多算几笔“民生账”", "县图书馆开展暑期阅读打卡活动", "柳川镇举办农产品展销会"])
    #expect(articles.map(\.byline) == ["通讯员龚小满 记者贺知远", "谷雨禾", "记者 贺知远", "通讯员 龚小满"])
    #expect(articles.first?.body.hasPrefix("近日，县农业农村局") == true)
    #expect(articles.first?.body.contains("达到5.2万亩") == true)
    #expect(articles.count > 1 && articles[1].body.hasPrefix("从“看天吃饭”到“知天而作”的转变") == true)
    #expect(articles.last?.body.hasPrefix("9月1日，柳川镇") == true)
    #expect(!articles.contains { $0.body.contains("快讯") })
  }

  @Test("`文／图` said after the names on a credit line is no part of the byline")
  func writtenAndShotAfterNames() {
    let page = """
      秋收时节稻花香
      本报记者　麦穗青　文／图
      　　9月3日，白沙镇万亩稻田进入收割期，十余台收割机在田间来回穿梭，一派丰收景象。
      　　种粮大户郁长林说，今年雨水调匀，亩产预计比去年增加五十公斤。

      山区小学迎来新校车
      本报记者　麦穗青
      　　9月1日，白沙镇中心小学的两辆新校车正式投入运营，解决了偏远山村学生的上学难题。
      """
    #expect(BulletinSplitter().split(page).map(\.byline) == ["本报记者 麦穗青", "本报记者 麦穗青"])
  }

  @Test(
    "a marked photo credit closes its caption, a dated caption over a headline is photo news, a marked name signs a commentary"
  )
  func markedCreditsAndPhotoNews() {
    let page = """
      3　　2026年9月4日　星期五　　农业农村　　责任编辑：葛青禾
      山里果子进城记
      ■记者　于北辰
      　　在云岫乡桃坪村，果农们正忙着把刚摘下的黄桃装箱，今年村里的黄桃通过电商平台销往全国二十多个城市。
      ▲ 果农在分拣黄桃。　■记者　于北辰　摄
      　　村党支部书记说，村里正建设冷链仓库，让鲜果走得更远。
      云岫乡新建三座便民桥
      　　本报讯（记者　钱若水）日前，云岫乡三座便民桥全部建成通车，沿河两岸的村民出行不再绕远路。
      ▲ 9月2日，云岫乡溪头村村民在新建的便民桥上通行。今年全乡修建便民桥3座。　■通讯员　甘小满　摄
      时评
      让好产品走得更远
      ■苏禾
      　　黄桃卖得好，靠的是品质，也靠的是冷链和物流跟得上。
      　　把产业链补齐，乡村的好产品才能走进更多人的餐桌。
      简讯
      县农技站举办果树修剪培训
      　　9月以来，县农技站组织技术员深入果园开展修剪培训，已培训果农300余人次。（通讯员　甘小满）
      桃坪村黄桃节9月10日开幕
      　　第二届桃坪村黄桃节将于9月10日开幕，届时将举办采摘比赛等活动。（记者　于北辰）
      校对：林小舟　美编：洪一鸣
      """
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "山里果子进城记", "云岫乡新建三座便民桥", "让好产品走得更远", "县农技站举办果树修剪培训", "桃坪村黄桃节9月10日开幕",
      ])
    #expect(articles.map(\.byline) == ["记者 于北辰", "记者 钱若水", "苏禾", "通讯员 甘小满", "记者 于北辰"])
    #expect(articles.first?.body.split(separator: "\n").last == "村党支部书记说，村里正建设冷链仓库，让鲜果走得更远。")
    #expect(!articles.contains { $0.body.contains("溪头村村民") })
    #expect(BulletinSplitter.closingPhotoCredit("果农在分拣黄桃。 ■记者 于北辰 摄")?.credit == "记者 于北辰 摄")
  }

  @Test(
    "a signed piece under its column's name is titled without it, and a note asking for contributions is the paper's")
  func signedPieceUnderColumnName() {
    let page = """
      澄江日报　2026年9月5日　星期六　第6版　理论周刊
      主编：柏清源　责任编辑：计晓岚

      以绣花功夫做好城市管理
      □ 柴思远
      　　城市管理是一门精细的学问。近年来，不少城市在街巷治理、垃圾分类、停车管理等方面积
      极探索，城市面貌明显改善。但也要看到，一些地方仍存在重建设轻管理的现象。
      　　精细化管理的关键在于以人为本。城市管理者要多到街头巷尾走一走，听听市民怎么说，
      把群众反映的问题一件件办好。
      （作者系澄江市委党校副教授）

      读书笔记
      “留痕”不能代替“留绩”
      　　工作留痕本是为了规范管理，但在个别地方，留痕变成了目的，台账越做越厚，实事却越
      办越少。
      　　干部的精力是有限的。把功夫花在解决问题上，群众自然看得见、记得住。
      □ 穆清风


      理论热线：5521803　来稿请注明真实姓名、单位及联系方式
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.map(\.title) == ["以绣花功夫做好城市管理", "“留痕”不能代替“留绩”"])
    #expect(articles.map(\.byline) == ["柴思远", "穆清风"])
    #expect(!articles.contains { $0.body.contains("理论热线") || $0.body.contains("读书笔记") })
    #expect(BulletinSplitter.isHouseNote("理论热线：5521803 来稿请注明真实姓名、单位及联系方式"))
    #expect(!BulletinSplitter.isHouseNote("咨询热线：5521803 报名请携带身份证、户口本"))
  }
}
