/// One name of the entity lexicon: the written form and what it stands for.
struct LexiconEntry: Hashable, Sendable {
    let scalars: [Unicode.Scalar]
    /// The entity's canonical name.
    let canonical: String
    let kind: Entity.Kind
    /// Whether the written form is a short name or acronym rather than the canonical name.
    let isAlias: Bool
    /// Whether it names a news outlet (a photo credit at the end of a caption is not a mention).
    let isMedia: Bool
    /// Whether the form names a place only inside an address chain (`경남 진해`, `경기 용인시`): alone it is a
    /// common word (`경기` is also a game, `음성` a voice).
    var chainOnly = false
    /// Whether the form is a province, city or district, which can continue an address (`서울 서초구`).
    var isAddressPart = false
    /// Whether the form names a country, which acts as an organisation when it is the subject (`북한이 발표했다`).
    var isCountry = false
}
