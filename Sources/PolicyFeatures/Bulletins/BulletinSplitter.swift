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
///   article). A column label (`短评`, `【编者按】`) over a headline joins it, and opens an
///   article even when no lead follows (on block pages too).
///
/// A short header line carrying the page date (`2023年10月13日 星期五`) or the page number
/// (`第3版 要闻`), or a dated masthead (`青澜日报 2023年10月13日 星期五 第3版 要闻`), before any
/// article is not an article; print jump notes (`(下转第2版)`) and page staff credits
/// (`责任编辑：周某  校对：许某`) are not text.
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
    for var block in blocks {
      // A column label (`短评`) over a headline, in the block or the one before: one title.
      if let label = pendingTitle, Self.isColumnLabel(label.text), Self.isHeadlineLike(block[0].text, strict: false) {
        block[0] = Self.labelled(block[0], by: label)
        pendingTitle = nil
      } else if block.count >= 3, Self.isColumnLabel(block[0].text), Self.isHeadlineLike(block[1].text, strict: false) {
        block[1] = Self.labelled(block[1], by: block[0])
        block.removeFirst()
      }
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

  /// `headline` with a column label in front (`短评 让改革成果惠及更多群众`), where the label stood.
  static func labelled(_ headline: Unit, by label: Unit) -> Unit {
    Unit(text: label.text + " " + headline.text, line: label.line, blankBefore: label.blankBefore)
  }

  private func splitParagraphs(_ units: [Unit]) -> [SplitArticle] {
    // headlineLines[i] > 0: a headline of that many lines starts at unit i.
    let headlineLines =
      units.contains { Self.isAnchor($0.text) } ? Self.headlinesAtLeads(units) : Self.headlinesWithoutLeads(units)
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

  /// Headlines of a page with leads (or credit lines): the lines just above each lead, a
  /// `■` briefs heading, and the page's first line when text comes before the first of those.
  static func headlinesAtLeads(_ units: [Unit]) -> [Int] {
    var headlineLines = [Int](repeating: 0, count: units.count)
    var bodyStart = 0  // first unit after the previous lead
    for j in units.indices where isAnchor(units[j].text) {
      let start = headlineStart(beforeLead: j, after: bodyStart, in: units)
      if start < j { headlineLines[start] = j - start }
      bodyStart = j + 1
    }
    for i in units.indices where headlineLines[i] == 0 && opensBriefs(units[i].text) {
      let inHeadline = (max(0, i - 2)..<i).contains { $0 + headlineLines[$0] > i }
      if !inHeadline { headlineLines[i] = 1 }
    }
    // A column label over a headline and body without a lead (`短评`, then the commentary's
    // headline and text) starts an article of its own, not more of the article before it.
    for i in units.indices.dropLast(2) where headlineLines[i] == 0 && isColumnLabel(units[i].text) {
      let inHeadline = (max(0, i - 2)..<i).contains { $0 + headlineLines[$0] > i }
      let previousEnds = i == 0 || endsSentence(units[i - 1].text)
      guard !inHeadline, previousEnds, headlineLines[i + 1] == 0, headlineLines[i + 2] == 0,
        isHeadlineLike(units[i + 1].text, strict: false), !isHeadlineLike(units[i + 2].text, strict: false)
      else { continue }
      headlineLines[i] = 2
    }
    // Text before the first headline found (a commentary without a lead, say) still has its
    // own headline when the page opens with one.
    if let first = headlineLines.firstIndex(where: { $0 > 0 }), first >= 2,
      isHeadlineLike(units[0].text, strict: true), !isHeadlineLike(units[1].text, strict: true)
    {
      headlineLines[0] = 1
    }
    return headlineLines
  }

  /// Headlines of a page without leads: short lines without commas after a finished sentence
  /// and before body text.
  static func headlinesWithoutLeads(_ units: [Unit]) -> [Int] {
    var headlineLines = units.indices.map { i in
      let next = i + 1 < units.count ? units[i + 1] : nil
      let previousEnds = i == 0 || endsSentence(units[i - 1].text)
      let isHeadline =
        isHeadlineLike(units[i].text, strict: true) && previousEnds && next != nil
        && next.map { !isHeadlineLike($0.text, strict: true) } == true
      return isHeadline ? 1 : 0
    }
    // A column label (`短评`) over a headline and body belongs to the headline.
    for i in units.indices.dropLast(2) where isColumnLabel(units[i].text) {
      guard i == 0 || endsSentence(units[i - 1].text), isHeadlineLike(units[i + 1].text, strict: true),
        !isHeadlineLike(units[i + 2].text, strict: true)
      else { continue }
      headlineLines[i] = 2
      headlineLines[i + 1] = 0
    }
    return headlineLines
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
      // The previous article needs a body: its lead is not a headline line.
      if start - 1 == bodyStart, bodyStart > 0 { break }
      // A body line cut by a print break would continue the line before it, unless that line
      // is the headline's first (a kicker): a headline line right after a finished sentence.
      if start - 2 >= bodyStart, !endsSentence(units[start - 2].text) {
        let kicker = start - 2
        let kickerText = units[kicker].text
        let afterSentence = kicker == bodyStart ? bodyStart == 0 : endsSentence(units[kicker - 1].text)
        if lead - kicker <= 3, afterSentence, isHeadlineLike(kickerText, strict: true), !isAside(kickerText) {
          start = kicker
        }
        break
      }
      start -= 1
    }
    return start
  }
}
