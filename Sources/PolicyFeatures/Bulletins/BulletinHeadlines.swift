import PolicyCore

/// How the splitter finds where a headline over a lead starts: the lines above the lead that read
/// as a headline (wrapped, under a kicker, over a subtitle) and cannot end the text before them.
extension BulletinSplitter {
  /// Where the headline of the lead at `lead` starts: the line just before the lead when it
  /// reads like a headline, extended back over up to two more headline lines (a wrapped
  /// headline, a kicker, a subtitle) that cannot be the end of the previous article's body.
  /// Returns `lead` when there is no headline.
  static func headlineStart(beforeLead lead: Int, after bodyStart: Int, in units: [Unit]) -> Int {
    guard lead - 1 >= bodyStart, isHeadlineLike(units[lead - 1].text, strict: false) else { return lead }
    // A web item's title is the one line above its publishing line (or two: a title and its
    // `——` subtitle): sites set no kickers.
    if isPublishingLine(units[lead].text) {
      let subtitled =
        lead - 2 >= bodyStart && isSubtitle(units[lead - 1].text)
        && isHeadlineLike(units[lead - 2].text, strict: false)
      return subtitled ? lead - 2 : lead - 1
    }
    if let kicker = kickerOverThreeLines(beforeLead: lead, after: bodyStart, in: units) { return kicker }
    var start = lead - 1
    while start - 1 >= bodyStart, lead - (start - 1) <= 3 {
      let candidate = units[start - 1].text
      // A question over the headline's second line, in one block with it, after a blank line
      // (`补贴怎么领？`, then `6个问答带你读懂`).
      let asks =
        units[start - 1].blankBefore && !units[start].blankBefore && candidate.hasAtMostScalars(24)
        && isAskingLine(candidate)
      guard
        (isHeadlineLike(candidate, strict: true) && (!isAside(candidate) || isPlaceHeadline(candidate)))
          || isColonKicker(candidate) || asks
      else { break }
      // A date on its own line ends a notice's signature (the issuing office over it): the
      // text above it is done, and no headline runs back over it.
      if isDateLine(candidate) { break }
      // The previous article needs a body: its lead is not a headline line.
      if start - 1 == bodyStart, bodyStart > 0 { break }
      // A body line cut by a print break would continue the line before it, unless that line
      // is the headline's first (a kicker): a headline line right after a finished sentence, or
      // after a line whose article goes on on another page (a jump note stood under it).
      // A `——` subtitle heads nothing alone: the line over it, set apart, is the headline's, even
      // under lines of verse that end no sentence.
      let overSubtitle = isSubtitle(units[start].text) && units[start - 1].blankBefore
      if start - 2 >= bodyStart, !endsItem(units[start - 2].text), !units[start - 2].continuesElsewhere, !overSubtitle {
        let kicker = start - 2
        let kickerText = units[kicker].text
        // At the top of the page a kicker may stand under one more headline line (a kicker
        // of its own or the column's name), which is no text to continue.
        let underPageTop =
          bodyStart == 0 && kicker == 1 && isHeadlineLike(units[0].text, strict: true) && !isAside(units[0].text)
        let afterSentence =
          kicker == bodyStart ? bodyStart == 0 : endsSentence(units[kicker - 1].text) || underPageTop
        if lead - kicker <= 3, afterSentence, isHeadlineLike(kickerText, strict: true),
          !isAside(kickerText) || isPlaceHeadline(kickerText)
        {
          start = kicker
        }
        break
      }
      start -= 1
    }
    return start
  }

  /// Where a headline of four lines over the lead at `lead` starts: a kicker over a headline
  /// wrapped over two lines and its subtitle (`守护一江清水`, `某河十年禁渔`, `交出修复成绩单`, `鱼类资源
  /// 逐步恢复`), after a finished item or at the page's top. The kicker, like a column's name, is
  /// no title's (see ``splitParagraphs(_:)``). Nil when no such four lines stand there.
  static func kickerOverThreeLines(beforeLead lead: Int, after bodyStart: Int, in units: [Unit]) -> Int? {
    let kicker = lead - 4
    // The article before needs a body: text after its lead, or in it (`本报讯（…）3月5日，…。`).
    let leadHoldsText =
      kicker == bodyStart && kicker > 0 && (extractByline(units[kicker - 1].text).map { !$0.1.isEmpty } ?? false)
    guard kicker >= bodyStart, kicker == 0 || endsItem(units[kicker - 1].text),
      kicker > bodyStart || kicker == 0 || leadHoldsText,
      isHeadlineLike(units[lead - 1].text, strict: false),
      units[kicker..<(lead - 1)].allSatisfy({ unit in
        isHeadlineLike(unit.text, strict: true) && !isAside(unit.text) && !isDateLine(unit.text)
      }),
      !units[kicker..<lead].contains(where: { isAnchor($0.text) || isColumnLabel($0.text) })
    else { return nil }
    return kicker
  }
}
