import Foundation

/// Choosing OpenBLAS's kernel from what the CPU can do rather than from its model number.
///
/// OpenBLAS picks its kernel when the library loads, from the CPU's family and model. A release
/// older than the CPU does not know the model and falls back to a generic kernel: Debian 12's
/// OpenBLAS 0.3.21 runs its SSE3 "Prescott" kernel on recent Xeons with AVX-512, at about a
/// third of the speed (the benchmark README has the numbers). The vector instructions the CPU
/// offers say which kernel family fits, and `OPENBLAS_CORETYPE` asks OpenBLAS for it; since
/// the library reads it only when it loads, a program sets it and starts itself again
/// (`relaunchWithFittingKernel(arguments:)`). A value already in the environment is always
/// left alone: some machines preset it because old OpenBLAS builds crash on their CPUs.
public enum BLASKernel {
    /// The widest vector instructions a kernel family uses (or a CPU offers), weakest first.
    public enum Level: Int, Comparable, Sendable {
        case sse = 1
        case avx
        case avx2
        case avx512

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// The kernel family to ask for at each level, as `OPENBLAS_CORETYPE` names it.
    static func kernel(for level: Level) -> String? {
        switch level {
        case .sse: nil
        case .avx: "Sandybridge"
        case .avx2: "Haswell"
        case .avx512: "SkylakeX"
        }
    }

    /// The level of an x86-64 kernel family, by the name `openblas_get_corename` reports;
    /// nil for a name this table does not know (another architecture, a newer release).
    static func level(ofKernel name: String) -> Level? {
        switch name.lowercased() {
        case "skylakex", "cooperlake", "sapphirerapids": .avx512
        case "haswell", "zen", "excavator": .avx2
        case "sandybridge", "bulldozer", "piledriver", "steamroller": .avx
        case "prescott", "core2", "penryn", "dunnington", "nehalem", "atom", "opteron", "opteron_sse3",
            "barcelona", "bobcat", "katmai", "coppermine", "northwood", "banias":
            .sse
        default: nil
        }
    }

    /// The level a CPU supports, from its feature flags (the `flags` line of Linux's
    /// /proc/cpuinfo). AVX-512 counts only with the F, DQ, BW and VL parts OpenBLAS's
    /// SkylakeX kernel uses.
    static func level(ofCPUFlags flags: Set<String>) -> Level {
        if ["avx512f", "avx512dq", "avx512bw", "avx512vl"].allSatisfy(flags.contains) { return .avx512 }
        if flags.contains("avx2") && flags.contains("fma") { return .avx2 }
        if flags.contains("avx") { return .avx }
        return .sse
    }

    /// The flags of the first processor in /proc/cpuinfo; nil where there is none (macOS) or
    /// where the file lists no x86 `flags` line (arm64).
    public static func cpuFlags() -> Set<String>? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
            let colon = line.firstIndex(of: ":")
        else { return nil }
        return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
    }

    /// The kernel family to ask for, or nil when OpenBLAS's own choice is as strong as the CPU
    /// allows, when the CPU or the kernel is not one this table knows, or when
    /// `OPENBLAS_CORETYPE` is already set.
    public static func fittingKernel(
        current: String = BLAS.coreName, cpuFlags flags: Set<String>? = cpuFlags(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        guard environment["OPENBLAS_CORETYPE"] == nil, let flags, let have = level(ofKernel: current) else {
            return nil
        }
        let fits = level(ofCPUFlags: flags)
        return fits > have ? kernel(for: fits) : nil
    }

    /// Whether the kernel in use leaves speed unused on this CPU, and which family would fit,
    /// for `udl bench` to say so: (current kernel, fitting kernel) or nil.
    public static func unusedSpeed(current: String = BLAS.coreName, cpuFlags flags: Set<String>? = cpuFlags())
        -> (current: String, fitting: String)?
    {
        guard let flags, let have = level(ofKernel: current) else { return nil }
        let fits = level(ofCPUFlags: flags)
        guard fits > have, let kernel = kernel(for: fits) else { return nil }
        return (current, kernel)
    }

    /// The environment variable that marks a process already started again, so it never loops.
    static let relaunchedVariable = "UDL_BLAS_RELAUNCHED"

    /// Starts the program again with `OPENBLAS_CORETYPE` set to the fitting kernel when
    /// `fittingKernel()` names one (and returns only when it does not, or when starting again
    /// fails). Call it first thing in `main`, before any other work: the process is replaced.
    public static func relaunchWithFittingKernel(arguments: [String] = CommandLine.arguments) {
        let environment = ProcessInfo.processInfo.environment
        guard environment[relaunchedVariable] == nil, let kernel = fittingKernel(environment: environment),
            let executable = Bundle.main.executablePath
        else { return }
        setenv("OPENBLAS_CORETYPE", kernel, 1)
        setenv(relaunchedVariable, "1", 1)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(executable, &argv)
        // Only reached if execv failed: carry on with the kernel OpenBLAS chose.
        unsetenv("OPENBLAS_CORETYPE")
    }
}
