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
  static let knownIssues: [String: String] = [:]

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
    #expect(Self.pages.count == 461, "PageLayouts/ should hold 461 pages")
  }
}
