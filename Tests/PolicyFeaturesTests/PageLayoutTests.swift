import Foundation
import Testing

@testable import PolicyFeatures

/// Two hundred and seventy-five pages of fictional district and county dailies, office bulletins and saved
/// web pages, written for this repository in the layouts such papers use (mastheads, kickers and
/// subtitles, every kind of lead and credit, leadless items, briefs, commentary, captions,
/// notices, speeches, supplements, issue headers, tables of contents, distribution lists,
/// numbered and bracketed item titles, publishing lines, site navigation), each with the
/// articles a careful reader would cut it into: `PageLayouts/<date>.txt` and `<date>.json`.
///
/// An expected article gives its title, byline (`null`: none) and the first ten characters of
/// its body, with accepted alternatives (`alt_titles`, `alt_bylines`, `alt_body_starts`), text
/// the body must or must not hold (`contains`, `excludes`, `not_contains` for the whole page)
/// and paragraphs that must start a line of the body (`line_starts`: not glued to the one
/// before). An article may be `optional` (a box a reader may take as an item or leave out):
/// the splitter's articles are compared with all of them when it gives that many, else with
/// the others. Whitespace is ignored in every comparison, and leading bullets in bodies.
@Suite("Page layouts")
struct PageLayoutTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("PageLayouts")

  static let pages: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }()

  /// Layouts the splitter does not cut as a reader would yet, and why.
  static let knownIssues: [String: String] = [
    "2026-09-02":
      "blind set 22, before any change for it: 5 articles, expected 7 | page output has '一句话新闻' | #2 body starts '9月1日开学当天,县消防', expected '本报讯 记者华婷报道 9月1日开学当天，' | #2 body lacks '记者华婷报道 9月1日开学当天，' | page output has '一句话新闻' | page output has '一句话新闻' | #4 byline None, expected '樊一苇' | #4 body has '即日起每晚18时至22时接诊' | page output has '一句话新闻' | #5 title '城北客运站调整发车时刻', expected '县人民医院开通夜间儿科门诊' | #5 body starts '9月5日起,发往市区的首', expected '即日起每晚18时至22时接诊，就诊可在医' | #5 body lacks '即日起每晚18时至22时接诊' | #5 body lacks '，就诊可在医院公众号提前预约。' | page output has '一句话新闻'",
    "2026-09-04":
      "blind set 22, before any change for it: #1 title '乡镇·2026.9.4', expected '青杠镇茶叶加工厂建成投产' | #1 byline None, expected '记者 杭德明 通讯员 聂小芸' | #1 body starts '', expected '青杠镇首家标准化茶叶加工厂今天正式投产，' | #1 body lacks '准化茶叶加工厂今天正式投产，' | #1 body lacks '投资建设，总投资约680万元' | #1 body lacks '说，过去茶农自己炒茶，品质参' | #1 body lacks '定岗位38个，优先招收本地脱' | page output has '乡镇·2026.9.4' | #1 no paragraph starts with '加工厂由青杠镇茶叶专' | #1 no paragraph starts with '据介绍，加工厂投产后' | #2 title '青杠镇茶叶加工厂', expected '大坝村用上了“共享农机”' | #2 byline '记者 杭德明 通讯员 聂小芸', expected '记者 阮菁' | …",
    "2026-09-10":
      "blind set 22, before any change for it: 2 articles, expected 6 | page output has '一句话新闻' | #2 body has '石门乡上坪村、龙潭镇枫树坳村、城' | page output has '一句话新闻'",
    "2026-09-11":
      "blind set 22, before any change for it: 4 articles, expected 6 | #4 title '简讯', expected '区残联近日为辖区46名残疾人免费适配了轮椅、助听器等辅助器具' | #4 byline None, expected '沈蔚' | #4 body has '银汀街道开展燃气安全入户检查，共'",
    "2026-09-12":
      "blind set 22, before any change for it: #1 title '综合·2026.9.12', expected '县城区启动停车收费改革' | #1 byline None, expected '记者 阮菁' | #1 body starts '', expected '记者今天从县城市管理局获悉，县城区道路停' | #1 body lacks '县城市管理局获悉，县城区道路' | #1 body lacks '（一）县城核心区56条道路的' | #1 body lacks '（三）县医院、县中医院周边停' | #1 body lacks '预计可提高三成左右。' | page output has '综合·2026.9.12' | #1 no paragraph starts with '方案主要有三方面内容' | #1 no paragraph starts with '（一）县城核心区56' | #1 no paragraph starts with '（二）夜间20时至次' | #1 no paragraph starts with '（三）县医院、县中医' | #1 no paragraph starts with '县城市管理局副局长闵' | …",
  ]

  struct Expected: Decodable {
    var articles: [Article]
    struct Article: Decodable {
      var title: String
      var byline: String?
      var body_start: String
      var alt_titles: [String]?
      var alt_bylines: [String?]?
      var alt_body_starts: [String]?
      var contains: [String]?
      var not_contains: [String]?
      var excludes: [String]?
      var line_starts: [String]?
      var optional: Bool?
    }
  }

  /// The text compared: compatibility-normalised (full- and half-width alike), curly quotes
  /// straight, whitespace removed.
  static func squeezed(_ s: String?) -> String? {
    let quotes: [Character: Character] = [
      "“": "\"", "”": "\"", "‘": "'", "’": "'", "「": "\"", "」": "\"", "『": "\"", "』": "\"",
    ]
    return s.map { text in
      String(
        text.precomposedStringWithCompatibilityMapping.compactMap { c in
          c.isWhitespace ? nil : (quotes[c] ?? c)
        })
    }
  }

  /// A byline compared: as ``squeezed(_:)``, without brackets, markers and separators, and
  /// without the words that credits may or may not carry (`本报`, `融媒`, `报道`).
  static func credit(_ s: String?) -> String? {
    guard var text = squeezed(s) else { return nil }
    text.removeAll { "□■●▲◆()[]【】/:·,、".contains($0) }
    for word in ["本报", "融媒", "报道", "新华社"] { text = text.replacingOccurrences(of: word, with: "") }
    return text.isEmpty ? nil : text
  }

  /// What differs between the splitter's articles and the expected ones.
  static func differences(page name: String) throws -> [String] {
    let page = try String(contentsOf: directory.appendingPathComponent("\(name).txt"), encoding: .utf8)
    let listed = try JSONDecoder().decode(
      Expected.self, from: Data(contentsOf: directory.appendingPathComponent("\(name).json"))
    ).articles
    let got = BulletinSplitter().split(page)
    let expected = got.count == listed.count ? listed : listed.filter { $0.optional != true }
    var out: [String] = []
    if got.count != expected.count { out.append("\(got.count) articles, expected \(expected.count)") }
    let bullets = Set("●▲■◆○★□")
    for (n, (e, g)) in zip(expected, got).enumerated() {
      let titles = ([e.title] + (e.alt_titles ?? [])).map(squeezed)
      if !titles.contains(squeezed(g.title)) { out.append("#\(n + 1) title \(g.title), expected \(e.title)") }
      let bylines = ([e.byline] + (e.alt_bylines ?? [])).map(credit)
      if !bylines.contains(credit(g.byline)) {
        out.append("#\(n + 1) byline \(g.byline ?? "none"), expected \(e.byline ?? "none")")
      }
      let body = String((squeezed(g.body) ?? "").drop { bullets.contains($0) })
      // A bullet opening the text is not compared, on either side.
      let starts = ([e.body_start] + (e.alt_body_starts ?? [])).compactMap {
        squeezed($0).map { String($0.drop { bullets.contains($0) }.prefix(10)) }
      }
      if !starts.contains(where: { body.hasPrefix($0) }) {
        out.append("#\(n + 1) body starts \(body.prefix(12)), expected \(e.body_start)")
      }
      for text in e.contains ?? [] where !body.contains(String((squeezed(text) ?? "").drop { bullets.contains($0) })) {
        out.append("#\(n + 1) body lacks \(text)")
      }
      for text in e.excludes ?? [] where body.contains(squeezed(text) ?? "") {
        out.append("#\(n + 1) body has \(text)")
      }
      for text in e.not_contains ?? [] {
        if got.contains(where: { (squeezed($0.body + $0.title) ?? "").contains(squeezed(text) ?? "") }) {
          out.append("page output has \(text)")
        }
      }
      let lines = g.body.split(separator: "\n").map { squeezed(String($0)) ?? "" }
      for text in e.line_starts ?? [] where !lines.contains(where: { $0.hasPrefix(squeezed(text) ?? "") }) {
        out.append("#\(n + 1) no paragraph starts with \(text)")
      }
    }
    return out
  }

  @Test("every page is cut as a reader would", arguments: pages)
  func page(_ name: String) throws {
    let differences = try Self.differences(page: name)
    if let issue = Self.knownIssues[name] {
      withKnownIssue(Comment(rawValue: issue)) {
        #expect(differences.isEmpty, "\(differences)")
      }
    } else {
      #expect(differences.isEmpty, "\(differences)")
    }
  }

  @Test func allPagesPresent() {
    #expect(Self.pages.count == 345, "PageLayouts/ should hold 345 pages")
  }
}
