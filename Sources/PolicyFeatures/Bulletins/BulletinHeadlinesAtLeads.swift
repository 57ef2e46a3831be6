import PolicyCore

/// How the splitter marks the headlines of a page with leads: `headlinesAtLeads(_:)` finds, for
/// each unit, how many lines from it on are a headline, walking the leads and credit lines and the
/// headlines without a lead between them.
extension BulletinSplitter {
  /// Headlines of a page with leads (or credit lines): the lines just above each lead, a
  /// `■` briefs heading, and the page's first line (or two, a wrapped headline) when text comes
  /// before the first of those.
  static func headlinesAtLeads(_ units: [Unit]) -> [Int] {
    var headlineLines = [Int](repeating: 0, count: units.count)
    let (anchors, labels) = anchorsAndColumnLabels(units)
    // The page's wrap width (``wrapWidth(of:)``), which two of the passes ask.
    let margin = wrapWidth(of: units)
    markHeadlinesOverLeads(units, anchors, &headlineLines)
    markLabelledBriefsAndTitles(units, labels, margin: margin, &headlineLines)
    markHeadlinesBetweenLeads(units, anchors, margin: margin, &headlineLines)
    extendingHeadlinesOverTheirBlocks(units, &headlineLines)
    markColumnAndBoxLabels(units, anchors, &headlineLines)
    markOpeningHeadline(units, &headlineLines)
    return headlineLines
  }

  /// Whether unit `i` is one of the lines of a headline that starts up to `back` units before.
  static func insideHeadline(_ i: Int, back: Int, _ headlineLines: [Int]) -> Bool {
    (max(0, i - back)..<i).contains { $0 + headlineLines[$0] > i }
  }

  /// Which lines are leads or credit lines, asked once of each line (the passes of
  /// ``headlinesAtLeads(_:)`` ask often), and the credit lines that are a column's label over a
  /// headline over a lead rather than leads (`labels`).
  static func anchorsAndColumnLabels(_ units: [Unit]) -> (anchors: [Bool], labels: [Int]) {
    var anchors = units.map { isAnchor($0.text) }
    // A credit line stands over text: one over a headline that stands over a lead
    // (`记者追踪`, then the headline and `本报讯（…）`) is the column's label, crediting no one.
    // An author's line under a finished text (`□ 某某` closing a commentary) closes that piece:
    // it leads nothing.
    for j in units.indices.dropFirst() where anchors[j] && closesSignedPiece(j, in: units) { anchors[j] = false }
    for j in units.indices.dropFirst().dropLast() where !anchors[j] && isReportedCreditOverText(j, in: units) {
      anchors[j] = true
    }
    var labels: [Int] = []
    for j in units.indices.dropLast(2) where anchors[j] && anchors[j + 2] && !anchors[j + 1] {
      if isCreditLine(units[j].text), !units[j].text.containsUTF8(" "), isLead(units[j + 2].text),
        isHeadlineLike(units[j + 1].text, strict: false)
      {
        anchors[j] = false
        labels.append(j)
      }
    }
    return (anchors, labels)
  }

  /// Whether unit `j` is a credit ending in `报道` (`融媒体记者 某某 报道`) set on its own line
  /// between a headline and the indented first line of its text, as a paper copied from PDF
  /// sets its bylines: it opens the item under it rather than closing the one before.
  static func isReportedCreditOverText(_ j: Int, in units: [Unit]) -> Bool {
    let text = units[j].text
    guard text.hasUTF8Suffix(" 报道"), text.utf8.count <= 120, !units[j].indented, units[j + 1].indented,
      !units[j - 1].indented, isHeadlineLike(units[j - 1].text, strict: false),
      let (before, _) = trailingCredit(text)
    else { return false }
    return before.isEmpty
  }

  /// Marks the headline over each lead or credit line, and over an author's name that serves as
  /// a lead (see ``headlineStart(beforeLead:after:in:)``).
  static func markHeadlinesOverLeads(_ units: [Unit], _ anchors: [Bool], _ headlineLines: inout [Int]) {
    var bodyStart = 0  // first unit after the previous lead
    // An author's name between a headline and the text serves as a lead (commentary, essays,
    // poems). A short title over a credit line (`等车`, then `文/陈默`) is no name, and the
    // headline stands apart from the text before it (a poem's last line is no headline).
    // Whether the headline at `h` has a kicker over it (a column's name, `东港时评`) that stands
    // apart from the text before it.
    func underKicker(_ h: Int) -> Bool {
      h >= 2 && isHeadlineLike(units[h - 1].text, strict: true) && units[h - 1].text.hasAtMostScalars(8)
        && (units[h - 1].blankBefore || endsItem(units[h - 2].text))
    }
    func isAuthorAnchor(_ j: Int) -> Bool {
      j > 0 && j + 1 < units.count
        && (isAuthorLine(units[j].text) || isMarkedAuthorUnderCommentary(j, in: units))
        && isHeadlineLike(units[j - 1].text, strict: false)
        && (j == 1 || units[j - 1].blankBefore || endsItem(units[j - 2].text) || underKicker(j - 1))
        && !isAuthorLine(units[j - 1].text) && !isClosingCredit(units[j - 1].text) && !anchors[j + 1]
        && (!isHeadlineLike(units[j + 1].text, strict: false) || opensStanza(at: j + 1, in: units))
    }
    for j in units.indices where anchors[j] || isAuthorAnchor(j) {
      let start = headlineStart(beforeLead: j, after: bodyStart, in: units)
      if start < j { headlineLines[start] = j - start }
      bodyStart = j + 1
    }
  }

  /// Marks a column label's headline after a finished item (the label heading it), `■` briefs
  /// headings, titles set beyond doubt (``Unit/marksTitle``), a digest's numbered items and
  /// documents over the note of their adoption.
  static func markLabelledBriefsAndTitles(
    _ units: [Unit], _ labels: [Int], margin: Int?, _ headlineLines: inout [Int]
  ) {
    // Such a label after a finished item heads the headline under it (and is none of its title).
    for j in labels where headlineLines[j] == 0 && headlineLines[j + 1] == 1 && (j == 0 || endsItem(units[j - 1].text))
    {
      headlineLines[j] = 2
      headlineLines[j + 1] = 0
    }
    for i in units.indices
    where headlineLines[i] == 0 && opensBriefs(units[i].text) && !insideHeadline(i, back: 2, headlineLines)
      && !isMarkedAuthorUnderCommentary(i, in: units)
    {
      // A line of a bulleted list (`●工业用电量　9.8亿千瓦时　增长8.1%` under or over another `●` line,
      // without a blank line between them) heads no column of briefs, nor does a photo's caption
      // that a hard wrap broke over lines (`▲…，工作人员为群众办理业`, then `务。记者 某某 摄`).
      guard !isBulletedListLine(i, in: units) else { continue }
      guard !opensWrappedCaption(i, in: units, margin: margin) else { continue }
      headlineLines[i] = 1
    }
    for i in units.indices
    where units[i].marksTitle && headlineLines[i] == 0 && !insideHeadline(i, back: 3, headlineLines) {
      headlineLines[i] = 1
    }
    markDigestItems(units, &headlineLines)
    markAdoptedDocuments(units, &headlineLines)
  }

  /// Marks the headlines without a lead between the leads of a page with leads.
  ///
  /// A headline without a lead: after a finished article, over text that opens like news
  /// (`5月3日，…`, `据…消息，`) or a box (`天气预报`). A subheading inside an article reads the
  /// same but for what follows it, so only such openings count.
  /// Inside a feature (an article under a credit line of its own, `□本报记者 方某`, rather
  /// than a `本报讯` lead) such lines are its subheadings; a headline found here ends the
  /// feature as one found before does.
  static func markHeadlinesBetweenLeads(
    _ units: [Unit], _ anchors: [Bool], margin: Int?, _ headlineLines: inout [Int]
  ) {
    var underCreditLine = anchors[0] && isCreditLine(units[0].text)
    // Whether the article the lines run in so far has a credit (a lead, a credit line, a credit
    // closing a paragraph), and how many subheadings it has: a feature without a credit that
    // has subheadings carries its credit at the end of its last section.
    var articleCredited = anchors[0]
    var subheadings = 0
    for i in units.indices.dropFirst().dropLast() {
      if headlineLines[i] > 0 {
        articleCredited = false
        subheadings = 0
      }
      // A credit line under a headline credits that item only: a headline ends it, and so does
      // a photo news item's caption closing with its photographer (`…采摘莲蓬。 记者 某某 摄`; a
      // `▲` caption illustrates the article it stands in).
      if headlineLines[i] > 0 || headlineLines[i - 1] > 0
        || (endsWithPhotoCredit(units[i - 1].text) && !units[i - 1].text.hasUTF8Prefix("▲"))
      {
        underCreditLine = false
      }
      if anchors[i] { underCreditLine = isCreditLine(units[i].text) }
      if anchors[i] || closesWithCredit(units[i].text) { articleCredited = true }
      guard headlineLines[i] == 0 && headlineLines[i + 1] == 0 else { continue }
      // A headline that asks (`高温津贴怎么发？这些问题要知道`) counts too: the item must still
      // close with a credit or open like news.
      let candidate = units[i].text
      let asks =
        candidate.unicodeScalars.contains { $0 == "？" || $0 == "?" } && isHeadlineLike(candidate, strict: false)
        && !isInterviewTurn(candidate) && candidate.hasAtMostScalars(40)
      let next = units[i + 1].text
      guard !isTableHeader(candidate, over: next) else { continue }
      // A signed piece closes with its author's line under its text (`□ 某某`, `作者：某某（…）`,
      // `读者 某某`, `某某/画`) or the note of the author's unit: a headline line after it starts the
      // next piece, and so do two (a column's label or a kicker over the headline, or a `——`
      // subtitle under it) over text.
      if !insideHeadline(i, back: 3, headlineLines), closesSignedPiece(i - 1, in: units), !anchors[i + 1],
        isHeadlineLike(candidate, strict: false), candidate.hasAtMostScalars(40), !isDateLine(candidate),
        signatureAuthor(candidate) == nil
      {
        let overText = !isHeadlineLike(next, strict: false)
        let twoLines =
          !overText && i + 2 < units.count && headlineLines[i + 2] == 0 && !anchors[i + 2]
          && (isSubtitle(next) || next.hasAtMostScalars(40)) && !isHeadlineLike(units[i + 2].text, strict: false)
        if overText || twoLines {
          headlineLines[i] = overText ? 1 : 2
          articleCredited = false
          subheadings = 0
          continue
        }
      }
      if headsItemUnderJump(i, in: units) {
        headlineLines[i] = 1
        articleCredited = false
        subheadings = 0
        continue
      }
      let document = isDocumentTitle(candidate, over: next)
      // A commentary's headline behind its column's label (`短评：…`) may hold a comma.
      let labelled = isLabelledHeadline(candidate)
      guard !insideHeadline(i, back: 3, headlineLines), isStandaloneHeadline(candidate) || asks || document || labelled,
        endsItem(units[i - 1].text) || units[i - 1].continuesElsewhere
      else { continue }
      guard !anchors[i + 1] else { continue }
      // A headline under an index of contents set between two items of a page without blank
      // lines, over text, heads the item after the index, as a blank line would set it apart.
      if units[i].apartByIndexOnly, !isHeadlineLike(next, strict: false) {
        headlineLines[i] = 1
        articleCredited = false
        subheadings = 0
        continue
      }
      // A headline with a `——` subtitle over text heads an article: a feature's subheadings
      // carry no subtitles.
      if isSubtitle(next), i + 2 < units.count, headlineLines[i + 2] == 0,
        !isStandaloneHeadline(units[i + 2].text), !isSubtitle(units[i + 2].text)
      {
        headlineLines[i] = 2
        articleCredited = false
        subheadings = 0
        continue
      }
      // A box's lines may be short (`今天：多云转小雨`); an item's text is not. A column label
      // over bulleted briefs (`简讯`, then `●…`) heads them like a `■简讯` line.
      let bulleted = next.unicodeScalars.first.map(briefMarkers.contains) ?? false
      // A notice's title wrapped over two lines (`…工程`, then `环境影响评价第二次公示`; the issuer,
      // then `关于…的通告`) over text or over the document's number (`某政通〔2026〕3号`).
      // (The notice's text may open with a line a print break cut short, indented as a paragraph
      // and the title is not.)
      if isStandaloneHeadline(next), isBoxTitle(next), i + 2 < units.count, headlineLines[i + 2] == 0,
        !isHeadlineLike(units[i + 2].text, strict: false)
          || (units[i + 2].indented && !units[i].indented && !units[i + 1].indented)
          || isDocumentNumber(units[i + 2].text)
      {
        headlineLines[i] = 2
        articleCredited = false
        subheadings = 0
        continue
      }
      // A headline of two lines (a kicker over it, or wrapped) after a closing credit line, over
      // text that opens like a news item (`4月14日，…`), heads an article as one line does.
      if opensNewsItemUnderTwoLines(at: i, in: units, headlineLines, anchors), !underCreditLine {
        headlineLines[i] = 2
        articleCredited = false
        subheadings = 0
        continue
      }
      // A box of telephone numbers under its short heading (`咨询电话`), of figures (`数说…`,
      // then `●…` lines) or of phrases (the weather's) between two articles.
      let phones = candidate.hasAtMostScalars(10) && isPhoneField(next)
      let figures = bulleted && opensFigureBox(at: i + 1, in: units, headlineLines)
      let phrases = opensPhraseBox(at: i + 1, in: units, headlineLines)
      if isBoxTitle(candidate) || (isColumnLabel(candidate) && bulleted) || phones || figures || phrases {
        headlineLines[i] = 1
        articleCredited = false
        subheadings = 0
        continue
      }
      // (A line of hard-wrapped text may be short enough to read as a headline; one that opens
      // with a date and a comma, `9月5日至8日,…`, is text, and so is one that walks the reader
      // into a place, `走进…，`, after a credited article.)
      // Nor is one that a print break cuts short after a comma, the text running on in a much
      // longer line.
      let brokenOff =
        breaksIntoText(units, i + 1)
        && next.unicodeScalars.count * 10 < units[i + 2].text.unicodeScalars.count * 7
      // Nor is one as wide as the page's text that runs on into the next line mid-sentence,
      // under a line short of that width (a line as wide is text too).
      let wraps =
        wrapsIntoText(units, i + 1, margin: margin) && margin.map { abs(units[i].width - $0) > 4 } == true
      guard
        !isHeadlineLike(next, strict: false)
          || (opensWithDate(next) && next.unicodeScalars.contains { commas.contains($0) }) || brokenOff
          || (articleCredited && (opensWithTimeWord(next) || opensWithWalkIn(next))) || wraps
      else { continue }
      // The item closes with its own credit, or (outside a feature) its text opens like news.
      // (A line that a hard wrap carried on from a line as wide as the page's text, broken off
      // mid-sentence, is text however it reads: `…重点检查工`, then `业企业无组织排放、…等情`.)
      let item = units.indices[(brokenOff ? i + 2 : i + 1)...].prefix {
        !anchors[$0] && (!isStandaloneHeadline(units[$0].text) || wrapsIntoText(units, $0 - 1, margin: margin))
      }.prefix(12)
      // A document reprinted after the news of it (`…现将全文刊发如下。`) is an article of its own.
      // An item whose only paragraph closes with its credit (a photo's caption, `…（本报记者 许某
      // 摄）`) is one too.
      let caption = item.count == 1 && trailingCredit(next) != nil
      // An item closing with a credit, unless it is the last section of a feature without a
      // credit yet, whose earlier sections had subheadings like this one.
      let closesItem =
        item.contains(where: {
          isClosingCredit(units[$0].text) || (brokenOff && closesWithCredit(units[$0].text))
            || closesWithReporterCredit(units[$0].text) || closesWithBrokenCredit(units, $0)
        })
        && (articleCredited || subheadings == 0)
      // A reader's letter (`编辑同志：`) is never a feature's section, under a credit line or not.
      // After a credited article, text opening with a time word (`近日，…`) is news too.
      let recentNews = articleCredited && !underCreditLine && opensWithTimeWord(next)
      // So is one that walks the reader into a place (`走进…，`) after a credited news item without
      // subheadings: a feature of its own, which a news item's section, going on with its story,
      // does not open with.
      let feature = articleCredited && !underCreditLine && subheadings == 0 && opensWithWalkIn(next)
      // The page's last item may be a short one without lead or credit, its text restating its
      // headline as a news item's opening does. After a news item with a lead or a credit and
      // no subheading yet (a feature has subheadings, or stands under a credit line), a headline
      // over the page's last text that restates it is that item's, not a first subheading over
      // the news item's last paragraph.
      let lastShortItem =
        articleCredited && !underCreditLine && subheadings == 0 && isStandaloneHeadline(candidate)
        && item.last == units.count - 1 && restatesHeadline(candidate, in: next)
      // Anywhere on the page, such an item may follow a news item: a headline over a short block
      // that turns to another story (``startsLeadlessItem(at:over:in:_:_:margin:)``) is no first
      // subheading of the item before, which would go on with its story.
      let leadlessItem =
        articleCredited && !underCreditLine && subheadings == 0 && !brokenOff
        && startsLeadlessItem(at: i, over: item, in: units, headlineLines, anchors, margin: margin)
      if closesItem || (!underCreditLine && opensLikeNewsItem(next)) || recentNews || feature
        || opensReadersLetter(next)
        || document || labelled
        || announcesReprint(units[i - 1].text) || caption || lastShortItem || leadlessItem
      {
        headlineLines[i] = 1
        articleCredited = false
        subheadings = 0
      } else {
        subheadings += 1
      }
    }
  }

  /// Whether unit `i` heads an item under a jump note on a page that sets no blank lines (the
  /// article above sent on, `(下转第7版)`): a headline-like line, unindented, over an indented first
  /// line of text. Nothing of the article above comes after its jump, so even a headline of two
  /// short phrases (`某某某 某某某`, which reads as a row of names) is the next item's.
  static func headsItemUnderJump(_ i: Int, in units: [Unit]) -> Bool {
    units[i - 1].continuesElsewhere && units[i].apartByIndexOnly && !units[i].indented && units[i + 1].indented
      && isHeadlineLike(units[i].text, strict: true) && !isClosingCredit(units[i].text)
  }

  /// Marks the column labels and box labels that head an article or a box.
  ///
  /// A column label over a headline and body without a lead (`短评`, then the commentary's
  /// headline and text; `记者手记` in one block with its headline) starts an article of its own,
  /// not more of the article before it.
  /// A small box's label (`便民提示`, `相关链接`; ``isBoxLabel(_:)``) after a finished article
  /// starts the box, as its title, over the box's own headline (whatever lines follow it:
  /// figures, dates) or over content no prose paragraph opens with (a list's lead-in, bullets,
  /// `一是…`). Over a paragraph of prose, such a line is a subheading of the article; a link
  /// box over its headline and prose is background the article keeps. An editor's afterword's
  /// label (`【编后】`, ``labelsAfterword(_:)``) after a finished article titles the prose under it.
  static func markColumnAndBoxLabels(_ units: [Unit], _ anchors: [Bool], _ headlineLines: inout [Int]) {
    for i in units.indices.dropLast() where headlineLines[i] == 0 {
      // (An afterword's label right over its prose, no headline, is no column's over a headline.)
      let afterword = labelsAfterword(units[i].text) && !isHeadlineLike(units[i + 1].text, strict: false)
      let column = !afterword && (isColumnLabel(units[i].text) || labelsCommentary(i, in: units))
      let signed = !column && !afterword && isSignedBox(at: i, in: units, headlineLines)
      guard column || signed || afterword || isBoxLabel(units[i].text) else { continue }
      // (Only an afterword may be one paragraph, the page's last: the other labels head more.)
      guard i + 2 < units.count || afterword else { continue }
      // (Photo news closes with its photographer's credit, `记者 王某 摄`, or a caption with it.)
      // (An article broken off by a jump note, `（下转第3版）`, ends there too, and so does one
      // whose last paragraph closes with its reporters' credit in brackets, `…说。（记者 某某）`.)
      let previousEnds =
        i == 0 || endsSentence(units[i - 1].text) || endsWithPhotoCredit(units[i - 1].text)
        || units[i - 1].continuesElsewhere || closesWithCreditLine(i - 1, in: units)
        || (afterword && trailingCredit(units[i - 1].text) != nil)
      guard !insideHeadline(i, back: 2, headlineLines), previousEnds, !anchors[i + 1] else { continue }
      // On a page whose paragraphs are indented and whose headlines are not, a label after an
      // item's credit line heads the headline found under it, and so does a box's label in
      // brackets of its own (`【警方提示】`).
      // A column of briefs' label (`快讯`) over its first brief's title, found already (`■…`),
      // heads that title after any finished item.
      let bracketed = !column && units[i].text.hasUTF8Prefix("【")
      let overBrief = isBriefsColumnLabel(units[i].text) && headlineLines[i + 1] == 1 && !units[i].indented
      if overBrief || column || bracketed, headlineLines[i + 1] == 1, !units[i].indented, !units[i + 1].indented,
        overBrief || closesWithCreditLine(i - 1, in: units)
      {
        headlineLines[i] = 2
        headlineLines[i + 1] = 0
        continue
      }
      guard headlineLines[i + 1] == 0 else { continue }
      if !column,
        signed || opensBoxContent(units[i + 1].text)
          || (afterword && !isHeadlineLike(units[i + 1].text, strict: false))
      {
        headlineLines[i] = 1
        continue
      }
      guard headlineLines[i + 2] == 0, isHeadlineLike(units[i + 1].text, strict: false) else { continue }
      // A box's text hard-wrapped straight under its label (its first line cut before any stop
      // or comma) is no headline: the label alone titles the box.
      if !column, runsOnWrapped(units[i + 1], into: units[i + 2]) {
        headlineLines[i] = 1
        continue
      }
      let prose = !isHeadlineLike(units[i + 2].text, strict: false) || bodyFollows(units, i + 2)
      // A link box (`相关链接`) gives background to the article above and stays in it, unless its
      // lines under its headline are no prose (a timeline, figures).
      if column ? !prose : anchors[i + 2] || (prose && labelsBackground(units[i].text)) { continue }
      headlineLines[i] = 2
      if isBriefsColumnLabel(units[i].text) { markBriefTitles(after: i + 2, units, anchors, &headlineLines) }
    }
  }

  /// Whether a line is a piece of hard-wrapped text running on into the next line, not a
  /// headline over it: both are cut mid-sentence (``endsMidSentence(_:)``), and the line is as
  /// wide as the next within one character (a quote or bracket that may not end a line moved
  /// down to open the next).
  static func runsOnWrapped(_ line: Unit, into next: Unit) -> Bool {
    line.width > 0 && !line.indented && !next.indented && abs(line.width - next.width) <= 2
      && endsMidSentence(line.text) && endsMidSentence(next.text)
  }

  /// Text before the first headline found (a commentary without a lead, say) still has its
  /// own headline when the page opens with one.
  static func markOpeningHeadline(_ units: [Unit], _ headlineLines: inout [Int]) {
    if let first = headlineLines.firstIndex(where: { $0 > 0 }), first >= 2,
      isHeadlineLike(units[0].text, strict: true),
      !isHeadlineLike(units[1].text, strict: true) || (isAuthorLine(units[1].text) && first >= 3)
    {
      headlineLines[0] = 1
    } else if let first = headlineLines.firstIndex(where: { $0 > 0 }), first >= 3,
      isStandaloneHeadline(units[0].text), isStandaloneHeadline(units[1].text), !isAuthorLine(units[1].text),
      !isHeadlineLike(units[2].text, strict: false)
    {
      // Or with one wrapped over two lines.
      headlineLines[0] = 2
    }
  }
}
