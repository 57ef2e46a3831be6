import ArgumentParser
import Foundation

/// The `policy-topics` command.
@main
struct PolicyTopics: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy-topics",
    abstract: "Tags Chinese policy news by topic and turns dated bulletins into topic-trend reports.",
    discussion: """
      Exit status: 0 on success; 1 on an error; 2 when the job finished but some input records \
      were rejected (each is reported on stderr with file:line); 64 on a usage error.
      """,
    version: "0.1.0",
    subcommands: [
      Split.self, LexiconCommand.self, Tag.self, Train.self, Evaluate.self, Report.self,
      Ingest.self, Retag.self, Export.self, Stats.self,
    ])

  /// Starts loading `tag`'s resources while the arguments are parsed (see ``StartupPrefetch``),
  /// then runs as every command does, and fails when what the command printed could not be
  /// written.
  static func main() {
    StartupPrefetch.start(arguments: CommandLine.arguments, cores: AvailableCores.count)
    do {
      var command = try parseAsRoot(nil)
      try command.run()
      try StandardOutput.flush()
    } catch {
      // `--help` and `--version` end here too: print their text and check it was written, as
      // every command's output is (ArgumentParser's own exit ignores a failed write).
      let message = fullMessage(for: error)
      if exitCode(for: error) == .success && !message.isEmpty {
        print(message)
        do { try StandardOutput.flush() } catch { exit(withError: error) }
        exit(withError: ExitCode.success)
      }
      exit(withError: error)
    }
  }
}
