/// How the splitter reads single lines — headline or body text, numbered heading, column label —
/// and how it trims them. Leads and credits are in `BulletinCredits.swift`, what of a page is no
/// article's in `BulletinPageFurniture.swift`, how lines are joined into paragraphs again in
/// `BulletinParagraphs.swift`.
extension BulletinSplitter {
  /// Whether a paragraph can close an article: it ends a sentence, or it is a date (a
  /// signature's), a photo credit, a closing credit (`融媒记者 宁某 报道`), the source
  /// (`来源：…`) or a reader's signature (`读者 王某`).
  static func endsItem(_ text: String) -> Bool {
    if isPostCredit(text) || readersSignature(text) != nil || isSourceNote(text) { return true }
    if isAuthorUnitNote(text) || signatureAuthor(text) != nil { return true }
    return endsSentence(text) || endsWithPhotoCredit(text) || text.hasUTF8Prefix("来源：")
      || text.hasUTF8Prefix("来源:") || trailingCredit(text) != nil || isDateLine(text)
  }

  /// Whether a paragraph stands on its own, never joined to its neighbours as a print break
  /// would be, though it ends no sentence: a numbered heading (`一、…`, `（一）…`, `（1）…`), a
  /// photo credit or a caption ending in one (`…。本报记者 刘洋 摄`), or a row of names.
  static func isFreestanding(_ text: String) -> Bool {
    if isNumbered(text) || endsWithPhotoCredit(text) || isDateLine(text) || isInsetLabel(text) { return true }
    if isTimelineEntry(text) { return true }
    if isPostCredit(text) { return true }
    // An official document's number under its title (`某政通〔2026〕3号`).
    if text.hasUTF8Suffix("号"), isDocumentNumber(text) { return true }
    // Names are two or three ideographs, rarely four; `中共中央 国务院` is not a row of names.
    guard text.utf8.count <= 400, text.containsUTF8(" ") else { return false }
    let words = text.split(separator: " ")
    return words.count >= 2 && words.allSatisfy { isPersonalName($0) && $0.hasAtMostScalars(3) }
  }

  /// Whether a line is an entry of a timeline (`2021年6月 启动…工程`, `2024年5月8日　…`): a year
  /// and month (perhaps a day) in digits, set apart by a space from what happened then. Prose
  /// puts a comma after such a date, and a print break no space.
  static func isTimelineEntry(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, asciiDigits.contains(first), text.utf8.count <= 160 else { return false }
    var rest = Substring(text)
    func digits(_ lo: Int, _ hi: Int, then unit: Character) -> Bool {
      let run = rest.prefix { $0.isASCII && $0.isNumber }
      guard run.count >= lo, run.count <= hi, rest.dropFirst(run.count).first == unit else { return false }
      rest = rest.dropFirst(run.count + 1)
      return true
    }
    guard digits(4, 4, then: "年"), digits(1, 2, then: "月") else { return false }
    _ = digits(1, 2, then: "日")
    let spaces = rest.prefix { $0 == " " || $0 == "\u{3000}" }
    return !spaces.isEmpty && rest.count > spaces.count
  }

  /// Whether a paragraph is a credit or a source set on a line of its own after an item's text,
  /// as posts and scripts set them (`文丨刘某　图丨王某`, `记者：许某`, `来源：区城市管理局`).
  static func isPostCredit(_ text: String) -> Bool {
    text.utf8.count <= 120 && (closingCreditLine(text) != nil || sourceLine(text) != nil)
  }

  /// The labels of the boxes set inside an article (`相关链接`, `小贴士`, `记者手记`).
  static let insetLabels: Set<String> = [
    "相关链接", "链接", "背景链接", "知识链接", "新闻链接", "延伸阅读", "小贴士", "温馨提示", "记者手记", "编后", "编后语", "名词解释",
    "背景资料", "资料链接", "数说", "图解",
  ]

  /// The labels of a reporter's or an editor's note on the article before it (`记者手记`, `编后`).
  static let commentaryLabels: Set<String> = ["记者手记", "采访手记", "编后", "编后语", "编者的话"]

  /// Whether a line is a commentary label (``commentaryLabels``) set as a column's over a headline
  /// of its own, in one block with it (`记者手记`, then `让农民唱主角`, then a blank line): the note
  /// is a piece of its own. Set apart from its headline by a blank line, it is a box inside the
  /// article (``isInsetLabel(_:)``) over a subheading.
  static func labelsCommentary(_ k: Int, in units: [Unit]) -> Bool {
    k + 1 < units.count && !units[k + 1].blankBefore && units[k].text.utf8.count <= 24
      && commentaryLabels.contains(String(withoutEnclosingBrackets(Substring(strippingBriefMarker(units[k].text)))))
  }

  /// Whether a paragraph is only the label of a box inside an article (see ``insetLabels``),
  /// perhaps in brackets, behind a marker or before a colon: it heads the box's text rather
  /// than running on into it.
  static func isInsetLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 36 else { return false }
    var label = Substring(strippingBriefMarker(text))
    if let last = label.unicodeScalars.last, last == "：" || last == ":" { label = label.dropLast() }
    return insetLabels.contains(String(withoutEnclosingBrackets(label)))
  }

  /// How a paragraph's number is set (see ``isNumbered(_:)``): in brackets or not, in Chinese
  /// numerals or in digits. Items of one list share it; nil for an unnumbered paragraph.
  struct NumberingStyle: Equatable {
    var bracketed: Bool
    var chinese: Bool
  }

  /// The ``NumberingStyle`` of a numbered paragraph, or nil.
  static func numberingStyle(_ text: String) -> NumberingStyle? {
    guard isNumbered(text), let first = text.unicodeScalars.first else { return nil }
    let bracketed = first == "（" || first == "("
    let numeral = bracketed ? text.unicodeScalars.dropFirst().first : first
    return NumberingStyle(bracketed: bracketed, chinese: numeral.map { $0.properties.numericType == nil } ?? false)
  }

  /// The Chinese numerals that number a paragraph (`一、` … `十二、`), built once.
  static let chineseNumerals = ScalarBitmap("一二三四五六七八九十".unicodeScalars)

  /// The ASCII digits, built once (a set built per call cost more than the test).
  static let asciiDigits = ScalarBitmap("0123456789".unicodeScalars)

  /// Whether a paragraph starts with a number that heads it: `一、`, `（一）`, `（1）`, `1.`, `1、`.
  static func isNumbered(_ text: String) -> Bool {
    let digits = asciiDigits
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

  static let briefMarkers = ScalarBitmap("■◆●▲★☆□◇◎".unicodeScalars)

  /// Whether a line is a column heading of briefs (`■短讯`): no photographer's credit set behind
  /// the same marker (`■记者 某某 摄`).
  static func opensBriefs(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, briefMarkers.contains(first), !isAnchor(text),
      !isMarkedAuthorLine(text), !isPhotoCredit(text)
    else { return false }
    // `▲修复后的鹭溪湿地（无人机航拍）` is a photo's caption inside an article.
    if text.hasUTF8Suffix("）"), ["摄", "航拍", "图为", "资料图"].contains(where: { text.containsUTF8($0) }) { return false }
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
    // an index of contents or its teasers, and no blank line, stood since the last unit, and the
    // lines of the units that only such an index set apart (see
    // ``markingBreaksAtIndex(_:_:setsBlankLines:)``).
    var setsBlankLines = false
    var indexSinceUnit = false
    var blankLineSinceUnit = false
    var apartByIndexOnly: [Int] = []
    // A saved page's site, named in its header (``isSiteHeader(_:)``).
    var siteName: String? = nil
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
      // Header and staff lines are read as they stand or, letter-spaced by OCR, without the spacing.
      let plain = withoutLetterSpacing(raw, collapsed: text)
      func reads(_ test: (String) -> Bool) -> Bool { test(text) || plain.map(test) == true }
      // A jump note on a line of its own (`（下转A3版）`): the article goes on on another page,
      // and the line before it, mid-sentence, is the last here.
      if text.isEmpty, !line.isEmpty, !out.isEmpty, line.containsUTF8("转") {
        out[out.count - 1].continuesElsewhere = true
      }
      // One saying where the article came from (`（上接第1版）`) stands between its headline and
      // its text, which goes on mid-sentence: no break of its own.
      if text.isEmpty, !line.isEmpty, line.containsUTF8("接") { return }
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
        // name in letters) go with it.
        masthead.formUnion(out.lazy.map(\.text))
        out.removeAll()
        blank = true
        return
      }
      // Before any text, the paper's name on a line of its own (`枫林日报`, under the page's date) is
      // the masthead's too, and so is the page's bare number (`2`) over its first headline.
      if out.isEmpty,
        reads(isPageFurniture) || isChatGreeting(text) || isPaperName(Substring(text)) || isBarePageNumber(text)
      {
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
      if siteName == nil, isLocationLine(text), isSiteHeader(out) {
        siteName = out[0].text
        out.removeAll()
      }
      if let site = siteName, isPublishingLine(text), let own = withoutOwnSource(text, site: site) { text = own }
      // A saved page's tool and navigation lines sit inside an item: dropped without a break.
      if isIssueFurniture(text) {
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
      // index of contents (`今日导读`) lists other pages; neither is an article's text.
      let staff = reads(isStaffCredit) || reads(isPageFoot)
      // Right under an index's label and its entries, an entry may carry its page's code alone
      // in front (`A2 …`): the label has said what the lines are.
      let index = !staff && (isPageIndexLine(text) || (teasers == out.count && isCodeFirstTeaser(text)))
      if staff || index || isImprintLine(text) {
        if contentsLabels.contains(text) { teasers = out.count }
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
    // The paper's house notes at the foot or the head of the page (`来稿请寄：…`) are no article's.
    while let last = out.last, isHouseNote(last.text) { out.removeLast() }
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

  /// The line without the letter spacing OCR or a layout gave it (`临 江 日 报`, `责 任 编 辑:柯 雨　　校
  /// 对:汪 平`): characters one space apart make one word, and a wider gap (two spaces or more,
  /// an ideographic space, a tab) parts words. Nil for a line not letter-spaced: four pieces
  /// between its spaces or more, two in three of them one character (`collapsed` is the line
  /// with its spaces collapsed, as the splitter reads it).
  static func withoutLetterSpacing(_ raw: UnsafeBufferPointer<UInt8>, collapsed text: String) -> String? {
    // Most lines have a few spaces or none: the pieces between them are words. Counted in one
    // pass, without taking the line apart.
    guard raw.count <= longestColumnLine, text.containsUTF8(" ") else { return nil }
    var pieces = 0
    var singles = 0
    var length = 0
    for scalar in text.unicodeScalars {
      guard scalar == " " else {
        length += 1
        continue
      }
      pieces += 1
      singles += length == 1 ? 1 : 0
      length = 0
    }
    pieces += 1
    singles += length == 1 ? 1 : 0
    guard pieces >= 4, singles * 3 >= pieces * 2 else { return nil }
    let gaps = String(decoding: raw, as: UTF8.self).replacingOccurrences(of: "\u{3000}", with: "  ")
      .replacingOccurrences(of: "\t", with: "  ")
    let words = gaps.components(separatedBy: "  ").map { $0.split(separator: " ").joined() }.filter { !$0.isEmpty }
    return words.joined(separator: " ")
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

  /// Whether a line only points to the page an item is printed on (`▶详见A5版`, `（详见第3版）`,
  /// `详见5版`), as a front page's teasers end.
  static func isSeePageLine(_ text: String) -> Bool {
    guard text.utf8.count <= 40, text.containsUTF8("详见") else { return false }
    var scalars = text.unicodeScalars.drop { !($0.isMainBlockIdeograph) }
    guard scalars.starts(with: "详见".unicodeScalars) else { return false }
    scalars = scalars.dropFirst(2)
    if scalars.first == "第" { scalars = scalars.dropFirst() }
    if let first = scalars.first, ("A"..."Z").contains(first) { scalars = scalars.dropFirst() }
    let digits = scalars.prefix { pageNumerals.contains($0) }
    guard !digits.isEmpty, digits.count <= 3 else { return false }
    scalars = scalars.dropFirst(digits.count)
    guard scalars.first == "版" else { return false }
    return scalars.dropFirst().allSatisfy { $0 == "）" || $0 == ")" || $0 == " " }
  }

  /// Where a job advertisement at the foot of the page starts: its label after a blank line
  /// (`诚　聘`, `招聘`), then two to eight short lines that are no sentences (the employer, the
  /// posts and their numbers, the pay; its contact line is dropped as a contact line is).
  static func recruitmentAdvertisement(in units: [Unit]) -> Int? {
    guard
      let label = units.indices.suffix(9).first(where: { k in
        k > 0 && units[k].blankBefore && units[k].text.utf8.count <= 16
          && ["诚聘", "招聘", "急聘", "高薪诚聘"].contains(String(units[k].text.filter { $0 != " " }))
      })
    else { return nil }
    let lines = units[(label + 1)...]
    guard (2...8).contains(lines.count),
      lines.allSatisfy({
        $0.text.hasAtMostScalars(30) && !$0.text.unicodeScalars.contains { innerStops.contains($0) }
      })
    else { return nil }
    return label
  }

  /// Whether a line is only the label papers set over an advertisement (`广　告`, `【广告】`).
  static func isAdvertisementLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 16 else { return false }
    let label = text.unicodeScalars.filter { !"【】[]（）() ".unicodeScalars.contains($0) }
    return String(String.UnicodeScalarView(label)) == "广告"
  }

  /// The units without the page's section labels (`乡镇动态`, `【部门之窗】`): a label over a
  /// headline names a group of articles, as a page header does, and is no article's text. A
  /// label over text (the heading of a column of briefs) stays.
  static func removingSectionLabels(_ units: [Unit]) -> [Unit] {
    var out: [Unit] = []
    out.reserveCapacity(units.count)
    // A blank line above a dropped label counts as above the headline.
    var blank = false
    for (i, unit) in units.enumerated() {
      let labelsHeadline =
        i + 1 < units.count && (isSectionLabel(unit.text) || isBriefsLabel(unit.text))
        && isHeadlineLike(units[i + 1].text, strict: false) && !isAnchor(units[i + 1].text)
        && (!(units[i + 1].text.unicodeScalars.first.map(briefMarkers.contains) ?? false)
          || (i + 2 < units.count && isAnchor(units[i + 2].text)))
      if labelsHeadline || namesMarkedBriefs(i, in: units) {
        blank = blank || unit.blankBefore
        continue
      }
      var kept = unit
      kept.blankBefore = kept.blankBefore || blank
      out.append(kept)
      blank = false
    }
    return out
  }

  /// The units with each notice set on one line behind its kind and a colon cut into the
  /// notice's title and its text: a correction (`更正：本报某日第1版《…》一文中…，特此更正。`), a
  /// statement of loss (`遗失声明：某某合作社遗失公章一枚，声明作废。`), a notice of items found.
  /// Papers set such notices among the briefs or at the page's foot, each one of its own: none
  /// of the article above.
  static func splittingOneLineNotices(_ units: [Unit]) -> [Unit] {
    guard units.contains(where: { oneLineNoticeLabel($0.text) != nil }) else { return units }
    var out: [Unit] = []
    out.reserveCapacity(units.count + 2)
    for unit in units {
      guard let label = oneLineNoticeLabel(unit.text) else {
        out.append(unit)
        continue
      }
      let text = String(String.UnicodeScalarView(unit.text.unicodeScalars.dropFirst(label.unicodeScalars.count + 1)))
      out.append(Unit(text: label, line: unit.line, blankBefore: unit.blankBefore, marksTitle: true))
      out.append(Unit(text: text, line: unit.line, blankBefore: false, indented: true))
    }
    return out
  }

  /// The kind of a notice set on one line (`更正`, `遗失声明`, `招领启事`), when the paragraph is
  /// one: the kind, a colon, then a finished sentence or more (sixteen characters at least, the
  /// kind included). The kind is `更正` or a notice's title (``isBoxTitle(_:)``) of four to eight
  /// ideographs: a shorter word before a colon (`声明：`, `通知：`) opens a sentence inside an
  /// article as often, and the weather's box (`天气预报：…`) is no notice.
  static func oneLineNoticeLabel(_ text: String) -> String? {
    let head = text.unicodeScalars.prefix(9)
    guard let colon = head.firstIndex(where: { $0 == "：" || $0 == ":" }), !text.hasAtMostScalars(15),
      endsSentence(text)
    else { return nil }
    let label = String(String.UnicodeScalarView(head[..<colon]))
    if label == "更正" { return label }
    guard (4...8).contains(label.unicodeScalars.count), label.unicodeScalars.allSatisfy(\.isMainBlockIdeograph),
      isBoxTitle(label), label != "天气预报"
    else { return nil }
    return label
  }

  /// Whether the unit at `i` is the name of a column of briefs with marked titles (`城事速览`, then
  /// `■…` headlines, each over its text): a short name of ideographs on a line of its own after
  /// a finished item, over two such titles behind one marker or more, none right under another.
  /// It names the column and is none of the text before it. (A column label, `简讯`, joins its
  /// brief's title instead.) A page without blank lines sets the name right under the item, which
  /// only a briefs label's own word then tells apart (``isBriefsLabel(_:)``, `区县快讯`).
  static func namesMarkedBriefs(_ i: Int, in units: [Unit]) -> Bool {
    let name = units[i].text.unicodeScalars
    guard i + 1 < units.count, (units[i].blankBefore && units[i + 1].blankBefore) || isBriefsLabel(units[i].text),
      (2...8).contains(name.count),
      name.allSatisfy({ $0.isMainBlockIdeograph }), i == 0 || endsItem(units[i - 1].text),
      let marker = units[i + 1].text.unicodeScalars.first, briefMarkers.contains(marker),
      !isColumnLabel(units[i].text)
    else { return false }
    // (A box of figures, `●工业用电量　9.8亿千瓦时`, sets its marked lines one under another.)
    let titles = units.indices[(i + 1)...].prefix(24).filter { k in
      units[k].text.unicodeScalars.first == marker && opensBriefs(units[k].text) && !isBulletedListLine(k, in: units)
    }
    return titles.count >= 2
  }

  /// Labels of a box of briefs (`【简　讯】`): over items with titles of their own, page
  /// furniture like a section label.
  /// So is a briefs label with a short place or field in front (`■梧川简讯`, `街镇快讯`,
  /// `要闻速览`), in brackets, behind a marker or not.
  static func isBriefsLabel(_ text: String) -> Bool {
    // Every such label ends in `讯`, `报`, `递`, `览` or a bracket: most short lines do not.
    guard text.utf8.count <= 30, let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
      "讯报递览】]".unicodeScalars.contains(last)
    else { return false }
    let label = String(
      String.UnicodeScalarView(
        text.unicodeScalars.drop { briefMarkers.contains($0) }.filter { !"【】[] ".unicodeScalars.contains($0) }))
    if first == "【" || first == "[", briefsColumns.contains(label) { return true }
    let count = label.unicodeScalars.count
    return count >= 4 && count <= 6 && ["简讯", "快讯", "短讯", "简报", "速览"].contains(where: label.hasUTF8Suffix)
      && label.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// Endings of the names papers give their sections (`乡镇动态`, `部门之窗`, `基层短波`).
  static let sectionLabelEndings = [
    "动态", "之窗", "速递", "短波", "传真", "扫描", "集锦", "掠影", "视窗", "播报", "直通车", "要闻", "资讯", "一线", "风采",
    "公开",
  ]

  /// Whether a line is only a section's name (see ``sectionLabelEndings``), perhaps in brackets or
  /// behind a pictograph: two to eight ideographs and nothing else. Commentary and briefs labels
  /// (``columnLabels``) are not section labels: they belong to the article under them.
  static func isSectionLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 30 else { return false }
    // A post may set a pictograph before it: `📢今日要闻速递`.
    let unmarked = text.unicodeScalars.drop { isPictograph($0) || $0 == "\u{FE0F}" || $0 == " " }
    let label = String(withoutEnclosingBrackets(Substring(String(String.UnicodeScalarView(unmarked)))))
    let count = label.unicodeScalars.count
    guard count >= 4, count <= 8, !columnLabels.contains(label),
      label.unicodeScalars.allSatisfy({ $0.isMainBlockIdeograph })
    else { return false }
    return sectionLabelEndings.contains(where: label.hasUTF8Suffix)
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

  /// The line without print jump notes (`(下转第2版)`, `（上接第1版）`, `（紧转第2版）`, `（转2版）`),
  /// which say where the article goes on in the printed paper and are not its text: in
  /// brackets, `转` or `接` (perhaps after `上`, `下` or `紧`), then the page (`第3版`, `3版`, an
  /// edition's `A3版`, `第A3版`).
  static func removingPageJumps(_ line: String) -> String {
    guard line.containsUTF8("版") else { return line }
    let scalars = Array(line.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    scan: while i < scalars.count {
      if scalars[i] == "(" || scalars[i] == "（" {
        var j = i + 1
        if j < scalars.count, "上下紧".unicodeScalars.contains(scalars[j]) { j += 1 }
        if j < scalars.count, scalars[j] == "转" || scalars[j] == "接" {
          j += 1
          if j < scalars.count, scalars[j] == "第" { j += 1 }
          if j < scalars.count, ("A"..."Z").contains(scalars[j]) { j += 1 }
          let digitsStart = j
          while j < scalars.count, pageNumerals.contains(scalars[j]) { j += 1 }
          if j > digitsStart, j + 1 < scalars.count, scalars[j] == "版", scalars[j + 1] == ")" || scalars[j + 1] == "）" {
            i = j + 2
            continue scan
          }
        }
      }
      out.append(scalars[i])
      i += 1
    }
    return collapseSpaces(Substring(String(out)))
  }

  /// Whether a line of text closes with a jump note (`…落地转化，（转2版）`, see
  /// ``removingPageJumps(_:)``), `text` being the line without it: the article goes on on
  /// another page, and the line is its last here, as under a note on a line of its own.
  static func endsWithPageJump(_ line: String, _ text: String) -> Bool {
    // Most lines lose no note, and most notes that go stand on lines of their own.
    guard text.utf8.count < line.utf8.count, !text.isEmpty, line.hasUTF8Suffix("）") || line.hasUTF8Suffix(")"),
      let open = line.unicodeScalars.lastIndex(where: { $0 == "（" || $0 == "(" })
    else { return false }
    let note = String(String.UnicodeScalarView(line.unicodeScalars[open...]))
    return note.containsUTF8("转") && removingPageJumps(note).isEmpty
  }

  /// The page's previous line without the start of a jump note that a hard wrap cut off
  /// (`…实现（下转第`) and the line without the note's end (`3版）…`), when the two halves make
  /// one note (``removingPageJumps(_:)``); nil otherwise.
  static func wrappedPageJump(_ previous: String, _ line: String) -> (previous: String, line: String)? {
    // Most lines open with no page's number, and most lines end with no open bracket near the end.
    guard let first = line.unicodeScalars.first,
      pageNumerals.contains(first) || first == "第" || first == "版" || ("A"..."Z").contains(first),
      let close = line.unicodeScalars.prefix(6).firstIndex(where: { $0 == "）" || $0 == ")" })
    else { return nil }
    let scalars = previous.unicodeScalars
    guard let open = scalars.suffix(6).lastIndex(where: { $0 == "（" || $0 == "(" }), open != scalars.startIndex
    else { return nil }
    let head = String.UnicodeScalarView(scalars[open...])
    let tail = String.UnicodeScalarView(line.unicodeScalars[...close])
    guard String(head).containsUTF8("转") || String(head).containsUTF8("接"),
      removingPageJumps(String(head) + String(tail)).isEmpty
    else { return nil }
    let rest = String(String.UnicodeScalarView(line.unicodeScalars[line.unicodeScalars.index(after: close)...]))
    return (String(String.UnicodeScalarView(scalars[..<open])), collapseSpaces(Substring(rest)))
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

  /// Whether a line holds neither a stop nor a comma: a label, a name, a link, no clause of
  /// a sentence.
  static func hasNoStopOrComma(_ text: String) -> Bool {
    !text.unicodeScalars.contains { innerStops.contains($0) || commas.contains($0) }
  }

  /// Whether a line of hard-wrapped body text stops mid-sentence: a long line (sixteen
  /// characters or more) ending in an ideograph, a digit or a comma, as no headline, credit or
  /// finished paragraph does.
  /// Whether a line is a paper's name in capital Latin letters (`LANJIANG DAILY`): two words
  /// or more of capitals set apart by single spaces, eight letters or more, forty characters at
  /// most.
  static func isNameplateInLetters(_ text: String) -> Bool {
    guard text.utf8.count <= 40 else { return false }
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    return words.count >= 2
      && words.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) } }
      && words.reduce(0) { $0 + $1.utf8.count } >= 8
  }

  static func endsMidSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last, !text.hasAtMostScalars(15) else { return false }
    return last.isMainBlockIdeograph || commas.contains(last)
      || ("0"..."9").contains(last)
  }

  /// Whether a line ends with a quoted term rather than a quoted sentence (`…推出“乡村振兴贷”`,
  /// not `…他说：“好。”`): a closing quote with no stop before it. A quote closes a sentence only
  /// when the sentence inside it has ended.
  static func endsWithQuotedTerm(_ text: String) -> Bool {
    let last = text.unicodeScalars.suffix(2)
    guard last.count == 2, let close = last.last, let before = last.first, "”’」』\"".unicodeScalars.contains(close)
    else { return false }
    return !innerStops.contains(before) && !"…—".unicodeScalars.contains(before)
  }

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

  /// Column labels (``columnLabels``) over one commentary piece each, rather than over briefs.
  static let commentaryColumns: Set<String> = [
    "短评", "时评", "快评", "评论", "社论", "述评", "言论", "评论员文章", "本报评论员", "本报评论员文章", "以案说法", "今日谈", "街谈巷议", "漫评",
  ]

  /// Column labels (``columnLabels``) over a column of briefs, each with a title of its own: a
  /// column of one-line news (`一句话新闻`) too, where each item's title stands before its sentence
  /// (`◆…　…。`; a bulletin's untitled one-line items, ``isOneLineNewsLabel(_:)``, are one piece).
  static let briefsColumns: Set<String> = ["简讯", "快讯", "短讯", "新闻速递", "新闻简报", "一句话新闻", "新闻一句话"]

  /// Column labels that stand on a line of their own above an article's headline: the
  /// commentary columns', the briefs columns', and those over a photo, an editor's note or a
  /// reader's letter.
  static let columnLabels = commentaryColumns.union(briefsColumns).union(["编者按", "图片新闻", "读者来信"])

  /// The words the label of a small box ends with (see ``isBoxLabel(_:)``): a tip (`便民提示`,
  /// `健康小贴士`), a link to background (`相关链接`), a column of briefs (`党建简讯`), a lesson
  /// (`农技小课堂`), figures (`数据`, `图说数据`).
  static let boxLabelEndings = ["提示", "贴士", "链接", "简讯", "课堂", "数据"]

  /// Whether a line is only the label of a small box set under an article (`便民提示`,
  /// `法律小贴士`, `相关链接`): a column label (``isColumnLabel(_:)``), or two to six ideographs
  /// without punctuation that end with a word of ``boxLabelEndings``.
  static func isBoxLabel(_ text: String) -> Bool {
    if isColumnLabel(text) { return true }
    guard text.utf8.count <= 24 else { return false }
    // The label may stand in brackets of its own (`【普法小课堂】`).
    let bracketed = text.hasUTF8Prefix("【") && text.hasUTF8Suffix("】")
    guard bracketed || text.utf8.count <= 18 else { return false }
    let label = bracketed ? String(text.dropFirst().dropLast()) : text
    let scalars = label.unicodeScalars
    guard scalars.count >= 2, scalars.allSatisfy({ $0.isMainBlockIdeograph }) else { return false }
    return boxLabelEndings.contains(where: label.hasUTF8Suffix)
  }

  /// Whether a box label (``isBoxLabel(_:)``) heads background to the article above it
  /// (`相关链接`, `新闻链接`) rather than an item of its own.
  static func labelsBackground(_ text: String) -> Bool {
    text.hasUTF8Suffix("链接") || text.hasUTF8Suffix("链接】")
  }

  /// Whether a line opens the content of a small box under its label (``isBoxLabel(_:)``) as
  /// no paragraph of an article's prose does: a line that introduces a list (ending with a
  /// colon), a bulleted or numbered item, or an enumerated point (`一是…`).
  static func opensBoxContent(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
    if last == "：" || last == ":" || briefMarkers.contains(first) || isNumbered(text) { return true }
    // A box of questions and answers opens with its first question (`问：…`).
    return text.hasUTF8Prefix("一是") || text.hasUTF8Prefix("问：") || text.hasUTF8Prefix("问:")
  }

  /// The label without brackets around the whole of it (`【短评】`, `[广告]`), or as it is.
  static func withoutEnclosingBrackets(_ label: Substring) -> Substring {
    guard let first = label.unicodeScalars.first, let last = label.unicodeScalars.last,
      (first == "【" && last == "】") || (first == "[" && last == "]")
    else { return label }
    return label.dropFirst().dropLast()
  }

  /// Whether a line is only a column label (``columnLabels``), perhaps behind a `■`-style
  /// marker or inside brackets (`【短评】`).
  static func isColumnLabel(_ text: String) -> Bool {
    columnLabelName(text) != nil
  }

  /// The column label a line is only (``isColumnLabel(_:)``), without its marker, its brackets
  /// and the spaces that fill its box (`【简　讯】` → `简讯`); nil for any other line.
  static func columnLabelName(_ text: String) -> String? {
    guard text.utf8.count <= 48 else { return nil }
    // A label may be spaced out to fill its box: `【简　讯】`.
    let label = String(withoutEnclosingBrackets(Substring(strippingBriefMarker(text).filter { $0 != " " })))
    return columnLabels.contains(label) ? label : nil
  }

  /// Whether a line is a headline behind its column's label and a colon (`短评：…`, `时评:…`): a
  /// commentary's title, which may hold a comma (`…做“减法”，…做“加法”`).
  static func isLabelledHeadline(_ text: String) -> Bool {
    guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }), text[..<colon].count <= 5,
      columnLabels.contains(String(text[..<colon]))
    else { return false }
    let headline = String(text[text.index(after: colon)...])
    return headline.hasAtMostScalars(30) && isHeadlineLike(headline, strict: false)
  }

}

extension Unicode.Scalar.Properties {
  /// Whether the scalar is punctuation of any kind (a comma, a stop, a bracket, a dash, a quote).
  var isPunctuationLike: Bool {
    switch generalCategory {
    case .otherPunctuation, .openPunctuation, .closePunctuation, .dashPunctuation, .initialPunctuation,
      .finalPunctuation, .connectorPunctuation:
      true
    default: false
    }
  }
}

extension StringProtocol {
  /// Whether this text holds `limit` Unicode scalars at most (`unicodeScalars.count <= limit`),
  /// told from its UTF-8 length alone when it can be (a scalar takes one to four bytes), and
  /// otherwise by walking `limit` scalars, never a long line's all.
  func hasAtMostScalars(_ limit: Int) -> Bool {
    let bytes = utf8.count
    if bytes <= limit { return true }
    if bytes > 4 * limit { return false }
    return unicodeScalars.dropFirst(limit).isEmpty
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is an ideograph of the main CJK block (U+4E00–U+9FFF), where nearly
  /// every character of a page's names, labels and headlines lies.
  var isMainBlockIdeograph: Bool { value >= 0x4E00 && value <= 0x9FFF }
}
