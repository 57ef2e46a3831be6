import PolicyCore

/// What of a page is not any article's: mastheads, running headers, page numbers, indexes of
/// contents and imprints.
extension BulletinSplitter {
  /// Whether a line is the paper's imprint or a page's contact line (`青阳日报社出版 地址：…`,
  /// `本版投稿邮箱：…`, the publisher alone: `青阳日报社出版`), printed at the foot of a page.
  static func isImprintLine(_ text: String) -> Bool {
    guard text.utf8.count <= 300 else { return false }
    if text.hasUTF8Prefix("本版投稿邮箱") || text.hasUTF8Prefix("投稿邮箱") || isPageEmailLine(text) { return true }
    // A page's co-organiser (`本版由县文化馆协办`, `（本版稿件由区政府办公室协办）`), one short line
    // without a sentence in it, perhaps in round brackets.
    if isCoOrganiserNote(text) { return true }
    // The publisher alone at the foot of the page (`某某日报社出版`): the paper's name, `社出版`.
    if text.hasUTF8Suffix("社出版"), isPaperName(Substring(text).dropLast(3)) { return true }
    // Imprints list fields with colons and hold no sentence.
    // (Byte searches: this runs on every line of the page.)
    guard text.containsUTF8("：") || text.containsUTF8(":"), !text.containsUTF8("。") else {
      return false
    }
    // The imprint names several of these; a sentence about a book 出版社出版 names one.
    return imprintMarkers.filter { text.containsUTF8($0) }.count >= 2
  }

  /// Whether a line gives the page's e-mail alone (`本版邮箱：…@…`, `本版电子邮箱：…`): `本版`, an
  /// e-mail field (``contactFields``), then an address without spaces. A notice's contact line
  /// (`邮箱：…`) names no page and is the notice's text.
  static func isPageEmailLine(_ text: String) -> Bool {
    guard text.hasUTF8Prefix("本版"), text.containsUTF8("@") else { return false }
    return isEmailField(text.dropFirst(2))
  }

  /// Whether a line is an e-mail field alone (`邮箱：…@…`): a field of ``contactFields``, then an
  /// address without spaces.
  static func isEmailField(_ text: Substring) -> Bool {
    guard let field = contactFields.first(where: { text.hasPrefix($0) }) else { return false }
    let address = text.dropFirst(field.count)
    return address.contains("@") && address.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " }
  }

  /// Whether a line is the page's e-mail set under its staff credits (`本版编辑：某某　版式设计：某某`,
  /// then `邮箱：…@…`): the staff line's e-mail field, too long to close it, on a line of its
  /// own. Under an article's text it is a notice's contact and the notice's.
  static func isStaffEmailLine(_ text: String, under above: String) -> Bool {
    guard text.containsUTF8("@"), isEmailField(Substring(text)) else { return false }
    return isStaffCredit(above) || isPageFoot(above)
  }

  /// How a body takes part in making a page (`本版由县文化馆协办`, `本版与市司法局合办`).
  static let pageMakingRoles = ["协办", "主办", "承办", "联办", "合办"]

  /// Whether a line names the page's co-organiser (`本版由县文化馆协办`), perhaps with what of the
  /// page it gave (`本版稿件由…协办`) and in round brackets: `本版`, a word or none, `由`, the
  /// office, the role; no sentence in it.
  static func isCoOrganiserNote(_ text: String) -> Bool {
    // Most lines open otherwise: the prefix first, then the length.
    guard text.hasUTF8Prefix("本版") || text.hasUTF8Prefix("（本版") || text.hasUTF8Prefix("(本版"),
      text.hasAtMostScalars(40)
    else { return false }
    let note = withoutRoundBrackets(text)
    guard let by = note.unicodeScalars.prefix(6).firstIndex(of: "由"),
      note.unicodeScalars[note.unicodeScalars.index(note.unicodeScalars.startIndex, offsetBy: 2)..<by].allSatisfy({
        $0.isMainBlockIdeograph
      })
    else { return false }
    return pageMakingRoles.contains(where: note.hasUTF8Suffix)
      && !note.unicodeScalars.contains(where: { "，。,；;".unicodeScalars.contains($0) })
  }

  /// Fields of a paper's imprint (see ``isImprintLine(_:)``).
  static let imprintMarkers = [
    "社出版", "社址：", "社址:", "地址：", "地址:", "邮政编码", "邮编", "电话：", "电话:", "广告经营许可证", "广告许可证", "发行热线", "印刷：", "印刷:",
    "定价：", "定价:", "零售：", "零售:", "零售价", "新闻热线", "广告热线", "印刷厂", "印务",
    "总编辑：", "总编辑:",
  ]

  /// Whether a line is a filler box of tips (`〖环保小贴士〗废旧电池请投放至…`): a bracketed label
  /// naming tips, then the tip on the same line. At the foot of a page it fills the space left
  /// under the last article and is none of its text.
  static func isFillerTip(_ text: String) -> Bool {
    guard text.utf8.count <= 300, text.hasUTF8Prefix("〖") || text.hasUTF8Prefix("【") else { return false }
    let scalars = text.unicodeScalars
    guard let close = scalars.prefix(14).firstIndex(where: { $0 == "〗" || $0 == "】" }) else { return false }
    let label = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
    let tip = scalars[scalars.index(after: close)...]
    return tip.count >= 4 && ["贴士", "提示", "常识", "小知识"].contains(where: label.hasUTF8Suffix)
  }

  /// Whether a line is a page's running header: short, with the page number as a word of it
  /// (`云岭时报　公告·服务　第4版`).
  static func isRunningHeader(_ text: String) -> Bool {
    text.hasAtMostScalars(30) && text.split(separator: " ").contains { isPageNumberLine(String($0)) }
  }

  /// Whether a line is a page's running head or foot set among the text: the paper's or the
  /// section's name and the page's number or edition code, set apart by spaces (`东港新区新闻 05`,
  /// `江澜日报 A6 临川新区新闻`, `秣湖区报·综合新闻 2`). One or two names of ideographs (perhaps
  /// joined by `·`), one ending as the names of papers and sections do (`报`, `新闻`, `刊`), and
  /// one page code: a row of a table gives figures, not a paper's name.
  static func isRunningHead(_ text: String) -> Bool {
    // Most lines end with a character of text: a running head ends with its page code or a name.
    guard text.utf8.count <= 4 * 30, let last = text.unicodeScalars.last,
      ("0"..."9").contains(last) || last.value >= 0x4E00, text.containsUTF8(" "),
      text.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
    else { return false }
    let words = text.split(separator: " ")
    guard (2...3).contains(words.count), words.filter(isPageCode).count == 1 else { return false }
    let names = words.filter { !isPageCode($0) }
    return names.allSatisfy { name in
      (2...16).contains(name.unicodeScalars.count)
        && name.unicodeScalars.allSatisfy { $0 == "·" || ($0.isMainBlockIdeograph) }
    } && names.contains { name in ["报", "新闻", "刊", "专版"].contains(where: name.hasUTF8Suffix) }
  }

  /// Whether a line is a page's foot: the page's staff credits with the page's number (`2`, `第5版`),
  /// perhaps with the section's or the paper's name, before or after them (`2　综合新闻　责编：龙某
  /// 版式：钱某`, `某日报　第5版　责任编辑：某某`). The staff may be credited without colons
  /// (``isSpacedStaffCredit(_:)``), as a page's strip at its head sets them beside the page's code
  /// and section (`A3　经济　责任编辑 某某`).
  static func isPageFoot(_ text: String) -> Bool {
    // Most lines have no staff role and colon: a foot has both, or a role as a word of its own
    // (`责任编辑`), which names the word after it.
    guard text.utf8.count <= 240, text.containsUTF8(" ") else { return false }
    func isBareRole(_ word: Substring) -> Bool { word.utf8.count <= 18 && bareStaffRoles.contains(word) }
    // (Words of two to six ideographs looked up off the bytes: most lines hold no such role.)
    guard
      text.containsUTF8("：") || text.containsUTF8(":")
        || text.utf8.split(separator: 0x20).contains(where: { (6...18).contains($0.count) && isBareRole(Substring($0)) }
        )
    else { return false }
    let words = text.split(separator: " ")
    // The page's partner before its staff (`本版与市司法局合办　本版编辑：某某`).
    if words.count > 1, isPartnerNote(words[0]), isStaffCredit(words.dropFirst().joined(separator: " ")) {
      return true
    }
    var pageCodes = 0
    func isFootWord(_ word: Substring) -> Bool {
      if isPageCode(word) || isPageNumberLine(String(word)) {
        pageCodes += 1
      } else if !isSectionName(word) {
        return false
      }
      return true
    }
    // The page's number and the section's name: at most two words at either end.
    var start = 0
    var end = words.count
    while start < 2, start + 1 < end, isFootWord(words[start]) { start += 1 }
    while words.count - end < 2, start + 1 < end, !isBareRole(words[end - 2]), isFootWord(words[end - 1]) { end -= 1 }
    if pageCodes == 1 && isStaffCredit(words[start..<end].joined(separator: " ")) { return true }
    // The page's running fields, then its staff (`某日报　2026年3月19日　星期四　第6版　责任编辑：某某`):
    // the paper's name, the date, the weekday and the page before the first role; or the date,
    // the weekday and the section's name without the page's number (`2026年3月19日　星期四　民生
    // 责编：某某`).
    guard let role = words.firstIndex(where: { staffRole(opening: $0) != nil }), role >= 2,
      let fields = mastheadFields(words[..<role].joined(separator: " ")), fields.pages <= 1, fields.dating >= 2
    else { return false }
    return isStaffCredit(words[role...].joined(separator: " "))
  }

  /// Whether a word names the body a page is made with (`本版与市司法局合办`, `本版由某某协办`), as
  /// a themed page prints it by its staff: `本版` or `本刊`, then `与` or `由`, ending with how
  /// the two make it.
  static func isPartnerNote(_ word: Substring) -> Bool {
    guard word.utf8.count <= 60, word.hasPrefix("本版") || word.hasPrefix("本刊") else { return false }
    let joins = word.dropFirst(2).first
    return (joins == "与" || joins == "由") && pageMakingRoles.contains(where: { word.hasSuffix($0) })
  }

  /// Whether a line is the paper's house note at a page's head or foot: what it asks of its
  /// readers (`本版投稿请注明…`, `欢迎提供…线索`, `来信请寄：…`, `刊登公告请联系…广告部`), with the
  /// paper's or the supplement's name, its address or telephone, or the page's staff, set apart by
  /// spaces, no sentence in it (an enumeration, `姓名、单位`, is none), the paper or the page named
  /// (`本版`, `报社`, `某日报`, a staff credit) or contributions asked for. A notice's own contact
  /// line names its issuer, not the paper, and is kept.
  static func isHouseNote(_ text: String) -> Bool {
    // Every such note ends with a name, a word or a number, not with a sentence's punctuation,
    // and asks with `请` or welcomes with `欢迎`: most lines do neither.
    guard text.utf8.count <= 4 * 60, let last = text.unicodeScalars.last,
      last.isMainBlockIdeograph || ("0"..."9").contains(last), asksOrWelcomes(text),
      text.hasAtMostScalars(60),
      !text.unicodeScalars.contains(where: { innerStops.contains($0) || $0 == "，" || $0 == "," })
    else { return false }
    let words = text.split(separator: " ")
    // The page's staff close the note: the words from the first role on are one credit.
    var end = words.count
    if let role = words.firstIndex(where: { staffRole(opening: $0) != nil }), role > 0,
      isStaffCredit(words[role...].joined(separator: " "))
    {
      end = role
    }
    var asks = false
    var namesPaper = end < words.count
    for word in words[..<end] {
      if isPaperName(word) {
        namesPaper = true
      } else if isContactField(word) {
        namesPaper = namesPaper || houseNames.contains(where: word.contains)
      } else if houseRequests.contains(where: word.contains) || word.hasPrefix("欢迎"),
        houseMatters.contains(where: word.contains)
      {
        asks = true
        // Contributions (`来稿请注明…`) are sent to the paper: none but the paper asks for them.
        namesPaper =
          namesPaper || houseNames.contains(where: word.contains) || contributions.contains(where: word.contains)
      } else {
        return false
      }
    }
    return asks && namesPaper
  }

  /// Whether a line is a digest's or a bulletin's note to its readers about the issue itself, as
  /// an e-mailed digest closes: how to subscribe or unsubscribe (`如需订阅或退订本简报，请回复…`)
  /// or that it is for internal reference only (`本材料仅供内部参考，请勿外传`). The issue is named
  /// (`本…`), forty characters at most, no sentence inside.
  static func isIssueReadersNote(_ text: String) -> Bool {
    guard text.utf8.count <= 160, text.containsUTF8("本"), text.hasAtMostScalars(40),
      !text.unicodeScalars.dropLast().contains("。")
    else { return false }
    if text.containsUTF8("退订") || (text.containsUTF8("订阅") && asksOrWelcomes(text)) { return true }
    return (text.containsUTF8("仅供") && (text.containsUTF8("参考") || text.containsUTF8("参阅")))
      || text.containsUTF8("请勿转发") || text.containsUTF8("请勿外传")
  }

  /// Whether a line holds `请` (E8 AF B7) or `欢` (E6 AC A2, as `欢迎` opens), found in one pass over
  /// its UTF-8 bytes (a lead byte starts no other scalar's bytes).
  static func asksOrWelcomes(_ text: String) -> Bool {
    func scan(_ bytes: some Sequence<UInt8>) -> Bool {
      var twoBack: UInt8 = 0
      var oneBack: UInt8 = 0
      for byte in bytes {
        if (twoBack == 0xE8 && oneBack == 0xAF && byte == 0xB7) || (twoBack == 0xE6 && oneBack == 0xAC && byte == 0xA2)
        {
          return true
        }
        twoBack = oneBack
        oneBack = byte
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
  }

  /// What a house note asks readers (see ``isHouseNote(_:)``): to mark, send or call.
  static let houseRequests = ["请注明", "请寄", "请联系", "请致电", "请发送", "请投"]

  /// What a house note is about: contributions, letters, tips, notices and advertising.
  static let houseMatters = ["投稿", "来稿", "来信", "赐稿", "线索", "刊登", "广告", "订阅"]

  /// What a house note asks readers to send the paper (see ``isHouseNote(_:)``).
  static let contributions = ["投稿", "来稿", "赐稿"]

  /// Words that name the paper or the page in a house note.
  static let houseNames = ["本版", "本报", "本刊", "报社", "编辑部", "日报", "晚报", "副刊", "周刊", "专刊"]

  /// Whether a word is a contact field of the paper (`地址：…`, `电话：…`, `来信请寄：…`): a label of
  /// two to six ideographs ending as such labels do, a colon, then a value without punctuation.
  static func isContactField(_ word: Substring) -> Bool {
    guard let colon = word.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
    let label = word[..<colon]
    let value = word[word.index(after: colon)...]
    return (2...6).contains(label.unicodeScalars.count)
      && label.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
      && ["地址", "电话", "邮编", "传真", "邮箱", "热线", "请寄", "网址"].contains(where: label.hasSuffix)
      && !value.isEmpty && !value.unicodeScalars.contains(where: { $0.properties.isPunctuationLike && $0 != "-" })
  }

  /// Whether a scalar is a pictograph of a chat app (`🌤`, `👇`, `📮`), as posts and forwarded
  /// messages set them and print never does.
  static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value >= 0x1F000 && scalar.value <= 0x1FAFF)
      || (scalar.value >= 0x2600 && scalar.value <= 0x27BF && scalar.properties.isEmoji)
  }

  /// Whether a line under the page header is more header: the lunar date (`农历乙巳年四月廿八`),
  /// the day's page count (`今日8版`), the publisher's imprint (`国内统一连续出版物号`, `CN32-0001`,
  /// `邮发代号`), or a page line or date line of its own.
  static func isPageFurniture(_ text: String) -> Bool {
    // Over 160 bytes is over 40 scalars (four bytes at most each), without counting them.
    guard text.utf8.count <= 160, text.hasAtMostScalars(40) else { return false }
    // A section's name over the page (`青阳湖·副刊`, `法治专版`, `民生·社会`).
    if text.hasAtMostScalars(12),
      ["副刊", "专刊", "周刊", "专版"].contains(where: text.hasUTF8Suffix)
        || (text.unicodeScalars.contains("·")
          && text.unicodeScalars.allSatisfy { $0 == "·" || ($0.isMainBlockIdeograph) })
    {
      return true
    }
    if isDatedSectionStrip(text) || isSiteAddressLine(text) { return true }
    if text.hasUTF8Prefix("农历")
      || ["连续出版物号", "邮发代号", "主管主办"].contains(where: text.containsUTF8)
    {
      return true
    }
    // An internal paper's notice: `内部资料　免费交流`, `内部资料，注意保存`.
    if !text.isEmpty,
      text.split(whereSeparator: { $0 == " " || $0 == "，" || $0 == "," }).allSatisfy({
        mastheadNotices.contains(String($0))
      })
    {
      return true
    }
    // Who publishes the paper, perhaps with the date: `中共某街道工作委员会 某街道办事处 主办`.
    if text.split(separator: " ").contains(where: { ["主办", "主管", "编印", "主办单位"].contains($0) }),
      hasNoStopOrComma(text)
    {
      return true
    }
    let compact = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != " " }))
    if compact.hasPrefix("今日"), compact.hasSuffix("版"),
      compact.dropFirst(2).dropLast().unicodeScalars.allSatisfy({ pageNumerals.contains($0) }),
      compact.count > 3
    {
      return true
    }
    if compact.hasPrefix("CN"), compact.dropFirst(2).first?.isNumber == true { return true }
    // A weekday on a line of its own (`星期日`, `周三`).
    let dayScalars = Array(compact.unicodeScalars)
    if (dayScalars.count == 3 && compact.hasPrefix("星期") && weekdays.contains(dayScalars[2]))
      || (dayScalars.count == 2 && compact.hasPrefix("周") && weekdays.contains(dayScalars[1]))
    {
      return true
    }
    // The issue's running number since the first (`总第1877期`).
    if isRunningIssueNumber(text) { return true }
    return isPageHeader(text) || isEditionLine(text) || isSectionPageLine(text) || isPermitNumber(text)
      || isWeatherLine(text)
  }
}
