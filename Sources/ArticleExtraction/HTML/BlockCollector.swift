import ArticleFacts
/// Turns a subtree into text blocks in reading order, skipping pruned furniture and
/// setting captions aside. Iterative: deep trees do not grow the call stack.
struct BlockCollector {
    /// Elements that start and end a block.
    static let blockTags: Lexicon = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
        "table", "tr", "td", "th", "dd", "dt", "dl", "header", "footer", "address", "center", "hr", "tbody", "thead",
        "caption", "details", "summary", "aside", "nav", "form", "fieldset", "figure", "body", "html", "dialog", "hgroup",
    ]
    /// Class/id words of caption elements.
    static let captionWords: Lexicon = ["caption", "figcaption", "photo_desc", "img_desc", "desc_photo", "photo-caption", "image-caption", "wp-caption-text", "txt_caption", "img_caption", "caption_text", "pic-cap", "photo-cap", "img-cap", "photo_caption", "desc", "img_desc", "photo-desc", "figure-caption", "article-body__figure-caption", "end_photo_org_caption", "photo_cap", "photocap", "pic_cap"]
    /// Longest block kept, in scalars (longer text is cut; no line may grow without bound).
    static let maxBlockLength = 200_000
    /// Most blocks collected.
    static let maxBlocks = 20_000

    /// The blocks and captions found.
    struct Output: Sendable {
        var blocks: [TextBlock] = []
        var captions: [String] = []
    }

    /// Collects the blocks under `root`; subtrees in `pruned` are furniture, those in `excluding` were read already.
    static func collect(_ tree: HTMLTree, root: Int, pruned: [Bool]?, excluding: Set<Int> = []) -> Output {
        var out = Output()
        var buffer = ""
        var linkChars = 0
        var linkDepth = 0
        var boldDepth = 0
        var boldChars = 0
        var blockNode = root
        var blockTag = tree.nodes[root].name

        func flush() {
            if !buffer.isEmpty {
                let text = TextTools.collapse(buffer)
                if !text.isEmpty, out.blocks.count < maxBlocks {
                    out.blocks.append(TextBlock(text: text, linkChars: min(linkChars, text.scalarCount), boldChars: boldChars, tag: blockTag, node: blockNode))
                }
            }
            buffer = ""
            linkChars = 0
            boldChars = 0
        }

        // Stack entries: node index, and whether this is the exit marker of an element.
        var stack: [(Int, Bool)] = [(root, false)]
        var blockStack: [(Int, String)] = []
        while let (i, exiting) = stack.popLast() {
            let node = tree.nodes[i]
            if exiting {
                if node.name == "a" { linkDepth -= 1 }
                if node.name == "strong" || node.name == "b" { boldDepth -= 1 }
                if blockTags.contains(node.name) {
                    flush()
                    _ = blockStack.popLast()
                    if let top = blockStack.last { (blockNode, blockTag) = top }
                }
                continue
            }
            if node.isText {
                if buffer.utf8.count < maxBlockLength {
                    buffer += node.text
                    if linkDepth > 0 {
                        for u in node.text.unicodeScalars where !TextTools.isSpace(u) { linkChars += 1 }
                    }
                    if boldDepth > 0 {
                        for u in node.text.unicodeScalars where !TextTools.isSpace(u) { boldChars += 1 }
                    }
                    if let last = node.text.unicodeScalars.last, !TextTools.isSpace(last) {
                        // keep words apart from the next node only where the page does
                    }
                }
                continue
            }
            if i != root {
                if excluding.contains(i) { continue }
                if node.name == "figcaption" || (isCaption(node) && node.name != "figure") {
                    let t = tree.text(of: i)
                    if !t.isEmpty { out.captions.append(t) }
                    continue
                }
                if node.name == "figure" {
                    for c in tree.descendants(of: i) where tree.nodes[c].name == "figcaption" || isCaption(tree.nodes[c]) {
                        let t = tree.text(of: c)
                        if !t.isEmpty { out.captions.append(t) }
                        break
                    }
                    continue
                }
                if let pruned, pruned[i] {
                    // A photo box pruned as a small widget still carries its caption.
                    for c in tree.descendants(of: i) where tree.nodes[c].name == "figcaption" || (c != i && isCaption(tree.nodes[c])) {
                        let t = tree.text(of: c)
                        if !t.isEmpty, !out.captions.contains(t) { out.captions.append(t) }
                    }
                    continue
                }
                if BoilerplateNames.skipTags.contains(node.name) { continue }
            }
            if node.name == "br" {
                flush()
                continue
            }
            if node.name == "img" { continue }
            if blockTags.contains(node.name) {
                flush()
                blockNode = i
                blockTag = node.name
                blockStack.append((i, node.name))
            }
            if node.name == "a" { linkDepth += 1 }
            if node.name == "strong" || node.name == "b" { boldDepth += 1 }
            stack.append((i, true))
            for c in node.children.reversed() { stack.append((c, false)) }
        }
        flush()
        return out
    }

    static func isCaption(_ node: HTMLTree.Node) -> Bool {
        BoilerplateNames.words(of: node).anyToken(captionWords)
    }
}
