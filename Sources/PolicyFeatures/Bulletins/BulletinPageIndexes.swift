import PolicyCore

/// How the splitter tells a page's index of contents and its teasers (`今日导读`, items behind a
/// pointer, `▶A05　…`, `详见A5版`): the index's label and lines, lettered page entries, page words and
/// ranges.
extension BulletinSplitter {
  /// Whether a line belongs to a page's index of contents (`今日导读`, `●老街改造留住城市记忆(第3版)`).
  static func isPageIndexLine(_ text: String) -> Bool {
    guard text.utf8.count <= 160, let end = text.unicodeScalars.last else { return false }
    let plain = strippingBriefMarker(text)
    // `◆石桥镇二期光伏项目完成备案　2版`: a headline, then its page (or its pages, `2-3版`),
    // perhaps behind a pointer (`>>第2版`).
    if end == "版", let space = plain.lastIndex(of: " ") {
      let page = plain[plain.index(after: space)...].unicodeScalars.dropLast().drop(while: pagePointers.contains)
      if numbersPages(page.first == "第" ? page.dropFirst() : page),
        isHeadlineLike(String(plain[..<space]), strict: false)
      {
        return true
      }
    }
    if isPointedTeaser(text) || isPageFirstTeaser(text) || isCircledPageTeaser(text) { return true }
    if ("0"..."9").contains(end), isLetteredPageEntry(text) { return true }
    guard end == ")" || end == "）" else { return isIndexLabel(plain) }
    let scalars = Array(plain.unicodeScalars)
    guard scalars.count <= 40, let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0
    else { return false }
    let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))
    if isPageNumberLine(inner) { return true }
    // `·全县春季造林任务完成过半 (2版)`: a headline, then its page without `第`.
    let page = inner.unicodeScalars.filter { $0 != " " }
    guard page.last == "版", (2...3).contains(page.count), page.dropLast().allSatisfy({ ("0"..."9").contains($0) })
    else { return false }
    let headline = String(
      String.UnicodeScalarView(
        scalars[..<open].drop { "·・• ".unicodeScalars.contains($0) || briefMarkers.contains($0) }))
    return isHeadlineLike(headline.trimmingSpaces, strict: true)
  }

  /// Whether a line is an index entry behind its dot, marker or pointer that names its page in
  /// letters after a space (`·老街改造留住城市记忆　P3`, `■区图书馆延时开放 P12`, `▶冬储白菜上市　　A2`):
  /// a headline, then `P` and the page's number, or the page's code with its section's letter
  /// (`A2`, `B05`), as a front page's box of teasers names the pages inside.
  static func isLetteredPageEntry(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first,
      first == "·" || first == "•" || briefMarkers.contains(first) || pagePointers.contains(first),
      let space = text.lastIndex(of: " ")
    else { return false }
    let page = text[text.index(after: space)...].unicodeScalars
    guard let letter = page.first, (2...3).contains(page.count),
      letter == "P" || letter == "Ｐ" || ("A"..."Z").contains(letter),
      page.dropFirst().allSatisfy({ ("0"..."9").contains($0) })
    else { return false }
    let headline = text[..<space].unicodeScalars.dropFirst().drop { $0 == " " }
    return isHeadlineLike(String(String.UnicodeScalarView(headline)), strict: false)
  }

  /// Whether a line is the label of a front page's index (`今日导读`, `导读`), bare or in brackets
  /// of its own (`【导读】`), as papers set it either way over the same box.
  static func isIndexLabel(_ plain: String) -> Bool {
    guard plain.utf8.count <= 18 else { return false }
    return ["今日导读", "本期导读", "导读", "今日看点"].contains(withoutEnclosingBrackets(Substring(plain)))
  }

  /// What may point from an index's entry to its page (`>>第2版`, `〉〉02版`, `→3版`, `▶A5版`).
  static let pagePointers: Set<Unicode.Scalar> = [">", "＞", "》", "〉", "→", "▶", "►", "▷"]

  /// Whether the words before `版` number a page (`2`, `12`, `三`) or a run of pages, as a piece
  /// printed over two pages or more is indexed (`2-3`, `2—3`, `2～3`, `2、3`, `2至3`): one number of
  /// up to three numerals (``pageNumerals``), or two joined by a dash, `～`, `、` or `至`.
  static func numbersPages(_ words: Substring.UnicodeScalarView) -> Bool {
    let numbers = words.split(maxSplits: 1, omittingEmptySubsequences: false) { pageRangeMarks.contains($0) }
    return numbers.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { pageNumerals.contains($0) } }
  }

  /// What joins the first and the last page of a run of pages in an index (see ``numbersPages(_:)``).
  static let pageRangeMarks: Set<Unicode.Scalar> = ["-", "－", "—", "–", "~", "～", "、", "至"]

  /// Whether a line is an entry of a box of teasers behind a pointer, the page first
  /// (`▶A05　冬季供暖保障工作全面就绪`, `►3版 …`): one or two pointing marks (no letter, digit or
  /// ideograph), the page (`A05`, `3版`, `第3版`) and a headline.
  static func isPointedTeaser(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, first.properties.generalCategory == .otherSymbol || briefMarkers.contains(first)
    else { return false }
    let unmarked = scalars.drop { $0.properties.generalCategory == .otherSymbol || briefMarkers.contains($0) }
    guard scalars.count - unmarked.count <= 2 else { return false }
    let words = String(String.UnicodeScalarView(unmarked)).trimmingSpaces.split(separator: " ", maxSplits: 1)
    guard words.count == 2, isPageWord(words[0]) else { return false }
    return isHeadlineLike(String(words[1]), strict: false)
  }

  /// Whether a line is an entry of a box of teasers set page first without a pointer
  /// (`2版　我区一季度经济运行稳中向好`, `第3版 …`): the page with `版` (`2版`, `A3版`, `第3版`), a
  /// space, and a headline. Text never opens with a page's number set apart so.
  static func isPageFirstTeaser(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first,
      ("0"..."9").contains(first) || first == "第" || ("A"..."Z").contains(first),
      text.utf8.count <= 160
    else { return false }
    let words = text.split(separator: " ", maxSplits: 1)
    guard words.count == 2, words[0].hasSuffix("版"), isPageWord(words[0]) else { return false }
    return isHeadlineLike(String(words[1]), strict: false)
  }

  /// Whether a line is an entry of an index set with its page's code in front, without `版`
  /// (`A2 经开区企业持续扩容`, `A2｜经开区企业持续扩容`): the code (``isPageCode(_:)``), a space or
  /// a bar (`｜`, `|`), and a headline. Only under the index's label is such a line known for an
  /// entry (see ``units(of:)``).
  static func isCodeFirstTeaser(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) || ("A"..."Z").contains(first),
      text.utf8.count <= 160
    else { return false }
    func isGap(_ c: Character) -> Bool { c == " " || c == "｜" || c == "|" }
    let words = text.split(maxSplits: 1, whereSeparator: isGap)
    guard words.count == 2, isPageCode(words[0]) else { return false }
    return isHeadlineLike(String(words[1].drop(while: isGap)), strict: false)
  }

  /// Whether a line is an entry of a box of teasers behind a dot, its page a circled number
  /// after a space (`·老旧小区改造居民说了算　③`): a dot (`·`, `•`, `・`), a headline, a space and
  /// `①`…`⑳`. A series' headline carries its number without the dot and the space.
  static func isCircledPageTeaser(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, "·・•".unicodeScalars.contains(first), let last = scalars.last,
      ("\u{2460}"..."\u{2473}").contains(last), text.utf8.count <= 160
    else { return false }
    let words = text.split(separator: " ")
    guard words.count >= 2, words[words.count - 1].unicodeScalars.count == 1 else { return false }
    let headline = String(String.UnicodeScalarView(scalars.dropFirst().dropLast())).trimmingSpaces
    return isHeadlineLike(headline, strict: false)
  }

  /// Whether a word names a page: its code (`A05`, `3`), perhaps with `版` (`3版`, `A3版`), or its
  /// number line (`第3版`).
  static func isPageWord(_ word: Substring) -> Bool {
    isPageCode(word) || (word.hasSuffix("版") && isPageCode(word.dropLast())) || isPageNumberLine(String(word))
  }
}
