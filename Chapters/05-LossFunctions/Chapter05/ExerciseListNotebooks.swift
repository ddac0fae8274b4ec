import Companion
import Foundation
import Neural

extension LossFunctions {
    static let notebookExercises: [Exercise] = [
        Exercise(
            id: "nb5.1.normal", title: "The normal density", source: "Notebook 5.1",
            function: "normalDistribution", reader: normalDistribution,
            reference: Reference.normalDistribution,
            wrong: [
                { y, mu, sigma in try Reference.normalDistribution(y: y, mu: mu, sigma: sigma.squareRoot()) },
                { y, mu, sigma in exp(-(y - mu) * (y - mu) / (2 * sigma * sigma)) / (2 * .pi * sigma * sigma) },
            ],
            check: checkNormal),
        Exercise(
            id: "nb5.1.likelihood", title: "The likelihood of the training data", source: "Notebook 5.1",
            function: "computeLikelihood", reader: computeLikelihood,
            reference: Reference.computeLikelihood,
            wrong: [
                { y, mu, sigma in zip(y, mu).reduce(0) { $0 + Distributions.normal($1.0, mean: $1.1, sigma: sigma) } },
                { y, mu, sigma in try Reference.computeLikelihood(y: y, mu: mu, sigma: sigma * sigma) },
            ],
            check: { answer in
                try checkRegressionScore(answer, "likelihood", 0.000010624, tolerance: 5e-10) { exp(-$0) }
            }),
        Exercise(
            id: "nb5.1.nll", title: "The negative log-likelihood", source: "Notebook 5.1",
            function: "computeNegativeLogLikelihood", reader: computeNegativeLogLikelihood,
            reference: Reference.computeNegativeLogLikelihood,
            wrong: [
                { y, mu, sigma in -log10(try Reference.computeLikelihood(y: y, mu: mu, sigma: sigma)) },
                { y, mu, sigma in
                    try Reference.computeNegativeLogLikelihood(y: y, mu: mu, sigma: sigma) / Double(y.count)
                },
            ],
            check: { answer in
                try checkRegressionScore(answer, "negative log-likelihood", 11.452419564, tolerance: 5e-10) { $0 }
            }),
        Exercise(
            id: "nb5.1.ssq", title: "The sum of squares", source: "Notebook 5.1",
            function: "computeSumOfSquares", reader: computeSumOfSquares,
            reference: Reference.computeSumOfSquares,
            wrong: [
                { try Reference.computeSumOfSquares(y: $0, mu: $1) / Double($0.count) },
                { y, mu in zip(y, mu).reduce(0) { $0 + abs($1.0 - $1.1) } },
            ],
            check: checkSumOfSquares),
        Exercise(
            id: "nb5.1.offset", title: "Sweeping the output offset β_1", source: "Notebook 5.1",
            function: "bestRegressionOffset", reader: bestRegressionOffset,
            reference: Reference.bestRegressionOffset,
            wrong: [
                { x, y, offsets in
                    try Reference.argmin(offsets) {
                        -(try Reference.computeNegativeLogLikelihood(
                            y: y, mu: NotebookModel.regression(x, beta1: $0), sigma: NotebookModel.sigma))
                    }
                },
                { _, _, offsets in offsets[offsets.count / 2] },
            ],
            check: checkRegressionOffset),
        Exercise(
            id: "nb5.1.sigma", title: "Sweeping the standard deviation σ", source: "Notebook 5.1",
            function: "bestSigma", reader: bestSigma, reference: Reference.bestSigma,
            wrong: [
                { y, mu, sigmas in try Reference.argmin(sigmas) { try Reference.computeSumOfSquares(y: y, mu: mu) * $0 }
                },
                { y, mu, sigmas in
                    try Reference.argmin(sigmas) {
                        -(try Reference.computeNegativeLogLikelihood(y: y, mu: mu, sigma: $0))
                    }
                },
            ],
            check: checkSigma),
        Exercise(
            id: "nb5.2.bernoulli", title: "The Bernoulli distribution", source: "Notebook 5.2",
            function: "bernoulliDistribution", reader: bernoulliDistribution,
            reference: Reference.bernoulliDistribution,
            wrong: [{ y, lambda in y == 0 ? lambda : 1 - lambda }, { _, lambda in lambda }],
            check: checkBernoulli),
        Exercise(
            id: "nb5.2.likelihood", title: "The likelihood of the labels", source: "Notebook 5.2",
            function: "computeBernoulliLikelihood", reader: computeBernoulliLikelihood,
            reference: Reference.computeBernoulliLikelihood,
            wrong: [
                { y, lambda in zip(y, lambda).reduce(1) { $0 * ($1.0 == 1 ? 1 - $1.1 : $1.1) } },
                { y, lambda in zip(y, lambda).reduce(0) { $0 + ($1.0 == 1 ? $1.1 : 1 - $1.1) } },
            ],
            check: { answer in try checkBinaryScore(answer, "likelihood", 0.000070237, tolerance: 5e-10) { exp(-$0) } }),
        Exercise(
            id: "nb5.2.nll", title: "Binary cross-entropy", source: "Notebook 5.2",
            function: "computeBernoulliNegativeLogLikelihood",
            reader: computeBernoulliNegativeLogLikelihood,
            reference: Reference.computeBernoulliNegativeLogLikelihood,
            wrong: [
                { y, lambda in zip(y, lambda).reduce(0) { $0 - log($1.0 == 1 ? 1 - $1.1 : $1.1) } },
                { try Reference.computeBernoulliNegativeLogLikelihood(y: $0, lambda: $1) / Double($0.count) },
            ],
            check: { answer in
                try checkBinaryScore(answer, "negative log-likelihood", 9.563639387, tolerance: 5e-10) { $0 }
            }),
        Exercise(
            id: "nb5.2.offset", title: "Sweeping the output offset β_1", source: "Notebook 5.2",
            function: "bestBinaryOffset", reader: bestBinaryOffset,
            reference: Reference.bestBinaryOffset,
            wrong: [
                { x, y, offsets in try Reference.bestBinaryOffset(x: x, y: y.map { 1 - $0 }, offsets: offsets) },
                { _, _, offsets in offsets[0] },
            ],
            check: checkBinaryOffset),
        Exercise(
            id: "nb5.3.softmax", title: "Softmax, column by column", source: "Notebook 5.3",
            function: "softmaxColumns", reader: softmaxColumns, reference: Reference.softmaxColumns,
            wrong: [
                { z in
                    z.map { row in
                        let e = row.map(exp); let s = e.reduce(0, +); return e.map { $0 / s }
                    }
                },
                { z in z.map { row in row.map(exp) } },
            ],
            check: checkSoftmax),
        Exercise(
            id: "nb5.3.likelihood", title: "The likelihood of the class labels", source: "Notebook 5.3",
            function: "computeCategoricalLikelihood", reader: computeCategoricalLikelihood,
            reference: Reference.computeCategoricalLikelihood,
            wrong: [
                { y, lambda in y.enumerated().reduce(1) { $0 * lambda[$1.offset % lambda.count][$1.element] } },
                { y, lambda in y.enumerated().reduce(1) { $0 * lambda[($1.element + 1) % lambda.count][$1.offset] } },
            ],
            check: { answer in
                try checkMulticlassScore(answer, "likelihood", 0.000000041, tolerance: 5e-10) { exp(-$0) }
            }),
        Exercise(
            id: "nb5.3.nll", title: "Multiclass cross-entropy", source: "Notebook 5.3",
            function: "computeCategoricalNegativeLogLikelihood",
            reader: computeCategoricalNegativeLogLikelihood,
            reference: Reference.computeCategoricalNegativeLogLikelihood,
            wrong: [
                { y, lambda in
                    y.enumerated().reduce(0) { total, pair in
                        total
                            - lambda.indices.reduce(0) {
                                $0 + ($1 == pair.element ? 0 : log(1 - lambda[$1][pair.offset]))
                            }
                    }
                },
                { y, lambda in -log10(try Reference.computeCategoricalLikelihood(y: y, lambda: lambda)) },
            ],
            check: { answer in
                try checkMulticlassScore(answer, "negative log-likelihood", 17.015457867, tolerance: 5e-10) { $0 }
            }),
        Exercise(
            id: "nb5.3.offset", title: "Sweeping the offset β_1[0]", source: "Notebook 5.3",
            function: "bestMulticlassOffset", reader: bestMulticlassOffset,
            reference: Reference.bestMulticlassOffset,
            wrong: [
                { x, y, offsets in try Reference.bestMulticlassOffset(x: x, y: y.map { ($0 + 1) % 3 }, offsets: offsets)
                },
                { _, _, offsets in offsets.last! },
            ],
            check: checkMulticlassOffset),
    ]
}
