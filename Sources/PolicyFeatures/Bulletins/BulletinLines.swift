/// How the splitter reads single lines: headline, lead, credit, page furniture, and how it
/// joins and trims them.
extension BulletinSplitter {
  /// A bracketed note or a credit line (`(完)`, `（记者 王青）`, `编辑：张三`), never part of a headline.
  static func isAside(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return true }
    return first == "(" || first == "（" || text.unicodeScalars.contains { $0 == ":" || $0 == "：" }
      || BulletinSplitter.isClosingCredit(text)
  }

  /// Whether a line is a photo credit: credit words (roles, names) ending in `摄` or `摄影`
  /// (`通讯员 方晓东 摄`, `（本报记者 刘洋 摄）`).
  static func isPhotoCredit(_ text: String) -> Bool {
    guard text.unicodeScalars.count <= 40 else { return false }
    var inner = Substring(text)
    if let first = inner.unicodeScalars.first, first == "（" || first == "(",
      let last = inner.unicodeScalars.last, last == "）" || last == ")"
    {
      inner = inner.dropFirst().dropLast()
    }
    var words = inner.split(separator: " ")
    guard let last = words.last else { return false }
    if last == "摄" || last == "摄影" {
      words.removeLast()
    } else if last.hasSuffix("摄"), last.count > 1 {
      words[words.count - 1] = last.dropLast()
    } else {
      return false
    }
    guard !words.isEmpty else { return false }
    return words.allSatisfy { word in
      let role = creditRoles.first { word.hasPrefix($0) }
      let rest = role.map { word.dropFirst($0.count) } ?? word
      return rest.isEmpty ? role != nil : isPersonalName(rest)
    }
  }

  /// Whether a paragraph is or ends with a photo credit (`…。本报记者 刘洋 摄`).
  static func endsWithPhotoCredit(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let last = scalars.last else { return false }
    let closing = last == "）" || last == ")"
    guard last == "摄" || (closing && scalars.dropLast().last == "摄") else { return false }
    let tail = text.split(separator: "。").last.map(String.init) ?? text
    return isPhotoCredit(tail.trimmingCharacters(in: .whitespaces))
  }

  /// Whether a paragraph can close an article: it ends a sentence, or it is a date (a
  /// signature's), a photo credit, a closing credit (`融媒记者 宁某 报道`) or the source
  /// (`来源：…`).
  static func endsItem(_ text: String) -> Bool {
    endsSentence(text) || endsWithPhotoCredit(text) || text.utf8.starts(with: "来源：".utf8)
      || text.utf8.starts(with: "来源:".utf8) || trailingCredit(text) != nil || BulletinSplitter.isDateLine(text)
  }

  /// Whether a paragraph stands on its own, never joined to its neighbours as a print break
  /// would be, though it ends no sentence: a numbered heading (`一、…`, `（一）…`, `（1）…`), a
  /// photo credit or a caption ending in one (`…。本报记者 刘洋 摄`), or a row of names.
  static func isFreestanding(_ text: String) -> Bool {
    if isNumbered(text) || endsWithPhotoCredit(text) || BulletinSplitter.isDateLine(text) { return true }
    // Names are two or three ideographs, rarely four; `中共中央 国务院` is not a row of names.
    guard text.utf8.count <= 400, text.utf8.contains(0x20) else { return false }
    let words = text.split(separator: " ")
    return words.count >= 2 && words.allSatisfy { isPersonalName($0) && $0.unicodeScalars.count <= 3 }
  }

  /// Whether a paragraph starts with a number that heads it: `一、`, `（一）`, `（1）`, `1.`, `1、`.
  static func isNumbered(_ text: String) -> Bool {
    let chineseNumerals = Set("一二三四五六七八九十".unicodeScalars)
    let digits = Set("0123456789".unicodeScalars)
    guard let first = text.unicodeScalars.first,
      chineseNumerals.contains(first) || digits.contains(first) || first == "（" || first == "("
    else { return false }
    let scalars = Array(text.unicodeScalars.prefix(8))
    // 一、 … 十二、
    if let i = scalars.firstIndex(where: { !chineseNumerals.contains($0) }), i > 0, i <= 3, scalars[i] == "、" {
      return true
    }
    // 1. 1、 12．, not 1.5 or 2025
    if let i = scalars.firstIndex(where: { !digits.contains($0) }), i > 0, i <= 2, i + 1 < scalars.count,
      scalars[i] == "." || scalars[i] == "、" || scalars[i] == "．", !digits.contains(scalars[i + 1])
    {
      return true
    }
    // （一） （12）
    if let first = scalars.first, first == "（" || first == "(",
      let close = scalars.firstIndex(where: { $0 == "）" || $0 == ")" }), close >= 2, close <= 4,
      scalars[1..<close].allSatisfy({ chineseNumerals.contains($0) || digits.contains($0) })
    {
      return true
    }
    return false
  }

  /// Whether a line is the paper's imprint or a page's contact line (`青阳日报社出版 地址：…`,
  /// `本版投稿邮箱：…`), printed at the foot of a page.
  static func isImprintLine(_ text: String) -> Bool {
    guard text.utf8.count <= 300 else { return false }
    if text.utf8.starts(with: "本版投稿邮箱".utf8) || text.utf8.starts(with: "投稿邮箱".utf8) { return true }
    // Imprints list fields with colons and hold no sentence.
    guard text.unicodeScalars.contains(where: { $0 == "：" || $0 == ":" }), !text.unicodeScalars.contains("。") else {
      return false
    }
    // The imprint names several of these; a sentence about a book 出版社出版 names one.
    let markers = [
      "社出版", "地址：", "地址:", "邮政编码", "邮编", "电话：", "电话:", "广告经营许可证", "广告许可证", "发行热线", "印刷：", "印刷:",
      "定价：", "定价:",
    ]
    return markers.filter { utf8(of: text, contains: $0) }.count >= 2
  }

  /// Whether a line is a page's running header: short, with the page number as a word of it
  /// (`云岭时报　公告·服务　第4版`).
  static func isRunningHeader(_ text: String) -> Bool {
    text.unicodeScalars.count <= 30 && text.split(separator: " ").contains { isPageNumberLine(String($0)) }
  }

  /// Whether a line belongs to a page's index of contents (`今日导读`, `●老街改造留住城市记忆(第3版)`).
  static func isPageIndexLine(_ text: String) -> Bool {
    guard text.utf8.count <= 160, let end = text.unicodeScalars.last else { return false }
    let plain = strippingBriefMarker(text)
    if end != ")" && end != "）" { return ["今日导读", "本期导读", "导读", "今日看点"].contains(plain) }
    if ["今日导读", "本期导读", "导读", "今日看点"].contains(plain) { return true }
    let scalars = Array(plain.unicodeScalars)
    guard scalars.count <= 40, let last = scalars.last, last == ")" || last == "）",
      let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0
    else { return false }
    let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))
    return isPageNumberLine(inner)
  }

  static let briefMarkers: Set<Unicode.Scalar> = ["■", "◆", "●", "▲", "★", "□", "◇"]

  /// Whether a line is a column heading of briefs (`■短讯`).
  static func opensBriefs(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, briefMarkers.contains(first), !isAnchor(text) else { return false }
    return isHeadlineLike(strippingBriefMarker(text), strict: false)
  }

  static func strippingBriefMarker(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, briefMarkers.contains(first) else { return text }
    return collapseSpaces(Substring(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))))
  }

  static func units(of page: String) -> [Unit] {
    var out: [Unit] = []
    var blank = false
    var lineNumber = 0
    // Whether every line so far could be masthead (checked once per line, while it holds).
    var onlyMasthead = true
    forEachLine(of: page) { raw in
      lineNumber += 1
      let text = removingPageJumps(collapseSpaces(raw))
      // A rule of dashes, stars or box characters between articles separates like a blank line.
      if text.isEmpty || isRule(text) {
        blank = true
        return
      }
      if onlyMasthead, isPageHeader(text) {
        // The date or page line of the header: masthead lines above it (the paper's name, its
        // name in letters) go with it.
        out.removeAll()
        blank = true
        return
      }
      if out.isEmpty, isPageFurniture(text) {
        blank = true
        return
      }
      // Page staff credits (`责任编辑：周某  校对：许某`) close an article or the page, and an
      // index of contents (`今日导读`) lists other pages; neither is an article's text.
      if isStaffCredit(text) || isPageIndexLine(text) || isImprintLine(text) {
        blank = true
        return
      }
      out.append(Unit(text: text, line: lineNumber, blankBefore: blank || out.isEmpty))
      blank = false
      if onlyMasthead { onlyMasthead = out.count <= 6 && isMastheadLine(text) }
    }
    return out
  }

  /// Calls `body` with the UTF-8 bytes of each line of `page` (split at LF, CRLF or a lone
  /// CR), found by scanning the bytes: splitting `String`s by `Character` walked grapheme
  /// breaks, a quarter of the time of a page.
  static func forEachLine(of page: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var page = page
    page.withUTF8 { bytes in
      var start = 0
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        guard byte == 0x0A || byte == 0x0D else {
          i += 1
          continue
        }
        body(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        i += byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
        start = i
      }
      body(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
    }
  }

  /// Whether a line at the top of a page can be part of its masthead, above the date line: a
  /// short line without sentence punctuation (`青峰日报`, `QINGFENG DAILY`).
  static func isMastheadLine(_ text: String) -> Bool {
    let plain =
      text.unicodeScalars.count <= 30
      && !text.unicodeScalars.contains { sentenceEnders.contains($0) || commas.contains($0) } && !isAnchor(text)
    return plain || isPageFurniture(text)
  }

  /// Whether `needle`'s UTF-8 bytes occur in `text`'s (a literal search, no Unicode rules).
  static func utf8(of text: String, contains needle: String) -> Bool {
    var text = text
    var needle = needle
    return text.withUTF8 { h in
      needle.withUTF8 { n in
        guard !n.isEmpty else { return true }
        guard n.count <= h.count else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
          if (1..<n.count).allSatisfy({ h[start + $0] == n[$0] }) { return true }
        }
        return false
      }
    }
  }

  /// Whether a line under the page header is more header: the lunar date (`农历乙巳年四月廿八`),
  /// the day's page count (`今日8版`), the publisher's imprint (`国内统一连续出版物号`, `CN32-0001`,
  /// `邮发代号`), or a page line or date line of its own.
  static func isPageFurniture(_ text: String) -> Bool {
    guard text.unicodeScalars.count <= 40 else { return false }
    // A section's name over the page (`青阳湖·副刊`, `法治专版`).
    if text.unicodeScalars.count <= 12,
      ["副刊", "专刊", "周刊", "专版"].contains(where: { text.utf8.reversed().starts(with: $0.utf8.reversed()) })
    {
      return true
    }
    if text.utf8.starts(with: "农历".utf8)
      || ["连续出版物号", "邮发代号", "主管主办"].contains(where: { utf8(of: text, contains: $0) })
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
    let weekdays = Set("一二三四五六日天".unicodeScalars)
    let dayScalars = Array(compact.unicodeScalars)
    if (dayScalars.count == 3 && compact.hasPrefix("星期") && weekdays.contains(dayScalars[2]))
      || (dayScalars.count == 2 && compact.hasPrefix("周") && weekdays.contains(dayScalars[1]))
    {
      return true
    }
    return isPageHeader(text)
  }

  /// Whether a line before any article is page furniture: a short line with the page date or
  /// the page number, or a dated masthead.
  static func isPageHeader(_ text: String) -> Bool {
    let short = text.unicodeScalars.count <= 24
    if short && isPageNumberLine(text) { return true }
    if isRunningHeader(text) { return true }
    guard short || DateExtraction.isMasthead(text) else { return false }
    return (try? DateExtraction.date(fromHeaderLine: text)) != nil
  }

  /// The line without print jump notes (`(下转第2版)`, `（上接第1版）`), which say where the
  /// article goes on in the printed paper and are not its text.
  static func removingPageJumps(_ line: String) -> String {
    guard line.unicodeScalars.contains("版") else { return line }
    let scalars = Array(line.unicodeScalars)
    let jumps = ["上接", "下转", "紧接", "转", "接"].map { Array($0.unicodeScalars) }
    var out = String.UnicodeScalarView()
    var i = 0
    scan: while i < scalars.count {
      if scalars[i] == "(" || scalars[i] == "（" {
        var j = i + 1
        if let jump = jumps.first(where: { j + $0.count <= scalars.count && Array(scalars[j..<(j + $0.count)]) == $0 })
        {
          j += jump.count
          if j < scalars.count, scalars[j] == "第" {
            j += 1
            let digitsStart = j
            while j < scalars.count, pageNumerals.contains(scalars[j]) { j += 1 }
            if j > digitsStart, j + 1 < scalars.count, scalars[j] == "版", scalars[j + 1] == ")" || scalars[j + 1] == "）"
            {
              i = j + 2
              continue scan
            }
          }
        }
      }
      out.append(scalars[i])
      i += 1
    }
    return collapseSpaces(Substring(String(out)))
  }

  /// Whether a line is only a rule (`——————`, `***`, `＝＝＝`): three or more punctuation
  /// or symbol characters, at most two different ones.
  static func isRule(_ text: String) -> Bool {
    // Most lines open with a letter or an ideograph: no rule.
    guard let first = text.unicodeScalars.first, isRuleScalar(first) else { return false }
    let scalars = text.unicodeScalars.filter { $0 != " " }
    guard scalars.count >= 3, Set(scalars).count <= 2 else { return false }
    return scalars.allSatisfy(isRuleScalar)
  }

  private static func isRuleScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .dashPunctuation, .otherPunctuation, .connectorPunctuation, .mathSymbol, .otherSymbol: true
    default: false
    }
  }

  /// The digits of a page number (`第3版`, `第０３版`, `第三版`).
  static let pageNumerals = Set("0123456789０１２３４５６７８９一二三四五六七八九十".unicodeScalars)

  /// Whether a line is a page number with an optional section name (`第3版 要闻`, `第 03 版：综合`).
  static func isPageNumberLine(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.filter { $0 != " " })
    guard scalars.first == "第", let ban = scalars.firstIndex(of: "版"), ban > 1 else { return false }
    return scalars[1..<ban].allSatisfy { pageNumerals.contains($0) }
  }

  /// Trims the line, removes BOM/zero-width characters and collapses runs of spaces to one.
  ///
  /// Works on the UTF-8 bytes: the spaces are ASCII space and tab, U+3000 and U+00A0; the
  /// removed characters U+FEFF, U+200B–U+200D and U+2060. A line with none of them is
  /// returned as it is.
  static func collapseSpaces(_ line: Substring) -> String {
    var line = line
    return line.withUTF8 { collapseSpaces($0) }
  }

  /// ``collapseSpaces(_:)-(Substring)`` of valid UTF-8 bytes.
  static func collapseSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    /// Bytes of the space or removed character at `i`, and whether it is a space; nil for
    /// any other character.
    func special(at i: Int) -> (length: Int, isSpace: Bool)? {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 { return (1, true) }
      if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return (2, true) }
      guard b >= 0xE2, b <= 0xEF, i + 2 < bytes.count else { return nil }
      switch (b, bytes[i + 1], bytes[i + 2]) {
      case (0xE3, 0x80, 0x80): return (3, true)  // U+3000
      case (0xEF, 0xBB, 0xBF), (0xE2, 0x80, 0x8B), (0xE2, 0x80, 0x8C), (0xE2, 0x80, 0x8D), (0xE2, 0x81, 0xA0):
        return (3, false)
      default: return nil
      }
    }
    var i = 0
    var plain = true
    while i < bytes.count {
      if special(at: i) != nil {
        plain = false
        break
      }
      i += 1
    }
    if plain { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    out.append(contentsOf: bytes[0..<i])
    var pendingSpace = false
    while i < bytes.count {
      if let (length, isSpace) = special(at: i) {
        if isSpace { pendingSpace = !out.isEmpty }
        i += length
        continue
      }
      if pendingSpace { out.append(0x20) }
      pendingSpace = false
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  static let sentenceEnders: Set<Unicode.Scalar> = [
    "。", "！", "？", "!", "?", "；", ";", "…", "”", "\"", "」", "』", "）", ")", "】", "：", ":", "》",
  ]
  static let innerStops: Set<Unicode.Scalar> = ["。", "！", "？", "；", ";", "!", "?"]
  static let looseHeadlineStops: Set<Unicode.Scalar> = ["。", "；", ";"]
  static let commas: Set<Unicode.Scalar> = ["，", ",", "、"]

  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return true }
    return sentenceEnders.contains(last)
  }

  static func isHeadlineLike(_ text: String, strict: Bool) -> Bool {
    let scalars = text.unicodeScalars
    // No scalar takes more than four bytes: a longer line is no headline, uncounted.
    guard text.utf8.count <= 4 * (strict ? 40 : 64) else { return false }
    let n = scalars.count
    guard n >= 2, n <= (strict ? 40 : 64) else { return false }
    if let last = scalars.last, "。；;：:,，.".unicodeScalars.contains(last) {
      return false
    }
    // A loose headline may exclaim or ask (`老旧小区如何焕新？`); only a full stop or a
    // semicolon marks a sentence of body text.
    let stops = strict ? innerStops : looseHeadlineStops
    if scalars.contains(where: { stops.contains($0) }) { return false }
    // A short headline may enumerate (`区政府部署安全生产、防汛工作`); a comma is body text.
    if strict && scalars.contains(where: { $0 == "、" ? n > 24 : commas.contains($0) }) { return false }
    return !isAnchor(text)
  }

  static let leadPrefixes = [
    "本报讯", "本报综合消息", "本报记者", "央视网消息", "新华社", "新华网", "人民网", "中新社", "中新网", "光明网", "据新华社",
    "人民日报", "央广网", "中国日报网",
  ]

  /// Whether a line opens an article body: a lead (``isLead(_:)``) or a credit line of its
  /// own (``isCreditLine(_:)``).
  static func isAnchor(_ text: String) -> Bool {
    isLead(text) || isCreditLine(text)
  }

  static let creditRoles = [
    "融媒体中心记者", "融媒体记者", "全媒体记者", "融媒记者", "本报记者", "本报通讯员", "见习记者", "实习记者",
    "特约记者", "特约通讯员", "通讯员", "实习生", "记者",
  ]

  /// Whether a word is a role with its outlet in front (`县融媒体中心记者`, `区委宣传部通讯员`).
  static func isPlacedRole(_ word: Substring) -> Bool {
    word.utf8.count <= 36
      && (word.utf8.reversed().starts(with: "记者".utf8.reversed())
        || word.utf8.reversed().starts(with: "通讯员".utf8.reversed()))
      && word.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
  }

  /// Credits of commentary, which name no one (`本报评论员`).
  static let commentatorCredits: Set<String> = ["本报评论员", "本报特约评论员", "特约评论员", "评论员"]

  /// Whether a line is only a reporter credit (`记者 马某 通讯员 陈某`, `本报记者王某`, perhaps
  /// behind a `□`-style marker), as print pages set it between headline and body: space-separated words, the first a role, each
  /// either a role, a role with a name, or a name (two to four ideographs, or a longer one
  /// with `·`). A body line cut by a print break (`记者从区发改委获悉`) is not one.
  static func isCreditLine(_ text: String) -> Bool {
    guard text.utf8.count <= 160, text.unicodeScalars.count <= 40 else { return false }
    var unmarked = strippingBriefMarker(text)
    // `文/图 记者 葛某`, `文/陈某`, `图/本报记者 刘某`: who wrote and who photographed.
    let writtenOrShot = unmarked.utf8.starts(with: "文".utf8) || unmarked.utf8.starts(with: "图".utf8)
    for prefix in ["文/图", "文／图", "文/", "文／", "图/", "图／"] where writtenOrShot && unmarked.utf8.starts(with: prefix.utf8)
    {
      let rest = String(unmarked.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
      if isPersonalName(Substring(rest)) { return true }
      unmarked = rest
      break
    }
    // Every credit starts with a role (or, for an author, an open box): most lines do not.
    let opensWithRole =
      creditRoles.contains { unmarked.utf8.starts(with: $0.utf8) }
      || commentatorCredits.contains { unmarked.utf8.starts(with: $0.utf8) }
      || isPlacedRole(unmarked.prefix { $0 != " " })
    guard opensWithRole || text.utf8.starts(with: "□".utf8) else { return false }
    if commentatorCredits.contains(unmarked) { return true }
    // An author behind an open box (`□ 陆文清`, `□文/陆文清`), as commentary and supplements set
    // it; a heading behind a filled one (`■简讯`) is no author.
    if text.hasPrefix("□"), !columnLabels.contains(unmarked) {
      let author = unmarked.hasPrefix("文/") || unmarked.hasPrefix("文／") ? unmarked.dropFirst(2) : Substring(unmarked)
      if isPersonalName(author) { return true }
    }
    var names = 0
    let words = unmarked.split(separator: " ")
    // `… 报道` and `… 摄` close an item; they do not open one.
    if let last = words.last, last == "报道" || last == "摄" || last == "摄影" { return false }
    for (i, word) in words.enumerated() {
      if isPlacedRole(word) { continue }
      let role = creditRoles.first { word.hasPrefix($0) }
      if i == 0 && role == nil { return false }
      let rest = role.map { word.dropFirst($0.count) } ?? word[...]
      if rest.isEmpty { continue }
      guard isPersonalName(rest) else { return false }
      names += 1
    }
    return names > 0
  }

  /// Column labels that stand on a line of their own above an article's headline.
  static let columnLabels: Set<String> = [
    "短评", "时评", "快评", "评论", "社论", "述评", "言论", "评论员文章", "本报评论员", "编者按", "简讯", "快讯", "短讯",
    "图片新闻", "新闻速递", "新闻简报", "读者来信", "以案说法", "今日谈",
  ]

  /// Whether a line is only a column label (``columnLabels``), perhaps behind a `■`-style
  /// marker or inside brackets (`【短评】`).
  static func isColumnLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 48 else { return false }
    var label = strippingBriefMarker(text)
    if let first = label.unicodeScalars.first, let last = label.unicodeScalars.last,
      (first == "【" && last == "】") || (first == "[" && last == "]")
    {
      label = String(String.UnicodeScalarView(label.unicodeScalars.dropFirst().dropLast()))
    }
    return columnLabels.contains(label)
  }

  /// Editing and production roles of page staff credits, longer before their prefixes.
  static let staffRoles = [
    "本版责任编辑", "本版责编", "本版编辑", "责任编辑", "值班编委", "值班主任", "美术编辑", "版面设计", "版式设计",
    "责编", "编辑", "校对", "审读", "审校", "一审", "二审", "三审", "终审", "美编", "版式", "组版", "排版",
    "制图",
  ]

  /// Whether a line is only page staff credits: one or more `role：name` (a role of
  /// ``staffRoles``, a colon, then one or more names of two to four ideographs), separated by
  /// spaces, perhaps bracketed as a whole (`（编辑：张三）`, `【责任编辑：王某 李某】`). A
  /// sentence that starts with a role and a colon is not one: its words are no names.
  static func isStaffCredit(_ text: String) -> Bool {
    guard text.utf8.count <= 240 else { return false }
    // Without colons: `本版责编 刘某  美编 谢某`, role words each followed by names.
    if text.utf8.starts(with: "本版".utf8) || text.utf8.starts(with: "责编".utf8) || text.utf8.starts(with: "美编".utf8) {
      let words = text.split(separator: " ")
      if words.count >= 2, staffRoles.contains(where: { $0 == words[0] }),
        words.allSatisfy({ w in staffRoles.contains(where: { $0 == w }) || (isPersonalName(w) && w.count <= 3) })
      {
        return true
      }
    }
    guard text.unicodeScalars.contains(where: { $0 == "：" || $0 == ":" }) else { return false }
    // Most lines with a colon start with no role: no need to take them apart.
    let opening = text.utf8.dropFirst(text.utf8.first.map { $0 == 0x28 || $0 == 0x5B ? 1 : 0 } ?? 0)
    let bracketed = ["（", "【"].contains { text.utf8.starts(with: $0.utf8) }
    let body = bracketed ? text.utf8.dropFirst(3) : opening
    guard staffRoles.contains(where: { body.starts(with: $0.utf8) }) else { return false }
    var scalars = Substring(text).unicodeScalars[...]
    let brackets: [(Unicode.Scalar, Unicode.Scalar)] = [("（", "）"), ("(", ")"), ("【", "】"), ("[", "]")]
    if let first = scalars.first, let last = scalars.last,
      brackets.contains(where: { $0.0 == first && $0.1 == last })
    {
      scalars = scalars.dropFirst().dropLast()
    }
    let words = String(String.UnicodeScalarView(scalars)).split { $0 == " " || $0 == "、" }
    var expectsName = false
    var names = 0
    for word in words {
      if let role = staffRoles.first(where: { word.hasPrefix($0) }) {
        var rest = word.dropFirst(role.count)
        guard let colon = rest.first, colon == "：" || colon == ":" else { return false }
        if expectsName { return false }
        rest = rest.dropFirst()
        if rest.isEmpty {
          expectsName = true
          continue
        }
        guard isPersonalName(rest) else { return false }
        names += 1
      } else if word == "：" || word == ":" {
        return false
      } else {
        guard names > 0 || expectsName, isPersonalName(word) else { return false }
        expectsName = false
        names += 1
      }
    }
    return names > 0 && !expectsName
  }

  static func isPersonalName(_ text: Substring) -> Bool {
    let scalars = text.unicodeScalars
    let hasDot = scalars.contains { $0 == "·" || $0 == "•" }
    guard scalars.count >= 2, scalars.count <= (hasDot ? 12 : 4) else { return false }
    return scalars.allSatisfy { ($0.value >= 0x4E00 && $0.value <= 0x9FFF) || $0 == "·" || $0 == "•" }
  }

  /// Whether a paragraph opens an article body (`本报讯(记者 …)`, `央视网消息…`, `XX讯(`,
  /// a dateline such as `本报北京6月3日电 （记者 …）`).
  static func isLead(_ text: String) -> Bool {
    if leadPrefixes.contains(where: { text.utf8.starts(with: $0.utf8) }) { return true }
    let head = Array(text.unicodeScalars.lazy.filter { $0 != " " }.prefix(16))
    for i in head.indices.dropFirst() where head[i] == "(" || head[i] == "（" {
      if head[i - 1] == "讯" || (head[i - 1] == "电" && i >= 2 && head[i - 2] == "日") { return true }
    }
    return false
  }

  /// Joins paragraphs, merging a paragraph that ends mid-sentence with the next one.
  static func joinParagraphs(_ paragraphs: [String]) -> String {
    var merged: [String] = []
    for p in paragraphs {
      if let last = merged.last, !endsSentence(last), !isFreestanding(last), !isFreestanding(p),
        !isSubheading(last, before: p)
      {
        let needsSpace =
          (last.unicodeScalars.last.map { $0.isASCII && $0.properties.isAlphabetic } ?? false)
          && (p.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } ?? false)
        merged[merged.count - 1] = last + (needsSpace ? " " : "") + p
      } else {
        merged.append(p)
      }
    }
    return merged.joined(separator: "\n")
  }

  /// Whether a short headline line heads the paragraph after it, rather than being cut from it
  /// by a print break: the paragraph opens the way a new one does (`今年以来，`, `5月20日，`).
  static func isSubheading(_ text: String, before next: String) -> Bool {
    text.unicodeScalars.count <= 16 && isHeadlineLike(text, strict: true) && BulletinSplitter.opensLeadlessArticle(next)
  }

  static func article(title: Unit, paragraphs: [String]) -> SplitArticle {
    var paragraphs = paragraphs
    var byline: String? = nil
    if paragraphs.count > 1, let first = paragraphs.first, !isCreditLine(first), BulletinSplitter.isAuthorLine(first) {
      // An author's name on its own under the headline (a speech, an essay).
      byline = first
      paragraphs.removeFirst()
    } else if let first = paragraphs.first, isCreditLine(first) {
      // One credit line or several (`记者 张某` over `通讯员 李某`).
      let credits = paragraphs.prefix { isCreditLine($0) }
      byline = credits.map(strippingBriefMarker).joined(separator: " ")
      paragraphs.removeFirst(credits.count)
    } else if let first = paragraphs.first, let (credit, rest) = extractByline(first) {
      byline = credit
      paragraphs[0] = rest
      if rest.isEmpty { paragraphs.removeFirst() }
    } else if let first = paragraphs.first, first.hasPrefix("本报讯 ") {
      // A lead that credits no one.
      paragraphs[0] = String(first.dropFirst("本报讯 ".count))
    }
    // A credit closing the article (`（融媒记者 江涛）`, `…46处。（通讯员 贾玲）`), as county
    // papers set it: the byline, not the text.
    if let last = paragraphs.last, let (text, credit) = trailingCredit(last) {
      if byline == nil { byline = credit }
      if text.isEmpty { paragraphs.removeLast() } else { paragraphs[paragraphs.count - 1] = text }
    }
    return SplitArticle(
      title: title.text, body: joinParagraphs(paragraphs), byline: byline, line: title.line)
  }

  /// Splits `本报讯(周茜 记者 吉宇)正文…` (or a dateline lead, `新华社武汉6月3日电（记者 李四）…`,
  /// or an unbracketed credit, `本报讯 记者 孙某 正文…`) into the credit and the rest of the
  /// paragraph.
  static func extractByline(_ paragraph: String) -> (String, String)? {
    if let unbracketed = extractUnbracketedByline(paragraph) { return unbracketed }
    let scalars = Array(paragraph.unicodeScalars)
    guard let open = scalars.prefix(18).firstIndex(where: { $0 == "(" || $0 == "（" }), open > 0 else { return nil }
    var before = open - 1
    if scalars[before] == " ", before > 0 { before -= 1 }
    guard scalars[before] == "讯" || (scalars[before] == "电" && before > 0 && scalars[before - 1] == "日") else {
      return nil
    }
    guard let close = scalars[open...].prefix(40).firstIndex(where: { $0 == ")" || $0 == "）" })
    else { return nil }
    var credit = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
    credit = collapseSpaces(Substring(credit))
    var restStart = close + 1
    while restStart < scalars.count, scalars[restStart] == ":" || scalars[restStart] == "：" || scalars[restStart] == " "
    {
      restStart += 1
    }
    let rest = String(String.UnicodeScalarView(scalars[restStart...]))
    return (credit, rest)
  }

  /// A bracketed credit at the end of a paragraph (`（记者 江涛）`, after a finished sentence or
  /// alone) or a credit line ending in `报道` (`融媒记者 宁晓宇 报道`): the paragraph's text before
  /// it and the credit.
  static func trailingCredit(_ paragraph: String) -> (text: String, credit: String)? {
    let scalars = Array(paragraph.unicodeScalars)
    if let last = scalars.last, last == "）" || last == ")",
      let open = scalars.lastIndex(where: { $0 == "（" || $0 == "(" }), scalars.count - open <= 42,
      open == 0 || sentenceEnders.contains(scalars[open - 1])
    {
      var credit = collapseSpaces(
        Substring(String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))))
      if credit.hasSuffix(" 报道") { credit = String(credit.dropLast(" 报道".count)) }
      let before = String(String.UnicodeScalarView(scalars[..<open]))
      // A pen name alone in brackets closing a commentary (`（晓　风）`).
      let penName = String(credit.unicodeScalars.filter { $0 != " " }.map(Character.init))
      let notNames: Set<String> = [
        "待续", "未完待续", "续完", "新华社", "中新社", "资料图", "资料", "图片", "供图", "本报", "记者", "通讯员", "上接", "下转",
      ]
      if credit.unicodeScalars.count <= 5, penName.count <= 3, isPersonalName(Substring(penName)),
        !notNames.contains(penName)
      {
        return (before, penName)
      }
      guard isCreditLine(credit), !commentatorCredits.contains(credit) else { return nil }
      return (before, credit)
    }
    if paragraph.hasSuffix(" 报道") {
      let credit = String(paragraph.dropLast(" 报道".count))
      if isCreditLine(credit) { return ("", credit) }
    }
    return nil
  }

  /// `本报讯 记者 孙某 正文…`: the words after `本报讯` that form a credit line (see
  /// ``isCreditLine(_:)``), and the text after them.
  static func extractUnbracketedByline(_ paragraph: String) -> (String, String)? {
    guard paragraph.hasPrefix("本报讯 ") else { return nil }
    let words = paragraph.dropFirst("本报讯 ".count).split(separator: " ", omittingEmptySubsequences: true)
    // The longest run of leading words that is a credit (a role alone is not one).
    guard
      let credit = (1..<min(words.count, 9)).last(where: {
        isCreditLine(words[0..<$0].joined(separator: " "))
      })
    else { return nil }
    return (words[0..<credit].joined(separator: " "), words[credit...].joined(separator: " "))
  }
}
