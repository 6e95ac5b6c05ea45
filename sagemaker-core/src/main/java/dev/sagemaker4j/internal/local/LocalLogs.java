/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobStore;
import dev.sagemaker4j.spi.LogsApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Job logs of the local backend: one {@code log.txt} per job, next to its record.
 */
public final class LocalLogs implements LogsApi {
    private final JobStore store;

    /**
     * Creates the logs view.
     *
     * @param store the job records
     */
    public LocalLogs(JobStore store) {
        this.store = store;
    }

    @Override
    public List<String> readLog(String logGroup, String jobName, long fromLine) {
        JobKind kind = null;
        for (JobKind k : JobKind.values()) {
            if (k.logGroup().equals(logGroup)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new ValidationException("logGroup", logGroup, "is not a SageMaker log group",
                    "use one of the LogsApi constants, e.g. " + LogsApi.TRAINING_JOBS);
        }
        Path file = store.logFile(kind, jobName);
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long skipped = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                if (skipped < fromLine) {
                    skipped++;
                    continue;
                }
                lines.add(line);
            }
        } catch (NoSuchFileException e) {
            return lines;
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "the log could not be read: " + e, true, e);
        }
        // a line still being written has no newline yet: leave it for the next read
        return lines;
    }
}
