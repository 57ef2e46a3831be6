/// How the splitter reads a page into units, one a line of text: `units(of:)` walks the raw lines,
/// drops what of a page is no article's, and marks breaks, indentation and titles; the passes it
/// ends with join a headline set one ideograph a line and drop a bilingual page's translations.
extension BulletinSplitter {
  /// The units of a page, one a line of text, in page order: the lines read one by one (what of
  /// a page is no article's dropped, breaks, indentation and titles marked), then the ends of the
  /// page trimmed (``trimmingPageEnds(_:)``) and its items cut (``cuttingItems(_:numbersIssue:)``).
  static func units(of page: String) -> [Unit] {
    var out: [Unit] = []
    var blank = false
    var lineNumber = 0
    // Whether every line so far could be masthead (checked once per line, while it holds).
    var onlyMasthead = true
    // Whether the header numbers the issue (`第23期`): a bulletin, whose items are set its way.
    var numbersIssue = false
    // Inside a post's list of other posts (`往期推荐`) or an advertisement (`【广告】`), which
    // run to the next blank line or rule.
    var inDroppedList = false
    var afterEnd = false
    // Where the items of a box of teasers under `今日导读` start, while in one.
    var teasers: Int? = nil
    // The lines of a box drawn with corners (`┏━━┓` … `┗━━┛`), kept unless it advertises.
    var box: [Unit]? = nil
    // The masthead's lines (the paper's name), which a running head repeats further down.
    var masthead: Set<String> = []
    // Whether a page's break (its foot and the next page's head) came between two lines of one
    // sentence: blank lines around the furniture do not end the paragraph.
    var runsOnAcrossPages = false
    // The page's line before this one, and how many credit lines of one role each have stood
    // right under a source line that is still the last unit (a post's foot).
    var lastLine = ""
    var creditsUnderSource = 0
    // The page's last line with text, over any blank lines since.
    var lastTextLine = ""
    // Whether the page sets a blank line (or a rule) between two of its lines of text, whether
    // an index of contents or its teasers (or a jump note on its own line), and no blank line,
    // stood since the last unit, and the lines of the units that only such an index set apart (see
    // ``markingBreaksAtIndex(_:_:setsBlankLines:)``).
    var setsBlankLines = false
    var indexSinceUnit = false
    var blankLineSinceUnit = false
    var apartByIndexOnly: [Int] = []
    // A saved page's site, named in its header (``isSiteHeader(_:)``).
    var siteName: String? = nil
    // The issuing office an open-government page names among a document's particulars.
    var issuer: String? = nil
    // Whether a continuation note (`（上接A1版）`) stood right above, under a finished article.
    var headsContinuedPiece = false
    var firstTextLine: String? = nil
    forEachLine(of: page) { raw in
      lineNumber += 1
      let line = collapseSpaces(raw)
      var text = removingToolLinks(removingPageJumps(line))
      let previousLine = lastLine
      let textAbove = lastTextLine
      // A jump note a hard wrap cut in two (`…实现（下转第`, then `3版）`): neither half is text,
      // and the article goes on on another page.
      if let last = out.last, last.line == lineNumber - 1, last.text == previousLine,
        let (before, after) = wrappedPageJump(previousLine, text)
      {
        out[out.count - 1].text = before
        out[out.count - 1].continuesElsewhere = after.isEmpty
        text = after
      }
      lastLine = text
      if !text.isEmpty { lastTextLine = text }
      if firstTextLine == nil, !text.isEmpty { firstTextLine = text }
      if issuer == nil, lineNumber <= 30, let office = documentIssuer(text) { issuer = office }
      // Header and staff lines are read as they stand or, letter-spaced by OCR, without the spacing.
      let plain = withoutLetterSpacing(raw, collapsed: text)
      func reads(_ test: (String) -> Bool) -> Bool { test(text) || plain.map(test) == true }
      // A jump note on a line of its own (`（下转A3版）`): the article goes on on another page,
      // and the line before it, mid-sentence, is the last here.
      // Like an index, the note ends the article but makes no block on a page without blank lines.
      if text.isEmpty, !line.isEmpty, !out.isEmpty, line.containsUTF8("转") {
        out[out.count - 1].continuesElsewhere = true
        indexSinceUnit = true
      }
      // One saying where the article came from (`（上接第1版）`) stands between its headline and
      // its text, which goes on mid-sentence: no break of its own. Under an article's last
      // sentence it heads the piece continued here instead: the line under it is its headline.
      if text.isEmpty, !line.isEmpty, line.containsUTF8("接") {
        headsContinuedPiece = out.last.map { endsSentence($0.text) } == true
        return
      }
      if headsContinuedPiece, !text.isEmpty {
        headsContinuedPiece = false
        if isHeadlineLike(text, strict: true) {
          out.append(Unit(text: text, line: lineNumber, blankBefore: true, marksTitle: true))
          blank = false
          return
        }
      }
      // A front page's box of teasers (`今日导读`, then each item's headline and a sentence over
      // `▶详见A5版`): items printed on other pages, no article of this one.
      if teasers != nil, isSeePageLine(text) {
        if let from = teasers, out.count - from <= 4 { out.removeSubrange(from...) }
        teasers = out.count
        blank = true
        indexSinceUnit = true
        return
      }
      if let edge = boxEdge(text) {
        if edge == .bottom, let lines = box, !lines.contains(where: { isAdvertising($0.text) }) {
          out.append(contentsOf: lines)
        }
        box = edge == .top ? [] : nil
        blank = true
        return
      }
      if var lines = box, !text.isEmpty {
        lines.append(Unit(text: text, line: lineNumber, blankBefore: lines.isEmpty))
        box = lines
        return
      }
      // A rule of dashes, stars or box characters between articles separates like a blank line.
      if text.isEmpty || isRule(text) {
        blank = true
        inDroppedList = false
        blankLineSinceUnit = blankLineSinceUnit || line.isEmpty || !text.isEmpty
        return
      }
      if inDroppedList
        || (text.utf8.count <= 15 && advertisementLabels.contains(text)) || isRecommendationLabel(text)
        || bracketedAdvertisementLabels.contains(where: { text.hasUTF8Prefix($0) })
      {
        inDroppedList = true
        return
      }
      // Everything after a post's end mark is the account's: sources, editors, other posts.
      if afterEnd || isEndMark(text) {
        afterEnd = true
        return
      }
      // A title behind a bar (`▍…`), as posts set them, or after `标题：`, as scripts do: a
      // headline of its own.
      let barred = text.unicodeScalars.first.map(titleBars.contains) ?? false
      let labelled = text.hasUTF8Prefix("标题：") || text.hasUTF8Prefix("标题:")
      let numbered = numberedItemLabelLength(text)
      if barred || labelled || numbered > 0 {
        let drop = barred ? 1 : labelled ? 3 : numbered
        let title = collapseSpaces(Substring(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(drop)))))
        if !title.isEmpty {
          out.append(Unit(text: title, line: lineNumber, blankBefore: true, marksTitle: true))
          blank = false
          return
        }
      }
      // A public account's post line (`原创 青溪发布 2025年08月15日 18:30`) under the post's
      // own title: both are header. An item's number on a line of its own (`01`) only spaces.
      let postLine = out.count <= 3 && isPostLine(text)
      if postLine || isItemNumberLine(text) {
        if postLine {
          out = keepingPostTitle(out, under: text)
          // The account's name, repeated at the post's foot over its counts, is the header's too.
          masthead.formUnion(text.split(separator: " ").lazy.filter { $0.count >= 2 }.map(String.init))
        }
        blank = true
        return
      }
      if onlyMasthead, reads(isPageHeader) {
        // The date or page line of the header: masthead lines above it (the paper's name, its
        // name in letters) go with it. A PDF page box repeats the whole strip further down.
        masthead.formUnion(out.lazy.map(\.text))
        masthead.insert(text)
        out.removeAll()
        blank = true
        return
      }
      // Before any text, the paper's name on a line of its own (`枫林日报`, under the page's date) is
      // the masthead's too, and so is the page's bare number (`2`) over its first headline.
      // So is who publishes it, on a line of its own under the masthead (`某某日报社出版`).
      // A publishing line (`2026-03-02 20:15　来源：…　浏览量：…`) with no title above it is the
      // page's, over the items of a digest it carries, and heads none of them; so is its date
      // alone (`发布日期：2026年03月19日`).
      // The strip's lines (the paper's name, the section, the page, its editor) come again, each
      // as it stood, where a PDF copy repeats the strip at a page box's edge.
      if out.isEmpty,
        reads(isPageFurniture) || isChatGreeting(text) || isPaperName(Substring(text)) || isBarePageNumber(text)
          || isPublishingLine(text) || isPublishingDateField(text) || namesSectionUnderPageCode(text, previousLine)
          || (lineNumber > 1 && isPublisherName(text))
      {
        if text.utf8.count <= 60, reads(isPageFurniture) || isPaperName(Substring(text)) { masthead.insert(text) }
        blank = true
        return
      }
      if out.count <= 12, !numbersIssue, isIssueNumberLine(text) {
        // The issue's number under the bulletin's name: the name is masthead, and so is a web
        // page's title and publishing line over a bulletin it carries. A daily's masthead
        // numbers its issue too, beside the day's pages (`第12408期　今日8版`): its items are news.
        numbersIssue = !countsDailyPages(text)
        if onlyMasthead { masthead.formUnion(out.lazy.map(\.text)) }
        if onlyMasthead || out.contains(where: { isPublishingLine($0.text) }) { out.removeAll() }
      }
      // A saved page's header over where it sits on the site (`当前位置：首页 > …`) is the site's:
      // its name, kept to tell the site's own news, and its search box.
      // (Read as the masthead, the site's name leaves nothing above the line: the page's first
      // line still names the site.)
      if siteName == nil, isLocationLine(text) {
        if isSiteHeader(out) {
          siteName = out[0].text
          out.removeAll()
        } else if out.isEmpty, let first = firstTextLine, first != text,
          isSiteHeader([Unit(text: first, line: 1, blankBefore: false)])
        {
          siteName = first
        }
      }
      // The site's own news credits no one, nor does the explanation a document's issuer publishes
      // under it (`【相关解读】`): its own words.
      // (A loop, not a lazy chain: an escaping closure over `text` would box it for every line.)
      if siteName != nil || issuer != nil, isPublishingLine(text) {
        for case let owner? in [siteName, issuer] {
          if let own = withoutOwnSource(text, site: owner) {
            text = own
            break
          }
        }
      }
      // A script's presenter reads an item's lead right under its title (`【新闻一】…`, then
      // `主持人：…。`): the item's text, read without the speaker's label.
      if let last = out.last, last.marksTitle, last.line == lineNumber - 1, let lead = presenterLead(text) {
        text = lead
      }
      // A saved page's tool and navigation lines sit inside an item: dropped without a break.
      // (A transcript's host speaks among the other speakers' turns: text, not a site's line.)
      if isIssueFurniture(text), !isTranscriptHostTurn(text, under: out) {
        // The page's first line alone over a news app's row of tabs (`推荐　要闻　本地　视频`),
        // perhaps with the channel's line between (`地方频道 ｜ 某县`), names the app: the header's.
        if out.count == 1, out[0].text == firstTextLine, hasNoStopOrComma(out[0].text), isAppTabRow(text) {
          masthead.insert(out[0].text)
          out.removeAll()
        }
        blank = blank || out.isEmpty
        if isPrintedPageNumber(text), let last = out.last, endsMidSentence(last.text) { runsOnAcrossPages = true }
        return
      }
      // A running head or foot (`秣湖区报·综合新闻　2`, the paper's name again on the next page)
      // is no text; between two lines of one sentence it is a page's break, which the sentence
      // runs on across. So is the paper's name in capital letters (`LANJIANG DAILY`) between two
      // lines of one sentence, as a column break sets the nameplate under the page's number;
      // and so is the paper's name alone (`某某日报`) there, set at the head of the next column,
      // or the page's bare number (`2`), which a copied narrow column keeps among its lines.
      if isRunningHead(text) || isRunningFieldsLine(text)
        || (!masthead.isEmpty && text.utf8.count <= 60 && masthead.contains(text))
        || ((isNameplateInLetters(text) || (text.utf8.count <= 48 && isPaperName(Substring(text)))
          || isBarePageNumber(text))
          && out.last.map { endsMidSentence($0.text) } == true)
      {
        if let last = out.last, endsMidSentence(last.text) { runsOnAcrossPages = true } else { blank = true }
        return
      }
      // Page staff credits (`责任编辑：周某  校对：许某`) close an article or the page, and an
      // index of contents (`今日导读`) lists other pages; neither is an article's text. Nor is
      // the page's e-mail on a line of its own under the staff.
      let staff = reads(isStaffCredit) || reads(isPageFoot) || isStaffEmailLine(text, under: textAbove)
      // Right under an index's label and its entries, an entry may carry its page's code alone
      // in front (`A2 …`): the label has said what the lines are.
      let index = !staff && (isPageIndexLine(text) || (teasers == out.count && isCodeFirstTeaser(text)))
      if staff || index || isImprintLine(text) {
        // (An index's label may stand bare or in brackets of its own: `【导读】`.)
        if contentsLabels.contains(text) || (index && isIndexLabel(strippingBriefMarker(text))) { teasers = out.count }
        indexSinceUnit = indexSinceUnit || index || teasers != nil
        // A post's foot stacks its source over its staff, one role a line (`来源：…`, `编辑：…`,
        // `审核：…`) or all on one line (`编辑：…　审核：…`), perhaps with blank lines between:
        // the source is the post's, not its last item's.
        if staff, let last = out.last, sourceLine(last.text) != nil, case let roles = staffRoleCount(text), roles > 0 {
          let stacked = creditsUnderSource > 0 && isOneRoleCredit(textAbove)
          creditsUnderSource = textAbove == last.text ? roles : stacked ? creditsUnderSource + roles : 0
          if creditsUnderSource >= 2 {
            out.removeLast()
            creditsUnderSource = 0
          }
        }
        // A PDF extractor may set the staff line inside an article, between two lines of one
        // sentence, and a page may set its box of teasers (`本期导读`, `▶… 2版`) after a line
        // that breaks off after a comma: the sentence runs on across it.
        let runsOn = out.last.map {
          staff ? endsMidSentence($0.text) : $0.text.unicodeScalars.last.map(commas.contains) == true
        }
        blank = blank || !((staff || !isImprintLine(text)) && runsOn == true)
        return
      }
      // A teaser's text runs to its pointer; a paragraph after one that had none ends the box.
      if let from = teasers, blank, out.count > from { teasers = nil }
      let indented = raw.first == 0x20 || raw.first == 0x09 || raw.starts(with: [0xE3, 0x80, 0x80])
      if blank, indexSinceUnit, !blankLineSinceUnit { apartByIndexOnly.append(lineNumber) }
      setsBlankLines = setsBlankLines || (blankLineSinceUnit && !out.isEmpty)
      indexSinceUnit = false
      blankLineSinceUnit = false
      out.append(
        Unit(
          text: text, line: lineNumber, blankBefore: (blank && !runsOnAcrossPages) || out.isEmpty, indented: indented,
          continuesElsewhere: endsWithPageJump(line, text), width: printedWidth(raw)))
      blank = false
      runsOnAcrossPages = false
      if onlyMasthead { onlyMasthead = out.count <= 6 && isMastheadLine(text) }
    }
    // A box left open at the end of the page is text like any other.
    if let lines = box { out.append(contentsOf: lines) }
    markingBreaksAtIndex(&out, apartByIndexOnly, setsBlankLines: setsBlankLines)
    trimmingPageEnds(&out)
    return cuttingItems(out, numbersIssue: numbersIssue)
  }

  /// Drops what stands at the head or the foot of a page's units and is none of its articles:
  /// house notes, links to related documents and lists of links, a filler of tips,
  /// advertisements, a chat post's sign-off, a notice or a caption at the foot, a label over the
  /// page, and the page's number on its last line. The first unit is set apart as a block's.
  static func trimmingPageEnds(_ out: inout [Unit]) {
    // The paper's house notes at the foot or the head of the page (`来稿请寄：…`) are no article's.
    while let last = out.last, isHouseNote(last.text) { out.removeLast() }
    // So are a digest's notes to its readers at its foot (`如需订阅或退订本早报，请…`).
    while out.count > 1, let last = out.last, isIssueReadersNote(last.text) { out.removeLast() }
    while let first = out.first, isHouseNote(first.text) { out.removeFirst() }
    // A saved page's links to related documents at its foot (`相关文件：…`) are the site's.
    while out.count > 1, let last = out.last, isRelatedFilesLink(last.text) { out.removeLast() }
    if !out.isEmpty { out[0].blankBefore = true }
    // A filler of tips at the foot of the page is no article's.
    if out.count > 1, let last = out.last, isFillerTip(last.text) { out.removeLast() }
    // An advertisement at the foot of the page, under its `广告` label, is no article's either,
    // nor is a job advertisement under its `诚聘` label.
    if let label = out.indices.suffix(4).first(where: { $0 > 0 && isAdvertisementLabel(out[$0].text) }) {
      out.removeSubrange(label...)
    } else if let label = recruitmentAdvertisement(in: out) {
      out.removeSubrange(label...)
    }
    // A chat post's sign-off at the foot of the page is no article's either, nor an
    // advertisement there without its label.
    removeChatSignOff(&out)
    removeFootAdvertisement(&out)
    removeFootNotice(&out)
    removeFootCaption(&out)
    // A saved page's list of links at its foot (`相关链接：`, then `· 某某网`) is the site's.
    if let label = out.indices.suffix(12).first(where: { isFootLinkList(out[$0...]) }), label > 0 {
      out.removeSubrange(label...)
    }
    removeHeadLabel(&out)
    // The page's number alone on the page's last line (`A2`, `7`), or with the section's name
    // (`要闻　2`), is no text.
    if out.count > 1, let last = out.last,
      isPageCode(Substring(last.text)) || isEditionLine(last.text) || isSectionPageLine(last.text)
    {
      out.removeLast()
    }
    // The paper's news hotline alone on the page's foot (`新闻热线：…`), perhaps over the page's
    // staff and number, is none of the last article's text.
    if out.count > 1, let last = out.last, isNewsHotlineLine(last.text) { out.removeLast() }
  }

  /// The units with the page's items cut: paragraphs hard-wrapped at one width joined, a
  /// headline set one ideograph a line joined, translations dropped, briefs titled in their own
  /// lines cut, circled items marked, a script's preview, a table of contents and section labels
  /// dropped; a numbered issue's items rewritten by ``bulletinItems(_:)``.
  static func cuttingItems(_ out: [Unit], numbersIssue: Bool) -> [Unit] {
    let briefs = splittingTitledBriefs(removingTranslations(joiningVerticalLines(joiningWrappedParagraphs(out))))
    // (A numbered issue's items are cut by ``bulletinItems(_:)``, their titles as much as the rest.)
    let issue = removingSectionLabels(
      removingContents(
        removingPreview(
          markingCircledItems(
            splittingOneLineNotices(
              splittingBracketedBriefs(numbersIssue ? briefs : splittingSentenceTitledBriefs(briefs)))))))
    // A page that opens with item 1's title (`1. 省委常委会召开会议`) lists numbered items too.
    let opensWithFirstItem = issue.first.map { opensNumberedItems($0.text) } ?? false
    return numbersIssue || opensWithFirstItem ? bulletinItems(issue) : issue
  }

  /// Marks the units that only an index of contents (`今日导读`, its teasers over `2版`) set apart
  /// (or a jump note on its own line, `(下转第7版)`) set apart
  /// from the line above, on a page that sets no blank line or rule between its lines: such a
  /// page sets one paragraph a line and its items one under another. The break the index left
  /// still ends a paragraph (the line after it may be a headline), but it makes no block: read
  /// as one, the items after the index would make a block of their own and the page a block
  /// page (a broadcast transcript's), whose blocks are its items. `lines` are the page lines of
  /// the units that only the index set apart.
  static func markingBreaksAtIndex(_ units: inout [Unit], _ lines: [Int], setsBlankLines: Bool) {
    guard !setsBlankLines, !lines.isEmpty else { return }
    for k in units.indices.dropFirst() where lines.contains(units[k].line) { units[k].apartByIndexOnly = true }
  }

  /// The units with a headline set vertically joined again: a PDF extractor gives such a
  /// headline one ideograph a line (`江`, `畔`, `新`, …); three or more such lines in a row,
  /// without blank lines between them, are one line. (No line of text or verse is one
  /// ideograph long.)
  static func joiningVerticalLines(_ units: [Unit]) -> [Unit] {
    func isOneIdeograph(_ unit: Unit) -> Bool {
      unit.text.utf8.count == 3
        && unit.text.unicodeScalars.first.map { $0.isMainBlockIdeograph } == true
    }
    guard units.contains(where: isOneIdeograph) else { return units }
    var out: [Unit] = []
    out.reserveCapacity(units.count)
    var i = 0
    while i < units.count {
      var end = i
      while end < units.count, isOneIdeograph(units[end]), end == i || !units[end].blankBefore { end += 1 }
      if end - i >= 3 {
        var joined = units[i]
        joined.text = units[i..<end].map(\.text).joined()
        out.append(joined)
        i = end
      } else {
        out.append(units[i])
        i += 1
      }
    }
    return out
  }

  /// The units without the translation a bilingual bulletin sets under each headline: a line in
  /// Latin letters (`36 MW Rooftop PV Project Connected to Grid`), three words or more and no
  /// ideograph, right under a headline line after a blank line and closing its block. It is
  /// the headline's, never the first line of the text under it.
  static func removingTranslations(_ units: [Unit]) -> [Unit] {
    let translations = units.indices.dropFirst().filter { i in
      !units[i].blankBefore && units[i - 1].blankBefore && (i + 1 == units.count || units[i + 1].blankBefore)
        && isTranslationLine(units[i].text) && isHeadlineLike(units[i - 1].text, strict: false)
        && units[i - 1].text.unicodeScalars.contains(where: { $0.isMainBlockIdeograph })
    }
    guard !translations.isEmpty else { return units }
    var out = units
    for i in translations.reversed() { out.remove(at: i) }
    return out
  }

  /// Whether a line is in Latin letters only, as a headline's translation is: no ideograph,
  /// three words or more, most of its characters letters, no sentence's full stop at its end.
  static func isTranslationLine(_ text: String) -> Bool {
    // Most lines open with an ideograph or a Chinese quote.
    guard let first = text.utf8.first, first < 0x80, text.utf8.count <= 200, !text.hasUTF8Suffix(".") else {
      return false
    }
    guard !text.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else { return false }
    let letters = text.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
    return text.split(separator: " ").count >= 3 && letters * 2 >= text.unicodeScalars.count
  }
}
