import PolicyCore

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
///   followed by a lead such as `本报讯(记者 …)`, `央视网消息…`, `新华社…` or only the credit in
///   brackets before the text (`(记者 某某) 近日，…`, `（记者 某某 通讯员 某某）…`); a headline
///   wrapped over two lines, or with a kicker or a `——` subtitle, is up to three such lines,
///   joined by spaces (a line may open with a place and a colon, `石门镇：小茶叶撬动`). At the top
///   of the page a kicker may stand over a headline of three lines already (wrapped, with a
///   `——` subtitle): like the page's column name, it is no article's. A notice's signature
///   above a headline (the issuing office, then a date on a line of its own) ends the notice
///   and is none of its lines. A credit line of its own (`记者 马某 通讯员 陈某`) serves as the
///   lead and becomes the byline, and so does an author's name under a headline over text or over
///   a stanza of verse (short lines set without blank lines between them). Print breaks leave
///   lines that end mid-sentence; such a line is joined to the next one, but rows of a list
///   or lines of verse (three or more short lines without punctuation) are not. A
///   `■`/`◆`/`●`/`▲`/`★` line opens a column of briefs (its own article). A column label
///   (`短评`, `【编者按】`) over a headline joins it, and opens an article even when no lead
///   follows (on block pages too).
///
///   On a page with leads, the page's first line, or two (a wrapped headline), over text that
///   comes before the first lead is that text's headline. A headline without a lead further on
///   starts an article when the text under it opens the way news does (`5月3日，`, `据…消息，`), it titles a box (`天气预报`), it has a
///   `——` subtitle (a feature's subheadings carry none), it is an official document's (over
///   its addressees, `各镇党委，各街道党工委：`; such a title may be long) or it is a reader's
///   letter's (over `编辑同志：`, even after a feature; the letter's signature, `读者 王某`, is
///   its byline). A credit closing the text under such a headline makes it an article too,
///   unless the article before has no credit yet and has had subheadings like it: then it is
///   that feature's last section, credited at its end. On a page without leads, a headline of
///   up to three lines (with a `——` subtitle, an author's name under it) after a finished
///   paragraph starts an article, and so does a document's title over its addressees. A
///   credit closing the article (`（融媒记者 江某）`, `（融媒记者 江某 通讯员 裴　某）`: a
///   two-ideograph name may be set with a space inside) is its byline. The page's last item
///   may have neither lead nor credit: after a credited news item without subheadings, a
///   headline over the page's last text whose first sentence restates it
///   (``restatesHeadline(_:in:)``) is that item's. So may a short item anywhere after such a
///   news item (a notice, a warning): a headline over one or two paragraphs that it names and
///   that turn to another story, sharing few words and no name with the item before
///   (``startsLeadlessItem(at:over:in:_:_:margin:)``), is no subheading of that item.
///
///   An editor's note (`编者按：…`) belongs to the article it introduces and opens its text:
///   set over the headline (under the series label, `【…】`, which joins the headline) it
///   moves under it, and set between the headline and the credit line it leaves the credit
///   the byline. Over numbered titles (`（一）…`) it introduces a digest column of items
///   reprinted from elsewhere: each title numbered alike heads an item (without its number),
///   and the note and the column's label are no item's text. A source note (`——摘自…`) closes
///   the text above it and is no subtitle.
///
/// A section's name over a headline (`乡镇动态`, `【简讯】`, a briefs label with the place in front,
/// `■梧川简讯`, `街镇快讯`, over a `■` headline too) names a group of articles and is none of their
/// text or titles. A photo caption closing with its credit (`▲…。 记者 某某 摄`) above the page's
/// first headline illustrates that article and is none.
///
/// A short header line carrying the page date (`2023年10月13日 星期五`) or the page number
/// (`第3版 要闻`), or a dated masthead (`青澜日报 2023年10月13日 星期五 第3版 要闻`), before any
/// article is not an article; print jump notes (`(下转第2版)`), page staff credits
/// (`责任编辑：周某  校对：许某`, `本版编辑：文　某  美术编辑：…`, `编辑：… 审核：…`; a two-ideograph
/// name may be set with a space inside), a filler of tips at the page's foot (`〖环保小贴士〗…`)
/// and an advertisement there under its label (`广　告`), or without one when its last line gives
/// a hotline (`咨询热线：…`), are not text. A staff line or a page
/// number (`·3·`) that PDF extraction set inside a sentence is dropped and the sentence runs on;
/// an edition line (`A1　要闻`) heads the page; a jump note on its own line ends the article on
/// this page, and a box of teasers (`今日导读`, items over `▶详见A5版`) is no article. A notice's
/// title may be spaced out (`讣　　告`) or wrapped over two lines; a document printed in full has
/// its title over the note of its adoption (`（…会议通过）`); a short heading over telephone
/// numbers heads a box; a table's header row is no headline and its rows, like a form's fields,
/// are not joined as print breaks, nor is the text after a table's last row. A headline a PDF
/// extractor set one ideograph a line is one line again; a bilingual bulletin's translation
/// under a headline is neither title nor text; a box of bulleted figures between two articles
/// is an item under its short title; a company newsletter's items may close with the office
/// and the writer in brackets (`（营销部　蔡　梦）`); a forwarded roundup's greeting and weather
/// (lines behind or before a pictograph), links to the original, circled item numbers (`① `) and
/// sign-off (a last block with pictographs) are none of its items.
///
/// A page hard-wrapped at one width with blank lines between its paragraphs has each paragraph's
/// lines joined first; a block holding two reporters' leads makes a print page of any page. Running
/// heads and feet (`秣湖区报·综合新闻 2`, the masthead's name again) and an e-paper's paging links
/// are furniture, and a sentence runs on across a page's break. A commentary's author may stand
/// behind a marker (`◆ 舒 扬`), an item may close with a reporter's or an office's credit
/// (`（记者 …）`, `（区能源办）`, even broken over two lines), briefs may open with their title in
/// brackets (`【…】11月24日，…`), and a column of one-line news is one piece. A job advertisement
/// (`诚　聘`) and a utility's notice with its hotline (`温馨提示`) at the page's foot are none.
///
/// A masthead's line of fields (`今日4版　第4087期`, `…集团有限公司主办　第386期　2025年12月12日`), an
/// internal paper's notice (`内部资料　免费交流`), a header or staff line letter-spaced by OCR
/// (`临 江 日 报`, `责 任 编 辑:…`), a page's foot (`2　综合新闻　责编：…`) and its number alone on its
/// last line (`A2`) are furniture. On a block page a headline runs over two or three lines to
/// the block's lead or credit line, goes on after a line that breaks off (`…里的`), and a notice's
/// title stands under its issuer's name; a credit alone under a headline (`记者 … 报道`) is the
/// byline, and a lead may be the credit and `报道` before the text. A briefs label (`简讯`) heads
/// titled briefs down its column, and a column's name over `■` briefs (`城事速览`) is none of
/// them. Scripts' cues (`【片头】`) and previews (`【提要】…；…`), web pages' `【上一篇】` links,
/// posts' banners (`📢…速递`), circled item numbers in order (`① ② ③`), lists of other posts
/// (`▼往期推荐▼`) and a source stacked over the staff at a post's foot are none of the items.
///
/// A masthead's fields may name the paper and the section among the date (`2025.12.18` too), the
/// weekday and the page, in any order, or give a printing permit's number; the same fields at
/// the page's foot or among the text are a running foot. A page's number with its section's name
/// (`03　经济`, `要闻　2`), staff lines without colons (`主编 某某　责编 某某`), a programme's header
/// of labelled fields with the date and its music cues (`【开始曲】`), teasers behind a pointer
/// (`▶A05　…`), prompts to scan a code (`扫码看视频`) and an advertisement in phrases over its
/// hotline are furniture; a notice's contact person (`联系人：…`) is its text. A jump note ends the
/// wrapped paragraph over it, so the headline after it starts an article; a short title over
/// lines of phrases heads a box (the weather's); a headline wrapped over a block of its own two
/// lines stands whole; a line as wide as the page's text that breaks off mid-sentence (after a
/// comma, or on a quoted term) is text, never a headline, and an indented one is a paragraph's;
/// on a block page a kicker may stand over a headline of three lines to the credit line, an
/// author behind a marker (`■ 某某`) under a headline is the byline, and a column of marked
/// briefs in one block is cut into its briefs. A commentary label (`记者手记`) in one block with
/// its headline heads a piece of its own and credits no one; briefs may be titled by their first
/// sentence behind a mark (`●…演练。12月18日，…`).
///
/// A staff role may stand behind the page's prefix (`本版主编：…`). A closing credit that a hard
/// wrap broke over two lines (`…。（记`, `者 某某）`) makes a headline without a lead an article's;
/// a caption closing with its photographer's credit (`…。 通讯员 某某 摄`) is credited to them; on
/// a block page a headline under a line closing with a credit starts an item of its own (a
/// rubric's items set in one block), and a line alone under the last article is the page's foot.
///
/// - Complexity: O(n) in the page length.
public struct BulletinSplitter: Sendable {
  /// Creates a splitter.
  public init() {}

  struct Unit {
    var text: String
    var line: Int
    var blankBefore: Bool
    /// Whether the line was indented (spaces or an ideographic space before its text), as
    /// body paragraphs are and headlines are not on many pages.
    var indented = false
    /// Whether the line was set as a title beyond doubt (behind a title bar, `▍…`).
    var marksTitle = false
    /// Whether the article goes on on another page after this line (a jump note, `（下转A3版）`,
    /// stood under it): the line ends the article here, whatever its last character.
    var continuesElsewhere = false
    /// How wide the line was printed, indentation included, in half-widths: an ideograph takes
    /// two, a Latin letter, a digit or a space one (see ``printedWidth(_:)``).
    var width = 0
    /// Whether only an index of contents dropped from a page without blank lines set the line
    /// apart from the one above (see ``markingBreaksAtIndex(_:_:setsBlankLines:)``): a break
    /// that ends a paragraph but no block.
    var apartByIndexOnly = false
  }

  /// Splits a page.
  ///
  /// - Parameter page: the page text (any line endings).
  /// - Returns: the articles in page order; empty for a page with no text.
  public func split(_ page: String) -> [SplitArticle] {
    let units = Self.units(of: page)
    guard !units.isEmpty else { return [] }
    if let release = Self.pressRelease(units) { return [release] }
    var blocks: [[Unit]] = []
    for u in units {
      if (u.blankBefore && !u.apartByIndexOnly) || blocks.isEmpty {
        blocks.append([u])
      } else {
        blocks[blocks.count - 1].append(u)
      }
    }
    let multiLine = blocks.filter { $0.count > 1 }.count
    // Block pages put a lead under its headline, inside the block; a lead opening its block
    // means the headline stands apart, as print pages lay it out.
    let leadsOpeningBlocks = blocks.filter { Self.isAnchor($0[0].text) }.count
    let leadsUnderHeadlines = blocks.filter { $0.count > 1 && Self.isAnchor($0[1].text) }.count
    if blocks.count > 1 && multiLine * 2 >= blocks.count && leadsOpeningBlocks <= leadsUnderHeadlines
      && !blocks.contains(where: Self.holdsSeveralLeads) && !Self.setsParagraphsApart(blocks)
    {
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
    // Whether the block before ended with a jump note (`…（转2版）`): its article goes on on
    // another page, and its text here has ended.
    var afterJump = false
    for var block in Self.joiningHeadlineBlocks(
      Self.splittingCreditClosedItems(Self.splittingBriefColumns(Self.splittingUntitledBriefColumns(blocks))))
    {
      defer { afterJump = block.last?.continuesElsewhere == true }
      Self.joiningColumnLabel(&block, &pendingTitle)
      // A date on a line of its own over a block's headline and text (`2027年3月20日`, as a file
      // of dated notes sets it) dates the item, as the page's date line dates the page: it is
      // neither the item's title nor its text.
      if Self.datesBlockItem(block) { block.removeFirst() }
      // A banner over the page's first headline (a special's slogan over its name, `——…特刊`)
      // has no text of its own: it is the page's, no article.
      if out.isEmpty, pendingTitle == nil, block.count == 2, Self.isHeadlineLike(block[0].text, strict: false),
        Self.isBanner(block[1].text)
      {
        continue
      }
      // An official document's attachments and signature, set apart under its text, are its own.
      if pendingTitle == nil, let last = out.last, Self.closesDocument(block, of: last) {
        out[out.count - 1].body += "\n" + Self.joinParagraphs(block.map(\.text))
        continue
      }
      if block.count == 1, let only = block.first {
        if Self.isHeadlineLike(only.text, strict: false) {
          // Two headline-only blocks in a row: the first is an article without body.
          if let title = pendingTitle { out.append(Self.article(title: title, paragraphs: [])) }
          pendingTitle = only
        } else if afterJump, Self.areCaptions([only.text]) {
          // A photo's caption under an article sent on to another page is none of its text,
          // and, like captions over the first headline, no article.
          continue
        } else if !out.isEmpty {
          out[out.count - 1] = Self.appending(only.text, to: out[out.count - 1])
        } else {
          out.append(Self.article(title: only, paragraphs: []))
        }
        continue
      }
      // A block with a line longer than any printed column is set one paragraph a line.
      let headingsStand = block.contains { $0.text.utf8.count > Self.longestColumnLine }
      if let title = pendingTitle,
        !Self.isHeadlineLike(block[0].text, strict: false) || Self.opensWithText(block, under: title)
      {
        out.append(Self.article(title: title, paragraphs: block.map(\.text), headingsStand: headingsStand))
      } else {
        if let title = pendingTitle { out.append(Self.article(title: title, paragraphs: [])) }
        let (title, lines) = Self.blockHeadline(of: block)
        out.append(
          Self.article(title: title, paragraphs: block.dropFirst(lines).map(\.text), headingsStand: headingsStand))
      }
      pendingTitle = nil
    }
    // A line alone under the page's last article, with nothing under it, titles nothing: it is
    // the page's foot (where to place a notice, a slogan), no article.
    if let title = pendingTitle, out.isEmpty { out.append(Self.article(title: title, paragraphs: [])) }
    return out
  }

  private func splitParagraphs(_ units: [Unit]) -> [SplitArticle] {
    // headlineLines[i] > 0: a headline of that many lines starts at unit i.
    let headlineLines =
      units.contains { Self.isAnchor($0.text) } ? Self.headlinesAtLeads(units) : Self.headlinesWithoutLeads(units)
    var out: [SplitArticle] = []
    var title: Unit? = nil
    var paragraphs: [String] = []
    // An editor's note over the headline of the article it introduces, and the series label
    // over the note, waiting for that headline.
    var notes: [String] = []
    var seriesLabel: Unit? = nil
    // Whether a briefs label over untitled briefs (`要闻简报`, then one paragraph a brief, each
    // closing with its credit) stood since the last headline: each such paragraph is a brief.
    var untitledBriefs = false
    // Whether the article is a brief of a column set without titles (see ``untitledBriefTitle(_:)``).
    var untitledBrief = false
    // The bullet of a column of untitled briefs whose first brief a headline's pass found behind
    // it (``wrappedBriefTitle(at:in:_:margin:)``): each later line behind it opens the next.
    var briefBullet: Unicode.Scalar? = nil
    // The page's wrap width (``wrapWidth(of:)``), found at the first headline behind a bullet.
    var margin: Int?? = nil
    func flush() {
      if let t = title {
        out.append(Self.article(title: t, paragraphs: paragraphs))
      } else if !paragraphs.isEmpty, !Self.isColumnName(paragraphs), !Self.areCaptions(paragraphs) {
        let first = Unit(text: "", line: units[0].line, blankBefore: false)
        out.append(Self.article(title: first, paragraphs: paragraphs))
      }
      title = nil
      paragraphs = []
    }
    func noteLinesOverHeadline(_ i: Int) -> Int { Self.noteLinesOverHeadline(i, in: units, headlineLines) }
    func introducesHeadline(_ i: Int) -> Bool { Self.introducesHeadline(i, in: units, headlineLines) }
    func introducesDigest(_ i: Int) -> Bool { Self.introducesDigest(i, in: units, headlineLines) }
    var i = 0
    while i < units.count {
      let n = headlineLines[i]
      if introducesHeadline(i + 1), Self.isSeriesLabel(units[i].text) {
        flush()
        if !introducesDigest(i + 1) { seriesLabel = units[i] }
        i += 1
      } else if introducesHeadline(i) {
        flush()
        let lines = noteLinesOverHeadline(i)
        // (A wrapped note's lines are one paragraph.)
        if !introducesDigest(i) {
          notes.append(units[(i + 1)..<(i + lines)].reduce(units[i].text) { Self.joiningBrokenLine($0, $1.text) })
        }
        i += lines
      } else if n == 0, Self.labelsUntitledBriefs(at: i, in: units, headlineLines) {
        flush()
        untitledBriefs = true
        i += 1
      } else if n > 0 {
        flush()
        untitledBriefs = false
        // A bulleted brief's first line that a hard wrap cut (under its column's label, perhaps)
        // is its text, the brief named by its opening clause (see ``wrappedBriefTitle(at:in:_:margin:)``).
        let last = i + n - 1
        if units[last].text.unicodeScalars.first.map(Self.briefMarkers.contains) == true, margin == nil {
          margin = Self.wrapWidth(of: units)
        }
        let brief =
          n == 1 || (n == 2 && Self.isBriefsColumnLabel(units[i].text))
          ? Self.wrappedBriefTitle(at: last, in: units, headlineLines, margin: margin ?? nil) : nil
        let headline =
          brief.map { Unit(text: $0, line: units[last].line, blankBefore: true) }
          ?? Self.headline(at: i, lines: n, in: units)
        title = seriesLabel.map { Self.labelled(headline, by: $0) } ?? headline
        paragraphs = notes + (brief != nil ? [Self.strippingBriefMarker(units[last].text)] : [])
        briefBullet = brief != nil ? units[last].text.unicodeScalars.first : nil
        notes = []
        seriesLabel = nil
        untitledBrief = false
        i += n
      } else {
        let bulleted = briefBullet.flatMap {
          Self.nextBulletedBriefTitle(at: i, behind: $0, after: paragraphs, in: units)
        }
        if let opening = bulleted {
          flush()
          title = Unit(text: opening, line: units[i].line, blankBefore: true)
        } else if untitledBriefs, paragraphs.isEmpty || paragraphs.last.flatMap(Self.trailingCredit) != nil,
          let opening = Self.untitledBriefTitle(units[i].text)
        {
          flush()
          title = Unit(text: opening, line: units[i].line, blankBefore: true)
        } else if !paragraphs.isEmpty, Self.opensUntitledItem(at: i, in: units, headlineLines) {
          flush()
          title = Self.untitledLeadTitle(units[i].text).map { Unit(text: $0, line: units[i].line, blankBefore: true) }
        }
        // A column of briefs without titles (`简讯`, then one paragraph a brief, each closing with
        // its credit, `…。（某某）`): each brief is an item of its own, named by its opening clause.
        // (A page wrapped at its column's width sets a brief over lines, its first indented.)
        let underLabel = paragraphs.isEmpty && title.map { Self.isBriefsColumnLabel($0.text) } == true
        if underLabel || (untitledBrief && units[i].indented),
          let text = Self.wrappedParagraph(at: i, in: units, headlineLines),
          Self.closesWithCredit(text), let brief = Self.untitledBriefTitle(text)
        {
          // (The label names the column, no brief.)
          if !underLabel { flush() }
          title = Unit(text: brief, line: units[i].line, blankBefore: true)
          untitledBrief = true
        }
        // A photo news item without a headline, its caption pointing up at the photo and dated
        // as news (`▲ 8月12日，…。 ■通讯员 某某 摄`), last before the next headline, follows the
        // article above and is none of its text.
        if title != nil, !paragraphs.isEmpty, Self.isPhotoNewsCaption(at: i, in: units, headlineLines) { flush() }
        // A commentary's author behind a marker (`■江帆`) is read as the author's line.
        let author = paragraphs.isEmpty && title != nil && Self.isMarkedAuthorUnderCommentary(i, in: units)
        paragraphs.append(author || bulleted != nil ? Self.strippingBriefMarker(units[i].text) : units[i].text)
        i += 1
      }
    }
    flush()
    return out
  }
}
