import PolicyCore

/// What of an office's work bulletin (`工作简报`, `政务信息`, `每日要情`) is not any article's: the
/// issue's number and print run, distribution lists, the compiler's telephone, page numbers
/// between dashes, drawn boxes' edges. Its items are read in `BulletinWorkBulletins.swift`; a
/// saved web page's furniture is in `BulletinWebPages.swift`, a post's in `BulletinPosts.swift`,
/// a script's in `BulletinBroadcastScripts.swift`, a table of contents in `BulletinContents.swift`.
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
  static let furnitureOpenings = ScalarBitmap("抄分主报送发第0123456789各观听以今下好男女欢明本".unicodeScalars)

  /// Whether a line only gives the compiler's telephone (`市委办公室信息科　联系电话：6128 7705`). A
  /// notice's line naming the person to contact (`联系人：某工　联系电话：…`), opening with a
  /// service for its readers (`咨询电话：…`, `报名电话：…`; ``readerServiceLines``) or with the
  /// bare label (`联系电话：5821 4406`, no office named before it) tells them whom to call and is
  /// the notice's text.
  static func isContactLine(_ text: String) -> Bool {
    text.utf8.count <= 144 && (text.containsUTF8("联系电话") || text.containsUTF8("电话：") || text.containsUTF8("电话:"))
      && text.hasAtMostScalars(48)
      && !text.unicodeScalars.contains { $0 == "。" || $0 == "，" } && !text.hasUTF8Prefix("联系人")
      && !text.hasUTF8Prefix("联系电话")
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
}
