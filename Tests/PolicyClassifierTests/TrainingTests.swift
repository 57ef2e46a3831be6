import Foundation
import PolicyFeatures
import Testing
import _PolicyTestSupport

@testable import PolicyClassifier

@Suite("Training")
struct TrainingTests {
  func column(_ model: TopicModel, _ name: String) throws -> Int {
    try #require((0..<model.features.count).first { model.features.name(ofColumn: $0) == name })
  }

  /// Two documents, lexicon terms only, TF-IDF computed by hand.
  @Test func sufficientStatisticsOfTwoDocuments() throws {
    let lexicons = try Fixtures.lexicons()
    let trainer = try Trainer(lexicons: lexicons, config: Fixtures.termsOnlyConfig())
    let docs = try trainer.prepare([
      // 光伏: title ×2 + body ×1 = 3; 储能: 1.
      LabelledArticle(id: "d1", title: "光伏", text: "光伏和储能", labels: ["energy"]),
      // 环保: title ×2; 风电: 1; 储能: 1.
      LabelledArticle(id: "d2", title: "环保", text: "风电和储能", labels: ["green"]),
    ])
    let model = trainer.fit(docs)
    #expect(model.features.count == 8)
    #expect(model.features.ngrams.count == 0)
    let f = model.features.count
    let energy = try #require(lexicons.index(of: "energy"))
    let green = try #require(lexicons.index(of: "green"))
    let pv = try column(model, "光伏")
    let storage = try column(model, "储能")
    let wind = try column(model, "风电")
    let env = try column(model, "环保")

    let idf1 = log(3.0 / 2.0) + 1  // df = 1 of n = 2
    let idf2 = log(3.0 / 3.0) + 1  // df = 2
    #expect(close(Double(model.weighting.idf[pv]), idf1, 1e-6))
    #expect(close(Double(model.weighting.idf[storage]), idf2, 1e-6))

    func unit(_ v: [Int: Double]) -> [Int: Double] {
      let n = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return v.mapValues { $0 / n }
    }
    let row1 = unit([pv: (1 + log(3.0)) * idf1, storage: 1 * idf2])
    let row2 = unit([env: (1 + log(2.0)) * idf1, wind: idf1, storage: idf2])

    for (topic, positive, negative) in [(energy, row1, row2), (green, row2, row1)] {
      for i in 0..<f {
        #expect(close(Double(model.positiveMass[topic * f + i]), positive[i] ?? 0, 1e-5), "pos topic \(topic) col \(i)")
        #expect(close(Double(model.negativeMass[topic * f + i]), negative[i] ?? 0, 1e-5), "neg topic \(topic) col \(i)")
      }
    }
    #expect(model.metadata.topics.map(\.positives) == [1, 1])
  }

  /// Naive Bayes weights follow the documented formula from the sufficient statistics.
  @Test func naiveBayesWeightsFromMasses() throws {
    let model = try Fixtures.trainedModel(config: Fixtures.termsOnlyConfig())
    let t = model.topicCount
    let f = model.features.count
    #expect(f == 8)
    let alpha = 0.1
    for k in 0..<t {
      let posTotal = (0..<f).reduce(0.0) { $0 + Double(model.positiveMass[k * f + $1]) }
      let negTotal = (0..<f).reduce(0.0) { $0 + Double(model.negativeMass[k * f + $1]) }
      #expect(posTotal > 0 && negTotal > 0)
      for i in 0..<f {
        let pos = Double(model.positiveMass[k * f + i])
        let neg = Double(model.negativeMass[k * f + i])
        let want =
          log((pos + alpha) / (posTotal + alpha * Double(f))) - log((neg + alpha) / (negTotal + alpha * Double(f)))
        #expect(close(Double(model.nbWeights[i * t + k]), want, 1e-4), "topic \(k) column \(i)")
      }
    }
    // Prior: energy has 5 positives of 12, green 4.
    #expect(model.metadata.topics.map(\.positives) == [5, 4])
    #expect(close(Double(model.nbBias[0]), log(5.0 / 7.0), 1e-5))
    #expect(close(Double(model.nbBias[1]), log(4.0 / 8.0), 1e-5))
    // A topic's own terms weigh for it, the other topic's against.
    let pv = try column(model, "光伏")
    let pollution = try column(model, "污染防治")
    #expect(model.nbWeights[pv * t + 0] > 0)
    #expect(model.nbWeights[pollution * t + 0] < 0)
    #expect(model.nbWeights[pollution * t + 1] > 0)
  }

  @Test func trainRefusesTooLittleDataAndBadAlpha() throws {
    let lexicons = try Fixtures.lexicons()
    #expect(throws: ClassifierError.notEnoughData(articles: 3, needed: 4)) {
      try Trainer(lexicons: lexicons).train(Array(Fixtures.articles.prefix(3)))
    }
    #expect(throws: ClassifierError.invalidFolds(5, articles: 4)) {
      try Trainer(lexicons: lexicons).train(Array(Fixtures.articles.prefix(4)))
    }
    var config = ModelConfig()
    config.alpha = 0
    #expect(throws: ClassifierError.invalidSmoothing(0)) { try Trainer(lexicons: lexicons, config: config) }
    for (titleWeight, maxNGrams) in [
      (Float(0), 4000), (-1, 4000), (.infinity, 4000), (2, -1), (2, Trainer.maxNGrams + 1),
    ] {
      var setting = ModelConfig()
      setting.titleWeight = titleWeight
      setting.maxNGrams = maxNGrams
      let error = #expect(throws: ClassifierError.self) { try Trainer(lexicons: lexicons, config: setting) }
      guard case .invalidSetting = error else {
        Issue.record("title weight \(titleWeight), max n-grams \(maxNGrams): got \(String(describing: error))")
        continue
      }
    }
    // A NaN threshold trained for seconds and then failed to encode the model.
    for threshold in [Float.nan, -0.1, 2] {
      var setting = ModelConfig()
      setting.zeroShotThreshold = threshold
      let error = #expect(throws: ClassifierError.self) { try Trainer(lexicons: lexicons, config: setting) }
      guard case .invalidSetting("zero-shot threshold", _) = error else {
        Issue.record("zero-shot threshold \(threshold): got \(String(describing: error))")
        continue
      }
    }
    let bad = [LabelledArticle(id: "x", title: "", text: "光伏", labels: ["nope"])] + Fixtures.articles
    let error = #expect(throws: ClassifierError.self) { try Trainer(lexicons: lexicons).train(bad) }
    guard case .unknownLabel("nope", article: "x", _) = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
  }

  @Test func bestThresholdPicksF1MaximisingMidpoint() {
    // F1 by cut: after 0.9 → 2/3, after 0.7 → 1/2, after 0.6 → 4/5 (best), after 0.4 → 2/3.
    let t = Trainer.bestThreshold([0.9, 0.7, 0.6, 0.4, 0.2], [true, false, true, false, false])
    #expect(close(t, 0.5, 1e-6))
    // Unordered input gives the same result.
    let u = Trainer.bestThreshold([0.2, 0.6, 0.9, 0.4, 0.7], [false, true, true, false, false])
    #expect(close(u, 0.5, 1e-6))
    // Tied scores are never split.
    let tied = Trainer.bestThreshold([0.8, 0.8, 0.2], [true, false, false])
    #expect(close(tied, 0.5, 1e-6))
    // Equal F1 (2/3 after 0.9 and after 0.1): the higher threshold wins.
    let tie = Trainer.bestThreshold([0.9, 0.5, 0.3, 0.1], [true, false, false, true])
    #expect(close(tie, 0.7, 1e-6))
    // No positives: nothing can be labelled.
    #expect(Trainer.bestThreshold([0.3, 0.1], [false, false]) == .greatestFiniteMagnitude)
  }

  @Test func evaluationReportAverages() {
    var report = EvaluationReport(topics: ["a", "b", "c"])
    report.add(predicted: [0], actual: [0])  // a: tp
    report.add(predicted: [0, 1], actual: [1])  // a: fp, b: tp
    report.add(predicted: [], actual: [0])  // a: fn
    report.add(predicted: [2], actual: [])  // c: fp (no support)
    #expect(report.articles == 4)
    #expect(report.topics[0] == TopicScores(topic: "a", tp: 1, fp: 1, fn: 1))
    #expect(report.topics[1] == TopicScores(topic: "b", tp: 1))
    #expect(report.topics[2] == TopicScores(topic: "c", fp: 1))
    #expect(report.scoredTopics.map(\.topic) == ["a", "b"])
    #expect(close(report.topics[0].f1, 0.5))
    #expect(close(report.topics[0].precision, 0.5))
    #expect(close(report.topics[2].precision, 0))
    // micro over a, b: tp 2, fp 1, fn 1 → 4/6; macro (0.5 + 1)/2.
    #expect(close(report.microF1, 4.0 / 6.0))
    #expect(close(report.macroF1, 0.75))
    var merged = report
    merged.merge(report)
    #expect(merged.articles == 8)
    #expect(close(merged.microF1, report.microF1))
    #expect(EvaluationReport(topics: ["a"]).macroF1 == 0)
  }

  @Test func termSuggesterPrefersTopicOnlyNGram() throws {
    let energy = try #require(try Fixtures.lexicons().topics.first { $0.id == "energy" })
    let articles = [
      LabelledArticle(id: "t1", title: "光伏项目", text: "扩大碳汇规模，召开会议。", labels: ["energy"]),
      LabelledArticle(id: "t2", title: "风电基地", text: "碳汇交易启动，召开会议。", labels: ["energy"]),
      LabelledArticle(id: "t3", title: "储能电站", text: "森林碳汇提升，召开会议。", labels: ["energy"]),
      LabelledArticle(id: "o1", title: "教育改革", text: "召开会议部署工作。", labels: []),
      LabelledArticle(id: "o2", title: "春耕生产", text: "召开会议安排春耕。", labels: []),
      LabelledArticle(id: "o3", title: "文化旅游", text: "召开会议研究旅游。", labels: []),
    ]
    let suggestions = TermSuggester().suggest(topic: energy, articles: articles)
    let terms = suggestions.map(\.term)
    let carbon = try #require(terms.firstIndex(of: "碳汇"), "got \(terms)")
    #expect(suggestions[carbon].topicCount == 3 && suggestions[carbon].otherCount == 0)
    #expect(suggestions[carbon].topicArticles == 3)
    if let meeting = terms.firstIndex(of: "会议") { #expect(carbon < meeting) }
    // Lexicon terms and their parts are never suggested.
    #expect(!terms.contains("光伏") && !terms.contains("储能"))
    #expect(zip(suggestions, suggestions.dropFirst()).allSatisfy { $0.logLikelihood >= $1.logLikelihood })
  }

  @Test("a four-character term is suggested whole, not as its overlapping pieces")
  func termSuggesterKeepsFourCharacterTerms() throws {
    let energy = try #require(try Fixtures.lexicons().topics.first { $0.id == "energy" })
    let articles = [
      LabelledArticle(id: "t1", title: "光伏项目", text: "推进绿电交易试点。", labels: ["energy"]),
      LabelledArticle(id: "t2", title: "风电基地", text: "绿电交易规模扩大。", labels: ["energy"]),
      LabelledArticle(id: "t3", title: "储能电站", text: "开展绿电交易。", labels: ["energy"]),
      LabelledArticle(id: "o1", title: "教育改革", text: "召开会议部署工作。", labels: []),
      LabelledArticle(id: "o2", title: "春耕生产", text: "召开会议安排春耕。", labels: []),
    ]
    let terms = TermSuggester().suggest(topic: energy, articles: articles).map(\.term)
    #expect(terms.contains("绿电交易"), "got \(terms)")
    #expect(!terms.contains("绿电交") && !terms.contains("电交易") && !terms.contains("绿电"), "got \(terms)")
  }

  @Test("a piece of a longer unit is extended to the unit, scored anew, or left out")
  func termSuggesterExtendsPieces() throws {
    let energy = try #require(try Fixtures.lexicons().topics.first { $0.id == "energy" })
    // 虚拟电厂聚合 (six characters) is a unit in every topic article; 伏治沙 only ever follows
    // 光 (光伏治沙 holds the lexicon term 光伏); 碳普惠积分兑换平台 is longer than eight.
    let articles = [
      LabelledArticle(
        id: "t1", title: "风电基地", text: "推进虚拟电厂聚合，开展光伏治沙。上线碳普惠积分兑换平台。", labels: ["energy"]),
      LabelledArticle(
        id: "t2", title: "储能电站", text: "虚拟电厂聚合平台投运，光伏治沙成效显著，碳普惠积分兑换平台扩容。", labels: ["energy"]),
      LabelledArticle(
        id: "t3", title: "光伏项目", text: "试点虚拟电厂聚合调度。探索光伏治沙模式，碳普惠积分兑换平台开通。", labels: ["energy"]),
      LabelledArticle(id: "o1", title: "教育改革", text: "召开会议部署工作。", labels: []),
      LabelledArticle(id: "o2", title: "春耕生产", text: "召开会议安排春耕。", labels: []),
    ]
    let suggestions = TermSuggester().suggest(topic: energy, articles: articles)
    let terms = suggestions.map(\.term)
    let unit = try #require(suggestions.first { $0.term == "虚拟电厂聚合" }, "got \(terms)")
    #expect(unit.topicCount == 3 && unit.otherCount == 0 && unit.topicArticles == 3)
    for piece in ["虚拟电厂", "拟电厂聚", "电厂聚合", "厂聚合", "虚拟"] {
      #expect(!terms.contains(piece), "got \(terms)")
    }
    #expect(!terms.contains { $0.contains("治沙") }, "got \(terms)")
    #expect(!terms.contains { $0.contains("普惠") || $0.contains("兑换") }, "got \(terms)")
  }
}
