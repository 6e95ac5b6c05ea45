/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Model Monitor report file (statistics.json, constraints.json, constraint_violations.json), as Python's
 * {@code ModelMonitoringFile}: its body and, when it came from or went to S3, its URI.
 */
public abstract class ModelMonitoringFile {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode body;
    private final String fileS3Uri;
    private final Session session;

    ModelMonitoringFile(ObjectNode body, String fileS3Uri, Session session) {
        this.body = body;
        this.fileS3Uri = fileS3Uri;
        this.session = session;
    }

    /**
     * The file's body (Python's {@code body_dict}); changes to it change this file.
     *
     * @return the JSON object
     */
    public ObjectNode bodyDict() {
        return body;
    }

    /**
     * Where the file is in S3 (Python's {@code file_s3_uri}).
     *
     * @return the URI, or null for a file read from a string or a local path and not saved
     */
    public String fileS3Uri() {
        return fileS3Uri;
    }

    /**
     * The session the file was read with.
     *
     * @return the session, or null
     */
    public Session session() {
        return session;
    }

    /**
     * The body as pretty-printed JSON.
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the body to an S3 URI (Python's {@code save(new_save_location_s3_uri)}).
     *
     * @param s3Uri   where to write
     * @param session the session whose object store gets it
     * @return the URI
     */
    public String save(String s3Uri, Session session) {
        session.objectStore().putString(s3Uri, toJson());
        return s3Uri;
    }

    /**
     * This file as a source of a registered version's {@code ModelMetrics} or {@code DriftCheckBaselines}
     * ({@code MetricsSource(content_type="application/json", s3_uri=file_s3_uri)}), e.g.
     * {@code ModelMetrics.builder().modelDataStatistics(monitor.baselineStatistics().metricsSource())}.
     *
     * @return the metrics source
     * @throws ValidationException when the file is not in S3 (read from a string or a local path and not saved)
     */
    public dev.sagemaker4j.modelmetrics.MetricsSource metricsSource() {
        if (fileS3Uri == null) {
            throw new ValidationException("file_s3_uri", null, "is missing: the file is not in S3",
                    "save(s3Uri, session) the file first, or read it with fromS3Uri");
        }
        return dev.sagemaker4j.modelmetrics.MetricsSource.of("application/json", fileS3Uri);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + (fileS3Uri == null ? "" : "(" + fileS3Uri + ")");
    }

    static ObjectNode parse(String field, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ValidationException(field, abbreviate(text), "is not a JSON object",
                        "pass the file's JSON text");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new ValidationException(field, abbreviate(text), "is not JSON: " + e.getMessage(),
                    "pass the file's JSON text", e);
        }
    }

    static String readS3(String field, String uri, Session session) {
        if (session == null) {
            throw new ValidationException("session", null, "is missing", "pass the session to read " + uri + " with");
        }
        if (!session.objectStore().exists(uri)) {
            throw new ValidationException(field, uri, "does not exist", "check the URI; the job may have failed");
        }
        return session.objectStore().getString(uri);
    }

    static String readPath(String field, Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ValidationException(field, path, "cannot be read: " + e, "check the path", e);
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 80 ? text : text.substring(0, 80) + "...";
    }
}
