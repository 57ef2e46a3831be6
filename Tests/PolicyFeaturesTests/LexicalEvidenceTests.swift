import PolicyFeatures
import Testing
import _PolicyTestSupport

/// How an article's lexicon matches become ``LexicalEvidence``: whole articles, and long
/// documents measured by their best ``LexicalEvidence/window``.
@Suite("LexicalEvidence")
struct LexicalEvidenceTests {
  /// Topic `energy` (风电 1, 光伏 1.5, 储能 2) and topic `wetland` (湿地 2).
  static func space(titleWeight: Float = 2) throws -> FeatureSpace {
    let set = try LexiconSet([
      TopicLexicon(
        id: "energy", chineseName: "能源", englishName: "Energy",
        terms: [
          LexiconTerm(text: "风电", weight: 1), LexiconTerm(text: "光伏", weight: 1.5),
          LexiconTerm(text: "储能", weight: 2),
        ]),
      TopicLexicon(
        id: "wetland", chineseName: "湿地", englishName: "Wetland", terms: [LexiconTerm(text: "湿地", weight: 2)]),
    ])
    return FeatureSpace(matcher: TermMatcher(lexicons: set), titleWeight: titleWeight)
  }

  /// `count` characters of text that no term matches.
  static func filler(_ count: Int) -> String {
    String(String(repeating: "城市道路", count: count / 4 + 1).prefix(count))
  }

  static func features(title: String, text: String) throws -> DocumentFeatures {
    var scratch = FeatureScratch()
    return try space().features(title: title, text: text, scratch: &scratch)
  }

  @Test("an article is measured whole") func wholeArticle() throws {
    let text = "风电" + Self.filler(300) + "光伏" + Self.filler(300) + "风电\n湿地"
    let f = try Self.features(title: "储能", text: text)
    // Title 储能 counts twice (title weight 2); body 风电 + 光伏 + 风电.
    let expected: Float = 2 * 2 + 1 + 1.5 + 1
    #expect(f.evidence.weighted(0) == expected)
    #expect(f.evidence.title(0) == 2)
    #expect(f.evidence.distinctTerms(0) == 3)
    #expect(f.evidence.weighted(1) == 2)
    #expect(f.evidence.span == f.length)
    #expect(f.topicMentions == [4, 1])
  }

  @Test("a long body is measured by its best window") func scatteredTerms() throws {
    // 风电 every 600 characters over 7,200: a window of 2,000 holds four of the twelve.
    let text = (0..<12).map { _ in "风电" + Self.filler(598) }.joined()
    let f = try Self.features(title: "", text: text)
    #expect(f.length == 7200)
    #expect(f.evidence.weighted(0) == 4)
    #expect(f.evidence.distinctTerms(0) == 1)
    #expect(f.evidence.span == LexicalEvidence.window)
    // Mentions are still counted over the whole document, for reports.
    #expect(f.topicMentions == [12, 0])
  }

  @Test("the window goes where a topic's terms weigh most") func cluster() throws {
    // Single 风电 scattered early; a paragraph on storage and solar near the end.
    let scattered = (0..<6).map { _ in "风电" + Self.filler(998) }.joined()
    let paragraph = "储能" + Self.filler(100) + "光伏" + Self.filler(100) + "储能" + Self.filler(100) + "风电"
    let f = try Self.features(title: "光伏", text: scattered + "\n" + paragraph + "\n" + Self.filler(3000))
    // Title 光伏 (1.5 × 2) plus the paragraph (2 + 1.5 + 2 + 1) and the one scattered 风电
    // that starts less than 2,000 characters before the paragraph's last term.
    let expected: Float = 3 + 6.5 + 1
    #expect(f.evidence.weighted(0) == expected)
    #expect(f.evidence.distinctTerms(0) == 3)
    #expect(f.evidence.peakParagraph(0) == 6.5)
    #expect(f.evidence.span == 2 + LexicalEvidence.window)
    #expect(f.evidence.weighted(1) == 0)
  }

  @Test("each topic has its own window") func windowsPerTopic() throws {
    let text = "湿地" + Self.filler(50) + "湿地" + Self.filler(5000) + "光伏" + Self.filler(50) + "光伏"
    let f = try Self.features(title: "", text: text)
    #expect(f.evidence.weighted(0) == 3)
    #expect(f.evidence.weighted(1) == 4)
    #expect(f.evidence.distinctTerms(1) == 1)
  }

  @Test("a body of exactly the window is measured whole") func boundary() throws {
    let text = "风电" + Self.filler(LexicalEvidence.window - 4) + "风电"
    let f = try Self.features(title: "", text: text)
    #expect(f.length == LexicalEvidence.window)
    #expect(f.evidence.weighted(0) == 2)
    // Two terms whose starts are a whole window apart are never counted together.
    let g = try Self.features(title: "", text: "风电" + Self.filler(LexicalEvidence.window - 2) + "风电")
    #expect(g.evidence.weighted(0) == 1)
  }
}
