import PolicyCore

/// How the splitter tells a masthead and a running head or foot by their fields: the paper's and
/// the section's names, the date (`2025.12.18` too), the weekday, the page and its number, the
/// edition (`A1　要闻`), a printing permit's number, labelled fields of a programme's header.
extension BulletinSplitter {
  /// Whether a word or a line is the name of a paper (`枫林日报`, `某某晚报`) or of its supplement
  /// (`某日报法治周刊`, `青阳湖副刊`): two to sixteen ideographs ending as such names do.
  static func isPaperName(_ word: Substring) -> Bool {
    (3...16).contains(word.unicodeScalars.count)
      && word.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
      && paperNameEndings.contains(where: word.hasSuffix)
  }

  /// How names of papers and of their supplements end (see ``isPaperName(_:)``).
  static let paperNameEndings = ["日报", "晚报", "早报", "时报", "商报", "周报", "区报", "县报", "市报", "周刊", "副刊", "专刊"]

  /// Whether a word is a short name of ideographs a page foot gives its section (`综合新闻`, `要闻`):
  /// two to six ideographs, perhaps joined by `·`.
  static func isSectionName(_ word: Substring) -> Bool {
    (2...6).contains(word.unicodeScalars.count)
      && word.unicodeScalars.allSatisfy { $0 == "·" || ($0.isMainBlockIdeograph) }
  }

  /// Whether a word is a page's number or edition code as a running head prints it: one or two
  /// digits (`2`, `05`), perhaps after a capital letter (`A6`, `B12`).
  static func isPageCode(_ word: Substring) -> Bool {
    var digits = word.unicodeScalars[...]
    if let first = digits.first, ("A"..."Z").contains(first) { digits = digits.dropFirst() }
    return (1...2).contains(digits.count) && digits.allSatisfy { ("0"..."9").contains($0) }
  }

  /// Whether a line is the section's name right under the page's code in the page's header
  /// (`A3`, then `民生新闻`): the strip's two fields (``isSectionPageLine(_:)``) set on two lines,
  /// before any text, over the first headline and none of it.
  static func namesSectionUnderPageCode(_ text: String, _ previousLine: String) -> Bool {
    previousLine.utf8.count <= 3 && text.utf8.count <= 18 && isPageCode(Substring(previousLine))
      && isSectionName(Substring(text))
  }

  /// Whether a line at the top of a page can be part of its masthead, above the date line: a
  /// short line without sentence punctuation (`青峰日报`, `QINGFENG DAILY`).
  static func isMastheadLine(_ text: String) -> Bool {
    let plain =
      text.hasAtMostScalars(30)
      && hasNoStopOrComma(text) && !isAnchor(text)
    return plain || isPageFurniture(text)
  }

  /// Whether a line is a narrow page's section strip, the section's name and the day in figures
  /// joined by `·` (`乡镇·2026.9.4`), as a page's top sets it over the first headline (also
  /// header: ``isPageFurniture(_:)``).
  static func isDatedSectionStrip(_ text: String) -> Bool {
    guard text.hasAtMostScalars(20), text.containsUTF8("·") else { return false }
    let parts = text.split(separator: "·")
    guard parts.count == 2, (2...6).contains(parts[0].unicodeScalars.count),
      parts[0].unicodeScalars.allSatisfy(\.isMainBlockIdeograph)
    else { return false }
    let fields = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    return fields.count == 3 && fields[0].count == 4
      && fields.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
  }

  /// Whether a word or a line is the issue's running number since the paper's first (`总第1877期`), as
  /// a masthead prints it beside or instead of the year's: `总` and an issue's number.
  static func isRunningIssueNumber(_ text: String) -> Bool {
    text.hasUTF8Prefix("总第") && isIssueNumberLine(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())))
  }

  /// Whether a line names the page by its number and its section, in either order (`03　经济`,
  /// `要闻　2`, `第3版　综合新闻`), as a page's head or foot sets them: the page (``isPageWord(_:)``)
  /// and a section's name (``isSectionName(_:)``), nothing else.
  static func isSectionPageLine(_ text: String) -> Bool {
    guard text.utf8.count <= 30 else { return false }
    let words = text.split(separator: " ")
    guard words.count == 2 else { return false }
    return (isPageWord(words[0]) && isSectionName(words[1])) || (isSectionName(words[0]) && isPageWord(words[1]))
  }

  /// Whether a header line is only the masthead's fields set apart by spaces, one of them at
  /// least dating or numbering the issue: the day's page count (`今日4版`), the issue's number
  /// (`第4087期`), the date, the page, the publisher (`某集团有限公司主办`), a notice that the paper
  /// is internal (`内部资料`), its printing permit's number (`内部准印证号：…号`). The paper's and the
  /// section's names and the page's bare number may stand among them (`江州晚报　2025.12.18　星期四
  /// A03　城事`) when two fields at least date or page the issue. A line that opens with the
  /// issue's number is a bulletin's issue line (``isIssueNumberLine(_:)``), read as such.
  static func isMastheadFieldsLine(_ text: String) -> Bool {
    guard let fields = mastheadFields(text) else { return false }
    if fields.names == 0 && fields.pageNumbers == 0 { return fields.dating > 0 }
    return fields.dating > 0 && fields.dating + fields.pageNumbers >= 2
  }

  /// Whether a line among the text is a running head or foot of masthead fields: the paper's or
  /// the section's name, the date or the weekday, and the page (`湄阳日报　2025年12月22日　星期一　2`).
  static func isRunningFieldsLine(_ text: String) -> Bool {
    // A name, a page and two dating fields are three words at least: most lines, with fewer,
    // are ruled out before their words are split and tested.
    guard spaceSeparatedWords(text, atLeast: 3), let fields = mastheadFields(text) else { return false }
    return fields.names > 0 && fields.pages > 0 && fields.dating >= 2
  }

  /// Whether a line holds `count` words at least between spaces (U+0020), as
  /// `unicodeScalars.split(separator: " ")` cuts them: counted on the UTF-8 bytes, unsplit.
  static func spaceSeparatedWords(_ text: String, atLeast count: Int) -> Bool {
    /// Counts the words of `bytes` up to `count`.
    func reaches(_ bytes: some Sequence<UInt8>) -> Bool {
      var words = 0
      var inWord = false
      for byte in bytes {
        if byte == 0x20 {
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
          if words >= count { return true }
        }
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(reaches) ?? reaches(text.utf8)
  }

  /// How many words of a line set apart by spaces are masthead fields of each kind: dating or
  /// numbering the issue (`dating`, of which `pages` name the page: `A03`, `第5版`, `2`),
  /// a page's bare number (`pageNumbers`, counted apart: alone it dates nothing), and names of
  /// the paper or the section (`names`); nil when a word is none of these or the line opens
  /// with the issue's number.
  static func mastheadFields(_ text: String) -> (dating: Int, pages: Int, pageNumbers: Int, names: Int)? {
    guard text.utf8.count <= 4 * 60, text.containsUTF8(" "), !isIssueNumberLine(text) else { return nil }
    var fields = (dating: 0, pages: 0, pageNumbers: 0, names: 0)
    // Split at the space scalar, not at the space character: a combining mark after a space
    // makes one character of both, and a word must hold no space (the tests below ask this
    // one again of each word).
    for word in text.unicodeScalars.split(separator: " ").map({ String(String.UnicodeScalarView($0)) }) {
      if isPageCode(Substring(word)) {
        fields.pageNumbers += 1
        fields.pages += 1
      } else if word.unicodeScalars.contains(where: weatherMarks.contains), let field = weatherField(Substring(word)),
        field != .sky
      {
        // The weather beside the date (`天气:多云转阵雨　16-24℃`) dates nothing and names nothing.
        continue
      } else if isIssueNumberLine(word) || isDateLine(word) || isDottedDate(word) || isPageFurniture(word) {
        fields.dating += 1
        if isEditionLine(word) || isPageNumberLine(word) { fields.pages += 1 }
      } else if isPublisherName(word) || mastheadNotices.contains(word) || isPermitNumber(word) {
        continue
      } else if (2...8).contains(word.unicodeScalars.count),
        word.unicodeScalars.allSatisfy({ $0 == "·" || ($0.isMainBlockIdeograph) })
      {
        fields.names += 1
      } else {
        return nil
      }
    }
    return fields
  }

  /// Whether a word is a date set with dots or slashes (`2025.12.18`, `2025/12/18`), as evening
  /// papers and posts print it in their headers: a year, then a month and a day that can be.
  static func isDottedDate(_ word: String) -> Bool {
    let parts = word.split(whereSeparator: { $0 == "." || $0 == "/" })
    guard parts.count == 3, word.utf8.count <= 10, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return parts[0].count == 4 && (1900...2200).contains(year) && (1...12).contains(month) && (1...31).contains(day)
  }

  /// Whether a word or a line is the number of a paper's printing permit or registration (`内部准印证号：
  /// 某（2025）字第017号`): a label of ideographs ending in `号`, a colon, then a number with digits.
  static func isPermitNumber(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.prefix(41))
    guard scalars.count <= 40, let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2,
      scalars[colon - 1] == "号", scalars[..<colon].allSatisfy({ $0.isMainBlockIdeograph })
    else { return false }
    let number = scalars[(colon + 1)...]
    return number.contains { ("0"..."9").contains($0) }
      && !number.contains { innerStops.contains($0) || commas.contains($0) || $0 == " " }
  }

  /// Whether a line gives the paper's web address under its nameplate (`某某新闻网　www.….cn`,
  /// `网址：www.….com`, `某某新闻网：www.….cn`): the address last (`www.…` or `http…://…`, letters
  /// and dots, no ideograph), perhaps after the site's name of two to twelve ideographs or its label.
  static func isSiteAddressLine(_ text: String) -> Bool {
    guard text.containsUTF8("www.") || text.containsUTF8("://") else { return false }
    var words = text.split(separator: " ")
    guard (1...3).contains(words.count), var address = words.popLast() else { return false }
    for label in ["网址：", "网址:"] where address.hasPrefix(label) { address = address.dropFirst(label.count) }
    // The site's name may run into its address after a colon (`某某新闻网：www.….cn`).
    if let colon = address.firstIndex(where: { $0 == "：" || $0 == ":" }), colon > address.startIndex,
      case let rest = address[address.index(after: colon)...], rest.hasPrefix("www.")
    {
      words.append(address[...colon])
      address = rest
    }
    guard address.hasPrefix("www.") || address.hasPrefix("http://") || address.hasPrefix("https://"),
      address.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "@" }), address.contains(".")
    else { return false }
    return words.allSatisfy { word in
      let name = word.hasSuffix("：") || word.hasSuffix(":") ? word.dropLast() : word
      return (2...12).contains(name.unicodeScalars.count) && name.unicodeScalars.allSatisfy(\.isMainBlockIdeograph)
    }
  }

  /// Whether a word names who publishes the paper (`华澜能源集团有限公司主办`, `县委宣传部编印`): four
  /// to twenty-four ideographs ending in what the publisher does, or an office's name and `编`
  /// (`市政府新闻办公室编`, ``isOfficeName(_:shortest:)``), as a bulletin or a digest names who
  /// compiles it.
  static func isPublisherName(_ word: String) -> Bool {
    let count = word.unicodeScalars.count
    guard count >= 4, count <= 24, word.unicodeScalars.allSatisfy({ $0.isMainBlockIdeograph }) else { return false }
    return ["主办", "主管", "编印", "承办", "出版"].contains(where: word.hasUTF8Suffix)
      || (word.hasUTF8Suffix("编") && isOfficeName(Substring(word).dropLast(), shortest: 4))
  }

  /// What an internal paper's masthead says of it (`内部资料　免费交流`).
  static let mastheadNotices: Set<String> = ["内部资料", "免费交流", "内部交流", "注意保存", "内部刊物", "免费赠阅"]

  /// Whether a line names the page by its edition letter and number, perhaps with the section
  /// (`A1　要闻`, `B3版`, `A02 综合`, `A3｜经济`), as papers printed in editions head their pages:
  /// the section after a space or a bar (`｜`, `|`), as a page's strip sets them apart.
  static func isEditionLine(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 2, scalars.count <= 12, ("A"..."Z").contains(scalars[0]) else { return false }
    var i = 1
    while i < scalars.count, i <= 3, ("0"..."9").contains(scalars[i]) { i += 1 }
    guard i > 1, i <= 3 else { return false }
    if i < scalars.count, scalars[i] == "版" { i += 1 }
    if i == scalars.count { return true }
    guard scalars[i] == " " || scalars[i] == "｜" || scalars[i] == "|" else { return false }
    let section = scalars[(i + 1)...]
    return (2...6).contains(section.count) && section.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// Whether a line before any article is page furniture: a short line with the page date or
  /// the page number, a dated masthead, or a line of the masthead's fields
  /// (``isMastheadFieldsLine(_:)``). A news app's item line (`2026-03-02 08:15　来源：某某日报客户端`)
  /// names a paper beside a date, but it is the item's, under its title (``isStampedSourceLine(_:)``);
  /// so is a site's dated field on a line of its own (`发布日期：2026年03月19日`).
  static func isPageHeader(_ text: String) -> Bool {
    let short = text.hasAtMostScalars(24)
    if short && isPageNumberLine(text) { return true }
    if isRunningHeader(text) || isMastheadFieldsLine(text) || isLabelledFieldsLine(text) { return true }
    guard short || DateExtraction.isMasthead(text), !isStampedSourceLine(text), !text.hasUTF8Prefix("发布")
    else { return false }
    return (try? DateExtraction.date(fromHeaderLine: text)) != nil
  }

  /// Whether a header line is only labelled fields, one of them dated (`播出时间：2025年12月30日（星期二）
  /// 18:00—18:20　频率：FM98.6　编辑：某某　监制：某某`), as a programme's transcript or a post heads its
  /// text: three fields or more set apart by spaces, each a label of two to four ideographs, a
  /// colon and a value with no sentence in it (a time may follow a date after a space).
  static func isLabelledFieldsLine(_ text: String) -> Bool {
    // A web item's publishing line (`发布时间：… 来源：…`) is the item's, under its title.
    guard text.utf8.count <= 4 * 80, text.containsUTF8("：") || text.containsUTF8(":"), !isPublishingLine(text)
    else { return false }
    let words = text.split(separator: " ")
    guard words.count >= 3 else { return false }
    var dated = false
    for (k, word) in words.enumerated() {
      // A time goes on with the field before it (`2025年3月7日 18:00`).
      if k > 0, word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ":：—-~～".unicodeScalars.contains($0) }) {
        continue
      }
      guard let colon = word.unicodeScalars.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
      let label = word.unicodeScalars[..<colon]
      let value = word.unicodeScalars[word.unicodeScalars.index(after: colon)...]
      guard (2...4).contains(label.count), label.allSatisfy({ $0.isMainBlockIdeograph }),
        !value.isEmpty, !value.contains(where: { innerStops.contains($0) || commas.contains($0) })
      else { return false }
      if !dated { dated = (try? DateExtraction.date(fromHeaderLine: String(String.UnicodeScalarView(value)))) != nil }
    }
    return dated
  }

  /// The days a weekday line names (`星期日`, `周三`).
  static let weekdays = ScalarBitmap("一二三四五六日天".unicodeScalars)

  /// The digits of a page number (`第3版`, `第０３版`, `第三版`).
  static let pageNumerals = ScalarBitmap("0123456789０１２３４５６７８９一二三四五六七八九十".unicodeScalars)

  /// Whether a line is a page number with an optional section name (`第3版 要闻`, `第 03 版：综合`).
  static func isPageNumberLine(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.filter { $0 != " " })
    guard scalars.first == "第", let ban = scalars.firstIndex(of: "版"), ban > 1 else { return false }
    // A section letter may lead the number: `第A03版`.
    let number = ("A"..."Z").contains(scalars[1]) ? scalars[2..<ban] : scalars[1..<ban]
    return !number.isEmpty && number.allSatisfy { pageNumerals.contains($0) }
  }
}
