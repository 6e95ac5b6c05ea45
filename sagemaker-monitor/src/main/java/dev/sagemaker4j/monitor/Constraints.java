/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import java.nio.file.Path;

/**
 * The constraints a monitoring execution checks (constraints.json), as Python's {@code Constraints}: per feature its
 * {@code inferred_type}, {@code completeness}, {@code num_constraints} or {@code string_constraints}, and the
 * {@code monitoring_config} (thresholds, distribution comparison).
 */
public final class Constraints extends ModelMonitoringFile {

    private Constraints(ObjectNode body, String fileS3Uri, Session session) {
        super(body, fileS3Uri, session);
    }

    /**
     * Reads the file from S3, as Python's {@code Constraints.from_s3_uri}.
     *
     * @param constraintsFileS3Uri the file's URI
     * @param session                       the session whose object store holds it
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when it is missing or not a JSON object
     */
    public static Constraints fromS3Uri(String constraintsFileS3Uri, Session session) {
        String text = readS3("constraints_file_s3_uri", constraintsFileS3Uri, session);
        return new Constraints(parse("constraints_file_s3_uri", text), constraintsFileS3Uri, session);
    }

    /**
     * Reads the file from its JSON text, as Python's {@code Constraints.from_string} (not uploaded).
     *
     * @param constraintsString the JSON text
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when the text is not a JSON object
     */
    public static Constraints fromString(String constraintsString) {
        return new Constraints(parse("constraints_string", constraintsString), null, null);
    }

    /**
     * Reads the file from a local path, as Python's {@code Constraints.from_file_path} (not uploaded).
     *
     * @param constraintsFilePath the file
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when it cannot be read or is not a JSON object
     */
    public static Constraints fromFilePath(Path constraintsFilePath) {
        String field = "constraints_file_path";
        return new Constraints(parse(field, readPath(field, constraintsFilePath)), null, null);
    }

    /**
     * Turns constraint evaluation on or off, as Python's {@code set_monitoring(enable_monitoring,
     * feature_name=None)}: for one feature ({@code monitoring_config_overrides} of its {@code num_constraints}
     * or {@code string_constraints}), or, with a null feature name, for the whole file ({@code monitoring_config}).
     *
     * @param enableMonitoring whether to evaluate
     * @param featureName      the feature, or null for all
     * @throws dev.sagemaker4j.exceptions.ValidationException when there is no such feature
     */
    public void setMonitoring(boolean enableMonitoring, String featureName) {
        String flag = enableMonitoring ? "Enabled" : "Disabled";
        if (featureName == null) {
            bodyDict().withObjectProperty("monitoring_config").put("evaluate_constraints", flag);
            return;
        }
        for (com.fasterxml.jackson.databind.JsonNode f : bodyDict().path("features")) {
            if (featureName.equals(f.path("name").asText())) {
                ObjectNode feature = (ObjectNode) f;
                String kind = feature.has("num_constraints") ? "num_constraints" : "string_constraints";
                feature.withObjectProperty(kind).withObjectProperty("monitoring_config_overrides")
                        .put("evaluate_constraints", flag);
                return;
            }
        }
        throw new dev.sagemaker4j.exceptions.ValidationException("feature_name", featureName,
                "is not a feature of these constraints", "pass one of the features' names");
    }

    /**
     * Turns constraint evaluation on or off for the whole file; see {@link #setMonitoring(boolean, String)}.
     *
     * @param enableMonitoring whether to evaluate
     */
    public void setMonitoring(boolean enableMonitoring) {
        setMonitoring(enableMonitoring, null);
    }
}
