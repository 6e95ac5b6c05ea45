/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import software.amazon.awssdk.services.sagemaker.model.MetricData;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * Metrics of one training job: values scraped from log lines with the metric definitions' regexes
 * (the first capture group, as SageMaker does) and values reported directly. Each value is kept in
 * {@code metrics.jsonl} next to the job record (the time series), and the last value of each
 * metric becomes FinalMetricDataList.
 */
public final class MetricCollector implements AutoCloseable {
    private final Map<String, Pattern> definitions = new LinkedHashMap<>();
    private final Map<String, MetricData> last = new LinkedHashMap<>();
    private final Map<String, Long> steps = new LinkedHashMap<>();
    private final BufferedWriter series;

    /**
     * Creates a collector.
     *
     * @param definitions the metric definitions (request's and algorithm's)
     * @param seriesFile  the time series file
     * @throws IOException when the file cannot be opened
     */
    public MetricCollector(List<MetricDefinition> definitions, Path seriesFile) throws IOException {
        for (MetricDefinition d : definitions) {
            this.definitions.put(d.name(), compile(d));
        }
        Files.createDirectories(seriesFile.getParent());
        this.series = Files.newBufferedWriter(seriesFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * Compiles a metric definition's regex.
     *
     * @param d the definition
     * @return the pattern
     * @throws ValidationException when the regex is invalid or has no capture group
     */
    public static Pattern compile(MetricDefinition d) {
        if (d.name() == null || d.name().isEmpty()) {
            throw new ValidationException("MetricDefinitions.Name", d.name(), "is missing", "name every metric");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(d.regex());
        } catch (PatternSyntaxException | NullPointerException e) {
            throw new ValidationException("MetricDefinitions[" + d.name() + "].Regex", d.regex(),
                    "is not a valid regular expression", "fix the regex; its first capture group is the value", e);
        }
        if (pattern.matcher("").groupCount() < 1) {
            throw new ValidationException("MetricDefinitions[" + d.name() + "].Regex", d.regex(),
                    "has no capture group", "put the value in parentheses, e.g. 'train-auc:([0-9\\\\.]+)'");
        }
        return pattern;
    }

    /**
     * Matches a log line against every definition.
     *
     * @param line the log line
     */
    public void scrape(String line) {
        for (Map.Entry<String, Pattern> e : definitions.entrySet()) {
            Matcher m = e.getValue().matcher(line);
            if (m.find() && m.group(1) != null) {
                try {
                    double value = Double.parseDouble(m.group(1));
                    long step;
                    synchronized (this) {
                        step = steps.merge(e.getKey(), 1L, Long::sum) - 1;
                    }
                    record(e.getKey(), value, step);
                } catch (NumberFormatException ignored) {
                    // SageMaker ignores captures that are not numbers
                }
            }
        }
    }

    /**
     * Records one value.
     *
     * @param name  the metric name
     * @param value the value
     * @param step  the step
     */
    public synchronized void record(String name, double value, long step) {
        Instant now = Instant.now();
        last.put(name, MetricData.builder().metricName(name).value((float) value).timestamp(now).build());
        ObjectNode row = SdkJson.MAPPER.createObjectNode();
        row.put("MetricName", name);
        row.put("Value", value);
        row.put("Step", step);
        row.put("Timestamp", now.toEpochMilli() / 1000.0);
        try {
            series.write(row.toString());
            series.write('\n');
            series.flush();
        } catch (IOException e) {
            // the final metrics are still kept in memory
        }
    }

    /**
     * The last value of each metric.
     *
     * @return FinalMetricDataList
     */
    public synchronized List<MetricData> finalMetrics() {
        return new ArrayList<>(last.values());
    }

    /**
     * Reads a job's time series back.
     *
     * @param seriesFile the {@code metrics.jsonl} file
     * @param ifMissing  called when the file does not exist (to tell a job without metrics from an
     *                   unknown job)
     * @return the values in the order reported
     */
    public static List<dev.sagemaker4j.spi.MetricPoint> read(Path seriesFile, Runnable ifMissing) {
        List<dev.sagemaker4j.spi.MetricPoint> points = new ArrayList<>();
        if (!Files.exists(seriesFile)) {
            ifMissing.run();
            return points;
        }
        try (java.io.BufferedReader reader = Files.newBufferedReader(seriesFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode n = SdkJson.MAPPER.readTree(line);
                double seconds = n.path("Timestamp").asDouble();
                points.add(new dev.sagemaker4j.spi.MetricPoint(n.path("MetricName").asText(),
                        n.path("Value").asDouble(), n.path("Step").asLong(),
                        Instant.ofEpochMilli(Math.round(seconds * 1000))));
            }
        } catch (IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(seriesFile.toUri().toString(),
                    "the metrics could not be read: " + e, true, e);
        }
        return points;
    }

    @Override
    public synchronized void close() {
        try {
            series.close();
        } catch (IOException ignored) {
            // nothing more to write
        }
    }
}
