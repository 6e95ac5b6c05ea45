/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place that reads sagemaker4j's system properties and environment variables. A system
 * property wins over the environment variable of the same setting; values given to a
 * {@code Session.builder()} win over both.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>system property</th><th>environment variable</th></tr>
 *   <tr><td>backend</td><td>{@code sagemaker4j.backend}</td><td>{@code SAGEMAKER4J_BACKEND}</td></tr>
 *   <tr><td>root folder</td><td>{@code sagemaker4j.home}</td><td>{@code SAGEMAKER4J_HOME}</td></tr>
 *   <tr><td>region</td><td>{@code sagemaker4j.region}, then {@code aws.region}</td>
 *       <td>{@code SAGEMAKER4J_REGION}, then {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}</td></tr>
 *   <tr><td>progress ({@code bar}, {@code log} or {@code none})</td><td>{@code sagemaker4j.progress}</td>
 *       <td>{@code SAGEMAKER4J_PROGRESS}</td></tr>
 * </table>
 */
public final class Settings {
    /** System property naming the backend. */
    public static final String BACKEND_PROPERTY = "sagemaker4j.backend";
    /** Environment variable naming the backend. */
    public static final String BACKEND_ENV = "SAGEMAKER4J_BACKEND";
    /** System property naming the root folder. */
    public static final String HOME_PROPERTY = "sagemaker4j.home";
    /** Environment variable naming the root folder. */
    public static final String HOME_ENV = "SAGEMAKER4J_HOME";
    /** System property choosing how progress is shown: {@code bar}, {@code log} or {@code none}. */
    public static final String PROGRESS_PROPERTY = "sagemaker4j.progress";
    /** Environment variable choosing how progress is shown. */
    public static final String PROGRESS_ENV = "SAGEMAKER4J_PROGRESS";
    /** Region used locally when none is configured. */
    public static final String DEFAULT_LOCAL_REGION = "us-east-1";

    private final Function<String, String> properties;
    private final Function<String, String> environment;

    private Settings(Function<String, String> properties, Function<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /**
     * Settings read from this JVM's system properties and environment.
     *
     * @return the settings
     */
    public static Settings fromSystem() {
        return new Settings(System::getProperty, System::getenv);
    }

    /**
     * Settings read from given maps (for tests).
     *
     * @param properties  stand-in system properties
     * @param environment stand-in environment
     * @return the settings
     */
    public static Settings of(Map<String, String> properties, Map<String, String> environment) {
        return new Settings(properties::get, environment::get);
    }

    /**
     * The backend name configured outside the code.
     *
     * @return the name, if set
     */
    public Optional<String> backend() {
        return first(BACKEND_PROPERTY, BACKEND_ENV);
    }

    /**
     * The root folder: {@code sagemaker4j.home}, {@code SAGEMAKER4J_HOME}, else {@code ~/.sagemaker4j}.
     *
     * @return the root folder
     */
    public Path home() {
        return first(HOME_PROPERTY, HOME_ENV).map(Path::of)
                .orElseGet(() -> Path.of(properties.apply("user.home"), ".sagemaker4j"));
    }

    /**
     * The region configured outside the code.
     *
     * @return the region, if set
     */
    public Optional<String> region() {
        return first("sagemaker4j.region", "SAGEMAKER4J_REGION")
                .or(() -> first("aws.region", "AWS_REGION"))
                .or(() -> Optional.ofNullable(blankToNull(environment.apply("AWS_DEFAULT_REGION"))));
    }

    /**
     * How progress should be shown, when configured outside the code.
     *
     * @return {@code bar}, {@code log}, {@code none} or whatever else was set (lower case), if set
     */
    public Optional<String> progress() {
        return first(PROGRESS_PROPERTY, PROGRESS_ENV).map(v -> v.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether this JVM is the one JShell runs snippets in (its remote agent has no console, yet a
     * person watches its output).
     *
     * @return {@code true} inside JShell
     */
    public boolean inJShell() {
        String command = properties.apply("sun.java.command");
        return command != null && command.startsWith("jdk.jshell.");
    }

    /**
     * The environment variables the SageMaker Python SDK's configuration file locations depend on
     * ({@code SAGEMAKER_ADMIN_CONFIG_OVERRIDE}, {@code SAGEMAKER_USER_CONFIG_OVERRIDE}, {@code HOME},
     * {@code XDG_CONFIG_HOME}, {@code XDG_CONFIG_DIRS}, {@code PROGRAMDATA}, {@code LOCALAPPDATA}); {@code HOME}
     * falls back to the {@code user.home} property.
     *
     * @return the variables that are set
     */
    public Map<String, String> configEnvironment() {
        Map<String, String> env = new java.util.HashMap<>();
        for (String name : java.util.List.of("SAGEMAKER_ADMIN_CONFIG_OVERRIDE", "SAGEMAKER_USER_CONFIG_OVERRIDE",
                "HOME", "XDG_CONFIG_HOME", "XDG_CONFIG_DIRS", "PROGRAMDATA", "LOCALAPPDATA")) {
            String value = blankToNull(environment.apply(name));
            if (value != null) {
                env.put(name, value);
            }
        }
        if (!env.containsKey("HOME") && properties.apply("user.home") != null) {
            env.put("HOME", properties.apply("user.home"));
        }
        return env;
    }

    /**
     * Where the Python SDK's local mode keeps its configuration: {@code ~/.sagemaker/config.yaml}.
     *
     * @return the path
     */
    public Path localModeConfigPath() {
        return Path.of(properties.apply("user.home"), ".sagemaker", "config.yaml");
    }

    private Optional<String> first(String property, String env) {
        String value = blankToNull(properties.apply(property));
        if (value == null) {
            value = blankToNull(environment.apply(env));
        }
        return Optional.ofNullable(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
