/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The SageMaker Python SDK's configuration file ("intelligent defaults", {@code sagemaker.config} in Python):
 * a YAML document of schema version {@code "1.0"} whose {@code SageMaker} section holds default values for the
 * service's requests ({@code SageMaker.TrainingJob.VpcConfig}, {@code SageMaker.Model.EnableNetworkIsolation},
 * {@code SageMaker.EndpointConfig.KmsKeyId}, {@code SageMaker.TrainingJob.Tags}, ...) and whose
 * {@code SageMaker.PythonSDK.Modules.Session} section sets the session's {@code DefaultS3Bucket} and
 * {@code DefaultS3ObjectKeyPrefix}. The same files work for both SDKs.
 *
 * <p>{@link #load()} reads what Python's {@code load_sagemaker_config()} reads: the administrator's file
 * ({@code /etc/xdg/sagemaker/config.yaml} on Linux, or the file or folder named by
 * {@value #ADMIN_CONFIG_OVERRIDE}), then the user's ({@code ~/.config/sagemaker/config.yaml}, or
 * {@value #USER_CONFIG_OVERRIDE}), then any further paths, each merged over the ones before it. A missing
 * default file is skipped; a missing file that was named explicitly is an error. Every file is validated against
 * the Python SDK's schema (v2.257.6) before it is used.
 *
 * <pre>{@code
 * SageMakerConfig config = SageMakerConfig.fromYaml("""
 *         SchemaVersion: "1.0"
 *         SageMaker:
 *           TrainingJob:
 *             RoleArn: arn:aws:iam::111122223333:role/Training
 *             VpcConfig: {Subnets: [subnet-1], SecurityGroupIds: [sg-1]}
 *         """);
 * try (Session session = Session.builder().backend("local").sagemakerConfig(config).build()) {
 *     // every CreateTrainingJob of this session gets the role and VPC unless the caller set them
 * }
 * }</pre>
 *
 * <p>Instances are immutable. Loading from {@code s3://} URIs, which Python also offers, is not supported:
 * download the file first.
 */
public final class SageMakerConfig {
    /** The one schema version there is. */
    public static final String SCHEMA_VERSION = "1.0";
    /** The environment variable that replaces the administrator's file path (a file or a folder). */
    public static final String ADMIN_CONFIG_OVERRIDE = "SAGEMAKER_ADMIN_CONFIG_OVERRIDE";
    /** The environment variable that replaces the user's file path (a file or a folder). */
    public static final String USER_CONFIG_OVERRIDE = "SAGEMAKER_USER_CONFIG_OVERRIDE";
    /** The file name looked for in a folder. */
    public static final String CONFIG_FILE_NAME = "config.yaml";
    /** The largest configuration file read, in bytes (the Python SDK's files are a few kilobytes). */
    public static final int MAX_FILE_BYTES = 1 << 20;

    private static final int MAX_DEPTH = 64;
    private static final ObjectMapper YAML = yamlMapper();
    private static final SageMakerConfig EMPTY = new SageMakerConfig(JsonNodeFactory.instance.objectNode(), List.of());

    private final ObjectNode document;
    private final List<String> sources;

    private SageMakerConfig(ObjectNode document, List<String> sources) {
        this.document = document;
        this.sources = List.copyOf(sources);
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_FILE_BYTES).build())
                .build();
        return new ObjectMapper(factory);
    }

    /**
     * No defaults at all (a session built with it reads no file).
     *
     * @return the empty configuration
     */
    public static SageMakerConfig empty() {
        return EMPTY;
    }

    /**
     * The defaults Python's {@code load_sagemaker_config()} reads: the administrator's file, then the user's,
     * each from its default location or the path in {@value #ADMIN_CONFIG_OVERRIDE} /
     * {@value #USER_CONFIG_OVERRIDE}.
     *
     * @return the merged configuration, empty when there is no file
     * @throws ValidationException when a file breaks the schema, or a file named by a variable is missing
     */
    public static SageMakerConfig load() {
        return load(System.getenv());
    }

    /**
     * As {@link #load()}, followed by further files or folders (Python's {@code additional_config_paths}),
     * each merged over the ones before it.
     *
     * @param additionalConfigPaths files, or folders holding a {@code config.yaml}
     * @return the merged configuration
     * @throws ValidationException when a file breaks the schema or a named path is missing
     */
    public static SageMakerConfig load(Path... additionalConfigPaths) {
        return load(System.getenv(), additionalConfigPaths);
    }

    /**
     * As {@link #load(Path...)} with an explicit environment (the variables {@value #ADMIN_CONFIG_OVERRIDE},
     * {@value #USER_CONFIG_OVERRIDE}, {@code HOME}, {@code XDG_CONFIG_HOME}, {@code XDG_CONFIG_DIRS},
     * {@code PROGRAMDATA} and {@code LOCALAPPDATA} are read from it), for programs that manage their own.
     *
     * @param environment           the environment variables
     * @param additionalConfigPaths files, or folders holding a {@code config.yaml}
     * @return the merged configuration
     * @throws ValidationException when a file breaks the schema or a named path is missing
     */
    public static SageMakerConfig load(Map<String, String> environment, Path... additionalConfigPaths) {
        Objects.requireNonNull(environment, "environment");
        SageMakerConfig merged = EMPTY;
        String admin = environment.get(ADMIN_CONFIG_OVERRIDE);
        merged = merged.mergedWith(admin != null ? fromPath(Path.of(admin))
                : fromDefaultPath(defaultAdminPath(environment)));
        String user = environment.get(USER_CONFIG_OVERRIDE);
        merged = merged.mergedWith(user != null ? fromPath(Path.of(user))
                : fromDefaultPath(defaultUserPath(environment)));
        for (Path path : additionalConfigPaths) {
            merged = merged.mergedWith(fromPath(path));
        }
        return merged;
    }

    /**
     * The administrator's default file, as {@code platformdirs.site_config_dir("sagemaker")}.
     *
     * @param environment the environment variables
     * @return e.g. {@code /etc/xdg/sagemaker/config.yaml}
     */
    static Path defaultAdminPath(Map<String, String> environment) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Path.of("/Library/Application Support/sagemaker", CONFIG_FILE_NAME);
        } else if (os.startsWith("windows")) {
            return Path.of(environment.getOrDefault("PROGRAMDATA", "C:\\ProgramData"), "sagemaker", CONFIG_FILE_NAME);
        }
        String dirs = environment.get("XDG_CONFIG_DIRS");
        String first = dirs == null || dirs.isBlank() ? "/etc/xdg" : dirs.split(":")[0];
        return Path.of(first, "sagemaker", CONFIG_FILE_NAME);
    }

    /**
     * The user's default file, as {@code platformdirs.user_config_dir("sagemaker")}.
     *
     * @param environment the environment variables
     * @return e.g. {@code ~/.config/sagemaker/config.yaml}
     */
    static Path defaultUserPath(Map<String, String> environment) {
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "sagemaker", CONFIG_FILE_NAME);
        } else if (os.startsWith("windows")) {
            return Path.of(environment.getOrDefault("LOCALAPPDATA", home), "sagemaker", CONFIG_FILE_NAME);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        return Path.of(xdg == null || xdg.isBlank() ? Path.of(home, ".config").toString() : xdg,
                "sagemaker", CONFIG_FILE_NAME);
    }

    private static SageMakerConfig fromDefaultPath(Path path) {
        return Files.isRegularFile(path) ? fromPath(path) : EMPTY;
    }

    /**
     * One configuration file, or the {@code config.yaml} of a folder, validated.
     *
     * @param path a file or a folder
     * @return its configuration
     * @throws ValidationException when it is missing, too large, not YAML, or breaks the schema
     */
    public static SageMakerConfig fromPath(Path path) {
        Objects.requireNonNull(path, "path");
        Path file = Files.isDirectory(path) ? path.resolve(CONFIG_FILE_NAME) : path;
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("sagemakerConfig", path, "is not a configuration file nor a folder with a "
                    + CONFIG_FILE_NAME, "name an existing file or folder");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ValidationException("sagemakerConfig", file, "is " + size + " bytes; a configuration file"
                        + " may have at most " + MAX_FILE_BYTES, "name the SageMaker configuration file");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ValidationException("sagemakerConfig", file, "could not be read: " + e, "check its permissions",
                    e);
        }
    }

    /**
     * The local mode's configuration file, as Python's {@code load_local_mode_config()} (not validated: it has
     * no schema).
     *
     * @param file usually {@code ~/.sagemaker/config.yaml}
     * @return its document, or an empty map when there is no file or it is empty
     * @throws ValidationException when it is too large or not a YAML mapping
     */
    public static Map<String, Object> loadLocalModeConfig(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ValidationException("config", file, "is larger than " + MAX_FILE_BYTES + " bytes",
                        "name the local mode configuration file");
            }
            JsonNode node = readYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return Map.of();
            }
            if (!node.isObject()) {
                throw new ValidationException("config", file, "is not a YAML mapping", "write local: {...}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = YAML.convertValue(node, Map.class);
            return java.util.Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new ValidationException("config", file, "could not be read: " + e, "check its permissions", e);
        }
    }

    /**
     * A configuration from YAML text, validated.
     *
     * @param yaml the document
     * @return its configuration
     * @throws ValidationException when it is too large, not YAML, or breaks the schema
     */
    public static SageMakerConfig fromYaml(String yaml) {
        Objects.requireNonNull(yaml, "yaml");
        if (yaml.length() > MAX_FILE_BYTES) {
            throw new ValidationException("sagemakerConfig", yaml.length() + " characters", "is larger than "
                    + MAX_FILE_BYTES + " characters", "pass the SageMaker configuration document");
        }
        return parse(yaml, "YAML text");
    }

    /**
     * A configuration from a document already in memory (as Python's {@code Session(sagemaker_config=dict)}),
     * validated.
     *
     * @param document the document: maps, lists, strings and booleans
     * @return its configuration
     * @throws ValidationException when it breaks the schema
     */
    public static SageMakerConfig of(Map<String, ?> document) {
        Objects.requireNonNull(document, "document");
        JsonNode node = YAML.valueToTree(document);
        return checked((ObjectNode) node, "a map");
    }

    private static SageMakerConfig parse(String yaml, String source) {
        JsonNode node = readYaml(yaml, source);
        if (node == null || node.isMissingNode() || node.isNull()) {
            return EMPTY; // an empty file: Python's safe_load answers None, and nothing is applied
        }
        if (!node.isObject()) {
            throw new ValidationException("sagemakerConfig", source, "is not a YAML mapping",
                    "start the file with SchemaVersion: \"1.0\"");
        }
        return checked((ObjectNode) node, source);
    }

    private static JsonNode readYaml(String yaml, String source) {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ValidationException("sagemakerConfig", source, "is not a YAML document the SDK reads: "
                    + e.getOriginalMessage(), "fix the YAML (at most " + MAX_DEPTH + " levels, no duplicate keys,"
                    + " at most 50 aliases)", e);
        } catch (RuntimeException e) {
            // SnakeYAML's own limits (size, aliases, depth) end the parse with an unchecked error
            throw new ValidationException("sagemakerConfig", source, "exceeds the parser's limits: " + e.getMessage(),
                    "keep the file under " + MAX_FILE_BYTES + " bytes, " + MAX_DEPTH + " levels and 50 aliases", e);
        }
        return node;
    }

    private static SageMakerConfig checked(ObjectNode document, String source) {
        if (document.isEmpty()) {
            return EMPTY;
        }
        ConfigSchema.get().validate(document, source);
        return new SageMakerConfig(document.deepCopy(), List.of(source));
    }

    /**
     * This configuration with another merged over it (botocore's {@code merge_dicts}, as Python merges the user's
     * file over the administrator's): mappings merge key by key, any other value of {@code over} replaces this
     * one's.
     *
     * @param over the configuration that wins
     * @return the merged configuration
     */
    public SageMakerConfig mergedWith(SageMakerConfig over) {
        Objects.requireNonNull(over, "over");
        if (over.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return over;
        }
        ObjectNode merged = document.deepCopy();
        merge(merged, over.document);
        List<String> all = new ArrayList<>(sources);
        all.addAll(over.sources);
        return new SageMakerConfig(merged, all);
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode sourceObject) {
                merge(existingObject, sourceObject);
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    /**
     * Whether there are no defaults.
     *
     * @return {@code true} for the empty configuration
     */
    public boolean isEmpty() {
        return document.isEmpty();
    }

    /**
     * The value at a dotted key path, as Python's {@code get_config_value}.
     *
     * @param keyPath e.g. {@code SageMaker.TrainingJob.RoleArn}
     * @return the value (a {@code String}, {@code Boolean}, {@code List} or {@code Map}), or empty
     */
    public Optional<Object> get(String keyPath) {
        return node(keyPath).map(n -> YAML.convertValue(n, Object.class));
    }

    /**
     * The text at a dotted key path.
     *
     * @param keyPath e.g. {@code SageMaker.PythonSDK.Modules.Session.DefaultS3Bucket}
     * @return the value, or empty where there is none or it is not text
     */
    public Optional<String> getString(String keyPath) {
        return node(keyPath).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /**
     * The node at a dotted key path (for the request decorator; a copy, so that nothing can change this
     * configuration).
     *
     * @param keyPath the path
     * @return a copy of the node, or empty
     */
    public Optional<JsonNode> node(String keyPath) {
        JsonNode node = document;
        for (String key : keyPath.split("\\.")) {
            node = node.path(key);
        }
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.deepCopy());
    }

    /**
     * The whole document, as Python's {@code session.sagemaker_config} dictionary.
     *
     * @return an unmodifiable copy
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(YAML.convertValue(document, Map.class));
    }

    /**
     * Where the merged documents came from, in merge order.
     *
     * @return file paths, or {@code "YAML text"} / {@code "a map"}
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * The document as YAML.
     *
     * @return the YAML text
     */
    public String toYaml() {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SageMakerConfig other && document.equals(other.document);
    }

    @Override
    public int hashCode() {
        return document.hashCode();
    }

    @Override
    public String toString() {
        return "SageMakerConfig" + Arrays.asList(sources.toArray()) + document;
    }
}
