/// Passes that drop or cut what labels a page's sections rather than titling an article: section
/// labels and the labels of briefs columns, one-line notices under a label, a job advertisement at
/// the page's foot, and see-page notes.
extension BulletinSplitter {
  /// Whether a line only points to the page an item is printed on (`▶详见A5版`, `（详见第3版）`,
  /// `详见5版`), as a front page's teasers end.
  static func isSeePageLine(_ text: String) -> Bool {
    guard text.utf8.count <= 40, text.containsUTF8("详见") else { return false }
    var scalars = text.unicodeScalars.drop { !($0.isMainBlockIdeograph) }
    guard scalars.starts(with: "详见".unicodeScalars) else { return false }
    scalars = scalars.dropFirst(2)
    if scalars.first == "第" { scalars = scalars.dropFirst() }
    if let first = scalars.first, ("A"..."Z").contains(first) { scalars = scalars.dropFirst() }
    let digits = scalars.prefix { pageNumerals.contains($0) }
    guard !digits.isEmpty, digits.count <= 3 else { return false }
    scalars = scalars.dropFirst(digits.count)
    guard scalars.first == "版" else { return false }
    return scalars.dropFirst().allSatisfy { $0 == "）" || $0 == ")" || $0 == " " }
  }

  /// Where a job advertisement at the foot of the page starts: its label after a blank line
  /// (`诚　聘`, `招聘`), then two to eight short lines that are no sentences (the employer, the
  /// posts and their numbers, the pay; its contact line is dropped as a contact line is).
  static func recruitmentAdvertisement(in units: [Unit]) -> Int? {
    guard
      let label = units.indices.suffix(9).first(where: { k in
        k > 0 && units[k].blankBefore && units[k].text.utf8.count <= 16
          && ["诚聘", "招聘", "急聘", "高薪诚聘"].contains(String(units[k].text.filter { $0 != " " }))
      })
    else { return nil }
    let lines = units[(label + 1)...]
    guard (2...8).contains(lines.count),
      lines.allSatisfy({
        $0.text.hasAtMostScalars(30) && !$0.text.unicodeScalars.contains { innerStops.contains($0) }
      })
    else { return nil }
    return label
  }

  /// Whether a line is only the label papers set over an advertisement (`广　告`, `【广告】`).
  static func isAdvertisementLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 16 else { return false }
    let label = text.unicodeScalars.filter { !"【】[]（）() ".unicodeScalars.contains($0) }
    return String(String.UnicodeScalarView(label)) == "广告"
  }

  /// The units without the page's section labels (`乡镇动态`, `【部门之窗】`): a label over a
  /// headline names a group of articles, as a page header does, and is no article's text. A
  /// label over text (the heading of a column of briefs) stays.
  static func removingSectionLabels(_ units: [Unit]) -> [Unit] {
    var out: [Unit] = []
    out.reserveCapacity(units.count)
    // A blank line above a dropped label counts as above the headline.
    var blank = false
    for (i, unit) in units.enumerated() {
      let labelsHeadline =
        i + 1 < units.count && (isSectionLabel(unit.text) || isBriefsLabel(unit.text))
        && isHeadlineLike(units[i + 1].text, strict: false) && !isAnchor(units[i + 1].text)
        && (!(units[i + 1].text.unicodeScalars.first.map(briefMarkers.contains) ?? false)
          || (i + 2 < units.count && isAnchor(units[i + 2].text)))
      if (labelsHeadline && !labelsRoundUp(i, in: units)) || namesMarkedBriefs(i, in: units) {
        blank = blank || unit.blankBefore
        continue
      }
      var kept = unit
      kept.blankBefore = kept.blankBefore || blank
      out.append(kept)
      blank = false
    }
    return out
  }

  /// Whether the briefs label at `i`, after a blank line, opens a broadcast's round-up of briefs
  /// (``isRoundUp(_:)``) that runs to the next blank line: the round-up's title, no label to drop.
  static func labelsRoundUp(_ i: Int, in units: [Unit]) -> Bool {
    guard i > 0, units[i].blankBefore else { return false }
    let end = units[(i + 1)...].firstIndex(where: \.blankBefore) ?? units.count
    return isRoundUp(Array(units[i..<end]))
  }

  /// The units with each notice set on one line behind its kind and a colon cut into the
  /// notice's title and its text: a correction (`更正：本报某日第1版《…》一文中…，特此更正。`), a
  /// statement of loss (`遗失声明：某某合作社遗失公章一枚，声明作废。`), a notice of items found.
  /// Papers set such notices among the briefs or at the page's foot, each one of its own: none
  /// of the article above.
  static func splittingOneLineNotices(_ units: [Unit]) -> [Unit] {
    guard units.contains(where: { oneLineNoticeLabel($0.text) != nil }) else { return units }
    var out: [Unit] = []
    out.reserveCapacity(units.count + 2)
    for unit in units {
      guard let label = oneLineNoticeLabel(unit.text) else {
        out.append(unit)
        continue
      }
      let text = String(String.UnicodeScalarView(unit.text.unicodeScalars.dropFirst(label.unicodeScalars.count + 1)))
      out.append(Unit(text: label, line: unit.line, blankBefore: unit.blankBefore, marksTitle: true))
      out.append(Unit(text: text, line: unit.line, blankBefore: false, indented: true))
    }
    return out
  }

  /// The kind of a notice set on one line (`更正`, `遗失声明`, `招领启事`), when the paragraph is
  /// one: the kind, a colon, then a finished sentence or more (sixteen characters at least, the
  /// kind included). The kind is `更正` or a notice's title (``isBoxTitle(_:)``) of four to eight
  /// ideographs: a shorter word before a colon (`声明：`, `通知：`) opens a sentence inside an
  /// article as often, and the weather's box (`天气预报：…`) is no notice.
  static func oneLineNoticeLabel(_ text: String) -> String? {
    let head = text.unicodeScalars.prefix(9)
    guard let colon = head.firstIndex(where: { $0 == "：" || $0 == ":" }), !text.hasAtMostScalars(15),
      endsSentence(text)
    else { return nil }
    let label = String(String.UnicodeScalarView(head[..<colon]))
    if label == "更正" { return label }
    guard (4...8).contains(label.unicodeScalars.count), label.unicodeScalars.allSatisfy(\.isMainBlockIdeograph),
      isBoxTitle(label), label != "天气预报"
    else { return nil }
    return label
  }

  /// Whether the unit at `i` is the name of a column of briefs with marked titles (`城事速览`, then
  /// `■…` headlines, each over its text): a short name of ideographs on a line of its own after
  /// a finished item, over two such titles behind one marker or more, none right under another.
  /// It names the column and is none of the text before it. (A column label, `简讯`, joins its
  /// brief's title instead.) A page without blank lines sets the name right under the item, which
  /// only a briefs label's own word then tells apart (``isBriefsLabel(_:)``, `区县快讯`).
  static func namesMarkedBriefs(_ i: Int, in units: [Unit]) -> Bool {
    let name = units[i].text.unicodeScalars
    guard i + 1 < units.count, (units[i].blankBefore && units[i + 1].blankBefore) || isBriefsLabel(units[i].text),
      (2...8).contains(name.count),
      name.allSatisfy({ $0.isMainBlockIdeograph }), i == 0 || endsItem(units[i - 1].text),
      let marker = units[i + 1].text.unicodeScalars.first, briefMarkers.contains(marker),
      !isColumnLabel(units[i].text)
    else { return false }
    // (A box of figures, `●工业用电量　9.8亿千瓦时`, sets its marked lines one under another.)
    let titles = units.indices[(i + 1)...].prefix(24).filter { k in
      units[k].text.unicodeScalars.first == marker && opensBriefs(units[k].text) && !isBulletedListLine(k, in: units)
    }
    return titles.count >= 2
  }

  /// Labels of a box of briefs (`【简　讯】`): over items with titles of their own, page
  /// furniture like a section label.
  /// So is a briefs label with a short place or field in front (`■梧川简讯`, `街镇快讯`,
  /// `要闻速览`), in brackets, behind a marker or not.
  static func isBriefsLabel(_ text: String) -> Bool {
    // Every such label ends in `讯`, `报`, `递`, `览` or a bracket: most short lines do not.
    guard text.utf8.count <= 30, let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
      "讯报递览】]".unicodeScalars.contains(last)
    else { return false }
    let label = String(
      String.UnicodeScalarView(
        text.unicodeScalars.drop { briefMarkers.contains($0) }.filter { !"【】[] ".unicodeScalars.contains($0) }))
    if first == "【" || first == "[", briefsColumns.contains(label) { return true }
    let count = label.unicodeScalars.count
    return count >= 4 && count <= 6 && ["简讯", "快讯", "短讯", "简报", "速览"].contains(where: label.hasUTF8Suffix)
      && label.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// Endings of the names papers give their sections (`乡镇动态`, `部门之窗`, `基层短波`).
  static let sectionLabelEndings = [
    "动态", "之窗", "速递", "短波", "传真", "扫描", "集锦", "掠影", "视窗", "播报", "直通车", "要闻", "资讯", "一线", "风采",
    "公开", "相关新闻", "相关阅读", "相关解读",
  ]

  /// Whether a line is only a section's name (see ``sectionLabelEndings``), perhaps in brackets or
  /// behind a pictograph: two to eight ideographs and nothing else. Commentary and briefs labels
  /// (``columnLabels``) are not section labels: they belong to the article under them.
  static func isSectionLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 30 else { return false }
    // A post may set a pictograph before it: `📢今日要闻速递`.
    let unmarked = text.unicodeScalars.drop { isPictograph($0) || $0 == "\u{FE0F}" || $0 == " " }
    let label = String(withoutEnclosingBrackets(Substring(String(String.UnicodeScalarView(unmarked)))))
    let count = label.unicodeScalars.count
    guard count >= 4, count <= 8, !columnLabels.contains(label),
      label.unicodeScalars.allSatisfy({ $0.isMainBlockIdeograph })
    else { return false }
    return sectionLabelEndings.contains(where: label.hasUTF8Suffix)
  }
}
