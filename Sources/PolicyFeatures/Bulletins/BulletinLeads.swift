import PolicyCore

/// How the splitter reads an article's lead: the line that opens its body (`本报讯(记者 …)`, `央视网消息…`, a
/// dated lead, the credit alone in brackets), the byline it carries, and a lead whose credit a hard
/// wrap broke over two lines.
extension BulletinSplitter {
  static let leadPrefixes = [
    "本报讯", "本报综合消息", "本报记者", "央视网消息", "新华社", "新华网", "人民网", "中新社", "中新网", "光明网", "据新华社",
    "人民日报", "央广网", "中国日报网", "本台消息", "本台讯",
  ]

  /// Leads that credit no one when a space, not a bracket, follows them (`本报讯 近日，…`).
  static let bareLeads = ["本报讯 ", "本台消息 ", "本台讯 "]

  /// Whether a line opens an article body: a lead (``isLead(_:)``) or a credit line of its
  /// own (``isCreditLine(_:)``).
  static func isAnchor(_ text: String) -> Bool {
    isLead(text) || isCreditLine(text) || isPublishingLine(text)
  }

  /// The UTF-8 offset of a text's first space (U+0020), or its length when it has none. Its
  /// first word up to a space character is no shorter, so a word that must be short is ruled
  /// out without walking the characters of a long line.
  static func firstSpaceOffset(_ text: String) -> Int {
    let utf8 = text.utf8
    return utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: 0x20) ?? $0.count }
      ?? utf8.firstIndex(of: 0x20).map { utf8.distance(from: utf8.startIndex, to: $0) } ?? utf8.count
  }

  /// Whether a paragraph opens an article body (`本报讯(记者 …)`, `央视网消息…`, `XX讯(`,
  /// a dateline such as `本报北京6月3日电 （记者 …）`, the credit and `报道` before the text:
  /// `记者 某某 报道 12月5日，…`).
  static func isLead(_ text: String) -> Bool {
    if leadPrefixes.contains(where: { text.hasUTF8Prefix($0) }) { return true }
    if openingCredit(text) != nil || reportedLead(text) != nil || opensDatedLead(text) || markedCreditLead(text) != nil
    {
      return true
    }
    // Among the first 16 scalars but spaces, a bracket after `讯` or `日电` (read in one pass,
    // with the two scalars before, rather than copied into an array).
    var seen = 0
    var previous: Unicode.Scalar? = nil
    var beforePrevious: Unicode.Scalar? = nil
    for scalar in text.unicodeScalars where scalar != " " {
      if seen == 16 { break }
      if scalar == "(" || scalar == "（", previous == "讯" || (previous == "电" && beforePrevious == "日") {
        return true
      }
      beforePrevious = previous
      previous = scalar
      seen += 1
    }
    return false
  }

  /// Whether a paragraph opens with the paper's dated lead and a space, crediting no one there
  /// (`本报9月3日讯 青杠镇…`: the day the news came in, the reporter's credit closing the item).
  static func opensDatedLead(_ text: String) -> Bool {
    guard text.hasUTF8Prefix("本报") else { return false }
    let head = text.unicodeScalars.dropFirst(2).prefix(8)
    guard let mark = head.firstIndex(of: "讯"), head.index(after: mark) < text.unicodeScalars.endIndex,
      text.unicodeScalars[head.index(after: mark)] == " ", head[..<mark].last == "日"
    else { return false }
    return head[..<mark].allSatisfy { ("0"..."9").contains($0) || $0 == "月" || $0 == "日" }
  }

  /// The paragraph's text after a lead that credits no one and a space, or nil: the paper's
  /// lead (``bareLeads``, `本报讯 近日，…`) or its dated lead (``opensDatedLead(_:)``,
  /// `本报5月3日讯 今天上午，…`), whose reporters the item credits at its end if at all.
  static func withoutBareLead(_ paragraph: String) -> String? {
    if let lead = bareLeads.first(where: { paragraph.hasPrefix($0) }) { return String(paragraph.dropFirst(lead.count)) }
    guard opensDatedLead(paragraph), let space = paragraph.unicodeScalars.firstIndex(of: " ") else { return nil }
    return String(paragraph.unicodeScalars[paragraph.unicodeScalars.index(after: space)...])
  }

  /// A lead line whose bracketed credit is broken by a hard wrap, and the next line closing it
  /// within a few characters (a whole credit of its own, `通讯员 某某）`, when a narrow column
  /// wraps between two credits): the lead with the credit whole, and the rest of the next line.
  static func wrappedCreditLead(_ line: String, _ next: String) -> (String, String)? {
    guard opensUnclosedCredit(line),
      let close = next.unicodeScalars.prefix(12).firstIndex(where: { $0 == ")" || $0 == "）" })
    else { return nil }
    let tail = String(next.unicodeScalars[...close])
    let rest = String(next.unicodeScalars[next.unicodeScalars.index(after: close)...])
    // The wrap took the space between two credits: it is put back.
    let joined = line + (opensWithRole(tail) && !line.hasUTF8Suffix(" ") ? " " : "") + tail
    guard !tail.unicodeScalars.contains(where: { "(（。！？".unicodeScalars.contains($0) }),
      let (credit, text) = extractByline(joined + rest), !credit.isEmpty, text == rest
    else { return nil }
    return (joined, rest)
  }

  /// Whether a line is a lead whose bracketed credit a hard wrap breaks: it opens the bracket
  /// early and does not close it.
  static func opensUnclosedCredit(_ line: String) -> Bool {
    guard isLead(line), !line.unicodeScalars.contains(where: { $0 == ")" || $0 == "）" }),
      let open = line.unicodeScalars.prefix(18).firstIndex(where: { $0 == "(" || $0 == "（" })
    else { return false }
    return line.unicodeScalars[open...].count <= 40
  }

  /// Whether a line ends inside a closing credit the wrap cut between two credits
  /// (`…长效机制。(通讯员 罗某`, then `记者 乔某)`): its last bracket is open, and what follows it,
  /// twenty characters at most, opens with a reporter's role (``opensWithRole(_:)``).
  static func endsInUnclosedCredit(_ line: String) -> Bool {
    let scalars = line.unicodeScalars
    guard let open = scalars.suffix(21).lastIndex(where: { $0 == "(" || $0 == "（" }) else { return false }
    let credit = scalars[scalars.index(after: open)...]
    return !credit.contains(where: { $0 == ")" || $0 == "）" }) && opensWithRole(String(credit))
  }

  /// Whether a piece of a credit opens with a reporter's role (``creditRoles``: `通讯员 某某`).
  static func opensWithRole(_ text: String) -> Bool {
    creditRoles.contains { text.hasUTF8Prefix($0) }
  }

  /// Whether a lead's unbracketed credit is broken by a hard wrap before its `报道`
  /// (`本报讯 通讯员某某 记者某某`, then `报道　近日，…`): the line holds no `报道`, the next line
  /// gives it within its first few characters and a space after it, and the two read together
  /// give a credit (``extractUnbracketedByline(_:)``) running to the line's end at least.
  static func wrapsReportedLead(_ line: String, _ next: String) -> Bool {
    guard line.hasUTF8Prefix("本报讯 "), !line.containsUTF8("报道"), next.containsUTF8("报道 "),
      let reported = next.range(of: "报道 "), next[..<reported.lowerBound].unicodeScalars.count <= 6,
      let (credit, _) = extractUnbracketedByline(line + next)
    else { return false }
    return credit.unicodeScalars.count >= line.unicodeScalars.count - 4
  }

  /// Splits `本报讯(周茜 记者 吉宇)正文…` (or a dateline lead, `新华社武汉6月3日电（记者 李四）…`,
  /// or an unbracketed credit, `本报讯 记者 孙某 正文…`) into the credit and the rest of the
  /// paragraph.
  static func extractByline(_ paragraph: String) -> (String, String)? {
    if let unbracketed = extractUnbracketedByline(paragraph) { return unbracketed }
    if let reported = reportedLead(paragraph) { return reported }
    if let opening = openingCredit(paragraph) { return opening }
    if let marked = markedCreditLead(paragraph) { return marked }
    let scalars = Array(paragraph.unicodeScalars)
    guard let open = scalars.prefix(18).firstIndex(where: { $0 == "(" || $0 == "（" }), open > 0 else { return nil }
    var before = open - 1
    if scalars[before] == " ", before > 0 { before -= 1 }
    // `…讯（`, `…日电（`, `本台消息（` (a station's own lead; a site's `央视网消息（新闻联播）：`
    // names a programme, not reporters, and stays text).
    let opensCredit =
      scalars[before] == "讯" || (scalars[before] == "电" && before > 0 && scalars[before - 1] == "日")
      || (before == 3 && paragraph.hasPrefix("本台消息"))
    guard opensCredit else { return nil }
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

  /// A lead that opens with the credit and `报道`, set off by a space or a colon from the text
  /// (`本报记者 王某 报道　近日，…`; a station's, its name before the role: `某某台记者 王某 报道：…`):
  /// the credit and the text after it, or nil.
  static func reportedLead(_ paragraph: String) -> (String, String)? {
    guard creditRoles.contains(where: { paragraph.hasUTF8Prefix($0) }) || opensWithPlacedRole(paragraph) else {
      return nil
    }
    let head = String(String.UnicodeScalarView(paragraph.unicodeScalars.prefix(36)))
    guard
      let reported = head.range(of: " 报道 ") ?? head.range(of: " 报道\u{3000}") ?? head.range(of: " 报道：")
        ?? head.range(of: " 报道:")
    else { return nil }
    let credit = collapseSpaces(head[..<reported.lowerBound])
    guard isCreditLine(credit) else { return nil }
    let rest = paragraph.unicodeScalars.dropFirst(head[..<reported.upperBound].unicodeScalars.count).drop {
      $0 == " " || $0 == "\u{3000}"
    }
    guard rest.count >= 2 else { return nil }
    return (credit, String(String.UnicodeScalarView(rest)))
  }

  /// Whether a paragraph opens with a role behind its outlet's name, a space after it
  /// (`某某台记者 `, `县融媒体中心记者 `; ``isPlacedRole(_:)``), as a station's lead credits its
  /// reporter. Read off the bytes: it is asked of every lead.
  static func opensWithPlacedRole(_ paragraph: String) -> Bool {
    var text = paragraph
    let roleEnd = text.withUTF8 { bytes -> Int? in
      guard let space = bytes.prefix(40).firstIndex(of: 0x20), space > 6 else { return nil }
      let word = bytes[..<space]
      return word.suffix(6).elementsEqual("记者".utf8) || word.suffix(9).elementsEqual("通讯员".utf8) ? space : nil
    }
    guard let roleEnd else { return false }
    return isPlacedRole(paragraph[..<paragraph.utf8.index(paragraph.startIndex, offsetBy: roleEnd)])
  }

  /// A lead that opens with the reporters' credit behind a marker, the text following on the
  /// same line after a space (`■本报记者 某某 通讯员 某某　12月7日上午，…`), as a paper sets the
  /// credit at the head of the first paragraph: the credit (the longest run of words that is
  /// one, ``isCreditLine(_:)``) and the text after it, a sentence, or nil. A credit alone behind
  /// the marker is a credit line, and a photo's credit (`■记者 某某 摄`) no lead.
  static func markedCreditLead(_ paragraph: String) -> (String, String)? {
    // Most paragraphs open with no marker.
    guard let first = paragraph.unicodeScalars.first, briefMarkers.contains(first), paragraph.containsUTF8(" ")
    else { return nil }
    let unmarked = paragraph.unicodeScalars.dropFirst()
    let words = Substring(String(String.UnicodeScalarView(unmarked.prefix(160)))).split(separator: " ")
    guard words.count >= 2, creditRoles.contains(where: { words[0].hasPrefix($0) }),
      let credit = (1..<min(words.count, 9)).last(where: { isCreditLine(words[0..<$0].joined(separator: " ")) })
    else { return nil }
    let opening = words[credit]
    guard opening.unicodeScalars.count >= 6, opening.contains(where: { $0 == "，" || $0 == "。" }) else { return nil }
    let skipped = words[0..<credit].reduce(1) { $0 + $1.unicodeScalars.count + 1 }
    let rest = paragraph.unicodeScalars.dropFirst(skipped).drop { $0 == " " }
    return (words[0..<credit].joined(separator: " "), String(String.UnicodeScalarView(rest)))
  }

  /// A lead that is only the credit in brackets, without `本报讯` (`(记者 王某) 近日，…`,
  /// `（记者 王某 通讯员 李某）…`): the credit and the text after it, or nil. A credit alone in
  /// brackets closes an item (``trailingCredit(_:)``) and opens none.
  static func openingCredit(_ paragraph: String) -> (String, String)? {
    // Most paragraphs open with no bracket: `(` or the first byte of `（`.
    guard let first = paragraph.utf8.first, first == 0x28 || first == 0xEF,
      paragraph.hasUTF8Prefix("(") || paragraph.hasUTF8Prefix("（")
    else { return nil }
    let head = paragraph.unicodeScalars.dropFirst().prefix(40)
    guard let close = head.firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
    let credit = collapseSpaces(Substring(String(String.UnicodeScalarView(head[..<close]))))
    guard creditRoles.contains(where: { credit.hasUTF8Prefix($0) }), isCreditLine(credit) else { return nil }
    let rest = paragraph.unicodeScalars[paragraph.unicodeScalars.index(after: close)...].drop {
      $0 == " " || $0 == ":" || $0 == "："
    }
    guard rest.count >= 2 else { return nil }
    return (credit, String(String.UnicodeScalarView(rest)))
  }

  /// `本报讯 记者 孙某 正文…`: the words after `本报讯` that form a credit line (see
  /// ``isCreditLine(_:)``), and the text after them.
  static func extractUnbracketedByline(_ paragraph: String) -> (String, String)? {
    guard paragraph.hasPrefix("本报讯 ") else { return nil }
    // `本报讯 记者孔某 通讯员严某报道:今年以来…`: the credit runs to `报道：`, or to `报道` and a
    // space (`本报讯 通讯员某某 记者某某报道　近日，…`).
    let head = String(String.UnicodeScalarView(paragraph.unicodeScalars.dropFirst(4).prefix(40)))
    if let reported = head.range(of: "报道：") ?? head.range(of: "报道:") ?? head.range(of: "报道 ") {
      let credit = String(head[..<reported.lowerBound]).trimmingCharacters(in: .whitespaces)
      let rest = String(paragraph.unicodeScalars.dropFirst(4 + head[..<reported.upperBound].unicodeScalars.count))
      if isCreditLine(credit)
        || credit.split(separator: " ").allSatisfy({ w in creditRoles.contains { w.hasPrefix($0) } })
      {
        return (credit, rest)
      }
    }
    let words = paragraph.dropFirst("本报讯 ".count).split(separator: " ", omittingEmptySubsequences: true)
    // The longest run of leading words that is a credit (a role alone is not one).
    guard
      let credit = (1..<min(words.count, 9)).last(where: {
        isCreditLine(words[0..<$0].joined(separator: " "))
      })
    else { return nil }
    // `本报讯 记者 邵某 报道 11月17日，…`: `报道` closes the credit, and the text starts after it.
    let textStart = credit + 1 < words.count && words[credit] == "报道" ? credit + 1 : credit
    return (words[0..<credit].joined(separator: " "), words[textStart...].joined(separator: " "))
  }
}
