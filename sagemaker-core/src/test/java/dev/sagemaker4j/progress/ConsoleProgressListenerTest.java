/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleProgressListenerTest {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private static ProgressEvent training(long done, long total, Map<String, Double> metrics) {
        return new ProgressEvent("Training", "job-1/algo-1", done, total, "round", metrics, Duration.ofSeconds(done));
    }

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void console_roundsToTheirTotal_drawsOneBarWithCountAndMetricsAndClosesIt() {
        ProgressListener listener = ProgressListener.console(out);

        for (int round = 1; round <= 10; round++) {
            listener.onProgress(training(round, 10, Map.of("validation-auc", 0.9 + round / 100.0)));
        }

        String drawn = output();
        assertThat(drawn).contains("Training job-1/algo-1")
                .contains("100%")
                .contains("10/10 round")
                .contains("validation-auc=1.000")
                .endsWith(System.lineSeparator());
        String lastLine = drawn.substring(drawn.lastIndexOf('\r') + 1).strip();
        assertThat(lastLine.length()).isLessThanOrEqualTo(ConsoleProgressListener.DEFAULT_WIDTH);
        assertThat(lastLine).startsWith("Training job-1/algo-1 100% [").contains("]");
        assertThat(((ConsoleProgressListener) listener).openBars()).isZero();
    }

    @Test
    void console_unknownTotal_drawsARateAndEndsAtTheFinalCount() {
        ProgressListener listener = ProgressListener.console(out);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("records_per_second", 40.0);
        metrics.put("eta_seconds", 3.0);

        listener.onProgress(new ProgressEvent("Transform", "t-1", 40, -1, "record", metrics, Duration.ofSeconds(1)));
        assertThat(((ConsoleProgressListener) listener).openBars()).isEqualTo(1);
        listener.onProgress(new ProgressEvent("Transform", "t-1", 120, 120, "record", metrics, Duration.ofSeconds(3),
                true));

        assertThat(output()).contains("Transform t-1 100%")
                .contains("120/120 record")
                .contains("record/s")
                .doesNotContain("eta_seconds")
                .doesNotContain("records_per_second");
        assertThat(((ConsoleProgressListener) listener).openBars()).isZero();
    }

    @Test
    void console_workEndedEarly_closesTheBarAtItsCount() {
        ProgressListener listener = ProgressListener.console(out);

        listener.onProgress(training(3, 10, Map.of()));
        listener.onProgress(new ProgressEvent("Training", "job-1/algo-1", 3, 10, "round", Map.of(),
                Duration.ofSeconds(4), true));

        assertThat(output()).contains(" 30% ").contains("3/10 round").endsWith(System.lineSeparator());
        assertThat(((ConsoleProgressListener) listener).openBars()).isZero();
    }

    @Test
    void console_twoTasks_keepsOneBarEach() {
        ConsoleProgressListener listener = (ConsoleProgressListener) ProgressListener.console(out);

        listener.onProgress(training(1, 5, Map.of()));
        listener.onProgress(new ProgressEvent("Training", "job-2/algo-1", 1, 5, "epoch", Map.of(), Duration.ZERO));
        assertThat(listener.openBars()).isEqualTo(2);
        listener.onProgress(training(5, 5, Map.of()));

        assertThat(listener.openBars()).isEqualTo(1);
        assertThat(output()).contains("Training job-1/algo-1").contains("5/5 round");
    }

    @Test
    void message_metrics_formatsFourSignificantDigitsAndSkipsRateEtaAndNaN() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("train:loss", 0.123456);
        metrics.put("eta_seconds", 12.0);
        metrics.put("validation:loss", Double.NaN);
        metrics.put("records_per_second", 5.0);

        assertThat(ConsoleProgressListener.message(metrics)).isEqualTo(" train:loss=0.1235");
    }

    @Test
    void message_validationMetricsPresent_showsOnlyTheHeldOutOnes() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("train-auc", 0.99);
        metrics.put("validation-auc", 0.91);
        metrics.put("test:auc", 0.9);

        assertThat(ConsoleProgressListener.message(metrics)).isEqualTo(" validation-auc=0.9100 test:auc=0.9000");
    }

    @Test
    void abbreviate_longJobName_keepsItsEnd() {
        assertThat(ConsoleProgressListener.abbreviate("sagemaker-xgboost-2026-11-28-01-01-57-562/algo-1"))
                .isEqualTo("..ost-2026-11-28-01-01-57-562/algo-1")
                .hasSize(ConsoleProgressListener.NAME_WIDTH);
        assertThat(ConsoleProgressListener.abbreviate("job-1/algo-1")).isEqualTo("job-1/algo-1");
    }
}
