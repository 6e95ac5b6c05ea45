/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.serving;

import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A model's {@code serving.properties}, as DJL serving reads it, with the model environment's overrides: keys
 * without a prefix ({@code engine}, {@code translatorFactory}, {@code translator}, {@code blockFactory},
 * {@code maxWorkers} and a translator's own arguments such as {@code width} or {@code flag}) become DJL Criteria
 * arguments, {@code option.*} keys engine options ({@code option.modelName}, {@code option.mapLocation} ...).
 * The environment's {@code OPTION_<KEY>} sets {@code option.<key>} (lower case) and {@code SERVING_<KEY>} sets
 * {@code <key>} ({@code SERVING_TRANSLATOR_FACTORY} → {@code translatorFactory}, {@code SERVING_MAX_WORKERS} →
 * {@code maxWorkers}), as DJL serving's container takes them.
 */
final class ServingProperties {
    /** The file DJL serving reads in a model folder's root. */
    static final String FILE = "serving.properties";

    private final Map<String, String> arguments;
    private final Map<String, String> options;
    private final boolean fromFile;

    private ServingProperties(Map<String, String> arguments, Map<String, String> options, boolean fromFile) {
        this.arguments = arguments;
        this.options = options;
        this.fromFile = fromFile;
    }

    /**
     * Reads a model folder's properties.
     *
     * @param modelDir    the unpacked model
     * @param environment the model's container environment
     * @return the properties (empty when the folder has no serving.properties and the environment sets nothing)
     */
    static ServingProperties read(Path modelDir, Map<String, String> environment) {
        Map<String, String> arguments = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        Path file = modelDir.resolve(FILE);
        boolean fromFile = Files.isRegularFile(file);
        if (fromFile) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new ValidationException("modelData", FILE, "cannot be read as a properties file: "
                        + e.getMessage(), "write serving.properties as key=value lines (engine=PyTorch)", e);
            }
            for (String key : p.stringPropertyNames()) {
                put(key, p.getProperty(key).trim(), arguments, options);
            }
        }
        for (Map.Entry<String, String> e : environment.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("OPTION_") && key.length() > 7) {
                options.put(key.substring(7).toLowerCase(Locale.ROOT), e.getValue());
            } else if (key.startsWith("SERVING_") && key.length() > 8) {
                arguments.put(camel(key.substring(8)), e.getValue());
            }
        }
        return new ServingProperties(arguments, options, fromFile);
    }

    private static void put(String key, String value, Map<String, String> arguments, Map<String, String> options) {
        if (key.startsWith("option.")) {
            options.put(key.substring(7), value);
        } else {
            arguments.put(key, value);
        }
    }

    /** {@code TRANSLATOR_FACTORY} → {@code translatorFactory}. */
    static String camel(String envKey) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : envKey.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    boolean fromFile() {
        return fromFile;
    }

    /** The Criteria arguments (keys without the {@code option.} prefix). */
    Map<String, String> arguments() {
        return arguments;
    }

    /** The engine options ({@code option.} keys, prefix removed). */
    Map<String, String> options() {
        return options;
    }

    /** The engine named, or {@code null}. */
    String engine() {
        String engine = arguments.get("engine");
        return engine == null || engine.isBlank() ? null : engine.trim();
    }

    /** Whether a translator (factory) is named: requests then go through it, as bytes. */
    boolean translated() {
        return has("translatorFactory") || has("translator");
    }

    private boolean has(String key) {
        String v = arguments.get(key);
        return v != null && !v.isBlank();
    }

    /** The model's name: {@code option.modelName} (or {@code option.model_name}), else {@code null}. */
    String modelName() {
        String name = options.getOrDefault("modelName", options.get("model_name"));
        return name == null || name.isBlank() ? null : name.trim();
    }

    /**
     * The predictors kept for concurrent requests: {@code maxWorkers}, else the processors (at most 4).
     *
     * @return at least 1
     */
    int maxWorkers() {
        String v = arguments.get("maxWorkers");
        if (v == null || v.isBlank()) {
            return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ValidationException("maxWorkers", v, "is not a whole number of at least 1",
                "set maxWorkers in serving.properties (or SERVING_MAX_WORKERS) to e.g. 2, or leave it out");
    }
}
