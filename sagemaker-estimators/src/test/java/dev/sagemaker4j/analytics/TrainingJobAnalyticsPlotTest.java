/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.progress.ProgressListener;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingJobAnalyticsPlotTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String trainUri;

    /** Reports a loss per channel and a validation accuracy, five epochs, known values. */
    public static final class CurvesScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            int epochs = env.intHyperparameter("epochs", 5);
            for (int epoch = 0; epoch < epochs; epoch++) {
                env.logMetric("train:loss", 1.0 / (epoch + 1), epoch);
                env.logMetric("validation:loss", 1.5 / (epoch + 1), epoch);
                env.logMetric("validation:accuracy", 0.5 + epoch / 10.0, epoch);
            }
            Files.writeString(env.modelDir().resolve("model.txt"), "curves");
        }
    }

    /** Reports nothing. */
    public static final class SilentScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            Files.writeString(env.modelDir().resolve("model.txt"), "silent");
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.builder().backend("local").root(tmp.resolve("root"))
                .progressListener(ProgressListener.none()).build();
        trainUri = session.uploadString("1\n", "s3://" + session.defaultBucket() + "/curves/rows.csv");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    private static TrainingJobAnalytics train(Class<? extends TrainingScript> script) {
        JavaEstimator estimator = JavaEstimator.builder().entryPoint(script).hyperparameters(Map.of("epochs", 5))
                .instanceType("local").session(session).build();
        estimator.fit(Map.of("train", TrainingInput.of(trainUri)));
        return estimator.trainingJobAnalytics();
    }

    @Test
    void plot_trainAndValidationMetrics_writesOnePngPerFamilyAndAPageWithEveryValue() throws Exception {
        TrainingJobAnalytics analytics = train(CurvesScript.class);
        Path out = tmp.resolve("report");

        List<Path> files = analytics.plot(out);

        String job = analytics.trainingJobName();
        assertThat(analytics.metricFamilies()).containsExactly(
                Map.entry("loss", List.of("train:loss", "validation:loss")),
                Map.entry("accuracy", List.of("validation:accuracy")));
        assertThat(files).containsExactly(out.resolve(job + "-loss.png"), out.resolve(job + "-accuracy.png"),
                out.resolve(job + "-learning-curves.html"));
        for (Path png : files.subList(0, 2)) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(500);
        }
        String html = Files.readString(files.get(2));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>loss</h2>").contains("<h2>accuracy</h2>")
                .contains("<th>step</th><th>train:loss</th><th>validation:loss</th>")
                .contains("<tr><td>4</td><td>0.2</td><td>0.3</td></tr>")
                .contains("<tr><td>4</td><td>0.9</td></tr>");
        Matcher embedded = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertThat(embedded.find()).isTrue();
        assertThat(Base64.getDecoder().decode(embedded.group(1))).isEqualTo(Files.readAllBytes(files.get(0)));
    }

    @Test
    void plot_jobWithoutMetrics_writesNothing() {
        TrainingJobAnalytics analytics = train(SilentScript.class);
        Path out = tmp.resolve("empty");

        assertThat(analytics.plot(out)).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void family_channelPrefixes_areStripped() {
        assertThat(TrainingJobAnalytics.family("validation:auc")).isEqualTo("auc");
        assertThat(TrainingJobAnalytics.family("train-logloss")).isEqualTo("logloss");
        assertThat(TrainingJobAnalytics.family("test:msd")).isEqualTo("msd");
        assertThat(TrainingJobAnalytics.family("objective")).isEqualTo("objective");
        assertThat(TrainingJobAnalytics.family("train:")).isEqualTo("train:");
    }
}
