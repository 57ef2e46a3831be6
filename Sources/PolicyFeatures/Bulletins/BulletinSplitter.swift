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

  /// The blocks with each headline block (a headline, perhaps a `——` subtitle, then its credit
  /// line: `◎本报记者 管某`) joined to the block of text under it.
  static func joiningHeadlineBlocks(_ blocks: [[Unit]]) -> [[Unit]] {
    var out: [[Unit]] = []
    var i = 0
    while i < blocks.count {
      let block = blocks[i]
      let last = block[block.count - 1].text
      let heads =
        block.count >= 2 && block.count <= 4 && (isCreditLine(last) || isPublishingLine(last))
        && isHeadlineLike(block[0].text, strict: false)
        && block.dropFirst().dropLast().allSatisfy { isSubtitle($0.text) || isHeadlineLike($0.text, strict: false) }
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
      // A column label (`图片新闻`, `短评`, `民生简讯`) over a headline, in the block or the one
      // before: one title (``labelled(_:by:)``).
      if let label = pendingTitle, Self.isColumnLabel(label.text), Self.isHeadlineLike(block[0].text, strict: false) {
        block[0] = Self.labelled(block[0], by: label)
        pendingTitle = nil
      } else if block.count >= 3, Self.isColumnLabel(block[0].text) || Self.isBriefsLabel(block[0].text),
        Self.isHeadlineLike(block[1].text, strict: false),
        !(Self.isPhotoNewsLabel(block[0].text) && Self.opensLeadlessArticle(block[1].text))
      {
        block[1] = Self.labelled(block[1], by: block[0])
        block.removeFirst()
      } else if Self.opensWithSignedColumnName(block) {
        block.removeFirst()
      }
      // A banner over the page's first headline (a special's slogan over its name, `——…特刊`)
      // has no text of its own: it is the page's, no article.
      if out.isEmpty, pendingTitle == nil, block.count == 2, Self.isHeadlineLike(block[0].text, strict: false),
        Self.isBanner(block[1].text)
      {
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
      if let title = pendingTitle, !Self.isHeadlineLike(block[0].text, strict: false) {
        out.append(Self.article(title: title, paragraphs: block.map(\.text), headingsStand: headingsStand))
      } else {
        if let title = pendingTitle { out.append(Self.article(title: title, paragraphs: [])) }
        // A `——` subtitle under the headline is the title's, as on print pages, and so is a
        // headline's second line where the text is indented and the headline is not.
        let lines = block.count > 2 && Self.isSubtitle(block[1].text) ? 2 : Self.headlineLines(of: block)
        // Over a headline of three lines (wrapped, with a subtitle), a fourth line is a kicker
        // that, like the column's name, is no title's (as at the top of a print page).
        let title = Unit(
          text: block.prefix(lines).dropFirst(lines > 3 ? 1 : 0).map { line in
            lines > 1 ? Self.unbracketedBoxLabel(line.text) ?? line.text : line.text
          }.joined(separator: " "),
          line: block[0].line, blankBefore: block[0].blankBefore)
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

  /// Whether the text before a page's first headline is only the name of the column or section
  /// it belongs to (`优化营商环境`): one short headline line, not an article.
  static func isColumnName(_ paragraphs: [String]) -> Bool {
    paragraphs.count == 1 && paragraphs[0].hasAtMostScalars(16) && isHeadlineLike(paragraphs[0], strict: true)
  }

  /// Whether the text before a page's first headline is only photo captions, each closing with
  /// its credit (`▲10月5日，…。 记者 王某 摄`, `图为…。 通讯员 李某 摄`): they illustrate an article
  /// and are none.
  static func areCaptions(_ paragraphs: [String]) -> Bool {
    paragraphs.count <= 2 && paragraphs.allSatisfy { endsWithPhotoCredit(strippingBriefMarker($0)) }
  }

  /// Whether a paragraph closes by announcing the document printed after it (`现将全文刊发如下。`,
  /// `全文如下：`).
  static func announcesReprint(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last, "。：:".unicodeScalars.contains(last) else { return false }
    let close = String(String.UnicodeScalarView(text.unicodeScalars.dropLast().suffix(8)))
    return ["刊发如下", "刊登如下", "全文如下", "公布如下", "摘编如下", "刊载如下"].contains { close.hasUTF8Suffix($0) }
  }

  /// How many lines of a block its headline takes: the lines over its lead or credit line
  /// (``headlineRunsToLead(in:)``); two when the block's text is indented and its first two
  /// lines are not, when the first line breaks off where no headline ends
  /// (``breaksOffHeadline(_:)``), when the second titles a notice under its issuer's name
  /// (``isNoticeUnderIssuer(_:)``) or the first is a column's name over it
  /// (``isKickerOverHeadline(_:)``); else one.
  static func headlineLines(of block: [Unit]) -> Int {
    if let lead = headlineRunsToLead(in: block) { return lead }
    // An author's name under the headline (`■ 王某`) is the byline, no headline line.
    guard block.count > 2, isHeadlineLike(block[1].text, strict: true), !isMarkedAuthorLine(block[1].text),
      isHeadlineLike(block[0].text + block[1].text, strict: false)
    else { return 1 }
    let indented = !block[0].indented && !block[1].indented && block[2].indented
    let brokenOff = breaksOffHeadline(block[0].text) && !isHeadlineLike(block[2].text, strict: true)
    return indented || brokenOff || isNoticeUnderIssuer(block) || isKickerOverHeadline(block) ? 2 : 1
  }

  /// Whether a block without a lead opens with a column's name (`东港论坛`, a few ideographs,
  /// narrower than the line under it) over a one-line headline and then its text: the name is
  /// the title's kicker, not the whole title.
  static func isKickerOverHeadline(_ block: [Unit]) -> Bool {
    block.count > 2 && block[0].text.hasAtMostScalars(6) && block[1].text.hasAtMostScalars(16)
      && block[0].width < block[1].width && isHeadlineLike(block[0].text, strict: true)
      && !isHeadlineLike(block[2].text, strict: true)
  }

  /// Where the lead or the credit line of a block stands when a headline of two to four lines
  /// is over it (a headline wrapped, a subtitle without a dash: `…十条措施`, `到2027年…`, a kicker
  /// over them, then `■本报记者 某某`; a wrapped headline over a `——` subtitle, comma and all):
  /// its index, the headline's number of lines. A signed piece's author behind a mark (`◎ 某　某`,
  /// ``isMarkedAuthorLine(_:)``) stands there as a credit line does, under its headline and the
  /// column's name over it. Nil when the lead is the block's second line or there is none.
  static func headlineRunsToLead(in block: [Unit]) -> Int? {
    guard block.count > 2 else { return nil }
    for k in 2...min(4, block.count - 1) where isAnchor(block[k].text) || isMarkedAuthorLine(block[k].text) {
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

  /// Whether a line is only an official document's number (`某自然资告字〔2025〕17号`, `某政发[2025]3号`).
  static func isDocumentNumber(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count <= 30, scalars.last == "号",
      let open = scalars.firstIndex(where: { "〔[［【".unicodeScalars.contains($0) }), open + 5 < scalars.count
    else { return false }
    return scalars[(open + 1)...(open + 4)].allSatisfy { ("0"..."9").contains($0) }
      && "〕]］】".unicodeScalars.contains(scalars[open + 5])
  }

  /// Whether a column label (``isColumnLabel(_:)``) names only its column, none of the titles
  /// under it: a column of briefs' (``isBriefsColumnLabel(_:)``, also with a short place or field
  /// in front, `民生简讯`, `■梧川快讯`: ``isBriefsLabel(_:)``) or a commentary column's
  /// (``commentaryColumns``), or the label over a news photo (`图片新闻`), which says what the
  /// item is, not what it is called.
  static func namesColumnOnly(_ text: String) -> Bool {
    if isBriefsLabel(text) { return true }
    guard let label = columnLabelName(text) else { return false }
    return briefsColumns.contains(label) || commentaryColumns.contains(label) || label == "图片新闻"
  }

  /// A small box's label in brackets (`【便民提示】`, ``isBoxLabel(_:)``, not a column's) without
  /// them, as the box's title names it over its headline (`便民提示 端午假期…`); nil for any other
  /// line.
  static func unbracketedBoxLabel(_ line: String) -> String? {
    guard line.hasUTF8Prefix("【") || line.hasUTF8Prefix("[") else { return nil }
    let label = String(withoutEnclosingBrackets(Substring(line)))
    return label.utf8.count < line.utf8.count && !isColumnLabel(label) && isBoxLabel(label) ? label : nil
  }

  /// Whether a block is a signed piece under its column's name (`学思札记`, then the headline,
  /// the text and `□ 某某`): a first line of two to six ideographs, neither it nor the headline
  /// under it indented, text indented under them, and the author's signature closing the block
  /// (``signatureAuthor(_:)``). The name is the column's, none of the piece's title, as a known
  /// commentary column's label is (``namesColumnOnly(_:)``); a kicker stands over news, which
  /// closes with no signature.
  static func opensWithSignedColumnName(_ block: [Unit]) -> Bool {
    guard block.count >= 4, !block[0].indented, !block[1].indented, block[2].indented,
      (2...6).contains(block[0].text.unicodeScalars.count),
      block[0].text.unicodeScalars.allSatisfy({ $0.isMainBlockIdeograph }),
      isHeadlineLike(block[1].text, strict: true), let last = block.last, !last.indented
    else { return false }
    return signatureAuthor(last.text) != nil
  }

  /// `headline` with a column label in front (`读者来信 …`), where the label stood; a label that
  /// names only its column (``namesColumnOnly(_:)``, `短评`, `简讯`, `图片新闻`) is left off.
  static func labelled(_ headline: Unit, by label: Unit) -> Unit {
    // A column of briefs' label (`简讯`, `【快　讯】`) names the column, none of its briefs, and a
    // commentary column's (`短评`, `【本报评论员文章】`) names the column, not the piece.
    let text = namesColumnOnly(label.text) ? headline.text : label.text + " " + headline.text
    return Unit(text: text, line: label.line, blankBefore: label.blankBefore)
  }

  /// Whether a headline's only text, a `——` subtitle, names the page rather than an article
  /// (`——2026年六五环境日特刊`, `——纪念建党105周年特刊`): the headline over it is a banner set over
  /// the page, a slogan, as a special issue names itself.
  static func isBanner(_ subtitle: String) -> Bool {
    isSubtitle(subtitle) && bannerWords.contains(where: subtitle.hasUTF8Suffix)
  }

  /// How the name of a special issue or page ends (see ``isBanner(_:)``).
  static let bannerWords = ["特刊", "专刊", "专版", "特辑", "专题", "增刊"]

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
    // How many units the editor's note at `i` right over a headline takes: one, or the lines of
    // a note a page without blank lines wrapped, each but the last ending mid-sentence; 0 when
    // unit `i` is no such note.
    func noteLinesOverHeadline(_ i: Int) -> Int {
      guard i + 1 < units.count, headlineLines[i] == 0, Self.isEditorsNote(units[i].text) else { return 0 }
      var end = i + 1
      while end < units.count, end - i < 8, headlineLines[end] == 0, !units[end].blankBefore,
        Self.endsMidSentence(units[end - 1].text)
      {
        end += 1
      }
      return end < units.count && headlineLines[end] > 0 ? end - i : 0
    }
    // Whether the unit at `i` is an editor's note right over a headline.
    func introducesHeadline(_ i: Int) -> Bool {
      noteLinesOverHeadline(i) > 0
    }
    // Whether it introduces a digest's numbered items: then it and the label over it are the
    // column's, no item's.
    func introducesDigest(_ i: Int) -> Bool {
      let lines = noteLinesOverHeadline(i)
      return lines > 0 && Self.opensNumberedItems(units[i + lines].text)
    }
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
        // A numbered item's title is the words after its number; a line of a longer headline set
        // in brackets of its own (`简讯`, then `【…】`) is the words inside them. A kicker over a
        // headline of three lines is no title's, nor is a column of briefs' label (`简讯`) over
        // its first brief's headline: the column's name.
        let lines = units[i..<(i + n)].map { unit -> String in
          if n == 1 && Self.numberingStyle(unit.text) != nil { return Self.itemTitle(unit.text) ?? unit.text }
          let line = Self.strippingBriefMarker(unit.text)
          return n > 1 ? Self.unbracketedTitle(line) ?? Self.unbracketedBoxLabel(line) ?? line : line
        }.dropFirst(n > 3 ? 1 : 0).filter {
          !Self.namesWorkReviewed($0) && !(n > 1 && (Self.isCreditLine($0) || Self.namesColumnOnly($0)))
        }
        let headline = Unit(text: lines.joined(separator: " "), line: units[i].line, blankBefore: units[i].blankBefore)
        title = seriesLabel.map { Self.labelled(headline, by: $0) } ?? headline
        paragraphs = notes
        notes = []
        seriesLabel = nil
        untitledBrief = false
        i += n
      } else {
        if untitledBriefs, paragraphs.isEmpty || paragraphs.last.flatMap(Self.trailingCredit) != nil,
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
        paragraphs.append(author ? Self.strippingBriefMarker(units[i].text) : units[i].text)
        i += 1
      }
    }
    flush()
    return out
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
  /// carried it on to (up to the next indented line, headline or blank line; eight lines at
  /// most) when the page indents its paragraphs' first lines.
  static func wrappedParagraph(at i: Int, in units: [Unit], _ headlineLines: [Int]) -> String? {
    guard units[i].indented else { return units[i].text }
    var text = units[i].text
    var j = i + 1
    while j < units.count, j - i < 8, !units[j].indented, !units[j].blankBefore, headlineLines[j] == 0 {
      text = joiningBrokenLine(text, units[j].text)
      j += 1
    }
    return text
  }

  /// The title of a brief printed without one in a column of briefs (`区图书馆某某分馆9月12日起试运行，
  /// 开放时间为…。（某某）`): its opening clause, up to its first comma or stop, as a reader names
  /// such a brief; nil when the brief opens with a time (`近日，…`, no title) or a lead, or its
  /// clause is shorter than six characters or longer than forty.
  static func untitledBriefTitle(_ brief: String) -> String? {
    let scalars = brief.unicodeScalars.prefix(41)
    guard let end = scalars.firstIndex(where: { "，。；,;".unicodeScalars.contains($0) }),
      (6...40).contains(scalars.distance(from: scalars.startIndex, to: end)), !opensLeadlessArticle(brief),
      !isLead(brief)
    else { return nil }
    return String(String.UnicodeScalarView(scalars[..<end]))
  }

  /// The words that open a follow-up item's lead, a second report on the story above printed
  /// without a headline (see ``untitledLeadTitle(_:)``).
  static let followUpLeads = ["又讯", "另讯"]

  /// Headlines of a page with leads (or credit lines): the lines just above each lead, a
  /// `■` briefs heading, and the page's first line (or two, a wrapped headline) when text comes
  /// before the first of those.
  static func headlinesAtLeads(_ units: [Unit]) -> [Int] {
    var headlineLines = [Int](repeating: 0, count: units.count)
    // Which lines are leads or credit lines, asked once of each line (the passes below ask often).
    var anchors = units.map { isAnchor($0.text) }
    // A credit line stands over text: one over a headline that stands over a lead
    // (`记者追踪`, then the headline and `本报讯（…）`) is the column's label, crediting no one.
    // An author's line under a finished text (`□ 某某` closing a commentary) closes that piece:
    // it leads nothing.
    for j in units.indices.dropFirst() where anchors[j] && closesSignedPiece(j, in: units) { anchors[j] = false }
    var labels: [Int] = []
    for j in units.indices.dropLast(2) where anchors[j] && anchors[j + 2] && !anchors[j + 1] {
      if isCreditLine(units[j].text), !units[j].text.containsUTF8(" "), isLead(units[j + 2].text),
        isHeadlineLike(units[j + 1].text, strict: false)
      {
        anchors[j] = false
        labels.append(j)
      }
    }
    var bodyStart = 0  // first unit after the previous lead
    // Whether unit `i` is one of the lines of a headline that starts up to `back` units before.
    func insideHeadline(_ i: Int, back: Int) -> Bool {
      (max(0, i - back)..<i).contains { $0 + headlineLines[$0] > i }
    }
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
    // Such a label after a finished item heads the headline under it (and is none of its title).
    for j in labels where headlineLines[j] == 0 && headlineLines[j + 1] == 1 && (j == 0 || endsItem(units[j - 1].text))
    {
      headlineLines[j] = 2
      headlineLines[j + 1] = 0
    }
    for i in units.indices
    where headlineLines[i] == 0 && opensBriefs(units[i].text) && !insideHeadline(i, back: 2)
      && !isMarkedAuthorUnderCommentary(i, in: units)
    {
      // A line of a bulleted list (`●工业用电量　9.8亿千瓦时　增长8.1%` under or over another `●` line,
      // without a blank line between them) heads no column of briefs.
      guard !isBulletedListLine(i, in: units) else { continue }
      headlineLines[i] = 1
    }
    for i in units.indices where units[i].marksTitle && headlineLines[i] == 0 && !insideHeadline(i, back: 3) {
      headlineLines[i] = 1
    }
    markDigestItems(units, &headlineLines)
    markAdoptedDocuments(units, &headlineLines)
    // A headline without a lead: after a finished article, over text that opens like news
    // (`5月3日，…`, `据…消息，`) or a box (`天气预报`). A subheading inside an article reads the
    // same but for what follows it, so only such openings count.
    // Inside a feature (an article under a credit line of its own, `□本报记者 方某`, rather
    // than a `本报讯` lead) such lines are its subheadings; a headline found here ends the
    // feature as one found before does.
    var underCreditLine = anchors[0] && isCreditLine(units[0].text)
    // Whether the article the lines run in so far has a credit (a lead, a credit line, a credit
    // closing a paragraph), and how many subheadings it has: a feature without a credit that
    // has subheadings carries its credit at the end of its last section.
    var articleCredited = anchors[0]
    var subheadings = 0
    let margin = wrapWidth(of: units)
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
      if !insideHeadline(i, back: 3), closesSignedPiece(i - 1, in: units), !anchors[i + 1],
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
      let document = isDocumentTitle(candidate, over: next)
      // A commentary's headline behind its column's label (`短评：…`) may hold a comma.
      let labelled = isLabelledHeadline(candidate)
      guard !insideHeadline(i, back: 3), isStandaloneHeadline(candidate) || asks || document || labelled,
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
      // with a date and a comma, `9月5日至8日,…`, is text.)
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
          || (articleCredited && opensWithTimeWord(next)) || wraps
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
      if closesItem || (!underCreditLine && opensLikeNewsItem(next)) || recentNews || opensReadersLetter(next)
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
    extendingHeadlinesOverTheirBlocks(units, &headlineLines)
    // A column label over a headline and body without a lead (`短评`, then the commentary's
    // headline and text; `记者手记` in one block with its headline) starts an article of its own,
    // not more of the article before it.
    // A small box's label (`便民提示`, `相关链接`; ``isBoxLabel(_:)``) after a finished article
    // starts the box, as its title, over the box's own headline (whatever lines follow it:
    // figures, dates) or over content no prose paragraph opens with (a list's lead-in, bullets,
    // `一是…`). Over a paragraph of prose, such a line is a subheading of the article; a link
    // box over its headline and prose is background the article keeps.
    for i in units.indices.dropLast(2) where headlineLines[i] == 0 {
      let column = isColumnLabel(units[i].text) || labelsCommentary(i, in: units)
      let signed = !column && isSignedBox(at: i, in: units, headlineLines)
      guard column || signed || isBoxLabel(units[i].text) else { continue }
      // (Photo news closes with its photographer's credit, `记者 王某 摄`, or a caption with it.)
      // (An article broken off by a jump note, `（下转第3版）`, ends there too.)
      let previousEnds =
        i == 0 || endsSentence(units[i - 1].text) || endsWithPhotoCredit(units[i - 1].text)
        || units[i - 1].continuesElsewhere || closesWithCreditLine(i - 1, in: units)
      guard !insideHeadline(i, back: 2), previousEnds, !anchors[i + 1] else { continue }
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
      if !column, signed || opensBoxContent(units[i + 1].text) {
        headlineLines[i] = 1
        continue
      }
      guard headlineLines[i + 2] == 0, isHeadlineLike(units[i + 1].text, strict: false) else { continue }
      let prose = !isHeadlineLike(units[i + 2].text, strict: false) || bodyFollows(units, i + 2)
      // A link box (`相关链接`) gives background to the article above and stays in it, unless its
      // lines under its headline are no prose (a timeline, figures).
      if column ? !prose : anchors[i + 2] || (prose && labelsBackground(units[i].text)) { continue }
      headlineLines[i] = 2
      if isBriefsColumnLabel(units[i].text) { markBriefTitles(after: i + 2, units, anchors, &headlineLines) }
    }
    // Text before the first headline found (a commentary without a lead, say) still has its
    // own headline when the page opens with one.
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
    return headlineLines
  }

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

  /// Extends a one-line headline back over the line above it when the two make a block of
  /// their own (blank lines before the first and after the second) after a finished item: a
  /// headline wrapped over two lines (`园区首个“零碳工厂”`, then `通过第三方认证`), whose first line
  /// may end as a sentence does (with a quote) and so seemed to close the text above it.
  static func extendingHeadlinesOverTheirBlocks(_ units: [Unit], _ headlineLines: inout [Int]) {
    for i in units.indices.dropFirst() where headlineLines[i] == 1 {
      let first = i - 1
      guard !units[i].blankBefore, units[first].blankBefore, headlineLines[first] == 0,
        i + 1 < units.count, units[i + 1].blankBefore, !isAnchor(units[i + 1].text),
        isStandaloneHeadline(units[first].text), first == 0 || endsItem(units[first - 1].text),
        !(max(0, first - 3)..<first).contains(where: { $0 + headlineLines[$0] > first })
      else { continue }
      headlineLines[first] = 2
      headlineLines[i] = 0
    }
  }

  /// Marks the titles of the briefs in a column under a briefs label (`简讯`, then a title over
  /// its text, another, …), from the unit at `start` on, up to the next lead or headline: a
  /// headline line after a finished brief (`…（某某）`), over text that reads as no headline. A
  /// brief's title found already as a headline of one line goes on the column.
  static func markBriefTitles(after start: Int, _ units: [Unit], _ anchors: [Bool], _ headlineLines: inout [Int]) {
    var j = start
    while j + 1 < units.count, headlineLines[j] <= 1, !anchors[j] {
      let title =
        isStandaloneHeadline(units[j].text) && endsItem(units[j - 1].text) && !anchors[j + 1]
        && !isHeadlineLike(units[j + 1].text, strict: true)
      if headlineLines[j] == 1, !title { break }
      if title { headlineLines[j] = 1 }
      j += 1
    }
  }

  /// Whether a line is the label papers set over a news photo (`图片新闻`, `【图片新闻】`).
  static func isPhotoNewsLabel(_ text: String) -> Bool {
    columnLabelName(text) == "图片新闻"
  }

  /// Whether a line is the label of a column of briefs (`简讯`, `【快　讯】`, `新闻速递`), whose
  /// items each have a title of their own.
  static func isBriefsColumnLabel(_ text: String) -> Bool {
    // Such a label ends with its name's last character or a bracket: most lines do not.
    guard let last = text.unicodeScalars.last, briefsColumnEndings.contains(last) else { return false }
    return columnLabelName(text).map(briefsColumns.contains) ?? false
  }

  /// The characters a briefs column's label ends with (``isBriefsColumnLabel(_:)``): its name's
  /// last, or a closing bracket.
  static let briefsColumnEndings = Set(briefsColumns.compactMap(\.unicodeScalars.last) + ["】", "]"])

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

  /// Marks the items of a digest column, which reprints items from elsewhere (`【…简报摘登】`):
  /// an editor's note over a numbered title (`（一）…`) introduces it, and each title numbered
  /// the same way heads an item of its own, up to the next headline.
  static func markDigestItems(_ units: [Unit], _ headlineLines: inout [Int]) {
    var i = 0
    while i + 1 < units.count {
      defer { i += 1 }
      guard headlineLines[i] == 0, isEditorsNote(units[i].text), opensNumberedItems(units[i + 1].text),
        let style = numberingStyle(units[i + 1].text)
      else { continue }
      var j = i + 1
      while j < units.count, headlineLines[j] == 0 {
        if numberingStyle(units[j].text) == style, itemTitle(units[j].text) != nil { headlineLines[j] = 1 }
        j += 1
      }
      i = j - 1
    }
  }

  /// Marks the titles of documents printed in full after a finished article: the one to three
  /// headline lines over the note of the document's adoption (`…常务委员会`, `关于…的决定`,
  /// then `（…会议通过）`), with no lead under them.
  static func markAdoptedDocuments(_ units: [Unit], _ headlineLines: inout [Int]) {
    for j in units.indices.dropFirst() where headlineLines[j] == 0 && isAdoptionNote(units[j].text) {
      var k = j
      while k - 1 >= 0, j - (k - 1) <= 3, headlineLines[k - 1] == 0, isHeadlineLike(units[k - 1].text, strict: false),
        !endsItem(units[k - 1].text)
      {
        k -= 1
      }
      guard k < j, k == 0 || endsItem(units[k - 1].text),
        !(max(0, k - 3)..<k).contains(where: { $0 + headlineLines[$0] > k })
      else { continue }
      headlineLines[k] = j - k
    }
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
