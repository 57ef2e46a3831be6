import ArgumentParser
import Foundation
import PolicyIO

/// `policy-topics split`: bulletin pages → JSONL articles.
struct Split: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "split",
    abstract: "Splits bulletin pages into articles, one JSON object per line.",
    discussion: """
      Example:
        policy-topics split --date 2023-10-13 page.txt
      Pages may carry their date in the file name (2024-03-05.txt, 20240305.txt) or a header \
      line (2023年10月13日); --as-document keeps each file whole.
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
  var output: String?

  @Option(
    help:
      "Pages split at a time (output keeps the input order); the default is the number of cores this process may use.")
  var jobs: Int = AvailableCores.count

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if let output, output != "-" { try OutputLocation.checkFile(output, option: "--output") }
  }

  func run() throws {
    let diagnostics = Diagnostics(encoding: input.encoding)
    let sink = try OutputSink(path: output)
    var count = 0
    try input.reader(jobs: jobs).forEach { record in
      var line = JSONLineWriter()
      ArticleJSON.writeArticle(record, into: &line, includeLabels: true)
      line.finish()
      sink.write(line.bytes)
      count += 1
    } reject: {
      diagnostics.reject($0)
    }
    try sink.finish()
    try diagnostics.finish("\(count) article(s) written")
  }
}
