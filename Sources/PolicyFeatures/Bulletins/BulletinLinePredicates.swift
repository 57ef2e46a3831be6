/// How the splitter reads a single line's ending and shape: whether it ends a sentence, breaks
/// off mid-sentence or ends an item, stands free of the text around it, or reads as a headline
/// (short, without sentence punctuation). Numbering is in `BulletinNumbering.swift`, column labels
/// in `BulletinColumnLabels.swift`, leads and credits in `BulletinCredits.swift`, what of a page
/// is no article's in `BulletinPageFurniture.swift`, how lines are joined into paragraphs again
/// in `BulletinParagraphs.swift`.
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

  /// Whether a line of hard-wrapped body text stops mid-sentence: a long line (sixteen
  /// characters or more) ending in an ideograph, a digit or a comma, as no headline, credit or
  /// finished paragraph does.
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

  /// Whether a line ends where a sentence or clause may end (``sentenceEnders``: a stop, a
  /// question or exclamation mark, a semicolon, a colon, an ellipsis, a closing quote or
  /// bracket); an empty line counts as ended.
  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return true }
    return sentenceEnders.contains(last)
  }

  /// Whether a line could be a headline: 2 to 40 characters (64 when not `strict`), no
  /// closing stop, colon or comma, no full stop or semicolon inside (nor a question or
  /// exclamation mark, nor a comma or a long enumeration, when `strict`), and no lead.
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

  /// Whether a line is only an official document's number (`某自然资告字〔2025〕17号`, `某政发[2025]3号`).
  static func isDocumentNumber(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count <= 30, scalars.last == "号",
      let open = scalars.firstIndex(where: { "〔[［【".unicodeScalars.contains($0) }), open + 5 < scalars.count
    else { return false }
    return scalars[(open + 1)...(open + 4)].allSatisfy { ("0"..."9").contains($0) }
      && "〕]］】".unicodeScalars.contains(scalars[open + 5])
  }
}
