import PolicyCore

/// How the splitter cuts briefs that carry their titles in their own lines: the title in brackets
/// (`【…】11月24日，…`), behind a mark and a wide space (`●…　为方便…`), or as the first sentence
/// behind a mark (`●…演练。12月18日，…`).
extension BulletinSplitter {
  /// The units with each brief that opens with its title in brackets (`【退捕渔民技能培训班开班】11月
  /// 24日，县人社局…`) cut into the title, a headline beyond doubt, and its text: the title is a
  /// headline of six characters or more (no column's or box's label) and the text opens the way
  /// news does (``opensLeadlessArticle(_:)``), closes with its reporter's credit in brackets as a
  /// brief set on one line does (`【…】自5月10日起，…。（记者 某某）`, whatever its opening), or is
  /// only the brief's credit, its text below.
  static func splittingBracketedBriefs(_ units: [Unit]) -> [Unit] {
    guard units.contains(where: { bracketedBrief($0.text) != nil }) else { return units }
    var out: [Unit] = []
    out.reserveCapacity(units.count + 4)
    for unit in units {
      guard let (title, text) = bracketedBrief(unit.text) else {
        out.append(unit)
        continue
      }
      out.append(Unit(text: title, line: unit.line, blankBefore: unit.blankBefore, marksTitle: true))
      out.append(Unit(text: text, line: unit.line, blankBefore: false, indented: true))
    }
    return out
  }

  /// The title and the text of a brief that opens with its title in brackets (see
  /// ``splittingBracketedBriefs(_:)``), or nil.
  static func bracketedBrief(_ line: String) -> (title: String, text: String)? {
    let scalars = line.unicodeScalars
    guard line.hasUTF8Prefix("【"), let close = scalars.prefix(42).firstIndex(of: "】"),
      scalars.distance(from: scalars.startIndex, to: close) >= 7
    else { return nil }
    let text = String(String.UnicodeScalarView(scalars[scalars.index(after: close)...].drop { $0 == " " }))
    // A brief whose credit follows its title (`【…】（记者 某某）`) has its text on the next line.
    let creditOnly = trailingCredit(text).map { $0.text.isEmpty && isCreditLine($0.credit) } == true
    guard opensLeadlessArticle(text) || creditOnly || closesWithReporterCredit(text) else { return nil }
    let title = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
    guard isHeadlineLike(title, strict: false), !isEditorsNote(line), !isInsetLabel(title), !isColumnLabel(title)
    else { return nil }
    return (title, text)
  }

  /// The units with each brief that carries its own title (`●县交通运输局试点“预约班车”　为方便…`:
  /// a mark, the title, a wide space, the text) cut into its title and its text. A title of
  /// eight characters or more may head any text; a shorter one (`■茶叶节开幕　4月14日，…`, four
  /// characters at least) heads text that opens as news does (``opensLeadlessArticle(_:)``),
  /// as no marked name or figure over its line does.
  ///
  /// In a narrow column the text may start with only a few characters after the title, a hard
  /// wrap carrying it on into the next line (`■某某镇召开筹备会　8`, then `月6日，…`): read together,
  /// the text then opens as news does.
  ///
  /// A column that sets its briefs without marks, each an indented paragraph, runs the title on
  /// into the text the same way (``indentedTitledBrief(_:)``).
  static func splittingTitledBriefs(_ units: [Unit]) -> [Unit] {
    guard
      units.contains(where: {
        ($0.text.unicodeScalars.first.map(briefMarkers.contains) ?? false)
          || ($0.indented && $0.text.utf8.prefix(124).contains(0x20))
      })
    else {
      return units
    }
    var out: [Unit] = []
    out.reserveCapacity(units.count)
    // A brief's title over its text, read across the wrap down to `last` (the text's last line).
    func appendBrief(_ title: String, _ body: String, of unit: Unit, endingAt last: Unit) {
      out.append(Unit(text: title, line: unit.line, blankBefore: unit.blankBefore, marksTitle: true))
      out.append(Unit(text: body, line: unit.line, blankBefore: false, indented: true, width: last.width))
    }
    var k = 0
    while k < units.count {
      let unit = units[k]
      k += 1
      guard let mark = unit.text.unicodeScalars.first, briefMarkers.contains(mark) else {
        if let (title, body, lines) = indentedTitledBrief(unit, over: units[k...]) {
          appendBrief(title, body, of: unit, endingAt: units[k + lines - 1])
          k += lines
        } else {
          out.append(unit)
        }
        continue
      }
      let item = strippingBriefMarker(unit.text)
      guard let space = item.firstIndex(of: " "), item.distance(from: item.startIndex, to: space) >= 4 else {
        out.append(unit)
        continue
      }
      let title = String(item[..<space])
      var body = String(item[item.index(after: space)...])
      guard isHeadlineLike(title, strict: true) else {
        out.append(unit)
        continue
      }
      if body.unicodeScalars.count >= 20, endsItem(body), title.count >= 8 || opensLeadlessArticle(body) {
        out.append(Unit(text: title, line: unit.line, blankBefore: unit.blankBefore))
        out.append(Unit(text: body, line: unit.line, blankBefore: false, indented: true))
      } else if body.hasAtMostScalars(19), k < units.count, !units[k].blankBefore, !units[k].indented,
        opensLeadlessArticle(body + units[k].text)
      {
        // A hard wrap cut the text's opening (`■…　8月12`, then `日起，…`): it reads on into the
        // line under it, and the title is a headline beyond doubt (its text's first line is a
        // few characters, which read as no text of their own).
        body += units[k].text
        appendBrief(title, body, of: unit, endingAt: units[k])
        k += 1
      } else if title.count >= 8, let lines = wrappedBriefLines(after: k, in: units, from: body) {
        // A page without blank lines wraps the text on over the lines under it, up to its end.
        body = units[k..<(k + lines)].reduce(body) { joiningBrokenLine($0, $1.text) }
        appendBrief(title, body, of: unit, endingAt: units[k + lines - 1])
        k += lines
      } else {
        out.append(unit)
      }
    }
    return out
  }

  /// The title and the text of a brief set without a mark as an indented paragraph, its title
  /// running on into its text behind a wide space (`　　区图书馆夜间延长开放一小时　即日起，…`), as
  /// an evening paper's column of briefs sets them, and how many of the lines under it a hard
  /// wrap carried the text on to (``wrappedBriefLines(after:in:from:)``, none when the first
  /// line ends it): the words before the first space are a headline of eight characters or
  /// more, no lead (`本报5月3日讯`), and the text read across the wrap opens as news does
  /// (``opensLeadlessArticle(_:)``) or restates the title (``restatesHeadline(_:in:)``), as a
  /// brief's first sentence does. Nil for any other paragraph.
  static func indentedTitledBrief(_ unit: Unit, over below: ArraySlice<Unit>) -> (
    title: String, text: String, lines: Int
  )? {
    guard unit.indented, let space = unit.text.utf8.prefix(124).firstIndex(of: 0x20) else { return nil }
    let title = String(unit.text[..<space])
    var text = String(unit.text[unit.text.index(after: space)...].drop { $0 == " " })
    guard title.count >= 8, isHeadlineLike(title, strict: true), !text.isEmpty, !isLead(unit.text) else { return nil }
    var lines = 0
    if !endsItem(text) {
      guard let wrapped = wrappedBriefLines(after: 0, in: Array(below.prefix(8)), from: text) else {
        return nil
      }
      lines = wrapped
      text = below.prefix(lines).reduce(text) { joiningBrokenLine($0, $1.text) }
    }
    guard text.unicodeScalars.count >= 20, opensLeadlessArticle(text) || restatesHeadline(title, in: text) else {
      return nil
    }
    return (title, text, lines)
  }

  /// How many lines under a titled brief's first line (`■区某馆开馆　10月4日，…新馆建`) a hard
  /// wrap carried its text on to, on a page that sets no blank line and no indent inside a
  /// brief: the text so far ends mid-sentence, and the lines run on, none opening a brief of
  /// its own (a mark) or a paragraph (an indent), up to the first that closes with a credit
  /// (`…展厅。（某某）`) or a full stop, eight lines at most. Nil when no such line comes.
  static func wrappedBriefLines(after k: Int, in units: [Unit], from text: String) -> Int? {
    guard !endsItem(text) else { return nil }
    var j = k
    while j < units.count, j - k < 8, !units[j].blankBefore, !units[j].indented,
      !(units[j].text.unicodeScalars.first.map(briefMarkers.contains) ?? false)
    {
      let line = units[j].text
      j += 1
      if endsWithFullStop(line) || (line.hasUTF8Suffix("）") && trailingCredit(line) != nil) { return j - k }
    }
    return nil
  }

  /// The units with each brief whose title is its first sentence behind a mark (`●青沙电站开展
  /// 消防演练。12月18日，电站…`, a company paper's column of briefs) cut into the title, a
  /// headline beyond doubt, and its text: the sentence is a short headline without a comma, and
  /// the text after it opens the way news does (``opensLeadlessArticle(_:)``), read on into the
  /// next line when a hard wrap cut it (`…演练。12月18`, then `日，电站…`).
  static func splittingSentenceTitledBriefs(_ units: [Unit]) -> [Unit] {
    guard units.contains(where: { $0.text.unicodeScalars.first.map(briefMarkers.contains) ?? false }) else {
      return units
    }
    var out: [Unit] = []
    out.reserveCapacity(units.count)
    for (k, unit) in units.enumerated() {
      let next = k + 1 < units.count && !units[k + 1].blankBefore ? units[k + 1].text : ""
      guard let (title, text) = sentenceTitledBrief(unit.text, over: next) else {
        out.append(unit)
        continue
      }
      out.append(Unit(text: title, line: unit.line, blankBefore: unit.blankBefore, marksTitle: true))
      out.append(Unit(text: text, line: unit.line, blankBefore: false, indented: true, width: unit.width))
    }
    return out
  }

  /// The title and the text of a brief whose first sentence behind a mark is its title (see
  /// ``splittingSentenceTitledBriefs(_:)``), or nil; `next` is the line under it, without a blank
  /// line between them, or empty.
  static func sentenceTitledBrief(_ line: String, over next: String) -> (title: String, text: String)? {
    guard let mark = line.unicodeScalars.first, briefMarkers.contains(mark), line.utf8.count <= 4 * 80 else {
      return nil
    }
    let item = strippingBriefMarker(line).unicodeScalars
    guard let stop = item.prefix(31).firstIndex(of: "。") else { return nil }
    let title = String(String.UnicodeScalarView(item[..<stop]))
    let text = String(String.UnicodeScalarView(item[item.index(after: stop)...])).trimmingSpaces
    guard title.unicodeScalars.count >= 6, isHeadlineLike(title, strict: true), !text.isEmpty,
      opensLeadlessArticle(text + next)
    else { return nil }
    return (title, String(text))
  }

  /// The blocks of a block page with each column of briefs cut into its briefs: a block holding
  /// two titles of briefs or more (``isBriefTitle(_:in:)``) is cut before each of them, a label
  /// over the first (`简讯`) staying with it, and each title loses its mark (`●`): the brief's
  /// credit at its end (`（某某）`) is its byline, as a headline's over a brief of its own. A
  /// column set with a blank line after each brief (`◆标题`, its text, a blank line, `◆标题`, …)
  /// holds one title a block: two such blocks in a row or more, the first perhaps under a label,
  /// the others opening with their titles behind the same mark, lose their marks too.
  static func splittingBriefColumns(_ blocks: [[Unit]]) -> [[Unit]] {
    var out: [[Unit]] = []
    out.reserveCapacity(blocks.count)
    let allTitles = blocks.map { block in
      labelledBriefTitles(in: block) ?? block.indices.filter { isBriefTitle($0, in: block) }
    }
    // The mark of a block's only brief title, and whether the title opens the block.
    let single: [(mark: Unicode.Scalar, opens: Bool)?] = blocks.indices.map { b in
      guard allTitles[b].count == 1, let k = allTitles[b].first, k <= 1,
        let mark = blocks[b][k].text.unicodeScalars.first, briefMarkers.contains(mark)
      else { return nil }
      return (mark, k == 0)
    }
    var runOfSingles = Set<Int>()
    for b in blocks.indices.dropFirst() {
      guard let this = single[b], this.opens, let above = single[b - 1], above.mark == this.mark else { continue }
      runOfSingles.insert(b - 1)
      runOfSingles.insert(b)
    }
    for (b, block) in blocks.enumerated() {
      let titles = allTitles[b]
      if runOfSingles.contains(b), let k = titles.first {
        var unmarked = block
        unmarked[k].text = strippingBriefMarker(unmarked[k].text)
        out.append(unmarked)
        continue
      }
      guard titles.count >= 2, let first = titles.first, first <= 1 else {
        out.append(block)
        continue
      }
      var unmarked = block
      for k in titles { unmarked[k].text = strippingBriefMarker(unmarked[k].text) }
      let starts = [0] + titles.dropFirst()
      for (n, start) in starts.enumerated() {
        out.append(Array(unmarked[start..<(n + 1 < starts.count ? starts[n + 1] : unmarked.count)]))
      }
    }
    return out
  }

  /// The blocks of a block page with each column of briefs without titles cut into its briefs:
  /// a block under a briefs label (`短讯`, `简讯`) whose lines, read across their hard wraps, run
  /// into two briefs or more, each closing with its credit (`…整改措施。（某某）`, the bracket
  /// perhaps wrapped, `（某` then `某）`), every brief named by its opening clause
  /// (``untitledBriefTitle(_:)``). Each brief becomes a block under its title; the label names the
  /// column, no brief.
  ///
  /// A column that sets a blank line after each brief holds its first brief under the label and
  /// each other in a block of its own: the blocks right under the label's that are each one
  /// such brief or more (``continuesUntitledBriefColumn(_:)``) are the column's too, and the
  /// label's block may hold its one brief alone, its lines joined (see
  /// ``joiningWrappedParagraphs(_:)``).
  ///
  /// A section's label (`乡镇动态`) heads such a column too when briefs behind bullets run under
  /// it (``bulletedBriefs(_:least:)``), each wrapped over two lines or more as a narrow column
  /// wraps its briefs (one line a bullet is a list the label titles), perhaps set right under
  /// the item above in its block (``untitledBriefColumnLabel(in:)``): that item keeps the lines
  /// over the label.
  static func splittingUntitledBriefColumns(_ blocks: [[Unit]]) -> [[Unit]] {
    let labels = blocks.map(untitledBriefColumnLabel(in:))
    guard labels.contains(where: { $0 != nil }) else { return blocks }
    var out: [[Unit]] = []
    out.reserveCapacity(blocks.count + 4)
    var b = 0
    while b < blocks.count {
      let block = blocks[b]
      let label = labels[b]
      b += 1
      guard let label else {
        out.append(block)
        continue
      }
      var lines = block[(label + 1)...]
      var end = b
      while end < blocks.count, continuesUntitledBriefColumn(blocks[end]) {
        lines += blocks[end]
        end += 1
      }
      guard let briefs = untitledBriefs(lines),
        isBriefsLabel(block[label].text) || isBriefsColumnLabel(block[label].text)
          || briefs.allSatisfy({ $0.count >= 3 })
      else {
        out.append(block)
        continue
      }
      if label > 0 { out.append(Array(block[..<label])) }
      out.append(contentsOf: briefs)
      b = end
    }
    return out
  }

  /// Where the label of a column of untitled briefs stands in a block, or nil: a briefs label
  /// (`简讯`, `短讯`) opening the block, or a section's label (``isSectionLabel(_:)``, `乡镇动态`)
  /// over a line behind a bullet (`■…`), opening the block or right under a line that closes
  /// the item above (`通讯员 某某 摄`, `（记者 某某）`; ``isClosingCredit(_:)``), as a page sets
  /// a column of briefs at the foot of a photo or an article without a blank line between.
  /// Whether briefs run under the label is asked by the caller.
  static func untitledBriefColumnLabel(in block: [Unit]) -> Int? {
    guard block.count >= 2 else { return nil }
    if isBriefsLabel(block[0].text) || isBriefsColumnLabel(block[0].text) { return 0 }
    return block.indices.dropLast().first { l in
      block[l + 1].text.unicodeScalars.first.map(briefMarkers.contains) == true && isSectionLabel(block[l].text)
        && (l == 0 || isClosingCredit(block[l - 1].text))
    }
  }

  /// Whether a block under a column of untitled briefs set apart by blank lines is more of its
  /// briefs: its lines are briefs, each closing with its credit, and its first line is as wide
  /// as any under it (within an ideograph), as a hard wrap fills a brief's first line, where a
  /// headline over an article's text stops short of the column's edge.
  static func continuesUntitledBriefColumn(_ block: [Unit]) -> Bool {
    block.dropFirst().allSatisfy { $0.width <= block[0].width + 2 } && untitledBriefs(block[...], least: 1) != nil
  }

  /// The briefs of a column without titles (see ``splittingUntitledBriefColumns(_:)``), each a
  /// block of its title and its lines, or nil when the lines are no such column (fewer than
  /// `least` briefs, or lines after the last brief's credit).
  static func untitledBriefs(_ lines: ArraySlice<Unit>, least: Int = 2) -> [[Unit]]? {
    if let first = lines.first, first.text.unicodeScalars.first.map(briefMarkers.contains) == true {
      return bulletedBriefs(lines, least: least)
    }
    // (Briefs whose titles were cut from their lines, `【…】…`, or stand behind marks, `■…`, have
    // titles.)
    guard
      !lines.contains(where: { $0.marksTitle || ($0.text.unicodeScalars.first.map(briefMarkers.contains) ?? false) })
    else { return nil }
    var briefs: [[Unit]] = []
    var start = lines.startIndex
    var text = ""
    for k in lines.indices {
      text = text.isEmpty ? lines[k].text : joiningBrokenLine(text, lines[k].text)
      guard closesWithCredit(text) else { continue }
      // (A line set flush over an indented one is a title over its text.)
      guard let title = untitledBriefTitle(text), !(k > start && !lines[start].indented && lines[start + 1].indented)
      else { return nil }
      let head = Unit(text: title, line: lines[start].line, blankBefore: true, marksTitle: true)
      briefs.append([head] + lines[start...k])
      start = k + 1
      text = ""
    }
    return briefs.count >= least && text.isEmpty ? briefs : nil
  }

  /// The briefs of a column without titles that sets each brief behind a bullet (`●…`, no credit
  /// closing it; see ``untitledBriefs(_:least:)``), each a block of its title and its lines, the
  /// bullet dropped: a brief runs from its bullet to the next, its first line filled to the
  /// column's width as a hard wrap fills it (a short line behind a bullet is a brief's title,
  /// `■…`), its text a finished sentence named by its opening clause (``untitledBriefTitle(_:)``).
  /// Nil when the lines are no such column (fewer than `least` briefs).
  static func bulletedBriefs(_ lines: ArraySlice<Unit>, least: Int) -> [[Unit]]? {
    let starts = lines.indices.filter { lines[$0].text.unicodeScalars.first.map(briefMarkers.contains) == true }
    guard starts.count >= least, !lines.contains(where: \.marksTitle) else { return nil }
    var briefs: [[Unit]] = []
    for (n, start) in starts.enumerated() {
      let end = n + 1 < starts.count ? starts[n + 1] : lines.endIndex
      guard end - start < 2 || lines[start].width + 2 >= lines[start + 1].width else { return nil }
      var brief = Array(lines[start..<end])
      brief[0].text = strippingBriefMarker(brief[0].text)
      let text = brief.dropFirst().reduce(brief[0].text) { joiningBrokenLine($0, $1.text) }
      guard text.hasUTF8Suffix("。"), let title = untitledBriefTitle(text) else { return nil }
      briefs.append([Unit(text: title, line: brief[0].line, blankBefore: true, marksTitle: true)] + brief)
    }
    return briefs
  }

  /// The title of a brief behind a bullet on a page without blank lines whose first line a hard
  /// wrap cut (`▲区某馆阅读季日前启动，今`, then `年将举办…`; `●某市日前获批建设省级`, then
  /// `跨境电商综合试验区，目前…`): the line at `k` runs to the page's wrap width (`margin`) without
  /// ending a sentence, on into a line of the same paragraph (no indent, no headline) that opens
  /// no news item of its own, so it is no title over text but the brief's first line, and the
  /// brief's opening clause read across the wrap names it (``untitledBriefTitle(_:)``), as in a
  /// block page's column (``bulletedBriefs(_:least:)``). Nil for any other line.
  static func wrappedBriefTitle(at k: Int, in units: [Unit], _ headlineLines: [Int], margin: Int?) -> String? {
    guard let margin, k + 1 < units.count, abs(units[k].width - margin) <= 4,
      units[k].text.unicodeScalars.first.map(briefMarkers.contains) == true, !units[k + 1].blankBefore,
      !units[k + 1].indented, headlineLines[k + 1] == 0, !endsSentence(units[k].text)
    else { return nil }
    let next = units[k + 1].text
    guard !isAnchor(next), !opensLikeNewsItem(next), !opensWithTimeWord(next) else { return nil }
    return untitledBriefTitle(joiningBrokenLine(strippingBriefMarker(units[k].text), next))
  }

  /// The title of the next brief in a column of untitled briefs behind bullets, hard-wrapped on a
  /// page without blank lines (`●区某中心启用,中`, …, then `●区某局开展督查,`): the line at `i`
  /// opens with the column's bullet right after a line that ends a sentence (the brief before
  /// finished), and its opening clause, read across the wrap, names it (``untitledBriefTitle(_:)``).
  /// Nil for any other line.
  static func nextBulletedBriefTitle(
    at i: Int, behind bullet: Unicode.Scalar, after paragraphs: [String], in units: [Unit]
  ) -> String? {
    guard units[i].text.unicodeScalars.first == bullet, let last = paragraphs.last, endsSentence(last) else {
      return nil
    }
    var text = strippingBriefMarker(units[i].text)
    if i + 1 < units.count, !units[i + 1].indented, !units[i + 1].blankBefore,
      units[i + 1].text.unicodeScalars.first != bullet
    {
      text = joiningBrokenLine(text, units[i + 1].text)
    }
    return untitledBriefTitle(text)
  }

  /// The blocks of a block page with each block of titled items that close with their credits
  /// cut into its items: a block under a headline is cut before each headline line
  /// (``titlesCreditedItem(_:in:)``) that follows a line closing with a credit (`…明显提高。
  /// （通讯员 某某）`), as a column of short items set without blank lines between them runs.
  static func splittingCreditClosedItems(_ blocks: [[Unit]]) -> [[Unit]] {
    var out: [[Unit]] = []
    out.reserveCapacity(blocks.count)
    for block in blocks {
      let titles = block.indices.dropFirst(2).filter { titlesCreditedItem($0, in: block) }
      guard !titles.isEmpty, isHeadlineLike(block[0].text, strict: false) else {
        out.append(block)
        continue
      }
      let starts = [0] + titles
      for (n, start) in starts.enumerated() {
        out.append(Array(block[start..<(n + 1 < starts.count ? starts[n + 1] : block.count)]))
      }
    }
    return out
  }

  /// Whether the unit at `k` of a block titles an item of its own after an item that closed with
  /// its credit: a headline line (no bracketed note, no credit) right under a line that closes
  /// with a credit, over a line of text that reads as no headline.
  static func titlesCreditedItem(_ k: Int, in block: [Unit]) -> Bool {
    k >= 1 && k + 1 < block.count && closesWithCredit(block[k - 1].text) && isStandaloneHeadline(block[k].text)
      && !isHeadlineLike(block[k + 1].text, strict: true)
  }

  /// The titles of the briefs in a block under a briefs column's label (`简讯`, then a title over
  /// its text, another, …) on a page that indents its paragraphs and not its headlines: the line
  /// under the label and each unindented headline line after a finished item (a stop, a credit)
  /// over an indented line, as a reader sees where each brief starts. Nil for any other block,
  /// or one with fewer than two such titles.
  static func labelledBriefTitles(in block: [Unit]) -> [Int]? {
    guard block.count >= 5, !block[0].indented, isBriefsColumnLabel(block[0].text), !block[1].indented,
      block[2].indented, isStandaloneHeadline(block[1].text)
    else { return nil }
    let titles =
      [1]
      + (3..<(block.count - 1)).filter { k in
        !block[k].indented && block[k + 1].indented && endsItem(block[k - 1].text)
          && isStandaloneHeadline(block[k].text)
      }
    return titles.count >= 2 ? titles : nil
  }

  /// Whether the unit at `k` of a block titles a brief: a headline beyond doubt (cut from its
  /// brief's first line) over any line, or a headline behind a mark (`●县人社局举办冬季专场招聘会`)
  /// over a line of text that reads as no headline.
  static func isBriefTitle(_ k: Int, in block: [Unit]) -> Bool {
    guard k + 1 < block.count else { return false }
    if block[k].marksTitle { return true }
    if titlesIndentedBrief(k, in: block) { return true }
    return !isHeadlineLike(block[k + 1].text, strict: true) && opensBriefs(block[k].text)
      && isStandaloneHeadline(strippingBriefMarker(block[k].text))
  }

  /// Whether the unit at `k` of a block under a briefs column's label (`快讯`, `简讯`) titles a
  /// brief set without a mark: a headline line set flush, as the label is, right under the label
  /// or under a line that ends a sentence (the brief above has ended), over an indented line,
  /// as each brief of such a column opens its paragraph (its first line, cut by a hard wrap, may
  /// read like a headline: the indent says it is text).
  static func titlesIndentedBrief(_ k: Int, in block: [Unit]) -> Bool {
    k >= 1 && !block[k].indented && block[k + 1].indented && !block[0].indented
      && (isBriefsLabel(block[0].text) || isBriefsColumnLabel(block[0].text))
      && (k == 1 || endsSentence(block[k - 1].text)) && isStandaloneHeadline(block[k].text)
  }
}
