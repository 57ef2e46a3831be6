/// One article cut out of a bulletin page.
public struct SplitArticle: Hashable, Sendable {
  /// The headline, whitespace-normalised.
  public var title: String
  /// Body paragraphs joined by newlines, print breaks repaired, byline removed.
  public var body: String
  /// Reporter credit from the lead (`记者 张可馨`), if any.
  public var byline: String?
  /// The 1-based line of the page where the article starts.
  public var line: Int
}

/// Splits a plain-text bulletin page into headlined articles.
///
/// Two page shapes are recognised:
/// - **Block pages** (broadcast transcripts): articles are separated by blank lines; each block
///   is a headline line followed by its paragraphs.
/// - **Paragraph pages** (print dailies): every paragraph is followed by a blank line, or
///   lines run on without any. A headline is a short line without sentence punctuation
///   followed by a lead such as `本报讯(记者 …)`, `央视网消息…` or `新华社…`; a headline
///   wrapped over two lines, or with a kicker or a `——` subtitle, is up to three such lines,
///   joined by spaces. A credit line of its own (`记者 马某 通讯员 陈某`) serves as the lead
///   and becomes the byline. Print breaks leave lines that end mid-sentence; such a line is
///   joined to the next one. A `■`/`◆`/`●`/`▲`/`★` line opens a column of briefs (its own
///   article).
///
/// A short header line carrying the page date (`2023年10月13日 星期五`) or the page number
/// (`第3版 要闻`) before any article is not an article; print jump notes (`(下转第2版)`) are
/// not text.
///
/// - Complexity: O(n) in the page length.
public struct BulletinSplitter: Sendable {
  /// Creates a splitter.
  public init() {}

  struct Unit {
    var text: String
    var line: Int
    var blankBefore: Bool
  }

  /// Splits a page.
  ///
  /// - Parameter page: the page text (any line endings).
  /// - Returns: the articles in page order; empty for a page with no text.
  public func split(_ page: String) -> [SplitArticle] {
    let units = Self.units(of: page)
    guard !units.isEmpty else { return [] }
    var blocks: [[Unit]] = []
    for u in units {
      if u.blankBefore || blocks.isEmpty { blocks.append([u]) } else { blocks[blocks.count - 1].append(u) }
    }
    let multiLine = blocks.filter { $0.count > 1 }.count
    // Block pages put a lead under its headline, inside the block; a lead opening its block
    // means the headline stands apart, as print pages lay it out.
    let leadsOpeningBlocks = blocks.filter { Self.isAnchor($0[0].text) }.count
    let leadsUnderHeadlines = blocks.filter { $0.count > 1 && Self.isAnchor($0[1].text) }.count
    if blocks.count > 1 && multiLine * 2 >= blocks.count && leadsOpeningBlocks <= leadsUnderHeadlines {
      return splitBlocks(blocks)
    }
    return splitParagraphs(units)
  }

  /// The whole page as one article: the first line is the title unless it reads like body
  /// text, paragraphs are kept, print breaks are repaired.
  public func document(_ page: String, fallbackTitle: String) -> SplitArticle? {
    let units = Self.units(of: page)
    guard let first = units.first else { return nil }
    if Self.isHeadlineLike(first.text, strict: false), units.count > 1 {
      return SplitArticle(
        title: first.text, body: Self.joinParagraphs(units.dropFirst().map(\.text)), byline: nil,
        line: first.line)
    }
    return SplitArticle(
      title: fallbackTitle, body: Self.joinParagraphs(units.map(\.text)), byline: nil, line: 1)
  }

  private func splitBlocks(_ blocks: [[Unit]]) -> [SplitArticle] {
    var out: [SplitArticle] = []
    var pendingTitle: Unit? = nil
    for block in blocks {
      if block.count == 1, let only = block.first {
        if Self.isHeadlineLike(only.text, strict: false) {
          // Two headline-only blocks in a row: the first is an article without body.
          if let title = pendingTitle { out.append(Self.article(title: title, paragraphs: [])) }
          pendingTitle = only
        } else if !out.isEmpty {
          out[out.count - 1].body = Self.joinParagraphs(
            out[out.count - 1].body.split(separator: "\n").map(String.init) + [only.text])
        } else {
          out.append(Self.article(title: only, paragraphs: []))
        }
        continue
      }
      if let title = pendingTitle, !Self.isHeadlineLike(block[0].text, strict: false) {
        out.append(Self.article(title: title, paragraphs: block.map(\.text)))
      } else {
        if let title = pendingTitle { out.append(Self.article(title: title, paragraphs: [])) }
        out.append(Self.article(title: block[0], paragraphs: block.dropFirst().map(\.text)))
      }
      pendingTitle = nil
    }
    if let title = pendingTitle { out.append(Self.article(title: title, paragraphs: [])) }
    return out
  }

  private func splitParagraphs(_ units: [Unit]) -> [SplitArticle] {
    let hasLeads = units.contains { Self.isAnchor($0.text) }
    // headlineLines[i] > 0: a headline of that many lines starts at unit i.
    var headlineLines = [Int](repeating: 0, count: units.count)
    if hasLeads {
      var bodyStart = 0  // first unit after the previous headline
      for j in units.indices where Self.isAnchor(units[j].text) {
        let start = Self.headlineStart(beforeLead: j, after: bodyStart, in: units)
        if start < j { headlineLines[start] = j - start }
        bodyStart = j + 1
      }
      for i in units.indices where headlineLines[i] == 0 && Self.opensBriefs(units[i].text) {
        let inHeadline = (max(0, i - 2)..<i).contains { $0 + headlineLines[$0] > i }
        if !inHeadline { headlineLines[i] = 1 }
      }
    } else {
      for i in units.indices {
        let next = i + 1 < units.count ? units[i + 1] : nil
        let previousEnds = i == 0 || Self.endsSentence(units[i - 1].text)
        let isHeadline =
          Self.isHeadlineLike(units[i].text, strict: true) && previousEnds && next != nil
          && next.map { !Self.isHeadlineLike($0.text, strict: true) } == true
        if isHeadline { headlineLines[i] = 1 }
      }
    }
    var out: [SplitArticle] = []
    var title: Unit? = nil
    var paragraphs: [String] = []
    func flush() {
      if let t = title {
        out.append(Self.article(title: t, paragraphs: paragraphs))
      } else if !paragraphs.isEmpty {
        let first = Unit(text: "", line: units[0].line, blankBefore: false)
        out.append(Self.article(title: first, paragraphs: paragraphs))
      }
      title = nil
      paragraphs = []
    }
    var i = 0
    while i < units.count {
      let n = headlineLines[i]
      if n > 0 {
        flush()
        let lines = units[i..<(i + n)].map { Self.strippingBriefMarker($0.text) }
        title = Unit(text: lines.joined(separator: " "), line: units[i].line, blankBefore: units[i].blankBefore)
        i += n
      } else {
        paragraphs.append(units[i].text)
        i += 1
      }
    }
    flush()
    return out
  }

  /// Where the headline of the lead at `lead` starts: the line just before the lead when it
  /// reads like a headline, extended back over up to two more headline lines (a wrapped
  /// headline, a kicker, a subtitle) that cannot be the end of the previous article's body.
  /// Returns `lead` when there is no headline.
  static func headlineStart(beforeLead lead: Int, after bodyStart: Int, in units: [Unit]) -> Int {
    guard lead - 1 >= bodyStart, isHeadlineLike(units[lead - 1].text, strict: false) else { return lead }
    var start = lead - 1
    while start - 1 >= bodyStart, lead - (start - 1) <= 3 {
      let candidate = units[start - 1].text
      guard isHeadlineLike(candidate, strict: true), !isAside(candidate) else { break }
      // A body line cut by a print break would continue the line before it.
      if start - 2 >= bodyStart, !endsSentence(units[start - 2].text) { break }
      // The previous article needs a body: its lead is not a headline line.
      if start - 1 == bodyStart, bodyStart > 0 { break }
      start -= 1
    }
    return start
  }

  /// A bracketed note or a credit line (`(完)`, `（记者 王青）`, `编辑：张三`), never part of a headline.
  static func isAside(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return true }
    return first == "(" || first == "（" || text.unicodeScalars.contains { $0 == ":" || $0 == "：" }
  }

  static let briefMarkers: Set<Unicode.Scalar> = ["■", "◆", "●", "▲", "★", "□", "◇"]

  /// Whether a line is a column heading of briefs (`■短讯`).
  static func opensBriefs(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, briefMarkers.contains(first) else { return false }
    return isHeadlineLike(strippingBriefMarker(text), strict: false)
  }

  static func strippingBriefMarker(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, briefMarkers.contains(first) else { return text }
    return collapseSpaces(Substring(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))))
  }

  // MARK: - Pieces

  static func units(of page: String) -> [Unit] {
    var out: [Unit] = []
    var blank = false
    var lineNumber = 0
    for raw in page.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    {
      lineNumber += 1
      let text = removingPageJumps(collapseSpaces(raw))
      if text.isEmpty {
        blank = true
        continue
      }
      if out.isEmpty, text.unicodeScalars.count <= 24,
        (try? DateExtraction.date(fromHeaderLine: text)) != nil || isPageNumberLine(text)
      {
        blank = true
        continue
      }
      out.append(Unit(text: text, line: lineNumber, blankBefore: blank || out.isEmpty))
      blank = false
    }
    return out
  }

  /// The line without print jump notes (`(下转第2版)`, `（上接第1版）`), which say where the
  /// article goes on in the printed paper and are not its text.
  static func removingPageJumps(_ line: String) -> String {
    guard line.contains("版") else { return line }
    let scalars = Array(line.unicodeScalars)
    let jumps = ["上接", "下转", "紧接", "转", "接"].map { Array($0.unicodeScalars) }
    let numerals = Set("0123456789０１２３４５６７８９一二三四五六七八九十".unicodeScalars)
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
            while j < scalars.count, numerals.contains(scalars[j]) { j += 1 }
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

  /// Whether a line is a page number with an optional section name (`第3版 要闻`, `第 03 版：综合`).
  static func isPageNumberLine(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.filter { $0 != " " })
    guard scalars.first == "第", let ban = scalars.firstIndex(of: "版"), ban > 1 else { return false }
    let numerals = "0123456789０１２３４５６７８９一二三四五六七八九十".unicodeScalars
    return scalars[1..<ban].allSatisfy { numerals.contains($0) }
  }

  /// Trims the line, removes BOM/zero-width characters and collapses runs of spaces to one.
  static func collapseSpaces(_ line: Substring) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for u in line.unicodeScalars {
      switch u.value {
      case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060: continue
      case 0x20, 0x09, 0x3000, 0xA0:
        pendingSpace = !out.isEmpty
      default:
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(u)
      }
    }
    return String(out)
  }

  static let sentenceEnders: Set<Unicode.Scalar> = [
    "。", "！", "？", "!", "?", "；", ";", "…", "”", "\"", "」", "』", "）", ")", "】", "：", ":", "》",
  ]
  static let innerStops: Set<Unicode.Scalar> = ["。", "！", "？", "；"]
  static let looseHeadlineStops: Set<Unicode.Scalar> = ["。", "；"]
  static let commas: Set<Unicode.Scalar> = ["，", ",", "、"]

  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return true }
    return sentenceEnders.contains(last)
  }

  static func isHeadlineLike(_ text: String, strict: Bool) -> Bool {
    let scalars = text.unicodeScalars
    let n = scalars.count
    guard n >= 2, n <= (strict ? 40 : 64) else { return false }
    if let last = scalars.last, last == "。" || last == "；" || last == ";" || last == "：" || last == "," || last == "，" {
      return false
    }
    // A loose headline may exclaim or ask (`老旧小区如何焕新？`); only a full stop or a
    // semicolon marks a sentence of body text.
    let stops = strict ? innerStops : looseHeadlineStops
    if scalars.contains(where: { stops.contains($0) }) { return false }
    if strict && scalars.contains(where: { commas.contains($0) }) { return false }
    return !isAnchor(text)
  }

  static let leadPrefixes = [
    "本报讯", "本报记者", "央视网消息", "新华社", "新华网", "人民网", "中新社", "中新网", "光明网", "据新华社",
    "人民日报", "央广网", "中国日报网",
  ]

  /// Whether a line opens an article body: a lead (``isLead(_:)``) or a credit line of its
  /// own (``isCreditLine(_:)``).
  static func isAnchor(_ text: String) -> Bool {
    isLead(text) || isCreditLine(text)
  }

  static let creditRoles = [
    "本报记者", "本报通讯员", "见习记者", "实习记者", "特约记者", "通讯员", "实习生", "记者",
  ]

  /// Whether a line is only a reporter credit (`记者 马某 通讯员 陈某`, `本报记者王某`), as print
  /// pages set it between headline and body: space-separated words, the first a role, each
  /// either a role, a role with a name, or a name (two to four ideographs, or a longer one
  /// with `·`). A body line cut by a print break (`记者从区发改委获悉`) is not one.
  static func isCreditLine(_ text: String) -> Bool {
    guard text.unicodeScalars.count <= 40 else { return false }
    var names = 0
    for (i, word) in text.split(separator: " ").enumerated() {
      let role = creditRoles.first { word.hasPrefix($0) }
      if i == 0 && role == nil { return false }
      let rest = role.map { word.dropFirst($0.count) } ?? word[...]
      if rest.isEmpty { continue }
      guard isPersonalName(rest) else { return false }
      names += 1
    }
    return names > 0
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
    if leadPrefixes.contains(where: { text.hasPrefix($0) }) { return true }
    let head = String(String.UnicodeScalarView(text.unicodeScalars.lazy.filter { $0 != " " }.prefix(16)))
    return head.contains("讯(") || head.contains("讯（") || head.contains("日电(") || head.contains("日电（")
  }

  /// Joins paragraphs, merging a paragraph that ends mid-sentence with the next one.
  static func joinParagraphs(_ paragraphs: [String]) -> String {
    var merged: [String] = []
    for p in paragraphs {
      if let last = merged.last, !endsSentence(last) {
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

  static func article(title: Unit, paragraphs: [String]) -> SplitArticle {
    var paragraphs = paragraphs
    var byline: String? = nil
    if let first = paragraphs.first, isCreditLine(first) {
      byline = first
      paragraphs.removeFirst()
    } else if let first = paragraphs.first, let (credit, rest) = extractByline(first) {
      byline = credit
      paragraphs[0] = rest
      if rest.isEmpty { paragraphs.removeFirst() }
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
