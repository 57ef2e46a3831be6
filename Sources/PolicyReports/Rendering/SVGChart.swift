/// Inline SVG charts for ``HTMLReportRenderer``, drawn as strings.
///
/// Every piece of text placed in the SVG (labels, series names, titles) goes through
/// `markupEscaped`, so the result can be inserted into HTML unescaped. The SVG carries no
/// `xmlns` (inline SVG in HTML does not need it) and references nothing outside itself.

/// Series colours: the Tableau 10 palette with its grey moved last, then two dark extras.
/// Past 12 series the colours repeat with a dash pattern (see ``SVGSeriesStyle``).
enum SVGPalette {
  static let colours = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#ad494a", "#7f7f7f",
  ]
  static let dashes: [String?] = [nil, "7 3", "2 2"]
}

/// The colour and dash pattern of the series at one index.
struct SVGSeriesStyle: Hashable {
  var colour: String
  var dash: String?

  init(index: Int) {
    colour = SVGPalette.colours[index % SVGPalette.colours.count]
    dash = SVGPalette.dashes[(index / SVGPalette.colours.count) % SVGPalette.dashes.count]
  }

  /// ` stroke-dasharray="7 3"` or nothing.
  var dashAttribute: String { dash.map { " stroke-dasharray=\"\($0)\"" } ?? "" }
}

/// A line chart of shares (0…1) over labelled periods, one polyline per series, with
/// gridlines, thinned x labels, axis titles, a legend and circles on bursts.
///
/// The y axis runs from 0 to a round percentage at or above the largest share, with at
/// most 6 steps of 0.5, 1, 2, 2.5, 5, 10, 20, 25 or 50 points. X labels are thinned to
/// every `ceil(n / maxTicks)`-th period, starting with the first.
struct SVGLineChart {
  /// One line.
  struct Series {
    /// Legend text.
    var name: String
    /// Colour and dash pattern.
    var style: SVGSeriesStyle
    /// One share per label.
    var values: [Double]
    /// One flag per label; bursts get a circle.
    var bursts: [Bool]
  }

  /// The `id` attribute of the `<svg>`.
  var id: String
  /// The accessible name (`aria-label` and `<title>`).
  var title: String
  /// One label per period, oldest first.
  var labels: [String]
  var series: [Series]
  var xTitle: String
  var yTitle: String
  var width = 960.0
  var plotHeight = 320.0
  var maxTicks = 12
  /// Below this many periods every point gets a small dot.
  var dotLimit = 30

  private let left = 64.0
  private let right = 40.0
  private let top = 16.0
  private let legendRowHeight = 22.0

  /// A legend column as wide as the longest entry (12 px per wide character, 6.7 px per
  /// other character at font size 12), so long topic names never run into the next column.
  private var legendColumnWidth: Double {
    let names = series.map(\.name) + ["burst (see the rule below)"]
    let widest =
      names.map { name in
        name.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x1100 ? 12 : 6.7) }
      }.max() ?? 0
    return max(160, widest + 30 + 18)
  }

  /// The chart as an `<svg>` element.
  func render() -> String {
    let n = labels.count
    let plotWidth = width - left - right
    let bottom = top + plotHeight
    let legendTop = bottom + 62
    let columnWidth = legendColumnWidth
    let columns = max(1, Int(plotWidth / columnWidth))
    let legendItems = series.count + 1
    let legendRows = (legendItems + columns - 1) / columns
    let height = legendTop + Double(legendRows) * legendRowHeight + 6
    let scale = SVGLineChart.yScale(maxShare: series.flatMap(\.values).max() ?? 0)

    func x(_ i: Int) -> Double {
      n <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(n - 1)
    }
    func y(_ share: Double) -> Double {
      bottom - min(1, max(0, share * 100 / scale.max)) * plotHeight
    }

    var svg = SVGBuilder()
    svg.open(
      "svg",
      [
        ("id", id), ("class", "chart"), ("role", "img"), ("aria-label", title),
        ("width", num(width)), ("height", num(height)),
        ("viewBox", "0 0 \(num(width)) \(num(height))"), ("font-size", "12"),
      ])
    svg.element("title", text: title)
    svg.element("rect", [("x", "0"), ("y", "0"), ("width", num(width)), ("height", num(height)), ("fill", "#ffffff")])

    // Horizontal gridlines and y labels.
    svg.open("g", [("class", "y-axis")])
    for tick in 0...scale.steps {
      let value = Double(tick) * scale.step
      let ty = bottom - Double(tick) / Double(scale.steps) * plotHeight
      svg.element(
        "line",
        [
          ("x1", num(left)), ("y1", num(ty)), ("x2", num(left + plotWidth)), ("y2", num(ty)),
          ("stroke", tick == 0 ? "#444444" : "#dddddd"), ("stroke-width", "1"),
        ])
      let digits = scale.step.rounded() == scale.step ? 0 : 1
      svg.element(
        "text", [("x", num(left - 8)), ("y", num(ty + 4)), ("text-anchor", "end"), ("fill", "#333333")],
        text: DecimalText.fixed(value, digits: digits) + "%")
    }
    svg.close("g")

    // X ticks and labels, thinned.
    svg.open("g", [("class", "x-axis")])
    svg.element(
      "line",
      [
        ("x1", num(left)), ("y1", num(top)), ("x2", num(left)), ("y2", num(bottom)),
        ("stroke", "#444444"), ("stroke-width", "1"),
      ])
    for i in SVGLineChart.tickIndices(count: n, maxTicks: maxTicks) {
      svg.element(
        "line",
        [
          ("x1", num(x(i))), ("y1", num(top)), ("x2", num(x(i))), ("y2", num(bottom + 5)),
          ("stroke", "#eeeeee"), ("stroke-width", "1"),
        ])
      svg.element(
        "text", [("x", num(x(i))), ("y", num(bottom + 19)), ("text-anchor", "middle"), ("fill", "#333333")],
        text: labels[i])
    }
    svg.close("g")

    // Axis titles.
    svg.element(
      "text",
      [
        ("class", "axis-title"), ("x", num(left + plotWidth / 2)), ("y", num(bottom + 42)),
        ("text-anchor", "middle"), ("font-weight", "bold"), ("fill", "#222222"),
      ], text: xTitle)
    let midY = top + plotHeight / 2
    svg.element(
      "text",
      [
        ("class", "axis-title"), ("x", "16"), ("y", num(midY)), ("text-anchor", "middle"),
        ("font-weight", "bold"), ("fill", "#222222"), ("transform", "rotate(-90 16 \(num(midY)))"),
      ], text: yTitle)

    if n == 0 {
      svg.element(
        "text",
        [("x", num(left + plotWidth / 2)), ("y", num(midY)), ("text-anchor", "middle"), ("fill", "#666666")],
        text: "No dated articles in range")
    }

    // Lines, dots, bursts.
    svg.open("g", [("class", "series")])
    for s in series where n > 0 {
      let points = s.values.indices.map { "\(num(x($0))),\(num(y(s.values[$0])))" }
      svg.raw(
        "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(s.style.colour)\""
          + " stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"\(s.style.dashAttribute)>"
          + "<title>\(s.name.markupEscaped)</title></polyline>")
      if n <= dotLimit {
        for (i, v) in s.values.enumerated() {
          svg.raw(
            "<circle cx=\"\(num(x(i)))\" cy=\"\(num(y(v)))\" r=\"2.5\" fill=\"\(s.style.colour)\">"
              + "<title>\((s.name + " · " + labels[i] + ": " + DecimalText.percent(v) + "%").markupEscaped)</title>"
              + "</circle>")
        }
      }
    }
    for s in series where n > 0 {
      for (i, isBurst) in s.bursts.enumerated() where isBurst && i < s.values.count {
        let tip = s.name + " · " + labels[i] + ": burst, " + DecimalText.percent(s.values[i]) + "%"
        svg.raw(
          "<circle class=\"burst\" cx=\"\(num(x(i)))\" cy=\"\(num(y(s.values[i])))\" r=\"6\""
            + " fill=\"\(s.style.colour)\" stroke=\"#111111\" stroke-width=\"2\">"
            + "<title>\(tip.markupEscaped)</title></circle>")
      }
    }
    svg.close("g")

    // Legend.
    svg.open("g", [("class", "legend")])
    for (j, s) in series.enumerated() {
      let (lx, ly) = legendPosition(j, columns: columns, width: columnWidth, top: legendTop)
      svg.raw(
        "<line x1=\"\(num(lx))\" y1=\"\(num(ly))\" x2=\"\(num(lx + 24))\" y2=\"\(num(ly))\""
          + " stroke=\"\(s.style.colour)\" stroke-width=\"3\"\(s.style.dashAttribute)/>")
      svg.element("text", [("x", num(lx + 30)), ("y", num(ly + 4)), ("fill", "#222222")], text: s.name)
    }
    let (bx, by) = legendPosition(series.count, columns: columns, width: columnWidth, top: legendTop)
    svg.raw(
      "<circle cx=\"\(num(bx + 12))\" cy=\"\(num(by))\" r=\"6\" fill=\"#ffffff\" stroke=\"#111111\""
        + " stroke-width=\"2\"/>")
    svg.element(
      "text", [("x", num(bx + 30)), ("y", num(by + 4)), ("fill", "#222222")], text: "burst (see the rule below)")
    svg.close("g")
    svg.close("svg")
    return svg.text
  }

  private func legendPosition(_ j: Int, columns: Int, width: Double, top: Double) -> (Double, Double) {
    (left + Double(j % columns) * width, top + Double(j / columns) * legendRowHeight + 8)
  }

  /// The y axis: its top in percent, the step and the number of steps.
  static func yScale(maxShare: Double) -> (max: Double, step: Double, steps: Int) {
    let maxPercent = maxShare * 100
    guard maxPercent.isFinite, maxPercent > 0 else { return (10, 2, 5) }
    for step in [0.5, 1, 2, 2.5, 5, 10, 20, 25, 50] {
      let steps = max(1, Int((maxPercent / step).rounded(.up)))
      if steps <= 6 { return (Double(steps) * step, step, steps) }
    }
    let steps = max(1, Int((maxPercent / 100).rounded(.up)))
    return (Double(steps) * 100, 100, steps)
  }

  /// The label indices shown: every `ceil(count / maxTicks)`-th, from the first.
  static func tickIndices(count: Int, maxTicks: Int) -> [Int] {
    guard count > 0 else { return [] }
    let step = max(1, (count + maxTicks - 1) / maxTicks)
    return Array(stride(from: 0, to: count, by: step))
  }
}

/// A small chart of one series: an area, a line, burst circles and a dot on the latest value.
/// The y scale runs from 0 to the series' own maximum.
struct SVGSparkline {
  var values: [Double]
  var bursts: [Bool]
  var style: SVGSeriesStyle
  /// The accessible name.
  var label: String
  var width = 200.0
  var height = 48.0

  /// The sparkline as an `<svg>` element.
  func render() -> String {
    let pad = 6.0
    let n = values.count
    let top = values.max() ?? 0
    func x(_ i: Int) -> Double {
      n <= 1 ? width / 2 : pad + (width - 2 * pad) * Double(i) / Double(n - 1)
    }
    func y(_ v: Double) -> Double {
      let f = top > 0 ? min(1, max(0, v / top)) : 0
      return height - pad - f * (height - 2 * pad)
    }
    var svg = SVGBuilder()
    svg.open(
      "svg",
      [
        ("class", "sparkline"), ("role", "img"), ("aria-label", label), ("width", num(width)),
        ("height", num(height)), ("viewBox", "0 0 \(num(width)) \(num(height))"),
      ])
    svg.element("title", text: label)
    svg.element(
      "line",
      [
        ("x1", num(pad)), ("y1", num(height - pad)), ("x2", num(width - pad)), ("y2", num(height - pad)),
        ("stroke", "#cccccc"), ("stroke-width", "1"),
      ])
    if n > 0 {
      let points = values.indices.map { "\(num(x($0))),\(num(y(values[$0])))" }
      if n > 1 {
        let area = ["\(num(x(0))),\(num(height - pad))"] + points + ["\(num(x(n - 1))),\(num(height - pad))"]
        svg.raw(
          "<polygon points=\"\(area.joined(separator: " "))\" fill=\"\(style.colour)\" fill-opacity=\"0.15\" stroke=\"none\"/>"
        )
        svg.raw(
          "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(style.colour)\""
            + " stroke-width=\"1.5\" stroke-linejoin=\"round\"\(style.dashAttribute)/>")
      }
      for (i, isBurst) in bursts.enumerated() where isBurst && i < n {
        svg.raw(
          "<circle class=\"burst\" cx=\"\(num(x(i)))\" cy=\"\(num(y(values[i])))\" r=\"3.5\""
            + " fill=\"\(style.colour)\" stroke=\"#111111\" stroke-width=\"1.2\"/>")
      }
      svg.raw(
        "<circle cx=\"\(num(x(n - 1)))\" cy=\"\(num(y(values[n - 1])))\" r=\"2.5\" fill=\"\(style.colour)\"/>")
    }
    svg.close("svg")
    return svg.text
  }
}

/// Writes SVG markup; attribute values and text are escaped.
struct SVGBuilder {
  private(set) var text = ""

  mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    text += "<\(name)\(Self.attributes(attributes))>"
  }

  mutating func close(_ name: String) {
    text += "</\(name)>"
    if name == "svg" || name == "g" { text += "\n" }
  }

  /// An element with escaped text content, or self-closing without text.
  mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String? = nil) {
    if let content {
      text += "<\(name)\(Self.attributes(attributes))>\(content.markupEscaped)</\(name)>"
    } else {
      text += "<\(name)\(Self.attributes(attributes))/>"
    }
  }

  /// Markup that is already safe.
  mutating func raw(_ markup: String) {
    text += markup
  }

  private static func attributes(_ list: [(String, String)]) -> String {
    list.map { " \($0.0)=\"\($0.1.markupEscaped)\"" }.joined()
  }
}

/// A coordinate with one decimal.
private func num(_ v: Double) -> String { DecimalText.fixed(v, digits: 1) }
