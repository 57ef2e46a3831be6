import PolicyCore

/// The items of a bulletin issue, as bulletins set them: numbered titles (`一、…`, `1.…`),
/// titles in brackets or behind a mark (`【…】`, `◎…`), a title and its text on one line
/// (`1.标题。正文…`, `标题：正文…`), under section labels (`【市内动态】`, `■工作动态`, or a
/// numbered title over marked ones: `一、重点项目` over `◎…`), perhaps after the compiler's
/// preface (`按：…`), perhaps as text extracted from a PDF (hard-wrapped lines, a title broken
/// over two, page numbers `— 1 —`).
extension BulletinSplitter {
  /// Rewrites the units of a bulletin issue (a page whose header numbers the issue) into the
  /// shape of a print page: the preface and section labels dropped, each item's title on a
  /// line of its own without its number or mark, its text after it.
  static func bulletinItems(_ units: [Unit]) -> [Unit] {
    var out: [Unit] = []
    out.reserveCapacity(units.count + 8)
    // Text set line by line at the column's width (extracted from a PDF): most lines end
    // mid-sentence.
    let hardWrapped = units.lazy.filter { !endsSentence($0.text) }.count * 2 > units.count
    var k = prefaceLength(units)
    // Whether the lines are the items of a column of one-line news, which have no titles.
    var inOneLineNews = false
    // Whether the lines are the briefs of a round-up the page numbers as one item.
    var inRoundUp = false
    while k < units.count {
      let unit = units[k]
      let text = unit.text
      k += 1
      // A numbered round-up (`5. 国内快讯`, then `标题：正文…` briefs, set close under it) is one
      // item, as the page numbers it: its briefs are its text, up to the next blank line.
      inRoundUp = inRoundUp && !unit.blankBefore
      if inRoundUp {
        out.append(unit)
        continue
      }
      // A column of one-line news (`一句话新闻`, then `●11月15日，…` items) is one piece under its
      // label: its items are a sentence each, with no title to cut them by.
      if isOneLineNewsLabel(text) || (inOneLineNews && text.unicodeScalars.first.map(briefMarkers.contains) == true) {
        inOneLineNews = true
        out.append(unit)
        continue
      }
      inOneLineNews = false
      if isBulletinSectionLabel(text) {
        if let name = untitledSectionName(at: k - 1, in: units) {
          out.append(Unit(text: name, line: unit.line, blankBefore: true))
        }
        continue
      }
      if let (title, body) = titledParagraph(text), !continuesNumberedPoints(at: k - 1, in: units) {
        out.append(Unit(text: title, line: unit.line, blankBefore: true))
        out.append(Unit(text: body, line: unit.line, blankBefore: false))
        continue
      }
      if var title = itemTitle(text) {
        // A title right over another item's title, numbered otherwise (`一、重点项目` over
        // `◎…`), labels a section of items and titles none.
        if k < units.count, itemTitle(units[k].text) != nil, numberingStyle(units[k].text) != numberingStyle(text) {
          continue
        }
        // Hard-wrapped text breaks a long title too: a short line without punctuation under it,
        // over the item's text, is the rest of it.
        if hardWrapped, k + 1 < units.count, !units[k].blankBefore, units[k].text.hasAtMostScalars(8),
          isRowShaped(units[k].text), !isRowShaped(units[k + 1].text)
        {
          title += units[k].text
          k += 1
        }
        out.append(Unit(text: title, line: unit.line, blankBefore: true))
        inRoundUp = isNumbered(text) && (isBriefsLabel(title) || isBriefsColumnLabel(title))
        continue
      }
      if let (title, body) = untitledItem(text) {
        out.append(Unit(text: title, line: unit.line, blankBefore: true))
        out.append(Unit(text: body, line: unit.line, blankBefore: false))
        continue
      }
      out.append(unit)
    }
    // Every item's title now follows a blank: the page reads as blocks unless its text has
    // blank lines of its own.
    return out
  }

  /// How many units at the top of an issue are its compiler's preface (`按：…现将有关情况摘报如
  /// 下。`), which introduces the whole issue and is no item's text: the paragraph, through the
  /// line that ends its sentence when print breaks cut it. 0 when the issue opens otherwise.
  static func prefaceLength(_ units: [Unit]) -> Int {
    guard let first = units.first?.text,
      first.hasUTF8Prefix("按：") || first.hasUTF8Prefix("按:") || isEditorsNote(first)
    else { return 0 }
    var end = 0
    while end < units.count, end == 0 || !units[end].blankBefore {
      end += 1
      if endsSentence(units[end - 1].text) { break }
    }
    return end
  }

  /// A bulletin's section label: two to six ideographs in brackets or behind a mark, perhaps
  /// spaced out to fill its box (`【要　闻】`).
  static func isBulletinSectionLabel(_ text: String) -> Bool {
    var scalars = text.unicodeScalars[...]
    // An author behind an open box (`□ 某某`) is a credit (``isCreditLine(_:)``), naming no section.
    if let first = scalars.first, briefMarkers.contains(first), !(first == "□" && isCreditLine(text)) {
      scalars = scalars.dropFirst()
    } else if scalars.first == "【", scalars.last == "】" {
      scalars = scalars.dropFirst().dropLast()
    } else {
      return false
    }
    let label = scalars.filter { $0 != " " && $0 != "\u{3000}" }
    return label.count >= 2 && label.count <= 6 && label.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// The name a section label gives the text under it (`【舆情概况】` → `舆情概况`) when that text is
  /// plain paragraphs, each ending its sentence (or a colon over points), no headline, numbered
  /// title or mark among them, up to the next label or the next item after a blank line (whose
  /// own label may have been dropped over its headline): an overview or an assessment the issue
  /// sets under its label is one piece, which the label titles. Nil for a label over items.
  static func untitledSectionName(at i: Int, in units: [Unit]) -> String? {
    var k = i + 1
    while k < units.count, !isBulletinSectionLabel(units[k].text) {
      let text = units[k].text
      let isItem =
        text.unicodeScalars.first.map(briefMarkers.contains) == true || isOneLineNewsLabel(text)
        || itemTitle(text) != nil || titledParagraph(text) != nil
      if isItem, k > i + 1, units[k].blankBefore { break }
      guard !isItem, endsSentence(text) || text.unicodeScalars.last == "：" else { return nil }
      k += 1
    }
    guard k > i + 1 else { return nil }
    let label = units[i].text.unicodeScalars.filter { $0.isMainBlockIdeograph }
    return String(String.UnicodeScalarView(label))
  }

  /// Whether a line is a title in brackets of its own (`【区政府与三家企业签约新能源汽车零部件项目】`):
  /// headline text of six characters or more, not a column or section label.
  static func isBracketedTitle(_ text: String) -> Bool {
    unbracketedTitle(text) != nil
  }

  /// The title inside the brackets of a bracketed title (see ``isBracketedTitle(_:)``), or nil.
  static func unbracketedTitle(_ text: String) -> String? {
    let scalars = text.unicodeScalars
    guard scalars.first == "【", scalars.last == "】", scalars.count >= 8 else { return nil }
    let inner = scalars.dropFirst().dropLast()
    guard !inner.contains("【"), !inner.contains("】") else { return nil }
    let title = String(String.UnicodeScalarView(inner))
    guard isHeadlineLike(title, strict: false), !isColumnLabel(text), !isSectionLabel(text) else { return nil }
    return title
  }

  /// An item title on a line of its own, without its number, brackets or mark; nil for a line
  /// that is not one.
  static func itemTitle(_ text: String) -> String? {
    let plain = unnumbered(text)
    var scalars = plain.unicodeScalars[...]
    if let first = scalars.first, briefMarkers.contains(first) { scalars = scalars.dropFirst() }
    if scalars.first == "【", scalars.last == "】" { scalars = scalars.dropFirst().dropLast() }
    guard scalars.count < text.unicodeScalars.count else { return nil }
    let title = collapseSpaces(Substring(String(String.UnicodeScalarView(scalars))))
    guard title.unicodeScalars.count >= 4, isHeadlineLike(title, strict: false), !isAnchor(title) else { return nil }
    return title
  }

  /// A title and its text on one line: `1.标题句。正文…` (a numbered item whose first sentence
  /// is its title) or `标题：正文…`; nil for any other line.
  static func titledParagraph(_ text: String) -> (String, String)? {
    guard text.unicodeScalars.count > 40 else { return nil }
    // A numbered or marked item's title may end at its full stop (`1.标题。正文…`, `▲标题。正文…`);
    // any title at a colon or a space.
    var numbered = unnumbered(text)
    if let mark = numbered.unicodeScalars.first, briefMarkers.contains(mark) {
      numbered = strippingBriefMarker(numbered)
    }
    let scalars = Array(numbered.unicodeScalars.prefix(48))
    let stops: Set<Unicode.Scalar> =
      numbered.unicodeScalars.count < text.unicodeScalars.count ? ["。", "：", " "] : ["：", " "]
    // A space between two Latin letters (`Easy Go`) is a word's, no title's end.
    func isLatinLetter(_ k: Int) -> Bool {
      k >= 0 && k < scalars.count && scalars[k].isASCII && scalars[k].properties.isAlphabetic
    }
    guard
      let stop = scalars.indices.first(where: {
        stops.contains(scalars[$0]) && !(scalars[$0] == " " && isLatinLetter($0 - 1) && isLatinLetter($0 + 1))
      }), stop >= 6
    else { return nil }
    let title = String(String.UnicodeScalarView(scalars[..<stop]))
    guard isHeadlineLike(title, strict: true), !isAnchor(title), !title.hasSuffix("说"), !title.hasSuffix("表示"),
      !opensWithLabel(title)
    else { return nil }
    let body = String(String.UnicodeScalarView(numbered.unicodeScalars.dropFirst(stop + 1)))
    guard body.unicodeScalars.count >= 20, endsItem(body) else { return nil }
    return (title, body)
  }

  /// Whether a line opens with a label in brackets and goes on after it (`【同期声】某镇党委书记`,
  /// `【记者出镜】`…), as a script marks whose words follow: a speaker, not an item's title.
  static func opensWithLabel(_ text: String) -> Bool {
    guard text.hasUTF8Prefix("【"), let close = text.unicodeScalars.prefix(10).firstIndex(of: "】") else {
      return false
    }
    return text.unicodeScalars.index(after: close) < text.unicodeScalars.endIndex
  }

  /// Whether the unit at `i` is one more numbered point of an item's text: the unit before it is
  /// numbered alike and stayed text (`（一）抓好…。…`, then `（二）…`), so this one, however long
  /// its first sentence, is no item of its own.
  static func continuesNumberedPoints(at i: Int, in units: [Unit]) -> Bool {
    guard i > 0, let style = numberingStyle(units[i].text) else { return false }
    let previous = units[i - 1].text
    return numberingStyle(previous) == style && titledParagraph(previous) == nil && itemTitle(previous) == nil
  }

  /// Whether a line is the first of numbered items' titles (`1. …`, `一、…`, `（一）…`).
  static func opensNumberedItems(_ text: String) -> Bool {
    let firsts = ["1.", "1、", "1．", "一、", "（一）", "(一)", "(1)", "（1）"]
    guard firsts.contains(where: { text.hasUTF8Prefix($0) }) else { return false }
    return itemTitle(text) != nil || titledParagraph(text) != nil
  }

  /// Whether a line is the label of a column of one-line news (`一句话新闻`, `【新闻一句话】`).
  static func isOneLineNewsLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 30 else { return false }
    let label = withoutEnclosingBrackets(Substring(strippingBriefMarker(text).filter { $0 != " " }))
    return ["一句话新闻", "新闻一句话", "一句话快讯", "一句话动态"].contains(String(label))
  }

  /// A bulletin's untitled item behind a mark (`◆8月4日，镇党委书记某某带队督导光伏项目，现场协调…`):
  /// its title is what happened, the clause after the date; its text is the whole item. Nil for
  /// any other line.
  static func untitledItem(_ text: String) -> (String, String)? {
    guard let mark = text.unicodeScalars.first, briefMarkers.contains(mark), text.unicodeScalars.count > 20 else {
      return nil
    }
    let body = strippingBriefMarker(text)
    guard opensLeadlessArticle(body) else { return nil }
    let scalars = Array(body.unicodeScalars.prefix(80))
    guard let comma = scalars.prefix(14).firstIndex(where: { $0 == "，" || $0 == "," }) else { return nil }
    let rest = scalars[(comma + 1)...]
    guard let end = rest.firstIndex(where: { "，。；,;".unicodeScalars.contains($0) }), end - comma - 1 >= 6 else {
      return nil
    }
    return (String(String.UnicodeScalarView(scalars[(comma + 1)..<end])), body)
  }

  /// The line without the item number it opens with (`一、`, `1.`, `1、`, `（一）`), or as it is.
  static func unnumbered(_ text: String) -> String {
    guard isNumbered(text) else { return text }
    let scalars = text.unicodeScalars
    guard let end = scalars.firstIndex(where: { "、.．）)".unicodeScalars.contains($0) }) else { return text }
    return String(String.UnicodeScalarView(scalars[scalars.index(after: end)...])).trimmingSpaces
  }
}
