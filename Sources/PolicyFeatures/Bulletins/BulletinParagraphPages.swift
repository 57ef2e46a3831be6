import PolicyCore

/// The tests `splitParagraphs` asks of a print page's units beyond its headlines: a signed box, a
/// photo news caption, a briefs label over untitled briefs, an untitled item or lead and the title
/// it is given, a wrapped paragraph, a reprint's announcement, and follow-up leads (`又讯`).
extension BulletinSplitter {
  /// Whether a paragraph closes by announcing the document printed after it (`现将全文刊发如下。`,
  /// `全文如下：`).
  static func announcesReprint(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last, "。：:".unicodeScalars.contains(last) else { return false }
    let close = String(String.UnicodeScalarView(text.unicodeScalars.dropLast().suffix(8)))
    return ["刊发如下", "刊登如下", "全文如下", "公布如下", "摘编如下", "刊载如下"].contains { close.hasUTF8Suffix($0) }
  }

  /// Whether the unit at `i` is the label of a signed box (`【律师说法】`, `【专家点评】`): a few
  /// ideographs in brackets of their own over prose that closes, before the next headline
  /// found, with its own writer's credit in brackets on a line of its own (`（某某律师事务所律师
  /// 葛某）`). Such a box is a piece of its own, not more of the article above it.
  static func isSignedBox(at i: Int, in units: [Unit], _ headlineLines: [Int]) -> Bool {
    let text = units[i].text
    guard text.utf8.count <= 30, text.hasUTF8Prefix("【"), text.hasUTF8Suffix("】") else { return false }
    let label = text.unicodeScalars.dropFirst().dropLast()
    guard label.count >= 2, label.allSatisfy(\.isMainBlockIdeograph) else { return false }
    var end = i + 1
    while end < units.count, end - i <= 12, headlineLines[end] == 0 { end += 1 }
    guard end - i >= 3, end - i <= 12 else { return false }
    let last = units[end - 1].text
    guard last.hasUTF8Prefix("（") || last.hasUTF8Prefix("("), let (before, _) = trailingCredit(last) else {
      return false
    }
    return before.isEmpty
  }

  /// Whether the unit at `i` is a photo news item of its own, set without a headline between two
  /// articles: a caption behind `▲`, opening with a date as news does (``opensLikeNewsItem(_:)``)
  /// and closing with its photographer's credit (``endsWithPhotoCredit(_:)``), right over the
  /// next headline. A caption of the article's own photo describes it, undated, among its text.
  static func isPhotoNewsCaption(at i: Int, in units: [Unit], _ headlineLines: [Int]) -> Bool {
    guard i + 1 < units.count, headlineLines[i + 1] > 0, units[i].text.hasUTF8Prefix("▲"),
      endsWithPhotoCredit(units[i].text)
    else { return false }
    return opensLikeNewsItem(strippingBriefMarker(units[i].text))
  }

  /// Whether the unit at `i` is a briefs label (`要闻简报`, `简讯`) over briefs printed without
  /// titles: the paragraph under it, no headline, closes with its credit (`…工作。（某某）`) and
  /// opens with a clause that can name it (``untitledBriefTitle(_:)``). The label names the
  /// column and is no text of the article above.
  static func labelsUntitledBriefs(at i: Int, in units: [Unit], _ headlineLines: [Int]) -> Bool {
    guard i + 1 < units.count, headlineLines[i + 1] == 0, units[i].text.hasAtMostScalars(12),
      isBriefsLabel(units[i].text) || isBriefsColumnLabel(units[i].text)
    else { return false }
    let next = units[i + 1].text
    return (next.hasUTF8Suffix("）") || next.hasUTF8Suffix(")")) && trailingCredit(next) != nil
      && untitledBriefTitle(next) != nil
  }

  /// Whether the unit at `i`, under no headline, is a news item's lead that opens as news does
  /// (`本报讯 近日，…`, see ``untitledLeadTitle(_:)``) after an item that has closed (a finished
  /// sentence, a credit; the caller asks only under text): an item printed without a headline
  /// (a one-paragraph item at the page's foot), no more text of the item above, since a lead
  /// opens a news item and never stands inside one.
  static func opensUntitledItem(at i: Int, in units: [Unit], _ headlineLines: [Int]) -> Bool {
    i > 0 && headlineLines[i - 1] == 0 && isLead(units[i].text) && !isCreditLine(units[i].text)
      && endsItem(units[i - 1].text) && !units[i - 1].continuesElsewhere && untitledLeadTitle(units[i].text) != nil
  }

  /// The title of a news item printed without a headline, from its lead (`本报讯 近日，县税务局
  /// 设立“税费服务驿站”，为…`): its opening clause, the time it opens with (up to its comma, within
  /// fourteen characters) and what happened (to the next comma or stop, six characters at
  /// least), as a reader names such an item. A follow-up item's lead (`又讯（记者 …）…`, `另讯…`)
  /// prints that word where the headline would stand: it is the title. Nil when the lead opens
  /// otherwise.
  static func untitledLeadTitle(_ lead: String) -> String? {
    if let word = followUpLeads.first(where: { lead.hasUTF8Prefix($0) }) { return word }
    let text = extractByline(lead)?.1 ?? lead
    let start = leadPrefixes.first(where: { text.hasUTF8Prefix($0) }).map { $0.unicodeScalars.count } ?? 0
    let opening = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(start))).trimmingSpaces
    guard opensLeadlessArticle(opening) else { return nil }
    let scalars = Array(opening.unicodeScalars.prefix(80))
    guard let comma = scalars.prefix(14).firstIndex(where: { $0 == "，" || $0 == "," }),
      let end = scalars[(comma + 1)...].firstIndex(where: { "，。；,;".unicodeScalars.contains($0) }),
      end - comma - 1 >= 6
    else { return nil }
    return String(String.UnicodeScalarView(scalars[..<end]))
  }

  /// The paragraph that opens at the unit at `i`: its line, joined with the lines a hard wrap
  /// carried it on to (up to the next indented line, headline or blank line; sixteen lines at
  /// most, as a brief of two hundred characters takes in a narrow column) when the page indents
  /// its paragraphs' first lines.
  static func wrappedParagraph(at i: Int, in units: [Unit], _ headlineLines: [Int]) -> String? {
    guard units[i].indented else { return units[i].text }
    var text = units[i].text
    var j = i + 1
    while j < units.count, j - i < 16, !units[j].indented, !units[j].blankBefore, headlineLines[j] == 0 {
      text = joiningBrokenLine(text, units[j].text)
      j += 1
    }
    return text
  }

  /// The title of a brief printed without one in a column of briefs (`区图书馆某某分馆9月12日起试运行，
  /// 开放时间为…。（某某）`): its opening clause, up to its first comma or stop, as a reader names
  /// such a brief; nil when the brief opens with a time (`近日，…`, no title) or a lead, or its
  /// clause is shorter than six characters or longer than forty. A brief that opens by naming
  /// the day it tells of (`11月9日是全国消防日，…`) has that statement for its title.
  static func untitledBriefTitle(_ brief: String) -> String? {
    let scalars = brief.unicodeScalars.prefix(41)
    guard let end = scalars.firstIndex(where: { "，。；,;".unicodeScalars.contains($0) }),
      (6...40).contains(scalars.distance(from: scalars.startIndex, to: end)),
      !opensLeadlessArticle(brief) || namesItsDay(brief), !isLead(brief)
    else { return nil }
    return String(String.UnicodeScalarView(scalars[..<end]))
  }

  /// Whether a paragraph opens by naming the day it tells of: the date, then `是` (`11月9日是全国
  /// 消防日`, `3月15日是…`), a statement about the day rather than the time of what happened.
  static func namesItsDay(_ text: String) -> Bool {
    guard let day = text.unicodeScalars.prefix(12).firstIndex(of: "日") else { return false }
    return text.unicodeScalars[text.unicodeScalars.index(after: day)...].first == "是" && opensWithDate(text)
  }

  /// The words that open a follow-up item's lead, a second report on the story above printed
  /// without a headline (see ``untitledLeadTitle(_:)``).
  static let followUpLeads = ["又讯", "另讯"]

  /// How many units the editor's note at `i` right over a headline takes: one, or the lines of
  /// a note a page without blank lines wrapped, each but the last ending mid-sentence; 0 when
  /// unit `i` is no such note.
  static func noteLinesOverHeadline(_ i: Int, in units: [Unit], _ headlineLines: [Int]) -> Int {
    guard i + 1 < units.count, headlineLines[i] == 0, Self.isEditorsNote(units[i].text) else { return 0 }
    var end = i + 1
    while end < units.count, end - i < 8, headlineLines[end] == 0, !units[end].blankBefore,
      Self.endsMidSentence(units[end - 1].text)
    {
      end += 1
    }
    return end < units.count && headlineLines[end] > 0 ? end - i : 0
  }

  /// Whether the unit at `i` is an editor's note right over a headline.
  static func introducesHeadline(_ i: Int, in units: [Unit], _ headlineLines: [Int]) -> Bool {
    noteLinesOverHeadline(i, in: units, headlineLines) > 0
  }

  /// Whether the editor's note at `i` introduces a digest's numbered items: then it and the label
  /// over it are the column's, no item's.
  static func introducesDigest(_ i: Int, in units: [Unit], _ headlineLines: [Int]) -> Bool {
    let lines = noteLinesOverHeadline(i, in: units, headlineLines)
    return lines > 0 && Self.opensNumberedItems(units[i + lines].text)
  }

  /// The headline of `n` lines at unit `i` of a print page as one unit. A numbered item's title
  /// is the words after its number; a line of a longer headline set in brackets of its own
  /// (`简讯`, then `【…】`) is the words inside them. A kicker over a headline of three lines (or a
  /// quoted or a series' one over a headline and its subtitle, ``isDroppedKicker(_:over:_:)``) is no
  /// title's, nor is a column of briefs' label (`简讯`) over its first brief's headline: the
  /// column's name.
  static func headline(at i: Int, lines n: Int, in units: [Unit]) -> Unit {
    let lines = units[i..<(i + n)].map { unit -> String in
      if n == 1 && Self.numberingStyle(unit.text) != nil { return Self.itemTitle(unit.text) ?? unit.text }
      let line = Self.strippingBriefMarker(unit.text)
      return n > 1 ? Self.unbracketedTitle(line) ?? Self.unbracketedBoxLabel(line) ?? line : line
    }.dropFirst(kickerLinesDropped(units[i..<(i + n)])).filter {
      !Self.namesWorkReviewed($0) && !(n > 1 && (Self.isCreditLine($0) || Self.namesColumnOnly($0)))
    }
    return Unit(text: lines.joined(separator: " "), line: units[i].line, blankBefore: units[i].blankBefore)
  }
}
