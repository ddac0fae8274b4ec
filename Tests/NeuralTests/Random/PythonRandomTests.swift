import Testing

@testable import Neural

/// Expected values printed by CPython 3.11 (`random.Random(seed)`, `repr` for doubles).
@Suite struct PythonRandomTests {
    @Test(arguments: [
        (0, [0.8444218515250481, 0.7579544029403025, 0.420571580830845, 0.25891675029296335, 0.5112747213686085]),
        (42, [0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, 0.7364712141640124]),
        (
            1_099_511_627_781,
            [0.5043802970418443, 0.2686044399723282, 0.9257865475671585, 0.530959239292452, 0.8179643216302002]
        ),
        (-3, [0.23796462709189137, 0.5442292252959519, 0.36995516654807925, 0.6039200385961945, 0.625720304108054]),
    ])
    func random(seed: Int, expected: [Double]) {
        var rng = PythonRandom(seed: seed)
        #expect((0..<5).map { _ in rng.random() } == expected)
    }

    struct IntegerCase: Sendable {
        let seed: Int
        let bits: [UInt64]
        let below10: [Int]
        let dice: [Int]
        let wide: [Int]
        let shuffled: [Int]
        let sampleSet: [Int]
        let samplePool: [Int]
        let largeSampleHead: [Int]
        let largeSampleSum: Int
        let choices: [Int]
        let uniform: Double
    }

    static let integerCases = [
        IntegerCase(
            seed: 0, bits: [1, 49, 3_255_389_356, 3_823_568_514, 4_776_171_008_201_404_212],
            below10: [6, 6, 0, 4, 8, 7, 6, 4, 7, 5], dice: [4, 4, 1, 3, 5, 4], wide: [885_435, 403_953, 794_767],
            shuffled: [7, 8, 1, 5, 3, 4, 2, 0, 9, 6], sampleSet: [49, 97, 53, 5, 33, 65, 62, 51, 38, 61],
            samplePool: [12, 13, 1, 8, 15], largeSampleHead: [6917, 3155, 6209, 7292, 3445], largeSampleSum: 4_790_618,
            choices: [1, 1, 3, 4, 5], uniform: 3.457783089688438),
        IntegerCase(
            seed: 42, bits: [1, 14, 107_420_369, 3_184_935_163, 4_117_511_471_858_006_928],
            below10: [1, 0, 4, 3, 3, 2, 1, 8, 1, 9], dice: [6, 1, 1, 6, 3, 2], wide: [670_482, 116_734, 26220],
            shuffled: [7, 3, 2, 8, 5, 6, 9, 4, 0, 1], sampleSet: [81, 14, 3, 94, 35, 31, 28, 17, 13, 86],
            samplePool: [3, 0, 8, 7, 16], largeSampleHead: [5238, 912, 204, 6074, 2253], largeSampleSum: 4_835_080,
            choices: [9, 3, 3, 9, 4], uniform: 2.7346755614104286),
    ]

    @Test(arguments: integerCases)
    func integerDraws(_ c: IntegerCase) {
        var rng = PythonRandom(seed: c.seed)
        #expect([1, 7, 32, 33, 64].map { rng.getrandbits($0) } == c.bits)
        rng.seed(c.seed)
        #expect((0..<10).map { _ in rng.randrange(10) } == c.below10)
        rng.seed(c.seed)
        #expect((0..<6).map { _ in rng.randint(1, 6) } == c.dice)
        rng.seed(c.seed)
        #expect((0..<3).map { _ in rng.randrange(-5, 1_000_003) } == c.wide)
        rng.seed(c.seed)
        var values = Array(0..<10)
        rng.shuffle(&values)
        #expect(values == c.shuffled)
        rng.seed(c.seed)
        #expect(rng.sample(Array(0..<100), 10) == c.sampleSet)
        rng.seed(c.seed)
        #expect(rng.sample(Array(0..<20), 5) == c.samplePool)
        rng.seed(c.seed)
        #expect(Array(rng.sample(Array(0..<8000), 1200).prefix(5)) == c.largeSampleHead)
        #expect(rng.sample(Array(0..<8000), 1200).reduce(0, +) == c.largeSampleSum)
        rng.seed(c.seed)
        #expect((0..<5).map { _ in rng.choice([3, 1, 4, 1, 5, 9]) } == c.choices)
        #expect(rng.uniform(2, 5) == c.uniform)
    }
}
