/// One lexicon match in normalised text.
public struct TermMatch: Hashable, Sendable {
  /// Index into ``TermMatcher/patterns``.
  public var pattern: Int
  /// Start offset in normalised scalars.
  public var start: Int
  /// End offset (exclusive) in normalised scalars.
  public var end: Int
}

/// A distinct string the matcher looks for, and what it means for each topic.
public struct MatcherPattern: Hashable, Sendable {
  /// The normalised pattern text.
  public var text: String
  /// Topics (indices into the lexicon set) for which this pattern is a term, with weights.
  public var topicWeights: [TopicWeight]
  /// Topics for which this pattern is an exclusion: it consumes its span and counts nothing.
  public var excludedTopics: [Int]

  /// A topic index with a term weight.
  public struct TopicWeight: Hashable, Sendable {
    /// Index of the topic in the lexicon set.
    public var topic: Int
    /// The term's weight in that topic.
    public var weight: Double
  }
}

/// Finds lexicon terms in text with an Aho-Corasick automaton: leftmost-longest,
/// non-overlapping, exclusions honoured.
///
/// Among overlapping candidates the one starting first wins, and among those the longest, so
/// `新能源汽车` beats `新能源` at the same offset and `营商环境` (an exclusion of the environment
/// topic) hides the `环境` inside it.
///
/// A filter of the first two symbols of every pattern lets a scan pass over the stretches of
/// text where no pattern can start (most of a news text) with one bit test per character
/// instead of a step of the automaton; see ``Automaton/scan(from:count:symbolAt:into:)``.
///
/// - Complexity: building is O(total pattern length); matching is O(n + m log m) for a text of
///   n scalars with m raw matches.
public struct TermMatcher: Sendable {
  /// The distinct patterns, in first-seen order over the lexicon set.
  public let patterns: [MatcherPattern]
  /// Pattern indices that are terms of at least one topic, in order: the lexicon part of the
  /// feature vocabulary.
  public let termPatterns: [Int]
  /// For each pattern, its position in ``termPatterns``, or -1 for exclusion-only patterns.
  public let featureIndexOfPattern: [Int]
  /// Number of topics in the lexicon set.
  public let topicCount: Int

  let bmpSymbols: [UInt16]
  let otherSymbols: [UInt32: UInt16]
  /// The trie's edges out of non-root nodes, keyed `node << 16 | symbol`; a step that finds
  /// none follows the node's failure link (see ``NodeStep/failure``). Scans step the
  /// automaton only near possible pattern starts, so failure chains are short and rare, and
  /// the table stays small (one entry per trie node).
  let transitions: PackedTable
  /// Pattern ending at each node, or -1.
  let output: [Int32]
  /// Nearest node on the failure chain with an output, or -1.
  let outputLink: [Int32]
  let patternLengths: [Int32]
  /// The root's transitions, indexed by symbol (0: stay at the root): every step that
  /// ``transitions`` does not hold ends here.
  let rootNext: [Int32]
  /// The patterns' topic weights laid out flat for the counting loop: pattern `p`'s are
  /// `weightTopics[weightStart[p]..<weightStart[p + 1]]` with `weightValues` beside them.
  let weightStart: [Int32]
  let weightTopics: [Int32]
  let weightValues: [Double]
  /// Per node, what a step needs, together: the transition mask and the first node of the
  /// output chain.
  let nodes: [NodeStep]
  /// A 65,536-bit filter of the pairs (first symbol, second symbol) of the patterns of two or
  /// more symbols (see ``startBit(_:_:)``): the trie's nodes of depth 2.
  let startPairs: [UInt64]
  /// Bit per symbol that is a pattern by itself (one-scalar patterns, rare in lexicons).
  let singleSymbols: [UInt64]

  /// One node's step data.
  struct NodeStep: Sendable {
    /// Bit `symbol & 63` is set for each symbol the node has an edge for in ``transitions``:
    /// most characters have none, and the mask says so without a hash-table probe.
    var transitionMask: UInt64
    /// The first node on the output chain (the node itself or its output link), or -1.
    var firstOutput: Int32
    /// The failure link: the node of the longest proper suffix of this node's prefix that is
    /// a prefix of some pattern (0, the root, when none is).
    var failure: Int32
    /// The node's depth in the trie (the length of the prefix it stands for).
    var depth: Int32
  }

  /// Builds the automaton for a lexicon set.
  public init(lexicons: LexiconSet) {
    let normalizer = TextNormalizer()
    var patterns: [MatcherPattern] = []
    // Each pattern's normalised scalars, which the trie is built from.
    var encoded: [[UInt32]] = []
    // Keyed by scalars: hashing and comparing `String`s (Unicode-aware) made this slow.
    var indexOf: [[UInt32]: Int] = [:]
    // Sized up front: growing it rehashed every key so far, a third of this initialiser's time.
    let termCount = lexicons.topics.reduce(0) { $0 + $1.terms.count + $1.exclusions.count }
    indexOf.reserveCapacity(termCount)
    patterns.reserveCapacity(termCount)
    encoded.reserveCapacity(termCount)
    func patternIndex(_ text: String) -> Int {
      // Most terms are ideographs of the main block and plain ASCII, which normalise to
      // themselves (the rule the feature counter's fast path uses too).
      let scalars = text.unicodeScalars.map(\.value)
      let unchanged = scalars.allSatisfy { v in
        (v >= 0x4E00 && v <= 0x9FFF) || (v < 0x80 && v != 0x0A && v != 0x0D)
      }
      let normal = unchanged ? scalars : normalizer.normalize(text).scalars
      if let i = indexOf[normal] { return i }
      indexOf[normal] = patterns.count
      let string = unchanged ? text : NormalizedText.string(normal[...])
      patterns.append(MatcherPattern(text: string, topicWeights: [], excludedTopics: []))
      encoded.append(normal)
      return patterns.count - 1
    }
    for (t, topic) in lexicons.topics.enumerated() {
      for term in topic.terms where !term.text.isEmpty {
        let p = patternIndex(term.text)
        if let k = patterns[p].topicWeights.firstIndex(where: { $0.topic == t }) {
          patterns[p].topicWeights[k].weight = max(patterns[p].topicWeights[k].weight, term.weight)
        } else {
          patterns[p].topicWeights.append(.init(topic: t, weight: term.weight))
        }
      }
      for ex in topic.exclusions where !ex.text.isEmpty {
        let p = patternIndex(ex.text)
        if !patterns[p].excludedTopics.contains(t) { patterns[p].excludedTopics.append(t) }
      }
    }
    // A pattern that is both a term and an exclusion of one topic is an exclusion.
    for p in patterns.indices {
      let ex = patterns[p].excludedTopics
      patterns[p].topicWeights.removeAll { ex.contains($0.topic) }
    }
    self.init(patterns: patterns, encoded: encoded, topicCount: lexicons.topics.count)
  }

  /// Builds the automaton for `patterns`, whose normalised scalars are `encoded`.
  private init(patterns: [MatcherPattern], encoded: [[UInt32]], topicCount: Int) {
    self.patterns = patterns
    self.topicCount = topicCount
    var termPatterns: [Int] = []
    var featureIndex = Array(repeating: -1, count: patterns.count)
    for (i, p) in patterns.enumerated() where !p.topicWeights.isEmpty {
      featureIndex[i] = termPatterns.count
      termPatterns.append(i)
    }
    self.termPatterns = termPatterns
    self.featureIndexOfPattern = featureIndex

    // Alphabet: symbol ids 1... for scalars that occur in patterns.
    var bmp = [UInt16](repeating: 0, count: 0x10000)
    var other: [UInt32: UInt16] = [:]
    var nextSymbol: UInt16 = 1
    for scalars in encoded {
      for v in scalars {
        if v < 0x10000 {
          if bmp[Int(v)] == 0 {
            bmp[Int(v)] = nextSymbol
            nextSymbol += 1
          }
        } else if other[v] == nil {
          other[v] = nextSymbol
          nextSymbol += 1
        }
      }
    }
    func symbol(_ v: UInt32) -> UInt16 { v < 0x10000 ? bmp[Int(v)] : (other[v] ?? 0) }

    // Trie: each node's parent edge, and the goto table.
    let totalLength = encoded.reduce(0) { $0 + $1.count }
    var table = IntegerHashTable(capacity: totalLength + 1)
    var parent: [Int32] = [-1]
    var edgeSymbol: [UInt16] = [0]
    var output: [Int32] = [-1]
    parent.reserveCapacity(totalLength + 1)
    edgeSymbol.reserveCapacity(totalLength + 1)
    output.reserveCapacity(totalLength + 1)
    for (p, scalars) in encoded.enumerated() where !scalars.isEmpty {
      var node: Int32 = 0
      for v in scalars {
        let sym = symbol(v)
        let key = UInt64(node) << 16 | UInt64(sym)
        let next = table.value(for: key)
        if next >= 0 {
          node = next
        } else {
          let created = Int32(parent.count)
          parent.append(node)
          edgeSymbol.append(sym)
          output.append(-1)
          table.set(created, for: key)
          node = created
        }
      }
      output[Int(node)] = Int32(p)
    }
    let nodeCount = parent.count
    // Children lists, flat (children of `n`: childList[childStart[n]..<childStart[n + 1]], in
    // creation order).
    var childStart = [Int32](repeating: 0, count: nodeCount + 1)
    for n in 1..<nodeCount { childStart[Int(parent[n]) + 1] += 1 }
    for n in 0..<nodeCount { childStart[n + 1] += childStart[n] }
    var childList = [Int32](repeating: 0, count: max(nodeCount - 1, 0))
    var fill = childStart
    for n in 1..<nodeCount {
      let p = Int(parent[n])
      childList[Int(fill[p])] = Int32(n)
      fill[p] += 1
    }
    // Failure and output links, breadth first: a child's failure is where its parent's
    // failure leads on the child's symbol, following failure links until a node has that
    // edge (the root has every edge it needs in `root`).
    var root = [Int32](repeating: 0, count: Int(nextSymbol))
    for c in childList[Int(childStart[0])..<Int(childStart[1])] { root[Int(edgeSymbol[Int(c)])] = c }
    var failure = [Int32](repeating: 0, count: nodeCount)
    var outputLink = [Int32](repeating: -1, count: nodeCount)
    var masks = [UInt64](repeating: 0, count: nodeCount)
    for n in 1..<max(nodeCount, 1) { masks[Int(parent[n])] |= 1 << UInt64(edgeSymbol[n] & 63) }
    func step(_ from: Int32, _ sym: UInt16) -> Int32 {
      var n = from
      while n != 0 {
        let t = table.value(for: UInt64(n) << 16 | UInt64(sym))
        if t >= 0 { return t }
        n = failure[Int(n)]
      }
      return root[Int(sym)]
    }
    var queue: [Int32] = Array(childList[Int(childStart[0])..<Int(childStart[1])])
    queue.reserveCapacity(nodeCount)
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      let n = Int(node)
      for c in childList[Int(childStart[n])..<Int(childStart[n + 1])] {
        let target = node == 0 ? 0 : step(failure[n], edgeSymbol[Int(c)])
        failure[Int(c)] = target
        outputLink[Int(c)] = output[Int(target)] >= 0 ? target : outputLink[Int(target)]
        queue.append(c)
      }
    }
    self.bmpSymbols = bmp
    self.otherSymbols = other
    precondition(nodeCount < 1 << 24, "lexicons too large for the automaton's 24-bit nodes")
    self.transitions = PackedTable(table.pairs, keyBits: 40)
    self.output = output
    self.outputLink = outputLink
    self.patternLengths = encoded.map { Int32($0.count) }
    self.rootNext = root
    var start: [Int32] = [0]
    var topics: [Int32] = []
    var values: [Double] = []
    for p in patterns {
      for tw in p.topicWeights {
        topics.append(Int32(tw.topic))
        values.append(tw.weight)
      }
      start.append(Int32(topics.count))
    }
    self.weightStart = start
    self.weightTopics = topics
    self.weightValues = values
    // Nodes are created parent first, so one pass gives every depth.
    var depth = [Int32](repeating: 0, count: nodeCount)
    for n in 1..<max(nodeCount, 1) { depth[n] = depth[Int(parent[n])] + 1 }
    self.nodes = (0..<nodeCount).map { n in
      NodeStep(
        transitionMask: masks[n], firstOutput: output[n] >= 0 ? Int32(n) : outputLink[n],
        failure: failure[n], depth: depth[n])
    }
    var startPairs = [UInt64](repeating: 0, count: 1024)
    var singleSymbols = [UInt64](repeating: 0, count: (Int(nextSymbol) + 63) / 64)
    for scalars in encoded where !scalars.isEmpty {
      let first = Int(symbol(scalars[0]))
      if scalars.count == 1 {
        singleSymbols[first >> 6] |= 1 << UInt64(first & 63)
      } else {
        let bit = Self.startBit(first, Int(symbol(scalars[1])))
        startPairs[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    self.startPairs = startPairs
    self.singleSymbols = singleSymbols
  }

  /// The bit of ``startPairs`` for a pair of symbols (multiplicative hashing of the pair).
  @inline(__always)
  static func startBit(_ first: Int, _ second: Int) -> Int {
    let key = UInt64(truncatingIfNeeded: first) &<< 16 | UInt64(truncatingIfNeeded: second)
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> 48)
  }

  /// Leftmost-longest, non-overlapping matches in normalised text.
  public func matches(in text: NormalizedText) -> [TermMatch] {
    matches(in: text.scalars)
  }

  /// Leftmost-longest, non-overlapping matches in a buffer of normalised scalars.
  public func matches(in scalars: [UInt32]) -> [TermMatch] {
    var raw: [TermMatch] = []
    let symbols = scalars.map { symbol(of: $0) }
    var buffer = [Int32](repeating: 0, count: symbols.count)
    withAutomaton { automaton in
      buffer.withUnsafeMutableBufferPointer { buffer in
        var starts = ScanStarts(automaton: automaton, buffer: buffer)
        for (position, symbol) in symbols.enumerated() { starts.note(symbol, at: position) }
        automaton.scan(from: starts.positions, count: symbols.count, symbolAt: { symbols[$0] }, into: &raw)
      }
    }
    return Self.leftmostLongest(raw)
  }

  /// The automaton's symbol for a normalised scalar (0 for one no pattern contains).
  @inline(__always)
  func symbol(of v: UInt32) -> Int {
    Int(v < 0x10000 ? bmpSymbols[Int(v)] : (otherSymbols[v] ?? 0))
  }

  /// Runs `body` with the automaton's tables in hand (no copy-on-write checks per character).
  @inline(__always)
  func withAutomaton<R>(_ body: (Automaton) -> R) -> R {
    rootNext.withUnsafeBufferPointer { root in
      nodes.withUnsafeBufferPointer { steps in
        output.withUnsafeBufferPointer { out in
          outputLink.withUnsafeBufferPointer { link in
            patternLengths.withUnsafeBufferPointer { lengths in
              transitions.withView { transitions in
                startPairs.withUnsafeBufferPointer { pairs in
                  singleSymbols.withUnsafeBufferPointer { singles in
                    body(
                      Automaton(
                        root: root, steps: steps, out: out, link: link, lengths: lengths,
                        transitions: transitions, startPairs: pairs, singleSymbols: singles))
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// The positions where a scan may leave its shallow state (see
  /// ``Automaton/scan(from:count:symbolAt:into:)``), collected one symbol at a time into a
  /// buffer with room for one position per symbol.
  struct ScanStarts {
    let automaton: Automaton
    let buffer: UnsafeMutableBufferPointer<Int32>
    /// How many positions were kept.
    private(set) var count = 0
    /// The symbol before the next one noted (0 before the first).
    private var previous = 0

    init(automaton: Automaton, buffer: UnsafeMutableBufferPointer<Int32>) {
      self.automaton = automaton
      self.buffer = buffer
    }

    /// Notes the symbol at `position` (positions in order from 0). The position is written
    /// whatever the answer and kept when ``Automaton/leavesShallow(_:_:)`` is 1: no branch,
    /// as this runs for every character.
    @inline(__always)
    mutating func note(_ symbol: Int, at position: Int) {
      buffer[count] = Int32(truncatingIfNeeded: position)
      count &+= automaton.leavesShallow(previous, symbol)
      previous = symbol
    }

    /// The positions kept, in increasing order.
    var positions: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(rebasing: buffer[0..<count]) }
  }

  /// The Aho-Corasick automaton's step and output, over borrowed tables.
  struct Automaton {
    let root: UnsafeBufferPointer<Int32>
    let steps: UnsafeBufferPointer<NodeStep>
    let out: UnsafeBufferPointer<Int32>
    let link: UnsafeBufferPointer<Int32>
    let lengths: UnsafeBufferPointer<Int32>
    let transitions: PackedTable.View
    let startPairs: UnsafeBufferPointer<UInt64>
    let singleSymbols: UnsafeBufferPointer<UInt64>

    /// Appends the raw matches (every pattern occurrence, overlapping) of a text of `count`
    /// symbols; `symbolAt(i)` is the symbol at `i`, and `starts` lists, in increasing order,
    /// the positions `i` where ``leavesShallow(_:_:)`` of the symbols at `i - 1` (0 for none)
    /// and `i` is 1.
    ///
    /// Most of a news text keeps the automaton shallow: its state is the root or the node of
    /// the last symbol alone (depth 1), a function of that symbol. From such a state the next
    /// symbol leads deeper only if the two begin a pattern, and it has an output only if it is
    /// a pattern by itself; otherwise the next state is shallow again, with no output. So the
    /// automaton steps only from the listed positions until it is shallow again, and the
    /// matches are those of a step at every symbol.
    @inline(__always)
    func scan(
      from starts: UnsafeBufferPointer<Int32>, count: Int, symbolAt: (Int) -> Int, into raw: inout [TermMatch]
    ) {
      var position = 0
      for start in starts {
        var i = Int(start)
        guard i >= position else { continue }
        var node = root[i == 0 ? 0 : symbolAt(i &- 1)]
        repeat {
          node = next(node, symbol: symbolAt(i))
          i &+= 1
          let first = firstOutput(node)
          if first >= 0 { appendMatches(from: first, end: i, to: &raw) }
        } while steps[Int(node)].depth > 1 && i < count
        position = i
      }
    }

    /// 1 when, from the shallow state of `previous` (see
    /// ``scan(from:count:symbolAt:into:)``), reading `symbol` may lead deeper or end a
    /// pattern: the two begin a pattern, or `symbol` is one; else 0. False positives only,
    /// from the pair filter. No branch: it runs for every character.
    @inline(__always)
    func leavesShallow(_ previous: Int, _ symbol: Int) -> Int {
      let bit = TermMatcher.startBit(previous, symbol)
      let pair = startPairs[bit &>> 6] &>> UInt64(bit & 63)
      let single = singleSymbols[symbol &>> 6] &>> UInt64(symbol & 63)
      return Int(truncatingIfNeeded: (pair | single) & 1)
    }

    /// The state after reading `symbol` in state `node` (symbol 0: back to the root).
    @inline(__always)
    func next(_ node: Int32, symbol: Int) -> Int32 {
      var n = node
      while n != 0 {
        let step = steps[Int(n)]
        if step.transitionMask & 1 &<< UInt64(symbol & 63) != 0 {
          let next = transitions.value(for: UInt64(n) &<< 16 | UInt64(symbol))
          if next >= 0 { return next }
        }
        n = step.failure
      }
      return root[symbol]
    }

    /// The first state on `node`'s output chain (itself or its output link), or -1 when no
    /// pattern ends in `node`.
    @inline(__always)
    func firstOutput(_ node: Int32) -> Int32 {
      steps[Int(node)].firstOutput
    }

    /// Appends the patterns of the output chain from `first` (see ``firstOutput(_:)``), the
    /// text read so far ending at `end`.
    @inline(__always)
    func appendMatches(from first: Int32, end: Int, to raw: inout [TermMatch]) {
      var hit = first
      while hit >= 0 {
        let p = Int(out[Int(hit)])
        raw.append(TermMatch(pattern: p, start: end - Int(lengths[p]), end: end))
        hit = link[Int(hit)]
      }
    }
  }

  /// Keeps, from all raw matches, the leftmost-longest non-overlapping ones, in text order.
  static func leftmostLongest(_ raw: [TermMatch]) -> [TermMatch] {
    var raw = raw
    return leftmostLongest(&raw)
  }

  /// ``leftmostLongest(_:)-([TermMatch])``, sorting `raw` in place (a buffer the caller
  /// reuses).
  static func leftmostLongest(_ raw: inout [TermMatch]) -> [TermMatch] {
    if raw.count <= 1 { return Array(raw) }
    raw.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    var chosen: [TermMatch] = []
    chosen.reserveCapacity(raw.count)
    var reached = 0
    for m in raw where m.start >= reached {
      chosen.append(m)
      reached = m.end
    }
    return chosen
  }
}
