import PolicyCore

/// How the splitter tells a block page (a broadcast transcript: one article a block, its headline
/// over its paragraphs) from a print page, and the tests `splitBlocks` asks of a block: how many of
/// its lines are the headline (wrapped, under a kicker or an issuer's name, running to the lead),
/// whether headline blocks join, and how a paragraph is appended to the article before.
extension BulletinSplitter {
  /// Whether a page's blank lines set apart its paragraphs rather than its articles: a third
  /// of its blocks, three at least, open with an indented line, as a paragraph goes on with the
  /// article above it. A block page sets one article a block, each opening with its headline.
  static func setsParagraphsApart(_ blocks: [[Unit]]) -> Bool {
    let indented = blocks.reduce(0) { $0 + ($1[0].indented ? 1 : 0) }
    return indented >= 3 && indented * 3 >= blocks.count
  }

  /// The most bytes a line set in a printed column holds (80 ideographs): a longer line is a
  /// paragraph set on one line.
  static let longestColumnLine = 240

  /// Whether a block holds two leads or more that credit reporters (`本报讯（记者 …）`) under its
  /// first line: a block page sets one article a block, so a page with such a block is a print
  /// page whose blank lines set apart something else (a jump note, a page's break).
  static func holdsSeveralLeads(_ block: [Unit]) -> Bool {
    guard block.count >= 4 else { return false }
    var leads = 0
    // Such a lead has its credit's bracket near its start: most lines have none.
    for unit in block.dropFirst() where creditsReporterEarly(unit.text) && isLead(unit.text) {
      guard let (credit, _) = extractByline(unit.text), !credit.isEmpty else { continue }
      leads += 1
      if leads == 2 { return true }
    }
    return false
  }

  /// Whether a line opens with a bracket naming a reporter within its first eighteen
  /// ideographs (`本报讯（记者 王某）`, `（通讯员 李某）…`), as a lead's credit does: `记者` or `通讯员`
  /// within a few characters after `（` or `(`. Read off the bytes: it is asked of every line of
  /// a block page.
  static func creditsReporterEarly(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      let head = bytes.prefix(54)
      guard
        let open = head.indices.first(where: { k in
          head[k] == 0x28 || (head[k] == 0xEF && k + 2 < head.count && head[k + 1] == 0xBC && head[k + 2] == 0x88)
        })
      else { return false }
      let credit = head[open...].prefix(30)
      return credit.indices.contains { k in
        credit[k...].starts(with: "记者".utf8) || credit[k...].starts(with: "通讯员".utf8)
      }
    } ?? false
  }

  /// The blocks with each headline block (a headline, perhaps a `——` subtitle, then its credit
  /// line: `◎本报记者 管某`, or a document's title over the note of its adoption, `（…会议通过）`;
  /// a web record's over its publishing line and its event's fields) joined to the block of text
  /// under it.
  static func joiningHeadlineBlocks(_ blocks: [[Unit]]) -> [[Unit]] {
    var out: [[Unit]] = []
    var i = 0
    while i < blocks.count {
      // (An event's record sets its fields under the publishing line: ``isEventField(_:)``.)
      let fields = blocks[i].reversed().prefix { isEventField($0.text) }.count
      let block = blocks[i]
      let head = block.dropLast(fields)
      let last = head.last?.text ?? ""
      let heads =
        head.count >= 2 && head.count <= 4 && (fields == 0 || isPublishingLine(last))
        && (isCreditLine(last) || isPublishingLine(last) || isAdoptionNote(last))
        && isHeadlineLike(block[0].text, strict: false)
        && head.dropFirst().dropLast().allSatisfy { isSubtitle($0.text) || isHeadlineLike($0.text, strict: false) }
      if heads, i + 1 < blocks.count, !isHeadlineLike(blocks[i + 1][0].text, strict: false) {
        out.append(block + blocks[i + 1])
        i += 2
      } else {
        out.append(block)
        i += 1
      }
    }
    return out
  }

  /// Whether a block closes the official document above it rather than starting an article: the
  /// document's text opens with its addressees (``isAddresseeLine(_:)``, `各镇人民政府，区直各单位：`),
  /// and the block lists its attachments (`附件：1.…`, then `2.…`) or is its signature, the issuing
  /// office (a line or a few, no sentence) over the date on a line of its own. Set apart by blank
  /// lines, they are the document's still, as where a page sets them with its text.
  static func closesDocument(_ block: [Unit], of article: SplitArticle) -> Bool {
    guard let first = block.first, article.body.hasUTF8Prefix("各"),
      let opening = article.body.split(separator: "\n", maxSplits: 1).first, isAddresseeLine(String(opening))
    else { return false }
    if first.text.hasUTF8Prefix("附件：") || first.text.hasUTF8Prefix("附件:") { return true }
    guard (2...4).contains(block.count), let last = block.last, isDateLine(last.text) else { return false }
    return block.dropLast().allSatisfy { $0.text.hasAtMostScalars(30) && hasNoStopOrComma($0.text) }
  }

  /// The article with a paragraph set apart under its text (a block of its own) added: as the
  /// last paragraph of an uncredited article, it closes with the reporter's credit in brackets
  /// (`…等事项。（记者 某某）`), which is the byline, as in a paragraph set with the text.
  static func appending(_ paragraph: String, to article: SplitArticle) -> SplitArticle {
    var article = article
    var paragraph = paragraph
    if article.byline == nil, paragraph.hasUTF8Suffix("）") || paragraph.hasUTF8Suffix(")"),
      !titlesBriefs(article.title), let (text, credit) = trailingCredit(paragraph)
    {
      article.byline = credit
      paragraph = text
    }
    let paragraphs = article.body.split(separator: "\n").map(String.init) + (paragraph.isEmpty ? [] : [paragraph])
    article.body = joinParagraphs(paragraphs)
    return article
  }

  /// How many lines of a block its headline takes: the lines over its lead or credit line
  /// (``headlineRunsToLead(in:)``); two when the block's text is indented and its first two
  /// lines are not, when the first line breaks off where no headline ends
  /// (``breaksOffHeadline(_:)``), when the second titles a notice under its issuer's name
  /// (``isNoticeUnderIssuer(_:)``) or the first is a column's name over it
  /// (``isKickerOverHeadline(_:)``); else one.
  static func headlineLines(of block: [Unit]) -> Int {
    if let lead = headlineRunsToLead(in: block) { return lead }
    // A round-up's label is all its title: the headlines under it are its briefs'.
    if isRoundUp(block) { return 1 }
    // An author's name under the headline (`■ 王某`) is the byline, no headline line.
    guard block.count > 2, isHeadlineLike(block[1].text, strict: true), !isMarkedAuthorLine(block[1].text),
      isHeadlineLike(block[0].text + block[1].text, strict: false)
    else { return 1 }
    let indented = !block[0].indented && !block[1].indented && block[2].indented
    let brokenOff = breaksOffHeadline(block[0].text) && !isHeadlineLike(block[2].text, strict: true)
    return indented || brokenOff || isNoticeUnderIssuer(block) || isKickerOverHeadline(block) ? 2 : 1
  }

  /// Whether a block opens with a date on a line of its own (``isDateLine(_:)``) over a one-line
  /// headline (``isHeadlineLike(_:strict:)``, strict) and text that reads like no headline: the
  /// item's date, set over its headline, and no title of it.
  static func datesBlockItem(_ block: [Unit]) -> Bool {
    block.count >= 3 && isDateLine(block[0].text) && isHeadlineLike(block[1].text, strict: true)
      && !isDateLine(block[1].text) && !isHeadlineLike(block[2].text, strict: false)
  }

  /// Whether a block without a lead opens with a column's name (`东港论坛`, a few ideographs,
  /// narrower than the line under it) over a one-line headline and then its text: the name is
  /// the title's kicker, not the whole title. A line indented under the name opens its text's
  /// first paragraph (`编后`, then `　　一颗…、`), no headline.
  static func isKickerOverHeadline(_ block: [Unit]) -> Bool {
    block.count > 2 && (block[0].indented || !block[1].indented) && block[0].text.hasAtMostScalars(6)
      && block[1].text.hasAtMostScalars(16)
      && block[0].width < block[1].width && isHeadlineLike(block[0].text, strict: true)
      && !isHeadlineLike(block[2].text, strict: true)
  }

  /// Whether the first of three headline lines, over the headline proper and its `——` subtitle,
  /// is a kicker (`新区产业跑出"加速度"`, then `某某项目集中签约`): a phrase closed on its own quoted
  /// catchword, set narrower than the line under it (two thirds of its width at most), which
  /// opens on its own words. The first line of a wrapped headline fills its line as the second
  /// does, or is left short only where the second keeps a quoted phrase whole (`某街道打造`,
  /// then `"15分钟生活圈"`), and a phrase that closes no quote may run on into the next line.
  static func isQuotedKicker(_ kicker: Unit, over headline: Unit, _ subtitle: Unit) -> Bool {
    guard let last = kicker.text.unicodeScalars.last, closingQuotes.contains(last),
      let first = headline.text.unicodeScalars.first, !openingQuotes.contains(first),
      kicker.width > 0, kicker.width * 3 <= headline.width * 2
    else { return false }
    return isSubtitle(subtitle.text)
  }

  /// Whether the first of three headline lines, over the headline proper and its `——` subtitle,
  /// is a kicker that is no title's: a quoted one (``isQuotedKicker(_:over:_:)``) or one naming
  /// the reporting series the article belongs to (``isSeriesKicker(_:)``). A slogan over the
  /// headline (`坚定信心　真抓实干`) is the title's.
  static func isDroppedKicker(_ kicker: Unit, over headline: Unit, _ subtitle: Unit) -> Bool {
    isQuotedKicker(kicker, over: headline, subtitle) || (isSeriesKicker(kicker.text) && isSubtitle(subtitle.text))
  }

  /// How many of a headline's lines, from the top, are a kicker that is no title's: over a
  /// headline of three lines (wrapped, with a subtitle) the fourth line's, and over a headline
  /// and its subtitle a dropped kicker (``isDroppedKicker(_:over:_:)``); none else.
  static func kickerLinesDropped(_ lines: ArraySlice<Unit>) -> Int {
    guard lines.count >= 3 else { return 0 }
    let top = lines.startIndex
    return lines.count > 3 || isDroppedKicker(lines[top], over: lines[top + 1], lines[top + 2]) ? 1 : 0
  }

  /// Whether a kicker names a reporting series, which a paper runs over many articles
  /// (`…高质量发展调研行`, `新春走基层`, `…系列报道`): ideographs only, ending with what such a
  /// series calls itself.
  static func isSeriesKicker(_ text: String) -> Bool {
    guard seriesKickerEndings.contains(where: text.hasUTF8Suffix), text.hasAtMostScalars(24) else { return false }
    return text.unicodeScalars.allSatisfy(\.isMainBlockIdeograph)
  }

  /// How the names of reporting series end (see ``isSeriesKicker(_:)``).
  static let seriesKickerEndings = ["调研行", "采访行", "蹲点行", "采风行", "一线行", "基层行", "走基层", "系列报道", "蹲点调研"]

  /// Quote marks that close a quoted phrase, full- or half-width.
  static let closingQuotes = Set("”\"」』’'".unicodeScalars)

  /// Quote marks that open a quoted phrase, full- or half-width.
  static let openingQuotes = Set("“\"「『‘'".unicodeScalars)

  /// Where the lead or the credit line of a block stands when a headline of two to four lines
  /// is over it (a headline wrapped, a subtitle without a dash: `…十条措施`, `到2027年…`, a kicker
  /// over them, then `■本报记者 某某`; a wrapped headline over a `——` subtitle, comma and all):
  /// its index, the headline's number of lines. A signed piece's author behind a mark (`◎ 某　某`,
  /// ``isMarkedAuthorLine(_:)``) stands there as a credit line does, under its headline and the
  /// column's name over it, and so does a pasted item's line naming its outlet (`来源：某某日报`,
  /// ``isBareSourceLine(_:)``). Nil when the lead is the block's second line or there is none.
  static func headlineRunsToLead(in block: [Unit]) -> Int? {
    guard block.count > 2 else { return nil }
    for k in 2...min(4, block.count - 1)
    where isAnchor(block[k].text) || isMarkedAuthorLine(block[k].text) || isBareSourceLine(block[k].text) {
      // (The line over the lead may be a `——` subtitle, which may hold a comma, and so may a
      // headline over its author behind a marker.)
      let signed = isSignedBehindMarker(block[k].text)
      let over = block[1..<k].indices.allSatisfy { j in
        (isHeadlineLike(block[j].text, strict: true)
          || (j == k - 1 && ((k > 2 && isSubtitle(block[j].text)) || (signed && isCommaHeadline(block[j].text)))))
          && !isAnchor(block[j].text)
      }
      return over && isHeadlineLike(block[0].text, strict: false) ? k : nil
    }
    return nil
  }

  /// Whether a line credits its author behind a marker, as commentary sets it over its text
  /// (`□梧某`, `■ 王某某`, `◆本报评论员`): a print headline over such a line may hold a comma
  /// (`抓落实，贵在“实”`), which elsewhere marks body text.
  static func isSignedBehindMarker(_ text: String) -> Bool {
    guard text.utf8.count <= 48, let first = text.unicodeScalars.first, briefMarkers.contains(first) else {
      return false
    }
    return isMarkedAuthorLine(text) || isCreditLine(text)
  }

  /// Whether a line is a headline but for its commas (`抓项目，关键在“盯”`): no longer than a
  /// strict headline, with no stop inside or at its end.
  static func isCommaHeadline(_ text: String) -> Bool {
    text.hasAtMostScalars(40) && isHeadlineLike(text, strict: false)
      && !text.unicodeScalars.contains { innerStops.contains($0) }
  }

  /// Whether a headline line breaks off where no headline ends, after a word that joins what
  /// follows (`“口袋公园”里的`, `…与`, `…及`): its headline goes on on the next line.
  static func breaksOffHeadline(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    return "的与及".unicodeScalars.contains(last) && isHeadlineLike(text, strict: true)
  }

  /// Whether a block opens with a notice's title under its issuer's name (`某区自然资源局`, then
  /// `…出让公告`), over the notice's text or its document number.
  static func isNoticeUnderIssuer(_ block: [Unit]) -> Bool {
    block.count > 2 && isStandaloneHeadline(block[0].text) && isStandaloneHeadline(block[1].text)
      && isBoxTitle(block[1].text) && (!isHeadlineLike(block[2].text, strict: false) || isDocumentNumber(block[2].text))
  }

  /// Whether a headline's only text, a `——` subtitle, names the page rather than an article
  /// (`——2026年六五环境日特刊`, `——纪念建党105周年特刊`): the headline over it is a banner set over
  /// the page, a slogan, as a special issue names itself.
  static func isBanner(_ subtitle: String) -> Bool {
    isSubtitle(subtitle) && bannerWords.contains(where: subtitle.hasUTF8Suffix)
  }

  /// How the name of a special issue or page ends (see ``isBanner(_:)``).
  static let bannerWords = ["特刊", "专刊", "专版", "特辑", "专题", "增刊"]

  /// Joins a column label (`图片新闻`, `短评`, `民生简讯`) to the headline under it, in the block or
  /// in the block before (`pendingTitle`): one title (``labelled(_:by:)``). A signed column's
  /// name opening the block is dropped.
  static func joiningColumnLabel(_ block: inout [Unit], _ pendingTitle: inout Unit?) {
    if let label = pendingTitle, Self.isColumnLabel(label.text), Self.isHeadlineLike(block[0].text, strict: false) {
      block[0] = Self.labelled(block[0], by: label)
      pendingTitle = nil
    } else if block.count >= 3, Self.isColumnLabel(block[0].text) || Self.isBriefsLabel(block[0].text),
      Self.isHeadlineLike(block[1].text, strict: false),
      !(Self.isPhotoNewsLabel(block[0].text) && Self.opensLeadlessArticle(block[1].text)), !isRoundUp(block)
    {
      block[1] = Self.labelled(block[1], by: block[0])
      block.removeFirst()
    } else if Self.opensWithSignedColumnName(block) {
      block.removeFirst()
    }
  }

  /// Whether a block is a broadcast's round-up of briefs (`本地快讯`, then a brief's headline on
  /// a line of its own over its text, another, …): a briefs label (``isBriefsLabel(_:)``,
  /// ``isBriefsColumnLabel(_:)``) over a headline and its text, and one headline more or several
  /// further down, each after a finished sentence and over a line of text. The blank lines set
  /// the items apart; a round-up read as one item is one item, its label its title and its
  /// briefs' headlines its paragraphs (a paper's column of briefs, cut apart already, holds one).
  static func isRoundUp(_ block: [Unit]) -> Bool {
    // (A brief's headline is a strict headline, 160 bytes at most: a round-up of long
    // paragraphs alone, as an evening-news page's `国内联播快讯` is, is ruled out before its label
    // is read.)
    guard block.count >= 5, block[0].text.utf8.count <= 30,
      block[3..<(block.count - 1)].contains(where: { $0.text.utf8.count <= 4 * 40 }),
      isBriefsLabel(block[0].text) || isBriefsColumnLabel(block[0].text),
      !isHeadlineLike(block[2].text, strict: true)
    else { return false }
    return (3..<(block.count - 1)).contains { k in
      endsSentence(block[k - 1].text) && isStandaloneHeadline(block[k].text)
        && !isHeadlineLike(block[k + 1].text, strict: true)
    }
  }

  /// Whether a block under a headline standing alone is that headline's text, though its
  /// first line could read as a headline too (`5月5日，城南街道智慧停车平台正式`): the line is
  /// indented where the headline is not, as body paragraphs are, or a hard wrap cut it
  /// mid-sentence (a comma in it, full-width or half-width as PDF copies print it, no stop at
  /// its end) as wide as the line under it (within two characters).
  static func opensWithText(_ block: [Unit], under headline: Unit) -> Bool {
    guard block.count > 1, !headline.indented else { return false }
    let first = block[0]
    if first.indented { return true }
    return first.width > 0 && abs(first.width - block[1].width) <= 4 && endsMidSentence(first.text)
      && (first.text.containsUTF8("，") || first.text.containsUTF8(","))
  }

  /// A block's headline as one unit, and how many of the block's lines it takes. A `——` subtitle
  /// under the headline is the title's, as on print pages, and so is a headline's second line
  /// where the text is indented and the headline is not. Over a headline of three lines (wrapped,
  /// with a subtitle), a fourth line is a kicker that, like the column's name, is no title's (as
  /// at the top of a print page), and so is a quoted or a series' kicker over a headline of two
  /// lines (``isDroppedKicker(_:over:_:)``).
  static func blockHeadline(of block: [Unit]) -> (title: Unit, lines: Int) {
    let lines = block.count > 2 && Self.isSubtitle(block[1].text) ? 2 : Self.headlineLines(of: block)
    let title = Unit(
      text: block.prefix(lines).dropFirst(kickerLinesDropped(block.prefix(lines))).map { line in
        lines > 1 ? Self.unbracketedBoxLabel(line.text) ?? line.text : line.text
      }.joined(separator: " "),
      line: block[0].line, blankBefore: block[0].blankBefore)
    return (title, lines)
  }
}
