import PolicyCore

/// Finds publication dates in file names and page header lines.
public enum DateExtraction {
  /// The date a file name carries: `2024-03-05.txt`, `20240305.txt`, `page_2024-03-05_a.txt`,
  /// `2024_03_05.txt`, or a bare year `2014.txt` (year precision).
  ///
  /// - Returns: `nil` when the name has no date; throws when it has an impossible one
  ///   (`2023-02-30.txt`).
  public static func date(fromFileName name: String) throws(DateError) -> ArticleDate? {
    var stem = Substring(name)
    if let slash = stem.lastIndex(of: "/") { stem = stem[stem.index(after: slash)...] }
    for suffix in [".gz", ".txt", ".text", ".jsonl", ".json", ".ndjson", ".csv"]
    where stem.lowercased().hasSuffix(suffix) {
      stem = stem.dropLast(suffix.count)
    }
    let s = Array(stem.utf8)
    func digitsRun(at i: Int) -> Int {
      var j = i
      while j < s.count, s[j] >= 48, s[j] <= 57 { j += 1 }
      return j - i
    }
    func value(_ i: Int, _ n: Int) -> Int {
      var v = 0
      for k in i..<(i + n) { v = v * 10 + Int(s[k] - 48) }
      return v
    }
    var i = 0
    while i < s.count {
      let run = digitsRun(at: i)
      if run == 0 {
        i += 1
        continue
      }
      let boundaryBefore = i == 0 || !(s[i - 1] >= 48 && s[i - 1] <= 57)
      if boundaryBefore && run == 8 {
        return try ArticleDate(year: value(i, 4), month: value(i + 4, 2), day: value(i + 6, 2))
      }
      if boundaryBefore && run == 4, i + 10 <= s.count {
        let sep = s[i + 4]
        if sep == UInt8(ascii: "-") || sep == UInt8(ascii: "_") || sep == UInt8(ascii: "."),
          digitsRun(at: i + 5) == 2, s[i + 7] == sep, digitsRun(at: i + 8) == 2
        {
          return try ArticleDate(year: value(i, 4), month: value(i + 5, 2), day: value(i + 8, 2))
        }
      }
      if run == 4 && boundaryBefore && i == 0 && s.count == 4 {
        return try ArticleDate(year: value(0, 4))
      }
      i += run
    }
    return nil
  }

  /// A date written the Chinese way in a short header line: `2023年10月13日` (optionally with a
  /// weekday), or `2023-10-13`; or in a masthead (``isMasthead(_:)``). Long lines are article
  /// text, not headers, and give `nil`.
  public static func date(fromHeaderLine line: String) throws(DateError) -> ArticleDate? {
    let scalars = Array(line.unicodeScalars)
    guard scalars.count <= 30 || isMasthead(line) else { return nil }
    var numbers: [Int] = []
    var markers: [Unicode.Scalar] = []
    var current: Int? = nil
    for u in scalars {
      if let d = u.properties.numericType == .decimal ? u.properties.numericValue : nil {
        // A long run of digits (an order number, a phone number) is no date part: it stops
        // growing at a million instead of overflowing.
        current = min((current ?? 0) * 10 + Int(d), 1_000_000)
      } else {
        if let c = current {
          numbers.append(c)
          markers.append(u)
        }
        current = nil
      }
    }
    if let c = current {
      numbers.append(c)
      markers.append(" ")
    }
    guard numbers.count >= 3 else { return nil }
    for k in 0..<(numbers.count - 2) {
      let (y, m, d) = (numbers[k], numbers[k + 1], numbers[k + 2])
      let chinese = markers[k] == "年" && markers[k + 1] == "月" && markers[k + 2] == "日"
      let iso = markers[k] == "-" && markers[k + 1] == "-"
      if (chinese || iso) && (1900...2200).contains(y) {
        return try ArticleDate(year: y, month: m, day: d)
      }
    }
    return nil
  }

  /// Whether a line is shaped like a newspaper's masthead (`武进日报 2023年10月13日 星期五 第3版
  /// 要闻 责任编辑 张某`): at most 48 characters, no sentence punctuation, and naming a weekday, a
  /// page or a paper.
  static func isMasthead(_ line: String) -> Bool {
    let scalars = line.unicodeScalars
    guard scalars.count <= 48 else { return false }
    let punctuation: Set<Unicode.Scalar> = ["。", "，", ",", "；", ";", "！", "？"]
    guard !scalars.contains(where: { punctuation.contains($0) }) else { return false }
    return line.contains("星期") || line.contains("版") || line.contains("报")
  }
}
