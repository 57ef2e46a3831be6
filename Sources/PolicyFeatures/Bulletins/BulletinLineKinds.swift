/// What a line of a page is, read on its own or with its neighbour: the tests the splitter's
/// headline marking asks of lines (a box's title, a document's, a closing credit, an opening
/// that reads like news, …).
extension BulletinSplitter {
  /// Whether a paragraph is an editor's note (`编者按：…`, `【编者按】…`), which introduces the
  /// article (or the series) it stands over.
  static func isEditorsNote(_ text: String) -> Bool {
    guard text.hasUTF8Prefix("编者按") || text.hasUTF8Prefix("【编者按】") || text.hasUTF8Prefix("[编者按]") else {
      return false
    }
    let after = text.unicodeScalars.dropFirst(text.hasUTF8Prefix("编者按") ? 3 : 5).first
    return after.map { "：: ".unicodeScalars.contains($0) || !text.hasUTF8Prefix("编者按") } ?? false
  }

  /// Whether a line is the label of a series or a column, in brackets of its own
  /// (`【奋进新征程　建功新时代】`) or a column label (`短评`): over an editor's note and a
  /// headline, it belongs to the headline.
  static func isSeriesLabel(_ text: String) -> Bool {
    if isColumnLabel(text) { return true }
    guard text.utf8.count <= 4 * 40 else { return false }
    let inner = withoutEnclosingBrackets(Substring(text))
    return inner.utf8.count < text.utf8.count && isHeadlineLike(String(inner), strict: true)
  }

  /// Whether the line at `k` opens a stanza of verse: after a blank line, it and the next two
  /// lines are short and read like headline lines (no full stops), set without blank lines
  /// between them as paragraphs on the page are not.
  static func opensStanza(at k: Int, in units: [Unit]) -> Bool {
    guard k + 2 < units.count, units[k].blankBefore, !units[k + 1].blankBefore, !units[k + 2].blankBefore else {
      return false
    }
    return units[k...(k + 2)].allSatisfy {
      $0.text.hasAtMostScalars(20) && isHeadlineLike($0.text, strict: false)
    }
  }

  /// Whether the line at `k` is a line of a bulleted list: it and the line right above or
  /// below it, without a blank line between them, open with the same marker (`●`).
  static func isBulletedListLine(_ k: Int, in units: [Unit]) -> Bool {
    guard let marker = units[k].text.unicodeScalars.first else { return false }
    let above = k > 0 && !units[k].blankBefore && units[k - 1].text.unicodeScalars.first == marker
    let below = k + 1 < units.count && !units[k + 1].blankBefore && units[k + 1].text.unicodeScalars.first == marker
    return above || below
  }

  /// Whether the marked line at `k` opens a photo's caption that a hard wrap broke over lines
  /// (`▲在…窗口，工作人员为群众办理业`, then `务。记者 某某 摄`): it runs as wide as the page's
  /// text (`margin`) into the next line mid-sentence (``wrapsIntoText(_:_:margin:)``), as do the
  /// caption's lines after it, and the last closes with the photographer's credit. A column of
  /// briefs' heading stands short and alone on its line.
  static func opensWrappedCaption(_ k: Int, in units: [Unit], margin: Int?) -> Bool {
    var end = k
    while end - k < 3, wrapsIntoText(units, end, margin: margin) { end += 1 }
    return end > k && endsWithPhotoCredit(units[end].text)
  }

  /// Whether the line at `k` opens a box of figures that stands between two articles: three or
  /// more lines behind one marker without blank lines between them, each a figure without
  /// closing punctuation (`●光伏组件产量　86万千瓦　增长27.2%`), then perhaps a note in brackets
  /// (`（数据来源：…）`), then the next article's headline or the page's end.
  static func opensFigureBox(at k: Int, in units: [Unit], _ headlineLines: [Int]) -> Bool {
    guard let marker = units[k].text.unicodeScalars.first, briefMarkers.contains(marker) else { return false }
    var end = k
    while end < units.count, end == k || !units[end].blankBefore, headlineLines[end] == 0,
      units[end].text.unicodeScalars.first == marker, isHeadlineLike(units[end].text, strict: false),
      units[end].text.unicodeScalars.contains(where: { $0.properties.numericType == .decimal })
    {
      end += 1
    }
    guard end - k >= 3 else { return false }
    if end < units.count, headlineLines[end] == 0, let first = units[end].text.unicodeScalars.first,
      first == "（" || first == "(", units[end].text.utf8.count <= 120, endsSentence(units[end].text)
    {
      end += 1
    }
    return end == units.count || headlineLines[end] > 0
  }

  /// Whether the line at `k`, right under a short title, opens a box of phrases set apart by
  /// spaces (a weather box: `今天　多云　东北风3级　5℃～12℃`, `空气质量：良　穿衣指数：较冷`): two
  /// lines or more without blank lines between them, each short, in two phrases or more and
  /// with no sentence in it, up to the page's end or the next headline. (A table inside an
  /// article has the article's text after it.)
  static func opensPhraseBox(at k: Int, in units: [Unit], _ headlineLines: [Int]) -> Bool {
    guard k > 0, !units[k].blankBefore, units[k - 1].text.hasAtMostScalars(12) else { return false }
    var end = k
    while end < units.count, end == k || !units[end].blankBefore, headlineLines[end] == 0 {
      let line = units[end].text
      guard line.hasAtMostScalars(40), line.split(separator: " ").count >= 2,
        !line.unicodeScalars.contains(where: { innerStops.contains($0) || $0 == "，" || $0 == "," })
      else { return false }
      end += 1
    }
    guard end - k >= 2 else { return false }
    return end == units.count || headlineLines[end] > 0 || isStandaloneHeadline(units[end].text)
      || isAnchor(units[end].text)
  }

  /// Whether a line is the note of a document's adoption, in brackets under its title
  /// (`（2025年5月8日某县第十八届人民代表大会常务委员会第九次会议通过）`).
  static func isAdoptionNote(_ text: String) -> Bool {
    guard text.utf8.count <= 4 * 80, let first = text.unicodeScalars.first, first == "（" || first == "(",
      let last = text.unicodeScalars.last, last == "）" || last == ")"
    else { return false }
    let inner = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst().dropLast()))
    return opensWithDate(inner) && ["通过", "批准", "修订", "修正"].contains(where: inner.hasUTF8Suffix)
      && !inner.unicodeScalars.contains { innerStops.contains($0) || $0 == "，" }
  }

  /// Whether a headline line opens with a place or a subject and a colon (`石门镇：小茶叶撬动`,
  /// `东坝:老街换新颜`): two to six ideographs before its one colon, words after it, and no
  /// field of a form or a credit (`地址：…`, `编辑：…`, `问：…`).
  static func isPlaceHeadline(_ text: String) -> Bool {
    guard text.utf8.count <= 4 * 40, let first = text.unicodeScalars.first, first != "(", first != "（" else {
      return false
    }
    let parts = text.unicodeScalars.split(maxSplits: 2, omittingEmptySubsequences: false) { $0 == "：" || $0 == ":" }
    guard parts.count == 2, parts[0].count >= 2, parts[0].count <= 6, parts[1].count >= 2,
      parts[0].allSatisfy({ $0.isMainBlockIdeograph })
    else { return false }
    let place = String(String.UnicodeScalarView(parts[0]))
    return !formFields.contains(place) && !staffRoles.contains(place)
      && !creditRoles.contains(where: place.hasUTF8Suffix) && !isClosingCredit(text) && !isInterviewTurn(text)
  }

  /// The fields of a form or a notice, before a colon (see ``isPlaceHeadline(_:)``).
  static let formFields: Set<String> = [
    "来源", "地址", "电话", "时间", "地点", "主题", "作者", "摄影", "图片", "文字", "邮箱", "网址", "联系人", "问", "答", "注",
    "附件", "备注", "说明", "主持人", "嘉宾", "出品", "策划", "统筹", "内容",
  ]

  /// Whether a line is a kicker that ends in a colon over the headline proper
  /// (`区委书记周立明在调研重点项目时强调：`): a headline line but for its one colon, at the end.
  static func isColonKicker(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last, last == "：" || last == ":" else { return false }
    let head = String(String.UnicodeScalarView(text.unicodeScalars.dropLast()))
    return isHeadlineLike(head, strict: true) && !isAside(head)
  }

  /// Whether a headline line asks, with its one question mark at the end (`补贴怎么领？`).
  static func isAskingLine(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last, last == "？" || last == "?" else { return false }
    return isHeadlineLike(String(String.UnicodeScalarView(text.unicodeScalars.dropLast())), strict: true)
      && !isInterviewTurn(text)
  }

  /// Whether a line gives a telephone number after its label (`咨询专线：0000-5821366`).
  static func isPhoneField(_ text: String) -> Bool {
    guard text.utf8.count <= 4 * 40, let colon = text.unicodeScalars.lastIndex(where: { $0 == "：" || $0 == ":" })
    else { return false }
    let number = text.unicodeScalars[text.unicodeScalars.index(after: colon)...]
    let digits = number.filter { ("0"..."9").contains($0) }.count
    return digits >= 7 && number.allSatisfy { ("0"..."9").contains($0) || "-－—() ".unicodeScalars.contains($0) }
  }

  /// Whether a line can be a headline with no lead under it: a strict headline line that is no
  /// bracketed note, credit or date.
  static func isStandaloneHeadline(_ text: String) -> Bool {
    isHeadlineLike(text, strict: true) && !text.hasPrefix("（") && !text.hasPrefix("(") && !isFreestanding(text)
      && !isClosingCredit(text) && !isInterviewTurn(text)
  }

  /// Whether a paragraph is a turn of an interview (`问：…`, `答：…`, `记者：…`).
  static func isInterviewTurn(_ text: String) -> Bool {
    ["问：", "问:", "答：", "答:", "记者：", "记者:"].contains { text.hasUTF8Prefix($0) }
  }

  /// Whether a headline titles a box that stands between articles: a notice, a statement, a
  /// public announcement, an open letter, the weather (`停电公告`, `任前公示`, `致全县家长的一封信`).
  static func isBoxTitle(_ text: String) -> Bool {
    if boxTitleWords.contains(where: text.hasUTF8Suffix) { return true }
    // A short title may be spaced out to fill its box: `讣　　告`.
    guard text.utf8.count <= 24, text.containsUTF8(" ") else { return false }
    return boxTitleWords.contains(String(text.filter { $0 != " " }))
  }

  /// The words a box's title ends with (see ``isBoxTitle(_:)``).
  static let boxTitleWords: Set<String> = [
    "天气预报", "声明", "启事", "公告", "通告", "公示", "通知", "倡议书", "一封信", "更正", "致歉", "讣告",
  ]

  /// Whether a line heads the columns of a table (`停电时间　停电线路　停电范围`): three or more
  /// short words set apart by spaces, over a row of as many.
  static func isTableHeader(_ text: String, over next: String) -> Bool {
    guard text.utf8.count <= 4 * 40, text.containsUTF8(" "), next.containsUTF8(" ") else { return false }
    let words = text.split(separator: " ")
    guard words.count >= 3, words.allSatisfy({ $0.hasAtMostScalars(8) }) else { return false }
    return next.split(separator: " ").count == words.count
  }

  /// Whether a paragraph is only a credit that closes an item (`融媒记者 宁某 报道`,
  /// `（通讯员 贾某）`, `通讯员 李某 摄`).
  static func isClosingCredit(_ text: String) -> Bool {
    isPhotoCredit(text) || trailingCredit(text)?.text.isEmpty == true || closesWithSource(text) || isPostCredit(text)
  }

  /// Whether a paragraph closes with a credit: alone (`（融媒记者 江某）`, `通讯员 李某 摄`) or after
  /// the text (`…46处。（通讯员 贾某）`).
  /// Looks only at what its last character allows: it is asked of every line.
  static func closesWithCredit(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    switch last {
    case "）", ")": return trailingCredit(text) != nil || isPhotoCredit(text) || closesWithSource(text)
    case "摄", "影": return isPhotoCredit(text)
    case "道": return trailingCredit(text) != nil
    default: return isPostCredit(text)
    }
  }

  /// Whether a paragraph ends with the item's source in brackets (`…11家。（来源：县融媒体中心）`),
  /// or a reprint's (`…92%。（据某某日报）`, `（据新华社）` on a line of its own;
  /// ``isReprintSource(_:)``).
  static func closesWithSource(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.suffix(40))
    guard let last = scalars.last, last == "）" || last == ")",
      let open = scalars.lastIndex(where: { $0 == "（" || $0 == "(" })
    else { return false }
    let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))
    return inner.hasPrefix("来源：") || inner.hasPrefix("来源:") || isReprintSource(inner)
  }

  /// Whether the words in a reprint's closing brackets name the medium it was taken from
  /// (`据新华社`, `据某某日报`, `据某某网`): `据`, then the medium's name, ideographs only (no
  /// sentence: `据了解，…`), ending with what a paper, an agency, a site or a station calls
  /// itself.
  static func isReprintSource(_ inner: String) -> Bool {
    guard inner.hasUTF8Prefix("据") else { return false }
    let name = inner.unicodeScalars.dropFirst()
    guard name.count >= 2, name.count <= 14, name.allSatisfy(\.isMainBlockIdeograph) else { return false }
    return ["报", "社", "网", "台", "客户端", "刊"].contains(where: inner.hasUTF8Suffix)
  }

  /// Whether a paragraph opens a news item the way a lead would, without one: with the day
  /// (`5月3日，`, `连日来，`, `近日，`) or the source (`据人民网消息，`, `记者从区发改委获悉`).
  static func opensLeadlessArticle(_ text: String) -> Bool {
    if opensWithDate(text) { return true }
    if opensWithWordAndComma(text, newsOpenings) { return true }
    let opening = String(String.UnicodeScalarView(text.unicodeScalars.prefix(30)))
    if opening.hasPrefix("据"), let comma = opening.firstIndex(where: { $0 == "，" || $0 == "," || $0 == " " }) {
      let source = opening[..<comma]
      if source.count >= 4, source.hasSuffix("消息") || source.hasSuffix("报道") { return true }
    }
    if opening.hasPrefix("记者"), opening.contains("获悉"), opensWithReportersSource(opening.dropFirst(2)) { return true }
    return false
  }

  /// Whether the words after a lead's `记者` name where the reporter learned the news: `从`, or a
  /// word of time before it (`近日从`, `昨日从`, `日前从`; ``newsOpenings``).
  static func opensWithReportersSource(_ text: Substring) -> Bool {
    text.hasUTF8Prefix("从")
      || newsOpenings.contains { text.hasUTF8Prefix($0) && text.dropFirst($0.count).hasUTF8Prefix("从") }
  }

  /// Whether text opens with one of `words` and a comma (`近日，`, `日前,`).
  static func opensWithWordAndComma(_ text: String, _ words: [String]) -> Bool {
    words.contains { word in
      guard text.hasUTF8Prefix(word) else { return false }
      let after = text.utf8.dropFirst(word.utf8.count)
      return after.starts(with: "，".utf8) || after.starts(with: ",".utf8)
    }
  }

  /// The words of time a news item opens with, before a comma (see ``opensLeadlessArticle(_:)``).
  static let newsOpenings = [
    "近日", "日前", "连日来", "昨天", "昨日", "今天", "今日", "近期", "本周", "今年以来", "入夏以来", "入冬以来", "开春以来",
    "入秋以来",
  ]

  /// Whether a paragraph opens the way a news item does and a feature's section does not: with
  /// the day (`5月3日，`), the source (`据人民网消息，`, `记者从区发改委获悉`) or as a reader's letter
  /// (`编辑同志：`). (`近日，` and `今年以来，` open sections of features as often.)
  static func opensLikeNewsItem(_ text: String) -> Bool {
    opensWithDate(text) || (opensLeadlessArticle(text) && (text.hasPrefix("据") || text.hasPrefix("记者")))
      || opensReadersLetter(text)
  }

  /// Whether a paragraph's first sentence restates a headline, as a short news item's opening
  /// does (`城区新增公共充电桩200个`, then `今年以来，城区新增公共充电桩200个，…`) and a feature's
  /// subheading, which sums up its section in words of its own, seldom is: at least half of the
  /// headline's pairs of adjacent characters (ideographs, letters, digits), four pairs at
  /// least, recur in the sentence.
  static func restatesHeadline(_ headline: String, in paragraph: String) -> Bool {
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      scalar.properties.isAlphabetic || asciiDigits.contains(scalar)
    }
    func pairs(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt64] {
      var out: [UInt64] = []
      var previous: Unicode.Scalar? = nil
      for scalar in scalars {
        if let before = previous, isWordScalar(before), isWordScalar(scalar) {
          out.append(UInt64(before.value) << 32 | UInt64(scalar.value))
        }
        previous = scalar
      }
      return out
    }
    let titled = pairs(headline.unicodeScalars)
    guard titled.count >= 4 else { return false }
    let sentence = Set(pairs(paragraph.unicodeScalars.prefix { !innerStops.contains($0) }))
    return titled.filter(sentence.contains).count * 2 >= titled.count
  }

  /// The pairs of adjacent characters that words are written with (ideographs, letters) in a
  /// text, in its order, each packed in a number; nil where a pair takes in anything else (a
  /// digit, a mark, a space), so that a run of pairs spells a string of the text. Digits are
  /// left out: the day's dates and figures recur from one item of a page to the next whatever
  /// they are about.
  static func wordPairs(_ text: String) -> [UInt64?] {
    var out: [UInt64?] = []
    var previous: Unicode.Scalar? = nil
    for scalar in text.unicodeScalars {
      if let before = previous {
        let words = before.properties.isAlphabetic && scalar.properties.isAlphabetic
        out.append(words ? UInt64(before.value) << 32 | UInt64(scalar.value) : nil)
      }
      previous = scalar
    }
    return out
  }

  /// Whether a headline names what the text under it is about, as an item's headline and a
  /// section's subheading do: four pairs of adjacent word characters at least (see
  /// ``wordPairs(_:)``; a shorter line is a label, `专家提醒`), two of them recurring in the text
  /// (a word of the headline, `图书馆`). A line that a column break cut off its paragraph names
  /// nothing: the rest of the paragraph goes on without repeating it.
  static func titlesText(_ headline: String, _ text: String) -> Bool {
    let titled = wordPairs(headline).compactMap { $0 }
    guard titled.count >= 4 else { return false }
    let told = Set(wordPairs(text).compactMap { $0 })
    return titled.lazy.filter(told.contains).prefix(2).count == 2
  }

  /// Whether a section of a page (a headline and the text under it) turns from the story
  /// before it to another, as a new item does and a subheading of the story does not: a
  /// subheading goes on with the story, so its section repeats the story's names, places and
  /// terms, while a new item shares with it only the words any two items share. Read off the
  /// pairs of adjacent word characters (``wordPairs(_:)``):
  /// - the story has as many distinct pairs as the section at least: a lead alone (`…举行会议。`) is
  ///   too short to tell what the story goes on about;
  /// - fewer than one in eight of the section's distinct pairs occur in the story (two items on
  ///   one page share a few words, `全区`, `记者`, the district's name; a section of the story,
  ///   its topic's words);
  /// - no string of four word characters of the section has all its pairs in the story (a name,
  ///   a place or a term the story told of, `溪口镇老街`, `重点项目`).
  static func shiftsTopic(_ section: String, from story: String) -> Bool {
    let told = Set(wordPairs(story).compactMap { $0 })
    let pairs = wordPairs(section)
    let distinct = Set(pairs.compactMap { $0 })
    guard !distinct.isEmpty, told.count >= distinct.count else { return false }
    var run = 0
    for pair in pairs {
      guard let pair, told.contains(pair) else {
        run = 0
        continue
      }
      run += 1
      if run == 3 { return false }
    }
    return distinct.filter(told.contains).count * 8 < distinct.count
  }

  /// Whether a paragraph opens a reader's letter to the paper: the salutation `编辑同志：`.
  static func opensReadersLetter(_ text: String) -> Bool {
    text.hasUTF8Prefix("编辑同志")
  }

  /// Whether a paragraph opens with the day (`5月3日`, `2025年5月3日`) or a part of the month
  /// before a comma (`12月上旬，`, `3月初，`).
  static func opensWithDate(_ text: String) -> Bool {
    let head = Array(text.unicodeScalars.prefix(12))
    let digits = asciiDigits
    // 5月3日 / 2025年5月3日
    var i = 0
    if let y = head.firstIndex(of: "年"), y == 4, head[0..<4].allSatisfy(digits.contains) { i = 5 }
    let monthStart = i
    while i < head.count, digits.contains(head[i]) { i += 1 }
    if i > monthStart, i - monthStart <= 2, i < head.count, head[i] == "月" {
      i += 1
      let dayStart = i
      while i < head.count, digits.contains(head[i]) { i += 1 }
      if i > dayStart, i - dayStart <= 2, i < head.count, head[i] == "日" { return true }
      // A part of the month before a comma: `12月上旬，`, `3月初，`, `11月底，`.
      if i == dayStart {
        let rest = head[i...].prefix(3)
        let part = rest.prefix { !commas.contains($0) }
        if part.count < rest.count, ["上旬", "中旬", "下旬", "初", "底", "末"].contains(String(String.UnicodeScalarView(part))) {
          return true
        }
      }
    }
    return false
  }

  /// Whether a short line is only a date (`2025年5月20日`, a signature's).
  static func isDateLine(_ text: String) -> Bool {
    text.hasAtMostScalars(20) && (try? DateExtraction.date(fromHeaderLine: text)) != nil
  }

  /// Whether a line under a headline names its author: a name of two or three ideographs,
  /// perhaps after the author's office (`区委副书记、区长 顾某某`), or behind a marker as commentary
  /// sets it (``isMarkedAuthorLine(_:)``).
  static func isAuthorLine(_ text: String) -> Bool {
    guard text.utf8.count <= 72, !columnLabels.contains(text), !boxTitleWords.contains(text) else { return false }
    if isMarkedAuthorLine(text) { return true }
    if text.hasUTF8Prefix("作者"), signatureAuthor(text) != nil { return true }
    // A two-character name is often set with a space inside (`王　珂`).
    let joined = text.unicodeScalars.filter { $0 != " " }
    if joined.count == 2, text.unicodeScalars.count == 3,
      isPersonalName(Substring(String(String.UnicodeScalarView(joined))))
    {
      return true
    }
    let words = text.split(separator: " ")
    guard let name = words.last, isPersonalName(name), name.hasAtMostScalars(3) else { return false }
    return words.count == 1 || (words.count == 2 && text.hasAtMostScalars(24) && !endsSentence(String(words[0])))
  }

  /// Whether a line is a commentary's author line: a marker (`■`, `◆`, `●`, …), then the
  /// author's name set apart by a space, a two-ideograph name with a space inside (`■ 钟　毅`,
  /// `◆ 舒 扬`) or a three-ideograph one (`■ 王晓明`); the two-ideograph name with its space
  /// inside may also follow the marker directly (`■陶 然`). A heading behind a marker (`■简讯`,
  /// `■ 要闻`) is set without such spaces or is no such name.
  static func isMarkedAuthorLine(_ text: String) -> Bool {
    guard text.utf8.count <= 24, let marker = text.unicodeScalars.first, briefMarkers.contains(marker) else {
      return false
    }
    let spaced = text.unicodeScalars.dropFirst().first == " "
    let words = text.unicodeScalars.dropFirst().split(separator: " ")
    let name = String(String.UnicodeScalarView(words.joined()))
    guard !columnLabels.contains(name), isPersonalName(Substring(name)) else { return false }
    return (name.unicodeScalars.count == 2 && words.count == 2)
      || (spaced && name.unicodeScalars.count == 3 && words.count == 1)
  }

  /// Whether the unit at `j` is a commentary's author behind a marker without a space (`■江帆`)
  /// under the piece's headline, under a commentary column's label (`短评`, ``commentaryColumns``):
  /// there a name of two or three ideographs is the author's, no column of briefs' heading.
  static func isMarkedAuthorUnderCommentary(_ j: Int, in units: [Unit]) -> Bool {
    guard j >= 2, units[j].text.utf8.count <= 16, let marker = units[j].text.unicodeScalars.first,
      briefMarkers.contains(marker), let label = columnLabelName(units[j - 2].text), commentaryColumns.contains(label),
      isHeadlineLike(units[j - 1].text, strict: false)
    else { return false }
    let name = strippingBriefMarker(units[j].text)
    return (2...3).contains(name.unicodeScalars.count) && isPersonalName(Substring(name))
  }

  /// Whether a paragraph's text closes with a reporter's credit in brackets (`…处置率百分之百。（融媒记者
  /// 温 婷）`), as a news item without a lead is credited at its end.
  static func closesWithReporterCredit(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last, last == "）" || last == ")",
      let (before, credit) = trailingCredit(text)
    else { return false }
    return !before.isEmpty && isCreditLine(credit)
  }

  /// Whether a line is the title of an official document (a decision, a notice), which may run
  /// longer than a headline: the addressees' line (``isAddresseeLine(_:)``) is under it.
  static func isDocumentTitle(_ text: String, over next: String) -> Bool {
    isAddresseeLine(next) && isHeadlineLike(text, strict: false)
      && !text.unicodeScalars.contains { commas.contains($0) && $0 != "、" }
  }

  /// Whether a line names whom an official document is addressed to, as the document's first
  /// line (`各镇党委，各街道党工委，区委各部委办：`): short names of offices (`各…` first) between
  /// commas, ending in a colon; no sentence (`各地要做好以下工作：`).
  static func isAddresseeLine(_ text: String) -> Bool {
    guard text.utf8.count <= 4 * 80, let last = text.unicodeScalars.last, last == "：" || last == ":",
      text.hasUTF8Prefix("各")
    else { return false }
    let offices = text.unicodeScalars.dropLast().split { commas.contains($0) }
    return offices.allSatisfy { $0.count <= 12 && !$0.contains { innerStops.contains($0) } }
  }

  /// Whether a line is a review's subtitle naming the work reviewed (`——读长篇小说《某某》`,
  /// `——观话剧《某某》有感`): it says what was read, and is none of the review's title.
  static func namesWorkReviewed(_ text: String) -> Bool {
    guard isSubtitle(text), text.containsUTF8("《") else { return false }
    let words = text.drop { $0 == "—" }
    return ["读", "评", "观", "看"].contains { words.hasPrefix($0) }
  }

  /// Whether a line is a headline's subtitle (`——在区委全会上的讲话`).
  static func isSubtitle(_ text: String) -> Bool {
    (text.hasPrefix("——") || text.hasPrefix("—")) && isHeadlineLike(text, strict: false) && !isSourceNote(text)
  }
}
