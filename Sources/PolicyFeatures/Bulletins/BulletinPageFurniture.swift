import PolicyCore

/// What of a page is not any article's: mastheads, running headers, page numbers, indexes of
/// contents and imprints.
extension BulletinSplitter {
  /// Whether a line is the paper's imprint or a page's contact line (`青阳日报社出版 地址：…`,
  /// `本版投稿邮箱：…`), printed at the foot of a page.
  static func isImprintLine(_ text: String) -> Bool {
    guard text.utf8.count <= 300 else { return false }
    if text.hasUTF8Prefix("本版投稿邮箱") || text.hasUTF8Prefix("投稿邮箱") { return true }
    // A page's co-organiser (`本版由县文化馆协办`, `（本版稿件由区政府办公室协办）`), one short line
    // without a sentence in it, perhaps in round brackets.
    if isCoOrganiserNote(text) { return true }
    // Imprints list fields with colons and hold no sentence.
    // (Byte searches: this runs on every line of the page.)
    guard text.containsUTF8("：") || text.containsUTF8(":"), !text.containsUTF8("。") else {
      return false
    }
    // The imprint names several of these; a sentence about a book 出版社出版 names one.
    return imprintMarkers.filter { text.containsUTF8($0) }.count >= 2
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
  /// 版式：钱某`, `某日报　第5版　责任编辑：某某`).
  static func isPageFoot(_ text: String) -> Bool {
    // Most lines have no staff role and colon: a foot has both.
    guard text.utf8.count <= 240, text.containsUTF8(" "), text.containsUTF8("：") || text.containsUTF8(":") else {
      return false
    }
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
    while words.count - end < 2, start + 1 < end, isFootWord(words[end - 1]) { end -= 1 }
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

  /// Whether a word or a line is the name of a paper (`枫林日报`, `某某晚报`) or of its supplement
  /// (`某日报法治周刊`, `青阳湖副刊`): two to sixteen ideographs ending as such names do.
  static func isPaperName(_ word: Substring) -> Bool {
    (3...16).contains(word.unicodeScalars.count)
      && word.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
      && paperNameEndings.contains(where: word.hasSuffix)
  }

  /// How names of papers and of their supplements end (see ``isPaperName(_:)``).
  static let paperNameEndings = ["日报", "晚报", "早报", "时报", "商报", "周报", "区报", "县报", "市报", "周刊", "副刊", "专刊"]

  /// Whether a word is a short name of ideographs a page foot gives its section (`综合新闻`, `要闻`):
  /// two to six ideographs, perhaps joined by `·`.
  static func isSectionName(_ word: Substring) -> Bool {
    (2...6).contains(word.unicodeScalars.count)
      && word.unicodeScalars.allSatisfy { $0 == "·" || ($0.isMainBlockIdeograph) }
  }

  /// Whether a word is a page's number or edition code as a running head prints it: one or two
  /// digits (`2`, `05`), perhaps after a capital letter (`A6`, `B12`).
  static func isPageCode(_ word: Substring) -> Bool {
    var digits = word.unicodeScalars[...]
    if let first = digits.first, ("A"..."Z").contains(first) { digits = digits.dropFirst() }
    return (1...2).contains(digits.count) && digits.allSatisfy { ("0"..."9").contains($0) }
  }

  /// Whether a line belongs to a page's index of contents (`今日导读`, `●老街改造留住城市记忆(第3版)`).
  static func isPageIndexLine(_ text: String) -> Bool {
    guard text.utf8.count <= 160, let end = text.unicodeScalars.last else { return false }
    let plain = strippingBriefMarker(text)
    // `◆石桥镇二期光伏项目完成备案　2版`: a headline, then its page (or its pages, `2-3版`),
    // perhaps behind a pointer (`>>第2版`).
    if end == "版", let space = plain.lastIndex(of: " ") {
      let page = plain[plain.index(after: space)...].unicodeScalars.dropLast().drop(while: pagePointers.contains)
      if numbersPages(page.first == "第" ? page.dropFirst() : page),
        isHeadlineLike(String(plain[..<space]), strict: false)
      {
        return true
      }
    }
    if isPointedTeaser(text) || isPageFirstTeaser(text) || isCircledPageTeaser(text) { return true }
    if ("0"..."9").contains(end), isLetteredPageEntry(text) { return true }
    guard end == ")" || end == "）" else { return isIndexLabel(plain) }
    let scalars = Array(plain.unicodeScalars)
    guard scalars.count <= 40, let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0
    else { return false }
    let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))
    if isPageNumberLine(inner) { return true }
    // `·全县春季造林任务完成过半 (2版)`: a headline, then its page without `第`.
    let page = inner.unicodeScalars.filter { $0 != " " }
    guard page.last == "版", (2...3).contains(page.count), page.dropLast().allSatisfy({ ("0"..."9").contains($0) })
    else { return false }
    let headline = String(
      String.UnicodeScalarView(
        scalars[..<open].drop { "·・• ".unicodeScalars.contains($0) || briefMarkers.contains($0) }))
    return isHeadlineLike(headline.trimmingSpaces, strict: true)
  }

  /// Whether a line is an index entry behind its dot or marker that names its page in letters
  /// after a space (`·老街改造留住城市记忆　P3`, `■区图书馆延时开放 P12`): a headline, then `P` and
  /// the page's number.
  static func isLetteredPageEntry(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "·" || first == "•" || briefMarkers.contains(first),
      let space = text.lastIndex(of: " ")
    else { return false }
    let page = text[text.index(after: space)...].unicodeScalars
    guard page.first == "P" || page.first == "Ｐ", (2...3).contains(page.count),
      page.dropFirst().allSatisfy({ ("0"..."9").contains($0) })
    else { return false }
    let headline = text[..<space].unicodeScalars.dropFirst().drop { $0 == " " }
    return isHeadlineLike(String(String.UnicodeScalarView(headline)), strict: false)
  }

  /// Whether a line is the label of a front page's index (`今日导读`, `导读`), bare or in brackets
  /// of its own (`【导读】`), as papers set it either way over the same box.
  static func isIndexLabel(_ plain: String) -> Bool {
    guard plain.utf8.count <= 18 else { return false }
    return ["今日导读", "本期导读", "导读", "今日看点"].contains(withoutEnclosingBrackets(Substring(plain)))
  }

  /// What may point from an index's entry to its page (`>>第2版`, `→3版`, `▶A5版`).
  static let pagePointers: Set<Unicode.Scalar> = [">", "＞", "》", "→", "▶", "►", "▷"]

  /// Whether the words before `版` number a page (`2`, `12`, `三`) or a run of pages, as a piece
  /// printed over two pages or more is indexed (`2-3`, `2—3`, `2～3`, `2、3`, `2至3`): one number of
  /// up to three numerals (``pageNumerals``), or two joined by a dash, `～`, `、` or `至`.
  static func numbersPages(_ words: Substring.UnicodeScalarView) -> Bool {
    let numbers = words.split(maxSplits: 1, omittingEmptySubsequences: false) { pageRangeMarks.contains($0) }
    return numbers.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { pageNumerals.contains($0) } }
  }

  /// What joins the first and the last page of a run of pages in an index (see ``numbersPages(_:)``).
  static let pageRangeMarks: Set<Unicode.Scalar> = ["-", "－", "—", "–", "~", "～", "、", "至"]

  /// Whether a line is an entry of a box of teasers behind a pointer, the page first
  /// (`▶A05　冬季供暖保障工作全面就绪`, `►3版 …`): one or two pointing marks (no letter, digit or
  /// ideograph), the page (`A05`, `3版`, `第3版`) and a headline.
  static func isPointedTeaser(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, first.properties.generalCategory == .otherSymbol || briefMarkers.contains(first)
    else { return false }
    let unmarked = scalars.drop { $0.properties.generalCategory == .otherSymbol || briefMarkers.contains($0) }
    guard scalars.count - unmarked.count <= 2 else { return false }
    let words = String(String.UnicodeScalarView(unmarked)).trimmingSpaces.split(separator: " ", maxSplits: 1)
    guard words.count == 2, isPageWord(words[0]) else { return false }
    return isHeadlineLike(String(words[1]), strict: false)
  }

  /// Whether a line is an entry of a box of teasers set page first without a pointer
  /// (`2版　我区一季度经济运行稳中向好`, `第3版 …`): the page with `版` (`2版`, `A3版`, `第3版`), a
  /// space, and a headline. Text never opens with a page's number set apart so.
  static func isPageFirstTeaser(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first,
      ("0"..."9").contains(first) || first == "第" || ("A"..."Z").contains(first),
      text.utf8.count <= 160
    else { return false }
    let words = text.split(separator: " ", maxSplits: 1)
    guard words.count == 2, words[0].hasSuffix("版"), isPageWord(words[0]) else { return false }
    return isHeadlineLike(String(words[1]), strict: false)
  }

  /// Whether a line is an entry of an index set with its page's code in front, without `版`
  /// (`A2 经开区企业持续扩容`): the code (``isPageCode(_:)``), a space, and a headline. Only under
  /// the index's label is such a line known for an entry (see ``units(of:)``).
  static func isCodeFirstTeaser(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) || ("A"..."Z").contains(first),
      text.utf8.count <= 160
    else { return false }
    let words = text.split(separator: " ", maxSplits: 1)
    guard words.count == 2, isPageCode(words[0]) else { return false }
    return isHeadlineLike(String(words[1]), strict: false)
  }

  /// Whether a line is an entry of a box of teasers behind a dot, its page a circled number
  /// after a space (`·老旧小区改造居民说了算　③`): a dot (`·`, `•`, `・`), a headline, a space and
  /// `①`…`⑳`. A series' headline carries its number without the dot and the space.
  static func isCircledPageTeaser(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, "·・•".unicodeScalars.contains(first), let last = scalars.last,
      ("\u{2460}"..."\u{2473}").contains(last), text.utf8.count <= 160
    else { return false }
    let words = text.split(separator: " ")
    guard words.count >= 2, words[words.count - 1].unicodeScalars.count == 1 else { return false }
    let headline = String(String.UnicodeScalarView(scalars.dropFirst().dropLast())).trimmingSpaces
    return isHeadlineLike(headline, strict: false)
  }

  /// Whether a word names a page: its code (`A05`, `3`), perhaps with `版` (`3版`, `A3版`), or its
  /// number line (`第3版`).
  static func isPageWord(_ word: Substring) -> Bool {
    isPageCode(word) || (word.hasSuffix("版") && isPageCode(word.dropLast())) || isPageNumberLine(String(word))
  }

  /// Whether a line at the top of a page can be part of its masthead, above the date line: a
  /// short line without sentence punctuation (`青峰日报`, `QINGFENG DAILY`).
  static func isMastheadLine(_ text: String) -> Bool {
    let plain =
      text.hasAtMostScalars(30)
      && hasNoStopOrComma(text) && !isAnchor(text)
    return plain || isPageFurniture(text)
  }

  /// Whether a scalar is a pictograph of a chat app (`🌤`, `👇`, `📮`), as posts and forwarded
  /// messages set them and print never does.
  static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value >= 0x1F000 && scalar.value <= 0x1FAFF)
      || (scalar.value >= 0x2600 && scalar.value <= 0x27BF && scalar.properties.isEmoji)
  }

  /// Whether a line is a chat post's weather (`🌤今日天气：…`) or greeting (`各位早上好！…👇`), as a
  /// forwarded roundup opens before its items: a short line that opens or closes with a
  /// pictograph (see ``isPictograph(_:)``) and reads as no headline (a comma or a stop inside;
  /// `📌县委常委会召开会议` is a headline). Asked of lines before any article only.
  static func isChatGreeting(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, text.utf8.count <= 4 * 40
    else { return false }
    // A variation selector may follow the pictograph.
    let closing = last == "\u{FE0F}" ? text.unicodeScalars.dropLast().last ?? last : last
    return (isPictograph(first) || isPictograph(closing)) && text.hasAtMostScalars(40)
      && !isHeadlineLike(text, strict: true)
  }

  /// Removes a chat post's sign-off from the foot of the page: the last block of lines (after
  /// a blank line or a rule) when it is short lines, none ending a sentence with a full stop,
  /// and one at least with a pictograph (`以上内容综合自…`, `转发请注明出处…📮…`, `👍点个赞再走吧～`).
  static func removeChatSignOff(_ units: inout [Unit]) {
    guard let start = units.lastIndex(where: \.blankBefore), start > 0 else { return }
    let block = units[start...]
    guard block.count <= 5,
      block.allSatisfy({
        $0.text.hasAtMostScalars(60) && !$0.text.unicodeScalars.contains { innerStops.contains($0) }
      }),
      block.contains(where: { $0.text.unicodeScalars.contains(where: isPictograph) })
    else { return }
    units.removeSubrange(start...)
  }

  /// Removes an advertisement printed without a label at the foot of the page: the two to four
  /// lines after the page's last finished sentence, all short, with no sentence's punctuation
  /// and no date, one at least set in three phrases apart (`城南核心 地铁口旁 即将盛大开盘`) or
  /// two in two (`水电配套齐全　租金优惠`) or one selling (`欢迎订阅…`, see ``isAdvertising(_:)``),
  /// and the last giving a hotline (`销售热线：0517-8818XXXX`); or a public-service advertisement, a
  /// slogan in phrases apart (`讲文明　树新风`) over its issuer's mark (`某区文明办宣`, see
  /// ``isPublicServiceMark(_:)``). A notice's contact lines come after its signature and date, or
  /// alone, and are kept.
  static func removeFootAdvertisement(_ units: inout [Unit]) {
    // (A title in book brackets, `欢迎订阅《某报》`, ends no sentence.)
    guard
      let lastSentence = units.lastIndex(where: {
        endsWithFullStop($0.text) || $0.text.hasUTF8Suffix("）") || $0.text.hasUTF8Suffix(")")
      })
    else { return }
    let block = units[(lastSentence + 1)...]
    // (An enumeration, `单层、多层厂房`, is no sentence; a comma is.)
    guard (2...4).contains(block.count), let last = block.last,
      block.allSatisfy({ unit in
        unit.text.hasAtMostScalars(60) && !isDateLine(unit.text)
          && !unit.text.unicodeScalars.contains { innerStops.contains($0) || $0 == "，" || $0 == "," }
      })
    else { return }
    let selling =
      isHotlineLine(last.text)
      && (block.contains(where: { $0.text.split(separator: " ").count >= 3 })
        || block.filter({ $0.text.split(separator: " ").count >= 2 }).count >= 2
        || block.contains(where: { isAdvertising($0.text) }))
    let publicService =
      isPublicServiceMark(last.text) && block.dropLast().contains(where: { $0.text.split(separator: " ").count >= 2 })
    guard selling || publicService else { return }
    units.removeSubrange((lastSentence + 1)...)
  }

  /// Whether a line is the issuer's mark under a public-service advertisement (`某区文明办宣`,
  /// `某县精神文明建设委员会宣`): four to twenty ideographs, the issuer's name and `宣`.
  static func isPublicServiceMark(_ text: String) -> Bool {
    text.hasUTF8Suffix("宣") && !text.hasAtMostScalars(3) && text.hasAtMostScalars(20)
      && text.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// Removes a public-service notice from the foot of the page: a label of tips (`温馨提示`), a
  /// sentence or two, and the issuer with its service hotline (`国网某县供电公司　供电服务热线：95598`),
  /// as a utility buys the space to remind readers. It reports no news.
  static func removeFootNotice(_ units: inout [Unit]) {
    guard
      let label = units.indices.suffix(5).first(where: { k in
        k > 0 && ["温馨提示", "友情提示", "特别提示", "提示", "提醒"].contains(strippingBriefMarker(units[k].text))
      }), units.count - label >= 3, let last = units.last, isHotlineLine(last.text, digits: 5)
    else { return }
    units.removeSubrange(label...)
  }

  /// Removes a photo's caption standing alone at the foot of the page, set apart by a blank line
  /// and pointing up at its photo (`▲初夏的湿地公园。本报记者 某某 摄`): it illustrates the page, as
  /// captions over the first headline do (``areCaptions(_:)``), and is no text of the article
  /// above it.
  static func removeFootCaption(_ units: inout [Unit]) {
    guard units.count > 2, let last = units.last, last.blankBefore, last.text.hasUTF8Prefix("▲"),
      endsWithPhotoCredit(strippingBriefMarker(last.text))
    else { return }
    units.removeLast()
  }

  /// Removes the name of a supplement, a column or a section standing alone over the page's first
  /// headline (`澜水`, then `老屋檐下听春雨`, then `文/某某`; `要闻` under the page's strip): two to
  /// four ideographs on the page's first line of text, a blank line under them, over a longer
  /// headline of one line, under which the credit, a salutation or the text begins (no second
  /// headline line). The headline stands alone between blank lines, or its credit line follows
  /// it directly (`■本报记者 某某`). It names the page's part, not its first article.
  static func removeHeadLabel(_ units: inout [Unit]) {
    guard units.count >= 3, units[1].blankBefore,
      units[2].blankBefore || isCreditLine(units[2].text) || isAuthorLine(units[2].text)
    else { return }
    let label = units[0].text.unicodeScalars
    guard (2...4).contains(label.count), label.allSatisfy({ $0.isMainBlockIdeograph }),
      units[1].text.unicodeScalars.count > label.count, isHeadlineLike(units[1].text, strict: true),
      !isAuthorLine(units[1].text), !isCreditLine(units[1].text),
      !isHeadlineLike(units[2].text, strict: false) || isAuthorLine(units[2].text) || isCreditLine(units[2].text)
    else { return }
    units.removeFirst()
    units[0].blankBefore = true
  }

  /// Whether a line gives a hotline: `热线` and a colon, then a number of `digits` digits or more
  /// (seven for a telephone number; an advertisement may mask some with `X`), anywhere in the
  /// line.
  static func isHotlineLine(_ text: String, digits: Int = 7) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i + 3 < scalars.count {
      defer { i += 1 }
      guard scalars[i] == "热", scalars[i + 1] == "线", scalars[i + 2] == "：" || scalars[i + 2] == ":" else { continue }
      let number = scalars[(i + 3)...].prefix { ("0"..."9").contains($0) || "Xx-－".unicodeScalars.contains($0) }
      if number.filter({ $0 != "-" && $0 != "－" }).count >= digits { return true }
    }
    return false
  }

  /// Whether a line is a narrow page's section strip, the section's name and the day in figures
  /// joined by `·` (`乡镇·2026.9.4`), as a page's top sets it over the first headline (also
  /// header: ``isPageFurniture(_:)``).
  static func isDatedSectionStrip(_ text: String) -> Bool {
    guard text.hasAtMostScalars(20), text.containsUTF8("·") else { return false }
    let parts = text.split(separator: "·")
    guard parts.count == 2, (2...6).contains(parts[0].unicodeScalars.count),
      parts[0].unicodeScalars.allSatisfy(\.isMainBlockIdeograph)
    else { return false }
    let fields = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    return fields.count == 3 && fields[0].count == 4
      && fields.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
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
    if isDatedSectionStrip(text) { return true }
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

  /// Whether a word or a line is the issue's running number since the paper's first (`总第1877期`), as
  /// a masthead prints it beside or instead of the year's: `总` and an issue's number.
  static func isRunningIssueNumber(_ text: String) -> Bool {
    text.hasUTF8Prefix("总第") && isIssueNumberLine(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())))
  }

  /// What a field of a weather report is (see ``weatherField(_:)``): a sky (`多云转小雨`) or a day
  /// (`今天`), which alone reports nothing; the report's label, a temperature or the wind; the
  /// air's quality, whose grade (`良`) follows it.
  enum WeatherField { case sky, reading, air }

  /// Whether a line is the weather report a masthead prints under the date (`天气：多云转小雨　12℃～19℃
  /// 东南风3级`, `北塘天气`, `今天　晴转多云　14～23℃`, `【天气预报】`, `空气质量　良`): words set apart by
  /// spaces, each a field of the report (``weatherField(_:)``) or the air's grade after its label,
  /// one at least a label, a temperature, the wind or the air's quality. A sentence about the
  /// weather has its commas and stops, and is none.
  static func isWeatherLine(_ text: String) -> Bool {
    guard text.utf8.count <= 4 * 40, text.unicodeScalars.contains(where: weatherMarks.contains) else { return false }
    var reports = false
    var air = false
    for word in text.split(separator: " ") {
      if air, airGrades.contains(String(word)) { continue }
      switch weatherField(word) {
      case nil: return false
      case .sky?: continue
      case .reading?: reports = true
      case .air?:
        reports = true
        air = true
      }
    }
    return reports
  }

  /// What field of a weather report a word is, if any: the label (`天气`, `天气预报`, `北塘天气`, in
  /// brackets or not), a label or a day with its colon and a value (`天气：晴`, `今天：小雨转阴`,
  /// `空气质量：良`), a day (`今天`, `明日`), a sky of the forecast's words (`晴转多云`, `小到中雨`), a
  /// temperature (`14～23℃`, `9-22℃`), the wind (`东南风3级`, `微风`) or the air's quality label.
  static func weatherField(_ word: Substring) -> WeatherField? {
    var scalars = word.unicodeScalars[...]
    if let first = scalars.first, let last = scalars.last, "【[〔".unicodeScalars.contains(first),
      "】]〕".unicodeScalars.contains(last)
    {
      scalars = scalars.dropFirst().dropLast()
    }
    guard !scalars.isEmpty, scalars.count <= 24 else { return nil }
    let text = String(String.UnicodeScalarView(scalars))
    // A label, perhaps after the place's name (`北塘天气`).
    if text.hasUTF8Suffix("天气") || text.hasUTF8Suffix("天气预报") {
      return scalars.count <= 8 && scalars.allSatisfy({ $0.isMainBlockIdeograph }) ? .reading : nil
    }
    if text == "空气质量" { return .air }
    if weatherDays.contains(text) { return .sky }
    if let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }) {
      let label = String(String.UnicodeScalarView(scalars[..<colon]))
      let value = scalars[scalars.index(after: colon)...]
      if label == "空气质量" { return airGrades.contains(String(String.UnicodeScalarView(value))) ? .air : nil }
      guard weatherDays.contains(label) || label.hasUTF8Suffix("天气") || label.hasUTF8Suffix("天气预报"),
        !value.isEmpty, value.first != "：", value.first != ":",
        let field = weatherField(Substring(String(String.UnicodeScalarView(value))))
      else { return nil }
      return weatherDays.contains(label) ? field : .reading
    }
    let digits = scalars.contains { ("0"..."9").contains($0) }
    // A temperature or a range of them, in degrees Celsius.
    if digits, scalars.contains("℃") || text.containsUTF8("°C"),
      scalars.allSatisfy({ ("0"..."9").contains($0) || "℃°C-－～~—至/".unicodeScalars.contains($0) })
    {
      return .reading
    }
    // The wind: its direction and force (`东南风3级`, `北风3～4级`), or a breeze (`微风`).
    if scalars.contains("风"), text == "微风" || (digits && scalars.last == "级"),
      scalars.allSatisfy({ ("0"..."9").contains($0) || "东南西北偏风-～~到至级".unicodeScalars.contains($0) })
    {
      return .reading
    }
    // The sky: the forecast's words only, one of them weather.
    if scalars.allSatisfy(weatherSkyScalars.contains), scalars.contains(where: "晴云阴雨雪雾霾".unicodeScalars.contains) {
      return .sky
    }
    return nil
  }

  /// What every weather report holds one of: `天` (`天气`, `今天`), a degree (`℃`, `°C`), the wind's
  /// `风` or the air quality's `量`.
  static let weatherMarks = ScalarBitmap("天℃°风量".unicodeScalars)

  /// The days a forecast names (`今天：小雨转阴`).
  static let weatherDays: Set<String> = ["今天", "明天", "后天", "今日", "明日", "今夜", "夜间", "白天", "今天白天", "今天夜间"]

  /// The words a forecast's sky is made of (`晴转多云`, `小到中雨`, `雨夹雪`, `雷阵雨`).
  static let weatherSkyScalars = ScalarBitmap("晴多云阴小中大暴阵雷雨雪夹冰雹雾霾沙尘转到有局部间".unicodeScalars)

  /// The grades of the air's quality a report gives (`空气质量　良`).
  static let airGrades: Set<String> = ["优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"]

  /// Whether a line names the page by its number and its section, in either order (`03　经济`,
  /// `要闻　2`, `第3版　综合新闻`), as a page's head or foot sets them: the page (``isPageWord(_:)``)
  /// and a section's name (``isSectionName(_:)``), nothing else.
  static func isSectionPageLine(_ text: String) -> Bool {
    guard text.utf8.count <= 30 else { return false }
    let words = text.split(separator: " ")
    guard words.count == 2 else { return false }
    return (isPageWord(words[0]) && isSectionName(words[1])) || (isSectionName(words[0]) && isPageWord(words[1]))
  }

  /// Whether a header line is only the masthead's fields set apart by spaces, one of them at
  /// least dating or numbering the issue: the day's page count (`今日4版`), the issue's number
  /// (`第4087期`), the date, the page, the publisher (`某集团有限公司主办`), a notice that the paper
  /// is internal (`内部资料`), its printing permit's number (`内部准印证号：…号`). The paper's and the
  /// section's names and the page's bare number may stand among them (`江州晚报　2025.12.18　星期四
  /// A03　城事`) when two fields at least date or page the issue. A line that opens with the
  /// issue's number is a bulletin's issue line (``isIssueNumberLine(_:)``), read as such.
  static func isMastheadFieldsLine(_ text: String) -> Bool {
    guard let fields = mastheadFields(text) else { return false }
    if fields.names == 0 && fields.pageNumbers == 0 { return fields.dating > 0 }
    return fields.dating > 0 && fields.dating + fields.pageNumbers >= 2
  }

  /// Whether a line among the text is a running head or foot of masthead fields: the paper's or
  /// the section's name, the date or the weekday, and the page (`湄阳日报　2025年12月22日　星期一　2`).
  static func isRunningFieldsLine(_ text: String) -> Bool {
    // A name, a page and two dating fields are three words at least: most lines, with fewer,
    // are ruled out before their words are split and tested.
    guard spaceSeparatedWords(text, atLeast: 3), let fields = mastheadFields(text) else { return false }
    return fields.names > 0 && fields.pages > 0 && fields.dating >= 2
  }

  /// Whether a line holds `count` words at least between spaces (U+0020), as
  /// `unicodeScalars.split(separator: " ")` cuts them: counted on the UTF-8 bytes, unsplit.
  static func spaceSeparatedWords(_ text: String, atLeast count: Int) -> Bool {
    /// Counts the words of `bytes` up to `count`.
    func reaches(_ bytes: some Sequence<UInt8>) -> Bool {
      var words = 0
      var inWord = false
      for byte in bytes {
        if byte == 0x20 {
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
          if words >= count { return true }
        }
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(reaches) ?? reaches(text.utf8)
  }

  /// How many words of a line set apart by spaces are masthead fields of each kind: dating or
  /// numbering the issue (`dating`, of which `pages` name the page: `A03`, `第5版`, `2`),
  /// a page's bare number (`pageNumbers`, counted apart: alone it dates nothing), and names of
  /// the paper or the section (`names`); nil when a word is none of these or the line opens
  /// with the issue's number.
  static func mastheadFields(_ text: String) -> (dating: Int, pages: Int, pageNumbers: Int, names: Int)? {
    guard text.utf8.count <= 4 * 60, text.containsUTF8(" "), !isIssueNumberLine(text) else { return nil }
    var fields = (dating: 0, pages: 0, pageNumbers: 0, names: 0)
    // Split at the space scalar, not at the space character: a combining mark after a space
    // makes one character of both, and a word must hold no space (the tests below ask this
    // one again of each word).
    for word in text.unicodeScalars.split(separator: " ").map({ String(String.UnicodeScalarView($0)) }) {
      if isPageCode(Substring(word)) {
        fields.pageNumbers += 1
        fields.pages += 1
      } else if word.unicodeScalars.contains(where: weatherMarks.contains), let field = weatherField(Substring(word)),
        field != .sky
      {
        // The weather beside the date (`天气:多云转阵雨　16-24℃`) dates nothing and names nothing.
        continue
      } else if isIssueNumberLine(word) || isDateLine(word) || isDottedDate(word) || isPageFurniture(word) {
        fields.dating += 1
        if isEditionLine(word) || isPageNumberLine(word) { fields.pages += 1 }
      } else if isPublisherName(word) || mastheadNotices.contains(word) || isPermitNumber(word) {
        continue
      } else if (2...8).contains(word.unicodeScalars.count),
        word.unicodeScalars.allSatisfy({ $0 == "·" || ($0.isMainBlockIdeograph) })
      {
        fields.names += 1
      } else {
        return nil
      }
    }
    return fields
  }

  /// Whether a word is a date set with dots or slashes (`2025.12.18`, `2025/12/18`), as evening
  /// papers and posts print it in their headers: a year, then a month and a day that can be.
  static func isDottedDate(_ word: String) -> Bool {
    let parts = word.split(whereSeparator: { $0 == "." || $0 == "/" })
    guard parts.count == 3, word.utf8.count <= 10, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return parts[0].count == 4 && (1900...2200).contains(year) && (1...12).contains(month) && (1...31).contains(day)
  }

  /// Whether a word or a line is the number of a paper's printing permit or registration (`内部准印证号：
  /// 某（2025）字第017号`): a label of ideographs ending in `号`, a colon, then a number with digits.
  static func isPermitNumber(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.prefix(41))
    guard scalars.count <= 40, let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2,
      scalars[colon - 1] == "号", scalars[..<colon].allSatisfy({ $0.isMainBlockIdeograph })
    else { return false }
    let number = scalars[(colon + 1)...]
    return number.contains { ("0"..."9").contains($0) }
      && !number.contains { innerStops.contains($0) || commas.contains($0) || $0 == " " }
  }

  /// Whether a word names who publishes the paper (`华澜能源集团有限公司主办`, `县委宣传部编印`): four
  /// to twenty-four ideographs ending in what the publisher does.
  static func isPublisherName(_ word: String) -> Bool {
    let count = word.unicodeScalars.count
    return count >= 4 && count <= 24 && ["主办", "主管", "编印", "承办", "出版"].contains(where: word.hasUTF8Suffix)
      && word.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// What an internal paper's masthead says of it (`内部资料　免费交流`).
  static let mastheadNotices: Set<String> = ["内部资料", "免费交流", "内部交流", "注意保存", "内部刊物", "免费赠阅"]

  /// Whether a line names the page by its edition letter and number, perhaps with the section
  /// (`A1　要闻`, `B3版`, `A02 综合`), as papers printed in editions head their pages.
  static func isEditionLine(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 2, scalars.count <= 12, ("A"..."Z").contains(scalars[0]) else { return false }
    var i = 1
    while i < scalars.count, i <= 3, ("0"..."9").contains(scalars[i]) { i += 1 }
    guard i > 1, i <= 3 else { return false }
    if i < scalars.count, scalars[i] == "版" { i += 1 }
    if i == scalars.count { return true }
    guard scalars[i] == " " else { return false }
    let section = scalars[(i + 1)...]
    return (2...6).contains(section.count) && section.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// Whether a line before any article is page furniture: a short line with the page date or
  /// the page number, a dated masthead, or a line of the masthead's fields
  /// (``isMastheadFieldsLine(_:)``).
  static func isPageHeader(_ text: String) -> Bool {
    let short = text.hasAtMostScalars(24)
    if short && isPageNumberLine(text) { return true }
    if isRunningHeader(text) || isMastheadFieldsLine(text) || isLabelledFieldsLine(text) { return true }
    guard short || DateExtraction.isMasthead(text) else { return false }
    return (try? DateExtraction.date(fromHeaderLine: text)) != nil
  }

  /// Whether a header line is only labelled fields, one of them dated (`播出时间：2025年12月30日（星期二）
  /// 18:00—18:20　频率：FM98.6　编辑：某某　监制：某某`), as a programme's transcript or a post heads its
  /// text: three fields or more set apart by spaces, each a label of two to four ideographs, a
  /// colon and a value with no sentence in it (a time may follow a date after a space).
  static func isLabelledFieldsLine(_ text: String) -> Bool {
    // A web item's publishing line (`发布时间：… 来源：…`) is the item's, under its title.
    guard text.utf8.count <= 4 * 80, text.containsUTF8("：") || text.containsUTF8(":"), !isPublishingLine(text)
    else { return false }
    let words = text.split(separator: " ")
    guard words.count >= 3 else { return false }
    var dated = false
    for (k, word) in words.enumerated() {
      // A time goes on with the field before it (`2025年3月7日 18:00`).
      if k > 0, word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ":：—-~～".unicodeScalars.contains($0) }) {
        continue
      }
      guard let colon = word.unicodeScalars.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
      let label = word.unicodeScalars[..<colon]
      let value = word.unicodeScalars[word.unicodeScalars.index(after: colon)...]
      guard (2...4).contains(label.count), label.allSatisfy({ $0.isMainBlockIdeograph }),
        !value.isEmpty, !value.contains(where: { innerStops.contains($0) || commas.contains($0) })
      else { return false }
      if !dated { dated = (try? DateExtraction.date(fromHeaderLine: String(String.UnicodeScalarView(value)))) != nil }
    }
    return dated
  }

  /// The days a weekday line names (`星期日`, `周三`).
  static let weekdays = ScalarBitmap("一二三四五六日天".unicodeScalars)

  /// The digits of a page number (`第3版`, `第０３版`, `第三版`).
  static let pageNumerals = ScalarBitmap("0123456789０１２３４５６７８９一二三四五六七八九十".unicodeScalars)

  /// Whether a line is a page number with an optional section name (`第3版 要闻`, `第 03 版：综合`).
  static func isPageNumberLine(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.filter { $0 != " " })
    guard scalars.first == "第", let ban = scalars.firstIndex(of: "版"), ban > 1 else { return false }
    // A section letter may lead the number: `第A03版`.
    let number = ("A"..."Z").contains(scalars[1]) ? scalars[2..<ban] : scalars[1..<ban]
    return !number.isEmpty && number.allSatisfy { pageNumerals.contains($0) }
  }
}
