import PolicyCore

/// Passes over a page's marked headlines for layouts of their own: a headline extended over its
/// block, titles of briefs down a labelled column, photo news and briefs column labels, a digest's
/// numbered items, and documents printed in full over the note of their adoption.
extension BulletinSplitter {
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
}
