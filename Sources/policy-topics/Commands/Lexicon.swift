import ArgumentParser
import Foundation
import PolicyFeatures
import PolicyIO

/// `policy-topics lexicon …`: inspect, validate and grow the topic lexicons.
struct LexiconCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract: "Lists, checks, matches and grows the topic lexicons.",
    subcommands: [List.self, Check.self, Match.self, Suggest.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "Shows each topic with its names and term counts.")
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
      let set = try Resources.lexicons(lexiconOptions.lexicons)
      print("topic                   zh            terms  exclusions  en")
      for t in set.topics {
        print(
          t.id.padding(toLength: 24, withPad: " ", startingAt: 0) + Self.pad(t.chineseName, to: 14)
            + String(format: "%5d  %10d  ", t.terms.count, t.exclusions.count) + t.englishName)
      }
      print("fingerprint \(set.fingerprint)")
    }

    /// Pads to a terminal width, counting East Asian wide characters as two columns.
    static func pad(_ s: String, to width: Int) -> String {
      let used = s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
      return s + String(repeating: " ", count: max(1, width - used))
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Validates every lexicon file; warnings name file:line.",
      discussion: "Exits 1 on an error (the file cannot be used), 0 otherwise; warnings go to stderr.")
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
      // Every file is read, so one run names every file's error.
      let set: LexiconSet
      switch LexiconParser().checkDirectory(try Resources.lexiconDirectory(lexiconOptions.lexicons)) {
      case .success(let loaded): set = loaded
      case .failure(let failure):
        for error in failure.errors { StandardError.write("policy-topics: \(error)\n") }
        throw CommandFailure("\(failure.errors.count) lexicon file(s) cannot be used (see above)")
      }
      let warnings = set.warnings()
      for w in warnings { StandardError.write("\(w)\n") }
      let terms = set.topics.reduce(0) { $0 + $1.terms.count }
      print("\(set.topics.count) topics, \(terms) terms, \(warnings.count) warning(s)")
    }
  }

  struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "match",
      abstract: "Shows the lexicon matches in text or files, with offsets.",
      discussion: """
        Offsets are in Unicode scalars (characters) of the original text, end exclusive. \
        An argument that names an existing file is read as a file; anything else is matched as text.
        """)
    @OptionGroup var lexiconOptions: LexiconOptions
    @Flag(help: "One JSON object per match: topic, term, start, end (plus source).")
    var json = false
    @Argument(help: "Text to match, or files.")
    var inputs: [String]

    func run() throws {
      let set = try Resources.lexicons(lexiconOptions.lexicons)
      let matcher = TermMatcher(lexicons: set)
      let normalizer = TextNormalizer()
      var totals = [Int](repeating: 0, count: set.topics.count)
      for input in inputs {
        let isFile = FileManager.default.fileExists(atPath: input)
        if !isFile && Self.looksLikePath(input) {
          StandardError.write("policy-topics: warning: no file '\(input)'; matching the argument as text\n")
        }
        let text: String
        if isFile {
          guard let data = FileManager.default.contents(atPath: input), let s = String(validating: data, as: UTF8.self)
          else {
            throw CommandFailure("\(input): unreadable or not valid UTF-8")
          }
          text = s
        } else {
          text = input
        }
        let source = isFile ? input : "<text>"
        let normal = normalizer.normalize(text, keepOffsets: true)
        for m in matcher.matches(in: normal) {
          let p = matcher.patterns[m.pattern]
          let start = normal.originalOffset(m.start)
          let end = normal.originalOffset(m.end)
          let topics =
            p.topicWeights.isEmpty
            ? [(id: "-", excluded: true)] : p.topicWeights.map { (id: set.topics[$0.topic].id, excluded: false) }
          for tw in p.topicWeights { totals[tw.topic] += 1 }
          for topic in topics where !topic.excluded {
            if json {
              var line = JSONLineWriter()
              line.field("topic", topic.id)
              line.field("term", p.text)
              line.field("start", start)
              line.field("end", end)
              line.field("source", source)
              line.finish()
              print(String(decoding: line.bytes.dropLast(), as: UTF8.self))
            } else {
              print("\(source)\t\(start)-\(end)\t\(topic.id)\t\(p.text)")
            }
          }
          if !p.excludedTopics.isEmpty && !json {
            let ids = p.excludedTopics.map { set.topics[$0].id }.joined(separator: ",")
            print("\(source)\t\(start)-\(end)\t(excluded for \(ids))\t\(p.text)")
          }
        }
      }
      let summary = set.topics.indices.filter { totals[$0] > 0 }.map { "\(set.topics[$0].id)=\(totals[$0])" }
      StandardError.write("mentions: \(summary.isEmpty ? "none" : summary.joined(separator: " "))\n")
    }

    /// Whether an argument that names no file was probably meant as one: it has a slash, or
    /// ends in a file extension (a dot and a few ASCII letters or digits), and no CJK text.
    static func looksLikePath(_ argument: String) -> Bool {
      guard argument.unicodeScalars.allSatisfy(\.isASCII) else { return false }
      if argument.contains("/") { return true }
      guard let dot = argument.lastIndex(of: ".") else { return false }
      let ext = argument[argument.index(after: dot)...]
      return (1...5).contains(ext.count) && ext.allSatisfy { $0.isLetter || $0.isNumber }
    }
  }
}
