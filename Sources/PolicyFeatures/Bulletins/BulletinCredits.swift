import PolicyCore

/// How the splitter reads leads and credits: who wrote an article, where its text starts, and
/// the credits of a page's staff.
extension BulletinSplitter {
  /// A bracketed note, a credit line or a source note (`(完)`, `（记者 王青）`, `编辑：张三`,
  /// `——摘自《工作简报》`), never part of a headline.
  static func isAside(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return true }
    return first == "(" || first == "（" || text.unicodeScalars.contains { $0 == ":" || $0 == "：" }
      || isClosingCredit(text) || isSourceNote(text)
  }

  /// Whether a line names where the text above it was taken from (`——摘自市政府办公室《工作简报》`,
  /// `——选自《青峰文艺》`): it closes that text, and is no headline's subtitle.
  static func isSourceNote(_ text: String) -> Bool {
    guard text.hasUTF8Prefix("—") else { return false }
    let words = text.drop { $0 == "—" || $0 == " " }
    return ["摘自", "摘编自", "选自", "转自", "节选自", "原载"].contains { words.hasPrefix($0) }
  }

  /// Whether a line is a photo credit: credit words (roles, names) ending in `摄` or `摄影`
  /// (`通讯员 方晓东 摄`, `（本报记者 刘洋 摄）`), perhaps behind a marker as the page sets its
  /// credit lines (`■记者 某某 摄`).
  static func isPhotoCredit(_ text: String) -> Bool {
    guard text.hasAtMostScalars(40) else { return false }
    var inner = Substring(text)
    if let first = inner.unicodeScalars.first, briefMarkers.contains(first) {
      inner = Substring(strippingBriefMarker(text))
    }
    if let first = inner.unicodeScalars.first, first == "（" || first == "(",
      let last = inner.unicodeScalars.last, last == "）" || last == ")"
    {
      inner = inner.dropFirst().dropLast()
    }
    var words = inner.split(separator: " ")
    guard let last = words.last else { return false }
    if last == "摄" || last == "摄影" {
      words.removeLast()
    } else if last.hasSuffix("摄"), last.count > 1 {
      words[words.count - 1] = last.dropLast()
    } else {
      return false
    }
    guard !words.isEmpty else { return false }
    // A two-ideograph name may be set with a space inside (`本报记者　柯　岩　摄`).
    if words.count > 2, words.contains(where: { $0.unicodeScalars.count == 1 }) {
      words = joiningSpacedNames(words, afterColon: false)
    }
    return words.allSatisfy { word in
      let role = creditRoles.first { word.hasPrefix($0) }
      let rest = role.map { word.dropFirst($0.count) } ?? word
      return rest.isEmpty ? role != nil : isPersonalName(rest)
    }
  }

  /// A caption closing with its photographer's credit after its last sentence (`…上门理发。 通讯员
  /// 某某 摄`): the caption's text and the credit (without the marker it may stand behind,
  /// `■某某 摄`), or nil (also for a credit alone).
  static func closingPhotoCredit(_ paragraph: String) -> (text: String, credit: String)? {
    guard endsWithPhotoCredit(paragraph), let stop = paragraph.lastIndex(of: "。") else { return nil }
    let credit = paragraph[paragraph.index(after: stop)...].trimmingCharacters(in: .whitespaces)
    guard isPhotoCredit(credit) else { return nil }
    return (String(paragraph[...stop]), strippingBriefMarker(credit))
  }

  /// A photo credit (``isPhotoCredit(_:)``) without the word saying the photo was taken
  /// (`通讯员 某某 摄` → `通讯员 某某`): the role and name that credit the item.
  static func photographer(_ credit: String) -> String {
    for verb in [" 摄影", " 摄", "摄"] where credit.hasUTF8Suffix(verb) {
      return String(credit.dropLast(verb.count))
    }
    return credit
  }

  /// Whether a paragraph is or ends with a photo credit (`…。本报记者 刘洋 摄`).
  static func endsWithPhotoCredit(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let last = scalars.last else { return false }
    let closing = last == "）" || last == ")"
    guard last == "摄" || (closing && scalars.dropLast().last == "摄") else { return false }
    let tail = text.split(separator: "。").last.map(String.init) ?? text
    return isPhotoCredit(tail.trimmingCharacters(in: .whitespaces))
  }

  static let creditRoles = [
    "融媒体中心记者", "融媒体记者", "全媒体记者", "融媒记者", "本报记者", "本报通讯员", "见习记者", "实习记者",
    "特约记者", "特约通讯员", "特约摄影", "摄影记者", "通讯员", "实习生", "记者",
  ]

  /// Whether a word is a role with its outlet in front (`县融媒体中心记者`, `区委宣传部通讯员`).
  static func isPlacedRole(_ word: Substring) -> Bool {
    word.utf8.count <= 36
      && (word.hasUTF8Suffix("记者") || word.hasUTF8Suffix("通讯员"))
      && word.unicodeScalars.allSatisfy { $0.isMainBlockIdeograph }
  }

  /// Credits of commentary, which name no one (`本报评论员`).
  static let commentatorCredits: Set<String> = ["本报评论员", "本报特约评论员", "特约评论员", "评论员"]

  /// Whether a line is only a reporter credit (`记者 马某 通讯员 陈某`, `本报记者王某`, perhaps
  /// behind a `□`-style marker), as print pages set it between headline and body: space-separated words, the first a role, each
  /// either a role, a role with a name, or a name (two to four ideographs, or a longer one
  /// with `·`). A body line cut by a print break (`记者从区发改委获悉`) is not one.
  static func isCreditLine(_ text: String) -> Bool {
    guard text.utf8.count <= 160, text.hasAtMostScalars(40) else { return false }
    // `通讯员丨孔某`, `文丨刘某`: a post's credit, set after the text (``closingCreditLine(_:)``).
    if text.containsUTF8("丨") || text.containsUTF8("｜") { return false }
    // A box's label (`记者手记`) opens with a role and names no one.
    if isInsetLabel(text) { return false }
    var unmarked = strippingBriefMarker(text)
    // `文/图 记者 葛某`, `文/陈某`, `图/本报记者 刘某`, `文/图 某部 某某`: who wrote and who
    // photographed.
    let writtenOrShot = unmarked.hasUTF8Prefix("文") || unmarked.hasUTF8Prefix("图")
    for prefix in ["文/图", "文／图", "文/", "文／", "图/", "图／"] where writtenOrShot && unmarked.hasUTF8Prefix(prefix) {
      let rest = String(unmarked.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
      // A two-ideograph name may be set with a space inside (`文/图　唐　晖`).
      let name = joiningSpacedNames(rest.split(separator: " ", omittingEmptySubsequences: false), afterColon: false)
      if name.count == 1, isPersonalName(name[0]) { return true }
      // Or the writer's office and name, as a company's paper credits (`□文/图　安全环保部　岑　立`).
      if isOfficeCredit(rest) { return true }
      unmarked = rest
      break
    }
    // Every credit starts with a role (or, for an author, an open box): most lines do not.
    let opensWithRole =
      creditRoles.contains { unmarked.hasUTF8Prefix($0) }
      || commentatorCredits.contains { unmarked.hasUTF8Prefix($0) }
      || (firstSpaceOffset(unmarked) <= 36 && isPlacedRole(unmarked.prefix { $0 != " " }))
    guard opensWithRole || text.hasUTF8Prefix("□") else { return false }
    if commentatorCredits.contains(unmarked) { return true }
    // An author behind an open box (`□ 陆文清`, `□文/陆文清`), as commentary and supplements set
    // it; a heading behind a filled one (`■简讯`) is no author.
    if text.hasPrefix("□"), !columnLabels.contains(unmarked) {
      let author = unmarked.hasPrefix("文/") || unmarked.hasPrefix("文／") ? unmarked.dropFirst(2) : Substring(unmarked)
      if isPersonalName(author) { return true }
    }
    var names = 0
    var words = unmarked.split(separator: " ")
    // `本报记者 许某 文/图`: who wrote and photographed, said after the names.
    if words.count > 1, let last = words.last, last == "文/图" || last == "文／图" || last == "图/文" { words.removeLast() }
    // `… 报道` and `… 摄` close an item; they do not open one.
    if let last = words.last, last == "报道" || last == "摄" || last == "摄影" { return false }
    if words.count > 2, words.contains(where: { $0.unicodeScalars.count == 1 }) {
      words = joiningSpacedNames(words, afterColon: false)
    }
    for (i, credited) in words.enumerated() {
      // `文/记者 宋某 图/通讯员 何某`: a role behind what the person did.
      let word =
        i > 0 && (credited.hasPrefix("文/") || credited.hasPrefix("图/")) ? credited.dropFirst(2) : credited
      if isPlacedRole(word) { continue }
      let role = creditRoles.first { word.hasPrefix($0) }
      if i == 0 && role == nil { return false }
      let rest = role.map { word.dropFirst($0.count) } ?? word[...]
      if rest.isEmpty { continue }
      guard isPersonalName(rest) else { return false }
      names += 1
    }
    return names > 0
  }

  /// `words` with the halves of a two-ideograph name set with a space inside joined again
  /// (`通讯员 裴　某`): a one-character word joins a one-character word before it, and with
  /// `afterColon` also a word ending in a label's colon and one character (`编辑：文　静`).
  static func joiningSpacedNames(_ words: [Substring], afterColon: Bool) -> [Substring] {
    var joined: [Substring] = []
    for word in words {
      if word.unicodeScalars.count == 1, let previous = joined.last,
        previous.unicodeScalars.count == 1
          || (afterColon && previous.unicodeScalars.dropLast().last.map { $0 == "：" || $0 == ":" } == true)
      {
        joined[joined.count - 1] = Substring(String(previous) + String(word))
      } else {
        joined.append(word)
      }
    }
    return joined
  }

  /// The signature closing a reader's letter (`读者 王某`, `（读者 刘某）`) as a byline, or nil.
  /// Only a letter's last line is read: other short lines may start with `读者`.
  static func readersSignature(_ text: String) -> String? {
    guard text.utf8.count <= 40, text.hasUTF8Prefix("读者") || text.hasUTF8Prefix("（读者") || text.hasUTF8Prefix("(读者")
    else { return nil }
    var inner = Substring(text)
    if let first = inner.unicodeScalars.first, first == "（" || first == "(",
      let last = inner.unicodeScalars.last, last == "）" || last == ")"
    {
      inner = inner.dropFirst().dropLast()
    }
    // A space or the brackets set the name apart: `读者来信` is a column's label.
    guard inner.hasPrefix("读者"), inner.count < text.count || inner.dropFirst(2).first == " " else { return nil }
    let name = inner.dropFirst(2).drop { $0 == " " }
    return isPersonalName(name) && name.hasAtMostScalars(3) ? "读者 " + name : nil
  }

  /// The author a signature line names, as a signed piece (an essay, a commentary, a letter, a
  /// cartoon) sets it under its text or its headline: `作者：某某` (perhaps with the author's
  /// unit in brackets, `作者：某某（某大学）`), an author behind an open box or a marker (`□ 某某`,
  /// `□文/某某`, `◆ 某某`), `文/某某`, a cartoonist's `某某/画`, a reader's `读者 某某`, an office and
  /// a person (`某区人民检察院 某某`) or an address and the writer's role (`某某小区居民 某某`). Nil
  /// for any other line: a name alone may be a line of text.
  static func signatureAuthor(_ text: String) -> String? {
    guard text.utf8.count <= 120, let first = text.unicodeScalars.first, text.unicodeScalars.count >= 3 else {
      return nil
    }
    if first == "作", text.hasUTF8Prefix("作者：") || text.hasUTF8Prefix("作者:") {
      var name = text.unicodeScalars.dropFirst(3)
      if let last = name.last, last == "）" || last == ")",
        let open = name.firstIndex(where: { $0 == "（" || $0 == "(" })
      {
        name = name[..<open]
      }
      let author = String(String.UnicodeScalarView(name)).trimmingCharacters(in: .whitespaces)
      return isPersonalName(Substring(author)) && author.hasAtMostScalars(4) ? author : nil
    }
    if text.hasUTF8Suffix("/画") || text.hasUTF8Suffix("／画") {
      let name = String(text.dropLast(2)).trimmingCharacters(in: .whitespaces)
      return isPersonalName(Substring(name)) ? name : nil
    }
    if let reader = readersSignature(text) { return reader }
    if briefMarkers.contains(first) || first == "文" {
      guard isMarkedAuthorLine(text) || isCreditLine(text) else { return nil }
      let name = creditedNames(text).filter { $0 != " " }
      return isPersonalName(Substring(name)) ? name : nil
    }
    guard text.containsUTF8(" ") else { return nil }
    if isOfficeCredit(text) { return text }
    let words = text.split(separator: " ")
    guard words.count == 2, isPersonalName(words[1]), words[1].hasAtMostScalars(3), words[0].hasAtMostScalars(20),
      words[0].unicodeScalars.allSatisfy({ $0.isMainBlockIdeograph }),
      signingRoles.contains(where: words[0].hasUTF8Suffix)
    else { return nil }
    return text
  }

  /// What a letter's writer signs as after the address (`某某小区居民`, `某村村民`).
  static let signingRoles = ["居民", "村民", "市民", "读者", "网友", "家长", "职工", "教师", "学生", "群众"]

  /// Whether a line notes the unit of the author of the text above it (`（作者单位：某某党校）`,
  /// `（作者系某大学教授）`), closing a signed piece.
  static func isAuthorUnitNote(_ text: String) -> Bool {
    guard text.utf8.count <= 180, let last = text.unicodeScalars.last, last == "）" || last == ")" else {
      return false
    }
    return ["（作者单位", "(作者单位", "（作者系", "(作者系", "（作者为", "(作者为"].contains(where: text.hasUTF8Prefix)
  }

  /// A credit line as a byline: without its marker, and an author's credit without the `文/`
  /// that says what the one name wrote (`□文/陈某` is `陈某`; `文/记者 曹某` stays as it is), or
  /// the `文/图` said after the names (`本报记者 许某 文／图` is `本报记者 许某`).
  static func creditedNames(_ line: String) -> String {
    var unmarked = strippingBriefMarker(line)
    for said in [" 文/图", " 文／图", " 图/文", " 图／文"] where unmarked.hasUTF8Suffix(said) {
      unmarked = String(unmarked.dropLast(said.count))
      break
    }
    guard unmarked.hasUTF8Prefix("文/") || unmarked.hasUTF8Prefix("文／") else { return unmarked }
    let name = unmarked.dropFirst(2).drop { $0 == " " }
    return isPersonalName(name) ? String(name) : unmarked
  }

  ///
  /// `headingsStand`: the text is set one paragraph a line (see ``joinParagraphs(_:headingsStand:)``).
  static func article(title: Unit, paragraphs: [String], headingsStand: Bool = false) -> SplitArticle {
    var paragraphs = paragraphs
    var byline: String? = nil
    // An editor's note opening the text (moved from over the headline, or set between the
    // headline and the credit line) stays first; the credits are read under it.
    let note = paragraphs.count > 1 && isEditorsNote(paragraphs[0]) ? paragraphs.removeFirst() : nil
    // A lead whose bracketed credit a hard wrap breaks (`本报讯（记者 王某`, then `某）近日…`)
    // is read whole: the line ends mid-sentence and is joined to the next all the same.
    if paragraphs.count > 1, let (lead, rest) = wrappedCreditLead(paragraphs[0], paragraphs[1]) {
      paragraphs[0] = lead
      paragraphs[1] = rest
      if rest.isEmpty { paragraphs.remove(at: 1) }
    } else if paragraphs.count > 1, wrapsReportedLead(paragraphs[0], paragraphs[1]) {
      paragraphs[0] += paragraphs.remove(at: 1)
    }
    // Publishing details set a field or a few a line under the title are read as one line.
    let fieldLines = publishingFieldLines(paragraphs)
    if fieldLines > 0 {
      paragraphs.replaceSubrange(0..<fieldLines, with: [paragraphs[..<fieldLines].joined(separator: " ")])
    }
    if let first = paragraphs.first, isPublishingLineUnderTitle(first) {
      // A web item's publishing details: its author or source; a print lead under them (a
      // newspaper's page saved from its site) is not text either.
      byline = publishingCredit(first)
      // A source names the outlet or office the item came from; reporters credited under the
      // line, on a line of their own or in the lead, wrote it: they are the byline.
      let sourceOnly = !namesWriter(first)
      paragraphs.removeFirst()
      // An event's record (a press conference's) gives its time, place and speakers under it.
      let fields = paragraphs.prefix(while: isEventField).count
      if fields < paragraphs.count { paragraphs.removeFirst(fields) }
      // A news app's item sets its reporters on a line of their own under the line that names
      // only the outlet (`融媒体记者 某某　通讯员 某某`): they are the byline.
      let credits = paragraphs.prefix { isCreditLine($0) }.count
      if byline == nil || sourceOnly, credits > 0, credits < paragraphs.count {
        byline = paragraphs.prefix(credits).map { withoutRepeatedOutlet(creditedNames($0), under: first) }
          .joined(separator: " ")
        paragraphs.removeFirst(credits)
      } else if let lead = paragraphs.first, let (credit, rest) = extractByline(lead) {
        if byline == nil || sourceOnly { byline = credit }
        paragraphs[0] = rest
        if rest.isEmpty { paragraphs.removeFirst() }
      }
    } else if let first = paragraphs.first, isCreditLine(first) {
      // One credit line or several (`记者 张某` over `通讯员 李某`).
      let credits = paragraphs.prefix { isCreditLine($0) }
      byline = credits.map(creditedNames).joined(separator: " ")
      paragraphs.removeFirst(credits.count)
    } else if paragraphs.count > 1, let first = paragraphs.first, let (text, credit) = trailingCredit(first),
      text.isEmpty
    {
      // A credit alone under the headline (`记者 黎某 通讯员 甘某 报道`, `（记者 黎某）`) credits the
      // text under it.
      byline = credit
      paragraphs.removeFirst()
    } else if paragraphs.count > 1, let first = paragraphs.first, isAuthorLine(first) {
      // An author's name on its own under the headline (a speech, an essay), perhaps with the
      // author's unit (`作者：某某（…）`).
      byline = first.hasUTF8Prefix("作者") ? signatureAuthor(first) ?? first : first
      paragraphs.removeFirst()

    } else if let first = paragraphs.first, let (credit, rest) = extractByline(first) {
      byline = credit
      paragraphs[0] = rest
      if rest.isEmpty { paragraphs.removeFirst() }
    } else if let first = paragraphs.first, let text = withoutBareLead(first) {
      // A lead that credits no one.
      paragraphs[0] = text
    }
    // A credit closing the article (`（融媒记者 江涛）`, `…46处。（通讯员 贾玲）`), as county
    // papers set it: the byline, not the text.
    // (A column of briefs has no one byline: each brief closes with its own credit.)
    // A commentary's column (`以案说法`, `漫评`) holds one piece, credited at its end.
    // A photo's label as its title (`图片新闻`) heads one caption, credited at its end.
    let briefs = titlesBriefs(title.text)
    // A closing credit a hard wrap broke (`…办成事。（记者 黎某`, then `某 通讯员 万某）`) is read whole.
    if paragraphs.count > 1, let joined = wrappedClosingCredit(paragraphs[paragraphs.count - 2], paragraphs.last ?? "")
    {
      paragraphs.removeLast()
      paragraphs[paragraphs.count - 1] = joined
    }
    let closingFields = briefs ? 0 : publishingFieldLines(paragraphs, fromEnd: true)
    if closingFields > 0 {
      // A web item's publishing details under its text (`作者：某某`, then `发布时间：…　来源：…`):
      // its author (or source), no text.
      if byline == nil { byline = publishingCredit(paragraphs.suffix(closingFields).joined(separator: " ")) }
      paragraphs.removeLast(closingFields)
    } else if !briefs, paragraphs.count > 1, let last = paragraphs.last, let credit = closingCreditLine(last) {
      // A post's closing credit line (`文丨刘某　图丨王某`), perhaps under the post's source
      // (`来源：某某融媒体中心`, then `记者：某某`), which is the post's, no text.
      if byline == nil { byline = credit }
      paragraphs.removeLast()
      if paragraphs.count > 1, let above = paragraphs.last, sourceLine(above) != nil { paragraphs.removeLast() }
    } else if !briefs, paragraphs.count > 1, let last = paragraphs.last, let source = sourceLine(last) {
      // A source on a line of its own after the text (`来源：区城市管理局`), as posts set it.
      if byline == nil { byline = source }
      paragraphs.removeLast()
    } else if !briefs, let last = paragraphs.last, let (text, credit) = trailingCredit(last) {
      if byline == nil { byline = credit }
      if text.isEmpty { paragraphs.removeLast() } else { paragraphs[paragraphs.count - 1] = text }
    } else if !briefs, byline == nil, paragraphs.count > 1, let last = paragraphs.last,
      let author = signatureAuthor(last), endsItem(paragraphs[paragraphs.count - 2])
    {
      // A signed piece's author under its text (`□ 某某`, `作者：某某（…）`, `读者 某某`, `某某/画`).
      byline = author
      paragraphs.removeLast()
    } else if !briefs, byline == nil, paragraphs.count > 1, let last = paragraphs.last, isPhotoCredit(last) {
      // Photo news: the photographer's credit on its own line is the item's, and a group of
      // photos under one headline credits each under its caption (`记者 某某 摄`, caption,
      // `通讯员 某某 摄`): all of them are, without the marker one may stand behind (`■某某 摄`).
      let credits = paragraphs.dropLast().filter { isPhotoCredit($0) }
      byline = (credits + [last]).map { photographer(strippingBriefMarker($0)) }.joined(separator: " ")
      paragraphs.removeAll { isPhotoCredit($0) }
    } else if !briefs, byline == nil, let last = paragraphs.last, let (text, credit) = closingPhotoCredit(last) {
      // Photo news whose caption closes with the photographer's credit (`…上门理发。 通讯员 某某 摄`).
      byline = credit
      paragraphs[paragraphs.count - 1] = text
    } else if byline == nil, paragraphs.count > 1, opensReadersLetter(paragraphs[0]),
      let signature = paragraphs.last.flatMap(readersSignature)
    {
      // A reader's letter (`编辑同志：…`) is signed by its writer.
      byline = signature
      paragraphs.removeLast()
    }
    if let note { paragraphs.insert(note, at: 0) }
    // A title set in brackets of its own is the words inside them; an item's circled number
    // (`① …`) is none of its title.
    return SplitArticle(
      title: unbracketedTitle(title.text) ?? withoutCircledNumber(title.text),
      body: joinParagraphs(paragraphs, headingsStand: headingsStand),
      byline: byline.map(creditedPhotographer), line: title.line)
  }

  /// A byline read from a photo credit (`记者 某某 摄`, `（本报记者 某某 摄）`, `■某某 摄`) names the
  /// photographer without the verb (`记者 某某`), whatever kind of page it stands on; any other
  /// byline as it is.
  static func creditedPhotographer(_ byline: String) -> String {
    guard byline.hasUTF8Suffix("摄") || byline.hasUTF8Suffix("摄影"), isPhotoCredit(byline) else { return byline }
    return photographer(strippingBriefMarker(byline))
  }

  /// Whether a title heads a column of briefs, each closing with its own credit, rather than one
  /// item credited at its end: a column's label (no commentary's or photo's) or a briefs' title.
  static func titlesBriefs(_ title: String) -> Bool {
    (isColumnLabel(title) && !commentaryColumns.contains(title) && !isPhotoNewsLabel(title)) || opensBriefs(title)
  }

  /// The title without the circled number a roundup sets before each item's (`① `, `⑫`, `❸`),
  /// or as it is.
  static func withoutCircledNumber(_ title: String) -> String {
    guard let first = title.unicodeScalars.first,
      (0x2460...0x2473).contains(first.value) || (0x2776...0x277F).contains(first.value)
    else { return title }
    let rest = String(String.UnicodeScalarView(title.unicodeScalars.dropFirst())).trimmingSpaces
    return rest.isEmpty ? title : rest
  }
}
