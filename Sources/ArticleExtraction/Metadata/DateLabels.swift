/// Words printed before a date that say which date it is.
enum DateLabels {
    /// What a labelled date means.
    enum Kind: Sendable { case published, updated }

    /// Labels, longest first within each kind so `기사입력` wins over `입력`.
    static let table: [(label: String, kind: Kind)] = [
        ("최초입력", .published), ("최초 입력", .published), ("기사입력", .published), ("기사 입력", .published),
        ("기사등록", .published), ("기사 등록", .published), ("입력일", .published), ("입력", .published),
        ("승인", .published), ("발행일", .published), ("발행", .published), ("등록일", .published), ("등록", .published),
        ("작성일", .published), ("작성", .published), ("게재", .published), ("송고시간", .published), ("송고", .published),
        ("보도일", .published), ("게시일", .published), ("Posted", .published), ("Published", .published),
        ("기사최종편집일", .updated), ("최종편집일", .updated), ("최종편집", .updated), ("posted", .published), ("date", .published), ("게재 일자", .published), ("게재일", .published),
        ("최종수정", .updated), ("최종 수정", .updated), ("기사수정", .updated), ("수정일", .updated), ("수정", .updated),
        ("업데이트", .updated), ("갱신", .updated), ("Updated", .updated), ("Modified", .updated),
    ]

    /// `table` with each label as scalars, for matching inside scalar arrays.
    static let scalarTable: [(label: [Unicode.Scalar], kind: Kind)] = table.map { (Array($0.label.unicodeScalars), $0.kind) }

    /// How far before a date (in scalars) a label may stand.
    static let maxLabelDistance = 6
}
