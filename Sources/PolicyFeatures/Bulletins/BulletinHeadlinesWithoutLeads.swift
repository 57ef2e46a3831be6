import PolicyCore

/// How the splitter tells a headline without a lead: on a page without leads
/// (`headlinesWithoutLeads(_:)`), and the tests the marking at leads asks of such a headline
/// further on, whether the text under it breaks into or wraps into text, closes with its own
/// credit, or starts a short item of its own.
extension BulletinSplitter {
  /// Whether the unit at `k` is an item's credit on an unindented line of its own
  /// (`（记者 某某）`, `某某 摄`) under an indented paragraph: how a page that indents its paragraphs
  /// and not its headlines closes an item.
  static func closesWithCreditLine(_ k: Int, in units: [Unit]) -> Bool {
    k >= 1 && !units[k].indented && units[k - 1].indented && isClosingCredit(units[k].text)
  }

  /// Whether the units at `i` and `i + 1` are a headline of two lines (a kicker over the
  /// headline, `…宣传周`, then `…进校园`, or one headline wrapped) heading a news item without a
  /// lead: the item above closes with its credit, on a line of its own (`（记者 某某）` under an
  /// indented paragraph) or at the end of its last paragraph, indented (`…全覆盖。（记者 某某）`,
  /// or a photo's caption closing with its photographer, `…采摘。 记者 某某 摄`),
  /// neither line is indented as a paragraph is, and the text under them, indented, opens as a
  /// news item does (`4月14日，…`, ``opensLikeNewsItem(_:)``) or closes with a credit of its own
  /// (``closesOwnCredit(under:in:_:_:)``). A feature's subheadings stand under no credit.
  static func opensNewsItemUnderTwoLines(at i: Int, in units: [Unit], _ headlineLines: [Int], _ anchors: [Bool])
    -> Bool
  {
    guard i + 2 < units.count, headlineLines[i + 2] == 0, !anchors[i + 2],
      !units[i].indented, !units[i + 1].indented, units[i + 2].indented, isStandaloneHeadline(units[i + 1].text)
    else { return false }
    if closesWithCreditLine(i - 1, in: units) { return opensLikeNewsItem(units[i + 2].text) }
    guard units[i].blankBefore, units[i - 1].indented,
      closesWithCredit(units[i - 1].text) || endsWithPhotoCredit(units[i - 1].text)
    else { return false }
    return opensLikeNewsItem(units[i + 2].text) || closesOwnCredit(under: i + 2, in: units, headlineLines, anchors)
  }

  /// Whether the text from unit `start` up to the next lead, credit line or headline (twelve
  /// units at most) closes with a credit of its own (`…频次。（记者 某某）`), as each item of a
  /// page of credited news items does.
  static func closesOwnCredit(under start: Int, in units: [Unit], _ headlineLines: [Int], _ anchors: [Bool]) -> Bool {
    var last = start
    while last + 1 < units.count, last + 1 - start < 12, headlineLines[last + 1] == 0, !anchors[last + 1],
      !isStandaloneHeadline(units[last + 1].text)
    {
      last += 1
    }
    return closesWithCredit(units[last].text)
  }

  /// Whether the unit at `k` is a signature closing a signed piece: an author's line
  /// (``signatureAuthor(_:)``) or the note of the author's unit (``isAuthorUnitNote(_:)``) under
  /// a finished sentence (or under another such line), not under a headline: a headline that
  /// ends with a quoted term (`算好便民的“时间账”`) finishes no sentence.
  static func closesSignedPiece(_ k: Int, in units: [Unit]) -> Bool {
    guard k >= 1, isAuthorUnitNote(units[k].text) || signatureAuthor(units[k].text) != nil else { return false }
    let above = units[k - 1].text
    return (endsSentence(above) && !endsWithQuotedTerm(above)) || isAuthorUnitNote(above)
      || signatureAuthor(above) != nil
  }

  /// Whether the headline line at `i`, after a news item with a lead or a credit and no
  /// subheading, heads a short item of its own without lead or credit (a notice, a warning)
  /// rather than the news item's first subheading. `item` holds the units under the line up
  /// to the next lead or headline line (twelve at most).
  ///
  /// The line stands alone as a headline (no closing punctuation, no comma; not as wide as the
  /// page's hard-wrapped text, and no editor's note under it, which a series' label stands
  /// over); under it is a short block of text (one or two finished paragraphs, a column break
  /// may cut one in two) up to the page's end, a lead or the next headline line; the line
  /// names what the block tells of (``titlesText(_:_:)``: a line a column break cut off its
  /// paragraph does not); and the block turns from the story of the item before to another
  /// (``shiftsTopic(_:from:)``), as a subheading's section, which goes on with the story, does
  /// not.
  static func startsLeadlessItem(
    at i: Int, over item: Range<Int>, in units: [Unit], _ headlineLines: [Int], _ anchors: [Bool],
    margin: Int?
  ) -> Bool {
    let headline = units[i].text
    guard item.first == i + 1, isStandaloneHeadline(headline), !isHeadlineLike(units[i + 1].text, strict: false),
      !isEditorsNote(units[i + 1].text), margin.map({ abs(units[i].width - $0) > 4 }) ?? true
    else { return false }
    let block = item.prefix { headlineLines[$0] == 0 }
    guard let last = block.last, endsItem(units[last].text), block.filter({ endsItem(units[$0].text) }).count <= 2
    else { return false }
    let end = last + 1
    guard end == units.count || headlineLines[end] > 0 || anchors[end] || isStandaloneHeadline(units[end].text) else {
      return false
    }
    let text = block.map { units[$0].text }.joined(separator: "\n")
    guard titlesText(headline, text) else { return false }
    var start = i - 1
    while start > 0, headlineLines[start] == 0 { start -= 1 }
    return shiftsTopic(headline + "\n" + text, from: units[start..<i].map(\.text).joined(separator: "\n"))
  }

  /// Whether the unit at `k`, under a column label's headline, is where text starts although it
  /// reads like a headline: the author's name alone over the text (`短评`, headline, `王某`), or
  /// a hard-wrapped line that breaks off mid-sentence after a comma and runs on into text with a
  /// comma or a stop.
  static func bodyFollows(_ units: [Unit], _ k: Int) -> Bool {
    guard k + 1 < units.count else { return false }
    if isAuthorLine(units[k].text) { return !isHeadlineLike(units[k + 1].text, strict: false) }
    return breaksIntoText(units, k, strict: true)
  }

  /// Whether the unit at `k` is a line of text that a hard wrap or a print break cuts short: it
  /// breaks off mid-sentence after a comma (a quoted term at its end, `…推出“油茶贷”`, finishes
  /// no sentence), and text that reads like no headline follows (`strict`: like no headline
  /// without a comma; a narrow column's lines of text read like long headlines).
  static func breaksIntoText(_ units: [Unit], _ k: Int, strict: Bool = false) -> Bool {
    let text = units[k].text
    guard k + 1 < units.count, text.unicodeScalars.contains(where: { $0 == "，" || $0 == "," }),
      !endsSentence(text) || endsWithQuotedTerm(text), !isLead(text)
    else { return false }
    return !isHeadlineLike(units[k + 1].text, strict: strict)
  }

  /// Whether the unit at `k` is a line of hard-wrapped text: as wide as the page's text is
  /// wrapped (`margin`, see ``wrapWidth(of:)``), with a comma inside and no sentence finished at
  /// its end, and the next line goes on without a blank line. A headline this long and broken
  /// off so does not stand over a text.
  static func wrapsIntoText(_ units: [Unit], _ k: Int, margin: Int?) -> Bool {
    guard let margin, k + 1 < units.count, !units[k + 1].blankBefore, abs(units[k].width - margin) <= 4 else {
      return false
    }
    let text = units[k].text
    return text.unicodeScalars.contains(where: { $0 == "，" || $0 == "," }) && !endsSentence(text)
  }

  /// Whether the unit at `k` closes its item with a credit that a hard wrap broke over the next
  /// line (`…近三成。（记`, then `者 某某）`; see ``wrappedClosingCredit(_:_:)``).
  static func closesWithBrokenCredit(_ units: [Unit], _ k: Int) -> Bool {
    k + 1 < units.count && !units[k + 1].blankBefore && wrappedClosingCredit(units[k].text, units[k + 1].text) != nil
  }

  /// Whether text opens with a word for when that news opens with (`近日，`, `日前,`, `连日来，`),
  /// or with when a service changes from (`即日起，`, `即日起至3月1日，`).
  static func opensWithTimeWord(_ text: String) -> Bool {
    opensWithWordAndComma(text, ["近日", "日前", "近期", "连日来"]) || text.hasUTF8Prefix("即日起")
  }

  /// Whether a paragraph walks the reader into a place, as a feature's first paragraph does
  /// (`走进某某街道的老巷，斑驳的院墙换上了新颜，…`): `走进` (`走入`, `步入`) and the place, then a comma
  /// within thirty characters and no stop before it.
  static func opensWithWalkIn(_ text: String) -> Bool {
    guard ["走进", "走入", "步入"].contains(where: text.hasUTF8Prefix) else { return false }
    let clause = text.unicodeScalars.dropFirst(2).prefix(30)
    guard let comma = clause.firstIndex(where: { $0 == "，" || $0 == "," }) else { return false }
    return !clause[..<comma].contains(where: innerStops.contains)
  }

  /// Headlines of a page without leads: short lines without commas after a finished sentence
  /// and before body text.
  static func headlinesWithoutLeads(_ units: [Unit]) -> [Int] {
    var headlineLines = [Int](repeating: 0, count: units.count)
    // Items that end with their credit (`（融媒记者 江某）`, `…。（通讯员 贾某）`, `融媒记者 宁某 报道`):
    // then a headline-like line anywhere else is a feature's subheading.
    func closesItem(_ text: String) -> Bool {
      trailingCredit(text) != nil || isPhotoCredit(text) || text.hasUTF8Prefix("来源")
        || closingCreditLine(text) != nil
    }
    let creditsClose = units.filter { closesItem($0.text) }.count >= 2
    var i = 0
    while i < units.count {
      defer { i += 1 }
      // A headline follows a finished sentence (or a signature's date); on a page whose items
      // close with credits (county papers), it follows one of those.
      let previous = i > 0 ? units[i - 1].text : ""
      let next = i + 1 < units.count ? units[i + 1].text : ""
      // A title in brackets of its own (`【…】`) follows any finished item.
      let follows =
        i == 0
        || (creditsClose && !isBracketedTitle(units[i].text)
          ? closesItem(previous) || (endsItem(previous) && opensWithDate(next)) : endsItem(previous))
      guard units[i].marksTitle || isStandaloneHeadline(units[i].text) || isDocumentTitle(units[i].text, over: next),
        follows || isBoxTitle(units[i].text) || units[i].marksTitle
      else { continue }
      // Up to three headline lines (a wrapped headline, a `——` subtitle), then body text.
      var end = i + 1
      while end < units.count, end - i < 4, isStandaloneHeadline(units[end].text) || isSubtitle(units[end].text),
        !isBracketedTitle(units[end].text)
      {
        end += 1
      }
      // A date right under the lines is a signature's (a speech's date is in brackets).
      let signed =
        end < units.count && isDateLine(units[end].text) && !units[end].text.hasPrefix("(")
        && !units[end].text.hasPrefix("（")
      guard end < units.count, !signed, end - i <= 3 || (end - i == 4 && isAuthorLine(units[end - 1].text))
      else { continue }
      // An author's name under the headline is the byline's, not the headline's.
      let lines = end - i > 1 && isAuthorLine(units[end - 1].text) ? end - i - 1 : end - i
      headlineLines[i] = lines
      i = end - 1
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
}
