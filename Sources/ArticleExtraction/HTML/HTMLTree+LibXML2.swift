import ArticleFacts
import CLibXML2

extension HTMLTree {
    /// Elements whose text is kept raw (and only when useful): page data lives in scripts.
    static let dropContent: Lexicon = ["style", "noscript", "template", "svg", "math", "head-style"]

    /// Parses `utf8` with libxml2's HTML parser, always told the encoding is UTF-8.
    static func parse(utf8: String) -> HTMLTree {
        var tree = HTMLTree()
        var bytes = Array(utf8.utf8)
        if bytes.isEmpty { return tree }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        tree.nodes.reserveCapacity(bytes.count / 40)
        // Iterative walk: (libxml2 node, parent index in `tree`).
        var stack: [(xmlNodePtr, Int)] = []
        var child = doc.pointee.children
        var firstLevel: [xmlNodePtr] = []
        while let c = child {
            firstLevel.append(c)
            child = c.pointee.next
        }
        for c in firstLevel.reversed() { stack.append((c, 0)) }
        // libxml2 keeps tag and attribute names in its dictionary, so one pointer stands for one
        // name: each becomes a Swift string once. Class values repeat across a page too.
        var names: [UnsafePointer<xmlChar>: String] = [:]
        var classWords: [String: BoilerplateNames.Words] = [:]
        func intern(_ p: UnsafePointer<xmlChar>?) -> String {
            guard let p else { return "" }
            if let known = names[p] { return known }
            let s = String(cString: p).lowercased()
            names[p] = s
            return s
        }
        while let (node, parent) = stack.popLast() {
            let type = node.pointee.type
            if type == XML_ELEMENT_NODE {
                let name = intern(node.pointee.name)
                var attributes: [Attribute] = []
                var attr = node.pointee.properties
                while let a = attr {
                    let aname = intern(a.pointee.name)
                    var value = ""
                    var vnode = a.pointee.children
                    while let v = vnode {
                        if let content = v.pointee.content { value += String(cString: content) }
                        vnode = v.pointee.next
                    }
                    attributes.append(Attribute(name: aname, value: value))
                    attr = a.pointee.next
                }
                let index = tree.nodes.count
                var element = Node(name: name, text: "", parent: parent, children: [], attributes: attributes,
                                depth: tree.nodes[parent].depth + 1)
                if let cls = element.attribute("class"), !cls.isEmpty {
                    element.classTokens = cls.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
                    if let known = classWords[cls] {
                        element.words = known
                    } else {
                        let words = BoilerplateNames.words(ofValue: cls)
                        classWords[cls] = words
                        element.words = words
                    }
                }
                if let id = element.attribute("id"), !id.isEmpty {
                    element.words.append(BoilerplateNames.words(ofValue: id))
                }
                tree.nodes.append(element)
                tree.nodes[parent].children.append(index)
                if dropContent.contains(name) { continue }
                var kids: [xmlNodePtr] = []
                var k = node.pointee.children
                while let kk = k {
                    kids.append(kk)
                    k = kk.pointee.next
                }
                for kk in kids.reversed() { stack.append((kk, index)) }
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                guard let content = node.pointee.content else { continue }
                let text = String(cString: content)
                let index = tree.nodes.count
                tree.nodes.append(Node(name: "", text: text, parent: parent, children: [], attributes: [],
                                       depth: tree.nodes[parent].depth + 1))
                tree.nodes[parent].children.append(index)
            }
        }
        return tree
    }
}
