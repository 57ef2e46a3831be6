import PolicyCore

/// What of an office's work bulletin (`工作简报`, `政务信息`, `每日要情`) and of a page saved from a
/// government website or a public account is not any article's: issue numbers, tables of
/// contents, distribution lists, print runs, and the site's navigation and tool links.
extension BulletinSplitter {
  /// Whether a line is furniture of a bulletin issue or of a saved web page (see the type's
  /// documentation): dropped wherever it stands.
  static func isIssueFurniture(_ text: String) -> Bool {
    // Most lines are body text: each test first looks at the length or the first character.
    guard text.utf8.count <= 360, let first = text.unicodeScalars.first else { return false }
    if furnitureOpenings.contains(first),
      isDistributionLine(text) || isIssueNumberLine(text) || isBroadcastPatter(text)
    {
      return true
    }
    if first == "【", let spoken = withoutCueLabel(text), isBroadcastPatter(spoken) { return true }
    return isPrintRunLine(text) || isContactLine(text) || isProductionCue(text) || isWebChrome(text)
      || isPrintedPageNumber(text) || isOriginalLinkLine(text)
  }

  /// Whether a line only links to where an item was first published (`原文：https://…`,
  /// `🔗原文链接：http://…`), as a forwarded roundup sets it under each item.
  static func isOriginalLinkLine(_ text: String) -> Bool {
    guard text.utf8.count <= 300, text.containsUTF8("原文") else { return false }
    let label = text.unicodeScalars.drop { isPictograph($0) || $0 == "\u{FE0F}" || $0 == " " }
    for head in ["原文：", "原文:", "原文链接：", "原文链接:"] where label.starts(with: head.unicodeScalars) {
      let link = String(String.UnicodeScalarView(label.dropFirst(head.unicodeScalars.count))).trimmingSpaces
      return (link.hasPrefix("http://") || link.hasPrefix("https://")) && !link.containsUTF8(" ")
    }
    return false
  }

  /// Whether a line is only a page's number between dashes or middle dots (`— 1 —`, `-2-`,
  /// `·3·`), as a document's or a paper's pages print it at their foot.
  static func isPrintedPageNumber(_ text: String) -> Bool {
    guard text.utf8.count <= 24, let first = text.unicodeScalars.first, "—–-－·".unicodeScalars.contains(first) else {
      return false
    }
    let number = text.unicodeScalars.filter { !"—–-－· ".unicodeScalars.contains($0) }
    return text.unicodeScalars.last == first && (1...3).contains(number.count)
      && number.allSatisfy { $0.properties.numericType == .decimal }
  }

  /// The first characters of distribution lists, issue numbers and a presenter's words.
  static let furnitureOpenings = ScalarBitmap("抄分主报送发第0123456789各观听以今下好男女欢明".unicodeScalars)

  /// Whether a line is a script's production cue in brackets (`（片头音乐起，压混）`, `（间奏音乐）`),
  /// or a cue's label alone in square ones (`【片头】`, `【片尾】`, `【开始曲】`), where the
  /// programme's opening or closing titles or music run.
  static func isProductionCue(_ text: String) -> Bool {
    guard text.utf8.count <= 60, let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    let round = (first == "（" || first == "(") && (last == "）" || last == ")")
    // A label in square brackets heads the text after it (`【口播】…`) unless it is all the line.
    let square =
      first == "【" && last == "】" && text.hasAtMostScalars(10)
      && text.unicodeScalars.filter({ $0 == "【" }).count == 1
    guard round || square else { return false }
    // A square label naming a piece of music (`【开始曲】`, `【结束曲】`) cues it.
    if square, text.unicodeScalars.dropLast().last == "曲" { return true }
    return ["音乐", "片头", "片尾", "间奏", "压混", "混播", "字幕", "画面"].contains { text.containsUTF8($0) }
  }

  /// Whether a line only gives the compiler's telephone (`市委办公室信息科　联系电话：6128 7705`). A
  /// notice's line naming the person to contact (`联系人：某工　联系电话：…`) or opening with a
  /// service for its readers (`咨询电话：…`, `报名电话：…`; ``readerServiceLines``) tells them
  /// whom to call and is the notice's text.
  static func isContactLine(_ text: String) -> Bool {
    text.utf8.count <= 144 && (text.containsUTF8("联系电话") || text.containsUTF8("电话：") || text.containsUTF8("电话:"))
      && text.hasAtMostScalars(48)
      && !text.unicodeScalars.contains { $0 == "。" || $0 == "，" } && !text.hasUTF8Prefix("联系人")
      && !readerServiceLines.contains(where: text.hasUTF8Prefix)
  }

  /// The labels a notice gives its readers' telephone under (see ``isContactLine(_:)``): to ask,
  /// to be served, to sign up, to report or complain.
  static let readerServiceLines = ["咨询电话", "服务电话", "报名电话", "举报电话", "投诉电话", "监督电话", "求助电话"]

  /// Who a bulletin goes to (`报：市委办公室…`, `送：…`, `抄送：…`): a list of offices, with no
  /// sentence inside it.
  static func isDistributionLine(_ text: String) -> Bool {
    let heads = ["抄送", "抄报", "分送", "主送", "报送", "报", "送", "发"]
    guard let head = heads.first(where: { text.hasUTF8Prefix($0) }) else { return false }
    let rest = text.unicodeScalars.dropFirst(head.unicodeScalars.count)
    guard let colon = rest.first, colon == "：" || colon == ":" else { return false }
    // A list may close with a full stop; a sentence has one inside.
    return !rest.dropLast().contains("。") && rest.count > 2
  }

  /// Whether a line numbers the issue (`第23期`, `2025年第142期（总第1876期）`, `第8期（总第56期）`),
  /// perhaps followed by the compiler and the date.
  static func isIssueNumberLine(_ text: String) -> Bool {
    guard text.hasAtMostScalars(60) else { return false }
    var scalars = text.unicodeScalars[...]
    // An optional year in front: `2025年`.
    let digits = scalars.prefix { $0.properties.numericType != nil }
    if digits.count == 4, scalars.dropFirst(4).first == "年" { scalars = scalars.dropFirst(5) }
    guard scalars.first == "第" else { return false }
    let number = scalars.dropFirst().prefix { pageNumerals.contains($0) }
    guard !number.isEmpty else { return false }
    // Then the end, or what an issue line adds (`（总第56期）`, the compiler, the date), not a
    // headline's words (`第5期青年干部培训班开班`).
    let after = scalars.dropFirst(1 + number.count)
    guard after.first == "期" else { return false }
    guard let next = after.dropFirst().first else { return true }
    return next == " " || next == "（" || next == "(" || next == "，"
  }

  /// Whether an issue's number line (``isIssueNumberLine(_:)``) is a daily paper's masthead
  /// rather than a bulletin's: beside the number it gives the day's count of pages (`第12408期
  /// 今日8版`), as a paper printed in several pages a day does and a bulletin never does.
  static func countsDailyPages(_ text: String) -> Bool {
    text.containsUTF8("今日") && text.split(separator: " ").contains { $0.hasPrefix("今日") && isPageFurniture(String($0)) }
  }

  /// Whether a line gives the print run or the date of printing (`（共印90份）`,
  /// `云岭县人民政府办公室　2025年8月2日印发`).
  static func isPrintRunLine(_ text: String) -> Bool {
    guard text.utf8.count <= 144, text.hasAtMostScalars(48) else { return false }
    if text.containsUTF8("共印"), text.hasUTF8Suffix("份") || text.hasUTF8Suffix("份）") || text.hasUTF8Suffix("份)") {
      return true
    }
    // The office and the full date: `…办公室 2025年8月2日印发`, not `《规定》近日印发`.
    guard text.hasUTF8Suffix("日印发"), let year = text.unicodeScalars.firstIndex(of: "年"),
      text.unicodeScalars[..<year].suffix(4).allSatisfy({ $0.properties.numericType != nil })
    else { return false }
    return text.unicodeScalars.contains("月") && !text.unicodeScalars.contains { "，。《》".unicodeScalars.contains($0) }
  }

  /// Lines a web page or a public account's post wraps its text in: where the page sits,
  /// tool links, sharing and paging links, the site's notices, the account's calls to follow.
  /// Every test starts with a byte check that body lines fail.
  static func isWebChrome(_ text: String) -> Bool {
    if let first = text.unicodeScalars.first, webChromeHeads.contains(first),
      webChromeOpenings.contains(where: { text.hasUTF8Prefix($0) })
    {
      return true
    }
    guard text.utf8.count <= 150 else { return false }
    if containsWebChromeWord(text) { return true }
    // A breadcrumb: `首页 > 政务公开 > 部门动态`.
    if text.containsUTF8(">") || text.containsUTF8("＞") || text.containsUTF8("»") {
      let steps = text.split(whereSeparator: { $0 == ">" || $0 == "＞" || $0 == "»" })
      if steps.count >= 3, hasNoStopOrComma(text) {
        return true
      }
      // Or a site and its column only: `青溪新闻网 > 本地要闻`.
      let names = steps.map { $0.filter { $0 != " " } }
      if names.count == 2, let site = names.first, ["网", "网站", "首页", "主页"].contains(where: site.hasSuffix),
        names.allSatisfy({ $0.count >= 2 && $0.count <= 12 && isHeadlineLike(String($0), strict: true) })
      {
        return true
      }
    }
    // A post's buttons, perhaps with their counts: `分享 收藏 点赞 在看`, `赞 112 在看 37`, perhaps
    // after its read count (`阅读 1.3万 分享 在看 点赞`), or the reader's own (`写留言`).
    if text.containsUTF8(" ") {
      var words = text.split(separator: " ")[...]
      if words.count >= 3, words[0] == "阅读", isPostCount(words[1]) { words = words.dropFirst(2) }
      if words.count >= 2, words.allSatisfy({ postButtons.contains($0) || isPostCount($0) }),
        postButtons.contains(words[words.startIndex])
      {
        return true
      }
    } else if text.utf8.count <= 12, loneButtons.contains(text) {
      return true
    }
    if isLinkBar(text) || isPagingBar(text) { return true }
    if isScanPrompt(text) { return true }
    // A post's read count: `阅读 1.3万`, `阅读量：2045`.
    if text.hasUTF8Prefix("阅读"), text.hasAtMostScalars(12),
      text.unicodeScalars.dropFirst(2).contains(where: { $0.properties.numericType != nil })
    {
      return true
    }
    // The site's name over the page: `白鹭区人民政府门户网站`.
    if text.utf8.count <= 60, ["门户网站", "政府网", "政府网站", "官方网站"].contains(where: text.hasUTF8Suffix) { return true }
    // A line of tool links only: `【打印本页】【关闭窗口】`, perhaps after the editor's credit
    // (`【责任编辑：王某】【打印】【关闭】`).
    guard text.hasUTF8Prefix("【"), text.hasUTF8Suffix("】") else { return false }
    var tools = 0
    var credits = 0
    let onlyTools = text.split(whereSeparator: { $0 == "【" || $0 == "】" }).allSatisfy {
      let tool = String($0.filter { $0 != " " })
      if tool.isEmpty { return true }
      if webTools.contains(tool) {
        tools += 1
        return true
      }
      credits += 1
      return isStaffCredit(String($0))
    }
    return onlyTools && (credits == 0 || tools > 0)
  }

  /// Whether a line only asks the reader to scan the code printed beside it (`扫码看视频`,
  /// `扫描二维码观看`, `扫一扫 了解更多`): a short line that opens so, with no sentence in it.
  static func isScanPrompt(_ text: String) -> Bool {
    guard text.hasAtMostScalars(20), text.hasUTF8Prefix("扫") else { return false }
    return ["扫码", "扫描二维码", "扫一扫", "扫描下方二维码"].contains(where: text.hasUTF8Prefix)
      && hasNoStopOrComma(text)
  }

  /// Whether a line is a bar of links: short items between `|` bars (`无障碍浏览 | 长者模式 | 登录`,
  /// `联系我们 | 网站地图`), or a site's menu or paging links (`首页 政务公开 政务服务 …`, `共4条记录
  /// 首页 上一页 1 下一页 尾页`), with no sentence in it.
  static func isLinkBar(_ text: String) -> Bool {
    // Every bar has a `|` or its site's home, login or search link: most lines have none.
    let barred = text.containsUTF8("|") || text.containsUTF8("｜")
    guard barred || text.containsUTF8("首页") || text.containsUTF8("登录") || text.containsUTF8("搜索") else {
      return false
    }
    guard !text.unicodeScalars.contains(where: { innerStops.contains($0) || $0 == "，" }) else { return false }
    let bars = text.split(whereSeparator: { $0 == "|" || $0 == "｜" })
    if bars.count >= 3 || (bars.count == 2 && text.containsUTF8(" | ")) {
      let items = bars.map { $0.split(separator: " ").joined() }
      if items.allSatisfy({ $0.count <= 12 }) { return true }
    }
    return siteWords.filter { text.containsUTF8($0) }.count >= 2
  }

  /// Whether a line is only an e-paper's paging links (`上一版　下一版　返回目录`, `上一篇 下一篇`):
  /// two words or more, each one of ``pagingLinks``.
  static func isPagingBar(_ text: String) -> Bool {
    guard text.utf8.count <= 80, text.hasUTF8Prefix("上") || text.hasUTF8Prefix("下") || text.hasUTF8Prefix("返")
    else { return false }
    let words = text.split(separator: " ")
    return words.count >= 2 && words.allSatisfy { pagingLinks.contains(String($0)) }
  }

  /// The paging links of an e-paper or a site (see ``isPagingBar(_:)``).
  static let pagingLinks: Set<String> = [
    "上一版", "下一版", "上一篇", "下一篇", "上一页", "下一页", "返回目录", "返回首页", "返回", "版面导航", "本版目录",
  ]

  /// Words of a site's menus and paging links (see ``isLinkBar(_:)``).
  static let siteWords = [
    "首页", "上一页", "下一页", "尾页", "登录", "注册", "搜索", "网站地图", "联系我们", "无障碍", "长者模式", "政务公开", "政务服务",
    "政民互动", "请输入关键词",
  ]

  /// How navigation, sharing and paging lines open (see ``isWebChrome(_:)``): a link to the
  /// previous or next item may set its label in brackets (`【上一篇】…`).
  static let webChromeOpenings = [
    "当前位置：", "当前位置:", "您的位置：", "您的位置:", "您现在的位置", "分享到", "上一篇：", "上一篇:", "下一篇：", "下一篇:",
    "【字体：", "【字体:", "字体：大", "字体:大", "字号：", "字号:", "【字号", "主持人：", "主持人:", "【主持人", "主办：", "主办:",
    "主办单位：", "承办：",
    "承办:", "【上一篇】", "【下一篇】",
  ]

  /// ``webChromeWords`` by their first character: a line is searched for the words that start
  /// with one of its characters, not for every word.
  static let webChromeWordHeads = ScalarBitmap(webChromeWords.compactMap(\.unicodeScalars.first))

  /// Whether a line holds one of ``webChromeWords``: searched only for the words that start with
  /// one of its characters (a bitmap test per character, the words of each such character looked
  /// up once).
  static func containsWebChromeWord(_ text: String) -> Bool {
    var searched: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars where webChromeWordHeads.contains(scalar) && !searched.contains(scalar) {
      searched.append(scalar)
      if let words = webChromeWordsByHead[scalar], words.contains(where: { text.containsUTF8($0) }) { return true }
    }
    return false
  }

  /// ``webChromeWords`` by their first character.
  static let webChromeWordsByHead = Dictionary(grouping: webChromeWords, by: { $0.unicodeScalars.first ?? " " })

  /// The first characters of ``webChromeOpenings``.
  static let webChromeHeads = ScalarBitmap(webChromeOpenings.compactMap(\.unicodeScalars.first))

  /// Words of a short line that only a site or an account prints (see ``isWebChrome(_:)``).
  static let webChromeWords = [
    "版权所有", "ICP备", "网站标识码", "公网安备", "技术支持：", "点击蓝字", "阅读原文", "扫码关注", "长按识别", "长按二维码",
    "索引号", "发布机构", "主题分类", "公开方式", "成文日期", "生成日期", "所在的位置", "当前位置", "主办单位", "承办单位",
    "扫一扫", ".pdf", ".doc", ".xls", ".wps", "关注我们", "预览时标签不可点",
  ]

  /// Tool links of a saved page.
  static let webTools: Set<String> = [
    "打印本页", "打印", "关闭窗口", "关闭", "收藏", "字体：大中小", "字体:大中小", "返回顶部", "打印本文", "返回目录", "返回", "往期回顾",
    "上一版", "下一版", "PDF版", "上一篇", "下一篇",
  ]

  /// The line without the tool links a saved page sets in square brackets (`[往期回顾]`,
  /// `[上一版]`), which may share a line with the date or the page's name.
  static func removingToolLinks(_ text: String) -> String {
    guard text.containsUTF8("[") else { return text }
    var out = text
    for tool in webTools {
      out = out.replacingOccurrences(of: "[" + tool + "]", with: "")
    }
    return collapseSpaces(Substring(out))
  }

  /// A post's buttons (`分享 收藏 点赞 在看`).
  static let postButtons: Set<Substring> = ["分享", "收藏", "点赞", "赞", "在看", "转发", "留言", "写留言", "阅读原文"]

  /// A post's buttons that stand on a line of their own under it.
  static let loneButtons: Set<String> = ["写留言", "留言", "阅读原文"]

  /// Whether a word is a count a post shows beside a button (`112`, `1.3万`, `10万+`).
  static func isPostCount(_ word: Substring) -> Bool {
    guard let first = word.unicodeScalars.first, first.properties.numericType == .decimal, word.count <= 8 else {
      return false
    }
    return word.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || "万+.".unicodeScalars.contains($0) }
  }

  /// Whether a line closes a post's text (`- END -`, `—END—`): what follows is the account's.
  static func isEndMark(_ text: String) -> Bool {
    text.utf8.count <= 16 && text.containsUTF8("END")
      && text.unicodeScalars.allSatisfy { "END -—_=·".unicodeScalars.contains($0) }
  }

  /// An item's source on a line of its own after its text (`来源：区城市管理局`), or nil.
  static func sourceLine(_ text: String) -> String? {
    guard text.utf8.count <= 90 else { return nil }
    for head in ["来源：", "来源:", "来源丨", "来源｜", "供稿：", "供稿:"] where text.hasUTF8Prefix(head) {
      let source = String(text.unicodeScalars.dropFirst(3)).trimmingSpaces
      guard !source.isEmpty, !source.unicodeScalars.contains(where: { innerStops.contains($0) || $0 == "，" }) else {
        return nil
      }
      return source
    }
    return nil
  }

  /// Whether a line is a presenter's greeting or farewell in a broadcast's script (`各位观众，
  /// 晚上好！…欢迎收看…`, `以上就是今天…的主要内容，感谢收看`, `明天同一时间再会`), perhaps behind
  /// the speaker's label (`女：欢迎收听…`).
  static func isBroadcastPatter(_ text: String) -> Bool {
    guard text.utf8.count <= 360 else { return false }
    if isPatter(text) { return true }
    // A presenter's words may stand behind the speaker's label (`男：`, `女主播：`).
    let spoken = withoutSpeakerLabel(text)
    return spoken.utf8.count < text.utf8.count && isPatter(spoken)
  }

  /// Whether words are a presenter's greeting or farewell (see ``isBroadcastPatter(_:)``).
  static func isPatter(_ text: String) -> Bool {
    if [
      "各位观众", "各位听众", "观众朋友", "听众朋友", "以上就是今天", "今日天气", "下面请听", "下面请看", "欢迎收听", "欢迎收看",
    ].contains(where: { text.hasUTF8Prefix($0) }) {
      return true
    }
    // A farewell till the next programme: `明天同一时间再会。`.
    if text.utf8.count <= 90, text.containsUTF8("同一时间"), text.containsUTF8("再会") || text.containsUTF8("再见") {
      return true
    }
    // A farewell: `好，本次《鹤鸣早新闻》就播送完了。感谢您的收听…`.
    if text.utf8.count <= 240, text.containsUTF8("收听") || text.containsUTF8("收看") || text.containsUTF8("播送完"),
      ["感谢收听", "感谢收看", "感谢您的收听", "感谢您的收看", "播送完了", "就播到这里"].contains(where: { text.containsUTF8($0) })
    {
      return true
    }
    // The day's greeting of a daily post or script: `今天是2025年9月5日，星期五，农历七月十四。`
    return text.hasUTF8Prefix("今天是") && text.utf8.count <= 120
      && (text.containsUTF8("星期") || text.containsUTF8("农历"))
  }

  /// The words of a script's line after the cue label in square brackets that opens it
  /// (`【开头】观众朋友，晚上好！…`, `【片尾】好，以上就是今天…`: two to four ideographs naming the
  /// part of the programme); nil when the line opens otherwise or nothing follows the label.
  static func withoutCueLabel(_ text: String) -> String? {
    let scalars = text.unicodeScalars
    guard scalars.first == "【", let close = scalars.prefix(6).firstIndex(of: "】") else { return nil }
    let label = scalars[scalars.index(after: scalars.startIndex)..<close]
    guard label.count >= 2, label.allSatisfy({ $0.isMainBlockIdeograph }) else { return nil }
    let rest = String(String.UnicodeScalarView(scalars[scalars.index(after: close)...]))
    return rest.isEmpty ? nil : rest
  }

  /// The line without a speaker's label in front (`男：`, `女主播：`, `主持人：`): one to five
  /// ideographs and a colon; the line as it is when it has none.
  static func withoutSpeakerLabel(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let colon = scalars.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > scalars.startIndex,
      scalars[..<colon].allSatisfy({ $0.isMainBlockIdeograph })
    else { return text }
    return String(String.UnicodeScalarView(scalars[scalars.index(after: colon)...]))
  }

  /// The top or bottom edge of a drawn box.
  enum BoxEdge { case top, bottom }

  /// Whether a line is the top (`┏━━┓`, `╔══╗`, `┌──┐`) or bottom edge of a box drawn with
  /// box-drawing characters; nil for any other line.
  static func boxEdge(_ text: String) -> BoxEdge? {
    guard let first = text.unicodeScalars.first, first.value >= 0x2500, first.value <= 0x257F else { return nil }
    guard text.unicodeScalars.allSatisfy({ ($0.value >= 0x2500 && $0.value <= 0x257F) || $0 == " " }) else {
      return nil
    }
    if "┏╔┌╭┍┎╒╓".unicodeScalars.contains(first) { return .top }
    if "┗╚└╰┕┖╘╙".unicodeScalars.contains(first) { return .bottom }
    return nil
  }

  /// Labels that open an advertisement, dropped with it.
  static let advertisementLabels: Set<String> = ["【广告】", "〖广告〗", "广告", "[广告]", "（广告）", "(广告)", "【公益广告】", "公益广告"]

  /// The bracketed advertisement labels, which may open the advertisement's own line
  /// (`〖广告〗鹤鸣农商银行…`).
  static let bracketedAdvertisementLabels = ["【广告】", "〖广告〗", "[广告]", "（广告）", "(广告)", "【公益广告】"]

  /// Whether a line sells something: a subscription drive, an advertisement's hotline.
  static func isAdvertising(_ text: String) -> Bool {
    ["征订", "欢迎订阅", "订阅热线", "订价", "广告", "招商热线", "优惠热线"].contains { text.containsUTF8($0) }
  }

  /// Whether a line is only the label of a post's list of other posts (``recommendationLabels``),
  /// perhaps between arrows, marks or pictographs (`▼往期推荐▼`, `👉推荐阅读`).
  static func isRecommendationLabel(_ text: String) -> Bool {
    // Every label holds one of a few words: a byte search rules out most short lines before
    // their scalars' properties are looked up.
    guard text.utf8.count <= 40, recommendationWords.contains(where: { text.containsUTF8($0) }) else { return false }
    func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
      !scalar.properties.isAlphabetic && !(scalar.properties.numericType != nil)
    }
    let scalars = text.unicodeScalars.drop(while: isDecoration).reversed().drop(while: isDecoration).reversed()
    return recommendationLabels.contains(String(String.UnicodeScalarView(scalars)))
  }

  /// Labels of a post's or a site's list of other posts, dropped with the list.
  static let recommendationLabels: Set<String> = ["往期推荐", "往期回顾", "推荐阅读", "相关阅读", "相关文章", "精彩推荐", "猜你喜欢"]

  /// A word each of ``recommendationLabels`` holds.
  static let recommendationWords = ["推荐", "回顾", "阅读", "文章", "喜欢"]

  /// Whether a line tells where a saved page sits on its site (`当前位置：首页 > 工作动态`,
  /// `您的位置：…`): the line under the site's header.
  static func isLocationLine(_ text: String) -> Bool {
    text.hasUTF8Prefix("当前位置") || text.hasUTF8Prefix("您的位置") || text.hasUTF8Prefix("您现在的位置")
      || text.hasUTF8Prefix("所在位置")
  }

  /// Whether the lines over a saved page's location line (``isLocationLine(_:)``) are only the
  /// site's header: a few short lines (the site's name, its name in letters, a search box),
  /// with no sentence or clause among them.
  static func isSiteHeader(_ units: [Unit]) -> Bool {
    !units.isEmpty && units.count <= 4
      && units.allSatisfy { unit in
        unit.text.utf8.count <= 90
          && hasNoStopOrComma(unit.text)
      }
  }

  /// A publishing line (``isPublishingLine(_:)``) without its source when the source is the site
  /// itself (`来源：桐安市某局` on the bureau's own site): the site's own news credits no one. Nil when
  /// the source is another's, or the line would no longer give publishing details without it.
  static func withoutOwnSource(_ text: String, site: String) -> String? {
    guard publishingCredit(text) == site, !text.containsUTF8("作者") else { return nil }
    for head in ["来源：", "来源:"] where text.containsUTF8(head + site) {
      let rest = collapseSpaces(Substring(text.replacingOccurrences(of: head + site, with: "")))
      return isPublishingLine(rest) ? rest : nil
    }
    return nil
  }

  /// Whether the units from `label` on are a list of links at the foot of a saved page: a
  /// label of links (`相关链接：`) over two or more short lines with no sentence or clause in
  /// them, each behind a `·` as sites list links, and nothing after them.
  static func isFootLinkList(_ units: ArraySlice<Unit>) -> Bool {
    guard let label = units.first, isInsetLabel(label.text), units.count >= 3 else { return false }
    return units.dropFirst().allSatisfy { unit in
      let text = unit.text
      return text.utf8.count <= 120 && (text.hasUTF8Prefix("·") || text.hasUTF8Prefix("•"))
        && hasNoStopOrComma(text)
    }
  }

  /// Whether a line is a saved page's link to the documents its article concerns, as a site
  /// sets it under the article (`相关文件：某某市防汛应急预案（2026年修订）`, `相关附件：…`): the
  /// label and a document's name, with no sentence in it.
  static func isRelatedFilesLink(_ text: String) -> Bool {
    guard text.utf8.count <= 150, relatedFilesLabels.contains(where: text.hasUTF8Prefix) else { return false }
    return hasNoStopOrComma(text)
  }

  /// The labels of a saved page's links to related documents (see ``isRelatedFilesLink(_:)``).
  static let relatedFilesLabels = ["相关文件：", "相关文件:", "相关附件：", "相关附件:", "附件下载：", "附件下载:"]

  /// Whether a line is a public account's post line: `原创`, the account, the time; or the date
  /// and the time on a line of their own, with the province the post was sent from after them
  /// (`2026年06月07日 17:42 湖南`), as a post shows it.
  static func isPostLine(_ text: String) -> Bool {
    guard text.utf8.count <= 180, text.hasAtMostScalars(60),
      !text.unicodeScalars.contains(where: { $0 == "。" || $0 == "，" })
    else { return false }
    if text.hasUTF8Prefix("原创 ") { return true }
    // The account, the date and the time: `临川生态环境 2025年09月07日 18:00`.
    var words = text.split(separator: " ")
    var least = 3
    if words.count >= 3, let place = words.last, place.count <= 4,
      place.unicodeScalars.allSatisfy(\.isMainBlockIdeograph)
    {
      words.removeLast()
      least = 2
    }
    guard words.count >= least, let time = words.last, time.count == 5, time.dropFirst(2).first == ":",
      let date = words.dropLast().last
    else { return false }
    return date.hasSuffix("日") && date.contains("年") && date.contains("月")
  }

  /// The units over a public account's post line (``isPostLine(_:)``) without the account's
  /// header: the account's name, and a digest's title, which names its column before a bar
  /// (`今日青溪｜…`, `生态周报｜…`) over items with titles of their own. A post of one story keeps
  /// its own title, the headline right over the post line, marked as the title.
  static func keepingPostTitle(_ units: [Unit], under postLine: String) -> [Unit] {
    guard var title = units.last else { return [] }
    if title.marksTitle { return [title] }
    let text = title.text
    guard !text.containsUTF8("｜"), !text.containsUTF8("|"), isHeadlineLike(text, strict: false),
      !postLine.split(separator: " ").contains(where: { $0 == text })
    else { return [] }
    title.marksTitle = true
    title.blankBefore = true
    return [title]
  }

  /// The length of a script's item label opening a line (`【新闻一】`, `【新闻3】`), or 0.
  static func numberedItemLabelLength(_ text: String) -> Int {
    guard text.hasUTF8Prefix("【新闻") else { return 0 }
    let scalars = Array(text.unicodeScalars.prefix(10))
    guard let close = scalars.firstIndex(of: "】"), close > 3, close + 4 < text.unicodeScalars.count,
      scalars[3..<close].allSatisfy({ pageNumerals.contains($0) })
    else { return 0 }
    return close + 1
  }

  /// The units without a script's preview of its items (the titles read out after the greeting,
  /// `县委常委会传达学习…；`): lines near the top that recur, without their closing stop, as a
  /// title further down, or that list such titles between semicolons, perhaps under a label
  /// (`【提要】…；…；…。`, over numbered items `1.…`).
  static func removingPreview(_ units: [Unit]) -> [Unit] {
    let titles = Set(units.filter(\.marksTitle).map(\.text))
    let numbered = Set(units.compactMap { numberingStyle($0.text) != nil ? itemTitle($0.text) : nil })
    guard titles.count >= 2 || numbered.count >= 2 else { return units }
    var out: [Unit] = []
    for (i, unit) in units.enumerated() {
      var scalars = unit.text.unicodeScalars[...]
      if let last = scalars.last, "；;。，、".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
      if i < 16, !unit.marksTitle, titles.contains(String(String.UnicodeScalarView(scalars))) { continue }
      if i < 16, !unit.marksTitle, let listed = previewedTitles(unit.text), listed.count >= 2,
        listed.allSatisfy({ titles.contains($0) || numbered.contains($0) })
      {
        continue
      }
      out.append(unit)
    }
    return out
  }

  /// The titles a preview line lists between semicolons (`【提要】…；…；…。`), without its label
  /// in brackets and its closing stop; nil for a line with no semicolon.
  static func previewedTitles(_ text: String) -> [String]? {
    guard text.utf8.count <= 600, text.containsUTF8("；") || text.containsUTF8(";") else { return nil }
    var scalars = text.unicodeScalars[...]
    if scalars.first == "【", let close = scalars.prefix(10).firstIndex(of: "】") {
      scalars = scalars[scalars.index(after: close)...]
    }
    if let last = scalars.last, "。；;".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
    return scalars.split(whereSeparator: { $0 == "；" || $0 == ";" }).map {
      String(String.UnicodeScalarView($0)).trimmingSpaces
    }
  }

  /// Whether a line holds a bar that can join a role to a name (`/`, `／`, `丨`, `｜`): one pass
  /// over its bytes.
  static func hasCreditBar(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if byte == 0x2F { return true }
      switch (previous.0, previous.1, byte) {
      case (0xE4, 0xB8, 0xA8), (0xEF, 0xBD, 0x9C), (0xEF, 0xBC, 0x8F): return true
      default: previous = (previous.1, byte)
      }
    }
    return false
  }

  /// The units with the titles of a post's numbered items marked as titles beyond doubt: lines
  /// that open with a circled number (`① `, `❷`) after a blank line and read as a headline (a
  /// comma may stand in one: `这些路段夜间施工，请注意绕行`) over text, numbered one, two, three …
  /// down the page. (A list's items inside a text are sentences, `①抓好…；`, or stand one
  /// under another, `①加强组织领导`, `②强化督导考核`.)
  static func markingCircledItems(_ units: [Unit]) -> [Unit] {
    var out = units
    var next = 1
    for k in units.indices.dropLast() where units[k].blankBefore {
      guard let number = circledNumber(units[k].text), number == next,
        !isHeadlineLike(units[k + 1].text, strict: true)
      else { continue }
      let title = withoutCircledNumber(units[k].text)
      guard title.hasAtMostScalars(40), isHeadlineLike(title, strict: false) else { continue }
      out[k].marksTitle = true
      out[k].blankBefore = true
      next += 1
    }
    // One numbered line is no series of items.
    return next > 2 ? out : units
  }

  /// The number of a circled number opening a line (`①` … `⑳`, `❶` … `❿`), or nil.
  static func circledNumber(_ text: String) -> Int? {
    guard let first = text.unicodeScalars.first else { return nil }
    switch first.value {
    case 0x2460...0x2473: return Int(first.value - 0x2460) + 1
    case 0x2776...0x277F: return Int(first.value - 0x2776) + 1
    default: return nil
    }
  }

  /// Lines a post sets a title after (`▍临川段长江江豚出现频次创新高`).
  static let titleBars = ScalarBitmap("▍▌▎▋▊".unicodeScalars)

  /// A post's credit closing an item (`文丨刘某　图丨王某`, `文/刘某`): the names, or nil.
  static func closingCreditLine(_ text: String) -> String? {
    guard text.utf8.count <= 120 else { return nil }
    // A script's reporters after the item: `记者：许某　马某`, perhaps in round brackets.
    let script = withoutRoundBrackets(text)
    for head in ["记者：", "记者:"] where script.hasUTF8Prefix(head) {
      let names = script.unicodeScalars.dropFirst(3).split(separator: " ").map { String(String.UnicodeScalarView($0)) }
      guard !names.isEmpty, names.allSatisfy({ isPersonalName(Substring($0)) }) else { return nil }
      return "记者 " + names.joined(separator: " ")
    }
    guard hasCreditBar(text) else { return nil }
    let words = text.split(separator: " ")
    var names: [Substring] = []
    for word in words {
      guard let bar = word.firstIndex(where: { $0 == "丨" || $0 == "｜" || $0 == "/" || $0 == "／" }) else { return nil }
      let role = word[..<bar]
      let name = word[word.index(after: bar)...]
      guard ["文", "图", "文字", "图片", "摄影", "视频", "记者", "通讯员"].contains(role), isPersonalName(name) else { return nil }
      names.append(name)
    }
    return names.isEmpty ? nil : names.joined(separator: " ")
  }

  /// A line set in round brackets of its own (`（记者：许某）`) without them, or as it is: scripts
  /// close an item with its reporters' credit either way.
  static func withoutRoundBrackets(_ text: String) -> Substring {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last, first == "（" || first == "(",
      last == "）" || last == ")", !scalars.dropFirst().contains(where: { $0 == "（" || $0 == "(" })
    else { return Substring(text) }
    return Substring(String(String.UnicodeScalarView(scalars.dropFirst().dropLast())))
  }

  /// Whether a line is only a page's number (`2`, `１２`), as a page's copied text may open with
  /// it over the first headline: one to three digits and nothing else.
  static func isBarePageNumber(_ text: String) -> Bool {
    guard (1...9).contains(text.utf8.count) else { return false }
    let scalars = text.unicodeScalars
    return scalars.count <= 3 && scalars.allSatisfy { $0.properties.numericType == .decimal }
  }

  /// Whether a line is only an item's zero-padded number (`01`, `02`): a bare digit on a line
  /// of its own may be a print break (`M` / `2` / `和…` in extracted text).
  static func isItemNumberLine(_ text: String) -> Bool {
    guard text.utf8.count <= 6 else { return false }
    let scalars = Array(text.unicodeScalars)
    return scalars.count == 2 && (scalars[0] == "0" || scalars[0] == "０")
      && scalars[1].properties.numericType == .decimal
  }

  /// Whether a line gives a web item's publishing details (`发布时间：2025-08-08 09:12　来源：区生态
  /// 环境局　浏览次数：312`, `信息来源：县农业农村局　作者：刘芳　发布日期：…`): it stands between the
  /// item's title and its text as a credit line does.
  static func isPublishingLine(_ text: String) -> Bool {
    guard text.utf8.count <= 300 else { return false }
    if isStampedSourceLine(text) { return true }
    guard text.containsUTF8("发布") else { return false }
    let hasDate = text.containsUTF8("发布时间") || text.containsUTF8("发布日期")
    let hasSource = ["来源", "作者", "浏览", "点击", "阅读"].contains { text.containsUTF8($0) }
    return hasDate && hasSource
  }

  /// Whether a line is a news site's item line: the time it went up, unlabelled
  /// (`2026-03-02 08:15`), then its source or reporters (`来源：某某新闻网　记者：王某`).
  static func isStampedSourceLine(_ text: String) -> Bool {
    guard text.containsUTF8("来源") || text.containsUTF8("记者：") else { return false }
    return startsWithTimestamp(text)
  }

  /// Whether a line opens with a date and clock time in figures (`2026-03-02 08:15`).
  static func startsWithTimestamp(_ text: String) -> Bool {
    let bytes = Array(text.utf8.prefix(20))
    func digits(_ from: Int, _ count: Int) -> Bool {
      from + count <= bytes.count && bytes[from..<(from + count)].allSatisfy { (0x30...0x39).contains($0) }
    }
    guard bytes.count >= 16, digits(0, 4), bytes[4] == 0x2D, digits(5, 2), bytes[7] == 0x2D, digits(8, 2),
      bytes[10] == 0x20, digits(11, 2), bytes[13] == 0x3A, digits(14, 2)
    else { return false }
    return true
  }

  /// The byline of a publishing line (``isPublishingLine(_:)``): its author or reporters, else
  /// its source; nil when these fields are empty. A news site's item line (``isStampedSourceLine(_:)``)
  /// names the outlet that carried the item as its source, which credits no writer.
  static func publishingCredit(_ text: String) -> String? {
    // A field's value runs to the next field's name: an author may be several words
    // (`作者：本报记者 刘某 通讯员 孔某　来源：…`).
    let words = text.split(separator: " ")
    func field(_ name: String) -> String? {
      guard let start = words.firstIndex(where: { $0.hasPrefix(name + "：") || $0.hasPrefix(name + ":") }) else {
        return nil
      }
      var value = [words[start].dropFirst(name.count + 1)]
      for word in words[(start + 1)...] {
        if word.contains("：") || word.contains(":") { break }
        value.append(word)
      }
      let joined = value.filter { !$0.isEmpty }.joined(separator: " ")
      return joined.isEmpty ? nil : joined
    }
    if let author = field("作者") { return author }
    if let reporters = field("记者") { return "记者 " + reporters }
    return isStampedSourceLine(text) ? nil : field("信息来源") ?? field("来源")
  }

  /// The units without a table of contents (`本期要目`, `目录`, then the titles of the items
  /// below it): the label and the run of lines after it that recur on the page later, name
  /// another page (`…完成备案 2版`) or stand behind a list marker (`◆…`).
  static func removingContents(_ units: [Unit]) -> [Unit] {
    guard
      let label = units.prefix(12).firstIndex(where: { isContentsLabel($0.text) })
    else { return units }
    var end = label + 1
    while end < units.count, end - label <= 20, end == label + 1 || !units[end].blankBefore {
      var entry = contentsEntry(units[end].text)
      if let title = withoutListNumber(units[end].text, place: end - label) { entry.title = title }
      guard isHeadlineLike(entry.title, strict: false) else { break }
      let recurs = units[(end + 1)...].contains { contentsEntry($0.text).title == entry.title }
      // A bulletin's list of its items behind markers (`◆…`) words them its own way.
      let marked = units[end].text.unicodeScalars.first.map(briefMarkers.contains) == true
      guard recurs || entry.namesPage || marked else { break }
      end += 1
    }
    guard end - label > 2 else { return units }
    var out = Array(units[..<label])
    if end < units.count {
      var next = units[end]
      next.blankBefore = true
      out.append(next)
      out.append(contentsOf: units[(end + 1)...])
    }
    return out
  }

  /// An entry of a table of contents without its place in the list (`4.` before `5月份全市…`),
  /// when the list numbers its entries in order from 1: a title that opens with a figure would
  /// otherwise read with the number as a decimal (`4.5`). Nil for an entry not so numbered.
  static func withoutListNumber(_ text: String, place: Int) -> String? {
    guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
    let number = String(place)
    guard text.hasUTF8Prefix(number) else { return nil }
    let rest = text.unicodeScalars.dropFirst(number.utf8.count)
    guard let dot = rest.first, dot == "." || dot == "．", rest.count > 2 else { return nil }
    return String(String.UnicodeScalarView(rest.dropFirst())).trimmingSpaces
  }

  /// Whether a line is only the label of a table of contents (``contentsLabels``), perhaps
  /// behind a marker or in brackets of its own (`【本期要目】`).
  static func isContentsLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 24 else { return false }
    return contentsLabels.contains(String(withoutEnclosingBrackets(Substring(strippingBriefMarker(text)))))
  }

  /// Labels of a table of contents (see ``removingContents(_:)``).
  static let contentsLabels: Set<String> = [
    "本期要目", "本期目录", "目录", "要目", "本期导读", "内容提要", "本期内容", "今日导读", "本版新闻", "本版导读", "本版要目",
  ]

  /// An entry of a table of contents: the title without number, markers, brackets or page, and
  /// whether it named a page. A contents list may mark its entries (`◎…`) where the items below
  /// number their titles (`一、…`), or the other way round: the same title either way.
  static func contentsEntry(_ text: String) -> (title: String, namesPage: Bool) {
    var scalars = strippingBriefMarker(unnumbered(text)).unicodeScalars[...]
    if let first = scalars.first, first == "·" || first == "•" {
      scalars = scalars.dropFirst().drop { $0 == " " }
    }
    if scalars.first == "【", scalars.last == "】" { scalars = scalars.dropFirst().dropLast() }
    let title = String(String.UnicodeScalarView(scalars))
    let words = title.split(separator: " ")
    if words.count > 1, let last = words.last, last.hasSuffix("版"), last.dropLast().allSatisfy(\.isNumber) {
      return (words.dropLast().joined(separator: " "), true)
    }
    return (title, isPageIndexLine(text))
  }
}

/// The items of a bulletin issue, as bulletins set them: numbered titles (`一、…`, `1.…`),
/// titles in brackets or behind a mark (`【…】`, `◎…`), a title and its text on one line
/// (`1.标题。正文…`, `标题：正文…`), under section labels (`【市内动态】`, `■工作动态`, or a
/// numbered title over marked ones: `一、重点项目` over `◎…`), perhaps after the compiler's
/// preface (`按：…`), perhaps as text extracted from a PDF (hard-wrapped lines, a title broken
/// over two, page numbers `— 1 —`).
extension BulletinSplitter {
  /// Rewrites the units of a bulletin issue (a page whose header numbers the issue) into the
  /// shape of a print page: the preface and section labels dropped, each item's title on a
  /// line of its own without its number or mark, its text after it.
  static func bulletinItems(_ units: [Unit]) -> [Unit] {
    var out: [Unit] = []
    out.reserveCapacity(units.count + 8)
    // Text set line by line at the column's width (extracted from a PDF): most lines end
    // mid-sentence.
    let hardWrapped = units.lazy.filter { !endsSentence($0.text) }.count * 2 > units.count
    var k = prefaceLength(units)
    // Whether the lines are the items of a column of one-line news, which have no titles.
    var inOneLineNews = false
    while k < units.count {
      let unit = units[k]
      let text = unit.text
      k += 1
      // A column of one-line news (`一句话新闻`, then `●11月15日，…` items) is one piece under its
      // label: its items are a sentence each, with no title to cut them by.
      if isOneLineNewsLabel(text) || (inOneLineNews && text.unicodeScalars.first.map(briefMarkers.contains) == true) {
        inOneLineNews = true
        out.append(unit)
        continue
      }
      inOneLineNews = false
      if isBulletinSectionLabel(text) { continue }
      if let (title, body) = titledParagraph(text), !continuesNumberedPoints(at: k - 1, in: units) {
        out.append(Unit(text: title, line: unit.line, blankBefore: true))
        out.append(Unit(text: body, line: unit.line, blankBefore: false))
        continue
      }
      if var title = itemTitle(text) {
        // A title right over another item's title, numbered otherwise (`一、重点项目` over
        // `◎…`), labels a section of items and titles none.
        if k < units.count, itemTitle(units[k].text) != nil, numberingStyle(units[k].text) != numberingStyle(text) {
          continue
        }
        // Hard-wrapped text breaks a long title too: a short line without punctuation under it,
        // over the item's text, is the rest of it.
        if hardWrapped, k + 1 < units.count, !units[k].blankBefore, units[k].text.hasAtMostScalars(8),
          isRowShaped(units[k].text), !isRowShaped(units[k + 1].text)
        {
          title += units[k].text
          k += 1
        }
        out.append(Unit(text: title, line: unit.line, blankBefore: true))
        continue
      }
      if let (title, body) = untitledItem(text) {
        out.append(Unit(text: title, line: unit.line, blankBefore: true))
        out.append(Unit(text: body, line: unit.line, blankBefore: false))
        continue
      }
      out.append(unit)
    }
    // Every item's title now follows a blank: the page reads as blocks unless its text has
    // blank lines of its own.
    return out
  }

  /// How many units at the top of an issue are its compiler's preface (`按：…现将有关情况摘报如
  /// 下。`), which introduces the whole issue and is no item's text: the paragraph, through the
  /// line that ends its sentence when print breaks cut it. 0 when the issue opens otherwise.
  static func prefaceLength(_ units: [Unit]) -> Int {
    guard let first = units.first?.text,
      first.hasUTF8Prefix("按：") || first.hasUTF8Prefix("按:") || isEditorsNote(first)
    else { return 0 }
    var end = 0
    while end < units.count, end == 0 || !units[end].blankBefore {
      end += 1
      if endsSentence(units[end - 1].text) { break }
    }
    return end
  }

  /// A bulletin's section label: two to six ideographs in brackets or behind a mark, perhaps
  /// spaced out to fill its box (`【要　闻】`).
  static func isBulletinSectionLabel(_ text: String) -> Bool {
    var scalars = text.unicodeScalars[...]
    // An author behind an open box (`□ 某某`) is a credit (``isCreditLine(_:)``), naming no section.
    if let first = scalars.first, briefMarkers.contains(first), !(first == "□" && isCreditLine(text)) {
      scalars = scalars.dropFirst()
    } else if scalars.first == "【", scalars.last == "】" {
      scalars = scalars.dropFirst().dropLast()
    } else {
      return false
    }
    let label = scalars.filter { $0 != " " && $0 != "\u{3000}" }
    return label.count >= 2 && label.count <= 6 && label.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// Whether a line is a title in brackets of its own (`【区政府与三家企业签约新能源汽车零部件项目】`):
  /// headline text of six characters or more, not a column or section label.
  static func isBracketedTitle(_ text: String) -> Bool {
    unbracketedTitle(text) != nil
  }

  /// The title inside the brackets of a bracketed title (see ``isBracketedTitle(_:)``), or nil.
  static func unbracketedTitle(_ text: String) -> String? {
    let scalars = text.unicodeScalars
    guard scalars.first == "【", scalars.last == "】", scalars.count >= 8 else { return nil }
    let inner = scalars.dropFirst().dropLast()
    guard !inner.contains("【"), !inner.contains("】") else { return nil }
    let title = String(String.UnicodeScalarView(inner))
    guard isHeadlineLike(title, strict: false), !isColumnLabel(text), !isSectionLabel(text) else { return nil }
    return title
  }

  /// An item title on a line of its own, without its number, brackets or mark; nil for a line
  /// that is not one.
  static func itemTitle(_ text: String) -> String? {
    let plain = unnumbered(text)
    var scalars = plain.unicodeScalars[...]
    if let first = scalars.first, briefMarkers.contains(first) { scalars = scalars.dropFirst() }
    if scalars.first == "【", scalars.last == "】" { scalars = scalars.dropFirst().dropLast() }
    guard scalars.count < text.unicodeScalars.count else { return nil }
    let title = collapseSpaces(Substring(String(String.UnicodeScalarView(scalars))))
    guard title.unicodeScalars.count >= 4, isHeadlineLike(title, strict: false), !isAnchor(title) else { return nil }
    return title
  }

  /// A title and its text on one line: `1.标题句。正文…` (a numbered item whose first sentence
  /// is its title) or `标题：正文…`; nil for any other line.
  static func titledParagraph(_ text: String) -> (String, String)? {
    guard text.unicodeScalars.count > 40 else { return nil }
    // A numbered or marked item's title may end at its full stop (`1.标题。正文…`, `▲标题。正文…`);
    // any title at a colon or a space.
    var numbered = unnumbered(text)
    if let mark = numbered.unicodeScalars.first, briefMarkers.contains(mark) {
      numbered = strippingBriefMarker(numbered)
    }
    let scalars = Array(numbered.unicodeScalars.prefix(48))
    let stops: Set<Unicode.Scalar> =
      numbered.unicodeScalars.count < text.unicodeScalars.count ? ["。", "：", " "] : ["：", " "]
    // A space between two Latin letters (`Easy Go`) is a word's, no title's end.
    func isLatinLetter(_ k: Int) -> Bool {
      k >= 0 && k < scalars.count && scalars[k].isASCII && scalars[k].properties.isAlphabetic
    }
    guard
      let stop = scalars.indices.first(where: {
        stops.contains(scalars[$0]) && !(scalars[$0] == " " && isLatinLetter($0 - 1) && isLatinLetter($0 + 1))
      }), stop >= 6
    else { return nil }
    let title = String(String.UnicodeScalarView(scalars[..<stop]))
    guard isHeadlineLike(title, strict: true), !isAnchor(title), !title.hasSuffix("说"), !title.hasSuffix("表示"),
      !opensWithLabel(title)
    else { return nil }
    let body = String(String.UnicodeScalarView(numbered.unicodeScalars.dropFirst(stop + 1)))
    guard body.unicodeScalars.count >= 20, endsItem(body) else { return nil }
    return (title, body)
  }

  /// Whether a line opens with a label in brackets and goes on after it (`【同期声】某镇党委书记`,
  /// `【记者出镜】`…), as a script marks whose words follow: a speaker, not an item's title.
  static func opensWithLabel(_ text: String) -> Bool {
    guard text.hasUTF8Prefix("【"), let close = text.unicodeScalars.prefix(10).firstIndex(of: "】") else {
      return false
    }
    return text.unicodeScalars.index(after: close) < text.unicodeScalars.endIndex
  }

  /// Whether the unit at `i` is one more numbered point of an item's text: the unit before it is
  /// numbered alike and stayed text (`（一）抓好…。…`, then `（二）…`), so this one, however long
  /// its first sentence, is no item of its own.
  static func continuesNumberedPoints(at i: Int, in units: [Unit]) -> Bool {
    guard i > 0, let style = numberingStyle(units[i].text) else { return false }
    let previous = units[i - 1].text
    return numberingStyle(previous) == style && titledParagraph(previous) == nil && itemTitle(previous) == nil
  }

  /// Whether a line is the first of numbered items' titles (`1. …`, `一、…`, `（一）…`).
  static func opensNumberedItems(_ text: String) -> Bool {
    let firsts = ["1.", "1、", "1．", "一、", "（一）", "(一)", "(1)", "（1）"]
    guard firsts.contains(where: { text.hasUTF8Prefix($0) }) else { return false }
    return itemTitle(text) != nil || titledParagraph(text) != nil
  }

  /// Whether a line is the label of a column of one-line news (`一句话新闻`, `【新闻一句话】`).
  static func isOneLineNewsLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 30 else { return false }
    let label = withoutEnclosingBrackets(Substring(strippingBriefMarker(text).filter { $0 != " " }))
    return ["一句话新闻", "新闻一句话", "一句话快讯", "一句话动态"].contains(String(label))
  }

  /// A bulletin's untitled item behind a mark (`◆8月4日，镇党委书记某某带队督导光伏项目，现场协调…`):
  /// its title is what happened, the clause after the date; its text is the whole item. Nil for
  /// any other line.
  static func untitledItem(_ text: String) -> (String, String)? {
    guard let mark = text.unicodeScalars.first, briefMarkers.contains(mark), text.unicodeScalars.count > 20 else {
      return nil
    }
    let body = strippingBriefMarker(text)
    guard opensLeadlessArticle(body) else { return nil }
    let scalars = Array(body.unicodeScalars.prefix(80))
    guard let comma = scalars.prefix(14).firstIndex(where: { $0 == "，" || $0 == "," }) else { return nil }
    let rest = scalars[(comma + 1)...]
    guard let end = rest.firstIndex(where: { "，。；,;".unicodeScalars.contains($0) }), end - comma - 1 >= 6 else {
      return nil
    }
    return (String(String.UnicodeScalarView(scalars[(comma + 1)..<end])), body)
  }

  /// The line without the item number it opens with (`一、`, `1.`, `1、`, `（一）`), or as it is.
  static func unnumbered(_ text: String) -> String {
    guard isNumbered(text) else { return text }
    let scalars = text.unicodeScalars
    guard let end = scalars.firstIndex(where: { "、.．）)".unicodeScalars.contains($0) }) else { return text }
    return String(String.UnicodeScalarView(scalars[scalars.index(after: end)...])).trimmingSpaces
  }
}

extension String {
  /// The string without leading and trailing spaces.
  var trimmingSpaces: String {
    String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

/// A set of scalars of the Basic Multilingual Plane as a bitmap (8 KB): membership is one shift
/// and one mask, where a `Set<Unicode.Scalar>` hashes every scalar it is asked about.
struct ScalarBitmap: Sendable {
  private var words = [UInt64](repeating: 0, count: 1024)

  init(_ scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars where scalar.value < 0x10000 {
      words[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
    }
  }

  /// Whether `scalar` is in the set.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x10000 && words[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
  }
}
