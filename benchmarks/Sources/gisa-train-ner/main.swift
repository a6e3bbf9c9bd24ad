import ArticleFacts
import Foundation
import NERTraining

// gisa-train-ner: trains the fact stage's learned entity recogniser (issue 11) from KLUE dev, and
// cross-validates it on KLUE dev's news sentences next to the rules alone. Run from the repository root.

let usage = """
    usage: gisa-train-ner train [options]             train on every KLUE dev sentence, write the model
           gisa-train-ner tag TEXT...                 the rules' and the model's spans (with margins) of each TEXT
           gisa-train-ner time                        the fact stage's time without and with the model (articles of 20 KLUE sentences)
           gisa-train-ner cv [--folds N] [options]    cross-validate on the news sentences
    options: --data PATH     KLUE dev tsv (../shared/data/klue-ner/klue-ner-v1.1_dev.tsv)
             --output PATH   model file (Sources/CNERModel/gisa-ner.model)
             --lexicons DIR  word lists whose hits are features (../shared/data/ner-lexicons)
             --epochs N (8)  --bits N (20, log2 of the weight buckets)  --seed N (11)
             --news-only     train without the movie-review sentences
             --limit N       only the first N news sentences
    """

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

var options = TrainingOptions()
var data = "../shared/data/klue-ner/klue-ner-v1.1_dev.tsv"
var output = "Sources/CNERModel/gisa-ner.model"
var lexicons = "../shared/data/ner-lexicons"
var arguments = CommandLine.arguments.dropFirst()
let command = arguments.popFirst()
if command == "tag" {
    do {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: output)))
        let model = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        for text in arguments {
            let scalars = Array(text.unicodeScalars)
            let facts = FactExtractor.extract(FactInput(fields: [TextField(name: "body", text: text)], reference: nil), recogniser: nil)
            let rules = facts.nerSpans(field: "body")
            let decoded = model.decodeWithMargins(features: model.features(scalars, ruleSpans: rules), count: scalars.count)
            func show(_ span: NERSpan) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
            print(text)
            print("  rules: " + rules.map { "\($0.label.code) \(show($0))" }.joined(separator: ", "))
            for span in NERSpan.spans(decoded.tags) {
                let margin = (span.start..<span.end).map { decoded.margins[$0] }.min() ?? 0
                let kept = LearnedSpanFilter.standard.spans(tags: decoded.tags, margins: decoded.margins, scalars: scalars).contains(span)
                print("  model: \(span.label.code) \(show(span)) margin \(Int(margin))\(kept ? "" : " (filtered)")")
            }
        }
    } catch {
        log("gisa-train-ner: \(error)")
        exit(2)
    }
    exit(0)
}

do {
    func value(_ name: String) throws -> String {
        guard let v = arguments.popFirst() else { throw TrainError.usage("\(name) needs a value\n" + usage) }
        return v
    }
    func number(_ name: String) throws -> Int {
        guard let n = Int(try value(name)), n >= 0 else { throw TrainError.usage("\(name) needs a number\n" + usage) }
        return n
    }
    while let arg = arguments.popFirst() {
        switch arg {
        case "--data": data = try value(arg)
        case "--output": output = try value(arg)
        case "--lexicons": lexicons = try value(arg)
        case "--epochs": options.epochs = try number(arg)
        case "--bits": options.bucketBits = try number(arg)
        case "--seed": options.seed = UInt64(try number(arg))
        case "--folds": options.folds = try number(arg)
        case "--limit": options.limit = try number(arg)
        case "--news-only": options.withReviews = false
        default: throw TrainError.usage("unknown option \(arg)\n" + usage)
        }
    }
    let sentences = try KlueSentence.read(data)
    let lexicon = try NERLexicon.read(directory: lexicons)
    let (news, reviews) = CrossValidation.split(sentences, lexicon: lexicon, options)
    log("\(lexicon.entries.count) lexicon entries")
    log("\(news.count) news sentences, \(reviews.count) review sentences (training only)")
    switch command {
    case "time":
        let model = try [UInt8](Data(contentsOf: URL(fileURLWithPath: output))).withUnsafeBytes { try NERModel(bytes: $0) }
        let articles = stride(from: 0, to: sentences.count, by: 20).map { i in
            FactInput(fields: [TextField(name: "body", text: sentences[i..<min(i + 20, sentences.count)].map(\.text).joined(separator: " "))],
                      reference: nil)
        }
        var seconds: [Double] = []
        for recogniser in [nil, model] as [NERModel?] {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<3 { for article in articles { _ = FactExtractor.extract(article, recogniser: recogniser) } }
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 3e9)
        }
        print("fact stage over \(articles.count) articles: rules \(CrossValidation.format(seconds[0])) s, "
              + "rules + model \(CrossValidation.format(seconds[1])) s (×\(CrossValidation.format(seconds[1] / seconds[0])))")
    case "cv":
        let cv = CrossValidation(news: news, reviews: reviews, lexicon: lexicon, options: options)
        log("combined macro F1 per fold: " + cv.foldMacroF1.map(CrossValidation.format).joined(separator: " "))
        print(cv.report)
        for (margin, scores) in zip(CrossValidation.probeMargins, cv.probes) {
            log("margin \(margin): combined " + NERLabel.allCases.prefix(3).map { label in
                let x = scores.prf(label)
                return "\(label.code) P \(CrossValidation.format(x.p)) R \(CrossValidation.format(x.r)) F \(CrossValidation.format(x.f))"
            }.joined(separator: ", ") + " macro \(CrossValidation.format(scores.macroF1))")
        }
    case "train":
        let bytes = CrossValidation.train(on: news + reviews, lexicon: lexicon, options).serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        log("wrote \(output) (\(bytes.count) bytes)")
    default:
        throw TrainError.usage(usage)
    }
} catch {
    log("gisa-train-ner: \(error)")
    exit(2)
}
