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
/// - **Paragraph pages** (print dailies): every paragraph is followed by a blank line. A
///   headline is a short line without sentence punctuation followed by a lead such as
///   `本报讯(记者 …)`, `央视网消息…` or `新华社…`. Print breaks leave paragraphs that end
///   mid-sentence; such a paragraph is joined to the next one.
///
/// A short header line carrying the page date (`2023年10月13日 星期五`) is not an article.
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
    if blocks.count > 1 && multiLine * 2 >= blocks.count {
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
    let hasLeads = units.contains { Self.isLead($0.text) }
    var headlineAt = [Bool](repeating: false, count: units.count)
    for i in units.indices {
      let u = units[i]
      let next = i + 1 < units.count ? units[i + 1] : nil
      if hasLeads {
        headlineAt[i] =
          Self.isHeadlineLike(u.text, strict: false) && next.map { Self.isLead($0.text) } == true
      } else {
        let previousEnds = i == 0 || Self.endsSentence(units[i - 1].text)
        headlineAt[i] =
          Self.isHeadlineLike(u.text, strict: true) && previousEnds && next != nil
          && next.map { !Self.isHeadlineLike($0.text, strict: true) } == true
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
    for (i, u) in units.enumerated() {
      if headlineAt[i] {
        flush()
        title = u
      } else {
        paragraphs.append(u.text)
      }
    }
    flush()
    return out
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
      let text = collapseSpaces(raw)
      if text.isEmpty {
        blank = true
        continue
      }
      if out.isEmpty, (try? DateExtraction.date(fromHeaderLine: text)) != nil,
        text.unicodeScalars.count <= 24
      {
        blank = true
        continue
      }
      out.append(Unit(text: text, line: lineNumber, blankBefore: blank || out.isEmpty))
      blank = false
    }
    return out
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
    if scalars.contains(where: { innerStops.contains($0) }) { return false }
    if strict && scalars.contains(where: { commas.contains($0) }) { return false }
    return !isLead(text)
  }

  static let leadPrefixes = [
    "本报讯", "本报记者", "央视网消息", "新华社", "新华网", "人民网", "中新社", "中新网", "光明网", "据新华社",
    "人民日报", "央广网", "中国日报网",
  ]

  /// Whether a paragraph opens an article body (`本报讯(记者 …)`, `央视网消息…`, `XX讯(`).
  static func isLead(_ text: String) -> Bool {
    if leadPrefixes.contains(where: { text.hasPrefix($0) }) { return true }
    let head = String(text.unicodeScalars.prefix(14))
    return head.contains("讯(") || head.contains("讯（") || head.contains("电(") || head.contains("电（")
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
    if let first = paragraphs.first, let (credit, rest) = extractByline(first) {
      byline = credit
      paragraphs[0] = rest
      if rest.isEmpty { paragraphs.removeFirst() }
    }
    return SplitArticle(
      title: title.text, body: joinParagraphs(paragraphs), byline: byline, line: title.line)
  }

  /// Splits `本报讯(周茜 记者 吉宇)正文…` into the credit and the rest of the paragraph.
  static func extractByline(_ paragraph: String) -> (String, String)? {
    let scalars = Array(paragraph.unicodeScalars)
    guard let open = scalars.prefix(14).firstIndex(where: { $0 == "(" || $0 == "（" }),
      open > 0, scalars[open - 1] == "讯"
    else { return nil }
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
}
