/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends a job's log lines to its {@code log.txt} (what CloudWatch Logs holds for the service),
 * mirrors them to SLF4J at debug level under {@code dev.sagemaker4j.jobs.<name>} (following a job's
 * log, as {@code fit(logs=true)} does, shows them at info level), and passes each to listeners
 * (metric scraping).
 */
public final class JobLog implements AutoCloseable {
    private final BufferedWriter writer;
    private final Logger logger;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Opens a job's log for appending.
     *
     * @param file    the log file
     * @param jobName the job name, for the SLF4J logger name
     * @throws IOException when the file cannot be opened
     */
    public JobLog(Path file, String jobName) throws IOException {
        Files.createDirectories(file.getParent());
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        this.logger = LoggerFactory.getLogger("dev.sagemaker4j.jobs." + jobName);
    }

    /**
     * Adds a listener that sees every line.
     *
     * @param listener the listener
     */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /**
     * Writes one line (several if it holds newlines).
     *
     * @param line the text
     */
    public synchronized void line(String line) {
        for (String part : line.split("\\R", -1)) {
            try {
                writer.write(part);
                writer.write('\n');
                writer.flush();
            } catch (IOException e) {
                logger.warn("Could not append to the job log: {}", e.toString());
            }
            logger.debug(part);
            for (Consumer<String> listener : listeners) {
                listener.accept(part);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            logger.warn("Could not close the job log: {}", e.toString());
        }
    }
}
