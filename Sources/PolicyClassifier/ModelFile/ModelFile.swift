import Foundation
import PolicyCore
import PolicyFeatures

/// Reads and writes model files.
///
/// Layout (little-endian):
///
/// ```
/// "PTMODEL\n"               8 bytes magic
/// version                   UInt32 (currently 2; 1 lacked the paragraph-peak evidence)
/// header length             UInt32, then that many bytes of JSON (ModelFileHeader)
/// n-gram keys               UInt64 × ngramCount
/// idf                       Float32 × featureCount
/// naive Bayes weights       Float32 × featureCount·topics
/// naive Bayes bias          Float32 × topics
/// prototypes                Float32 × featureCount·topics
/// positive mass             Float32 × topics·featureCount
/// negative mass             Float32 × topics·featureCount
/// checksum                  UInt64, ``checksum(_:)`` of every byte before it
/// ```
///
/// Writes go to a temporary file in the same directory, are flushed to disk, then renamed over
/// the target, so a crash never leaves a half-written model.
public enum ModelFile {
  /// The magic bytes every model file starts with.
  public static let magic = Array("PTMODEL\n".utf8)
  /// The format version this program writes and reads.
  public static let version: UInt32 = 2

  struct Header: Codable {
    var metadata: ModelMetadata
    var termCount: Int
    var ngramCount: Int
    var maxNGramLength: Int
    var titleWeight: Float
    var termFrequency: TFIDFWeighting.TermFrequency
  }

  /// Serialises a model.
  public static func encode(_ model: TopicModel) throws(ClassifierError) -> [UInt8] {
    let header = Header(
      metadata: model.metadata, termCount: model.features.termCount,
      ngramCount: model.features.ngrams.count, maxNGramLength: model.features.maxNGramLength,
      titleWeight: model.features.titleWeight, termFrequency: model.weighting.termFrequency)
    let json: Data
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      json = try encoder.encode(header)
    } catch {
      throw .io(file: "model", reason: "cannot encode header: \(error)")
    }
    var out = magic
    append(version, to: &out)
    append(UInt32(json.count), to: &out)
    out.append(contentsOf: json)
    for k in model.features.ngrams.keys { append(k, to: &out) }
    for array in [
      model.weighting.idf, model.nbWeights, model.nbBias, model.prototypes, model.positiveMass,
      model.negativeMass,
    ] {
      array.withUnsafeBytes { out.append(contentsOf: $0) }
    }
    append(checksum(out[...]), to: &out)
    return out
  }

  /// The checksum of a model's bytes: FNV-1a 64 over 64-bit little-endian words (the tail
  /// zero-padded), with an xor-shift after each multiply so every bit reaches every other, then
  /// the length. A word at a time, it checks the 0.8 MB default model in about 0.1 ms; byte-wise
  /// FNV took 1.3 ms of every start-up.
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ word: UInt64) {
      h = (h ^ word) &* 0x0000_0100_0000_01B3
      h ^= h >> 29
    }
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for w in 0..<words { mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self))) }
      var last: UInt64 = 0
      for (k, b) in raw[(words * 8)...].enumerated() { last |= UInt64(b) << (8 * UInt64(k)) }
      mix(last)
    }
    mix(UInt64(bytes.count))
    return h
  }

  /// A model file's contents, checked for format and integrity but not yet bound to lexicons
  /// (so reading it can run beside loading the lexicons).
  public struct Contents: Sendable {
    let file: String
    let header: Header
    let keys: [UInt64]
    let idf: [Float]
    let nb: [Float]
    let bias: [Float]
    let prototypes: [Float]
    let positiveMass: [Float]
    let negativeMass: [Float]
  }

  /// Parses a model, checking magic, version, checksum, sizes and the lexicon fingerprint.
  public static func decode(_ bytes: [UInt8], lexicons: LexiconSet, file: String)
    throws(ClassifierError) -> TopicModel
  {
    try bind(parse(bytes, file: file), lexicons: lexicons)
  }

  /// Parses a model file's bytes: magic, version, checksum, header and parameter sizes.
  public static func parse(_ bytes: [UInt8], file: String) throws(ClassifierError) -> Contents {
    guard bytes.starts(with: magic) else { throw .notAModel(file: file) }
    // A model cut short after its magic bytes is a truncated model, not some other file.
    guard bytes.count >= magic.count + 8 else { throw .corrupt(file: file, reason: "file ends early") }
    var cursor = magic.count
    let found: UInt32 = read(bytes, &cursor)
    guard found <= version else {
      throw .unsupportedVersion(file: file, found: found, supported: version)
    }
    guard found == version else {
      throw .outdatedVersion(file: file, found: found, current: version)
    }
    guard bytes.count >= magic.count + 16 else { throw .corrupt(file: file, reason: "file ends early") }
    var tail = bytes.count - 8
    let stored: UInt64 = read(bytes, &tail)
    guard stored == checksum(bytes[0..<(bytes.count - 8)]) else {
      throw .corrupt(file: file, reason: "checksum mismatch (the file is truncated or was modified)")
    }
    let headerLength = Int(read(bytes, &cursor) as UInt32)
    guard cursor + headerLength <= bytes.count - 8 else {
      throw .corrupt(file: file, reason: "header runs past the end")
    }
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: Data(bytes[cursor..<(cursor + headerLength)]))
    } catch {
      throw .corrupt(file: file, reason: "unreadable header: \(error)")
    }
    cursor += headerLength
    let t = header.metadata.topics.count
    let f = header.termCount + header.ngramCount
    let expected = header.ngramCount * 8 + 4 * (f + f * t + t + f * t + 2 * t * f) + 8
    guard bytes.count - cursor == expected else {
      throw .corrupt(file: file, reason: "expected \(expected) bytes of parameters, found \(bytes.count - cursor)")
    }
    var keys: [UInt64] = []
    keys.reserveCapacity(header.ngramCount)
    // Repeated or impossible keys are refused when binding (``NGramVocabulary/init(uniqueKeys:)``).
    for _ in 0..<header.ngramCount { keys.append(read(bytes, &cursor)) }
    return Contents(
      file: file, header: header, keys: keys, idf: floats(bytes, &cursor, f), nb: floats(bytes, &cursor, f * t),
      bias: floats(bytes, &cursor, t), prototypes: floats(bytes, &cursor, f * t),
      positiveMass: floats(bytes, &cursor, t * f), negativeMass: floats(bytes, &cursor, t * f))
  }

  /// Binds parsed contents to the lexicons they were trained with: checks the fingerprint and
  /// builds the feature space. `matcher` may be given when already built from `lexicons`.
  public static func bind(_ contents: Contents, lexicons: LexiconSet, matcher: TermMatcher? = nil)
    throws(ClassifierError) -> TopicModel
  {
    let file = contents.file
    let header = contents.header
    guard header.metadata.lexiconFingerprint == lexicons.fingerprint else {
      throw .lexiconMismatch(file: file, model: header.metadata.lexiconFingerprint, current: lexicons.fingerprint)
    }
    let matcher = matcher ?? TermMatcher(lexicons: lexicons)
    guard matcher.termPatterns.count == header.termCount else {
      throw .corrupt(file: file, reason: "term count \(header.termCount) does not match the lexicons")
    }
    let t = header.metadata.topics.count
    guard t == lexicons.topics.count else {
      throw .corrupt(file: file, reason: "topic count \(t) does not match the lexicons")
    }
    guard header.titleWeight > 0, header.titleWeight.isFinite else {
      throw .corrupt(file: file, reason: "title weight \(header.titleWeight) is not positive")
    }
    guard contents.keys.count <= Trainer.maxNGrams else {
      throw .corrupt(
        file: file, reason: "\(contents.keys.count) n-grams, more than the \(Trainer.maxNGrams) a model can hold")
    }
    guard let ngrams = NGramVocabulary(uniqueKeys: contents.keys) else {
      throw .corrupt(file: file, reason: "an n-gram key repeats or is not a key")
    }
    guard ngrams.characterCount <= NGramVocabulary.maxCharacters else {
      throw .corrupt(file: file, reason: "the n-grams use more than \(NGramVocabulary.maxCharacters) characters")
    }
    let space = FeatureSpace(
      matcher: matcher, ngrams: ngrams, titleWeight: header.titleWeight, maxNGramLength: header.maxNGramLength)
    return TopicModel(
      metadata: header.metadata, features: space,
      weighting: TFIDFWeighting(termFrequency: header.termFrequency, idf: contents.idf), nbWeights: contents.nb,
      nbBias: contents.bias, prototypes: contents.prototypes, positiveMass: contents.positiveMass,
      negativeMass: contents.negativeMass)
  }

  /// Loads a model file.
  public static func load(_ url: URL, lexicons: LexiconSet) throws(ClassifierError) -> TopicModel {
    try bind(contents(of: url), lexicons: lexicons)
  }

  /// Reads and parses a model file (see ``parse(_:file:)``). A file that does not start with
  /// the magic bytes is refused before the rest of it is read (a corpus passed as `--model` by
  /// mistake is not loaded into memory).
  public static func contents(of url: URL) throws(ClassifierError) -> Contents {
    switch FileBytes.read(path: url.path, start: magic) {
    case .success(let bytes): return try parse(bytes, file: url.path)
    case .failure(.unexpectedStart): throw .notAModel(file: url.path)
    case .failure(.system(let reason)): throw .io(file: url.path, reason: "cannot read model: \(reason)")
    }
  }

  /// Writes a model atomically (temporary file, fsync, rename).
  public static func save(_ model: TopicModel, to url: URL) throws(ClassifierError) {
    let bytes = try encode(model)
    try AtomicFile.write(bytes, to: url)
  }

  static func append<T: FixedWidthInteger>(_ v: T, to out: inout [UInt8]) {
    withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
  }

  static func read<T: FixedWidthInteger>(_ bytes: [UInt8], _ cursor: inout Int) -> T {
    var v: T = 0
    for k in 0..<MemoryLayout<T>.size { v |= T(bytes[cursor + k]) << (8 * k) }
    cursor += MemoryLayout<T>.size
    return v
  }

  static func floats(_ bytes: [UInt8], _ cursor: inout Int, _ n: Int) -> [Float] {
    var out = [Float](repeating: 0, count: n)
    out.withUnsafeMutableBytes { dst in
      bytes.withUnsafeBytes { src in
        dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[cursor..<(cursor + n * 4)]))
      }
    }
    cursor += n * 4
    return out
  }
}

/// Atomic file replacement (see ``AtomicFileWriter``): the target is replaced whole or left
/// as it was.
public enum AtomicFile {
  /// Writes `bytes` to `url` atomically.
  public static func write(_ bytes: [UInt8], to url: URL) throws(ClassifierError) {
    do {
      let file = try AtomicFileWriter(replacing: url.path)
      try file.write(bytes)
      try file.commit()
    } catch {
      throw .io(file: url.path, reason: "\(error)")
    }
  }
}
