/// The labels a page sets over its articles or their columns: column names (`短评`, `【编者按】`, `简讯`),
/// inset and commentary labels (`记者手记`), box labels (`温馨提示`), and the marks that open a column of
/// briefs (`■`, `◆`).
extension BulletinSplitter {
  /// The labels of the boxes set inside an article (`相关链接`, `小贴士`, `记者手记`).
  static let insetLabels: Set<String> = [
    "相关链接", "链接", "背景链接", "知识链接", "新闻链接", "延伸阅读", "小贴士", "温馨提示", "记者手记", "编后", "编后语", "名词解释",
    "背景资料", "资料链接", "数说", "图解",
  ]

  /// The labels of a reporter's or an editor's note on the article before it (`记者手记`, `编后`).
  static let commentaryLabels: Set<String> = ["记者手记", "采访手记", "编后", "编后语", "编者的话"]

  /// The labels of an editor's afterword (`编后`, `【编后语】`): a note on the stories the page has
  /// just told, printed after the last of them.
  static let afterwordLabels: Set<String> = ["编后", "编后语"]

  /// Whether a line is only an editor's afterword's label (``afterwordLabels``), perhaps in
  /// brackets or behind a marker. Over its prose, with no headline of its own, the label is the
  /// piece's title: the note speaks of the page's stories, more than the one above it.
  static func labelsAfterword(_ text: String) -> Bool {
    text.utf8.count <= 24
      && afterwordLabels.contains(String(withoutEnclosingBrackets(Substring(strippingBriefMarker(text)))))
  }

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

  /// The line without the brief marker it opens with (`■`, `◆`, ``briefMarkers``), spaces
  /// collapsed; the line itself when it opens with none.
  static func strippingBriefMarker(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, briefMarkers.contains(first) else { return text }
    return collapseSpaces(Substring(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))))
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

  /// The column label a line is only (``isColumnLabel(_:)``), without its marker, its brackets,
  /// the spaces that fill its box (`【简　讯】` → `简讯`) and the colon a label may end with over
  /// the headline under it (`短评：`); nil for any other line.
  static func columnLabelName(_ text: String) -> String? {
    guard text.utf8.count <= 48 else { return nil }
    // A label may be spaced out to fill its box: `【简　讯】`.
    var label = String(withoutEnclosingBrackets(Substring(strippingBriefMarker(text).filter { $0 != " " })))
    if label.hasUTF8Suffix("：") || label.hasUTF8Suffix(":") { label.removeLast() }
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
}
