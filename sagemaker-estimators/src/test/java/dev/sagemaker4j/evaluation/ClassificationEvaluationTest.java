/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sagemaker4j.exceptions.ValidationException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationEvaluationTest {
    @TempDir
    Path tmp;

    @Test
    void of_scikitLearnsRocExample_hasItsCurveAndAuc() {
        // sklearn.metrics.roc_curve's documented example: fpr [0, 0, .5, .5, 1], tpr [0, .5, .5, 1, 1], AUC .75
        ClassificationEvaluation e = ClassificationEvaluation.of(new float[] {0, 0, 1, 1},
                new float[] {0.1f, 0.4f, 0.35f, 0.8f}, 0.5);

        assertThat(e.auc()).isEqualTo(0.75);
        assertThat(e.falsePositiveRates()).containsExactly(0, 0, 0.5, 0.5, 1);
        assertThat(e.truePositiveRates()).containsExactly(0, 0.5, 0.5, 1, 1);
        assertThat(e.thresholds()[0]).isInfinite();
        assertThat(e.thresholds()[1]).isEqualTo(0.8f);
        assertThat(e.confusionMatrix()).isDeepEqualTo(new long[][] {{2, 0}, {1, 1}});
    }

    @Test
    void of_hand_countedCase_hasTheConfusionMatrixAndItsMetrics() {
        double[] labels = {1, 1, 1, 1, 0, 0, 0, 0, 0, 1};
        double[] scores = {0.9, 0.8, 0.6, 0.3, 0.7, 0.2, 0.1, 0.4, 0.5, 0.55};

        ClassificationEvaluation e = ClassificationEvaluation.of(labels, scores, 0.5);

        // predicted 1 at >= 0.5: records 0,1,2,4,8,9 → tp 4 (0,1,2,9), fp 2 (4,8); fn 1 (3); tn 3 (5,6,7)
        assertThat(e.truePositives()).isEqualTo(4);
        assertThat(e.falsePositives()).isEqualTo(2);
        assertThat(e.falseNegatives()).isEqualTo(1);
        assertThat(e.trueNegatives()).isEqualTo(3);
        assertThat(e.confusionMatrix()).isDeepEqualTo(new long[][] {{3, 2}, {1, 4}});
        assertThat(e.accuracy()).isEqualTo(0.7);
        assertThat(e.precision()).isEqualTo(4.0 / 6);
        assertThat(e.recall()).isEqualTo(0.8);
        assertThat(e.f1()).isCloseTo(2 * (4.0 / 6) * 0.8 / (4.0 / 6 + 0.8), within(1e-15));
        // (positive, negative) pairs ranked right: 0.9 → 5, 0.8 → 5, 0.6 → 4, 0.55 → 4, 0.3 → 2: 20 of 25
        assertThat(e.auc()).isCloseTo(20.0 / 25, within(1e-15));
        assertThat(e.metrics()).containsOnlyKeys("accuracy", "precision", "recall", "f1", "auc");
    }

    @Test
    void of_tiedScores_countHalfAsScikitLearn() {
        ClassificationEvaluation e = ClassificationEvaluation.of(new double[] {0, 1, 0, 1},
                new double[] {0.5, 0.5, 0.2, 0.9}, 0.5);

        // pairs: (0.5+, 0.5-) tie = 1/2, (0.5+, 0.2-) = 1, (0.9+, 0.5-) = 1, (0.9+, 0.2-) = 1 → 3.5 / 4
        assertThat(e.auc()).isEqualTo(0.875);
        assertThat(e.falsePositiveRates()).hasSize(4);
    }

    @Test
    void of_randomScores_aucMatchesThePairwiseDefinition() {
        Random random = new Random(7);
        int n = 500;
        double[] labels = new double[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextBoolean() ? 1 : 0;
            scores[i] = Math.round((labels[i] + random.nextGaussian()) * 10) / 10.0; // ties on purpose
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (labels[i] == 1 && labels[j] == 0) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        assertThat(ClassificationEvaluation.of(labels, scores, 0.5).auc()).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void of_oneClassOnly_hasNoAucButAConfusionMatrix() {
        ClassificationEvaluation e = ClassificationEvaluation.of(new double[] {1, 1}, new double[] {0.2, 0.7}, 0.5);

        assertThat(e.auc()).isNaN();
        assertThat(e.confusionMatrix()).isDeepEqualTo(new long[][] {{0, 0}, {1, 1}});
        assertThat(e.precision()).isEqualTo(1.0);
        assertThat(e.recall()).isEqualTo(0.5);
    }

    @Test
    void of_badInput_namesTheFieldAndTheValue() {
        assertThatThrownBy(() -> ClassificationEvaluation.of(new double[] {0, 2}, new double[] {0.1, 0.2}, 0.5))
                .isInstanceOf(ValidationException.class).hasMessageContaining("labels[1]")
                .hasMessageContaining("is not 0 or 1");
        assertThatThrownBy(() -> ClassificationEvaluation.of(new double[] {0, 1}, new double[] {0.1}, 0.5))
                .isInstanceOf(ValidationException.class).hasMessageContaining("scores")
                .hasMessageContaining("2 labels");
        assertThatThrownBy(() -> ClassificationEvaluation.of(new double[0], new double[0], 0.5))
                .isInstanceOf(ValidationException.class).hasMessageContaining("labels: is empty");
        assertThatThrownBy(() -> ClassificationEvaluation.of(new double[] {0}, new double[] {Double.NaN}, 0.5))
                .isInstanceOf(ValidationException.class).hasMessageContaining("scores[0]");
    }

    @Test
    void plot_writesTheConfusionMatrixTheRocCurveAndAPage() throws Exception {
        ClassificationEvaluation e = ClassificationEvaluation.of(new float[] {0, 0, 1, 1},
                new float[] {0.1f, 0.4f, 0.35f, 0.8f}, 0.5);

        List<Path> files = e.plot(tmp.resolve("eval"));

        assertThat(files).containsExactly(tmp.resolve("eval/confusion-matrix.png"),
                tmp.resolve("eval/roc-curve.png"), tmp.resolve("eval/evaluation.html"));
        BufferedImage matrix = ImageIO.read(files.get(0).toFile());
        assertThat(matrix).isNotNull();
        assertThat(matrix.getWidth()).isEqualTo(560);
        assertThat(matrix.getHeight()).isEqualTo(480);
        BufferedImage roc = ImageIO.read(files.get(1).toFile());
        assertThat(roc).isNotNull();
        assertThat(roc.getWidth()).isEqualTo(800);
        assertThat(roc.getHeight()).isEqualTo(500);
        assertThat(Files.readString(files.get(2))).contains("ROC curve (AUC 0.7500)")
                .contains("<tr><td>actual 0</td><td>2</td><td>0</td></tr>")
                .contains("<tr><td>auc</td><td>0.75</td></tr>");
    }

    @Test
    void plotRocCurve_andConfusionMatrix_writeValidPngsWhereAsked() throws Exception {
        ClassificationEvaluation e = ClassificationEvaluation.of(new double[] {0, 1}, new double[] {0.3, 0.6}, 0.5);

        Path roc = e.plotRocCurve(tmp.resolve("a/b/roc.png"));
        Path matrix = e.plotConfusionMatrix(tmp.resolve("cm.png"));

        assertThat(ImageIO.read(roc.toFile())).isNotNull();
        assertThat(ImageIO.read(matrix.toFile())).isNotNull();
        assertThat(e.toString()).contains("tp=1").contains("tn=1").contains("auc=1");
    }
}
