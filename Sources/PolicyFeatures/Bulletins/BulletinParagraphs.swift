import PolicyCore

/// How the splitter joins the lines of an article's text into paragraphs again: lines a print
/// break or a hard wrap cut (`joinParagraphs`), a page hard-wrapped at one width
/// (`joiningWrappedParagraphs`), and what stands apart although it ends no sentence (rows of a
/// list or a table, fields of a form, subheadings).
extension BulletinSplitter {
  /// Joins paragraphs, merging a paragraph that ends mid-sentence with the next one.
  ///
  /// When `headingsStand` (the text is set one paragraph a line, as transcripts and web copy
  /// are: no print break cuts its lines), a line that reads like a headline is a heading over
  /// the next paragraph (`…开市首日走势平稳`, then `今天（1月15日），…` in a round-up of briefs),
  /// never the first half of a sentence.
  static func joinParagraphs(_ paragraphs: [String], headingsStand: Bool = false) -> String {
    var merged: [String] = []
    let rows = listRows(paragraphs)
    // Whether the last paragraph is a row of a table under another row: the table's last row
    // ends no sentence, and the text after the table starts a paragraph of its own.
    var underTableRow = false
    let cutAtQuotedTerm = linesCutAtQuotedTerm(paragraphs)
    for (k, p) in paragraphs.enumerated() {
      // A short headline-like paragraph after a finished one is a subheading when what follows
      // opens a paragraph of its own (no punctuation first): a print break leaves a full line.
      let startsParagraph = merged.count >= 2 && endsSentence(merged[merged.count - 2])
      // (Asked only where it can matter: two finished paragraphs are never joined.)
      let tableRow = merged.last.map { (!endsSentence($0) || !endsSentence(p)) && isTableRow($0, over: p) } ?? false
      defer { underTableRow = tableRow }
      if let last = merged.last, !endsSentence(last) || cutAtQuotedTerm.contains(k - 1), !isFreestanding(last),
        !isFreestanding(p),
        !(headingsStand && isHeadlineLike(last, strict: true)),
        !isSubheading(last, before: p), !(startsParagraph && isSubheading(last, over: p)), !(rows[k] && rows[k - 1]),
        !(isFieldLine(last) && isFieldLine(p)), !tableRow, !underTableRow, !closesFieldList(merged),
        !isNextBullet(p, after: last)
      {
        merged[merged.count - 1] = joiningBrokenLine(last, p)
      } else {
        merged.append(p)
      }
    }
    return merged.joined(separator: "\n")
  }

  /// The lines of a hard-wrapped text that the wrap cut right after a quoted term
  /// (`…推动茶叶产业从“卖原料”`, then `向“卖品牌”转变，…`): a line ending with a quoted term
  /// (``endsWithQuotedTerm(_:)``) as wide as the text's wrap width (the commonest width of
  /// lines twelve characters or wider, within two characters), in a text whose lines are most
  /// of them that wide, three at least (a text set one paragraph a line has headings that end
  /// with a quoted term, `…推出融媒体栏目“…”`, and few lines of one width). A closing
  /// quote ends a sentence only when a stop precedes it, and a line that ends a paragraph
  /// early is short of the margin.
  static func linesCutAtQuotedTerm(_ lines: [String]) -> Set<Int> {
    // A closing quote's last byte (`”` `’` `」` `』` `"`) first: most lines end otherwise.
    let candidates = lines.indices.filter { k in
      lines[k].utf8.last.map { [0x9D, 0x99, 0x8D, 0x8F, 0x22].contains($0) } == true && endsWithQuotedTerm(lines[k])
    }
    guard !candidates.isEmpty else { return [] }
    let widths = lines.map { line in
      var line = line
      return line.withUTF8 { printedWidth($0) }
    }
    guard let wrap = commonestWidth(widths) else { return [] }
    let atWrap = widths.filter { abs($0 - wrap) <= 4 }.count
    guard atWrap >= 3, atWrap * 2 > lines.count else { return [] }
    return Set(candidates.filter { abs(widths[$0] - wrap) <= 4 && $0 + 1 < lines.count })
  }

  /// Whether a line is the next item of a bulleted list (`●整治入河排污口217个`, under
  /// `●2019年以来累计投入…`): it opens with the bullet the line above opened with. An item ends
  /// no sentence, but a print break never sets a bullet at a line's start.
  static func isNextBullet(_ line: String, after last: String) -> Bool {
    guard let bullet = line.unicodeScalars.first, briefMarkers.contains(bullet) else { return false }
    return last.unicodeScalars.first == bullet
  }

  /// Two pieces of one sentence a print break cut apart, joined again: without a space, but for
  /// two Latin words, or two credits of a lead or of a closing credit the break cut between
  /// (`本报讯(记者 某某`, then `通讯员 某某)…`; `…。(通讯员 某某`, then `记者 某某)`: the space the
  /// break took).
  static func joiningBrokenLine(_ last: String, _ next: String) -> String {
    let needsSpace =
      (last.unicodeScalars.last.map { $0.isASCII && $0.properties.isAlphabetic } ?? false)
      && (next.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } ?? false)
      || (opensWithRole(next) && !last.hasUTF8Suffix(" ") && (opensUnclosedCredit(last) || endsInUnclosedCredit(last)))
    return last + (needsSpace ? " " : "") + next
  }

  /// How wide a line of the page is printed, in half-widths: two for an ideograph (or any
  /// character beyond ASCII), one for an ASCII character; trailing spaces do not count. A line
  /// longer than any column (over 240 bytes) is a paragraph set on one line: 0, not measured.
  static func printedWidth(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    guard raw.count <= longestColumnLine else { return 0 }
    var end = raw.count
    while end > 0, raw[end - 1] == 0x20 || raw[end - 1] == 0x09 { end -= 1 }
    var width = 0
    for byte in raw[0..<end] { width += byte < 0x80 ? 1 : byte >= 0xC0 ? 2 : 0 }
    return width
  }

  /// The units with each paragraph's lines joined again, on a page whose paragraphs are
  /// hard-wrapped at one width and set apart by blank lines (`　　今年以来，…推动区`, `属国有企业…`,
  /// then a blank line): a paragraph's first line reads like a headline over text on its own
  /// (a short, unpunctuated one even ends no sentence), so the lines of a run that reaches the
  /// right margin are one paragraph, up to the first line short of it. A headline is short of
  /// the margin, and a lead or a subtitle under it starts a paragraph of its own. A page set
  /// with one paragraph a line, or with paragraphs running on without blank lines, is left as
  /// it is.
  static func joiningWrappedParagraphs(_ units: [Unit]) -> [Unit] {
    guard units.count >= 8, let margin = wrapWidth(of: units) else { return units }
    // Within two characters of the wrap width.
    func reachesMargin(_ unit: Unit) -> Bool { abs(unit.width - margin) <= 4 }
    // Paragraphs end at blank lines: three in four lines that end a run at the margin are
    // followed by one (or by the page's end).
    var ends = 0
    var endsAtBlank = 0
    for k in units.indices.dropFirst() where reachesMargin(units[k - 1]) && !reachesMargin(units[k]) {
      guard !units[k].blankBefore else { continue }
      ends += 1
      if k + 1 == units.count || units[k + 1].blankBefore { endsAtBlank += 1 }
    }
    guard ends >= 2, endsAtBlank * 4 >= ends * 3 else { return units }
    let indents = indentsParagraphs(units)
    var out: [Unit] = []
    out.reserveCapacity(units.count)
    var joinsNext = false
    for unit in units {
      if joinsNext, !unit.blankBefore, !isAnchor(unit.text), !isSubtitle(unit.text), var last = out.popLast() {
        last.text = joiningBrokenLine(last.text, unit.text)
        last.width = unit.width
        // A jump note under the paragraph's last line ends the paragraph.
        last.continuesElsewhere = unit.continuesElsewhere
        out.append(last)
      } else {
        out.append(unit)
      }
      // On a page that indents its paragraphs, a headline as wide as the text (no comma, no
      // stop, first in its block, not indented as a paragraph is) runs on into nothing. On one
      // that indents none, nothing tells such a line from a paragraph's first line but the
      // line under it in its block: the paragraph's, wrapped.
      joinsNext =
        reachesMargin(unit)
        && !(indents && unit.blankBefore && !unit.indented && isHeadlineLike(unit.text, strict: true))
    }
    return out
  }

  /// Whether a page indents its paragraphs' first lines: two blocks or more open with an
  /// indented line. (A page that indents none sets its headlines flush like its text.)
  static func indentsParagraphs(_ units: [Unit]) -> Bool {
    var indented = 0
    for unit in units where unit.blankBefore && unit.indented {
      indented += 1
      if indented == 2 { return true }
    }
    return false
  }

  /// The width a page's text is wrapped at, in half-widths: the commonest width of its lines
  /// twelve characters wide or wider (a narrow column's too), when a third of the page's lines (six at least) are
  /// within two characters of it; nil for a page set with one paragraph a line. A page wrapped
  /// at a width sets few lines far wider (half as wide again, or a paragraph on one line longer
  /// than any column, ``printedWidth(_:)``): as many of them as there are
  /// lines near the width are paragraphs of one line each, the near ones headlines of one
  /// length (an e-mailed digest's titles over their paragraphs).
  static func wrapWidth(of units: [Unit]) -> Int? {
    guard let commonest = commonestWidth(units.lazy.map { $0.width }) else { return nil }
    var near = 0
    var wider = 0
    for unit in units {
      if abs(unit.width - commonest) <= 4 {
        near += 1
      } else if unit.width * 2 > commonest * 3 || (unit.width == 0 && unit.text.utf8.count > longestColumnLine) {
        wider += 1
      }
    }
    return near >= 6 && near * 3 >= units.count && wider < near ? commonest : nil
  }

  /// The commonest of the widths of lines twelve characters wide or wider (24 half-widths), the
  /// wider one on a tie: the width a text is wrapped at, if it is (see ``wrapWidth(of:)``).
  static func commonestWidth(_ widths: some Sequence<Int>) -> Int? {
    var counts: [Int: Int] = [:]
    for width in widths where width >= 24 { counts[width, default: 0] += 1 }
    return counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key
  }

  /// Whether a line is a field of a form or a notice: a label of two to six ideographs, a
  /// colon, then its value (`建设地点：城东路18号`). Two such lines in a row are two fields, not
  /// a sentence a print break cut.
  static func isFieldLine(_ text: String) -> Bool {
    guard let colon = text.unicodeScalars.prefix(7).firstIndex(where: { $0 == "：" || $0 == ":" }) else {
      return false
    }
    let label = text.unicodeScalars[..<colon]
    return (2...6).contains(label.count) && label.allSatisfy { $0.isMainBlockIdeograph }
      && text.unicodeScalars.index(after: colon) < text.unicodeScalars.endIndex
  }

  /// Whether the paragraphs so far end with a list of fields (two field lines or more,
  /// ``isFieldLine(_:)``: `体育类：篮球、跳绳`, `艺术类：合唱、剪纸`), the last holding no comma: a list
  /// ends no sentence, and the paragraph after its last row starts one of its own, as the text
  /// after a table's last row does. (A field's value that a print break cut runs on after a
  /// comma, or stands alone as the only field.)
  static func closesFieldList(_ merged: [String]) -> Bool {
    guard merged.count >= 2, let last = merged.last, isFieldLine(last), isFieldLine(merged[merged.count - 2]) else {
      return false
    }
    return !last.unicodeScalars.contains { $0 == "，" || $0 == "," }
  }

  /// Whether two lines are rows of one table: three or more cells set apart by spaces, as many
  /// in each (see ``isTableHeader(_:over:)``).
  static func isTableRow(_ text: String, over next: String) -> Bool {
    guard text.utf8.count <= 4 * 60, text.containsUTF8(" "), next.containsUTF8(" ") else { return false }
    let cells = text.split(separator: " ")
    guard cells.count >= 3, cells.allSatisfy({ $0.hasAtMostScalars(16) }) else { return false }
    // Cells hold no sentences: a headline over its text may have as many spaces.
    let sentence: (Unicode.Scalar) -> Bool = { innerStops.contains($0) || $0 == "，" || $0 == "," }
    return next.split(separator: " ").count == cells.count && !text.unicodeScalars.contains(where: sentence)
      && !next.unicodeScalars.contains(where: sentence)
  }

  /// Which paragraphs are rows of a list (`青峰街道幸福里社区党委`, `澄湖镇新河村党总支`, …) or lines of
  /// verse: three or more short lines in a row without any punctuation, so they are not
  /// joined to one another as print breaks. Not such a run, though, when it comes straight
  /// after a full stop (a list follows its heading or a colon; text extracted line by line
  /// breaks a sentence into short pieces: `党的十八届六中全会` / `正式明确` / `习近平` / `总书记的…`), or
  /// when its lines but the last are all as wide as one another and at least eight
  /// characters (a narrow column's print breaks).
  static func listRows(_ paragraphs: [String]) -> [Bool] {
    var rows = [Bool](repeating: false, count: paragraphs.count)
    var runStart = 0
    for k in 0...paragraphs.count {
      if k < paragraphs.count, isRowShaped(paragraphs[k]) { continue }
      let run = runStart..<k
      if run.count >= 3, !(runStart > 0 && endsWithFullStop(paragraphs[runStart - 1])),
        !isWrappedAtOneWidth(paragraphs[run])
      {
        rows.replaceSubrange(run, with: repeatElement(true, count: run.count))
      }
      runStart = k + 1
    }
    return rows
  }

  /// Whether a paragraph ends with a full stop (`。！？`), not a colon, bracket or quote.
  static func endsWithFullStop(_ text: String) -> Bool {
    text.unicodeScalars.last.map { "。！？!?".unicodeScalars.contains($0) } ?? false
  }

  /// Whether lines all but the last have one width of eight or more characters, as the
  /// lines of a paragraph broken at a column's edge do.
  static func isWrappedAtOneWidth(_ lines: ArraySlice<String>) -> Bool {
    let widths = lines.dropLast().map { $0.unicodeScalars.count }
    return widths.count >= 2 && widths.allSatisfy { $0 == widths[0] } && widths[0] >= 8
  }

  /// Whether a paragraph could be a row of a list: two to twenty characters, no punctuation.
  static func isRowShaped(_ text: String) -> Bool {
    guard text.utf8.count <= 80 else { return false }
    let count = text.unicodeScalars.count
    return count >= 2 && count <= 20 && !text.unicodeScalars.contains { $0.properties.isPunctuationLike }
  }

  /// Whether a short headline line heads the paragraph after it, rather than being cut from it
  /// by a print break: the paragraph opens the way a new one does (`今年以来，`, `5月20日，`).
  static func isSubheading(_ text: String, before next: String) -> Bool {
    text.hasAtMostScalars(16) && isHeadlineLike(text, strict: true) && BulletinSplitter.opensLeadlessArticle(next)
  }

  /// Function words that open a sentence but hardly a heading (see ``isSubheading(_:over:)``).
  static let sentenceOpeners = ScalarBitmap("在要对把将和与及并而但的了是".unicodeScalars)

  /// Words that open headings although their first character is one of ``sentenceOpeners``:
  /// `要素保障更加有力`, `对外开放迈出新步伐`, `和美乡村入画来`.
  static let headingWordsOnOpeners: Set<String> = [
    "要素", "要点", "对外", "对口", "对接", "在线", "和美", "和谐", "并网", "并购", "与会",
  ]

  /// Whether a line opens with a function word that starts a sentence rather than a heading.
  static func opensWithSentenceOpener(_ text: String) -> Bool {
    guard let opening = text.unicodeScalars.first, sentenceOpeners.contains(opening) else { return false }
    return !headingWordsOnOpeners.contains(String(String.UnicodeScalarView(text.unicodeScalars.prefix(2))))
  }

  /// Whether a short headline line that starts a paragraph heads the paragraph after it: that
  /// paragraph opens with a word or a number (`52岁的…`), not punctuation, and is finished, a
  /// paragraph of its own. A line of fewer than four characters (`一是`) or one that opens
  /// with a function word (`在…`, `要…`, but not `要素…`) starts a sentence instead.
  static func isSubheading(_ text: String, over next: String) -> Bool {
    let count = text.unicodeScalars.count
    guard count >= 4, count <= 16, next.unicodeScalars.count > 16, endsSentence(next),
      !opensWithSentenceOpener(text),
      let first = next.unicodeScalars.first,
      first.properties.isAlphabetic || first.properties.numericType == .decimal || first == "“" || first == "\"",
      let last = text.unicodeScalars.last, last.properties.isAlphabetic || "”’」』）)》".unicodeScalars.contains(last)
    else { return false }
    return isHeadlineLike(text, strict: true)
  }
}
