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

  static let leadPrefixes = [
    "本报讯", "本报综合消息", "本报记者", "央视网消息", "新华社", "新华网", "人民网", "中新社", "中新网", "光明网", "据新华社",
    "人民日报", "央广网", "中国日报网", "本台消息", "本台讯",
  ]

  /// Leads that credit no one when a space, not a bracket, follows them (`本报讯 近日，…`).
  static let bareLeads = ["本报讯 ", "本台消息 ", "本台讯 "]

  /// Whether a line opens an article body: a lead (``isLead(_:)``) or a credit line of its
  /// own (``isCreditLine(_:)``).
  static func isAnchor(_ text: String) -> Bool {
    isLead(text) || isCreditLine(text) || isPublishingLine(text)
  }

  static let creditRoles = [
    "融媒体中心记者", "融媒体记者", "全媒体记者", "融媒记者", "本报记者", "本报通讯员", "见习记者", "实习记者",
    "特约记者", "特约通讯员", "特约摄影", "摄影记者", "通讯员", "实习生", "记者",
  ]

  /// The UTF-8 offset of a text's first space (U+0020), or its length when it has none. Its
  /// first word up to a space character is no shorter, so a word that must be short is ruled
  /// out without walking the characters of a long line.
  static func firstSpaceOffset(_ text: String) -> Int {
    let utf8 = text.utf8
    return utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: 0x20) ?? $0.count }
      ?? utf8.firstIndex(of: 0x20).map { utf8.distance(from: utf8.startIndex, to: $0) } ?? utf8.count
  }

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

  /// Editing and production roles of page staff credits, longer before their prefixes.
  static let staffRoles = [
    "本版责任编辑", "本版责编", "本版编辑", "责任编辑", "值班编委", "值班主任", "美术编辑", "版面设计", "版式设计",
    "责编", "编辑", "校对", "审读", "审校", "一审", "二审", "三审", "终审", "美编", "版式", "组版", "排版",
    "制图", "本期编辑", "本期责编", "审核", "签发", "核稿", "编审", "播音", "监制", "制片", "审稿", "值班编辑",
    "主播", "执行主编", "副主编", "主编", "摄影统筹", "图片统筹", "主持人",
  ]

  /// Whether a line is only page staff credits: one or more `role：name` (a role of
  /// ``staffRoles``, a colon, then one or more names of two to four ideographs), separated by
  /// spaces, perhaps bracketed as a whole (`（编辑：张三）`, `【责任编辑：王某 李某】`). A
  /// sentence that starts with a role and a colon is not one: its words are no names.
  static func isStaffCredit(_ text: String) -> Bool {
    guard text.utf8.count <= 240 else { return false }
    if isSpacedStaffCredit(text) { return true }
    guard text.unicodeScalars.contains(where: { $0 == "：" || $0 == ":" }) else { return false }
    // Most lines with a colon start with no role: no need to take them apart.
    let opening = text.utf8.dropFirst(text.utf8.first.map { $0 == 0x28 || $0 == 0x5B ? 1 : 0 } ?? 0)
    let bracketed = ["（", "【"].contains { text.hasUTF8Prefix($0) }
    let body = bracketed ? text.utf8.dropFirst(3) : opening
    guard staffRole(opening: Substring(body)) != nil else { return false }
    var scalars = Substring(text).unicodeScalars[...]
    let brackets: [(Unicode.Scalar, Unicode.Scalar)] = [("（", "）"), ("(", ")"), ("【", "】"), ("[", "]")]
    if let first = scalars.first, let last = scalars.last,
      brackets.contains(where: { $0.0 == first && $0.1 == last })
    {
      scalars = scalars.dropFirst().dropLast()
    }
    let words = joiningSpacedNames(
      String(String.UnicodeScalarView(scalars)).split(whereSeparator: { $0 == " " || $0 == "、" }), afterColon: true)
    var expectsName = false
    var names = 0
    for word in words {
      if let role = staffRole(opening: word) {
        var rest = word.dropFirst(role)
        guard let colon = rest.first, colon == "：" || colon == ":" else { return false }
        if expectsName { return false }
        rest = rest.dropFirst()
        if rest.isEmpty {
          expectsName = true
          continue
        }
        guard isPersonalName(rest) else { return false }
        names += 1
      } else if names > 0, !expectsName, contactFields.contains(where: { word.hasPrefix($0) }), word.contains("@") {
        // The page's e-mail after its staff (`本版编辑：文　某　　邮箱：…@…`).
        continue
      } else if word == "：" || word == ":" {
        return false
      } else {
        guard names > 0 || expectsName, isPersonalName(word) else { return false }
        expectsName = false
        names += 1
      }
    }
    return names > 0 && !expectsName
  }

  /// How many characters of `word` name a staff role (``staffRoles``), perhaps behind the
  /// page's or the issue's prefix (`本版`, `本期`: `本版主编`, `本期校对`), or nil.
  static func staffRole(opening word: Substring) -> Int? {
    // Every role (and `本版`, `本期`) opens with a scalar of ``staffRoleHeads``, which no other
    // scalar is canonically equivalent to: a word opening with another is none, untried.
    guard let head = word.unicodeScalars.first, staffRoleHeads.contains(head) else { return nil }
    if let role = staffRoles.first(where: { word.hasPrefix($0) }) { return role.count }
    guard let page = ["本版", "本期"].first(where: { word.hasPrefix($0) }),
      let role = staffRoles.first(where: { word.dropFirst(page.count).hasPrefix($0) })
    else { return nil }
    return page.count + role.count
  }

  /// Whether a line is page staff credits without colons: role words each followed by names
  /// (`本版责编 刘某  美编 谢某`, `主编 某某　责编 某某　美编 某某　校对 符 青`; a two-ideograph
  /// name may be set with a space inside). Opening with another role than an editor's
  /// (`本版…`, `责编`, `美编`, `责任编辑`), it names two roles at least: `主播 某某` may be a
  /// caption's.
  static func isSpacedStaffCredit(_ text: String) -> Bool {
    // Every such line opens with a role: most lines open with none.
    guard let head = text.unicodeScalars.first, staffRoleHeads.contains(head), text.containsUTF8(" ") else {
      return false
    }
    let words = joiningSpacedNames(text.split(separator: " "), afterColon: false)
    guard words.count >= 2, staffRoles.contains(where: { $0 == words[0] }) else { return false }
    var roles = 0
    for (k, word) in words.enumerated() {
      if staffRoles.contains(where: { $0 == word }) {
        // A role names someone.
        guard k + 1 < words.count, !staffRoles.contains(where: { $0 == words[k + 1] }) else { return false }
        roles += 1
      } else if !(isPersonalName(word) && word.count <= 3) {
        return false
      }
    }
    return roles >= 2 || ["本版", "责编", "美编", "责任编辑"].contains(where: text.hasUTF8Prefix)
  }

  /// The first characters of ``staffRoles``.
  static let staffRoleHeads = ScalarBitmap(staffRoles.compactMap(\.unicodeScalars.first))

  /// Whether a line credits one role of the staff with a colon (`编辑：某某`, `审核：某某 某某`), as a
  /// post stacks its credits one a line.
  static func isOneRoleCredit(_ text: String) -> Bool {
    staffRoleCount(text) == 1
  }

  /// How many roles of the staff a short line of staff credits names (`编辑：某某　审核：某某` → 2),
  /// or 0 for any other line.
  static func staffRoleCount(_ text: String) -> Int {
    guard text.utf8.count <= 80, isStaffCredit(text) else { return 0 }
    return text.split(separator: " ").filter { word in staffRoles.contains(where: { word.hasPrefix($0) }) }.count
  }

  /// The e-mail fields a page's staff line may close with (see ``isStaffCredit(_:)``).
  static let contactFields = [
    "邮箱：", "邮箱:", "电子邮箱：", "电子邮箱:", "投稿邮箱：", "投稿邮箱:", "E-mail：", "E-mail:", "Email：", "Email:",
  ]

  static func isPersonalName(_ text: Substring) -> Bool {
    let scalars = text.unicodeScalars
    let hasDot = scalars.contains { $0 == "·" || $0 == "•" }
    guard scalars.count >= 2, scalars.count <= (hasDot ? 12 : 4) else { return false }
    return scalars.allSatisfy { ($0.isMainBlockIdeograph) || $0 == "·" || $0 == "•" }
  }

  /// Whether a paragraph opens an article body (`本报讯(记者 …)`, `央视网消息…`, `XX讯(`,
  /// a dateline such as `本报北京6月3日电 （记者 …）`, the credit and `报道` before the text:
  /// `记者 某某 报道 12月5日，…`).
  static func isLead(_ text: String) -> Bool {
    if leadPrefixes.contains(where: { text.hasUTF8Prefix($0) }) { return true }
    if openingCredit(text) != nil || reportedLead(text) != nil || opensDatedLead(text) { return true }
    // Among the first 16 scalars but spaces, a bracket after `讯` or `日电` (read in one pass,
    // with the two scalars before, rather than copied into an array).
    var seen = 0
    var previous: Unicode.Scalar? = nil
    var beforePrevious: Unicode.Scalar? = nil
    for scalar in text.unicodeScalars where scalar != " " {
      if seen == 16 { break }
      if scalar == "(" || scalar == "（", previous == "讯" || (previous == "电" && beforePrevious == "日") {
        return true
      }
      beforePrevious = previous
      previous = scalar
      seen += 1
    }
    return false
  }

  /// Whether a paragraph opens with the paper's dated lead and a space, crediting no one there
  /// (`本报9月3日讯 青杠镇…`: the day the news came in, the reporter's credit closing the item).
  static func opensDatedLead(_ text: String) -> Bool {
    guard text.hasUTF8Prefix("本报") else { return false }
    let head = text.unicodeScalars.dropFirst(2).prefix(8)
    guard let mark = head.firstIndex(of: "讯"), head.index(after: mark) < text.unicodeScalars.endIndex,
      text.unicodeScalars[head.index(after: mark)] == " ", head[..<mark].last == "日"
    else { return false }
    return head[..<mark].allSatisfy { ("0"..."9").contains($0) || $0 == "月" || $0 == "日" }
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
    if let first = paragraphs.first, isPublishingLine(first) {
      // A web item's publishing details: its author or source; a print lead under them (a
      // newspaper's page saved from its site) is not text either.
      byline = publishingCredit(first)
      paragraphs.removeFirst()
      if let lead = paragraphs.first, let (credit, rest) = extractByline(lead) {
        if byline == nil { byline = credit }
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
    } else if let first = paragraphs.first, let lead = bareLeads.first(where: { first.hasPrefix($0) }) {
      // A lead that credits no one.
      paragraphs[0] = String(first.dropFirst(lead.count))
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
    if !briefs, paragraphs.count > 1, let last = paragraphs.last, let credit = closingCreditLine(last) {
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

  /// A lead line whose bracketed credit is broken by a hard wrap, and the next line closing it
  /// within a few characters: the lead with the credit whole, and the rest of the next line.
  static func wrappedCreditLead(_ line: String, _ next: String) -> (String, String)? {
    guard isLead(line), !line.unicodeScalars.contains(where: { $0 == ")" || $0 == "）" }),
      let open = line.unicodeScalars.prefix(18).firstIndex(where: { $0 == "(" || $0 == "（" }),
      line.unicodeScalars[open...].count <= 40,
      let close = next.unicodeScalars.prefix(6).firstIndex(where: { $0 == ")" || $0 == "）" })
    else { return nil }
    let tail = String(next.unicodeScalars[...close])
    let rest = String(next.unicodeScalars[next.unicodeScalars.index(after: close)...])
    guard !tail.unicodeScalars.contains(where: { "(（。！？".unicodeScalars.contains($0) }),
      let (credit, text) = extractByline(line + next), !credit.isEmpty, text == rest
    else { return nil }
    return (line + tail, rest)
  }

  /// Whether a lead's unbracketed credit is broken by a hard wrap before its `报道`
  /// (`本报讯 通讯员某某 记者某某`, then `报道　近日，…`): the line holds no `报道`, the next line
  /// gives it within its first few characters and a space after it, and the two read together
  /// give a credit (``extractUnbracketedByline(_:)``) running to the line's end at least.
  static func wrapsReportedLead(_ line: String, _ next: String) -> Bool {
    guard line.hasUTF8Prefix("本报讯 "), !line.containsUTF8("报道"), next.containsUTF8("报道 "),
      let reported = next.range(of: "报道 "), next[..<reported.lowerBound].unicodeScalars.count <= 6,
      let (credit, _) = extractUnbracketedByline(line + next)
    else { return false }
    return credit.unicodeScalars.count >= line.unicodeScalars.count - 4
  }

  /// A paragraph's last line with the bracketed credit a hard wrap broke off it (`…（记者 黎晓`)
  /// made whole by the next line, which closes the bracket (`光 通讯员 万小舟）`), or with the
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
    let joined = line + next
    return trailingCredit(joined).map { !$0.credit.isEmpty } == true ? joined : nil
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

  /// Splits `本报讯(周茜 记者 吉宇)正文…` (or a dateline lead, `新华社武汉6月3日电（记者 李四）…`,
  /// or an unbracketed credit, `本报讯 记者 孙某 正文…`) into the credit and the rest of the
  /// paragraph.
  static func extractByline(_ paragraph: String) -> (String, String)? {
    if let unbracketed = extractUnbracketedByline(paragraph) { return unbracketed }
    if let reported = reportedLead(paragraph) { return reported }
    if let opening = openingCredit(paragraph) { return opening }
    let scalars = Array(paragraph.unicodeScalars)
    guard let open = scalars.prefix(18).firstIndex(where: { $0 == "(" || $0 == "（" }), open > 0 else { return nil }
    var before = open - 1
    if scalars[before] == " ", before > 0 { before -= 1 }
    // `…讯（`, `…日电（`, `本台消息（` (a station's own lead; a site's `央视网消息（新闻联播）：`
    // names a programme, not reporters, and stays text).
    let opensCredit =
      scalars[before] == "讯" || (scalars[before] == "电" && before > 0 && scalars[before - 1] == "日")
      || (before == 3 && paragraph.hasPrefix("本台消息"))
    guard opensCredit else { return nil }
    guard let close = scalars[open...].prefix(40).firstIndex(where: { $0 == ")" || $0 == "）" })
    else { return nil }
    var credit = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
    credit = collapseSpaces(Substring(credit))
    var restStart = close + 1
    while restStart < scalars.count, scalars[restStart] == ":" || scalars[restStart] == "：" || scalars[restStart] == " "
    {
      restStart += 1
    }
    let rest = String(String.UnicodeScalarView(scalars[restStart...]))
    return (credit, rest)
  }

  /// A lead that opens with the credit and `报道`, set off by a space from the text
  /// (`本报记者 王某 报道　近日，…`): the credit and the text after it, or nil.
  static func reportedLead(_ paragraph: String) -> (String, String)? {
    guard creditRoles.contains(where: { paragraph.hasUTF8Prefix($0) }) else { return nil }
    let head = String(String.UnicodeScalarView(paragraph.unicodeScalars.prefix(36)))
    guard let reported = head.range(of: " 报道 ") ?? head.range(of: " 报道\u{3000}") else { return nil }
    let credit = collapseSpaces(head[..<reported.lowerBound])
    guard isCreditLine(credit) else { return nil }
    let rest = paragraph.unicodeScalars.dropFirst(head[..<reported.upperBound].unicodeScalars.count).drop {
      $0 == " " || $0 == "\u{3000}"
    }
    guard rest.count >= 2 else { return nil }
    return (credit, String(String.UnicodeScalarView(rest)))
  }

  /// A lead that is only the credit in brackets, without `本报讯` (`(记者 王某) 近日，…`,
  /// `（记者 王某 通讯员 李某）…`): the credit and the text after it, or nil. A credit alone in
  /// brackets closes an item (``trailingCredit(_:)``) and opens none.
  static func openingCredit(_ paragraph: String) -> (String, String)? {
    // Most paragraphs open with no bracket: `(` or the first byte of `（`.
    guard let first = paragraph.utf8.first, first == 0x28 || first == 0xEF,
      paragraph.hasUTF8Prefix("(") || paragraph.hasUTF8Prefix("（")
    else { return nil }
    let head = paragraph.unicodeScalars.dropFirst().prefix(40)
    guard let close = head.firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
    let credit = collapseSpaces(Substring(String(String.UnicodeScalarView(head[..<close]))))
    guard creditRoles.contains(where: { credit.hasUTF8Prefix($0) }), isCreditLine(credit) else { return nil }
    let rest = paragraph.unicodeScalars[paragraph.unicodeScalars.index(after: close)...].drop {
      $0 == " " || $0 == ":" || $0 == "："
    }
    guard rest.count >= 2 else { return nil }
    return (credit, String(String.UnicodeScalarView(rest)))
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
      return (before, credit)
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

  /// `本报讯 记者 孙某 正文…`: the words after `本报讯` that form a credit line (see
  /// ``isCreditLine(_:)``), and the text after them.
  static func extractUnbracketedByline(_ paragraph: String) -> (String, String)? {
    guard paragraph.hasPrefix("本报讯 ") else { return nil }
    // `本报讯 记者孔某 通讯员严某报道:今年以来…`: the credit runs to `报道：`, or to `报道` and a
    // space (`本报讯 通讯员某某 记者某某报道　近日，…`).
    let head = String(String.UnicodeScalarView(paragraph.unicodeScalars.dropFirst(4).prefix(40)))
    if let reported = head.range(of: "报道：") ?? head.range(of: "报道:") ?? head.range(of: "报道 ") {
      let credit = String(head[..<reported.lowerBound]).trimmingCharacters(in: .whitespaces)
      let rest = String(paragraph.unicodeScalars.dropFirst(4 + head[..<reported.upperBound].unicodeScalars.count))
      if isCreditLine(credit)
        || credit.split(separator: " ").allSatisfy({ w in creditRoles.contains { w.hasPrefix($0) } })
      {
        return (credit, rest)
      }
    }
    let words = paragraph.dropFirst("本报讯 ".count).split(separator: " ", omittingEmptySubsequences: true)
    // The longest run of leading words that is a credit (a role alone is not one).
    guard
      let credit = (1..<min(words.count, 9)).last(where: {
        isCreditLine(words[0..<$0].joined(separator: " "))
      })
    else { return nil }
    // `本报讯 记者 邵某 报道 11月17日，…`: `报道` closes the credit, and the text starts after it.
    let textStart = credit + 1 < words.count && words[credit] == "报道" ? credit + 1 : credit
    return (words[0..<credit].joined(separator: " "), words[textStart...].joined(separator: " "))
  }
}
