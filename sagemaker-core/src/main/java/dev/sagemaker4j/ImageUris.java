/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ECR image URIs of SageMaker's built-in algorithms and framework containers, as
 * {@code sagemaker.image_uris.retrieve} returns them: every image configuration of the Python SDK
 * ({@link #source()} names the version), with its versions and aliases, Python versions, scopes,
 * processors and regions. The local backend runs the algorithm images in-process; the sagemaker backend
 * passes any image to the service. Needs no closing.
 *
 * <pre>{@code
 * ImageUris.retrieve("xgboost", "us-east-1", "1.7-1");
 * // 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
 * ImageUris.retrieve("linear-learner", "eu-west-1");
 * // 438346466558.dkr.ecr.eu-west-1.amazonaws.com/linear-learner:1
 * ImageUris.retrieve("pytorch", "us-west-2", r -> r.version("2.1").pyVersion("py310")
 *         .instanceType("ml.g5.xlarge").imageScope("training"));
 * // 763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-training:2.1-gpu-py310
 * }</pre>
 *
 * <p>JumpStart model images ({@code model_id}, {@code model_version}, {@code hub_arn}, ...) are not
 * offered: their specifications are fetched from S3 at run time.
 */
public final class ImageUris {
    private static final String RESOURCE = "image-uri-config.json";
    private static final String HUGGING_FACE = "huggingface";
    private static final String INFERENCE_GRAVITON = "inference_graviton";
    /** {@code TRAINIUM_ALLOWED_FRAMEWORKS}: a string in the SDK, so its {@code in} is a substring test. */
    private static final String TRAINIUM_ALLOWED_FRAMEWORKS = "pytorch";
    /** The arm64 tags that image_uris._get_image_tag writes in code, not in the configuration. */
    private static final Map<String, Map<String, String>> ARM64_TAGS = Map.of(
            "xgboost", Map.of("1.5-1", "1.5-1-arm64", "1.3-1", "1.3-1-arm64"),
            "sklearn", Map.of("1.0-1", "1.0-1-arm64-cpu-py3"));
    /** The container versions that image_uris._get_image_tag selects in code for p4d and smdistributed. */
    private static final Map<String, String> AUTO_CONTAINER_VERSIONS = Map.ofEntries(
            Map.entry("tensorflow-2.3-gpu-py37", "cu110-ubuntu18.04-v3"),
            Map.entry("tensorflow-2.3.1-gpu-py37", "cu110-ubuntu18.04"),
            Map.entry("tensorflow-2.3.2-gpu-py37", "cu110-ubuntu18.04"),
            Map.entry("tensorflow-1.15-gpu-py37", "cu110-ubuntu18.04-v8"),
            Map.entry("tensorflow-1.15.4-gpu-py37", "cu110-ubuntu18.04"),
            Map.entry("tensorflow-1.15.5-gpu-py37", "cu110-ubuntu18.04"),
            Map.entry("mxnet-1.8-gpu-py37", "cu110-ubuntu16.04-v1"),
            Map.entry("mxnet-1.8.0-gpu-py37", "cu110-ubuntu16.04"),
            Map.entry("pytorch-1.6-gpu-py36", "cu110-ubuntu18.04-v3"),
            Map.entry("pytorch-1.6.0-gpu-py36", "cu110-ubuntu18.04"),
            Map.entry("pytorch-1.6-gpu-py3", "cu110-ubuntu18.04-v3"),
            Map.entry("pytorch-1.6.0-gpu-py3", "cu110-ubuntu18.04"));
    private static final Pattern INSTANCE_FAMILY = Pattern.compile("^ml[._]([a-z\\d\\-]+)\\.?\\w*$");
    private static final Pattern BASE_FRAMEWORK = Pattern.compile("^(pytorch|tensorflow)(.*)$");

    private ImageUris() {
    }

    /** The configurations, read once on first use. */
    private static final class Config {
        static final JsonNode ROOT = load();

        private static JsonNode load() {
            try (InputStream in = ImageUris.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the sagemaker-core jar");
                }
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * The Python SDK version and commit the image configurations were extracted from.
     *
     * @return e.g. {@code sagemaker-python-sdk v2.257.6 (commit ...) src/sagemaker/image_uri_config, ...}
     */
    public static String source() {
        return Config.ROOT.path("source").asText();
    }

    /**
     * The names {@code retrieve} knows: every image configuration of the Python SDK
     * ({@code image_uri_config/*.json}), e.g. {@code xgboost}, {@code pytorch}, {@code huggingface-llm}.
     *
     * @return the framework and algorithm names, sorted
     */
    public static Set<String> frameworks() {
        Set<String> names = new LinkedHashSet<>();
        Config.ROOT.path("frameworks").fieldNames().forEachRemaining(names::add);
        return Collections.unmodifiableSet(names);
    }

    /**
     * The image URI of a framework or algorithm that has a single version or a default, with Python's
     * defaults for every other argument.
     *
     * @param framework the framework or algorithm, e.g. {@code linear-learner}, {@code kmeans}
     * @param region    the region, e.g. {@code us-east-1}
     * @return the image URI
     * @throws ValidationException as {@link #retrieve(String, String, RetrieveOptions)}
     */
    public static String retrieve(String framework, String region) {
        return retrieve(framework, region, RetrieveOptions.builder().build());
    }

    /**
     * The image URI of a framework or algorithm version.
     *
     * @param framework the framework or algorithm, e.g. {@code xgboost}, {@code linear-learner}
     * @param region    the region, e.g. {@code us-east-1}
     * @param version   the version, e.g. {@code 1.7-1} for XGBoost; may be null where Python's may be None
     * @return the image URI
     * @throws ValidationException as {@link #retrieve(String, String, RetrieveOptions)}
     */
    public static String retrieve(String framework, String region, String version) {
        return retrieve(framework, region, RetrieveOptions.builder().version(version).build());
    }

    /**
     * The image URI for Python's keyword arguments, named:
     * {@code retrieve("pytorch", region, r -> r.version("2.1").pyVersion("py310").instanceType("ml.g5.xlarge"))}.
     *
     * @param framework the framework or algorithm
     * @param region    the region
     * @param options   sets the keyword arguments
     * @return the image URI
     * @throws ValidationException as {@link #retrieve(String, String, RetrieveOptions)}
     */
    public static String retrieve(String framework, String region, Consumer<RetrieveOptions.Builder> options) {
        RetrieveOptions.Builder builder = RetrieveOptions.builder();
        Objects.requireNonNull(options, "options").accept(builder);
        return retrieve(framework, region, builder.build());
    }

    /**
     * The image URI, as {@code image_uris.retrieve(framework, region, **options)} of the Python SDK builds it:
     * the same URI for the same arguments.
     *
     * @param framework the framework or algorithm (Python's {@code framework})
     * @param region    the region (Python's {@code region})
     * @param options   the keyword arguments
     * @return the image URI
     * @throws ValidationException naming the argument that no configuration accepts (unknown framework,
     *                             region, version, Python version, scope, processor, instance type) and the
     *                             values that are accepted, where the Python SDK raises an error
     */
    public static String retrieve(String framework, String region, RetrieveOptions options) {
        if (framework == null || framework.isEmpty()) {
            throw new ValidationException("framework", framework, "is missing",
                    "name one of ImageUris.frameworks(), e.g. xgboost, linear-learner, pytorch");
        }
        if (region == null || region.isEmpty()) {
            throw new ValidationException("region", region, "is missing", "pass a region, e.g. us-east-1");
        }
        return new Retrieval(framework, region, Objects.requireNonNull(options, "options")).uri();
    }

    /** One call of retrieve: the port of image_uris.retrieve and its helpers, step by step. */
    private static final class Retrieval {
        private final String framework;
        private final String region;
        private final RetrieveOptions o;
        private String inferenceTool;
        private String containerVersion;
        private String sdkVersion;

        Retrieval(String framework, String region, RetrieveOptions options) {
            this.framework = framework;
            this.region = region;
            this.o = options;
            this.inferenceTool = options.inferenceTool();
            this.containerVersion = options.containerVersion();
            this.sdkVersion = options.sdkVersion();
        }

        String uri() {
            JsonNode config;
            String finalImageScope;
            String instanceType = o.instanceType();
            if (o.trainingCompilerConfig() && (framework.equals(HUGGING_FACE) || framework.equals("pytorch"))) {
                finalImageScope = o.imageScope();
                config = configForFrameworkAndScope(framework + "-training-compiler", finalImageScope);
            } else {
                String configName = framework;
                if (framework.equals(HUGGING_FACE) || TRAINIUM_ALLOWED_FRAMEWORKS.contains(framework)) {
                    if (!truthy(inferenceTool)) {
                        String family = instanceTypeFamily(instanceType);
                        if (family.startsWith("inf") || family.startsWith("trn")) {
                            inferenceTool = "neuron";
                        }
                    }
                    if ("neuron".equals(inferenceTool) || "neuronx".equals(inferenceTool)) {
                        configName = framework + "-" + inferenceTool;
                    }
                }
                finalImageScope = finalImageScope(instanceType);
                validateFrameworkForInstanceType(instanceType);
                config = configForFrameworkAndScope(configName, finalImageScope);
            }

            String originalVersion = o.version();
            String version = validateVersion(originalVersion, config);
            JsonNode versionConfig = required(config.path("versions").get(versionForConfig(version, config)),
                    "version", version);

            if (framework.equals(HUGGING_FACE)) {
                JsonNode aliases = versionConfig.path("version_aliases");
                if (!truthy(aliases)) {
                    throw new ValidationException("baseFrameworkVersion", o.baseFrameworkVersion(),
                            "has no base framework versions for " + framework + " " + version,
                            "pass another version");
                }
                String base = o.baseFrameworkVersion();
                String fullBase = aliases.has(String.valueOf(base)) && base != null ? aliases.get(base).asText() : base;
                validateArg(fullBase, keys(versionConfig), "baseFrameworkVersion", "base framework");
                versionConfig = versionConfig.get(fullBase);
            }

            String pyVersion = validatePyVersion(o.pyVersion(), versionConfig);
            JsonNode forPy = pyVersion == null ? null : versionConfig.get(pyVersion);
            if (truthy(forPy)) {
                versionConfig = forPy;
            }
            JsonNode registries = required(versionConfig.get("registries"), "version", version);
            Map<String, String> registry = registry(registries.asInt());
            validateArg(region, new ArrayList<>(registry.keySet()), "region", "region");
            String account = registry.get(region);
            String hostname = Config.ROOT.path("hostnames").path(region).asText(null);
            if (hostname == null) {
                throw new ValidationException("region", region, "has no ECR endpoint known to the Python SDK",
                        "use a region of a commercial, China or GovCloud partition");
            }
            String repo = required(versionConfig.get("repository"), "version", version).asText();

            JsonNode processors = truthy(config.get("processors")) ? config.get("processors")
                    : versionConfig.get("processors");
            String processor = processor(instanceType, processors);

            if (truthy(versionConfig.get("container_version"))) {
                JsonNode byProcessor = processor == null ? null : versionConfig.get("container_version").get(processor);
                containerVersion = required(byProcessor, "instanceType", instanceType).asText();
            }
            if (List.of("pytorch-training-neuron", "pytorch-training-neuronx", "huggingface-vllm-inference-neuronx")
                    .contains(repo)) {
                containerVersion = withSdkVersion(versionConfig);
            }

            String tagPrefix;
            if (framework.equals(HUGGING_FACE)) {
                String ptOrTfVersion = baseFrameworkNumber(o.baseFrameworkVersion());
                String hfVersion = originalVersion;
                if (List.of("huggingface-pytorch-trcomp-training", "huggingface-tensorflow-trcomp-training")
                        .contains(repo)) {
                    hfVersion = version;
                }
                if (List.of("huggingface-pytorch-inference-neuron", "huggingface-pytorch-inference-neuronx")
                        .contains(repo)) {
                    containerVersion = withSdkVersion(versionConfig);
                    JsonNode aliases = required(config.get("version_aliases"), "version", originalVersion);
                    if (originalVersion != null && truthy(aliases.get(originalVersion))) {
                        hfVersion = aliases.get(originalVersion).asText();
                    }
                    JsonNode base = config.path("versions").path(String.valueOf(hfVersion)).path("version_aliases")
                            .path(String.valueOf(o.baseFrameworkVersion()));
                    if (hfVersion != null && o.baseFrameworkVersion() != null && truthy(base)) {
                        ptOrTfVersion = baseFrameworkNumber(base.asText());
                    }
                }
                tagPrefix = ptOrTfVersion + "-transformers" + py(hfVersion);
            } else {
                tagPrefix = versionConfig.has("tag_prefix") ? versionConfig.get("tag_prefix").asText() : version;
            }

            if (repo.equals(framework + "-inference-graviton")) {
                containerVersion = py(containerVersion) + "-sagemaker";
            }
            validateInstanceDeprecation(instanceType, version);
            String tag = imageTag(finalImageScope, instanceType, processor, pyVersion, tagPrefix, version);
            if (truthy(tag)) {
                repo += ":" + tag;
            }
            return account + ".dkr." + hostname + "/" + repo;
        }

        private String withSdkVersion(JsonNode versionConfig) {
            if (!truthy(sdkVersion)) {
                JsonNode sdkVersions = required(versionConfig.get("sdk_versions"), "sdkVersion", sdkVersion);
                List<String> all = texts(sdkVersions);
                if (all.isEmpty()) {
                    throw new ValidationException("sdkVersion", null, "has no default here", "pass sdkVersion");
                }
                Collections.sort(all);
                sdkVersion = all.get(all.size() - 1);
            }
            if (containerVersion == null) {
                throw new ValidationException("containerVersion", null, "is needed by this image",
                        "pass containerVersion");
            }
            return sdkVersion + "-" + containerVersion;
        }

        private String finalImageScope(String instanceType) {
            if (gravitonFrameworks().contains(framework)
                    && gravitonFamilies().contains(instanceTypeFamily(instanceType))) {
                return INFERENCE_GRAVITON;
            }
            if (o.imageScope() == null && (framework.equals("xgboost") || framework.equals("sklearn"))) {
                return "training";
            }
            return o.imageScope();
        }

        private void validateFrameworkForInstanceType(String instanceType) {
            if (instanceType != null && instanceType.contains("trn")
                    && !TRAINIUM_ALLOWED_FRAMEWORKS.contains(framework)) {
                throw new ValidationException("framework", framework, "has no image for Trainium instances",
                        "use pytorch on " + instanceType);
            }
            if (instanceType != null && gravitonFamilies().contains(instanceTypeFamily(instanceType))
                    && !gravitonFrameworks().contains(framework)) {
                throw new ValidationException("framework", framework, "has no image for Graviton instances",
                        "use one of " + gravitonFrameworks() + " on " + instanceType);
            }
        }

        private JsonNode configForFrameworkAndScope(String name, String imageScope) {
            JsonNode config = Config.ROOT.path("frameworks").get(name);
            if (config == null) {
                throw new ValidationException("framework", name, "is not an image configuration of the Python SDK",
                        "name one of: " + String.join(", ", closest(name)) + ", … (ImageUris.frameworks() lists all "
                                + frameworks().size() + ")");
            }
            String scope = imageScope;
            String accelerator = o.acceleratorType();
            if (truthy(accelerator)) {
                if (!accelerator.startsWith("ml.eia") && !accelerator.equals("local_sagemaker_notebook")) {
                    throw new ValidationException("acceleratorType", accelerator,
                            "is not an Elastic Inference accelerator type", "pass e.g. ml.eia2.medium");
                }
                scope = "eia";
            }
            List<String> available = config.has("scope") ? texts(config.get("scope")) : keys(config);
            if (available.size() == 1) {
                scope = available.get(0);
            }
            if (!truthy(scope) && config.has("scope")
                    && new LinkedHashSet<>(available).equals(Set.of("training", "inference"))) {
                scope = available.get(0);
            }
            validateArg(scope, available, "imageScope", "image scope");
            return config.has("scope") ? config : config.get(scope);
        }

        private String validateVersion(String version, JsonNode config) {
            List<String> available = keys(required(config.get("versions"), "version", version));
            List<String> aliased = keys(config.path("version_aliases"));
            if (available.size() == 1 && !aliased.contains(version)) {
                return available.get(0);
            }
            String chosen = version;
            if (!truthy(chosen)) {
                JsonNode frameworkConfig = Config.ROOT.path("frameworks").get(framework);
                if (!truthy(frameworkConfig)) {
                    throw new ValidationException("framework", framework, "is not a framework with versions",
                            "name one of " + frameworks());
                }
                chosen = latestVersion(frameworkConfig, o.imageScope());
            }
            List<String> all = new ArrayList<>(available);
            all.addAll(aliased);
            validateArg(chosen, all, "version", framework + " version");
            return chosen;
        }

        private String validatePyVersion(String pyVersion, JsonNode versionConfig) {
            List<String> available = versionConfig.has("repository") ? texts(versionConfig.get("py_versions"))
                    : keys(versionConfig);
            if (available.isEmpty()) {
                return null;
            }
            if (pyVersion == null && framework.equals("spark")) {
                return null;
            }
            if (pyVersion == null && available.size() == 1) {
                return available.get(0);
            }
            validateArg(pyVersion, available, "pyVersion", "Python version");
            return pyVersion;
        }

        private String processor(String instanceType, JsonNode processorsNode) {
            List<String> available = processorsNode == null ? List.of() : texts(processorsNode);
            if (available.isEmpty()) {
                return null;
            }
            if (available.size() == 1 && !truthy(instanceType)) {
                return available.get(0);
            }
            if (o.serverlessInferenceConfig()) {
                return "cpu";
            }
            if (!truthy(instanceType)) {
                throw new ValidationException("instanceType", instanceType, "is needed to choose among processors "
                        + available, "pass the instance type, e.g. ml.c5.xlarge or ml.g5.xlarge");
            }
            String processor;
            if (instanceType.startsWith("local")) {
                processor = instanceType.equals("local") ? "cpu" : "gpu";
            } else if (instanceType.startsWith("neuron")) {
                processor = "neuron";
            } else {
                String family = instanceTypeFamily(instanceType);
                if (family.isEmpty()) {
                    throw new ValidationException("instanceType", instanceType, "is not a SageMaker instance type",
                            "pass e.g. ml.c5.xlarge, or local");
                }
                if (available.contains(family)) {
                    processor = family;
                } else if (family.startsWith("inf")) {
                    processor = "inf";
                } else if (family.startsWith("trn")) {
                    processor = "trn";
                } else if (family.charAt(0) == 'g' || family.charAt(0) == 'p') {
                    processor = "gpu";
                } else {
                    processor = "cpu";
                }
            }
            validateArg(processor, available, "instanceType", "processor");
            return processor;
        }

        private void validateInstanceDeprecation(String instanceType, String version) {
            if (instanceTypeFamily(instanceType).equals("p2")
                    && (framework.equals("pytorch") && PythonVersion.compare(version, "1.13") >= 0
                    || framework.equals("tensorflow") && PythonVersion.compare(version, "2.12") >= 0)) {
                throw new ValidationException("instanceType", instanceType,
                        "is deprecated for jobs from PyTorch 1.13 and TensorFlow 2.12",
                        "use a newer instance family, e.g. ml.g5 or ml.p3");
            }
        }

        private String imageTag(String finalImageScope, String instanceType, String processor, String pyVersion,
                String tagPrefix, String version) {
            String family = instanceTypeFamily(instanceType);
            String tag;
            if (framework.equals("xgboost") || framework.equals("sklearn")) {
                if (!family.isEmpty() && INFERENCE_GRAVITON.equals(finalImageScope)) {
                    validateArg(family, gravitonFamilies(), "instanceType", "instance type");
                }
                if (gravitonFamilies().contains(family) || INFERENCE_GRAVITON.equals(finalImageScope)) {
                    tag = ARM64_TAGS.get(framework).get(version);
                    if (tag == null) {
                        throw new ValidationException("version", version, "has no arm64 image",
                                "use one of " + ARM64_TAGS.get(framework).keySet());
                    }
                } else {
                    tag = formatTag(tagPrefix, processor, pyVersion);
                }
            } else {
                tag = formatTag(tagPrefix, processor, pyVersion);
                if (instanceType != null && (family.equals("p4d") || smdistributed())) {
                    String auto = AUTO_CONTAINER_VERSIONS.get(framework + "-" + tag);
                    if (auto != null) {
                        tag = tag + "-" + auto;
                    }
                }
            }
            if (framework.equals("sagemaker-tritonserver") && "gpu".equals(processor)) {
                tag = rstrip(tag, "-gpu");
            }
            return tag;
        }

        private boolean smdistributed() {
            Map<String, ?> distribution = o.distribution();
            return distribution != null && !distribution.isEmpty() && distribution.containsKey("smdistributed");
        }

        private String formatTag(String tagPrefix, String processor, String pyVersion) {
            List<String> parts = new ArrayList<>();
            String second = truthy(inferenceTool) ? inferenceTool : processor;
            for (String part : new String[] {tagPrefix, second, pyVersion, containerVersion}) {
                if (truthy(part)) {
                    parts.add(part);
                }
            }
            return String.join("-", parts);
        }
    }

    private static String latestVersion(JsonNode frameworkConfig, String imageScope) {
        if (imageScope != null && truthy(frameworkConfig.get(imageScope))) {
            JsonNode latest = frameworkConfig.get(imageScope).path("version_aliases").get("latest");
            if (latest != null) {
                return latest.asText();
            }
        }
        List<String> versions = null;
        if (frameworkConfig.has("versions")) {
            versions = keys(frameworkConfig.get("versions"));
            if (versions.size() == 1) {
                return versions.get(0);
            }
            if (!versions.isEmpty() && (versions.get(0).equals("latest")
                    || versions.get(versions.size() - 1).equals("latest"))) {
                return null;
            }
        } else if (imageScope != null && frameworkConfig.has(imageScope)
                && frameworkConfig.get(imageScope).has("versions")) {
            versions = keys(frameworkConfig.get(imageScope).get("versions"));
        } else if (frameworkConfig.path("processing").has("versions")) {
            versions = keys(frameworkConfig.get("processing").get("versions"));
        }
        if (versions == null || versions.isEmpty()) {
            return null;
        }
        String top = versions.get(0);
        String bottom = versions.get(versions.size() - 1);
        if (top.isEmpty() || bottom.isEmpty()) {
            return null;
        }
        if (top.endsWith(".x") || bottom.endsWith(".x")) {
            try {
                int max = Math.max(Integer.parseInt(top.substring(0, top.length() - 2)),
                        Integer.parseInt(bottom.substring(0, bottom.length() - 2)));
                return max + ".x";
            } catch (NumberFormatException e) {
                throw new ValidationException("version", null, "has no default here", "pass the version");
            }
        }
        return PythonVersion.compare(top, bottom) >= 0 ? top : bottom;
    }

    /** The five known names nearest to a mistyped one (edit distance), nearest first. */
    private static List<String> closest(String name) {
        List<String> names = new ArrayList<>(frameworks());
        names.sort(Comparator.comparingInt((String n) -> distance(name, n)).thenComparing(n -> n));
        return names.subList(0, Math.min(5, names.size()));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** {@code _version_for_config}: the version an alias stands for. */
    private static String versionForConfig(String version, JsonNode config) {
        JsonNode aliases = config.get("version_aliases");
        if (aliases != null && version != null && aliases.has(version)) {
            return aliases.get(version).asText();
        }
        return version;
    }

    private static String baseFrameworkNumber(String baseFrameworkVersion) {
        Matcher m = baseFrameworkVersion == null ? null : BASE_FRAMEWORK.matcher(baseFrameworkVersion);
        if (m == null || !m.matches()) {
            throw new ValidationException("baseFrameworkVersion", baseFrameworkVersion,
                    "is not a PyTorch or TensorFlow version", "pass e.g. pytorch1.13.1 or tensorflow2.11.0");
        }
        return m.group(2);
    }

    /** {@code utils.get_instance_type_family}: the family of {@code ml.<family>.<size>}, or "". */
    private static String instanceTypeFamily(String instanceType) {
        if (instanceType == null) {
            return "";
        }
        Matcher m = INSTANCE_FAMILY.matcher(instanceType);
        return m.matches() ? m.group(1) : "";
    }

    private static List<String> gravitonFamilies() {
        return texts(Config.ROOT.path("gravitonInstanceFamilies"));
    }

    private static List<String> gravitonFrameworks() {
        return texts(Config.ROOT.path("gravitonFrameworks"));
    }

    private static Map<String, String> registry(int index) {
        Map<String, String> out = new LinkedHashMap<>();
        Config.ROOT.path("registries").path(index).properties()
                .forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static void validateArg(String value, List<String> available, String field, String what) {
        if (value == null || !available.contains(value)) {
            throw new ValidationException(field, value, "is not a supported " + what,
                    "use one of " + String.join(", ", available));
        }
    }

    private static JsonNode required(JsonNode node, String field, String value) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new ValidationException(field, value, "has no image configuration for these arguments",
                    "check the arguments against the Python SDK's image_uri_config");
        }
        return node;
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** Python's truthiness of an optional string. */
    private static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    /** Python's truthiness of a JSON value: not missing, null, false, 0, "", [] or {}. */
    private static boolean truthy(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return false;
        }
        if (n.isContainerNode()) {
            return n.size() > 0;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNumber()) {
            return n.asDouble() != 0;
        }
        return !n.asText().isEmpty();
    }

    /** Python's {@code str()} of an optional string. */
    private static String py(String s) {
        return s == null ? "None" : s;
    }

    /** Python's {@code str.rstrip(chars)}: drops trailing characters that are in the set. */
    private static String rstrip(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Comparison of versions as Python's {@code packaging.version.Version} orders them (PEP 440). */
    static final class PythonVersion {
        private static final Pattern PEP440 = Pattern.compile(
                "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
                        + "(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?"
                        + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
                        + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
                        + "(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?",
                Pattern.CASE_INSENSITIVE);

        private PythonVersion() {
        }

        static int compare(String a, String b) {
            List<Object> ka = key(a);
            List<Object> kb = key(b);
            for (int i = 0; i < ka.size(); i++) {
                @SuppressWarnings("unchecked")
                int c = ((Comparable<Object>) ka.get(i)).compareTo(kb.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        /** epoch, release (trailing zeros dropped, padded), pre, post, dev — as packaging's _cmpkey. */
        private static List<Object> key(String version) {
            Matcher m = version == null ? null : PEP440.matcher(version.trim());
            if (m == null || !m.matches()) {
                throw new ValidationException("version", version, "is not a valid version (PEP 440)",
                        "pass a version such as 1.13 or 2.1.0");
            }
            BigInteger epoch = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
            List<BigInteger> release = new ArrayList<>();
            for (String part : m.group(2).split("\\.")) {
                release.add(new BigInteger(part));
            }
            while (release.size() > 1 && release.get(release.size() - 1).signum() == 0) {
                release.remove(release.size() - 1);
            }
            StringBuilder releaseKey = new StringBuilder();
            Iterator<BigInteger> it = release.iterator();
            List<Object> key = new ArrayList<>();
            key.add(epoch);
            // compare releases element-wise through a zero-padded string of fixed-width numbers
            while (it.hasNext()) {
                releaseKey.append(String.format("%020d", it.next()));
            }
            key.add(String.format("%-400s", releaseKey).replace(' ', '0'));
            boolean hasPre = m.group(3) != null;
            boolean hasPost = m.group(5) != null || m.group(6) != null;
            boolean hasDev = m.group(8) != null;
            // pre: a dev-only release sorts before every pre-release; no pre sorts after all of them
            int preLetter;
            BigInteger preNumber = BigInteger.ZERO;
            if (hasPre) {
                String letter = m.group(3).toLowerCase(Locale.ROOT);
                preLetter = letter.startsWith("a") ? 1 : letter.startsWith("b") ? 2 : 3;
                preNumber = m.group(4) == null ? BigInteger.ZERO : new BigInteger(m.group(4));
            } else {
                preLetter = !hasPost && hasDev ? 0 : 4;
            }
            key.add(preLetter);
            key.add(preNumber);
            BigInteger post = !hasPost ? BigInteger.valueOf(-1)
                    : m.group(5) != null ? new BigInteger(m.group(5))
                    : m.group(7) == null ? BigInteger.ZERO : new BigInteger(m.group(7));
            key.add(post);
            BigInteger dev = !hasDev ? BigInteger.valueOf(Long.MAX_VALUE)
                    : m.group(9) == null ? BigInteger.ZERO : new BigInteger(m.group(9));
            key.add(dev);
            return key;
        }
    }

    /**
     * The keyword arguments of {@code image_uris.retrieve} after {@code framework} and {@code region}, each
     * with Python's default. Immutable.
     */
    public static final class RetrieveOptions {
        private final String version;
        private final String pyVersion;
        private final String instanceType;
        private final String acceleratorType;
        private final String imageScope;
        private final String containerVersion;
        private final Map<String, Object> distribution;
        private final String baseFrameworkVersion;
        private final boolean trainingCompilerConfig;
        private final String sdkVersion;
        private final String inferenceTool;
        private final boolean serverlessInferenceConfig;

        private RetrieveOptions(Builder b) {
            this.version = b.version;
            this.pyVersion = b.pyVersion;
            this.instanceType = b.instanceType;
            this.acceleratorType = b.acceleratorType;
            this.imageScope = b.imageScope;
            this.containerVersion = b.containerVersion;
            this.distribution = b.distribution == null ? null
                    : Collections.unmodifiableMap(new LinkedHashMap<>(b.distribution));
            this.baseFrameworkVersion = b.baseFrameworkVersion;
            this.trainingCompilerConfig = b.trainingCompilerConfig;
            this.sdkVersion = b.sdkVersion;
            this.inferenceTool = b.inferenceTool;
            this.serverlessInferenceConfig = b.serverlessInferenceConfig;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return a new builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.version = version;
            b.pyVersion = pyVersion;
            b.instanceType = instanceType;
            b.acceleratorType = acceleratorType;
            b.imageScope = imageScope;
            b.containerVersion = containerVersion;
            b.distribution = distribution;
            b.baseFrameworkVersion = baseFrameworkVersion;
            b.trainingCompilerConfig = trainingCompilerConfig;
            b.sdkVersion = sdkVersion;
            b.inferenceTool = inferenceTool;
            b.serverlessInferenceConfig = serverlessInferenceConfig;
            return b;
        }

        /**
         * Python's {@code version}, or null.
         *
         * @return Python's {@code version}, or null
         */
        public String version() {
            return version;
        }

        /**
         * Python's {@code py_version}, or null.
         *
         * @return Python's {@code py_version}, or null
         */
        public String pyVersion() {
            return pyVersion;
        }

        /**
         * Python's {@code instance_type}, or null.
         *
         * @return Python's {@code instance_type}, or null
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * Python's {@code accelerator_type}, or null.
         *
         * @return Python's {@code accelerator_type}, or null
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * Python's {@code image_scope}, or null.
         *
         * @return Python's {@code image_scope}, or null
         */
        public String imageScope() {
            return imageScope;
        }

        /**
         * Python's {@code container_version}, or null.
         *
         * @return Python's {@code container_version}, or null
         */
        public String containerVersion() {
            return containerVersion;
        }

        /**
         * Python's {@code distribution} (unmodifiable), or null.
         *
         * @return Python's {@code distribution} (unmodifiable), or null
         */
        public Map<String, Object> distribution() {
            return distribution;
        }

        /**
         * Python's {@code base_framework_version}, or null.
         *
         * @return Python's {@code base_framework_version}, or null
         */
        public String baseFrameworkVersion() {
            return baseFrameworkVersion;
        }

        /**
         * Whether a Training Compiler configuration is given (Python's {@code training_compiler_config}).
         *
         * @return whether a Training Compiler configuration is given (Python's {@code training_compiler_config})
         */
        public boolean trainingCompilerConfig() {
            return trainingCompilerConfig;
        }

        /**
         * Python's {@code sdk_version}, or null.
         *
         * @return Python's {@code sdk_version}, or null
         */
        public String sdkVersion() {
            return sdkVersion;
        }

        /**
         * Python's {@code inference_tool}, or null.
         *
         * @return Python's {@code inference_tool}, or null
         */
        public String inferenceTool() {
            return inferenceTool;
        }

        /**
         * Whether a serverless inference configuration is given.
         *
         * @return whether a serverless inference configuration is given
         */
        public boolean serverlessInferenceConfig() {
            return serverlessInferenceConfig;
        }

        private List<Object> values() {
            return Arrays.asList(version, pyVersion, instanceType, acceleratorType, imageScope,
                    containerVersion, distribution, baseFrameworkVersion, trainingCompilerConfig, sdkVersion,
                    inferenceTool, serverlessInferenceConfig);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RetrieveOptions other && values().equals(other.values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "RetrieveOptions(version=" + version + ", pyVersion=" + pyVersion + ", instanceType="
                    + instanceType + ", acceleratorType=" + acceleratorType + ", imageScope=" + imageScope
                    + ", containerVersion=" + containerVersion + ", distribution=" + distribution
                    + ", baseFrameworkVersion=" + baseFrameworkVersion + ", trainingCompilerConfig="
                    + trainingCompilerConfig + ", sdkVersion=" + sdkVersion + ", inferenceTool=" + inferenceTool
                    + ", serverlessInferenceConfig=" + serverlessInferenceConfig + ")";
        }

        /** Sets the keyword arguments by name; each method is the Python keyword in camelCase. */
        public static final class Builder {
            private String version;
            private String pyVersion;
            private String instanceType;
            private String acceleratorType;
            private String imageScope;
            private String containerVersion;
            private Map<String, ?> distribution;
            private String baseFrameworkVersion;
            private boolean trainingCompilerConfig;
            private String sdkVersion;
            private String inferenceTool;
            private boolean serverlessInferenceConfig;

            private Builder() {
            }

            /**
             * Python's {@code version} (default None): required where a framework has several versions.
             *
             * @param version e.g. {@code 1.7-1}, {@code 2.1}, or an alias such as {@code latest}
             * @return this builder
             */
            public Builder version(String version) {
                this.version = version;
                return this;
            }

            /**
             * Python's {@code py_version} (default None): required where a version has several.
             *
             * @param pyVersion e.g. {@code py310}
             * @return this builder
             */
            public Builder pyVersion(String pyVersion) {
                this.pyVersion = pyVersion;
                return this;
            }

            /**
             * Python's {@code instance_type} (default None): chooses the processor (cpu, gpu, inf, trn, ...)
             * where an image has several.
             *
             * @param instanceType e.g. {@code ml.c5.xlarge}, {@code ml.g5.xlarge}, {@code local}
             * @return this builder
             */
            public Builder instanceType(String instanceType) {
                this.instanceType = instanceType;
                return this;
            }

            /**
             * Python's {@code accelerator_type} (default None): an Elastic Inference accelerator; selects the
             * {@code eia} scope.
             *
             * @param acceleratorType e.g. {@code ml.eia2.medium}
             * @return this builder
             */
            public Builder acceleratorType(String acceleratorType) {
                this.acceleratorType = acceleratorType;
                return this;
            }

            /**
             * Python's {@code image_scope} (default None).
             *
             * @param imageScope {@code training}, {@code inference}, {@code inference_graviton} or {@code eia}
             * @return this builder
             */
            public Builder imageScope(String imageScope) {
                this.imageScope = imageScope;
                return this;
            }

            /**
             * Python's {@code container_version} (default None).
             *
             * @param containerVersion e.g. {@code cu110-ubuntu18.04}
             * @return this builder
             */
            public Builder containerVersion(String containerVersion) {
                this.containerVersion = containerVersion;
                return this;
            }

            /**
             * Python's {@code distribution} (default None): an {@code smdistributed} key selects the
             * distributed container version.
             *
             * @param distribution the distribution settings, copied
             * @return this builder
             */
            public Builder distribution(Map<String, ?> distribution) {
                this.distribution = distribution == null ? null : new LinkedHashMap<>(distribution);
                return this;
            }

            /**
             * Python's {@code base_framework_version} (default None): the PyTorch or TensorFlow version under a
             * Hugging Face image.
             *
             * @param baseFrameworkVersion e.g. {@code pytorch1.13.1}
             * @return this builder
             */
            public Builder baseFrameworkVersion(String baseFrameworkVersion) {
                this.baseFrameworkVersion = baseFrameworkVersion;
                return this;
            }

            /**
             * Python's {@code training_compiler_config} (default None): retrieve only asks whether one is
             * given, which selects the Training Compiler images of {@code huggingface} and {@code pytorch}.
             *
             * @param given whether a Training Compiler configuration is given
             * @return this builder
             */
            public Builder trainingCompilerConfig(boolean given) {
                this.trainingCompilerConfig = given;
                return this;
            }

            /**
             * Python's {@code sdk_version} (default None): the Neuron SDK version of Neuron images; the
             * newest is used when not given.
             *
             * @param sdkVersion e.g. {@code sdk2.9.1}
             * @return this builder
             */
            public Builder sdkVersion(String sdkVersion) {
                this.sdkVersion = sdkVersion;
                return this;
            }

            /**
             * Python's {@code inference_tool} (default None).
             *
             * @param inferenceTool {@code neuron} or {@code neuronx}
             * @return this builder
             */
            public Builder inferenceTool(String inferenceTool) {
                this.inferenceTool = inferenceTool;
                return this;
            }

            /**
             * Python's {@code serverless_inference_config} (default None): retrieve only asks whether one is
             * given, which selects the CPU image.
             *
             * @param given whether a serverless inference configuration is given
             * @return this builder
             */
            public Builder serverlessInferenceConfig(boolean given) {
                this.serverlessInferenceConfig = given;
                return this;
            }

            /**
             * The options.
             *
             * @return immutable options
             */
            public RetrieveOptions build() {
                return new RetrieveOptions(this);
            }
        }
    }
}
