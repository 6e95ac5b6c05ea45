/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * The format of a data set Model Monitor analyzes, as Python's {@code DatasetFormat}: the object the analyzer gets
 * as its {@code dataset_format} environment variable ({@code {"csv": {"header": true, "output_columns_position":
 * "START"}}}, {@code {"json": {"lines": true}}}, {@code {"sagemakerCaptureJson": {}}}). Immutable.
 */
public final class DatasetFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode body;

    private DatasetFormat(ObjectNode body) {
        this.body = body;
    }

    /**
     * CSV with a header and the output columns first, as Python's {@code DatasetFormat.csv()}.
     *
     * @return the format
     */
    public static DatasetFormat csv() {
        return csv(true);
    }

    /**
     * CSV, as Python's {@code DatasetFormat.csv(header)} (output_columns_position {@code START}).
     *
     * @param header whether each file's first line names the columns (Python's default {@code True})
     * @return the format
     */
    public static DatasetFormat csv(boolean header) {
        return csv(header, "START");
    }

    /**
     * CSV, as Python's {@code DatasetFormat.csv(header=True, output_columns_position="START")}.
     *
     * @param header                 whether each file's first line names the columns
     * @param outputColumnsPosition  {@code START} or {@code END}: where the model's output columns are
     * @return the format
     * @throws ValidationException when the position is neither
     */
    public static DatasetFormat csv(boolean header, String outputColumnsPosition) {
        if (!List.of("START", "END").contains(outputColumnsPosition)) {
            throw new ValidationException("output_columns_position", outputColumnsPosition, "is not START or END",
                    "pass START (the default) or END");
        }
        ObjectNode b = JSON.createObjectNode();
        b.putObject("csv").put("header", header).put("output_columns_position", outputColumnsPosition);
        return new DatasetFormat(b);
    }

    /**
     * JSON Lines, as Python's {@code DatasetFormat.json()}.
     *
     * @return the format
     */
    public static DatasetFormat json() {
        return json(true);
    }

    /**
     * JSON, as Python's {@code DatasetFormat.json(lines=True)}: one object per line, or (lines false) each file one
     * document, an object or an array of objects.
     *
     * @param lines whether the files are JSON Lines
     * @return the format
     */
    public static DatasetFormat json(boolean lines) {
        ObjectNode b = JSON.createObjectNode();
        b.putObject("json").put("lines", lines);
        return new DatasetFormat(b);
    }

    /**
     * SageMaker's endpoint capture files (JSON Lines of {@code captureData}), as Python's
     * {@code DatasetFormat.sagemaker_capture_json()}.
     *
     * @return the format
     */
    public static DatasetFormat sagemakerCaptureJson() {
        ObjectNode b = JSON.createObjectNode();
        b.putObject("sagemakerCaptureJson");
        return new DatasetFormat(b);
    }

    /**
     * The format as the analyzer's {@code dataset_format} environment value (Python's {@code json.dumps}).
     *
     * @return e.g. {@code {"csv": {"header": false, "output_columns_position": "START"}}}
     */
    public String toJson() {
        try {
            // Python's json.dumps separators: ", " and ": "
            return pythonDumps(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The format as a monitoring job input's {@code DatasetFormat} (Python's {@code MonitoringDatasetFormat}:
     * {@code {"Csv": {"Header": ...}}}, {@code {"Json": {"Line": ...}}}), for a {@link BatchTransformInput}.
     *
     * @return the service's MonitoringDatasetFormat; for capture JSON, JSON Lines
     */
    public software.amazon.awssdk.services.sagemaker.model.MonitoringDatasetFormat toMonitoringDatasetFormat() {
        var b = software.amazon.awssdk.services.sagemaker.model.MonitoringDatasetFormat.builder();
        if (body.has("csv")) {
            b.csv(c -> c.header(body.get("csv").path("header").asBoolean(true)));
        } else if (body.has("json")) {
            b.json(j -> j.line(body.get("json").path("lines").asBoolean(true)));
        } else {
            b.json(j -> j.line(true));
        }
        return b.build();
    }

    private static String pythonDumps(String compact) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            out.append(c);
            if (c == '"' && (i == 0 || compact.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (c == ',' || c == ':')) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatasetFormat && ((DatasetFormat) o).body.equals(body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
