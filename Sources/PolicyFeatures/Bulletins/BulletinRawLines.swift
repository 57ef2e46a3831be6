/// Helpers on a page's raw lines, before they are units: walking a page's lines as bytes,
/// collapsing runs of spaces, reading a line letter-spaced by OCR, removing print jump notes
/// (`（下转第2版）`) and telling a rule (a line of dashes or box-drawing characters).
extension BulletinSplitter {
  /// The line without the letter spacing OCR or a layout gave it (`临 江 日 报`, `责 任 编 辑:柯 雨　　校
  /// 对:汪 平`): characters one space apart make one word, and a wider gap (two spaces or more,
  /// an ideographic space, a tab) parts words. Nil for a line not letter-spaced: four pieces
  /// between its spaces or more, two in three of them one character (`collapsed` is the line
  /// with its spaces collapsed, as the splitter reads it).
  static func withoutLetterSpacing(_ raw: UnsafeBufferPointer<UInt8>, collapsed text: String) -> String? {
    // Most lines have a few spaces or none: the pieces between them are words. Counted in one
    // pass, without taking the line apart.
    guard raw.count <= longestColumnLine, text.containsUTF8(" ") else { return nil }
    var pieces = 0
    var singles = 0
    var length = 0
    for scalar in text.unicodeScalars {
      guard scalar == " " else {
        length += 1
        continue
      }
      pieces += 1
      singles += length == 1 ? 1 : 0
      length = 0
    }
    pieces += 1
    singles += length == 1 ? 1 : 0
    guard pieces >= 4, singles * 3 >= pieces * 2 else { return nil }
    let gaps = String(decoding: raw, as: UTF8.self).replacingOccurrences(of: "\u{3000}", with: "  ")
      .replacingOccurrences(of: "\t", with: "  ")
    let words = gaps.components(separatedBy: "  ").map { $0.split(separator: " ").joined() }.filter { !$0.isEmpty }
    return words.joined(separator: " ")
  }

  /// Calls `body` with the UTF-8 bytes of each line of `page` (split at LF, CRLF or a lone
  /// CR), found by scanning the bytes: splitting `String`s by `Character` walked grapheme
  /// breaks, a quarter of the time of a page.
  static func forEachLine(of page: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var page = page
    page.withUTF8 { bytes in
      var start = 0
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        guard byte == 0x0A || byte == 0x0D else {
          i += 1
          continue
        }
        body(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        i += byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
        start = i
      }
      body(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
    }
  }

  /// The line without print jump notes (`(下转第2版)`, `（上接第1版）`, `（紧转第2版）`, `（转2版）`),
  /// which say where the article goes on in the printed paper and are not its text: in
  /// brackets, `转` or `接` (perhaps after `上`, `下` or `紧`), then the page (`第3版`, `3版`, an
  /// edition's `A3版`, `第A3版`).
  static func removingPageJumps(_ line: String) -> String {
    guard line.containsUTF8("版") else { return line }
    let scalars = Array(line.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    scan: while i < scalars.count {
      if scalars[i] == "(" || scalars[i] == "（" {
        var j = i + 1
        if j < scalars.count, "上下紧".unicodeScalars.contains(scalars[j]) { j += 1 }
        if j < scalars.count, scalars[j] == "转" || scalars[j] == "接" {
          j += 1
          if j < scalars.count, scalars[j] == "第" { j += 1 }
          if j < scalars.count, ("A"..."Z").contains(scalars[j]) { j += 1 }
          let digitsStart = j
          while j < scalars.count, pageNumerals.contains(scalars[j]) { j += 1 }
          if j > digitsStart, j + 1 < scalars.count, scalars[j] == "版", scalars[j + 1] == ")" || scalars[j + 1] == "）" {
            i = j + 2
            continue scan
          }
        }
      }
      out.append(scalars[i])
      i += 1
    }
    return collapseSpaces(Substring(String(out)))
  }

  /// Whether a line of text closes with a jump note (`…落地转化，（转2版）`, see
  /// ``removingPageJumps(_:)``), `text` being the line without it: the article goes on on
  /// another page, and the line is its last here, as under a note on a line of its own.
  static func endsWithPageJump(_ line: String, _ text: String) -> Bool {
    // Most lines lose no note, and most notes that go stand on lines of their own.
    guard text.utf8.count < line.utf8.count, !text.isEmpty, line.hasUTF8Suffix("）") || line.hasUTF8Suffix(")"),
      let open = line.unicodeScalars.lastIndex(where: { $0 == "（" || $0 == "(" })
    else { return false }
    let note = String(String.UnicodeScalarView(line.unicodeScalars[open...]))
    return note.containsUTF8("转") && removingPageJumps(note).isEmpty
  }

  /// The page's previous line without the start of a jump note that a hard wrap cut off
  /// (`…实现（下转第`) and the line without the note's end (`3版）…`), when the two halves make
  /// one note (``removingPageJumps(_:)``); nil otherwise.
  static func wrappedPageJump(_ previous: String, _ line: String) -> (previous: String, line: String)? {
    // Most lines open with no page's number, and most lines end with no open bracket near the end.
    guard let first = line.unicodeScalars.first,
      pageNumerals.contains(first) || first == "第" || first == "版" || ("A"..."Z").contains(first),
      let close = line.unicodeScalars.prefix(6).firstIndex(where: { $0 == "）" || $0 == ")" })
    else { return nil }
    let scalars = previous.unicodeScalars
    guard let open = scalars.suffix(6).lastIndex(where: { $0 == "（" || $0 == "(" }), open != scalars.startIndex
    else { return nil }
    let head = String.UnicodeScalarView(scalars[open...])
    let tail = String.UnicodeScalarView(line.unicodeScalars[...close])
    guard String(head).containsUTF8("转") || String(head).containsUTF8("接"),
      removingPageJumps(String(head) + String(tail)).isEmpty
    else { return nil }
    let rest = String(String.UnicodeScalarView(line.unicodeScalars[line.unicodeScalars.index(after: close)...]))
    return (String(String.UnicodeScalarView(scalars[..<open])), collapseSpaces(Substring(rest)))
  }

  /// Whether a line is only a rule (`——————`, `***`, `＝＝＝`): three or more punctuation
  /// or symbol characters, at most two different ones.
  static func isRule(_ text: String) -> Bool {
    // Most lines open with a letter or an ideograph: no rule.
    guard let first = text.unicodeScalars.first, isRuleScalar(first) else { return false }
    let scalars = text.unicodeScalars.filter { $0 != " " }
    guard scalars.count >= 3, Set(scalars).count <= 2 else { return false }
    return scalars.allSatisfy(isRuleScalar)
  }

  /// Whether a character can draw a rule: punctuation or a symbol (dashes, stars, equals
  /// signs, box drawing).
  private static func isRuleScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .dashPunctuation, .otherPunctuation, .connectorPunctuation, .mathSymbol, .otherSymbol: true
    default: false
    }
  }

  /// Trims the line, removes BOM/zero-width characters and collapses runs of spaces to one.
  ///
  /// Works on the UTF-8 bytes: the spaces are ASCII space and tab, U+3000 and U+00A0; the
  /// removed characters U+FEFF, U+200B–U+200D and U+2060. A line with none of them is
  /// returned as it is.
  static func collapseSpaces(_ line: Substring) -> String {
    var line = line
    return line.withUTF8 { collapseSpaces($0) }
  }

  /// ``collapseSpaces(_:)-(Substring)`` of valid UTF-8 bytes.
  static func collapseSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    /// Bytes of the space or removed character at `i`, and whether it is a space; nil for
    /// any other character.
    func special(at i: Int) -> (length: Int, isSpace: Bool)? {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 { return (1, true) }
      if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return (2, true) }
      guard b >= 0xE2, b <= 0xEF, i + 2 < bytes.count else { return nil }
      switch (b, bytes[i + 1], bytes[i + 2]) {
      case (0xE3, 0x80, 0x80): return (3, true)  // U+3000
      case (0xEF, 0xBB, 0xBF), (0xE2, 0x80, 0x8B), (0xE2, 0x80, 0x8C), (0xE2, 0x80, 0x8D), (0xE2, 0x81, 0xA0):
        return (3, false)
      default: return nil
      }
    }
    var i = 0
    var plain = true
    while i < bytes.count {
      if special(at: i) != nil {
        plain = false
        break
      }
      i += 1
    }
    if plain { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    out.append(contentsOf: bytes[0..<i])
    var pendingSpace = false
    while i < bytes.count {
      if let (length, isSpace) = special(at: i) {
        if isSpace { pendingSpace = !out.isEmpty }
        i += length
        continue
      }
      if pendingSpace { out.append(0x20) }
      pendingSpace = false
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}
