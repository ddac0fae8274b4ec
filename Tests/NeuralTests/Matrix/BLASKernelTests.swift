import Testing

@testable import Neural

/// The kernel OpenBLAS should run, from the CPU's flags and the kernel it chose itself.
@Suite struct BLASKernelTests {
    static let avx512: Set<String> = ["sse3", "avx", "avx2", "fma", "avx512f", "avx512dq", "avx512bw", "avx512vl"]

    @Test func cpuLevelsFromFlags() {
        #expect(BLASKernel.level(ofCPUFlags: Self.avx512) == .avx512)
        #expect(BLASKernel.level(ofCPUFlags: ["avx", "avx2", "fma", "avx512f"]) == .avx2)
        #expect(BLASKernel.level(ofCPUFlags: ["avx", "avx2"]) == .avx)
        #expect(BLASKernel.level(ofCPUFlags: ["sse3"]) == .sse)
    }

    /// The case of issue 9's Xeon: OpenBLAS 0.3.21 falls back to Prescott on an AVX-512 CPU.
    @Test func aFallbackOnAnAVX512CPUAsksForSkylakeX() {
        #expect(BLASKernel.fittingKernel(current: "Prescott", cpuFlags: Self.avx512, environment: [:]) == "SkylakeX")
        #expect(
            BLASKernel.fittingKernel(current: "Sandybridge", cpuFlags: ["avx", "avx2", "fma"], environment: [:])
                == "Haswell")
    }

    @Test func aFittingKernelOrAUserChoiceIsLeftAlone() {
        #expect(BLASKernel.fittingKernel(current: "SkylakeX", cpuFlags: Self.avx512, environment: [:]) == nil)
        #expect(BLASKernel.fittingKernel(current: "Cooperlake", cpuFlags: Self.avx512, environment: [:]) == nil)
        #expect(BLASKernel.fittingKernel(current: "Zen", cpuFlags: ["avx", "avx2", "fma"], environment: [:]) == nil)
        #expect(
            BLASKernel.fittingKernel(
                current: "Prescott", cpuFlags: Self.avx512, environment: ["OPENBLAS_CORETYPE": "Prescott"])
                == nil)
    }

    @Test func unknownCPUsAndKernelsAreLeftAlone() {
        #expect(BLASKernel.fittingKernel(current: "NeoverseN1", cpuFlags: Self.avx512, environment: [:]) == nil)
        #expect(BLASKernel.fittingKernel(current: "Prescott", cpuFlags: nil, environment: [:]) == nil)
    }
}
