/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.CleanupMode;

/**
 * The options of one session, merged from the annotations around an injection point. Two injection
 * points of one scope with equal options share a session, so this is a value (a record).
 */
record SessionOptions(Path tempDir, int maxConcurrentJobs, String region, CleanupMode cleanup) {
    static final String DEFAULT_REGION = "us-east-1";

    /**
     * Merges annotations, nearest first: for each attribute the first non-default value wins, then
     * the configuration parameters, then the built-in defaults.
     *
     * @param nearestFirst  the annotations found, nearest first
     * @param configuration reads a JUnit configuration parameter
     * @return the options
     */
    static SessionOptions merge(List<LocalSageMaker> nearestFirst, Function<String, Optional<String>> configuration) {
        String tempDir = "";
        int maxConcurrentJobs = 0;
        String region = "";
        CleanupMode cleanup = CleanupMode.DEFAULT;
        for (LocalSageMaker a : nearestFirst) {
            tempDir = tempDir.isEmpty() ? a.tempDir() : tempDir;
            maxConcurrentJobs = maxConcurrentJobs == 0 ? a.maxConcurrentJobs() : maxConcurrentJobs;
            region = region.isEmpty() ? a.region() : region;
            cleanup = cleanup == CleanupMode.DEFAULT ? a.cleanup() : cleanup;
        }
        if (tempDir.isEmpty()) {
            tempDir = configuration.apply(LocalSageMakerExtension.TEMP_DIR_PROPERTY).filter(s -> !s.isBlank())
                    .orElse(System.getProperty("java.io.tmpdir"));
        }
        if (cleanup == CleanupMode.DEFAULT) {
            cleanup = configuration.apply(LocalSageMakerExtension.CLEANUP_PROPERTY).filter(s -> !s.isBlank())
                    .map(SessionOptions::parseCleanup).orElse(CleanupMode.ALWAYS);
        }
        return new SessionOptions(toPath(tempDir), maxConcurrentJobs, region.isEmpty() ? DEFAULT_REGION : region,
                cleanup);
    }

    private static Path toPath(String tempDir) {
        try {
            return Path.of(tempDir).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ExtensionConfigurationException("@LocalSageMaker: tempDir '" + tempDir
                    + "' is not a valid path (" + e.getMessage() + "); set @LocalSageMaker(tempDir = \"...\") or -D"
                    + LocalSageMakerExtension.TEMP_DIR_PROPERTY + " to a writable folder", e);
        }
    }

    private static CleanupMode parseCleanup(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("ALWAYS") || v.equals("ON_SUCCESS") || v.equals("NEVER")) {
            return CleanupMode.valueOf(v);
        }
        throw new ExtensionConfigurationException("@LocalSageMaker: configuration parameter "
                + LocalSageMakerExtension.CLEANUP_PROPERTY + " is '" + value
                + "'; use always, on_success or never");
    }

    /** Whether a root is deleted after its session, given whether the scope had a failure. */
    boolean deletes(boolean failed) {
        return cleanup == CleanupMode.ALWAYS || (cleanup == CleanupMode.ON_SUCCESS && !failed);
    }

    @Override
    public String toString() {
        return "tempDir " + tempDir + ", region " + region
                + (maxConcurrentJobs != 0 ? ", maxConcurrentJobs " + maxConcurrentJobs : "") + ", cleanup " + cleanup;
    }
}
