/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import java.nio.file.Path;

/**
 * The statistics of a data set (statistics.json), as Python's {@code Statistics}: {@code dataset.item_count} and
 * per feature its {@code inferred_type} and numerical or string statistics.
 */
public final class Statistics extends ModelMonitoringFile {

    private Statistics(ObjectNode body, String fileS3Uri, Session session) {
        super(body, fileS3Uri, session);
    }

    /**
     * Reads the file from S3, as Python's {@code Statistics.from_s3_uri}.
     *
     * @param statisticsFileS3Uri the file's URI
     * @param session                      the session whose object store holds it
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when it is missing or not a JSON object
     */
    public static Statistics fromS3Uri(String statisticsFileS3Uri, Session session) {
        String text = readS3("statistics_file_s3_uri", statisticsFileS3Uri, session);
        return new Statistics(parse("statistics_file_s3_uri", text), statisticsFileS3Uri, session);
    }

    /**
     * Reads the file from its JSON text, as Python's {@code Statistics.from_string} (not uploaded).
     *
     * @param statisticsString the JSON text
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when the text is not a JSON object
     */
    public static Statistics fromString(String statisticsString) {
        return new Statistics(parse("statistics_string", statisticsString), null, null);
    }

    /**
     * Reads the file from a local path, as Python's {@code Statistics.from_file_path} (not uploaded).
     *
     * @param statisticsFilePath the file
     * @return the file
     * @throws dev.sagemaker4j.exceptions.ValidationException when it cannot be read or is not a JSON object
     */
    public static Statistics fromFilePath(Path statisticsFilePath) {
        String field = "statistics_file_path";
        return new Statistics(parse(field, readPath(field, statisticsFilePath)), null, null);
    }

    /**
     * The data set's record count ({@code dataset.item_count}).
     *
     * @return the count
     */
    public long itemCount() {
        return bodyDict().path("dataset").path("item_count").asLong();
    }

    /**
     * One feature's entry of {@code features}.
     *
     * @param name the feature name
     * @return its JSON object, or null when there is no such feature
     */
    public ObjectNode feature(String name) {
        for (com.fasterxml.jackson.databind.JsonNode f : bodyDict().path("features")) {
            if (name.equals(f.path("name").asText())) {
                return (ObjectNode) f;
            }
        }
        return null;
    }
}
