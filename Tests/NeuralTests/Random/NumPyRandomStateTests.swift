import Testing

@testable import Neural

/// Expected values printed by numpy 2.4.6 (`np.random.RandomState`, `repr` for doubles).
/// Doubles are compared exactly.
@Suite struct NumPyRandomStateTests {
    struct SeedCase: Sendable {
        let seed: UInt32
        let words: [UInt32]
        let doubles: [Double]
    }

    static let seedCases = [
        SeedCase(
            seed: 0, words: [2_357_136_044, 2_546_248_239, 3_071_714_933, 3_626_093_760, 2_588_848_963],
            doubles: [
                0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969, 0.4236547993389047,
            ]),
        SeedCase(
            seed: 42, words: [1_608_637_542, 3_421_126_067, 4_083_286_876, 787_846_414, 3_143_890_026],
            doubles: [
                0.3745401188473625, 0.9507143064099162, 0.7319939418114051, 0.5986584841970366, 0.15601864044243652,
            ]),
        SeedCase(
            seed: 1, words: [1_791_095_845, 4_282_876_139, 3_093_770_124, 4_005_303_368, 491_263],
            doubles: [
                0.417022004702574, 0.7203244934421581, 0.00011437481734488664, 0.30233257263183977, 0.14675589081711304,
            ]),
        SeedCase(
            seed: 4_294_967_295, words: [419_326_371, 479_346_978, 3_918_654_476, 2_416_749_639, 3_388_880_820],
            doubles: [
                0.0976320289940138, 0.9123828453026218, 0.78903530185164, 0.7800035981134678, 0.01793967398674523,
            ]),
    ]

    @Test(arguments: seedCases)
    func rawAndUniformDraws(_ c: SeedCase) {
        var raw = NumPyRandomState(seed: c.seed)
        #expect((0..<5).map { _ in raw.nextUInt32() } == c.words)
        var uniform = NumPyRandomState(seed: c.seed)
        #expect(uniform.rand(5) == c.doubles)
    }

    @Test func uniformRange() {
        var rng = NumPyRandomState(seed: 42)
        #expect(
            rng.uniform(low: -2, high: 3, count: 5) == [
                -0.12729940576318755, 2.7535715320495804, 1.6599697090570253, 0.993292420985183, -1.2199067977878175,
            ])
        rng.seed(42)
        #expect(rng.uniform(low: 1.5, high: 2.5) == 1.8745401188473625)
    }

    @Test func normalMatricesAreRowMajor() {
        var rng = NumPyRandomState(seed: 0)
        #expect(
            rng.randn(rows: 2, columns: 3) == [
                [1.764052345967664, 0.4001572083672233, 0.9787379841057392],
                [2.240893199201458, 1.8675579901499675, -0.977277879876411],
            ])
        rng.seed(7)
        #expect(
            rng.normal(loc: 3, scale: 0.5, rows: 2, columns: 2) == [
                [3.845262851900178, 2.7670313147295835], [3.0164100818392923, 3.203758141498254],
            ])
    }

    /// The cached second polar deviate survives uniform, integer and permutation draws.
    @Test func cachedDeviateSurvivesOtherDraws() {
        var rng = NumPyRandomState(seed: 42)
        var values: [Double] = []
        values.append(rng.normal(loc: 1, scale: 2))
        values.append(rng.rand())
        values.append(rng.normal())
        values.append(rng.uniform(low: 0, high: 1))
        values.append(rng.normal())
        values.append(Double(rng.randint(0, 100)))
        values.append(rng.normal())
        values.append(Double(rng.permutation(5)[0]))
        values.append(rng.normal())
        #expect(
            values == [
                1.9934283060224653, 0.7319939418114051, -0.13826430117118466, 0.5986584841970366,
                -0.23415337472333597, 74.0, -0.23413695694918055, 4.0, 0.3925797504024593,
            ])
    }

    @Test func seedingClearsTheCache() {
        var rng = NumPyRandomState(seed: 1)
        _ = rng.normal()
        rng.seed(1)
        #expect(
            rng.normal(loc: 0, scale: 1, count: 3) == [1.6243453636632417, -0.6117564136500754, -0.5281717522634557])
    }

    @Test func randint() {
        var rng = NumPyRandomState(seed: 0)
        #expect(rng.randint(0, 10, count: 10) == [5, 0, 3, 3, 7, 9, 3, 5, 2, 4])
        rng.seed(0)
        #expect(rng.randint(-5, 5, count: 6) == [0, -5, -2, -2, 2, 4])
        rng.seed(0)
        #expect(rng.randint(0, 1 << 40, count: 3) == [741_280_623_151, 506_137_267_392, 291_447_657_211])
        rng.seed(0)
        #expect(rng.randint(0, 1 << 32, count: 3) == [2_357_136_044, 2_546_248_239, 3_071_714_933])
        rng.seed(0)
        #expect(rng.randint(3, 4, count: 2) == [3, 3])
        #expect(rng.rand() == 0.5488135039273248, "a one-value range consumes no draws")
    }

    @Test func choice() {
        var rng = NumPyRandomState(seed: 42)
        #expect((0..<5).map { _ in rng.choice(48) } == [38, 28, 14, 42, 7])
        rng.seed(42)
        #expect(rng.choice(10, size: 4) == [6, 3, 7, 4])
        rng.seed(42)
        #expect(rng.choice(10, size: 4, replace: false) == [8, 1, 5, 0])
    }

    @Test func permutationAndShuffle() {
        var rng = NumPyRandomState(seed: 42)
        #expect(rng.permutation(10) == [8, 1, 5, 0, 7, 2, 9, 4, 3, 6])
        rng.seed(0)
        let large = rng.permutation(5000)
        #expect(Array(large.prefix(10)) == [398, 3833, 4836, 4572, 636, 2545, 1161, 2230, 148, 2530])
        #expect(Array(large.suffix(10)) == [705, 3468, 4373, 1033, 4859, 4931, 3264, 1653, 2607, 2732])
        #expect(large.enumerated().reduce(0) { $0 + $1.offset * $1.element } == 31_207_807_569)
        rng.seed(3)
        var values = [0, 10, 20, 30, 40, 50, 60, 70]
        rng.shuffle(&values)
        #expect(values == [50, 70, 40, 60, 30, 10, 0, 20])
    }

    @Test func conformsToRandomNumberGenerator() {
        var rng = NumPyRandomState(seed: 0)
        #expect(rng.next() == (UInt64(2_357_136_044) << 32) | 2_546_248_239)
        let pick = Int.random(in: 0..<10, using: &rng)
        #expect((0..<10).contains(pick))
    }
}
