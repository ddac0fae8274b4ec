import COpenBLAS

/// Controls for the OpenBLAS library that performs the matrix products.
public enum BLAS {
    /// Sets how many threads OpenBLAS may use (1 gives reproducible timings on a shared machine).
    public static func setThreads(_ count: Int) {
        precondition(count >= 1, "OpenBLAS needs at least one thread")
        openblas_set_num_threads(Int32(count))
    }

    /// The number of threads OpenBLAS currently uses.
    public static var threads: Int { Int(openblas_get_num_threads()) }

    /// The CPU kernel family OpenBLAS selected at run time (for example "Cooperlake").
    public static var coreName: String {
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }
}
