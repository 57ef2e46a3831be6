import PolicyCore

/// How the splitter drops a table of contents (`本期要目`, `目录`, then the titles of the items, perhaps
/// with their pages): its label, its entries and their numbers.
extension BulletinSplitter {
  /// The units without a table of contents (`本期要目`, `目录`, then the titles of the items
  /// below it): the label and the run of lines after it that recur on the page later, name
  /// another page (`…完成备案 2版`) or stand behind a list marker (`◆…`).
  static func removingContents(_ units: [Unit]) -> [Unit] {
    guard
      let label = units.prefix(12).firstIndex(where: { isContentsLabel($0.text) })
    else { return units }
    var end = label + 1
    while end < units.count, end - label <= 20, end == label + 1 || !units[end].blankBefore {
      var entry = contentsEntry(units[end].text)
      if let title = withoutListNumber(units[end].text, place: end - label) { entry.title = title }
      guard isHeadlineLike(entry.title, strict: false) else { break }
      let recurs = units[(end + 1)...].contains { contentsEntry($0.text).title == entry.title }
      // A bulletin's list of its items behind markers (`◆…`) words them its own way.
      let marked = units[end].text.unicodeScalars.first.map(briefMarkers.contains) == true
      guard recurs || entry.namesPage || marked else { break }
      end += 1
    }
    guard end - label > 2 else { return units }
    var out = Array(units[..<label])
    if end < units.count {
      var next = units[end]
      next.blankBefore = true
      out.append(next)
      out.append(contentsOf: units[(end + 1)...])
    }
    return out
  }

  /// An entry of a table of contents without its place in the list (`4.` before `5月份全市…`),
  /// when the list numbers its entries in order from 1: a title that opens with a figure would
  /// otherwise read with the number as a decimal (`4.5`). Nil for an entry not so numbered.
  static func withoutListNumber(_ text: String, place: Int) -> String? {
    guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
    let number = String(place)
    guard text.hasUTF8Prefix(number) else { return nil }
    let rest = text.unicodeScalars.dropFirst(number.utf8.count)
    guard let dot = rest.first, dot == "." || dot == "．", rest.count > 2 else { return nil }
    return String(String.UnicodeScalarView(rest.dropFirst())).trimmingSpaces
  }

  /// Whether a line is only the label of a table of contents (``contentsLabels``), perhaps
  /// behind a marker or in brackets of its own (`【本期要目】`).
  static func isContentsLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 24 else { return false }
    return contentsLabels.contains(String(withoutEnclosingBrackets(Substring(strippingBriefMarker(text)))))
  }

  /// Labels of a table of contents (see ``removingContents(_:)``).
  static let contentsLabels: Set<String> = [
    "本期要目", "本期目录", "目录", "要目", "本期导读", "内容提要", "本期内容", "今日导读", "本版新闻", "本版导读", "本版要目",
    // An e-paper lists the titles of its page's items beside the one it shows.
    "标题导航",
  ]

  /// An entry of a table of contents: the title without number, markers, brackets or page, and
  /// whether it named a page. A contents list may mark its entries (`◎…`) where the items below
  /// number their titles (`一、…`), or the other way round: the same title either way.
  static func contentsEntry(_ text: String) -> (title: String, namesPage: Bool) {
    var scalars = strippingBriefMarker(unnumbered(text)).unicodeScalars[...]
    if let first = scalars.first, first == "·" || first == "•" {
      scalars = scalars.dropFirst().drop { $0 == " " }
    }
    if scalars.first == "【", scalars.last == "】" { scalars = scalars.dropFirst().dropLast() }
    let title = String(String.UnicodeScalarView(scalars))
    let words = title.split(separator: " ")
    if words.count > 1, let last = words.last, last.hasSuffix("版"), last.dropLast().allSatisfy(\.isNumber) {
      return (words.dropLast().joined(separator: " "), true)
    }
    return (title, isPageIndexLine(text))
  }
}
