import PolicyCore

/// How the splitter tells the credits of a page's staff (`责任编辑：周某  校对：许某`, `主编 某某　责编 某某`, letter-
/// spaced or without colons) from an article's: the staff roles, how many a line names, and the
/// e-mail fields it may close with.
extension BulletinSplitter {
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
  /// sentence that starts with a role and a colon is not one: its words are no names. The line
  /// may close with the page's e-mail or the paper's hotline (``isNewsHotlineLine(_:)``).
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
      } else if names > 0, !expectsName, isNewsHotlineLine(String(word)) {
        // The paper's hotline after its staff (`责任编辑：某某　版式：某某　民生热线：…`).
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

  /// Every staff role (``staffRoles``) as a word of its own, also behind the page's or the
  /// issue's prefix (`本版责编`, `本期校对`): the words ``staffRole(opening:)`` reads whole, looked
  /// up at once.
  static let bareStaffRoles = Set(staffRoles.flatMap { [$0, "本版" + $0, "本期" + $0] }.map { Substring($0) })

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
  /// name may be set with a space inside). Opening with another role than an editor's or a
  /// proofreader's (`本版…`, `责编`, `美编`, `责任编辑`, `校对`, `审读`: the desk's alone, set on a
  /// line of their own when the staff line is full), it names two roles at least: `主播 某某` may
  /// be a caption's.
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
    return roles >= 2 || ["本版", "责编", "美编", "责任编辑", "校对", "审读"].contains(where: text.hasUTF8Prefix)
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

  /// Whether a word is a person's name as staff lines print it: two to four ideographs, or up
  /// to twelve with a middle dot (a transliterated name, `阿依古丽·买买提`).
  static func isPersonalName(_ text: Substring) -> Bool {
    let scalars = text.unicodeScalars
    let hasDot = scalars.contains { $0 == "·" || $0 == "•" }
    guard scalars.count >= 2, scalars.count <= (hasDot ? 12 : 4) else { return false }
    return scalars.allSatisfy { ($0.isMainBlockIdeograph) || $0 == "·" || $0 == "•" }
  }
}
