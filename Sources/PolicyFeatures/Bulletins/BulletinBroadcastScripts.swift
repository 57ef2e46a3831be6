import PolicyCore

/// What of a TV or radio script is no item's text: production cues in brackets, cue and speaker
/// labels, the presenter's greeting and farewell, the preview of the items read out after the
/// greeting, and the items' labels; a line set in round brackets of its own is read without them.
extension BulletinSplitter {
  /// Whether a line is a script's production cue in brackets (`（片头音乐起，压混）`, `（间奏音乐）`),
  /// or a cue's label alone in square ones (`【片头】`, `【片尾】`, `【开始曲】`), where the
  /// programme's opening or closing titles or music run, or where an item's parts start, as a
  /// station's transcript sets them over the anchor's words and the report (`【导语】`, `【正文】`,
  /// `【播音】`).
  static func isProductionCue(_ text: String) -> Bool {
    guard text.utf8.count <= 60, let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    let round = (first == "（" || first == "(") && (last == "）" || last == ")")
    // A label in square brackets heads the text after it (`【口播】…`) unless it is all the line.
    let square =
      first == "【" && last == "】" && text.hasAtMostScalars(10)
      && text.unicodeScalars.filter({ $0 == "【" }).count == 1
    guard round || square else { return false }
    // A square label naming a piece of music (`【开始曲】`, `【结束曲】`) cues it.
    if square, text.unicodeScalars.dropLast().last == "曲" { return true }
    // The label of an item's part alone: the anchor's words (`【导语】`) or the report the
    // announcer reads (`【正文】`, `【播音】`).
    if square, ["【导语】", "【正文】", "【播音】"].contains(text) { return true }
    return ["音乐", "片头", "片尾", "间奏", "压混", "混播", "字幕", "画面"].contains { text.containsUTF8($0) }
  }

  /// Whether a line is a presenter's greeting or farewell in a broadcast's script (`各位观众，
  /// 晚上好！…欢迎收看…`, `以上就是今天…的主要内容，感谢收看`, `明天同一时间再会`), perhaps behind
  /// the speaker's label (`女：欢迎收听…`).
  static func isBroadcastPatter(_ text: String) -> Bool {
    guard text.utf8.count <= 360 else { return false }
    if isPatter(text) { return true }
    // A presenter's words may stand behind the speaker's label (`男：`, `女主播：`).
    let spoken = withoutSpeakerLabel(text)
    return spoken.utf8.count < text.utf8.count && isPatter(spoken)
  }

  /// Whether words are a presenter's greeting or farewell (see ``isBroadcastPatter(_:)``).
  static func isPatter(_ text: String) -> Bool {
    if [
      "各位观众", "各位听众", "观众朋友", "听众朋友", "以上就是今天", "今日天气", "下面请听", "下面请看", "欢迎收听", "欢迎收看",
    ].contains(where: { text.hasUTF8Prefix($0) }) {
      return true
    }
    // A farewell till the next programme: `明天同一时间再会。`.
    if text.utf8.count <= 90, text.containsUTF8("同一时间"), text.containsUTF8("再会") || text.containsUTF8("再见") {
      return true
    }
    // The programme's end, said as such: `本期节目到此结束。`, `今天的节目就到这里。`.
    if text.utf8.count <= 120, text.containsUTF8("节目"), text.containsUTF8("到此结束") || text.containsUTF8("就到这里") {
      return true
    }
    // A farewell: `好，本次《鹤鸣早新闻》就播送完了。感谢您的收听…`.
    if text.utf8.count <= 240, text.containsUTF8("收听") || text.containsUTF8("收看") || text.containsUTF8("播送完"),
      ["感谢收听", "感谢收看", "感谢您的收听", "感谢您的收看", "播送完了", "就播到这里"].contains(where: { text.containsUTF8($0) })
    {
      return true
    }
    // The day's greeting of a daily post or script: `今天是2025年9月5日，星期五，农历七月十四。`
    return text.hasUTF8Prefix("今天是") && text.utf8.count <= 120
      && (text.containsUTF8("星期") || text.containsUTF8("农历"))
  }

  /// The words of a script's line after the cue label in square brackets that opens it
  /// (`【开头】观众朋友，晚上好！…`, `【片尾】好，以上就是今天…`: two to four ideographs naming the
  /// part of the programme); nil when the line opens otherwise or nothing follows the label.
  static func withoutCueLabel(_ text: String) -> String? {
    let scalars = text.unicodeScalars
    guard scalars.first == "【", let close = scalars.prefix(6).firstIndex(of: "】") else { return nil }
    let label = scalars[scalars.index(after: scalars.startIndex)..<close]
    guard label.count >= 2, label.allSatisfy({ $0.isMainBlockIdeograph }) else { return nil }
    let rest = String(String.UnicodeScalarView(scalars[scalars.index(after: close)...]))
    return rest.isEmpty ? nil : rest
  }

  /// The presenter's lead of a script's item (`主持人：12月14日上午，县政府召开…。`) without the
  /// speaker's label: the presenter's words right under the item's title (`【新闻一】…`) open the
  /// item, as the anchor's lead opens a report, and the text read after them goes on with it.
  /// Nil for a line without a presenter's label, or with only a greeting or farewell
  /// (``isBroadcastPatter(_:)``).
  static func presenterLead(_ text: String) -> String? {
    guard text.hasUTF8Prefix("主持人") || text.hasUTF8Prefix("主播") else { return nil }
    let spoken = withoutSpeakerLabel(text)
    guard spoken.utf8.count < text.utf8.count, endsSentence(spoken), !isPatter(spoken) else { return nil }
    return spoken
  }

  /// Whether a host's line (`主持人：下面进入提问环节…。`) is a turn of an event's transcript,
  /// not a script's patter: a transcript gives the floor in turns, each line opened by who speaks
  /// (`某某：…`, `某报记者：…？`), and its host speaks among them; a script's presenter opens and
  /// closes items between titles, cues and credits. So the host's line holds a sentence and the
  /// two lines above it are speakers' turns (``speakerTurnLabel(_:)``), one of them a reporter's
  /// question or the host's own.
  static func isTranscriptHostTurn(_ text: String, under units: [Unit]) -> Bool {
    guard text.hasUTF8Prefix("主持人"), units.count >= 2 else { return false }
    let spoken = withoutSpeakerLabel(text)
    guard spoken.utf8.count < text.utf8.count, endsSentence(spoken) else { return false }
    let above = units.suffix(2)
    guard !above.contains(where: \.marksTitle) else { return false }
    let labels = above.compactMap { speakerTurnLabel($0.text) }
    return labels.count == 2 && labels.contains { $0.hasSuffix("记者") || $0.hasPrefix("主持人") }
  }

  /// Who speaks a transcript's turn (`孔德胜：目前，…。` → `孔德胜`, `某报记者：请问…？`,
  /// `主持人（某某）：…`): up to 24 characters before the colon, opening with an ideograph
  /// and holding no punctuation but a role's brackets and spaces, and a sentence after it. Nil for
  /// any other line (a field, `时间：…`, holds no sentence).
  static func speakerTurnLabel(_ text: String) -> String? {
    guard text.containsUTF8("：") else { return nil }
    let scalars = text.unicodeScalars
    guard let first = scalars.first, first.isMainBlockIdeograph,
      let colon = scalars.prefix(25).firstIndex(of: "："), scalars.distance(from: scalars.startIndex, to: colon) >= 2
    else { return nil }
    let label = scalars[..<colon]
    guard label.allSatisfy({ $0.isMainBlockIdeograph || "（） ".unicodeScalars.contains($0) }) else { return nil }
    let spoken = String(String.UnicodeScalarView(scalars[scalars.index(after: colon)...]))
    guard spoken.utf8.count >= 30, endsSentence(spoken), spoken.containsUTF8("，") else { return nil }
    return String(String.UnicodeScalarView(label))
  }

  /// The line without a speaker's label in front (`男：`, `女主播：`, `主持人：`): one to five
  /// ideographs and a colon; the line as it is when it has none.
  static func withoutSpeakerLabel(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let colon = scalars.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > scalars.startIndex,
      scalars[..<colon].allSatisfy({ $0.isMainBlockIdeograph })
    else { return text }
    return String(String.UnicodeScalarView(scalars[scalars.index(after: colon)...]))
  }

  /// The length of a script's item label opening a line (`【新闻一】`, `【新闻3】`), or 0.
  static func numberedItemLabelLength(_ text: String) -> Int {
    guard text.hasUTF8Prefix("【新闻") else { return 0 }
    let scalars = Array(text.unicodeScalars.prefix(10))
    guard let close = scalars.firstIndex(of: "】"), close > 3, close + 4 < text.unicodeScalars.count,
      scalars[3..<close].allSatisfy({ pageNumerals.contains($0) })
    else { return 0 }
    return close + 1
  }

  /// The units without a script's preview of its items (the titles read out after the greeting,
  /// `县委常委会传达学习…；`): lines near the top that recur, without their closing stop, as a
  /// title further down, or that list such titles between semicolons, perhaps under a label
  /// (`【提要】…；…；…。`, over numbered items `1.…`).
  static func removingPreview(_ units: [Unit]) -> [Unit] {
    let titles = Set(units.filter(\.marksTitle).map(\.text))
    let numbered = Set(units.compactMap { numberingStyle($0.text) != nil ? itemTitle($0.text) : nil })
    guard titles.count >= 2 || numbered.count >= 2 else { return units }
    var out: [Unit] = []
    for (i, unit) in units.enumerated() {
      var scalars = unit.text.unicodeScalars[...]
      if let last = scalars.last, "；;。，、".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
      if i < 16, !unit.marksTitle, titles.contains(String(String.UnicodeScalarView(scalars))) { continue }
      if i < 16, !unit.marksTitle, let listed = previewedTitles(unit.text), listed.count >= 2,
        listed.allSatisfy({ titles.contains($0) || numbered.contains($0) })
      {
        continue
      }
      out.append(unit)
    }
    return out
  }

  /// The titles a preview line lists between semicolons (`【提要】…；…；…。`), without its label
  /// in brackets and its closing stop; nil for a line with no semicolon.
  static func previewedTitles(_ text: String) -> [String]? {
    guard text.utf8.count <= 600, text.containsUTF8("；") || text.containsUTF8(";") else { return nil }
    var scalars = text.unicodeScalars[...]
    if scalars.first == "【", let close = scalars.prefix(10).firstIndex(of: "】") {
      scalars = scalars[scalars.index(after: close)...]
    }
    if let last = scalars.last, "。；;".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
    return scalars.split(whereSeparator: { $0 == "；" || $0 == ";" }).map {
      String(String.UnicodeScalarView($0)).trimmingSpaces
    }
  }

  /// A line set in round brackets of its own (`（记者：许某）`) without them, or as it is: scripts
  /// close an item with its reporters' credit either way.
  static func withoutRoundBrackets(_ text: String) -> Substring {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last, first == "（" || first == "(",
      last == "）" || last == ")", !scalars.dropFirst().contains(where: { $0 == "（" || $0 == "(" })
    else { return Substring(text) }
    return Substring(String(String.UnicodeScalarView(scalars.dropFirst().dropLast())))
  }
}
