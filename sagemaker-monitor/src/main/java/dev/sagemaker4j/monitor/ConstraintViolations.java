/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The violations a monitoring execution found (constraint_violations.json), as Python's
 * {@code ConstraintViolations}: each with {@code feature_name}, {@code constraint_check_type} and
 * {@code description}.
 */
public final class ConstraintViolations extends ModelMonitoringFile {

    private ConstraintViolations(ObjectNode body, String fileS3Uri, Session session) {
        super(body, fileS3Uri, session);
    }

    /**
     * Reads the file from S3, as Python's {@code ConstraintViolations.from_s3_uri}.
     *
     * @param constraintViolationsFileS3Uri the file's URI
     * @param session                                the session whose object store holds it
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when it is missing or not a JSON object
     */
    public static ConstraintViolations fromS3Uri(String constraintViolationsFileS3Uri, Session session) {
        String text = readS3("constraint_violations_file_s3_uri", constraintViolationsFileS3Uri, session);
        return new ConstraintViolations(parse("constraint_violations_file_s3_uri", text),
                constraintViolationsFileS3Uri, session);
    }

    /**
     * Reads the file from its JSON text, as Python's {@code ConstraintViolations.from_string} (not uploaded).
     *
     * @param constraintViolationsString the JSON text
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when the text is not a JSON object
     */
    public static ConstraintViolations fromString(String constraintViolationsString) {
        return new ConstraintViolations(parse("constraint_violations_string", constraintViolationsString), null, null);
    }

    /**
     * Reads the file from a local path, as Python's {@code ConstraintViolations.from_file_path} (not uploaded).
     *
     * @param constraintViolationsFilePath the file
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when it cannot be read or is not a JSON object
     */
    public static ConstraintViolations fromFilePath(Path constraintViolationsFilePath) {
        String field = "constraint_violations_file_path";
        return new ConstraintViolations(parse(field, readPath(field, constraintViolationsFilePath)), null, null);
    }

    /**
     * One entry of {@code violations}.
     *
     * @param featureName         the feature ({@code feature_name})
     * @param constraintCheckType e.g. {@code baseline_drift_check} ({@code constraint_check_type})
     * @param description         what was observed ({@code description})
     */
    public record Violation(String featureName, String constraintCheckType, String description) {
    }

    /**
     * The violations.
     *
     * @return each violation, in file order
     */
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode v : bodyDict().path("violations")) {
            out.add(new Violation(v.path("feature_name").asText(), v.path("constraint_check_type").asText(),
                    v.path("description").asText()));
        }
        return out;
    }
}
