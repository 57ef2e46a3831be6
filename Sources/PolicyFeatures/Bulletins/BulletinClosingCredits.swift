import PolicyCore

/// How the splitter reads a credit closing an article's text: a bracketed credit at a paragraph's
/// end (`（记者 江涛）`), one a hard wrap broke off, an office's credit (`（营销部　蔡　梦）`, `区能源办`, `…供稿`), and
/// how offices' names end.
extension BulletinSplitter {
  /// A paragraph's last line with the bracketed credit a hard wrap broke off it (`…（记者 黎晓`)
  /// made whole by the next line, which closes the bracket (`光 通讯员 万小舟）`; a space where the
  /// wrap fell between two credits, `（通讯员 罗某`, then `记者 乔某）`), or with the
  /// photographer's credit whose verb the wrap set alone on the next line (`…观看。 记者 某某`,
  /// then `摄`); or nil.
  static func wrappedClosingCredit(_ line: String, _ next: String) -> String? {
    if next == "摄" || next == "摄影" {
      let joined = line + " " + next
      return closingPhotoCredit(joined) != nil ? joined : nil
    }
    guard next.utf8.count <= 60, next.hasUTF8Suffix("）") || next.hasUTF8Suffix(")"),
      !next.unicodeScalars.contains(where: { $0 == "（" || $0 == "(" }),
      let open = line.unicodeScalars.lastIndex(where: { $0 == "（" || $0 == "(" }),
      !line.unicodeScalars[open...].contains(where: { $0 == "）" || $0 == ")" })
    else { return nil }
    let joined = joiningBrokenLine(line, next)
    return trailingCredit(joined).map { !$0.credit.isEmpty } == true ? joined : nil
  }

  /// A bracketed credit at the end of a paragraph (`（记者 江涛）`, after a finished sentence or
  /// alone) or a credit line ending in `报道` (`融媒记者 宁晓宇 报道`): the paragraph's text before
  /// it and the credit.
  static func trailingCredit(_ paragraph: String) -> (text: String, credit: String)? {
    let scalars = Array(paragraph.unicodeScalars)
    if let last = scalars.last, last == "）" || last == ")",
      let open = scalars.lastIndex(where: { $0 == "（" || $0 == "(" }), scalars.count - open <= 42,
      open == 0 || sentenceEnders.contains(scalars[open - 1])
    {
      var credit = collapseSpaces(
        Substring(String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))))
      if credit.hasSuffix(" 报道") { credit = String(credit.dropLast(" 报道".count)) }
      let before = String(String.UnicodeScalarView(scalars[..<open]))
      // A pen name alone in brackets closing a commentary (`（晓　风）`).
      let penName = String(credit.unicodeScalars.filter { $0 != " " }.map(Character.init))
      if credit.hasAtMostScalars(5), penName.count <= 3, isPersonalName(Substring(penName)),
        !bracketedNonNames.contains(penName)
      {
        return (before, penName)
      }
      // A signed piece's author in brackets after its text (`…惠及千家万户。（作者：某某）`).
      if credit.hasUTF8Prefix("作者"), let author = signatureAuthor(credit) { return (before, author) }
      // A photo's credit closing a caption (`…查看秧苗长势。（记者 丁某 摄）`) is the item's too, and
      // so is the office and the name of who wrote it (`（营销部　蔡　梦）`).
      guard
        isCreditLine(credit) || (!before.isEmpty && isPhotoCredit(credit)) || isOfficeCredit(credit)
          || isCreditedOffice(credit) || isSuppliedByOffice(credit),
        !commentatorCredits.contains(credit)
      else { return nil }
      // An office that supplied the item is credited by its name (`（区人社局供稿）`: 区人社局).
      return (before, isSuppliedByOffice(credit) ? String(credit.dropLast(2)) : credit)
    }
    if paragraph.hasSuffix(" 报道") {
      let credit = String(paragraph.dropLast(" 报道".count))
      if isCreditLine(credit) { return ("", credit) }
    }
    return nil
  }

  /// Whether a credit names an office and one person in it (`营销部 蔡梦`, `青龙供电所 龙　霄`), as
  /// a company's or an office's bulletin closes its items: two words (a two-ideograph name may
  /// be set with a space inside), the office's name ending as offices' do (``officeEndings``).
  static func isOfficeCredit(_ credit: String) -> Bool {
    guard credit.utf8.count <= 72, credit.containsUTF8(" ") else { return false }
    var words = credit.split(separator: " ")
    if words.count == 3 { words = joiningSpacedNames(words, afterColon: false) }
    guard words.count == 2, words[1].hasAtMostScalars(3), isPersonalName(words[1]),
      !bracketedNonNames.contains(String(words[1])), !["提供", "报送", "供稿", "撰稿", "整理", "制作", "发布"].contains(words[1])
    else { return false }
    if isOfficeName(words[0], shortest: 2) { return true }
    // The office and the person's post in it (`某某律师事务所律师　葛某`, `市人民医院医师　王某`).
    guard let post = creditedPosts.first(where: { words[0].hasSuffix($0) }) else { return false }
    return isOfficeName(words[0].dropLast(post.count), shortest: 4)
  }

  /// Posts a credit may name after the office (see ``isOfficeCredit(_:)``).
  static let creditedPosts = ["律师", "法官", "检察官", "医师", "医生", "教师", "工程师", "民警"]

  /// Whether a credit names only the office that wrote the item (`区能源办`, `园区环保办`,
  /// `县农业农村局`), as an office's or an industrial park's bulletin closes its items: four to
  /// twelve ideographs, ending as offices' names do (``officeEndings``).
  static func isCreditedOffice(_ credit: String) -> Bool {
    isOfficeName(Substring(credit), shortest: 4) && !bracketedNonNames.contains(credit)
  }

  /// Whether a credit names the office that supplied the item (`县农业技术推广中心供稿`, `石桥镇供稿`),
  /// as a paper closes a tip or a notice an office wrote for it: an office's name
  /// (``isOfficeName(_:shortest:)``), then `供稿`.
  static func isSuppliedByOffice(_ credit: String) -> Bool {
    credit.hasUTF8Suffix("供稿") && isOfficeName(Substring(credit).dropLast(2), shortest: 2)
  }

  /// Whether a word is an office's name: `shortest` to twelve ideographs, ending as offices'
  /// names do (``officeEndings``).
  static func isOfficeName(_ name: Substring, shortest: Int) -> Bool {
    let scalars = name.unicodeScalars
    return scalars.count >= shortest && scalars.count <= 12
      && scalars.allSatisfy { $0.isMainBlockIdeograph }
      && officeEndings.contains(where: name.hasUTF8Suffix)
  }

  /// How the names of offices end (see ``isOfficeCredit(_:)``).
  static let officeEndings = [
    "部", "所", "局", "办", "室", "中心", "站", "科", "处", "队", "院", "委", "公司", "厂", "街道", "镇", "乡", "集团",
    "协会", "委员会", "学校",
  ]

  /// Short bracketed words at the end of a paragraph that look like names and are not
  /// (`（待续）`, `（资料图）`): no pen name for ``trailingCredit(_:)``.
  static let bracketedNonNames: Set<String> = [
    "待续", "未完待续", "续完", "新华社", "中新社", "资料图", "资料", "图片", "供图", "本报", "记者", "通讯员", "上接", "下转",
  ]
}
