import PolicyCore

/// What a public account's post (WeChat style) wraps its items in, and how its items are marked:
/// the post line with the account and the time, buttons and their counts, the end mark, sources and
/// credits behind bars, banners of circled item numbers and titles behind a title bar, lists of
/// other posts, and advertising.
extension BulletinSplitter {
  /// A post's buttons (`分享 收藏 点赞 在看`), and a news app's under its items (`评论 12`).
  static let postButtons: Set<Substring> = [
    "分享", "收藏", "点赞", "赞", "在看", "转发", "留言", "写留言", "阅读原文", "评论",
  ]

  /// A post's buttons that stand on a line of their own under it, as a news app copied to text
  /// sets its buttons one a line under each item (`点赞`, `收藏`, `分享`), and an e-paper's link
  /// to its page's PDF (`PDF下载`) beside its page list.
  static let loneButtons: Set<String> = ["写留言", "留言", "阅读原文", "点赞", "收藏", "分享", "PDF下载"]

  /// The prompts of a news app's page, to open or get the app or more of the page (see
  /// ``isWebChrome(_:)``), on a line of their own.
  static let appPrompts: Set<Substring> = [
    "打开APP", "打开App", "打开客户端", "下载APP", "下载App", "下载客户端", "APP内打开", "App内打开", "查看更多评论", "查看更多", "展开全文",
  ]

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
  static let recommendationLabels: Set<String> = [
    "往期推荐", "往期回顾", "推荐阅读", "相关阅读", "相关文章", "精彩推荐", "猜你喜欢", "相关推荐", "热门推荐",
  ]

  /// A word each of ``recommendationLabels`` holds.
  static let recommendationWords = ["推荐", "回顾", "阅读", "文章", "喜欢"]

  /// Whether a line is a public account's post line: `原创`, the account, the time; or the date
  /// and the time on a line of their own, with the province the post was sent from after them
  /// (`2026年06月07日 17:42 湖南`), as a post shows it. A post copied from some readers gives the
  /// date in figures (`临川生态环境 2025-09-07 18:00`) after the account's name, which is no
  /// label (`来源：…` before such a time is a news app's item line, ``isStampedSourceLine(_:)``).
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
    if date.hasSuffix("日") && date.contains("年") && date.contains("月") { return true }
    return words.count >= 3 && date.utf8.count == 10 && isTimestamp(Array((date + " " + time).utf8)[...])
      && !words.dropLast(2).contains { $0.contains("：") || $0.contains(":") }
  }

  /// The units over a public account's post line (``isPostLine(_:)``) without the account's
  /// header: the account's name, and a digest's title, which names its column before a bar
  /// (`今日青溪｜…`, `生态周报｜…`, `一周要闻回顾丨…`) over items with titles of their own. A post of one story keeps
  /// its own title, the headline right over the post line, marked as the title.
  static func keepingPostTitle(_ units: [Unit], under postLine: String) -> [Unit] {
    guard var title = units.last else { return [] }
    if title.marksTitle { return [title] }
    let text = title.text
    guard !text.containsUTF8("｜"), !text.containsUTF8("|"), !text.containsUTF8("丨"),
      isHeadlineLike(text, strict: false),
      !postLine.split(separator: " ").contains(where: { $0 == text })
    else { return [] }
    title.marksTitle = true
    title.blankBefore = true
    return [title]
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
}
