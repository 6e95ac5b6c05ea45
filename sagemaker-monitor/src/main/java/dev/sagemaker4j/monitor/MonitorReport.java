/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.monitor.internal.MonitorPictures;
import dev.sagemaker4j.monitor.internal.ReportPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pictures of Model Monitor's reports: PNG charts and one self-contained HTML page (every chart embedded, each
 * followed by its numbers), drawn from the files in the service's layouts, so reports from the service and from
 * the local backend draw alike. Two kinds:
 * <ul>
 *   <li>{@link #dataQuality(Statistics, Statistics, ConstraintViolations) data quality}: a summary table of the
 *       features, then per feature ({@code feature-<name>.png}) its baseline and current distributions on one
 *       grid (numerical features: ten bins from the smaller minimum to the larger maximum, rebuilt from both KLL
 *       sketches; categorical ones: the 20 most frequent categories), each as the share of its records. A feature
 *       that constraint_violations.json names is marked: its current bars are red, its title and heading say
 *       {@code violation: <checks>}, its section has the CSS class {@code violation} and its summary row is
 *       highlighted;</li>
 *   <li>{@link #modelQuality(List) model quality}: per metric ({@code metric-<name>.png}) its value over a series
 *       of executions' statistics.json ({@code binary_classification_metrics},
 *       {@code multiclass_classification_metrics} or {@code regression_metrics}), the standard deviation as
 *       error bars where it is a number.</li>
 * </ul>
 * Charts are 800 × 500 pixels and render without a display ({@code java.awt.headless} is set to {@code true}
 * unless the JVM set it). {@link MonitoringExecution#visualize(Path)} and
 * {@link DefaultModelMonitor#visualizeLatestExecution(Path)} write an execution's report next to copies of its
 * JSON files.
 */
public final class MonitorReport {
    private final String name;
    private final ReportPage page;

    private MonitorReport(String name, ReportPage page) {
        this.name = name;
        this.page = page;
    }

    /**
     * The data-quality report of a monitoring execution: the current statistics against the baseline's, with the
     * violating features marked.
     *
     * @param baseline   the baseline's statistics.json ({@code suggestBaseline}'s), or null to draw the current
     *                   distributions alone
     * @param current    the execution's statistics.json
     * @param violations the execution's constraint_violations.json, or null when none was written
     * @return the report
     * @throws ValidationException when {@code current} is null
     */
    public static MonitorReport dataQuality(Statistics baseline, Statistics current,
            ConstraintViolations violations) {
        if (current == null) {
            throw new ValidationException("statistics", null, "is missing",
                    "pass the execution's statistics (MonitoringExecution.statistics())");
        }
        return new MonitorReport("data-quality", MonitorPictures.dataQuality(
                baseline == null ? null : baseline.bodyDict(), current.bodyDict(),
                violations == null ? null : violations.bodyDict()));
    }

    /**
     * The model-quality report: each metric of a series of model-quality statistics.json files, oldest first
     * (e.g. the executions of a model quality monitoring schedule).
     *
     * @param statistics the files, oldest first
     * @return the report
     * @throws ValidationException when the list is empty or no file holds a model-quality metric
     */
    public static MonitorReport modelQuality(List<Statistics> statistics) {
        if (statistics == null || statistics.isEmpty()) {
            throw new ValidationException("statistics", null, "is empty",
                    "pass the model-quality statistics.json of at least one execution");
        }
        List<JsonNode> bodies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < statistics.size(); i++) {
            Statistics s = Objects.requireNonNull(statistics.get(i), "statistics[" + i + "]");
            bodies.add(s.bodyDict());
            names.add(s.fileS3Uri() != null ? s.fileS3Uri()
                    : s.bodyDict().path("dataset").path("evaluation_time").asText("#" + (i + 1)));
        }
        ReportPage page = MonitorPictures.modelQuality(bodies, names);
        if (page.charts().isEmpty()) {
            throw new ValidationException("statistics", null,
                    "holds no binary_classification_metrics, multiclass_classification_metrics or "
                            + "regression_metrics value",
                    "pass model-quality statistics.json files (data-quality ones go to dataQuality)");
        }
        return new MonitorReport("model-quality", page);
    }

    /**
     * The charts as PNG by name ({@code feature-<name>} or {@code metric-<name>}), in the page's order.
     *
     * @return chart name to PNG bytes (copies)
     */
    public Map<String, byte[]> charts() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        page.charts().forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /**
     * The self-contained HTML page.
     *
     * @return the HTML text
     */
    public String html() {
        return page.html();
    }

    /**
     * Writes each chart as {@code <chart>.png} (unsafe file name characters as {@code _}) and the page as
     * {@code data-quality.html} or {@code model-quality.html}, each whole or not at all; existing files are
     * replaced.
     *
     * @param directory the folder (created when missing)
     * @return the files: the PNGs in the page's order, then the HTML page
     * @throws dev.sagemaker4j.exceptions.StorageException when a file cannot be written
     */
    public List<Path> write(Path directory) {
        return page.write(Objects.requireNonNull(directory, "directory"), "", name);
    }

    @Override
    public String toString() {
        return "<MonitorReport " + name + ": " + String.join(", ", page.charts().keySet()) + ">";
    }
}
