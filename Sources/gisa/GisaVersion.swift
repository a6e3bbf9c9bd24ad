/// The version both executables report.
enum GisaVersion {
    static let string = "0.1.0"
}
