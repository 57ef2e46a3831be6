import PolicyCore

/// Passes that drop what stands at a page's head or foot and is none of its articles: a chat
/// roundup's sign-off, an advertisement or a public service notice over its hotline, a caption, a
/// label over the page; and the weather box's lines.
extension BulletinSplitter {
  /// Whether a line is a chat post's weather (`🌤今日天气：…`) or greeting (`各位早上好！…👇`), as a
  /// forwarded roundup opens before its items: a short line that opens or closes with a
  /// pictograph (see ``isPictograph(_:)``) and reads as no headline (a comma or a stop inside;
  /// `📌县委常委会召开会议` is a headline). Asked of lines before any article only. A post's lead
  /// that closes pointing down at the items with arrows (`…快来一起看看吧↓↓↓`), as others do with
  /// `👇`, is its greeting too, and may run longer: up to 80 scalars.
  static func isChatGreeting(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, text.utf8.count <= 4 * 80
    else { return false }
    // A variation selector may follow the pictograph.
    let closing = last == "\u{FE0F}" ? text.unicodeScalars.dropLast().last ?? last : last
    if downArrows.contains(closing) {
      return text.hasAtMostScalars(80) && !isHeadlineLike(text, strict: true)
    }
    return (isPictograph(first) || isPictograph(closing)) && text.hasAtMostScalars(40)
      && !isHeadlineLike(text, strict: true)
  }

  /// Arrows pointing down at what follows (`↓`, `⬇`), as a post's lead closes over its items.
  static let downArrows: Set<Unicode.Scalar> = ["↓", "⬇", "⇓"]

  /// Removes a chat post's sign-off from the foot of the page: the last block of lines (after
  /// a blank line or a rule) when it is short lines, none ending a sentence with a full stop,
  /// and one at least with a pictograph (`以上内容综合自…`, `转发请注明出处…📮…`, `👍点个赞再走吧～`).
  static func removeChatSignOff(_ units: inout [Unit]) {
    guard let start = units.lastIndex(where: \.blankBefore), start > 0 else { return }
    let block = units[start...]
    guard block.count <= 5,
      block.allSatisfy({
        $0.text.hasAtMostScalars(60) && !$0.text.unicodeScalars.contains { innerStops.contains($0) }
      }),
      block.contains(where: { $0.text.unicodeScalars.contains(where: isPictograph) })
    else { return }
    units.removeSubrange(start...)
  }

  /// Removes an advertisement printed without a label at the foot of the page: the two to four
  /// lines after the page's last finished sentence, all short, with no sentence's punctuation
  /// and no date, one at least set in three phrases apart (`城南核心 地铁口旁 即将盛大开盘`) or
  /// two in two (`水电配套齐全　租金优惠`) or one selling (`欢迎订阅…`, see ``isAdvertising(_:)``),
  /// and the last giving a hotline (`销售热线：0517-8818XXXX`); or a public-service advertisement, a
  /// slogan in phrases apart (`讲文明　树新风`) over its issuer's mark (`某区文明办宣`, see
  /// ``isPublicServiceMark(_:)``). A notice's contact lines come after its signature and date, or
  /// alone, and are kept.
  static func removeFootAdvertisement(_ units: inout [Unit]) {
    // (A title in book brackets, `欢迎订阅《某报》`, ends no sentence.)
    guard
      let lastSentence = units.lastIndex(where: {
        endsWithFullStop($0.text) || $0.text.hasUTF8Suffix("）") || $0.text.hasUTF8Suffix(")")
      })
    else { return }
    var block = units[(lastSentence + 1)...]
    // A credit closing the article above (`记者 某某 摄`) is its, whatever follows it.
    if let first = block.first, isPhotoCredit(first.text) || isClosingCredit(first.text) { block = block.dropFirst() }
    // (An enumeration, `单层、多层厂房`, is no sentence; a comma is.)
    guard (2...4).contains(block.count), let last = block.last,
      block.allSatisfy({ unit in
        unit.text.hasAtMostScalars(60) && !isDateLine(unit.text)
          && !unit.text.unicodeScalars.contains { innerStops.contains($0) || $0 == "，" || $0 == "," }
      })
    else { return }
    let selling =
      isHotlineLine(last.text)
      && (block.contains(where: { $0.text.split(separator: " ").count >= 3 })
        || block.filter({ $0.text.split(separator: " ").count >= 2 }).count >= 2
        || block.contains(where: { isAdvertising($0.text) }))
    let publicService =
      isPublicServiceMark(last.text) && block.dropLast().contains(where: { $0.text.split(separator: " ").count >= 2 })
    guard selling || publicService else { return }
    units.removeSubrange(block.startIndex...)
  }

  /// Whether a line is the issuer's mark under a public-service advertisement (`某区文明办宣`,
  /// `某县精神文明建设委员会宣`): four to twenty ideographs, the issuer's name and `宣`.
  static func isPublicServiceMark(_ text: String) -> Bool {
    text.hasUTF8Suffix("宣") && !text.hasAtMostScalars(3) && text.hasAtMostScalars(20)
      && text.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// Removes a public-service notice from the foot of the page: a label of tips (`温馨提示`), a
  /// sentence or two, and the issuer with its service hotline (`国网某县供电公司　供电服务热线：95598`),
  /// as a utility buys the space to remind readers. It reports no news.
  static func removeFootNotice(_ units: inout [Unit]) {
    guard
      let label = units.indices.suffix(5).first(where: { k in
        k > 0 && ["温馨提示", "友情提示", "特别提示", "提示", "提醒"].contains(strippingBriefMarker(units[k].text))
      }), units.count - label >= 3, let last = units.last, isHotlineLine(last.text, digits: 5)
    else { return }
    units.removeSubrange(label...)
  }

  /// Removes a photo's caption standing alone at the foot of the page, set apart by a blank line
  /// and pointing up at its photo (`▲初夏的湿地公园。本报记者 某某 摄`): it illustrates the page, as
  /// captions over the first headline do (``areCaptions(_:)``), and is no text of the article
  /// above it.
  static func removeFootCaption(_ units: inout [Unit]) {
    guard units.count > 2, let last = units.last, last.blankBefore, last.text.hasUTF8Prefix("▲"),
      endsWithPhotoCredit(strippingBriefMarker(last.text))
    else { return }
    units.removeLast()
  }

  /// Removes the name of a supplement, a column or a section standing alone over the page's first
  /// headline (`澜水`, then `老屋檐下听春雨`, then `文/某某`; `要闻` under the page's strip): two to
  /// four ideographs on the page's first line of text, a blank line under them, over a longer
  /// headline of one line, under which the credit, a salutation or the text begins (no second
  /// headline line). The headline stands alone between blank lines, or its credit line follows
  /// it directly (`■本报记者 某某`). It names the page's part, not its first article.
  static func removeHeadLabel(_ units: inout [Unit]) {
    guard units.count >= 3, units[1].blankBefore,
      units[2].blankBefore || isCreditLine(units[2].text) || isAuthorLine(units[2].text)
    else { return }
    let label = units[0].text.unicodeScalars
    guard (2...4).contains(label.count), label.allSatisfy({ $0.isMainBlockIdeograph }),
      units[1].text.unicodeScalars.count > label.count, isHeadlineLike(units[1].text, strict: true),
      !isAuthorLine(units[1].text), !isCreditLine(units[1].text),
      !isHeadlineLike(units[2].text, strict: false) || isAuthorLine(units[2].text) || isCreditLine(units[2].text)
    else { return }
    units.removeFirst()
    units[0].blankBefore = true
  }

  /// Labels of the hotline a paper prints for readers' news, tips and everyday complaints (see
  /// ``isNewsHotlineLine(_:)``).
  static let newsHotlineLabels = ["新闻热线", "报料热线", "爆料热线", "民生热线"]

  /// Whether a line gives the paper's news hotline alone, as a page's foot prints it under the
  /// last article (`新闻热线：8821 6600`, `社会新闻热线：…（24小时）`): a short label of ideographs
  /// ending in a news, tip or livelihood hotline (`民生热线`), a colon, a telephone number of seven
  /// digits or more (set in groups by spaces or hyphens) or a short service number of five or six
  /// (`96811`), perhaps the hours it answers in round brackets (or before the label,
  /// `24小时新闻热线：…`). A notice's
  /// contact line names its own office's hotline (`咨询热线：…`) and is the notice's text.
  static func isNewsHotlineLine(_ text: String) -> Bool {
    // (Byte searches first: asked of the page's last line only.)
    guard text.utf8.count <= 4 * 40, text.containsUTF8("热线"), text.hasAtMostScalars(40),
      let colon = text.unicodeScalars.firstIndex(where: { $0 == "：" || $0 == ":" })
    else { return false }
    let scalars = text.unicodeScalars
    var label = String(String.UnicodeScalarView(scalars[..<colon]))
    // The hours it answers may open the label instead (`24小时新闻热线`).
    if let hours = label.range(of: "小时"), label[..<hours.lowerBound].allSatisfy({ ("0"..."9").contains($0) }) {
      label = String(label[hours.upperBound...])
    }
    guard label.hasAtMostScalars(10), label.unicodeScalars.allSatisfy({ $0.isMainBlockIdeograph }),
      newsHotlineLabels.contains(where: label.hasUTF8Suffix)
    else { return false }
    let rest = scalars[scalars.index(after: colon)...]
    let number = rest.prefix { ("0"..."9").contains($0) || " \u{3000}-－".unicodeScalars.contains($0) }
    guard number.filter({ ("0"..."9").contains($0) }).count >= 5 else { return false }
    let note = String(String.UnicodeScalarView(rest[number.endIndex...]))
    // The hours it answers (`（24小时）`), nothing after them.
    return note.isEmpty
      || ((note.hasUTF8Prefix("（") && note.hasUTF8Suffix("）")) || (note.hasUTF8Prefix("(") && note.hasUTF8Suffix(")")))
        && note.hasAtMostScalars(16)
  }

  /// Whether a line gives a hotline: `热线` and a colon, then a number of `digits` digits or more
  /// (seven for a telephone number; an advertisement may mask some with `X`), anywhere in the
  /// line.
  static func isHotlineLine(_ text: String, digits: Int = 7) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i + 3 < scalars.count {
      defer { i += 1 }
      guard scalars[i] == "热", scalars[i + 1] == "线", scalars[i + 2] == "：" || scalars[i + 2] == ":" else { continue }
      let number = scalars[(i + 3)...].prefix { ("0"..."9").contains($0) || "Xx-－".unicodeScalars.contains($0) }
      if number.filter({ $0 != "-" && $0 != "－" }).count >= digits { return true }
    }
    return false
  }

  /// What a field of a weather report is (see ``weatherField(_:)``): a sky (`多云转小雨`) or a day
  /// (`今天`), which alone reports nothing; the report's label, a temperature or the wind; the
  /// air's quality, whose grade (`良`) follows it.
  enum WeatherField { case sky, reading, air }

  /// Whether a line is the weather report a masthead prints under the date (`天气：多云转小雨　12℃～19℃
  /// 东南风3级`, `北塘天气`, `今天　晴转多云　14～23℃`, `【天气预报】`, `空气质量　良`): words set apart by
  /// spaces, each a field of the report (``weatherField(_:)``) or the air's grade after its label,
  /// one at least a label, a temperature, the wind or the air's quality. A sentence about the
  /// weather has its commas and stops, and is none.
  static func isWeatherLine(_ text: String) -> Bool {
    guard text.utf8.count <= 4 * 40, text.unicodeScalars.contains(where: weatherMarks.contains) else { return false }
    var reports = false
    var air = false
    for word in text.split(separator: " ") {
      if air, airGrades.contains(String(word)) { continue }
      switch weatherField(word) {
      case nil: return false
      case .sky?: continue
      case .reading?: reports = true
      case .air?:
        reports = true
        air = true
      }
    }
    return reports
  }

  /// What field of a weather report a word is, if any: the label (`天气`, `天气预报`, `北塘天气`, in
  /// brackets or not), a label or a day with its colon and a value (`天气：晴`, `今天：小雨转阴`,
  /// `空气质量：良`), a day (`今天`, `明日`), a sky of the forecast's words (`晴转多云`, `小到中雨`), a
  /// temperature (`14～23℃`, `9-22℃`), the wind (`东南风3级`, `微风`) or the air's quality label.
  static func weatherField(_ word: Substring) -> WeatherField? {
    var scalars = word.unicodeScalars[...]
    if let first = scalars.first, let last = scalars.last, "【[〔".unicodeScalars.contains(first),
      "】]〕".unicodeScalars.contains(last)
    {
      scalars = scalars.dropFirst().dropLast()
    }
    guard !scalars.isEmpty, scalars.count <= 24 else { return nil }
    let text = String(String.UnicodeScalarView(scalars))
    // A label, perhaps after the place's name (`北塘天气`).
    if text.hasUTF8Suffix("天气") || text.hasUTF8Suffix("天气预报") {
      return scalars.count <= 8 && scalars.allSatisfy({ $0.isMainBlockIdeograph }) ? .reading : nil
    }
    if text == "空气质量" { return .air }
    if weatherDays.contains(text) { return .sky }
    // A temperature after its label, perhaps with a colon (`最低气温1℃`, `气温：3～9℃`).
    if let label = temperatureLabels.first(where: text.hasUTF8Prefix) {
      let value = scalars.dropFirst(label.unicodeScalars.count).drop { $0 == "：" || $0 == ":" }
      guard value.contains(where: { $0 == "℃" || $0 == "C" }) else { return nil }
      return weatherField(Substring(String(String.UnicodeScalarView(value)))) == .reading ? .reading : nil
    }
    if let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }) {
      let label = String(String.UnicodeScalarView(scalars[..<colon]))
      let value = scalars[scalars.index(after: colon)...]
      if label == "空气质量" { return airGrades.contains(String(String.UnicodeScalarView(value))) ? .air : nil }
      guard weatherDays.contains(label) || label.hasUTF8Suffix("天气") || label.hasUTF8Suffix("天气预报"),
        !value.isEmpty, value.first != "：", value.first != ":",
        let field = weatherField(Substring(String(String.UnicodeScalarView(value))))
      else { return nil }
      return weatherDays.contains(label) ? field : .reading
    }
    let digits = scalars.contains { ("0"..."9").contains($0) }
    // A temperature or a range of them, in degrees Celsius.
    if digits, scalars.contains("℃") || text.containsUTF8("°C"),
      scalars.allSatisfy({ ("0"..."9").contains($0) || "℃°C-－～~—至/".unicodeScalars.contains($0) })
    {
      return .reading
    }
    // The wind: its direction and force (`东南风3级`, `北风3～4级`), or a breeze (`微风`).
    if scalars.contains("风"), text == "微风" || (digits && scalars.last == "级"),
      scalars.allSatisfy({ ("0"..."9").contains($0) || "东南西北偏风-～~到至级".unicodeScalars.contains($0) })
    {
      return .reading
    }
    // The sky: the forecast's words only, one of them weather.
    if scalars.allSatisfy(weatherSkyScalars.contains), scalars.contains(where: "晴云阴雨雪雾霾".unicodeScalars.contains) {
      return .sky
    }
    return nil
  }

  /// Labels a weather report sets before a temperature (see ``weatherField(_:)``), the longer first.
  static let temperatureLabels = ["最低气温", "最高气温", "气温"]

  /// What every weather report holds one of: `天` (`天气`, `今天`), a degree (`℃`, `°C`), the wind's
  /// `风` or the air quality's `量`.
  static let weatherMarks = ScalarBitmap("天℃°风量".unicodeScalars)

  /// The days a forecast names (`今天：小雨转阴`).
  static let weatherDays: Set<String> = ["今天", "明天", "后天", "今日", "明日", "今夜", "夜间", "白天", "今天白天", "今天夜间"]

  /// The words a forecast's sky is made of (`晴转多云`, `小到中雨`, `雨夹雪`, `雷阵雨`).
  static let weatherSkyScalars = ScalarBitmap("晴多云阴小中大暴阵雷雨雪夹冰雹雾霾沙尘转到有局部间".unicodeScalars)

  /// The grades of the air's quality a report gives (`空气质量　良`).
  static let airGrades: Set<String> = ["优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"]
}

extension BulletinSplitter {
  /// The labels a company or an office sets over a press release (`新闻稿`, `即时发布`).
  static let pressReleaseLabels: Set<String> = ["新闻稿", "新闻通稿", "即时发布", "供即时发布", "立即发布"]

  /// The labels of the contact block that closes a press release (`媒体联系人：`, then a
  /// department, a name, a telephone and an address).
  static let mediaContactLabels = ["媒体联系人", "媒体联络人", "新闻联系人", "媒体联系"]

  /// A press release as its one article: a page that opens with the release's labels (one or
  /// two lines, `新闻稿`, `即时发布`) is one release however many subheadings and sections (`关于某某`
  /// on the issuer) it holds. Its headline is the line under the labels, with a `——` subtitle
  /// under it; the labels and the media contact block at its foot (``mediaContactLabels``) are
  /// none of its text. Nil for any other page.
  static func pressRelease(_ units: [Unit]) -> SplitArticle? {
    guard units.count >= 3, units[0].text.utf8.count <= 18,
      pressReleaseLabels.contains(collapseSpaces(Substring(units[0].text)))
    else { return nil }
    var rest = units.dropFirst()
    if let next = rest.first, next.text.utf8.count <= 18,
      pressReleaseLabels.contains(collapseSpaces(Substring(next.text)))
    {
      rest = rest.dropFirst()
    }
    guard let headline = rest.first, isHeadlineLike(headline.text, strict: false) else { return nil }
    rest = rest.dropFirst()
    var title = headline.text
    if let subtitle = rest.first, subtitle.text.hasUTF8Prefix("——") {
      title += " " + subtitle.text
      rest = rest.dropFirst()
    }
    if let contact = rest.indices.suffix(8).first(where: { k in
      rest[k].text.utf8.count <= 60 && mediaContactLabels.contains(where: rest[k].text.hasUTF8Prefix)
    }) {
      rest = rest[..<contact]
    }
    guard !rest.isEmpty else { return nil }
    return SplitArticle(
      title: title, body: joinParagraphs(rest.map(\.text), headingsStand: true), byline: nil, line: headline.line)
  }
}
