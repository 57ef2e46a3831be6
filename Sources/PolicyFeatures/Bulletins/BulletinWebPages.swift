import PolicyCore

/// What a web page or a government site saved as text wraps its article in: where the page sits on
/// its site (location lines, site headers), its menus, tool and paging links, link bars, links to
/// the original or to related files, prompts to scan a code, and the publishing line with its time
/// and source.
extension BulletinSplitter {
  /// Whether a line only links to where an item was first published (`原文：https://…`,
  /// `🔗原文链接：http://…`), as a forwarded roundup sets it under each item.
  static func isOriginalLinkLine(_ text: String) -> Bool {
    guard text.utf8.count <= 300, text.containsUTF8("原文") else { return false }
    let label = text.unicodeScalars.drop { isPictograph($0) || $0 == "\u{FE0F}" || $0 == " " }
    for head in ["原文：", "原文:", "原文链接：", "原文链接:"] where label.starts(with: head.unicodeScalars) {
      let link = String(String.UnicodeScalarView(label.dropFirst(head.unicodeScalars.count))).trimmingSpaces
      return (link.hasPrefix("http://") || link.hasPrefix("https://")) && !link.containsUTF8(" ")
    }
    return false
  }

  /// Lines a web page or a public account's post wraps its text in: where the page sits,
  /// tool links, sharing and paging links, the site's notices, the account's calls to follow.
  /// Every test starts with a byte check that body lines fail.
  static func isWebChrome(_ text: String) -> Bool {
    if let first = text.unicodeScalars.first, webChromeHeads.contains(first),
      webChromeOpenings.contains(where: { text.hasUTF8Prefix($0) })
    {
      return true
    }
    guard text.utf8.count <= 150 else { return false }
    if containsWebChromeWord(text) || isDocumentFieldsLine(text) { return true }
    // A breadcrumb: `首页 > 政务公开 > 部门动态`.
    if text.containsUTF8(">") || text.containsUTF8("＞") || text.containsUTF8("»") {
      let steps = text.split(whereSeparator: { $0 == ">" || $0 == "＞" || $0 == "»" })
      if steps.count >= 3, hasNoStopOrComma(text) {
        return true
      }
      // Or a site and its column only: `青溪新闻网 > 本地要闻`.
      let names = steps.map { $0.filter { $0 != " " } }
      if names.count == 2, let site = names.first, ["网", "网站", "首页", "主页"].contains(where: site.hasSuffix),
        names.allSatisfy({ $0.count >= 2 && $0.count <= 12 && isHeadlineLike(String($0), strict: true) })
      {
        return true
      }
    }
    // A post's buttons, perhaps with their counts: `分享 收藏 点赞 在看`, `赞 112 在看 37`, perhaps
    // after its read count (`阅读 1.3万 分享 在看 点赞`), or the reader's own (`写留言`).
    if text.containsUTF8(" ") {
      var words = text.split(separator: " ")[...]
      if words.count >= 3, words[0] == "阅读", isPostCount(words[1]) { words = words.dropFirst(2) }
      if words.count >= 2, words.allSatisfy({ postButtons.contains($0) || isPostCount($0) }),
        postButtons.contains(words[words.startIndex])
      {
        return true
      }
      // A news app's prompts over or under its item: `打开APP`, `下载客户端　查看更多评论`.
      if words.count <= 3, words.allSatisfy(appPrompts.contains) {
        return true
      }
    } else if text.utf8.count <= 24, loneButtons.contains(text) || appPrompts.contains(Substring(text)) {
      return true
    }
    if isLinkBar(text) || isPagingBar(text) || isAppTabRow(text) { return true }
    if isScanPrompt(text) { return true }
    // A post's read count: `阅读 1.3万`, `阅读量：2045`.
    if text.hasUTF8Prefix("阅读"), text.hasAtMostScalars(12),
      text.unicodeScalars.dropFirst(2).contains(where: { $0.properties.numericType != nil })
    {
      return true
    }
    // The site's name over the page: `白鹭区人民政府门户网站`.
    if text.utf8.count <= 60, ["门户网站", "政府网", "政府网站", "官方网站"].contains(where: text.hasUTF8Suffix) { return true }
    // A line of tool links only: `【打印本页】【关闭窗口】`, perhaps after the editor's credit
    // (`【责任编辑：王某】【打印】【关闭】`).
    guard text.hasUTF8Prefix("【"), text.hasUTF8Suffix("】") else { return false }
    var tools = 0
    var credits = 0
    let onlyTools = text.split(whereSeparator: { $0 == "【" || $0 == "】" }).allSatisfy {
      let tool = String($0.filter { $0 != " " })
      if tool.isEmpty { return true }
      if webTools.contains(tool) {
        tools += 1
        return true
      }
      credits += 1
      return isStaffCredit(String($0))
    }
    return onlyTools && (credits == 0 || tools > 0)
  }

  /// Whether a line only asks the reader to scan the code printed beside it (`扫码看视频`,
  /// `扫描二维码观看`, `扫一扫 了解更多`): a short line that opens so, with no sentence in it.
  static func isScanPrompt(_ text: String) -> Bool {
    guard text.hasAtMostScalars(20), text.hasUTF8Prefix("扫") else { return false }
    return ["扫码", "扫描二维码", "扫一扫", "扫描下方二维码"].contains(where: text.hasUTF8Prefix)
      && hasNoStopOrComma(text)
  }

  /// Whether a line is a bar of links: short items between `|` bars (`无障碍浏览 | 长者模式 | 登录`,
  /// `联系我们 | 网站地图`), or a site's menu or paging links (`首页 政务公开 政务服务 …`, `共4条记录
  /// 首页 上一页 1 下一页 尾页`), with no sentence in it.
  static func isLinkBar(_ text: String) -> Bool {
    // Every bar has a `|` or its site's home, login or search link: most lines have none.
    let barred = text.containsUTF8("|") || text.containsUTF8("｜")
    guard barred || text.containsUTF8("首页") || text.containsUTF8("登录") || text.containsUTF8("搜索") else {
      return false
    }
    guard !text.unicodeScalars.contains(where: { innerStops.contains($0) || $0 == "，" }) else { return false }
    let bars = text.split(whereSeparator: { $0 == "|" || $0 == "｜" })
    // (A news app's channel line sets its place behind a wide bar too: `地方频道 ｜ 某县`.)
    if bars.count >= 3 || (bars.count == 2 && (text.containsUTF8(" | ") || text.containsUTF8(" ｜ "))) {
      let items = bars.map { $0.split(separator: " ").joined() }
      if items.allSatisfy({ $0.count <= 12 }) { return true }
    }
    return siteWords.filter { text.containsUTF8($0) }.count >= 2
  }

  /// Whether a line is a news app's row of tabs over its channel (`推荐　要闻　本地　视频`): three
  /// words or more apart, each of two to four ideographs, half of them at least the tabs apps
  /// name alike (``appTabs``).
  static func isAppTabRow(_ text: String) -> Bool {
    // (Ideographs take three bytes from 0xE4 on: a byte test before any split.)
    guard text.utf8.count <= 120, let lead = text.utf8.first, lead >= 0xE4, text.containsUTF8(" ") else { return false }
    // Words read off the bytes: two to four three-byte characters each, then their scalars.
    let words = text.utf8.split(separator: 0x20)
    guard words.count >= 3, words.allSatisfy({ (6...12).contains($0.count) && $0.count % 3 == 0 }) else { return false }
    let names = words.map { Substring($0) }
    guard names.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isMainBlockIdeograph) }) else { return false }
    return names.filter(appTabs.contains).count * 2 >= names.count
  }

  /// Tabs news apps set over their channels (see ``isAppTabRow(_:)``).
  static let appTabs: Set<Substring> = ["推荐", "要闻", "本地", "视频", "关注", "热点", "直播", "图片", "时政", "民生", "专题"]

  /// Whether a line is only an e-paper's paging links (`上一版　下一版　返回目录`, `上一篇 下一篇`):
  /// two words or more, each one of ``pagingLinks``.
  static func isPagingBar(_ text: String) -> Bool {
    guard text.utf8.count <= 80, text.hasUTF8Prefix("上") || text.hasUTF8Prefix("下") || text.hasUTF8Prefix("返")
    else { return false }
    let words = text.split(separator: " ")
    return words.count >= 2 && words.allSatisfy { pagingLinks.contains(String($0)) }
  }

  /// The paging links of an e-paper or a site (see ``isPagingBar(_:)``).
  static let pagingLinks: Set<String> = [
    "上一版", "下一版", "上一篇", "下一篇", "上一页", "下一页", "返回目录", "返回首页", "返回", "版面导航", "本版目录",
  ]

  /// Words of a site's menus and paging links (see ``isLinkBar(_:)``).
  static let siteWords = [
    "首页", "上一页", "下一页", "尾页", "登录", "注册", "搜索", "网站地图", "联系我们", "无障碍", "长者模式", "政务公开", "政务服务",
    "政民互动", "请输入关键词",
  ]

  /// How navigation, sharing and paging lines open (see ``isWebChrome(_:)``): a link to the
  /// previous or next item may set its label in brackets (`【上一篇】…`).
  static let webChromeOpenings = [
    "当前位置：", "当前位置:", "您的位置：", "您的位置:", "您现在的位置", "分享到", "上一篇：", "上一篇:", "下一篇：", "下一篇:",
    "【字体：", "【字体:", "字体：大", "字体:大", "字号：", "字号:", "【字号", "主持人：", "主持人:", "【主持人", "主办：", "主办:",
    "主办单位：", "承办：",
    "承办:", "【上一篇】", "【下一篇】",
  ]

  /// ``webChromeWords`` by their first character: a line is searched for the words that start
  /// with one of its characters, not for every word.
  static let webChromeWordHeads = ScalarBitmap(webChromeWords.compactMap(\.unicodeScalars.first))

  /// Whether a line holds one of ``webChromeWords``: searched only for the words that start with
  /// one of its characters (a bitmap test per character, the words of each such character looked
  /// up once).
  static func containsWebChromeWord(_ text: String) -> Bool {
    var searched: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars where webChromeWordHeads.contains(scalar) && !searched.contains(scalar) {
      searched.append(scalar)
      if let words = webChromeWordsByHead[scalar], words.contains(where: { text.containsUTF8($0) }) { return true }
    }
    return false
  }

  /// ``webChromeWords`` by their first character.
  static let webChromeWordsByHead = Dictionary(grouping: webChromeWords, by: { $0.unicodeScalars.first ?? " " })

  /// The first characters of ``webChromeOpenings``.
  static let webChromeHeads = ScalarBitmap(webChromeOpenings.compactMap(\.unicodeScalars.first))

  /// Words of a short line that only a site or an account prints (see ``isWebChrome(_:)``).
  static let webChromeWords = [
    "版权所有", "ICP备", "网站标识码", "公网安备", "技术支持：", "点击蓝字", "阅读原文", "扫码关注", "长按识别", "长按二维码",
    "索引号", "发布机构", "主题分类", "公开方式", "成文日期", "生成日期", "所在的位置", "当前位置", "主办单位", "承办单位",
    "扫一扫", ".pdf", ".doc", ".xls", ".wps", "关注我们", "预览时标签不可点",
  ]

  /// Labels of the particulars an open-government page sets over a document in a table (`信息分类：…`,
  /// `发文机关：…`, `文号：…`, `有效性：…`), which a copy gives line by line, one or two fields a line
  /// (see ``isDocumentFieldsLine(_:)``).
  static let documentFieldLabels = [
    "信息分类", "发文机关", "发文字号", "文号", "有效性", "时效性", "效力状态", "公开范围", "公开形式", "公文种类", "体裁分类", "组配分类",
  ]

  /// The first characters of ``documentFieldLabels``.
  static let documentFieldHeads = ScalarBitmap(documentFieldLabels.compactMap(\.unicodeScalars.first))

  /// Whether a short line is a row of a document's particulars on an open-government page
  /// (`文号：某住建发〔2027〕6号`, `信息分类：城乡建设\通知　有效性：有效`): it opens with the label of
  /// such a field (``documentFieldLabels``) and a colon, and holds no sentence or clause. The
  /// site sets them; the document's title follows them.
  static func isDocumentFieldsLine(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, documentFieldHeads.contains(first),
      let label = documentFieldLabels.first(where: { text.hasUTF8Prefix($0) })
    else { return false }
    let rest = text.utf8.dropFirst(label.utf8.count)
    return (rest.starts(with: "：".utf8) || rest.first == UInt8(ascii: ":")) && hasNoStopOrComma(text)
  }

  /// The issuing office a row of a document's particulars names (`发文机关：某区住房和城乡建设局`,
  /// ``isDocumentFieldsLine(_:)``), first on the line or after another field; nil for any other
  /// line. The office publishes its document and the explanation under it on its government's
  /// site: a source naming it there credits no one, as the site's own news does not.
  static func documentIssuer(_ text: String) -> String? {
    guard text.containsUTF8("发文机关"), isDocumentFieldsLine(text),
      let field = text.split(separator: " ").first(where: { $0.hasPrefix("发文机关：") || $0.hasPrefix("发文机关:") })
    else { return nil }
    let office = field.unicodeScalars.dropFirst(5)
    return office.count >= 2 ? String(String.UnicodeScalarView(office)) : nil
  }

  /// Tool links of a saved page.
  static let webTools: Set<String> = [
    "打印本页", "打印", "关闭窗口", "关闭", "收藏", "字体：大中小", "字体:大中小", "返回顶部", "打印本文", "返回目录", "返回", "往期回顾",
    "上一版", "下一版", "PDF版", "上一篇", "下一篇",
  ]

  /// The line without the tool links a saved page sets in square brackets (`[往期回顾]`,
  /// `[上一版]`), which may share a line with the date or the page's name.
  static func removingToolLinks(_ text: String) -> String {
    guard text.containsUTF8("[") else { return text }
    var out = text
    for tool in webTools {
      out = out.replacingOccurrences(of: "[" + tool + "]", with: "")
    }
    return collapseSpaces(Substring(out))
  }

  /// Whether a line tells where a saved page sits on its site (`当前位置：首页 > 工作动态`,
  /// `您的位置：…`, `您当前的位置：…`, or the trail alone, `首页 > 工作动态`): the line under the
  /// site's header. A label addressing the
  /// reader (`您…`) ends in `位置` before its colon.
  static func isLocationLine(_ text: String) -> Bool {
    if text.hasUTF8Prefix("当前位置") || text.hasUTF8Prefix("所在位置") { return true }
    // An unlabelled trail from the site's home page (`首页 > 新闻中心 > 新闻发布会`).
    if text.hasUTF8Prefix("首页"), let mark = text.unicodeScalars.dropFirst(2).first(where: { $0 != " " }),
      ">＞»›".unicodeScalars.contains(mark), hasNoStopOrComma(text)
    {
      return true
    }
    guard text.hasUTF8Prefix("您"), text.containsUTF8("位置"),
      let colon = text.unicodeScalars.prefix(10).firstIndex(where: { $0 == "：" || $0 == ":" })
    else { return false }
    return String(String.UnicodeScalarView(text.unicodeScalars[..<colon])).hasUTF8Suffix("位置")
  }

  /// Whether the lines over a saved page's location line (``isLocationLine(_:)``) are only the
  /// site's header: a few short lines (the site's name, its name in letters, a search box),
  /// with no sentence or clause among them.
  static func isSiteHeader(_ units: [Unit]) -> Bool {
    !units.isEmpty && units.count <= 4
      && units.allSatisfy { unit in
        unit.text.utf8.count <= 90
          && hasNoStopOrComma(unit.text)
      }
  }

  /// A publishing line (``isPublishingLine(_:)``) without its source when the source is the site
  /// itself (`来源：桐安市某局` on the bureau's own site): the site's own news credits no one. Nil when
  /// the source is another's, or the line would no longer give publishing details without it.
  static func withoutOwnSource(_ text: String, site: String) -> String? {
    guard let source = publishingCredit(text),
      source == site || isOwnOffice(source, site: site) || isGovernmentsOwnOffice(source, site: site),
      !text.containsUTF8("作者")
    else { return nil }
    for head in ["来源：", "来源:"] where text.containsUTF8(head + source) {
      let rest = collapseSpaces(Substring(text.replacingOccurrences(of: head + source, with: "")))
      return isPublishingLine(rest) ? rest : nil
    }
    return nil
  }

  /// Whether a source names the government's own office (`某市人民政府新闻办公室`) on its site named
  /// as a site (`某市人民政府网`, `…门户网站`): the source opens with the government's full name.
  static func isGovernmentsOwnOffice(_ source: String, site: String) -> Bool {
    guard let suffix = ["门户网站", "网站", "网"].first(where: site.hasUTF8Suffix) else { return false }
    let government = String(site.unicodeScalars.dropLast(suffix.unicodeScalars.count))
    return government.hasUTF8Suffix("人民政府") && source.hasUTF8Prefix(government)
  }

  /// Whether a source names an office of the government whose site it is (`柳湾镇党政办` on
  /// `石门县柳湾镇人民政府`'s): the site is a people's government's, and the source opens with the
  /// place it governs, down to its own level (`柳湾镇`), before the office's name.
  static func isOwnOffice(_ source: String, site: String) -> Bool {
    guard site.hasUTF8Suffix("人民政府"),
      let level = source.unicodeScalars.prefix(8).firstIndex(where: { "镇乡县区市".unicodeScalars.contains($0) })
    else { return false }
    let place = String(String.UnicodeScalarView(source.unicodeScalars[...level]))
    return place.unicodeScalars.count >= 3 && source.unicodeScalars.count > place.unicodeScalars.count + 1
      && String(site.unicodeScalars.dropLast(4)).hasUTF8Suffix(place)
  }

  /// Whether the units from `label` on are a list of links at the foot of a saved page: a
  /// label of links (`相关链接：`) over two or more short lines with no sentence or clause in
  /// them, each behind a `·` as sites list links, and nothing after them.
  static func isFootLinkList(_ units: ArraySlice<Unit>) -> Bool {
    guard let label = units.first, isInsetLabel(label.text), units.count >= 3 else { return false }
    return units.dropFirst().allSatisfy { unit in
      let text = unit.text
      return text.utf8.count <= 120 && (text.hasUTF8Prefix("·") || text.hasUTF8Prefix("•"))
        && hasNoStopOrComma(text)
    }
  }

  /// Whether a line is a saved page's link to the documents its article concerns, as a site
  /// sets it under the article (`相关文件：某某市防汛应急预案（2026年修订）`, `相关附件：…`): the
  /// label and a document's name, with no sentence in it.
  static func isRelatedFilesLink(_ text: String) -> Bool {
    guard text.utf8.count <= 150, relatedFilesLabels.contains(where: text.hasUTF8Prefix) else { return false }
    return hasNoStopOrComma(text)
  }

  /// The labels of a saved page's links to related documents (see ``isRelatedFilesLink(_:)``).
  static let relatedFilesLabels = ["相关文件：", "相关文件:", "相关附件：", "相关附件:", "附件下载：", "附件下载:"]

  /// Whether a line gives a web item's publishing details (`发布时间：2025-08-08 09:12　来源：区生态
  /// 环境局　浏览次数：312`, `信息来源：县农业农村局　作者：刘芳　发布日期：…`, `发布时间：…　【字体：大 中 小】`):
  /// it stands between the
  /// item's title and its text as a credit line does.
  static func isPublishingLine(_ text: String) -> Bool {
    guard text.utf8.count <= 300 else { return false }
    if isStampedSourceLine(text) { return true }
    guard text.containsUTF8("发布") else { return false }
    let hasDate = text.containsUTF8("发布时间") || text.containsUTF8("发布日期")
    // (A government site sets its font-size switch on the line too: `【字体：大 中 小】`.)
    let hasSource = ["来源", "作者", "浏览", "点击", "阅读", "字体："].contains { text.containsUTF8($0) }
    return hasDate && hasSource
  }

  /// How many of `lines`, from the first (or, `fromEnd`, from the last), give a web item's
  /// publishing details a field or a few a line, as a site sets them under the title
  /// (`发布日期：2026年03月19日` over `信息来源：某局`) or under the text (`作者：某某` over
  /// `发布时间：…　来源：…`): each line opens with a publishing field's label (``publishingFieldLabels``)
  /// and holds no sentence, and together they make a publishing line (``isPublishingLine(_:)``).
  /// Zero when they do not, or when one line alone stands under a title (a publishing line there
  /// is read as it is).
  static func publishingFieldLines(_ lines: [String], fromEnd: Bool = false) -> Int {
    func isFields(_ text: String) -> Bool {
      text.utf8.count <= 4 * 60 && publishingFieldLabels.contains(where: text.hasUTF8Prefix) && hasNoStopOrComma(text)
    }
    let run =
      fromEnd ? Array(lines.reversed().prefix(while: isFields).reversed()) : Array(lines.prefix(while: isFields))
    guard run.count >= (fromEnd ? 1 : 2), run.count < lines.count, isPublishingLine(run.joined(separator: " ")) else {
      return 0
    }
    return run.count
  }

  /// Whether a line is only a web item's date of publishing, labelled (`发布日期：2026年03月19日`,
  /// `发布时间：2026-03-19 09:30`), as a site sets it on a line of its own.
  static func isPublishingDateField(_ text: String) -> Bool {
    guard text.hasUTF8Prefix("发布日期") || text.hasUTF8Prefix("发布时间"), text.hasAtMostScalars(30) else { return false }
    return (try? DateExtraction.date(fromHeaderLine: text)) != nil
  }

  /// The labels that open a line of a web item's publishing fields (see ``publishingFieldLines(_:fromEnd:)``).
  static let publishingFieldLabels = [
    "发布日期：", "发布日期:", "发布时间：", "发布时间:", "信息来源：", "信息来源:", "来源：", "来源:", "作者：", "作者:",
    "浏览次数：", "浏览次数:",
  ]

  /// Whether a line right under a title gives the item's publishing details: a publishing line
  /// (``isPublishingLine(_:)``), or one naming only the outlet the item was taken from
  /// (`来源：某某日报`), as a pasted item sets it there. At an item's foot such a line is its
  /// closing source (``sourceLine(_:)``), so it anchors no title elsewhere.
  static func isPublishingLineUnderTitle(_ text: String) -> Bool {
    isPublishingLine(text) || isBareSourceLine(text)
  }

  /// Whether a line names only the outlet an item was taken from (`来源：某某日报`): a source line
  /// (``sourceLine(_:)``) labelled `来源`, with no time or other field.
  static func isBareSourceLine(_ text: String) -> Bool {
    (text.hasUTF8Prefix("来源：") || text.hasUTF8Prefix("来源:")) && sourceLine(text) != nil
  }

  /// A reporters' credit under a publishing line without the outlet the line already names as the
  /// item's source (`某某日报全媒体记者 王某`, under `…来源：某某日报客户端`, is `全媒体记者 王某`): the
  /// source says where the item came from, the credit who wrote it.
  static func withoutRepeatedOutlet(_ credit: String, under publishing: String) -> String {
    let role = String(credit.prefix { $0 != " " })
    guard role.utf8.count < credit.utf8.count, !creditRoles.contains(role),
      let own = creditRoles.first(where: role.hasUTF8Suffix)
    else { return credit }
    let outlet = String(role.unicodeScalars.dropLast(own.unicodeScalars.count))
    guard outlet.unicodeScalars.count >= 2,
      publishing.containsUTF8("来源：" + outlet) || publishing.containsUTF8("来源:" + outlet)
    else { return credit }
    return own + credit.dropFirst(role.count)
  }

  /// Whether a line is a news site's item line: the time it went up, unlabelled
  /// (`2026-03-02 08:15`), then its source or reporters (`来源：某某新闻网　记者：王某`); or, as a
  /// news app sets it, the source first and the time last (`来源：某某融媒体中心　2026-03-02 08:15`),
  /// with no sentence between; or the outlet's name unlabelled before the time
  /// (`某某融媒 2026-03-02 08:15`), as another app sets it.
  static func isStampedSourceLine(_ text: String) -> Bool {
    if endsWithTimestamp(text), isOutletName(text.utf8.dropLast(17)) { return true }
    guard text.containsUTF8("来源") || text.containsUTF8("记者：") else { return false }
    if startsWithTimestamp(text) { return true }
    return (text.hasUTF8Prefix("来源：") || text.hasUTF8Prefix("来源:")) && text.utf8.count <= 4 * 40
      && endsWithTimestamp(text) && hasNoStopOrComma(text)
  }

  /// Whether bytes are an outlet's name alone, as an app's item line sets it before the time
  /// (`某某融媒`): two to sixteen ideographs, no space or mark.
  static func isOutletName(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
    guard (6...48).contains(bytes.count), let name = String(bytes) else { return false }
    return name.unicodeScalars.allSatisfy(\.isMainBlockIdeograph)
  }

  /// Whether a line ends with a date and clock time in figures after a space
  /// (`… 2026-03-02 08:15`).
  static func endsWithTimestamp(_ text: String) -> Bool {
    // Most lines end otherwise than in a digit: no bytes copied for them.
    guard let last = text.utf8.last, (0x30...0x39).contains(last) else { return false }
    let bytes = Array(text.utf8.suffix(17))
    return bytes.count == 17 && bytes[0] == 0x20 && isTimestamp(bytes.dropFirst())
  }

  /// Whether a line opens with a date and clock time in figures (`2026-03-02 08:15`).
  static func startsWithTimestamp(_ text: String) -> Bool {
    isTimestamp(Array(text.utf8.prefix(20))[...])
  }

  /// Whether bytes open with a date and clock time in figures (`2026-03-02 08:15`).
  static func isTimestamp(_ stamp: ArraySlice<UInt8>) -> Bool {
    let bytes = Array(stamp)
    func digits(_ from: Int, _ count: Int) -> Bool {
      from + count <= bytes.count && bytes[from..<(from + count)].allSatisfy { (0x30...0x39).contains($0) }
    }
    guard bytes.count >= 16, digits(0, 4), bytes[4] == 0x2D, digits(5, 2), bytes[7] == 0x2D, digits(8, 2),
      bytes[10] == 0x20, digits(11, 2), bytes[13] == 0x3A, digits(14, 2)
    else { return false }
    return true
  }

  /// Whether a line is one of the fields an event's record sets under its publishing line (a
  /// press conference's `时间：…`, `地点：…`, `发布人：…`, `嘉宾：…`): a label and its value, no
  /// sentence. Like the publishing line, they are details of the record, no text.
  static func isEventField(_ text: String) -> Bool {
    // (Speakers may be listed with semicolons between them.)
    text.utf8.count <= 4 * 60 && eventFieldLabels.contains(where: text.hasUTF8Prefix) && !text.containsUTF8("。")
      && !text.containsUTF8("，")
  }

  /// The labels of an event record's fields (see ``isEventField(_:)``).
  static let eventFieldLabels = ["时间：", "时间:", "地点：", "地点:", "发布人：", "发布人:", "嘉宾：", "嘉宾:"]

  /// Whether a publishing line names the item's writer (`作者：…`, `记者：…`) rather than only its
  /// source.
  static func namesWriter(_ text: String) -> Bool {
    ["作者：", "作者:", "记者：", "记者:"].contains { text.containsUTF8($0) }
  }

  /// Whether a word is a date in figures (`2026-03-02`, `2026/03/02`, `2026.03.02`).
  static func isFigureDate(_ word: Substring) -> Bool {
    word.utf8.count == 10
      && word.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2F || $0 == 0x2E }
      && word.utf8.first.map { (0x30...0x39).contains($0) } == true
  }

  /// The byline of a publishing line (``isPublishingLine(_:)``): its author or reporters, else
  /// its source; nil when these fields are empty. A news site's item line (``isStampedSourceLine(_:)``)
  /// names the outlet that carried the item as its source, which credits no writer.
  static func publishingCredit(_ text: String) -> String? {
    // A field's value runs to the next field's name: an author may be several words
    // (`作者：本报记者 刘某 通讯员 孔某　来源：…`).
    let words = text.split(separator: " ")
    func field(_ name: String) -> String? {
      guard let start = words.firstIndex(where: { $0.hasPrefix(name + "：") || $0.hasPrefix(name + ":") }) else {
        return nil
      }
      var value = [words[start].dropFirst(name.count + 1)]
      for word in words[(start + 1)...] {
        // (An app's item line sets its date after the fields: `作者：某某  2026-03-02`.)
        if word.contains("：") || word.contains(":") || isFigureDate(word) { break }
        value.append(word)
      }
      let joined = value.filter { !$0.isEmpty }.joined(separator: " ")
      return joined.isEmpty ? nil : joined
    }
    if let author = field("作者") { return author }
    if let reporters = field("记者") { return "记者 " + reporters }
    return isStampedSourceLine(text) || isBareSourceLine(text) ? nil : field("信息来源") ?? field("来源")
  }
}
