import PolicyCore
import PolicyFeatures
import Testing
import _PolicyTestSupport

@testable import PolicyClassifier

@Suite("BLAS against plain loops")
struct BLASTests {
  @Test(arguments: [1, 7, 64, 257])
  func dot(length n: Int) {
    var rng = SplitMix64(seed: UInt64(n))
    let x = rng.floats(n)
    let y = rng.floats(n)
    #expect(close(BLAS.dot(x, y), BLAS.referenceDot(x, y)))
  }

  @Test(arguments: [(1, 1), (3, 5), (17, 9), (40, 33)])
  func gemv(shape: (Int, Int)) {
    let (m, n) = shape
    var rng = SplitMix64(seed: UInt64(m * 1000 + n))
    let a = rng.floats(m * n)
    let x = rng.floats(n)
    let got = BLAS.gemv(a, rows: m, columns: n, x)
    let want = BLAS.referenceGemv(a, rows: m, columns: n, x)
    #expect(got.count == m)
    #expect(zip(got, want).allSatisfy { close($0, $1) })
  }

  @Test(arguments: [(1, 1, 1), (2, 3, 4), (9, 13, 6), (31, 20, 17)])
  func gemm(shape: (Int, Int, Int)) {
    let (m, k, n) = shape
    var rng = SplitMix64(seed: UInt64(m * 10_000 + k * 100 + n))
    let a = rng.floats(m * k)
    let b = rng.floats(k * n)
    let got = BLAS.gemm(a, b, m: m, k: k, n: n)
    let want = BLAS.referenceGemm(a, b, m: m, k: k, n: n)
    #expect(got.count == m * n)
    #expect(zip(got, want).allSatisfy { close($0, $1) })
  }

  @Test(arguments: [(1, 1, 1, 8), (3, 5, 7, 8), (8, 40, 9, 16)])
  func gemmIntoStridedBuffers(shape: (Int, Int, Int, Int)) {
    let (m, k, n, ldb) = shape
    var rng = SplitMix64(seed: UInt64(m * 10_000 + k * 100 + n))
    let a = rng.floats(m * k)
    let b = rng.floats(k * n)
    // B's rows `ldb` apart, the gaps filled with values that must not count.
    var strided = [Float](repeating: 99, count: k * ldb)
    for row in 0..<k { for j in 0..<n { strided[row * ldb + j] = b[row * n + j] } }
    var c = [Float](repeating: -1, count: m * n + 3)
    a.withUnsafeBufferPointer { ap in
      strided.withUnsafeBufferPointer { bp in
        c.withUnsafeMutableBufferPointer { BLAS.gemm(ap, bp, into: $0, m: m, k: k, n: n, ldb: ldb) }
      }
    }
    let want = BLAS.referenceGemm(a, b, m: m, k: k, n: n)
    #expect(zip(c.prefix(m * n), want).allSatisfy { close($0, $1) })
    #expect(c.suffix(3) == [-1, -1, -1], "wrote past m×n")
  }

  @Test func emptyShapes() {
    #expect(BLAS.dot([], []) == 0)
    #expect(BLAS.gemv([], rows: 0, columns: 3, [1, 2, 3]).isEmpty)
    #expect(BLAS.gemm([], [], m: 2, k: 0, n: 3) == [Float](repeating: 0, count: 6))
  }
}

@Suite("Tagger block scoring")
struct TaggerTests {
  @Test func blockScoresEqualPlainLoops() throws {
    let model = try Fixtures.trainedModel()
    let f = model.features.count
    #expect(f > model.features.termCount, "expected learned n-grams in the model")
    var rng = SplitMix64(seed: 42)
    var rows: [SparseVector] = []
    for r in 0..<9 {
      // One empty row, the rest with a random subset of columns.
      let pairs: [(Int32, Float)] =
        r == 4
        ? []
        : (0..<f).filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
          .map { (Int32($0), Float.random(in: 0.01...1, using: &rng)) }
      rows.append(SparseVector(unsorted: pairs))
    }
    let tagger = Tagger(model: model)
    var scratch = Tagger.Scratch()
    let t = model.topicCount
    // Twice with the same scratch: the column map must be reset between blocks.
    for _ in 0..<2 {
      let (nb, cos) = tagger.rawScores(rows, scratch: &scratch)
      #expect(nb.count == rows.count * t && cos.count == rows.count * t)
      for (r, row) in rows.enumerated() {
        let want = model.rawScores(row)
        for k in 0..<t {
          #expect(close(nb[r * t + k], want.nb[k]), "row \(r) topic \(k) nb")
          #expect(close(cos[r * t + k], want.cosine[k]), "row \(r) topic \(k) cosine")
        }
      }
    }
  }

  @Test("scores do not depend on the block size") func blockSizeIndependent() throws {
    let model = try Fixtures.trainedModel()
    let articles: [(title: String, text: String)] = [
      ("光伏与风电", "储能电站和新能源汽车推广，光伏发电并网。"), ("春耕生产", "各地抓紧春耕备耕。"), ("", ""),
      ("优化营商环境", "持续优化营商环境，便利企业。"), ("长江保护", "长江流域生态环境保护修复，推进绿色发展。"),
      ("深化改革", "全面深化改革，推进放管服改革。新能源汽车下乡。"),
    ]
    var reference: [[Float]] = []
    for blockSize in [1, 2, 4, 8, 16] {
      var tagger = Tagger(model: model)
      tagger.blockSize = blockSize
      var scratch = Tagger.Scratch()
      let scores = tagger.tag(articles, scratch: &scratch).map(\.scores)
      if reference.isEmpty { reference = scores }
      #expect(scores == reference, "block size \(blockSize)")
    }
  }

  @Test func zeroShotCosine() throws {
    let lexicons = try Fixtures.lexicons()
    let model = try Trainer(lexicons: lexicons).zeroShotModel()
    #expect(model.metadata.defaultClassifier == .cosine)
    #expect(model.weighting.idf.allSatisfy { $0 == 1 })
    let energy = try #require(lexicons.index(of: "energy"))
    let green = try #require(lexicons.index(of: "green"))
    let tagger = Tagger(model: model)
    var scratch = Tagger.Scratch()
    let results = tagger.tag(
      [
        ("光伏与风电", "储能电站和新能源汽车推广，光伏发电并网。"),
        ("春耕生产", "各地抓紧春耕备耕。"),
        ("", "营商环境"),
        ("优化营商环境", "持续优化营商环境，便利企业。"),
      ], scratch: &scratch)
    #expect(results[0].labels == [energy])
    #expect(results[0].scores[energy] > 0.5)
    #expect(results[0].evidence.first?.contains { $0.term == "光伏" } == true)
    #expect(results[1].labels.isEmpty)
    #expect(results[1].scores.allSatisfy { $0 < 0.5 })
    for r in results[2...] {
      #expect(!r.labels.contains(green))
      #expect(r.mentions[green] == 0)
      #expect(r.termMentions[green].isEmpty)
    }
  }
}

@Suite("Tagger explanations")
struct ExplanationOrderTests {
  /// Green articles that all talk about 光伏 (an energy term): the trained classifiers weigh
  /// 光伏 for green more than green's own weak 环境.
  static let articles: [LabelledArticle] =
    (0..<6).map {
      LabelledArticle(id: "g\($0)", title: "光伏治沙", text: "光伏板下种草固沙，光伏治沙改善环境。", labels: ["green"])
    }
    + (0..<6).map {
      LabelledArticle(id: "n\($0)", title: "春耕生产", text: "各地抓紧春耕备耕，保障粮食安全。", labels: [])
    }

  @Test("a label lists its own lexicon's terms before other lexicons' terms, whatever they contributed")
  func ownTermsFirst() throws {
    let lexicons = try Fixtures.lexicons()
    let model = try Trainer(lexicons: lexicons, config: Fixtures.termsOnlyConfig()).train(
      Self.articles, estimateAccuracy: false)
    let green = try #require(lexicons.index(of: "green"))
    var tagger = Tagger(model: model)
    tagger.evidenceCount = 3
    var scratch = Tagger.Scratch()
    let result = try #require(tagger.tag([("光伏治沙", "光伏治沙，光伏板下改善环境。")], scratch: &scratch).first)
    let slot = try #require(result.labels.firstIndex(of: green), "the article should be labelled green")
    let evidence = result.evidence[slot]
    let own = try #require(evidence.firstIndex { $0.term == "环境" })
    let foreign = try #require(evidence.firstIndex { $0.term == "光伏" })
    #expect(own < foreign)
    // Ordered by contribution alone, 光伏 would come first.
    #expect(evidence[foreign].contribution > evidence[own].contribution)
  }
}

@Suite("Evidence helpers")
struct EvidenceHelperTests {
  @Test("an n-gram inside a listed term is recognised byte-wise")
  func utf8Containment() {
    #expect("新能源汽车".containsUTF8("能源"))
    #expect("新能源汽车".containsUTF8("新能源汽车"))
    #expect("新能源".containsUTF8(""))
    #expect(!"新能源".containsUTF8("汽车"))
    #expect(!"能源".containsUTF8("新能源"))
    #expect(!"环保".containsUTF8("保护"))
  }

  @Test("learned n-grams that repeat a listed term, hide digits or are one character are not listed")
  func ngramFilter() {
    let listed = [
      Evidence(term: "改革", count: 3, contribution: 1), Evidence(term: "营商环境", count: 1, contribution: 0.5),
    ]
    #expect(!Tagger.showsNGram("改革的", after: listed, termCount: 2))  // contains a listed term
    #expect(!Tagger.showsNGram("商环", after: listed, termCount: 2))  // inside one
    #expect(!Tagger.showsNGram("00项", after: listed, termCount: 2))  // digits folded to 0
    #expect(!Tagger.showsNGram("0", after: [], termCount: 0))
    #expect(Tagger.showsNGram("放管服", after: listed, termCount: 2))
    #expect(Tagger.showsNGram("革命", after: listed, termCount: 2))  // overlapping at an edge only
    #expect(!Tagger.showsNGram("审", after: [], termCount: 0))  // one character
    // Around a listed n-gram (not a term), a longer n-gram is still listed.
    let withNGram = listed + [Evidence(term: "杠杆", count: 2, contribution: 0.2)]
    #expect(Tagger.showsNGram("去杠杆", after: withNGram, termCount: 2))
    #expect(!Tagger.showsNGram("杠杆", after: withNGram, termCount: 2))
  }
}
