/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.TrainingJobAnalytics;
import dev.sagemaker4j.deserializers.Deserializer;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.ChannelInput;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.Serializer;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.utils.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.AlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.AsyncInferenceConfig;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DebugHookConfig;
import software.amazon.awssdk.services.sagemaker.model.DebugRuleConfiguration;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;
import software.amazon.awssdk.services.sagemaker.model.ExplainerConfig;
import software.amazon.awssdk.services.sagemaker.model.InstanceGroup;
import software.amazon.awssdk.services.sagemaker.model.InstancePlacementConfig;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.OutputDataConfig;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig;
import software.amazon.awssdk.services.sagemaker.model.ProfilerConfig;
import software.amazon.awssdk.services.sagemaker.model.ProfilerRuleConfiguration;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.S3DataSource;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TensorBoardOutputConfig;

/**
 * What every estimator shares, as {@code sagemaker.estimator.EstimatorBase}: the training job's
 * resources, output, limits, checkpoints, network and encryption settings and the session, and
 * {@link #fit(Map)}, which builds a {@link CreateTrainingJobRequest} as the Python SDK's
 * {@code _TrainingJob._get_train_args} and {@code Session._get_train_request} build it and hands it to
 * the session's backend.
 *
 * <pre>{@code
 * estimator.fit(Map.of("train", TrainingInput.of(trainUri)));                  // wait, follow the log
 * estimator.fit(TrainingInput.of(trainUri), f -> f.jobName("churn-1").wait(false));
 * Predictor<List<List<String>>> p = estimator.deploy(d -> d.initialInstanceCount(1).instanceType("local")
 *         .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
 * }</pre>
 *
 * <p>Settings the local backend cannot act on are accepted, validated as the service validates them,
 * sent unchanged to SageMaker, recorded in the local {@code DescribeTrainingJob} response, and <b>not
 * enforced locally</b>: {@code subnets}/{@code securityGroupIds} (VPC), {@code volumeKmsKey},
 * {@code outputKmsKey}, {@code enableNetworkIsolation}, {@code encryptInterContainerTraffic},
 * {@code keepAlivePeriodInSeconds}, the Debugger and profiler configurations, {@code instanceGroups}
 * (a local job runs one group of one instance type), {@code useSpotInstances}, {@code maxRetryAttempts},
 * {@code trainingRepositoryAccessMode}, {@code enableInfraCheck}, {@code enableRemoteDebug},
 * {@code enableSessionTagChaining}, {@code trainingPlan} and {@code instancePlacementConfig}.
 *
 * <p>Script mode: {@code entryPoint}, {@code sourceDir}, {@code dependencies}, {@code codeLocation},
 * {@code containerLogLevel} and {@code gitConfig} stage a Python script for a framework image as the Python SDK
 * does ({@code sourcedir.tar.gz} uploaded, {@code sagemaker_program} and the other {@code sagemaker_*}
 * hyperparameters sent); the service runs it, the local backend refuses it (it runs no Python) — Java training
 * code is named by class with {@link JavaEstimator}. A running job's profiler and remote-debug settings change
 * with {@link #updateProfiler}, {@link #enableDefaultProfiling}, {@link #disableProfiling},
 * {@link #enableRemoteDebug} and {@link #disableRemoteDebug} (UpdateTrainingJob). The Python SDK's default Debugger hook and
 * profiler configurations (added in regions with SageMaker Debugger) are not added: they are sent only
 * when set.
 *
 * <p>The configuration is fixed once built, except what Python's methods change too: the profiler
 * configuration and rules and the remote-debug setting (by the update methods); {@link #latestTrainingJob()}
 * changes with each fit.
 * Needs no closing (the session is closed by its owner).
 */
public abstract class EstimatorBase {
    /** The channel name a single input goes to, as in the Python SDK. */
    public static final String DEFAULT_CHANNEL = "training";
    /** The channel that carries the code of a network-isolated script-mode job, as the Python SDK names it. */
    public static final String CODE_CHANNEL = "code";
    /** Where a network-isolated script-mode job finds its code, Python's {@code CONTAINER_CODE_CHANNEL_SOURCEDIR_PATH}. */
    public static final String CONTAINER_CODE_CHANNEL_SOURCEDIR_PATH = "/opt/ml/input/data/code/sourcedir.tar.gz";
    /** The regions without SageMaker Debugger, as the Python SDK's {@code fw_utils.DEBUGGER_UNSUPPORTED_REGIONS}. */
    private static final Set<String> DEBUGGER_UNSUPPORTED_REGIONS = Set.of("us-iso-east-1", "us-isob-east-1",
            "ap-southeast-3", "ap-southeast-4", "eu-south-2", "me-central-1", "ap-south-2", "eu-central-2",
            "us-gov-east-1");
    /** The content type of the model channel ({@code model_uri}), as the Python SDK sends it. */
    public static final String MODEL_CONTENT_TYPE = "application/x-sagemaker-model";

    private static final Pattern IMAGE_NAME = Pattern.compile("^(.+/)?([^:/]+)(:[^:]+)?$");
    private static final Pattern SUBNET = Pattern.compile("^subnet-[0-9a-f]+$");
    private static final Pattern SECURITY_GROUP = Pattern.compile("^sg-[0-9a-f]+$");
    private static final String KEY_ID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})";
    private static final String ALIAS = "alias/[a-zA-Z0-9/_-]{1,250}";
    private static final Pattern KMS_KEY = Pattern.compile("^(" + KEY_ID + "|" + ALIAS
            + "|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key/" + KEY_ID + "|" + ALIAS + "))$");
    private static final Pattern CHANNEL_NAME = Pattern.compile("^[A-Za-z0-9.\\-_]{1,64}$");
    private static final Pattern ENV_KEY = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_]{0,511}$");
    private static final Set<String> INPUT_MODES = Set.of("File", "Pipe", "FastFile");
    private static final Set<String> REPOSITORY_ACCESS_MODES = Set.of("Platform", "Vpc");

    private final Session session;
    private final String role;
    private final Integer instanceCount;
    private final String instanceType;
    private final Integer keepAlivePeriodInSeconds;
    private final int volumeSize;
    private final String volumeKmsKey;
    private final int maxRun;
    private final String inputMode;
    private final String outputPath;
    private final String outputKmsKey;
    private final String baseJobName;
    private final List<Tag> tags;
    private final List<String> subnets;
    private final List<String> securityGroupIds;
    private final String modelUri;
    private final String modelChannelName;
    private final List<MetricDefinition> metricDefinitions;
    private final Boolean encryptInterContainerTraffic;
    private final boolean useSpotInstances;
    private final Integer maxWait;
    private final String checkpointS3Uri;
    private final String checkpointLocalPath;
    private final List<DebugRuleConfiguration> rules;
    private volatile List<ProfilerRuleConfiguration> profilerRules;
    private final DebugHookConfig debuggerHookConfig;
    private final TensorBoardOutputConfig tensorboardOutputConfig;
    private final Boolean enableSagemakerMetrics;
    private final Boolean enableNetworkIsolation;
    private volatile ProfilerConfig profilerConfig;
    private final boolean disableProfiler;
    private final Map<String, String> environment;
    private final Integer maxRetryAttempts;
    private final List<InstanceGroup> instanceGroups;
    private final String trainingRepositoryAccessMode;
    private final String trainingRepositoryCredentialsProviderArn;
    private final Boolean enableInfraCheck;
    private final List<String> containerEntryPoint;
    private final List<String> containerArguments;
    private final boolean disableOutputCompression;
    private volatile Boolean enableRemoteDebug;
    private final Boolean enableSessionTagChaining;
    private final String trainingPlan;
    private final InstancePlacementConfig instancePlacementConfig;
    private final String entryPoint;
    private final String sourceDir;
    private final List<String> dependencies;
    private final String codeLocation;
    private final int containerLogLevel;
    private final Map<String, Object> gitConfig;
    private volatile Map<String, String> scriptModeHyperparameters = Map.of();
    private volatile String codeUri;
    private volatile TrainingJob latest;

    /**
     * Creates the estimator from a builder, validating every setting as the service would.
     *
     * @param b the builder
     */
    protected EstimatorBase(Builder<?, ?> b) {
        validateResources(b);
        if (b.useSpotInstances && b.maxWait == null) {
            throw new ValidationException("maxWait", null, "is required with useSpotInstances",
                    "set maxWait (seconds) to at least maxRun");
        }
        if (b.maxWait != null && b.maxWait < b.maxRun) {
            throw new ValidationException("maxWait", b.maxWait, "must be at least maxRun (" + b.maxRun + ")",
                    "raise maxWait or lower maxRun");
        }
        validateNetwork(b.subnets, b.securityGroupIds);
        kmsKey("volumeKmsKey", b.volumeKmsKey);
        kmsKey("outputKmsKey", b.outputKmsKey);
        validateProfiler(b);
        validateLimits(b);
        validateScriptMode(b);
        if (b.session == null) {
            if (localOnly(b)) {
                b.session = Session.local();
            } else {
                throw new ValidationException("session", null, "is missing for instance type "
                        + (b.instanceType != null ? b.instanceType : "of the instance groups"),
                        "pass .session(Session.sagemaker(region)) or .session(Session.local())");
            }
        }
        this.session = b.session;
        this.role = b.role;
        this.instanceGroups = b.instanceGroups == null ? null : List.copyOf(b.instanceGroups);
        this.instanceCount = b.instanceGroups == null && b.instanceCount == null ? Integer.valueOf(1) : b.instanceCount;
        this.instanceType = b.instanceType;
        this.keepAlivePeriodInSeconds = b.keepAlivePeriodInSeconds;
        this.volumeSize = b.volumeSize;
        this.volumeKmsKey = b.volumeKmsKey;
        this.maxRun = b.maxRun;
        this.inputMode = b.inputMode;
        this.outputPath = b.outputPath;
        this.outputKmsKey = b.outputKmsKey;
        this.baseJobName = b.baseJobName;
        this.tags = b.tags == null ? null : List.copyOf(b.tags);
        this.subnets = b.subnets == null ? null : List.copyOf(b.subnets);
        this.securityGroupIds = b.securityGroupIds == null ? null : List.copyOf(b.securityGroupIds);
        this.modelUri = b.modelUri;
        this.modelChannelName = b.modelChannelName;
        this.metricDefinitions = b.metricDefinitions == null ? null : List.copyOf(b.metricDefinitions);
        this.encryptInterContainerTraffic = b.encryptInterContainerTraffic;
        this.useSpotInstances = b.useSpotInstances;
        this.maxWait = b.maxWait;
        this.checkpointS3Uri = b.checkpointS3Uri;
        this.checkpointLocalPath = b.checkpointLocalPath;
        this.rules = b.rules == null ? null : List.copyOf(b.rules);
        this.profilerRules = b.profilerRules == null ? null : List.copyOf(b.profilerRules);
        this.debuggerHookConfig = b.debuggerHookConfig;
        this.tensorboardOutputConfig = b.tensorboardOutputConfig;
        this.enableSagemakerMetrics = b.enableSagemakerMetrics;
        this.enableNetworkIsolation = b.enableNetworkIsolation;
        this.profilerConfig = b.profilerConfig;
        this.disableProfiler = b.disableProfiler;
        this.environment = b.environment == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.environment));
        this.maxRetryAttempts = b.maxRetryAttempts;
        this.trainingRepositoryAccessMode = b.trainingRepositoryAccessMode;
        this.trainingRepositoryCredentialsProviderArn = b.trainingRepositoryCredentialsProviderArn;
        this.enableInfraCheck = b.enableInfraCheck;
        this.containerEntryPoint = b.containerEntryPoint == null ? null : List.copyOf(b.containerEntryPoint);
        this.containerArguments = b.containerArguments == null ? null : List.copyOf(b.containerArguments);
        this.disableOutputCompression = b.disableOutputCompression;
        this.enableRemoteDebug = b.enableRemoteDebug;
        this.enableSessionTagChaining = b.enableSessionTagChaining;
        this.trainingPlan = b.trainingPlan;
        this.instancePlacementConfig = b.instancePlacementConfig;
        this.entryPoint = b.entryPoint;
        this.sourceDir = b.sourceDir;
        this.dependencies = b.dependencies == null ? null : List.copyOf(b.dependencies);
        this.codeLocation = b.codeLocation;
        this.containerLogLevel = b.containerLogLevel;
        this.gitConfig = b.gitConfig == null ? null : Collections.unmodifiableMap(b.gitConfig);
    }

    private static boolean isInstanceType(String type) {
        return type != null && (type.equals("local") || type.equals("local_gpu") || type.startsWith("ml."));
    }

    private static void validateResources(Builder<?, ?> b) {
        if (b.instanceGroups != null) {
            // _Job._prepare_resource_config: "instance_count and instance_type cannot be set when instance_groups is set"
            if (b.instanceCount != null || b.instanceType != null) {
                throw new ValidationException(b.instanceType != null ? "instanceType" : "instanceCount",
                        b.instanceType != null ? b.instanceType : b.instanceCount, "is set together with instanceGroups",
                        "give the instance type and count in each InstanceGroup, or drop instanceGroups");
            }
            if (b.instanceGroups.isEmpty() || b.instanceGroups.size() > 5) {
                throw new ValidationException("instanceGroups", b.instanceGroups.size(), "must hold 1 to 5 groups",
                        "give between one and five InstanceGroups");
            }
            Set<String> names = new HashSet<>();
            for (InstanceGroup g : b.instanceGroups) {
                String name = g.instanceGroupName();
                if (name == null || name.isEmpty() || name.length() > 64) {
                    throw new ValidationException("instanceGroups.instanceGroupName", name, "is missing or longer than 64",
                            "name each group with 1 to 64 characters");
                }
                if (!names.add(name)) {
                    throw new ValidationException("instanceGroups.instanceGroupName", name, "is given twice",
                            "give each instance group a different name");
                }
                if (!isInstanceType(g.instanceTypeAsString())) {
                    throw new ValidationException("instanceGroups[" + name + "].instanceType", g.instanceTypeAsString(),
                            "is not an instance type", "pass \"local\" or an ml.* instance type such as ml.m5.xlarge");
                }
                if (g.instanceCount() == null || g.instanceCount() < 1) {
                    throw new ValidationException("instanceGroups[" + name + "].instanceCount", g.instanceCount(),
                            "must be at least 1", "ask for one or more instances");
                }
            }
            return;
        }
        if (b.instanceType == null || b.instanceType.isBlank()) {
            throw new ValidationException("instanceType", b.instanceType, "is missing",
                    "pass \"local\", \"local_gpu\" or an ml.* instance type, or instanceGroups");
        }
        if (!isInstanceType(b.instanceType)) {
            throw new ValidationException("instanceType", b.instanceType, "is not an instance type",
                    "pass \"local\", \"local_gpu\" or an ml.* instance type such as ml.m5.xlarge");
        }
        if (b.instanceCount != null && b.instanceCount < 1) {
            throw new ValidationException("instanceCount", b.instanceCount, "must be at least 1",
                    "ask for one or more instances");
        }
    }

    private static boolean localOnly(Builder<?, ?> b) {
        if (b.instanceGroups != null) {
            return b.instanceGroups.stream().allMatch(g -> g.instanceTypeAsString().startsWith("local"));
        }
        return b.instanceType.startsWith("local");
    }

    private static void validateNetwork(List<String> subnets, List<String> securityGroupIds) {
        // EstimatorBase.__init__: "subnets and security_group_ids must be provided together"
        if ((subnets == null) != (securityGroupIds == null)) {
            throw new ValidationException(subnets == null ? "subnets" : "securityGroupIds", null,
                    "is missing while " + (subnets == null ? "securityGroupIds" : "subnets") + " is set",
                    "give both subnets and securityGroupIds (the VPC the job runs in), or neither");
        }
        if (subnets == null) {
            return;
        }
        if (subnets.isEmpty() || subnets.size() > 16) {
            throw new ValidationException("subnets", subnets, "must hold 1 to 16 subnet ids", "give 1 to 16 subnets");
        }
        if (securityGroupIds.isEmpty() || securityGroupIds.size() > 5) {
            throw new ValidationException("securityGroupIds", securityGroupIds, "must hold 1 to 5 security group ids",
                    "give 1 to 5 security groups");
        }
        for (String s : subnets) {
            if (s == null || !SUBNET.matcher(s).matches()) {
                throw new ValidationException("subnets", s, "is not a subnet id", "write subnet-<hex>, e.g. subnet-0a1b2c3d");
            }
        }
        for (String g : securityGroupIds) {
            if (g == null || !SECURITY_GROUP.matcher(g).matches()) {
                throw new ValidationException("securityGroupIds", g, "is not a security group id",
                        "write sg-<hex>, e.g. sg-0a1b2c3d");
            }
        }
    }

    /**
     * Checks a KMS key as the service accepts it: a key id, a key ARN, an alias name or an alias ARN.
     *
     * @param field the field, for the message
     * @param key   the key, or {@code null}
     * @return the key
     */
    static String kmsKey(String field, String key) {
        if (key != null && (key.length() > 2048 || !KMS_KEY.matcher(key).matches())) {
            throw new ValidationException(field, key, "is not a KMS key id, key ARN, alias or alias ARN",
                    "write 1234abcd-12ab-34cd-56ef-1234567890ab, arn:aws:kms:us-east-1:111122223333:key/<id>,"
                            + " alias/<name> or arn:aws:kms:us-east-1:111122223333:alias/<name>");
        }
        return key;
    }

    private static void validateProfiler(Builder<?, ?> b) {
        if (!b.disableProfiler) {
            return;
        }
        // EstimatorBase._prepare_profiler_for_training
        if (b.profilerConfig != null && !Boolean.TRUE.equals(b.profilerConfig.disableProfiler())) {
            throw new ValidationException("profilerConfig.disableProfiler", b.profilerConfig.disableProfiler(),
                    "cannot be false when disableProfiler is true", "drop profilerConfig or disableProfiler(true)");
        }
        if (b.profilerRules != null && !b.profilerRules.isEmpty()) {
            throw new ValidationException("rules", b.profilerRules.size() + " profiler rules",
                    "cannot be set when disableProfiler is true", "drop the profiler rules or disableProfiler(true)");
        }
    }

    private static void validateScriptMode(Builder<?, ?> b) {
        if (b.codeLocation != null && !b.codeLocation.startsWith("s3://")) {
            throw new ValidationException("codeLocation", b.codeLocation, "is not an s3:// URI",
                    "write s3://bucket/prefix");
        }
        if (b.gitConfig == null && b.sourceDir != null && !b.sourceDir.toLowerCase(java.util.Locale.ROOT)
                .startsWith("s3://") && !java.nio.file.Files.isDirectory(java.nio.file.Paths.get(b.sourceDir))) {
            throw new ValidationException("sourceDir", b.sourceDir, "is not a folder", "give a local folder or an"
                    + " s3:// URI of a sourcedir.tar.gz");
        }
        if (b.gitConfig == null && b.sourceDir == null && b.entryPoint != null
                && !java.nio.file.Files.isRegularFile(java.nio.file.Paths.get(b.entryPoint))) {
            throw new ValidationException("entryPoint", b.entryPoint, "is not a file", "give the script's path");
        }
        if (b.gitConfig != null && b.entryPoint == null) {
            throw new ValidationException("entryPoint", null, "is missing (gitConfig needs one)",
                    "give the script's path in the repository");
        }
    }

    private static void validateLimits(Builder<?, ?> b) {
        if (!INPUT_MODES.contains(b.inputMode)) {
            throw new ValidationException("inputMode", b.inputMode, "is not one of " + INPUT_MODES,
                    "pass File, Pipe or FastFile");
        }
        if (b.keepAlivePeriodInSeconds != null && (b.keepAlivePeriodInSeconds < 0 || b.keepAlivePeriodInSeconds > 3600)) {
            throw new ValidationException("keepAlivePeriodInSeconds", b.keepAlivePeriodInSeconds,
                    "is out of range [0, 3600]", "keep the warm pool for at most 3600 seconds");
        }
        if (b.maxRetryAttempts != null && (b.maxRetryAttempts < 1 || b.maxRetryAttempts > 30)) {
            throw new ValidationException("maxRetryAttempts", b.maxRetryAttempts, "is out of range [1, 30]",
                    "pass 1 to 30 retries");
        }
        if (b.modelChannelName == null || !CHANNEL_NAME.matcher(b.modelChannelName).matches()) {
            throw new ValidationException("modelChannelName", b.modelChannelName, "is not a valid channel name",
                    "use 1 to 64 letters, digits, '.', '-' and '_'");
        }
        uri("modelUri", b.modelUri);
        uri("checkpointS3Uri", b.checkpointS3Uri);
        strings("containerEntryPoint", b.containerEntryPoint);
        strings("containerArguments", b.containerArguments);
        if (b.trainingRepositoryAccessMode != null && !REPOSITORY_ACCESS_MODES.contains(b.trainingRepositoryAccessMode)) {
            throw new ValidationException("trainingRepositoryAccessMode", b.trainingRepositoryAccessMode,
                    "is not one of " + REPOSITORY_ACCESS_MODES, "pass Platform or Vpc");
        }
        if (b.trainingRepositoryCredentialsProviderArn != null && b.trainingRepositoryAccessMode == null) {
            throw new ValidationException("trainingRepositoryCredentialsProviderArn",
                    b.trainingRepositoryCredentialsProviderArn, "is set without trainingRepositoryAccessMode",
                    "set trainingRepositoryAccessMode(\"Vpc\") too");
        }
        if (b.environment != null) {
            if (b.environment.size() > 100) {
                throw new ValidationException("environment", b.environment.size() + " variables", "holds more than 100",
                        "pass at most 100 variables");
            }
            b.environment.forEach((k, v) -> {
                if (k == null || !ENV_KEY.matcher(k).matches()) {
                    throw new ValidationException("environment", k, "is not a variable name",
                            "use letters, digits and '_', not starting with a digit (at most 512)");
                }
                if (v == null || v.length() > 512) {
                    throw new ValidationException("environment[" + k + "]", v, "is missing or longer than 512",
                            "give a value of at most 512 characters");
                }
            });
        }
        if (b.tags != null) {
            if (b.tags.size() > 50) {
                throw new ValidationException("tags", b.tags.size() + " tags", "holds more than 50", "pass at most 50 tags");
            }
            for (Tag t : b.tags) {
                if (t.key() == null || t.key().isEmpty() || t.key().length() > 128) {
                    throw new ValidationException("tags", t.key(), "has a key that is empty or longer than 128",
                            "use keys of 1 to 128 characters");
                }
                if (t.value() == null || t.value().length() > 256) {
                    throw new ValidationException("tags[" + t.key() + "]", t.value(),
                            "has a value that is missing or longer than 256", "use values of at most 256 characters");
                }
            }
        }
    }

    private static void uri(String field, String uri) {
        if (uri != null && !uri.startsWith("s3://") && !uri.startsWith("file:")) {
            throw new ValidationException(field, uri, "is neither an s3:// nor a file:// URI",
                    "write s3://bucket/prefix or file:///absolute/path");
        }
    }

    private static void strings(String field, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty() || values.size() > 100) {
            throw new ValidationException(field, values.size() + " items", "must hold 1 to 100 strings",
                    "give between 1 and 100 strings");
        }
        for (String v : values) {
            if (v == null || v.isEmpty() || v.length() > 256) {
                throw new ValidationException(field, v, "has an item that is empty or longer than 256",
                        "give strings of 1 to 256 characters");
            }
        }
    }

    /**
     * The training image this estimator runs.
     *
     * @return the image URI
     */
    public abstract String trainingImageUri();

    /**
     * The hyperparameters as sent to the service: every value a string.
     *
     * @return an unmodifiable map
     */
    public abstract Map<String, String> hyperparameters();

    /**
     * The base of generated job names when none is set, as the Python SDK's
     * {@code base_name_from_image}: the image's repository name without registry and tag.
     *
     * @return the base name
     */
    protected String defaultBaseJobName() {
        return baseNameFromImage(trainingImageUri());
    }

    /**
     * The Python SDK's {@code base_name_from_image}: {@code ^(.+/)?([^:/]+)(:[^:]+)?$}, group 2, or the
     * image itself when it does not match.
     *
     * @param image the image URI
     * @return the algorithm name, e.g. {@code sagemaker-xgboost}
     */
    public static String baseNameFromImage(String image) {
        Matcher m = IMAGE_NAME.matcher(image);
        return m.matches() ? m.group(2) : image;
    }

    /**
     * The base job name in effect: the configured one, else {@link #defaultBaseJobName()}.
     *
     * @return the base name
     */
    private String effectiveBaseJobName() {
        return baseJobName != null ? baseJobName : defaultBaseJobName();
    }

    // ---- fit ----

    /**
     * Trains without input channels (the algorithm reads none, or only the {@code model} channel),
     * as {@code fit()} in Python: waits for the job and follows its log.
     *
     * @return the training job
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public TrainingJob fit() {
        return start(Collections.emptyMap(), null, FitOptions.DEFAULTS);
    }

    /**
     * Trains on the data under a URI, channel {@code training}, as {@code fit("s3://...")} in Python;
     * waits for the job and follows its log.
     *
     * @param s3Uri an {@code s3://} or {@code file://} URI
     * @return the training job
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public TrainingJob fit(String s3Uri) {
        return fit(s3Uri, FitOptions.DEFAULTS);
    }

    /**
     * Trains on one input ({@link TrainingInput} or {@link dev.sagemaker4j.inputs.FileSystemInput}), channel
     * {@code training}; waits for the job and follows its log. A channel input mode becomes the job's input
     * mode, as in Python.
     *
     * @param input the input
     * @return the training job
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public TrainingJob fit(ChannelInput input) {
        return fit(input, FitOptions.DEFAULTS);
    }

    /**
     * Trains on named channels, sent in the map's iteration order (use a {@link LinkedHashMap} for a
     * fixed order, as a Python dict keeps its order); waits for the job and follows its log.
     *
     * @param inputs channel name to input
     * @return the training job
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public TrainingJob fit(Map<String, ? extends ChannelInput> inputs) {
        return fit(inputs, FitOptions.DEFAULTS);
    }

    /**
     * Trains without input channels, with Python's {@code fit} keywords.
     *
     * @param options {@code wait}, {@code logs}, {@code jobName}, {@code experimentConfig}
     * @return the training job
     */
    public TrainingJob fit(Consumer<FitOptions.Builder> options) {
        return fit(Collections.emptyMap(), options);
    }

    /**
     * Trains on the data under a URI (channel {@code training}), with Python's {@code fit} keywords:
     * {@code fit(inputs, wait=True, logs="All", job_name=None, experiment_config=None)}.
     *
     * @param s3Uri   an {@code s3://} or {@code file://} URI
     * @param options the keywords, e.g. {@code f -> f.wait(false).jobName("job-1")}
     * @return the training job
     */
    public TrainingJob fit(String s3Uri, Consumer<FitOptions.Builder> options) {
        return fit(s3Uri, FitOptions.of(options));
    }

    /**
     * Trains on the data under a URI (channel {@code training}), with kept options.
     *
     * @param s3Uri   an {@code s3://} or {@code file://} URI
     * @param options the options
     * @return the training job
     */
    public TrainingJob fit(String s3Uri, FitOptions options) {
        if (s3Uri == null) {
            throw new ValidationException("inputs", null, "is missing", "pass a URI, or call fit() for no inputs");
        }
        return fit(TrainingInput.of(s3Uri), options);
    }

    /**
     * Trains on one input (channel {@code training}), with Python's {@code fit} keywords.
     *
     * @param input   the input
     * @param options the keywords, e.g. {@code f -> f.wait(false).jobName("job-1")}
     * @return the training job
     */
    public TrainingJob fit(ChannelInput input, Consumer<FitOptions.Builder> options) {
        return fit(input, FitOptions.of(options));
    }

    /**
     * Trains on one input (channel {@code training}), with kept options.
     *
     * @param input   the input
     * @param options the options
     * @return the training job
     */
    public TrainingJob fit(ChannelInput input, FitOptions options) {
        Objects.requireNonNull(input, "input");
        return start(Map.of(DEFAULT_CHANNEL, input), input.toChannel(DEFAULT_CHANNEL).inputModeAsString(), options);
    }

    /**
     * Trains on named channels, with Python's {@code fit} keywords.
     *
     * @param inputs  channel name to input, sent in iteration order
     * @param options the keywords, e.g. {@code f -> f.wait(false).jobName("job-1")}
     * @return the training job
     */
    public TrainingJob fit(Map<String, ? extends ChannelInput> inputs, Consumer<FitOptions.Builder> options) {
        return fit(inputs, FitOptions.of(options));
    }

    /**
     * Trains on named channels, with kept options.
     *
     * @param inputs  channel name to input, sent in iteration order
     * @param options the options
     * @return the training job
     */
    public TrainingJob fit(Map<String, ? extends ChannelInput> inputs, FitOptions options) {
        return start(inputs, null, options);
    }

    private TrainingJob start(Map<String, ? extends ChannelInput> inputs, String channelInputMode, FitOptions options) {
        Objects.requireNonNull(options, "options");
        String name = options.jobName() != null ? Names.validateName("jobName", options.jobName())
                : Names.nameFromBase(effectiveBaseJobName());
        prepareScriptMode(name);
        // as Python's check_and_get_run_experiment_config: the given config, else the open run's
        ExperimentConfig experimentConfig = dev.sagemaker4j.utils.RunContext.experimentConfig(
                options.experimentConfig());
        CreateTrainingJobRequest request = request(inputs, channelInputMode, name, experimentConfig);
        beforeFit(request);
        dev.sagemaker4j.utils.RunContext.jobStarted("SageMakerTrainingJob", name, session);
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(request);
        TrainingJob job = new TrainingJob(name, session);
        latest = job;
        if (options.waitForJob()) {
            if ("None".equals(options.logs())) {
                job.waitForCompletion(false);
            } else {
                session.logsForJob(name, l -> l.wait(true).logType(options.logs()));
            }
        }
        return job;
    }

    /**
     * Called with the request before it is sent; subclasses register what the local backend
     * needs (e.g. the entry point class).
     *
     * @param request the request about to be sent
     */
    protected void beforeFit(CreateTrainingJobRequest request) {
    }

    /**
     * The CreateTrainingJob request {@link #fit(Map)} sends for these channels, as the Python SDK's
     * {@code _TrainingJob.get_train_args} builds it.
     *
     * @param inputs  channel name to input, in the order to send them
     * @param jobName the job name
     * @return the request
     */
    public CreateTrainingJobRequest trainingJobRequest(Map<String, ? extends ChannelInput> inputs, String jobName) {
        return request(inputs, null, jobName, null);
    }

    /**
     * The CreateTrainingJob request {@link #fit(ChannelInput)} sends: the input in channel
     * {@code training}, its input mode (when set) the job's.
     *
     * @param input   the input
     * @param jobName the job name
     * @return the request
     */
    public CreateTrainingJobRequest trainingJobRequest(ChannelInput input, String jobName) {
        Objects.requireNonNull(input, "input");
        return request(Map.of(DEFAULT_CHANNEL, input), input.toChannel(DEFAULT_CHANNEL).inputModeAsString(), jobName,
                null);
    }

    private CreateTrainingJobRequest request(Map<String, ? extends ChannelInput> inputs, String channelInputMode,
                                             String jobName, ExperimentConfig experimentConfig) {
        Names.validateName("TrainingJobName", jobName);
        List<Channel> channels = channels(inputs);
        String output = outputPath();
        AlgorithmSpecification.Builder algorithm = AlgorithmSpecification.builder()
                .trainingInputMode(channelInputMode != null ? channelInputMode : inputMode)
                .trainingImage(trainingImageUri());
        if (trainingRepositoryAccessMode != null) {
            algorithm.trainingImageConfig(c -> {
                c.trainingRepositoryAccessMode(trainingRepositoryAccessMode);
                if (trainingRepositoryCredentialsProviderArn != null) {
                    c.trainingRepositoryAuthConfig(a -> a.trainingRepositoryCredentialsProviderArn(
                            trainingRepositoryCredentialsProviderArn));
                }
            });
        }
        if (containerEntryPoint != null) {
            algorithm.containerEntrypoint(containerEntryPoint);
        }
        if (containerArguments != null) {
            algorithm.containerArguments(containerArguments);
        }
        if (metricDefinitions != null) {
            algorithm.metricDefinitions(metricDefinitions);
        }
        if (enableSagemakerMetrics != null) {
            algorithm.enableSageMakerMetricsTimeSeries(enableSagemakerMetrics);
        }
        OutputDataConfig.Builder out = OutputDataConfig.builder().s3OutputPath(output);
        if (outputKmsKey != null) {
            out.kmsKeyId(outputKmsKey);
        }
        if (disableOutputCompression) {
            out.compressionType("NONE");
        }
        ResourceConfig.Builder resources = ResourceConfig.builder().volumeSizeInGB(volumeSize);
        if (volumeKmsKey != null) {
            resources.volumeKmsKeyId(volumeKmsKey);
        }
        if (keepAlivePeriodInSeconds != null) {
            resources.keepAlivePeriodInSeconds(keepAlivePeriodInSeconds);
        }
        if (instanceGroups != null) {
            resources.instanceGroups(instanceGroups);
        } else {
            resources.instanceCount(instanceCount).instanceType(instanceType);
        }
        if (trainingPlan != null) {
            resources.trainingPlanArn(trainingPlan);
        }
        if (instancePlacementConfig != null) {
            resources.instancePlacementConfig(instancePlacementConfig);
        }
        CreateTrainingJobRequest.Builder b = CreateTrainingJobRequest.builder()
                .algorithmSpecification(algorithm.build())
                .outputDataConfig(out.build())
                .trainingJobName(jobName)
                .stoppingCondition(s -> s.maxRuntimeInSeconds(maxRun).maxWaitTimeInSeconds(maxWait))
                .resourceConfig(resources.build())
                .roleArn(role);
        if (!channels.isEmpty()) {
            b.inputDataConfig(channels);
        }
        Map<String, String> hyperparameters = hyperparameters();
        if (hyperparameters != null && !hyperparameters.isEmpty()) {
            b.hyperParameters(hyperparameters);
        }
        if (environment != null) {
            b.environment(environment);
        }
        if (tags != null) {
            b.tags(tags);
        }
        if (subnets != null) {
            b.vpcConfig(v -> v.subnets(subnets).securityGroupIds(securityGroupIds));
        }
        if (experimentConfig != null) {
            b.experimentConfig(experimentConfig);
        }
        if (Boolean.TRUE.equals(enableNetworkIsolation)) {
            b.enableNetworkIsolation(true);
        }
        if (Boolean.TRUE.equals(encryptInterContainerTraffic)) {
            b.enableInterContainerTrafficEncryption(true);
        }
        if (useSpotInstances) {
            b.enableManagedSpotTraining(true);
        }
        if (checkpointS3Uri != null) {
            b.checkpointConfig(c -> c.s3Uri(checkpointS3Uri).localPath(checkpointLocalPath));
        }
        if (rules != null && !rules.isEmpty()) {
            b.debugRuleConfigurations(rules);
        }
        DebugHookConfig hook = debuggerHookConfig;
        if (hook == null && rules != null && !rules.isEmpty()) {
            // _prepare_debugger_for_training: rules without a hook get one writing under the output path
            hook = DebugHookConfig.builder().s3OutputPath(output).build();
        }
        if (hook != null) {
            b.debugHookConfig(hook.s3OutputPath() == null ? hook.toBuilder().s3OutputPath(output).build() : hook);
        }
        if (tensorboardOutputConfig != null) {
            b.tensorBoardOutputConfig(tensorboardOutputConfig);
        }
        if (profilerRules != null && !profilerRules.isEmpty()) {
            b.profilerRuleConfigurations(profilerRules);
        }
        if (disableProfiler) {
            b.profilerConfig(ProfilerConfig.builder().disableProfiler(true).build());
        } else if (profilerConfig != null) {
            ProfilerConfig.Builder p = profilerConfig.toBuilder();
            if (profilerConfig.s3OutputPath() == null) {
                p.s3OutputPath(output);
            }
            if (profilerConfig.disableProfiler() == null) {
                p.disableProfiler(false);
            }
            b.profilerConfig(p.build());
        }
        if (enableRemoteDebug != null) {
            b.remoteDebugConfig(r -> r.enableRemoteDebug(enableRemoteDebug));
        }
        if (enableSessionTagChaining != null) {
            b.sessionChainingConfig(c -> c.enableSessionTagChaining(enableSessionTagChaining));
        }
        if (enableInfraCheck != null) {
            b.infraCheckConfig(c -> c.enableInfraCheck(enableInfraCheck));
        }
        if (maxRetryAttempts != null) {
            b.retryStrategy(r -> r.maximumRetryAttempts(maxRetryAttempts));
        }
        return b.build();
    }

    private List<Channel> channels(Map<String, ? extends ChannelInput> inputs) {
        List<Channel> channels = new ArrayList<>();
        Set<String> groupNames = new HashSet<>();
        if (instanceGroups != null) {
            instanceGroups.forEach(g -> groupNames.add(g.instanceGroupName()));
        }
        if (inputs != null) {
            for (Map.Entry<String, ? extends ChannelInput> e : inputs.entrySet()) {
                String name = e.getKey();
                if (name == null || !CHANNEL_NAME.matcher(name).matches()) {
                    throw new ValidationException("inputs", name, "is not a valid channel name",
                            "use 1 to 64 letters, digits, '.', '-' and '_'");
                }
                ChannelInput input = e.getValue();
                if (input == null) {
                    throw new ValidationException("inputs[" + name + "]", null, "is not an input",
                            "pass a TrainingInput, e.g. TrainingInput.of(\"s3://bucket/prefix\"), or a FileSystemInput");
                }
                Channel channel = input.toChannel(name);
                S3DataSource s3 = channel.dataSource() == null ? null : channel.dataSource().s3DataSource();
                if (s3 != null && s3.hasInstanceGroupNames()) {
                    for (String group : s3.instanceGroupNames()) {
                        if (!groupNames.contains(group)) {
                            throw new ValidationException("inputs[" + name + "].instanceGroups", group,
                                    "is not an instance group of the estimator (" + groupNames + ")",
                                    "name a group given in instanceGroups(...), or drop the channel's instanceGroups");
                        }
                    }
                }
                channels.add(channel);
            }
        }
        if (modelUri != null) {
            // _Job._prepare_channel: a model channel, File mode, the SageMaker model content type
            for (Channel c : channels) {
                if (c.channelName().equals(modelChannelName)) {
                    throw new ValidationException("modelChannelName", modelChannelName,
                            "is also the name of an input channel (duplicate channel)",
                            "rename the input channel or set modelChannelName");
                }
            }
            channels.add(TrainingInput.builder().s3Data(modelUri).contentType(MODEL_CONTENT_TYPE).inputMode("File")
                    .build().toChannel(modelChannelName));
        }
        String code = codeUri;
        if (code != null) {
            // network isolation: the code goes in as channel "code" (_Job._load_config, code_channel_name)
            channels.add(TrainingInput.of(code).toChannel(CODE_CHANNEL));
        }
        return channels;
    }

    /**
     * The output path: as configured, else {@code s3://<default bucket>/<default bucket prefix>/}, as the
     * Python SDK's {@code s3_path_join("s3://", default_bucket, default_bucket_prefix, with_end_slash=True)}.
     *
     * @return the output path
     */
    public String outputPath() {
        if (outputPath != null) {
            return outputPath;
        }
        String prefix = session.defaultBucketPrefix();
        String trimmed = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
        return "s3://" + session.defaultBucket() + "/" + (trimmed.isEmpty() ? "" : trimmed + "/");
    }

    // ---- after fit ----

    /**
     * The job of the last fit (or of {@link Estimator#attach}).
     *
     * @return the job, or {@code null} before the first fit
     */
    public TrainingJob latestTrainingJob() {
        return latest;
    }

    /**
     * Sets the latest job (used by attach).
     *
     * @param job the job
     */
    protected void latestTrainingJob(TrainingJob job) {
        this.latest = job;
    }

    /**
     * The model artifact of the latest job, {@code <outputPath>/<job>/output/model.tar.gz}.
     *
     * @return the S3 URI of model.tar.gz
     * @throws ValidationException before the first fit, or when the job has no artifact yet
     */
    public String modelData() {
        TrainingJob job = requireJob("modelData");
        DescribeTrainingJobResponse d = job.describe();
        if (d.modelArtifacts() == null || d.modelArtifacts().s3ModelArtifacts() == null) {
            throw new ValidationException("modelData", job.name(), "has no model artifact (status "
                    + d.trainingJobStatusAsString() + ")",
                            "wait for the job to complete: latestTrainingJob().waitForCompletion()");
        }
        return d.modelArtifacts().s3ModelArtifacts();
    }

    /**
     * A deployable model of the latest job's artifact, served by the training image (as SageMaker's
     * built-in algorithms are), as {@code create_model()} in Python.
     *
     * @return the model (not yet created on the backend)
     */
    public Model createModel() {
        return createModel(null, null);
    }

    /**
     * The model {@link #deploy(DeployOptions)} deploys: {@link #createModel()} with a name.
     *
     * @param modelName the model name, or {@code null} for a generated one
     * @param kmsKey    the output KMS key the Python SDK passes as {@code model_kms_key}, or {@code null}
     *                  (not passed on: {@link Model} takes no KMS key in this version)
     * @return the model (not yet created on the backend)
     */
    protected Model createModel(String modelName, String kmsKey) {
        return Model.builder().imageUri(trainingImageUri()).modelData(modelData()).role(role).name(modelName)
                .session(session).build();
    }

    /**
     * Registers the latest job's model in the model registry with every keyword of {@code EstimatorBase.register}
     * by name, as Python does: {@link #createModel()} (the training image unless {@code imageUri} is given, the
     * job's model data, the role), then {@link Model#register(Model.RegisterOptions)}; no model is created, only the
     * model package. Python's {@code compile_model_family} has no counterpart (no Neo compilation), and its
     * {@code model_name} only names the intermediate model, which register never creates. Where no
     * {@code modelCard} is given, Python also attaches a model card it builds from the training job
     * ({@code sagemaker.model_card}, which sagemaker4j does not mirror): here none is sent.
     *
     * <pre>{@code
     * ModelPackage pkg = estimator.register(r -> r.contentTypes(List.of("text/csv"))
     *         .responseTypes(List.of("text/csv")).modelPackageGroupName("churn"));
     * }</pre>
     *
     * @param options the keywords
     * @return the model package
     */
    public dev.sagemaker4j.model.ModelPackage register(Consumer<Model.RegisterOptions.Builder> options) {
        Model.RegisterOptions.Builder b = Model.RegisterOptions.builder();
        options.accept(b);
        return register(b.build());
    }

    /**
     * Registers the latest job's model with kept options; see {@link #register(Consumer)}.
     *
     * @param options the options
     * @return the model package
     */
    public dev.sagemaker4j.model.ModelPackage register(Model.RegisterOptions options) {
        return createModel().register(options);
    }

    /**
     * Deploys the latest job's model with the image's default serializer and deserializer, as
     * {@code deploy(initial_instance_count, instance_type)} in Python: CreateModel,
     * CreateEndpointConfig, CreateEndpoint, then waits for InService. The model and the endpoint are
     * named {@code name_from_base(base_job_name)}, as in Python.
     *
     * @param initialInstanceCount the instances (replicas)
     * @param instanceType         {@code local}, {@code local_gpu} or {@code ml.*}
     * @param <T>                  what the image's default deserializer returns (unchecked: assign to
     *                             {@code Predictor<?>} when unsure)
     * @return the predictor
     */
    public <T> Predictor<T> deploy(int initialInstanceCount, String instanceType) {
        return deploy(DeployOptions.builder().initialInstanceCount(initialInstanceCount).instanceType(instanceType)
                .build());
    }

    /**
     * Deploys the latest job's model with Python's {@code EstimatorBase.deploy} keywords, e.g.
     * {@code deploy(d -> d.initialInstanceCount(1).instanceType("local").serializer(new CSVSerializer())
     * .deserializer(new CSVDeserializer()).endpointName("churn"))}.
     *
     * @param options the keywords
     * @param <T>     what the deserializer returns (unchecked: the compiler takes it from the assignment)
     * @return the predictor
     */
    public <T> Predictor<T> deploy(Consumer<DeployOptions.Builder> options) {
        DeployOptions.Builder b = DeployOptions.builder();
        options.accept(b);
        return deploy(b.build());
    }

    /**
     * Deploys the latest job's model with kept options.
     *
     * @param options the options
     * @param <T>     what the deserializer returns (unchecked: the compiler takes it from the assignment)
     * @return the predictor
     */
    @SuppressWarnings("unchecked")
    public <T> Predictor<T> deploy(DeployOptions options) {
        Objects.requireNonNull(options, "options");
        boolean serverless = options.serverlessInferenceConfig() != null;
        if (!serverless && (options.initialInstanceCount() == null || options.instanceType() == null)) {
            throw new ValidationException(options.instanceType() == null ? "instanceType" : "initialInstanceCount",
                    null, "is missing", "give initialInstanceCount and instanceType (or serverlessInferenceConfig)");
        }
        if (options.useCompiledModel()) {
            throw new OperationNotSupportedException("CreateCompilationJob", session.backendName());
        }
        requireJob("deploy");
        // EstimatorBase.deploy: one name from the base job name serves the endpoint and the model
        String defaultName = Names.nameFromBase(effectiveBaseJobName());
        String endpointName = options.endpointName() != null ? options.endpointName() : defaultName;
        String modelName = options.modelName() != null ? options.modelName() : defaultName;
        Model model = createModel(Names.validateName("modelName", modelName), outputKmsKey);
        return (Predictor<T>) deployModel(model, options, Names.validateName("endpointName", endpointName));
    }

    /**
     * The one call into {@link Model}'s deploy: the keywords that Model takes in this version are passed
     * on; the others fail before any request.
     */
    private Predictor<?> deployModel(Model model, DeployOptions o, String endpointName) {
        // every keyword goes on to Model.deploy, which sends it as Python's EstimatorBase.deploy -> Model.deploy does
        return model.deploy(d -> {
            d.initialInstanceCount(o.initialInstanceCount()).instanceType(o.instanceType()).serializer(o.serializer())
                    .deserializer(o.deserializer()).acceleratorType(o.acceleratorType()).endpointName(endpointName)
                    .kmsKey(o.kmsKey()).wait(o.waitForEndpoint()).dataCaptureConfig(o.dataCaptureConfig())
                    .asyncInferenceConfig(o.asyncInferenceConfig())
                    .serverlessInferenceConfig(o.serverlessInferenceConfig()).volumeSize(o.volumeSize())
                    .modelDataDownloadTimeout(o.modelDataDownloadTimeout())
                    .containerStartupHealthCheckTimeout(o.containerStartupHealthCheckTimeout())
                    .inferenceRecommendationId(o.inferenceRecommendationId()).explainerConfig(o.explainerConfig());
            if (o.tags() != null && !o.tags().isEmpty()) {
                d.tags(o.tags());
            }
        });
    }

    /**
     * A transformer for batch transform with the latest job's model and Python's defaults, as
     * {@code Estimator.transformer(instance_count, instance_type)}; creates the model (named after the base
     * job name plus one timestamp) first.
     *
     * @param instanceCount the instances
     * @param instanceType  {@code local} or {@code ml.*}
     * @return the transformer
     */
    public dev.sagemaker4j.transformer.Transformer transformer(int instanceCount, String instanceType) {
        return transformer(instanceCount, instanceType, TransformerOptions.builder().build());
    }

    /**
     * A transformer for batch transform with the latest job's model, as {@code Estimator.transformer(
     * instance_count, instance_type, **kwargs)} in Python, each keyword named; creates the model first.
     *
     * <pre>{@code
     * Transformer t = xgb.transformer(1, "local", o -> o.strategy("MultiRecord").assembleWith("Line")
     *         .outputPath("s3://bucket/scores").accept("text/csv"));
     * }</pre>
     *
     * @param instanceCount the instances
     * @param instanceType  {@code local} or {@code ml.*}
     * @param options       Python's keyword arguments
     * @return the transformer
     * @throws ValidationException before the model is created when an argument is not what the service accepts
     */
    public dev.sagemaker4j.transformer.Transformer transformer(int instanceCount, String instanceType,
            java.util.function.Consumer<TransformerOptions.Builder> options) {
        TransformerOptions.Builder b = TransformerOptions.builder();
        options.accept(b);
        return transformer(instanceCount, instanceType, b.build());
    }

    /**
     * A transformer with kept keyword arguments; see {@link #transformer(int, String, java.util.function.Consumer)}.
     * As in Python: the model is named {@code modelName} or the base job name plus a timestamp, runs with
     * {@code role} or the estimator's role, the job tags are {@code tags} or the estimator's, and job names
     * are the base job name plus one timestamp.
     *
     * @param instanceCount the instances
     * @param instanceType  {@code local} or {@code ml.*}
     * @param options       Python's keyword arguments
     * @return the transformer
     * @throws ValidationException before the model is created when an argument is not what the service accepts
     */
    public dev.sagemaker4j.transformer.Transformer transformer(int instanceCount, String instanceType,
            TransformerOptions options) {
        String base = baseJobName != null ? baseJobName : defaultBaseJobName();
        String modelName = options.modelName() != null ? options.modelName() : Names.nameFromBase(base);
        dev.sagemaker4j.transformer.Transformer.Builder b = dev.sagemaker4j.transformer.Transformer.builder()
                .instanceCount(instanceCount).instanceType(instanceType).strategy(options.strategy())
                .assembleWith(options.assembleWith()).outputPath(options.outputPath())
                .outputKmsKey(options.outputKmsKey()).accept(options.accept()).env(options.env())
                .maxConcurrentTransforms(options.maxConcurrentTransforms()).maxPayload(options.maxPayload())
                .volumeKmsKey(options.volumeKmsKey()).baseTransformJobName(base).modelName(modelName)
                .session(session);
        if (options.tags() != null && !options.tags().isEmpty()) {
            b.tags(options.tags());
        } else if (tags() != null && !tags().isEmpty()) {
            b.tags(tags());
        }
        b.build(); // checks every argument, sends nothing: fail before CreateModel
        software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc = options.vpcConfigOverrideSet()
                ? getVpcConfig(options.vpcConfigOverride()) : getVpcConfig();
        Boolean isolation = options.enableNetworkIsolation() != null ? options.enableNetworkIsolation()
                : enableNetworkIsolation;
        dev.sagemaker4j.model.Model served = createModel();
        dev.sagemaker4j.model.Model.Builder model = dev.sagemaker4j.model.Model.builder().imageUri(served.imageUri())
                .modelData(served.modelData()).env(served.env()).role(options.role() != null ? options.role() : role)
                .name(modelName).session(session);
        // EstimatorBase.transformer: create_model(vpc_config_override=..., enable_network_isolation=...)
        if (vpc != null) {
            model.vpcConfig(vpc);
        }
        if (Boolean.TRUE.equals(isolation)) {
            model.enableNetworkIsolation(true);
        }
        model.build().create();
        return b.build();
    }

    /**
     * The keyword arguments of Python's {@code Estimator.transformer(instance_count, instance_type,
     * strategy=None, assemble_with=None, output_path=None, output_kms_key=None, accept=None, env=None,
     * max_concurrent_transforms=None, max_payload=None, tags=None, role=None, volume_kms_key=None,
     * vpc_config_override=VPC_CONFIG_DEFAULT, enable_network_isolation=None, model_name=None)}, each named;
     * the transform meanings and checks are those of {@link dev.sagemaker4j.transformer.Transformer.Builder};
     * {@code vpc_config_override} and {@code enable_network_isolation} go to the model created. Immutable.
     */
    public static final class TransformerOptions {
        private final dev.sagemaker4j.model.Model.TransformerOptions transform;
        private final String role;
        private final String modelName;
        private final software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
        private final boolean vpcConfigOverrideSet;
        private final Boolean enableNetworkIsolation;

        private TransformerOptions(Builder b) {
            if (b.modelName != null) {
                Names.validateName("modelName", b.modelName);
            }
            this.transform = b.transform.build();
            this.role = b.role;
            this.modelName = b.modelName;
            this.vpcConfigOverride = b.vpcConfigOverride;
            this.vpcConfigOverrideSet = b.vpcConfigOverrideSet;
            this.enableNetworkIsolation = b.enableNetworkIsolation;
        }

        /**
         * {@code vpc_config_override}.
         *
         * @return the override (meaningful when {@link #vpcConfigOverrideSet()}), {@code null} for no VPC
         */
        public software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride() {
            return vpcConfigOverride;
        }

        /**
         * Whether {@code vpc_config_override} was given (else {@code VPC_CONFIG_DEFAULT}: the estimator's VPC).
         *
         * @return whether it was given
         */
        public boolean vpcConfigOverrideSet() {
            return vpcConfigOverrideSet;
        }

        /**
         * {@code enable_network_isolation}.
         *
         * @return the setting, or {@code null} for the estimator's
         */
        public Boolean enableNetworkIsolation() {
            return enableNetworkIsolation;
        }

        /**
         * A new builder with Python's defaults (all {@code None}).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder().role(role).modelName(modelName);
            b.transform = transform.toBuilder();
            b.vpcConfigOverride = vpcConfigOverride;
            b.vpcConfigOverrideSet = vpcConfigOverrideSet;
            b.enableNetworkIsolation = enableNetworkIsolation;
            return b;
        }

        /**
         * The batch strategy ({@code strategy}).
         *
         * @return {@code SingleRecord}, {@code MultiRecord} or {@code null}
         */
        public String strategy() {
            return transform.strategy();
        }

        /**
         * How outputs are assembled ({@code assemble_with}).
         *
         * @return {@code None}, {@code Line} or {@code null}
         */
        public String assembleWith() {
            return transform.assembleWith();
        }

        /**
         * Where outputs go ({@code output_path}).
         *
         * @return the path, or {@code null} for the default
         */
        public String outputPath() {
            return transform.outputPath();
        }

        /**
         * The output's KMS key ({@code output_kms_key}).
         *
         * @return the key, or {@code null}
         */
        public String outputKmsKey() {
            return transform.outputKmsKey();
        }

        /**
         * The response type asked of the model ({@code accept}).
         *
         * @return the MIME type, or {@code null}
         */
        public String accept() {
            return transform.accept();
        }

        /**
         * The job environment ({@code env}).
         *
         * @return an unmodifiable map, or {@code null}
         */
        public Map<String, String> env() {
            return transform.env();
        }

        /**
         * The parallel requests per instance ({@code max_concurrent_transforms}).
         *
         * @return the count, or {@code null}
         */
        public Integer maxConcurrentTransforms() {
            return transform.maxConcurrentTransforms();
        }

        /**
         * The request size limit in MB ({@code max_payload}).
         *
         * @return the limit, or {@code null}
         */
        public Integer maxPayload() {
            return transform.maxPayload();
        }

        /**
         * The job tags ({@code tags}) as the service's Key/Value list.
         *
         * @return an unmodifiable list, or {@code null} for the estimator's tags
         */
        public List<Tag> tags() {
            return transform.tags();
        }

        /**
         * The model's execution role ({@code role}).
         *
         * @return the role ARN, or {@code null} for the estimator's
         */
        public String role() {
            return role;
        }

        /**
         * The volumes' KMS key ({@code volume_kms_key}).
         *
         * @return the key, or {@code null}
         */
        public String volumeKmsKey() {
            return transform.volumeKmsKey();
        }

        /**
         * The model's name ({@code model_name}).
         *
         * @return the name, or {@code null} for the base job name plus a timestamp
         */
        public String modelName() {
            return modelName;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof TransformerOptions)) {
                return false;
            }
            TransformerOptions t = (TransformerOptions) o;
            return transform.equals(t.transform) && Objects.equals(role, t.role)
                    && Objects.equals(modelName, t.modelName) && Objects.equals(vpcConfigOverride, t.vpcConfigOverride)
                    && vpcConfigOverrideSet == t.vpcConfigOverrideSet
                    && Objects.equals(enableNetworkIsolation, t.enableNetworkIsolation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(transform, role, modelName, vpcConfigOverride, vpcConfigOverrideSet,
                    enableNetworkIsolation);
        }

        @Override
        public String toString() {
            return "TransformerOptions[" + transform + ", role=" + role + ", modelName=" + modelName
                    + ", vpcConfigOverride=" + (vpcConfigOverrideSet ? vpcConfigOverride : "VPC_CONFIG_DEFAULT")
                    + ", enableNetworkIsolation=" + enableNetworkIsolation + "]";
        }

        /** Builds {@link TransformerOptions}; each method is a keyword of Python's {@code Estimator.transformer}. */
        public static final class Builder {
            private dev.sagemaker4j.model.Model.TransformerOptions.Builder transform =
                    dev.sagemaker4j.model.Model.TransformerOptions.builder();
            private String role;
            private String modelName;
            private software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
            private boolean vpcConfigOverrideSet;
            private Boolean enableNetworkIsolation;

            private Builder() {
            }

            /**
             * Sets the model's VPC ({@code vpc_config_override}, default {@code VPC_CONFIG_DEFAULT}: the
             * estimator's subnets and security groups); {@code null} means no VPC. Not enforced locally.
             *
             * @param vpcConfigOverride the VPC, or {@code null} for none
             * @return this builder
             */
            public Builder vpcConfigOverride(
                    software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride) {
                this.vpcConfigOverride = vpcConfigOverride;
                this.vpcConfigOverrideSet = true;
                return this;
            }

            /**
             * Sets the model's network isolation ({@code enable_network_isolation}, default {@code None}: the
             * estimator's). Not enforced locally.
             *
             * @param enable whether the serving container has no network
             * @return this builder
             */
            public Builder enableNetworkIsolation(Boolean enable) {
                this.enableNetworkIsolation = enable;
                return this;
            }

            /**
             * Sets the batch strategy ({@code strategy}, default {@code None}).
             *
             * @param strategy {@code SingleRecord} or {@code MultiRecord}
             * @return this builder
             */
            public Builder strategy(String strategy) {
                transform.strategy(strategy);
                return this;
            }

            /**
             * Sets how outputs are assembled ({@code assemble_with}, default {@code None}).
             *
             * @param assembleWith {@code None} or {@code Line}
             * @return this builder
             */
            public Builder assembleWith(String assembleWith) {
                transform.assembleWith(assembleWith);
                return this;
            }

            /**
             * Sets where the .out files go ({@code output_path}, default {@code None}: under the default
             * bucket and prefix, by job name).
             *
             * @param outputPath an s3:// or file:// prefix
             * @return this builder
             */
            public Builder outputPath(String outputPath) {
                transform.outputPath(outputPath);
                return this;
            }

            /**
             * Sets the output's KMS key ({@code output_kms_key}, default {@code None}); not enforced locally.
             *
             * @param key a KMS key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder outputKmsKey(String key) {
                transform.outputKmsKey(key);
                return this;
            }

            /**
             * Sets the response type asked of the model ({@code accept}, default {@code None}).
             *
             * @param accept a MIME type
             * @return this builder
             */
            public Builder accept(String accept) {
                transform.accept(accept);
                return this;
            }

            /**
             * Sets the job environment ({@code env}, default {@code None}).
             *
             * @param env variables
             * @return this builder
             */
            public Builder env(Map<String, String> env) {
                transform.env(env);
                return this;
            }

            /**
             * Sets the parallel requests per instance ({@code max_concurrent_transforms}, default {@code None}).
             *
             * @param max the count
             * @return this builder
             */
            public Builder maxConcurrentTransforms(Integer max) {
                transform.maxConcurrentTransforms(max);
                return this;
            }

            /**
             * Sets the request size limit ({@code max_payload}, default {@code None}: 6 MB).
             *
             * @param megabytes 0 to 100
             * @return this builder
             */
            public Builder maxPayload(Integer megabytes) {
                transform.maxPayload(megabytes);
                return this;
            }

            /**
             * Sets the job tags ({@code tags}, default {@code None}: the estimator's tags) as the service's
             * Key/Value list.
             *
             * @param tags the tags
             * @return this builder
             */
            public Builder tags(List<Tag> tags) {
                transform.tags(tags);
                return this;
            }

            /**
             * Sets the job tags from a map, one Key/Value pair per entry in the map's order.
             *
             * @param tags the tags
             * @return this builder
             */
            public Builder tags(Map<String, String> tags) {
                transform.tags(tags);
                return this;
            }

            /**
             * Sets the model's execution role ({@code role}, default {@code None}: the estimator's role).
             *
             * @param role the role ARN
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets the volumes' KMS key ({@code volume_kms_key}, default {@code None}); not enforced locally.
             *
             * @param key a KMS key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder volumeKmsKey(String key) {
                transform.volumeKmsKey(key);
                return this;
            }

            /**
             * Sets the model's name ({@code model_name}, default {@code None}: the base job name plus a
             * timestamp).
             *
             * @param modelName 1 to 63 letters, digits and hyphens
             * @return this builder
             */
            public Builder modelName(String modelName) {
                this.modelName = modelName;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public TransformerOptions build() {
                return new TransformerOptions(this);
            }
        }
    }

    // ---- script mode ----

    /**
     * Stages what a job needs before it is created, as {@code prepare_workflow_for_training(job_name=None)}
     * (Python's {@code _prepare_for_training}): in script mode, clones {@code gitConfig}, packs and uploads
     * {@code sourcedir.tar.gz} and records the {@code sagemaker_*} hyperparameters, so that
     * {@link #trainingJobRequest(Map, String)} builds the request {@code fit} would send (for a pipeline or a
     * request sent by other means). {@code fit} does this itself.
     *
     * @param jobName the job name, or {@code null} for one from the base job name
     * @return the job name staged for
     */
    public String prepareWorkflowForTraining(String jobName) {
        String name = jobName != null ? Names.validateName("jobName", jobName)
                : Names.nameFromBase(effectiveBaseJobName());
        prepareScriptMode(name);
        return name;
    }

    /**
     * Script mode, as {@code EstimatorBase._prepare_for_training}: with an entry point, source folder or
     * dependencies, the code is uploaded as {@code sourcedir.tar.gz} under {@code codeLocation} (default: the
     * output path's bucket, then {@code <job>/source}) and the job is told where with hyperparameters
     * {@code sagemaker_submit_directory}, {@code sagemaker_program}, {@code sagemaker_container_log_level},
     * {@code sagemaker_job_name} and {@code sagemaker_region}, JSON-encoded as Python's {@code json.dumps}.
     */
    private void prepareScriptMode(String jobName) {
        if (entryPoint == null && sourceDir == null && (dependencies == null || dependencies.isEmpty())) {
            return;
        }
        boolean programIsFile = scriptModeProgram() == null;
        String script = programIsFile ? entryPoint : scriptModeProgram();
        String dir = sourceDir;
        List<String> deps = dependencies == null ? List.of() : dependencies;
        if (gitConfig != null) {
            dev.sagemaker4j.local.SourceCode.Located cloned =
                    dev.sagemaker4j.local.SourceCode.gitClone(gitConfig, script, dir, deps);
            script = cloned.entryPoint();
            dir = cloned.sourceDir();
            deps = cloned.dependencies();
        }
        if (programIsFile && dir != null && !dir.toLowerCase(java.util.Locale.ROOT).startsWith("s3://")) {
            dev.sagemaker4j.local.SourceCode.validateSourceDir(script, dir);
        }
        if (script == null && (dir == null || !dir.toLowerCase(java.util.Locale.ROOT).startsWith("s3://"))) {
            throw new ValidationException("entryPoint", null, "is missing (sourceDir or dependencies need one)",
                    "give the script to run");
        }
        // _stage_user_code_in_s3: the bucket and key prefix of the code
        String output = outputPath();
        String bucket;
        String prefix;
        if (codeLocation != null) {
            dev.sagemaker4j.s3.S3Uri location = dev.sagemaker4j.s3.S3Uri.parse(codeLocation);
            bucket = location.bucket();
            prefix = location.key();
        } else if (output.startsWith("file://")) {
            bucket = session.defaultBucket();
            prefix = session.defaultBucketPrefix();
        } else {
            dev.sagemaker4j.s3.S3Uri out = dev.sagemaker4j.s3.S3Uri.parse(output);
            bucket = out.bucket();
            // the output path's prefix counts only when it came from the default bucket and prefix
            prefix = outputPath == null ? out.key() : "";
        }
        String keyPrefix = s3PathJoin(prefix, jobName, "source");
        dev.sagemaker4j.local.SourceCode.Uploaded uploaded =
                dev.sagemaker4j.local.SourceCode.tarAndUpload(
                        tar -> session.uploadData(tar, bucket, keyPrefix), script, dir, deps, programIsFile);
        String codeDir;
        if (Boolean.TRUE.equals(enableNetworkIsolation) && script != null) {
            codeDir = CONTAINER_CODE_CHANNEL_SOURCEDIR_PATH;
            codeUri = uploaded.s3Prefix();
        } else {
            codeDir = uploaded.s3Prefix();
            codeUri = null;
        }
        // _script_mode_hyperparam_update, in its order
        Map<String, String> hp = new LinkedHashMap<>();
        hp.put("sagemaker_submit_directory", dev.sagemaker4j.estimator.internal.PythonStr.jsonDumps(codeDir));
        hp.put("sagemaker_program", dev.sagemaker4j.estimator.internal.PythonStr.jsonDumps(uploaded.scriptName()));
        hp.put("sagemaker_container_log_level",
                dev.sagemaker4j.estimator.internal.PythonStr.jsonDumps(containerLogLevel));
        hp.put("sagemaker_job_name", dev.sagemaker4j.estimator.internal.PythonStr.jsonDumps(jobName));
        hp.put("sagemaker_region", dev.sagemaker4j.estimator.internal.PythonStr.jsonDumps(session.region()));
        scriptModeHyperparameters = Collections.unmodifiableMap(hp);
    }

    /**
     * The program script mode names when it is not a file of the uploaded code: a {@link JavaEstimator}'s entry
     * point class, which lives in the jars of {@code sourceDir} and {@code dependencies}. The default, {@code null},
     * means the entry point is a script file, checked against {@code sourceDir} and packed as Python packs it.
     *
     * @return the program's name, or {@code null} for a script file
     */
    protected String scriptModeProgram() {
        return null;
    }

    /** Python's {@code s3.s3_path_join}: non-empty parts joined by one slash each. */
    private static String s3PathJoin(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            String p = part.replaceAll("^/+|/+$", "");
            if (p.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(p);
        }
        return b.toString();
    }

    /**
     * The {@code sagemaker_*} hyperparameters of script mode the last {@code fit} (or
     * {@link #prepareWorkflowForTraining}) recorded, JSON-encoded as the Python SDK sends them; empty outside
     * script mode. A subclass's {@link #hyperparameters()} includes them, as Python's does after {@code fit}.
     *
     * @return an unmodifiable map
     */
    protected Map<String, String> scriptModeHyperparameters() {
        return scriptModeHyperparameters;
    }

    // ---- training job updates ----

    private void requireDebuggerRegion() {
        String region = session.region();
        if (region != null && DEBUGGER_UNSUPPORTED_REGIONS.contains(region.toLowerCase(java.util.Locale.ROOT))) {
            throw new ValidationException("region", region, "does not support profiler / debugger",
                    "use a region with SageMaker Debugger");
        }
    }

    /**
     * Turns on Debugger monitoring of the running job with the default profiler configuration (system metrics
     * written under the job's profiler output path, or else the output path; no rules), as
     * {@code enable_default_profiling()}: one UpdateTrainingJob. Only while profiling is not already on.
     *
     * @throws ValidationException before any request when there is no job, the region has no Debugger, or
     *                             profiling is already enabled
     */
    public void enableDefaultProfiling() {
        TrainingJob job = requireJob("enableDefaultProfiling");
        requireDebuggerRegion();
        DescribeTrainingJobResponse d = job.describe();
        if ("Enabled".equals(d.profilingStatusAsString())) {
            throw new ValidationException("profilingStatus", "Enabled", "is already Enabled (Debugger monitoring"
                    + " is on)", "use updateProfiler(...) to change the profiler configuration and rules");
        }
        String path = d.profilerConfig() != null && d.profilerConfig().s3OutputPath() != null
                ? d.profilerConfig().s3OutputPath() : outputPath();
        this.profilerConfig = ProfilerConfig.builder().s3OutputPath(path).build();
        this.profilerRules = List.of();
        // _TrainingJob.update drops the empty rule list (build_dict)
        session.updateTrainingJob(job.name(), u -> u.profilerConfig(
                software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate.builder()
                        .s3OutputPath(path).disableProfiler(false).build()));
    }

    /**
     * Turns off profiling of the running job, as {@code disable_profiling()}: one UpdateTrainingJob with
     * {@code {"DisableProfiler": true}}.
     *
     * @throws ValidationException before any request when there is no job, the region has no Debugger, or
     *                             profiling is already disabled
     */
    public void disableProfiling() {
        TrainingJob job = requireJob("disableProfiling");
        requireDebuggerRegion();
        if ("Disabled".equals(job.describe().profilingStatusAsString())) {
            throw new ValidationException("profilingStatus", "Disabled", "is already Disabled",
                    "call enableDefaultProfiling() or updateProfiler(...) to turn it on");
        }
        session.updateTrainingJob(job.name(), u -> u.profilerConfig(
                software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate.builder()
                        .disableProfiler(true).build()));
    }

    /**
     * Updates the running job's profiler configuration and adds profiler rules, as {@code update_profiler(
     * rules=None, system_monitor_interval_millis=None, s3_output_path=None, framework_profile_params=None,
     * disable_framework_metrics=False)}: one UpdateTrainingJob.
     *
     * <pre>{@code
     * estimator.updateProfiler(p -> p.systemMonitorIntervalMillis(1000L));
     * }</pre>
     *
     * @param options the keywords (at least one)
     * @throws ValidationException before any request when there is no job, nothing to update, or both
     *                             {@code frameworkProfileParams} and {@code disableFrameworkMetrics}
     */
    public void updateProfiler(Consumer<UpdateProfilerOptions.Builder> options) {
        UpdateProfilerOptions.Builder b = UpdateProfilerOptions.builder();
        options.accept(b);
        updateProfiler(b.build());
    }

    /**
     * Updates the running job's profiler with kept options; see {@link #updateProfiler(Consumer)}.
     *
     * @param o the options
     */
    public void updateProfiler(UpdateProfilerOptions o) {
        Objects.requireNonNull(o, "options");
        TrainingJob job = requireJob("updateProfiler");
        requireDebuggerRegion();
        if ((o.rules() == null || o.rules().isEmpty()) && o.systemMonitorIntervalMillis() == null
                && o.s3OutputPath() == null && o.frameworkProfileParams() == null && !o.disableFrameworkMetrics()) {
            throw new ValidationException("updateProfiler", null, "has nothing to update",
                    "give rules, systemMonitorIntervalMillis, s3OutputPath, frameworkProfileParams or"
                            + " disableFrameworkMetrics");
        }
        if (o.disableFrameworkMetrics() && o.frameworkProfileParams() != null) {
            throw new ValidationException("frameworkProfileParams", o.frameworkProfileParams(),
                    "cannot be set when disableFrameworkMetrics is true", "drop one of the two");
        }
        Map<String, String> parameters = o.disableFrameworkMetrics() ? Map.of() : o.frameworkProfileParams();
        ProfilerConfig.Builder kept = ProfilerConfig.builder().s3OutputPath(o.s3OutputPath())
                .profilingIntervalInMilliseconds(o.systemMonitorIntervalMillis());
        software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate.Builder sent =
                software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate.builder()
                        .s3OutputPath(o.s3OutputPath()).disableProfiler(false)
                        .profilingIntervalInMilliseconds(o.systemMonitorIntervalMillis());
        if (parameters != null) {
            kept.profilingParameters(parameters);
            sent.profilingParameters(parameters);
        }
        List<ProfilerRuleConfiguration> rules = o.rules() == null || o.rules().isEmpty() ? null : o.rules();
        session.updateTrainingJob(job.name(), u -> u.profilerConfig(sent.build()).profilerRuleConfigs(rules));
        if (rules != null) {
            this.profilerRules = rules;
        }
        this.profilerConfig = kept.build();
    }

    /**
     * The remote-debug configuration, as {@code get_remote_debug_config()}: {@code {"EnableRemoteDebug": b}},
     * or {@code null} when not set.
     *
     * @return the configuration, or {@code null}
     */
    public software.amazon.awssdk.services.sagemaker.model.RemoteDebugConfig getRemoteDebugConfig() {
        Boolean enabled = enableRemoteDebug;
        return enabled == null ? null
                : software.amazon.awssdk.services.sagemaker.model.RemoteDebugConfig.builder().enableRemoteDebug(enabled)
                        .build();
    }

    /**
     * The session-chaining configuration, as {@code get_session_chaining_config()}:
     * {@code {"EnableSessionTagChaining": b}}, or {@code null} when not set.
     *
     * @return the configuration, or {@code null}
     */
    public software.amazon.awssdk.services.sagemaker.model.SessionChainingConfig getSessionChainingConfig() {
        return enableSessionTagChaining == null ? null
                : software.amazon.awssdk.services.sagemaker.model.SessionChainingConfig.builder()
                        .enableSessionTagChaining(enableSessionTagChaining).build();
    }

    /**
     * Allows remote debugging of the running job, as {@code enable_remote_debug()}: one UpdateTrainingJob with
     * {@code {"EnableRemoteDebug": true}}; later jobs of this estimator are created with it. (Before this
     * version, {@code enableRemoteDebug()} read the setting: use {@link #getRemoteDebugConfig()}.)
     *
     * @throws ValidationException before any request when there is no job
     */
    public void enableRemoteDebug() {
        updateRemoteDebug(true);
    }

    /**
     * Stops allowing remote debugging of the running job, as {@code disable_remote_debug()}.
     *
     * @throws ValidationException before any request when there is no job
     */
    public void disableRemoteDebug() {
        updateRemoteDebug(false);
    }

    private void updateRemoteDebug(boolean enable) {
        TrainingJob job = requireJob(enable ? "enableRemoteDebug" : "disableRemoteDebug");
        session.updateTrainingJob(job.name(), u -> u.remoteDebugConfig(
                software.amazon.awssdk.services.sagemaker.model.RemoteDebugConfigForUpdate.builder()
                        .enableRemoteDebug(enable).build()));
        this.enableRemoteDebug = enable;
    }

    /**
     * The keywords of Python's {@code update_profiler(rules=None, system_monitor_interval_millis=None,
     * s3_output_path=None, framework_profile_params=None, disable_framework_metrics=False)}. Immutable.
     */
    public static final class UpdateProfilerOptions {
        private final List<ProfilerRuleConfiguration> rules;
        private final Long systemMonitorIntervalMillis;
        private final String s3OutputPath;
        private final Map<String, String> frameworkProfileParams;
        private final boolean disableFrameworkMetrics;

        private UpdateProfilerOptions(Builder b) {
            this.rules = b.rules;
            this.systemMonitorIntervalMillis = b.systemMonitorIntervalMillis;
            this.s3OutputPath = b.s3OutputPath;
            this.frameworkProfileParams = b.frameworkProfileParams;
            this.disableFrameworkMetrics = b.disableFrameworkMetrics;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.rules = rules;
            b.systemMonitorIntervalMillis = systemMonitorIntervalMillis;
            b.s3OutputPath = s3OutputPath;
            b.frameworkProfileParams = frameworkProfileParams;
            b.disableFrameworkMetrics = disableFrameworkMetrics;
            return b;
        }

        /**
         * {@code rules}.
         *
         * @return the profiler rules to add, or {@code null}
         */
        public List<ProfilerRuleConfiguration> rules() {
            return rules;
        }

        /**
         * {@code system_monitor_interval_millis}.
         *
         * @return the interval, or {@code null}
         */
        public Long systemMonitorIntervalMillis() {
            return systemMonitorIntervalMillis;
        }

        /**
         * {@code s3_output_path}.
         *
         * @return the path, or {@code null}
         */
        public String s3OutputPath() {
            return s3OutputPath;
        }

        /**
         * {@code framework_profile_params}: the {@code ProfilingParameters} of a {@code FrameworkProfile}.
         *
         * @return the parameters, or {@code null}
         */
        public Map<String, String> frameworkProfileParams() {
            return frameworkProfileParams;
        }

        /**
         * {@code disable_framework_metrics}.
         *
         * @return whether framework metrics are turned off
         */
        public boolean disableFrameworkMetrics() {
            return disableFrameworkMetrics;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof UpdateProfilerOptions)) {
                return false;
            }
            UpdateProfilerOptions u = (UpdateProfilerOptions) o;
            return Objects.equals(rules, u.rules) && Objects.equals(systemMonitorIntervalMillis,
                    u.systemMonitorIntervalMillis) && Objects.equals(s3OutputPath, u.s3OutputPath)
                    && Objects.equals(frameworkProfileParams, u.frameworkProfileParams)
                    && disableFrameworkMetrics == u.disableFrameworkMetrics;
        }

        @Override
        public int hashCode() {
            return Objects.hash(rules, systemMonitorIntervalMillis, s3OutputPath, frameworkProfileParams,
                    disableFrameworkMetrics);
        }

        @Override
        public String toString() {
            return "UpdateProfilerOptions[rules=" + rules + ", systemMonitorIntervalMillis="
                    + systemMonitorIntervalMillis + ", s3OutputPath=" + s3OutputPath + ", frameworkProfileParams="
                    + frameworkProfileParams + ", disableFrameworkMetrics=" + disableFrameworkMetrics + "]";
        }

        /** Builds {@link UpdateProfilerOptions}; each method is a keyword of Python's {@code update_profiler}. */
        public static final class Builder {
            private List<ProfilerRuleConfiguration> rules;
            private Long systemMonitorIntervalMillis;
            private String s3OutputPath;
            private Map<String, String> frameworkProfileParams;
            private boolean disableFrameworkMetrics;

            private Builder() {
            }

            /**
             * Sets {@code rules} (default {@code None}): profiler rules to add to the job.
             *
             * @param rules the rules' configurations
             * @return this builder
             */
            public Builder rules(List<ProfilerRuleConfiguration> rules) {
                this.rules = rules == null ? null : List.copyOf(rules);
                return this;
            }

            /**
             * Sets {@code system_monitor_interval_millis} (default {@code None}).
             *
             * @param millis how often system metrics are collected: 100, 200, 500, 1000, 5000 or 60000
             * @return this builder
             */
            public Builder systemMonitorIntervalMillis(Long millis) {
                if (millis != null && !Set.of(100L, 200L, 500L, 1000L, 5000L, 60000L).contains(millis)) {
                    throw new ValidationException("systemMonitorIntervalMillis", millis,
                            "is not one of 100, 200, 500, 1000, 5000, 60000", "pick one of those");
                }
                this.systemMonitorIntervalMillis = millis;
                return this;
            }

            /**
             * Sets {@code s3_output_path} (default {@code None}; once profiling is on, it cannot change).
             *
             * @param s3OutputPath an {@code s3://} URI
             * @return this builder
             */
            public Builder s3OutputPath(String s3OutputPath) {
                if (s3OutputPath != null && !s3OutputPath.startsWith("s3://")) {
                    throw new ValidationException("s3OutputPath", s3OutputPath, "is not an s3:// URI",
                            "write s3://bucket/prefix");
                }
                this.s3OutputPath = s3OutputPath;
                return this;
            }

            /**
             * Sets {@code framework_profile_params} (default {@code None}): the {@code ProfilingParameters}
             * a {@code FrameworkProfile} writes.
             *
             * @param parameters name to value
             * @return this builder
             */
            public Builder frameworkProfileParams(Map<String, String> parameters) {
                this.frameworkProfileParams = parameters == null ? null
                        : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
                return this;
            }

            /**
             * Sets {@code disable_framework_metrics} (default {@code False}): sends empty
             * {@code ProfilingParameters}.
             *
             * @param disable whether to turn framework metrics off
             * @return this builder
             */
            public Builder disableFrameworkMetrics(boolean disable) {
                this.disableFrameworkMetrics = disable;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdateProfilerOptions build() {
                return new UpdateProfilerOptions(this);
            }
        }
    }

    /**
     * The metrics of the latest job as a table, as {@code training_job_analytics} in Python.
     *
     * @return the analytics
     */
    public TrainingJobAnalytics trainingJobAnalytics() {
        return new TrainingJobAnalytics(requireJob("trainingJobAnalytics").name(), session);
    }

    /**
     * The log lines of the latest job so far.
     *
     * @return the lines
     */
    public List<String> logs() {
        return session.logsForJob(requireJob("logs").name());
    }

    /**
     * The VPC the jobs run in, as {@code get_vpc_config()}: subnets and security groups, or {@code null}
     * when not set.
     *
     * @return the VpcConfig, or {@code null}
     */
    public software.amazon.awssdk.services.sagemaker.model.VpcConfig getVpcConfig() {
        return subnets == null ? null : software.amazon.awssdk.services.sagemaker.model.VpcConfig.builder()
                .subnets(subnets).securityGroupIds(securityGroupIds).build();
    }

    /**
     * An override of the VPC, checked as {@code get_vpc_config(vpc_config_override)} checks it
     * ({@code vpc_utils.sanitize}): {@code null} means no VPC; otherwise both lists must be non-empty and
     * well-formed. (Python's default, {@code VPC_CONFIG_DEFAULT}, is {@link #getVpcConfig()}.)
     *
     * @param vpcConfigOverride the VPC to use instead of the estimator's, or {@code null} for none
     * @return the override, or {@code null}
     * @throws ValidationException when a list is missing or empty, or an id is malformed
     */
    public software.amazon.awssdk.services.sagemaker.model.VpcConfig getVpcConfig(
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride) {
        if (vpcConfigOverride == null) {
            return null;
        }
        if (!vpcConfigOverride.hasSubnets() || vpcConfigOverride.subnets().isEmpty()) {
            throw new ValidationException("vpcConfigOverride.subnets", null, "is missing or empty",
                    "give at least one subnet id, or pass null for no VPC");
        }
        if (!vpcConfigOverride.hasSecurityGroupIds() || vpcConfigOverride.securityGroupIds().isEmpty()) {
            throw new ValidationException("vpcConfigOverride.securityGroupIds", null, "is missing or empty",
                    "give at least one security group id, or pass null for no VPC");
        }
        validateNetwork(vpcConfigOverride.subnets(), vpcConfigOverride.securityGroupIds());
        return vpcConfigOverride;
    }

    /**
     * Where the latest job's Debugger hook writes, as {@code latest_job_debugger_artifacts_path()}:
     * {@code <DebugHookConfig.S3OutputPath>/<job>/debug-output}.
     *
     * @return the S3 URI, or {@code null} when the job has no hook
     */
    public String latestJobDebuggerArtifactsPath() {
        TrainingJob job = requireJob("latestJobDebuggerArtifactsPath");
        DebugHookConfig hook = job.describe().debugHookConfig();
        return hook == null || hook.s3OutputPath() == null ? null : join(hook.s3OutputPath(), job.name(), "debug-output");
    }

    /**
     * Where the latest job's TensorBoard data goes, as {@code latest_job_tensorboard_artifacts_path()}:
     * {@code <TensorBoardOutputConfig.S3OutputPath>/<job>/tensorboard-output}.
     *
     * @return the S3 URI, or {@code null} when the job has no TensorBoard output
     */
    public String latestJobTensorboardArtifactsPath() {
        TrainingJob job = requireJob("latestJobTensorboardArtifactsPath");
        TensorBoardOutputConfig t = job.describe().tensorBoardOutputConfig();
        return t == null || t.s3OutputPath() == null ? null : join(t.s3OutputPath(), job.name(), "tensorboard-output");
    }

    /**
     * Where the latest job's profiler writes, as {@code latest_job_profiler_artifacts_path()}:
     * {@code <ProfilerConfig.S3OutputPath>/<job>/profiler-output}.
     *
     * @return the S3 URI, or {@code null} when the profiler is off
     */
    public String latestJobProfilerArtifactsPath() {
        TrainingJob job = requireJob("latestJobProfilerArtifactsPath");
        ProfilerConfig p = job.describe().profilerConfig();
        return p == null || p.s3OutputPath() == null || Boolean.TRUE.equals(p.disableProfiler()) ? null
                : join(p.s3OutputPath(), job.name(), "profiler-output");
    }

    private static String join(String base, String job, String leaf) {
        return (base.endsWith("/") ? base : base + "/") + job + "/" + leaf;
    }

    private TrainingJob requireJob(String what) {
        TrainingJob job = latest;
        if (job == null) {
            throw new ValidationException(what, null, "needs a training job", "call fit(...) or attach(...) first");
        }
        return job;
    }

    // ---- accessors ----

    /**
     * The {@code entry_point} setting: the script a framework container runs (script mode).
     *
     * @return the path, or {@code null}
     */
    public String entryPoint() {
        return entryPoint;
    }

    /**
     * The {@code source_dir} setting: the folder (or {@code s3://} URI of a {@code sourcedir.tar.gz}) with the
     * script and its code.
     *
     * @return the folder or URI, or {@code null}
     */
    public String sourceDir() {
        return sourceDir;
    }

    /**
     * The {@code dependencies} setting: files and folders packed next to the code.
     *
     * @return the paths, or {@code null}
     */
    public List<String> dependencies() {
        return dependencies;
    }

    /**
     * The {@code code_location} setting: where {@code sourcedir.tar.gz} is uploaded.
     *
     * @return the {@code s3://} URI, or {@code null} for the output path's bucket
     */
    public String codeLocation() {
        return codeLocation;
    }

    /**
     * The {@code container_log_level} setting (Python's {@code logging} level, default 20, INFO).
     *
     * @return the level
     */
    public int containerLogLevel() {
        return containerLogLevel;
    }

    /**
     * The {@code git_config} setting: the repository the code is cloned from.
     *
     * @return the configuration, or {@code null}
     */
    public Map<String, Object> gitConfig() {
        return gitConfig;
    }

    /**
     * The session.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The {@code role} setting: the IAM role ARN the job runs as (required by the service, optional locally).
     *
     * @return the value, or {@code null} when not set
     */
    public String role() {
        return role;
    }

    /**
     * The {@code instance_count} setting: the number of instances.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer instanceCount() {
        return instanceCount;
    }

    /**
     * The {@code instance_type} setting: the instance type: {@code local}, {@code local_gpu} or {@code ml.*}.
     *
     * @return the value, or {@code null} when not set
     */
    public String instanceType() {
        return instanceType;
    }

    /**
     * The {@code keep_alive_period_in_seconds} setting: how long a warm pool keeps the instances after the job, 0 to 3600 seconds (not enforced locally).
     *
     * @return the value, or {@code null} when not set
     */
    public Integer keepAlivePeriodInSeconds() {
        return keepAlivePeriodInSeconds;
    }

    /**
     * The {@code volume_size} setting: the volume size in GB.
     *
     * @return the value
     */
    public int volumeSize() {
        return volumeSize;
    }

    /**
     * The {@code volume_kms_key} setting: the KMS key (id, ARN, alias or alias ARN) of the instances' volumes (not enforced locally).
     *
     * @return the value, or {@code null} when not set
     */
    public String volumeKmsKey() {
        return volumeKmsKey;
    }

    /**
     * The {@code max_run} setting: the most seconds the job may run.
     *
     * @return the value
     */
    public int maxRun() {
        return maxRun;
    }

    /**
     * The {@code input_mode} setting: the input mode: {@code File}, {@code Pipe} or {@code FastFile} (the local backend runs {@code File}).
     *
     * @return the value, or {@code null} when not set
     */
    public String inputMode() {
        return inputMode;
    }


    /**
     * The {@code output_kms_key} setting: the KMS key (id, ARN, alias or alias ARN) the artifacts are encrypted with (not enforced locally).
     *
     * @return the value, or {@code null} when not set
     */
    public String outputKmsKey() {
        return outputKmsKey;
    }

    /**
     * The {@code base_job_name} setting: the base of generated job names.
     *
     * @return the value, or {@code null} when not set
     */
    public String baseJobName() {
        return baseJobName;
    }

    /**
     * The {@code tags} setting: the tags of the training job, sent as the service's Key/Value list.
     *
     * @return the value, or {@code null} when not set
     */
    public List<Tag> tags() {
        return tags;
    }

    /**
     * The {@code subnets} setting: the VPC subnets the job runs in, {@code subnet-<hex>}; needs securityGroupIds (not enforced locally).
     *
     * @return the value, or {@code null} when not set
     */
    public List<String> subnets() {
        return subnets;
    }

    /**
     * The {@code security_group_ids} setting: the VPC security groups of the job, {@code sg-<hex>}; needs subnets (not enforced locally).
     *
     * @return the value, or {@code null} when not set
     */
    public List<String> securityGroupIds() {
        return securityGroupIds;
    }

    /**
     * The {@code model_uri} setting: a model artifact handed to the job in the {@code model} channel (File mode, content type {@code application/x-sagemaker-model}).
     *
     * @return the value, or {@code null} when not set
     */
    public String modelUri() {
        return modelUri;
    }

    /**
     * The {@code model_channel_name} setting: the channel name of {@code modelUri}.
     *
     * @return the value, or {@code null} when not set
     */
    public String modelChannelName() {
        return modelChannelName;
    }

    /**
     * The {@code metric_definitions} setting: the metric definitions (name and regex; the first capture group is the value).
     *
     * @return the value, or {@code null} when not set
     */
    public List<MetricDefinition> metricDefinitions() {
        return metricDefinitions;
    }

    /**
     * The {@code encrypt_inter_container_traffic} setting: whether traffic between the instances is encrypted (not enforced locally).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean encryptInterContainerTraffic() {
        return encryptInterContainerTraffic;
    }

    /**
     * The {@code use_spot_instances} setting: whether managed spot training is asked for (sent to SageMaker; ignored locally); needs maxWait.
     *
     * @return the value
     */
    public boolean useSpotInstances() {
        return useSpotInstances;
    }

    /**
     * The {@code max_wait} setting: the most seconds to wait for spot capacity plus training, at least maxRun.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer maxWait() {
        return maxWait;
    }

    /**
     * The {@code checkpoint_s3_uri} setting: where checkpoints are synced to ({@code s3://} or {@code file://}).
     *
     * @return the value, or {@code null} when not set
     */
    public String checkpointS3Uri() {
        return checkpointS3Uri;
    }

    /**
     * The {@code checkpoint_local_path} setting: the checkpoint folder in the container.
     *
     * @return the value, or {@code null} when not set
     */
    public String checkpointLocalPath() {
        return checkpointLocalPath;
    }

    /**
     * The {@code rules} setting: the Debugger rules ({@code Rule} in Python), sent as DebugRuleConfigurations; a hook writing under the output path is added when none is set (not run locally).
     *
     * @return the value, or {@code null} when not set
     */
    public List<DebugRuleConfiguration> rules() {
        return rules;
    }

    /**
     * The {@code rules} setting: the profiler rules ({@code ProfilerRule} in Python's {@code rules}), sent as ProfilerRuleConfigurations (not run locally).
     *
     * @return the value, or {@code null} when not set
     */
    public List<ProfilerRuleConfiguration> profilerRules() {
        return profilerRules;
    }

    /**
     * The {@code debugger_hook_config} setting: the Debugger hook; its S3OutputPath defaults to the output path (not run locally).
     *
     * @return the value, or {@code null} when not set
     */
    public DebugHookConfig debuggerHookConfig() {
        return debuggerHookConfig;
    }

    /**
     * The {@code tensorboard_output_config} setting: where TensorBoard data goes (not written locally).
     *
     * @return the value, or {@code null} when not set
     */
    public TensorBoardOutputConfig tensorboardOutputConfig() {
        return tensorboardOutputConfig;
    }

    /**
     * The {@code enable_sagemaker_metrics} setting: whether SageMaker Metrics time series are enabled.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean enableSagemakerMetrics() {
        return enableSagemakerMetrics;
    }

    /**
     * The {@code enable_network_isolation} setting: whether the container is cut off from the network (not enforced locally).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean enableNetworkIsolation() {
        return enableNetworkIsolation;
    }

    /**
     * The {@code profiler_config} setting: the profiler configuration; its S3OutputPath defaults to the output path (not run locally).
     *
     * @return the value, or {@code null} when not set
     */
    public ProfilerConfig profilerConfig() {
        return profilerConfig;
    }

    /**
     * The {@code disable_profiler} setting: whether the profiler is turned off (sends ProfilerConfig DisableProfiler=true).
     *
     * @return the value
     */
    public boolean disableProfiler() {
        return disableProfiler;
    }

    /**
     * The {@code environment} setting: the container environment.
     *
     * @return the value, or {@code null} when not set
     */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The {@code max_retry_attempts} setting: how often the service retries a job that failed on an internal error, 1 to 30 (not done locally).
     *
     * @return the value, or {@code null} when not set
     */
    public Integer maxRetryAttempts() {
        return maxRetryAttempts;
    }

    /**
     * The {@code instance_groups} setting: the instance groups of a heterogeneous cluster, instead of instanceType and instanceCount (a local job runs them as one group).
     *
     * @return the value, or {@code null} when not set
     */
    public List<InstanceGroup> instanceGroups() {
        return instanceGroups;
    }

    /**
     * The {@code training_repository_access_mode} setting: how the training image is pulled: {@code Platform} or {@code Vpc}.
     *
     * @return the value, or {@code null} when not set
     */
    public String trainingRepositoryAccessMode() {
        return trainingRepositoryAccessMode;
    }

    /**
     * The {@code training_repository_credentials_provider_arn} setting: the Lambda that gives the private registry's credentials.
     *
     * @return the value, or {@code null} when not set
     */
    public String trainingRepositoryCredentialsProviderArn() {
        return trainingRepositoryCredentialsProviderArn;
    }

    /**
     * The {@code enable_infra_check} setting: whether the service checks the instances before training (not done locally).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean enableInfraCheck() {
        return enableInfraCheck;
    }

    /**
     * The {@code container_entry_point} setting: the container's entry point, overriding the image's (1 to 100 strings).
     *
     * @return the value, or {@code null} when not set
     */
    public List<String> containerEntryPoint() {
        return containerEntryPoint;
    }

    /**
     * The {@code container_arguments} setting: the arguments of the container's entry point (1 to 100 strings).
     *
     * @return the value, or {@code null} when not set
     */
    public List<String> containerArguments() {
        return containerArguments;
    }

    /**
     * The {@code disable_output_compression} setting: whether the model is uploaded uncompressed (sends CompressionType NONE).
     *
     * @return the value
     */
    public boolean disableOutputCompression() {
        return disableOutputCompression;
    }

    /**
     * The {@code enable_session_tag_chaining} setting: whether the role's session tags are chained (not done locally).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean enableSessionTagChaining() {
        return enableSessionTagChaining;
    }

    /**
     * The {@code training_plan} setting: the ARN of a SageMaker training plan to run in.
     *
     * @return the value, or {@code null} when not set
     */
    public String trainingPlan() {
        return trainingPlan;
    }

    /**
     * The {@code instance_placement_config} setting: the placement of the instances.
     *
     * @return the value, or {@code null} when not set
     */
    public InstancePlacementConfig instancePlacementConfig() {
        return instancePlacementConfig;
    }

    /**
     * Builds estimators; the Python SDK's constructor keywords in camelCase, with its defaults.
     *
     * @param <B> the builder type
     * @param <E> the estimator type
     */
    public abstract static class Builder<B extends Builder<B, E>, E extends EstimatorBase> {
        private Session session;
        private String role;
        private Integer instanceCount;
        private String instanceType;
        private Integer keepAlivePeriodInSeconds;
        private int volumeSize = 30;
        private String volumeKmsKey;
        private int maxRun = 24 * 60 * 60;
        private String inputMode = "File";
        private String outputPath;
        private String outputKmsKey;
        private String baseJobName;
        private List<Tag> tags;
        private List<String> subnets;
        private List<String> securityGroupIds;
        private String modelUri;
        private String modelChannelName = "model";
        private List<MetricDefinition> metricDefinitions;
        private Boolean encryptInterContainerTraffic;
        private boolean useSpotInstances;
        private Integer maxWait;
        private String checkpointS3Uri;
        private String checkpointLocalPath;
        private List<DebugRuleConfiguration> rules;
        private List<ProfilerRuleConfiguration> profilerRules;
        private DebugHookConfig debuggerHookConfig;
        private TensorBoardOutputConfig tensorboardOutputConfig;
        private Boolean enableSagemakerMetrics;
        private Boolean enableNetworkIsolation;
        private ProfilerConfig profilerConfig;
        private boolean disableProfiler;
        private Map<String, String> environment;
        private Integer maxRetryAttempts;
        private List<InstanceGroup> instanceGroups;
        private String trainingRepositoryAccessMode;
        private String trainingRepositoryCredentialsProviderArn;
        private Boolean enableInfraCheck;
        private List<String> containerEntryPoint;
        private List<String> containerArguments;
        private boolean disableOutputCompression;
        private Boolean enableRemoteDebug;
        private Boolean enableSessionTagChaining;
        private String trainingPlan;
        private InstancePlacementConfig instancePlacementConfig;
        private String entryPoint;
        private String sourceDir;
        private List<String> dependencies;
        private String codeLocation;
        private int containerLogLevel = 20;
        private Map<String, Object> gitConfig;
        private final Map<String, Object> hyperparameters = new LinkedHashMap<>();

        /**
         * Creates the builder.
         */
        protected Builder() {
        }

        /**
         * This builder, typed.
         *
         * @return this
         */
        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }

        /**
         * Sets the session ({@code sagemaker_session}, default {@code None}: {@code Session.local()} for
         * local instance types).
         *
         * @param session the session
         * @return this builder
         */
        public B session(Session session) {
            this.session = Objects.requireNonNull(session, "session");
            return self();
        }

        /**
         * Sets the IAM role ARN the job runs as (required by the service, optional locally) ({@code role}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B role(String value) {
            this.role = value;
            return self();
        }

        /**
         * Sets the number of instances ({@code instance_count}, default None (1 here, unless instanceGroups is set)).
         *
         * @param value the value
         * @return this builder
         */
        public B instanceCount(int value) {
            this.instanceCount = value;
            return self();
        }

        /**
         * Sets the instance type: {@code local}, {@code local_gpu} or {@code ml.*} ({@code instance_type}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B instanceType(String value) {
            this.instanceType = value;
            return self();
        }

        /**
         * Sets how long a warm pool keeps the instances after the job, 0 to 3600 seconds (not enforced locally) ({@code keep_alive_period_in_seconds}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B keepAlivePeriodInSeconds(int value) {
            this.keepAlivePeriodInSeconds = value;
            return self();
        }

        /**
         * Sets the volume size in GB ({@code volume_size}, default 30).
         *
         * @param value the value
         * @return this builder
         */
        public B volumeSize(int value) {
            if (value < 1) {
                throw new ValidationException("volumeSize", value, "must be at least 1 GB", "pass a positive size");
            }
            this.volumeSize = value;
            return self();
        }

        /**
         * Sets the KMS key (id, ARN, alias or alias ARN) of the instances' volumes (not enforced locally) ({@code volume_kms_key}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B volumeKmsKey(String value) {
            this.volumeKmsKey = value;
            return self();
        }

        /**
         * Sets the most seconds the job may run ({@code max_run}, default 86400).
         *
         * @param value the value
         * @return this builder
         */
        public B maxRun(int value) {
            if (value < 1) {
                throw new ValidationException("maxRun", value, "must be at least 1 second", "pass a positive limit");
            }
            this.maxRun = value;
            return self();
        }

        /**
         * Sets the input mode: {@code File}, {@code Pipe} or {@code FastFile} (the local backend runs {@code File}) ({@code input_mode}, default "File").
         *
         * @param value the value
         * @return this builder
         */
        public B inputMode(String value) {
            this.inputMode = value;
            return self();
        }

        /**
         * Sets where the artifacts go, an {@code s3://} or {@code file://} URI ({@code output_path}, default None: {@code s3://<default bucket>/<default bucket prefix>/}).
         *
         * @param value the value
         * @return this builder
         */
        public B outputPath(String value) {
            if (value != null && !value.startsWith("s3://") && !value.startsWith("file:")) {
                throw new ValidationException("outputPath", value, "is neither an s3:// nor a file:// URI",
                        "write s3://bucket/prefix or file:///absolute/folder");
            }
            this.outputPath = value;
            return self();
        }

        /**
         * Sets the KMS key (id, ARN, alias or alias ARN) the artifacts are encrypted with (not enforced locally) ({@code output_kms_key}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B outputKmsKey(String value) {
            this.outputKmsKey = value;
            return self();
        }

        /**
         * Sets the base of generated job names ({@code base_job_name}, default None: {@code base_name_from_image(image)}).
         *
         * @param value the value
         * @return this builder
         */
        public B baseJobName(String value) {
            this.baseJobName = value;
            return self();
        }

        /**
         * Sets the tags of the training job, sent as the service's Key/Value list ({@code tags}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B tags(List<Tag> value) {
            this.tags = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets the VPC subnets the job runs in, {@code subnet-<hex>}; needs securityGroupIds (not enforced locally) ({@code subnets}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B subnets(List<String> value) {
            this.subnets = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets the VPC security groups of the job, {@code sg-<hex>}; needs subnets (not enforced locally) ({@code security_group_ids}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B securityGroupIds(List<String> value) {
            this.securityGroupIds = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets a model artifact handed to the job in the {@code model} channel (File mode, content type {@code application/x-sagemaker-model}) ({@code model_uri}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B modelUri(String value) {
            this.modelUri = value;
            return self();
        }

        /**
         * Sets the channel name of {@code modelUri} ({@code model_channel_name}, default "model").
         *
         * @param value the value
         * @return this builder
         */
        public B modelChannelName(String value) {
            this.modelChannelName = value;
            return self();
        }

        /**
         * Sets the metric definitions (name and regex; the first capture group is the value) ({@code metric_definitions}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B metricDefinitions(List<MetricDefinition> value) {
            this.metricDefinitions = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets whether traffic between the instances is encrypted (not enforced locally) ({@code encrypt_inter_container_traffic}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B encryptInterContainerTraffic(boolean value) {
            this.encryptInterContainerTraffic = value;
            return self();
        }

        /**
         * Sets whether managed spot training is asked for (sent to SageMaker; ignored locally); needs maxWait ({@code use_spot_instances}, default False).
         *
         * @param value the value
         * @return this builder
         */
        public B useSpotInstances(boolean value) {
            this.useSpotInstances = value;
            return self();
        }

        /**
         * Sets the most seconds to wait for spot capacity plus training, at least maxRun ({@code max_wait}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B maxWait(int value) {
            this.maxWait = value;
            return self();
        }

        /**
         * Sets where checkpoints are synced to ({@code s3://} or {@code file://}) ({@code checkpoint_s3_uri}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B checkpointS3Uri(String value) {
            this.checkpointS3Uri = value;
            return self();
        }

        /**
         * Sets the checkpoint folder in the container ({@code checkpoint_local_path}, default None: {@code /opt/ml/checkpoints}).
         *
         * @param value the value
         * @return this builder
         */
        public B checkpointLocalPath(String value) {
            this.checkpointLocalPath = value;
            return self();
        }

        /**
         * Sets the Debugger rules ({@code Rule} in Python), sent as DebugRuleConfigurations; a hook writing under the output path is added when none is set (not run locally) ({@code rules}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B rules(List<DebugRuleConfiguration> value) {
            this.rules = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets the profiler rules ({@code ProfilerRule} in Python's {@code rules}), sent as ProfilerRuleConfigurations (not run locally) ({@code rules}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B profilerRules(List<ProfilerRuleConfiguration> value) {
            this.profilerRules = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets the Debugger hook; its S3OutputPath defaults to the output path (not run locally) ({@code debugger_hook_config}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B debuggerHookConfig(DebugHookConfig value) {
            this.debuggerHookConfig = value;
            return self();
        }

        /**
         * Sets where TensorBoard data goes (not written locally) ({@code tensorboard_output_config}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B tensorboardOutputConfig(TensorBoardOutputConfig value) {
            this.tensorboardOutputConfig = value;
            return self();
        }

        /**
         * Sets whether SageMaker Metrics time series are enabled ({@code enable_sagemaker_metrics}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B enableSagemakerMetrics(boolean value) {
            this.enableSagemakerMetrics = value;
            return self();
        }

        /**
         * Sets whether the container is cut off from the network (not enforced locally) ({@code enable_network_isolation}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B enableNetworkIsolation(boolean value) {
            this.enableNetworkIsolation = value;
            return self();
        }

        /**
         * Sets the profiler configuration; its S3OutputPath defaults to the output path (not run locally) ({@code profiler_config}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B profilerConfig(ProfilerConfig value) {
            this.profilerConfig = value;
            return self();
        }

        /**
         * Sets whether the profiler is turned off (sends ProfilerConfig DisableProfiler=true) ({@code disable_profiler}, default False).
         *
         * @param value the value
         * @return this builder
         */
        public B disableProfiler(boolean value) {
            this.disableProfiler = value;
            return self();
        }

        /**
         * Sets the container environment ({@code environment}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B environment(Map<String, String> value) {
            this.environment = value == null ? null : new LinkedHashMap<>(value);
            return self();
        }

        /**
         * Sets how often the service retries a job that failed on an internal error, 1 to 30 (not done locally) ({@code max_retry_attempts}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B maxRetryAttempts(int value) {
            this.maxRetryAttempts = value;
            return self();
        }

        /**
         * Sets the instance groups of a heterogeneous cluster, instead of instanceType and instanceCount (a local job runs them as one group) ({@code instance_groups}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B instanceGroups(List<InstanceGroup> value) {
            this.instanceGroups = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets how the training image is pulled: {@code Platform} or {@code Vpc} ({@code training_repository_access_mode}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B trainingRepositoryAccessMode(String value) {
            this.trainingRepositoryAccessMode = value;
            return self();
        }

        /**
         * Sets the Lambda that gives the private registry's credentials ({@code training_repository_credentials_provider_arn}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B trainingRepositoryCredentialsProviderArn(String value) {
            this.trainingRepositoryCredentialsProviderArn = value;
            return self();
        }

        /**
         * Sets whether the service checks the instances before training (not done locally) ({@code enable_infra_check}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B enableInfraCheck(boolean value) {
            this.enableInfraCheck = value;
            return self();
        }

        /**
         * Sets the container's entry point, overriding the image's (1 to 100 strings) ({@code container_entry_point}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B containerEntryPoint(List<String> value) {
            this.containerEntryPoint = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets the arguments of the container's entry point (1 to 100 strings) ({@code container_arguments}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B containerArguments(List<String> value) {
            this.containerArguments = value == null ? null : new ArrayList<>(value);
            return self();
        }

        /**
         * Sets whether the model is uploaded uncompressed (sends CompressionType NONE) ({@code disable_output_compression}, default False).
         *
         * @param value the value
         * @return this builder
         */
        public B disableOutputCompression(boolean value) {
            this.disableOutputCompression = value;
            return self();
        }

        /**
         * Sets whether remote debugging of the container is allowed (not done locally) ({@code enable_remote_debug}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B enableRemoteDebug(boolean value) {
            this.enableRemoteDebug = value;
            return self();
        }

        /**
         * Sets whether the role's session tags are chained (not done locally) ({@code enable_session_tag_chaining}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B enableSessionTagChaining(boolean value) {
            this.enableSessionTagChaining = value;
            return self();
        }

        /**
         * Sets the ARN of a SageMaker training plan to run in ({@code training_plan}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B trainingPlan(String value) {
            this.trainingPlan = value;
            return self();
        }

        /**
         * Sets the placement of the instances ({@code instance_placement_config}, default None).
         *
         * @param value the value
         * @return this builder
         */
        public B instancePlacementConfig(InstancePlacementConfig value) {
            this.instancePlacementConfig = value;
            return self();
        }

        /**
         * Sets the hyperparameters ({@code hyperparameters}, default {@code None}), replacing those set before.
         * They are sent as Python's {@code str()} writes them ({@code 10} → {@code "10"}, {@code true} →
         * {@code "True"}, {@code 1e-5} → {@code "1e-05"}, {@code List.of(1, 2)} → {@code "[1, 2]"}), or, for an
         * {@link Estimator} with a {@code sourceDir}, JSON-encoded as its {@code set_hyperparameters} does.
         *
         * @param hyperparameters name to value
         * @return this builder
         */
        public B hyperparameters(Map<String, ?> hyperparameters) {
            this.hyperparameters.clear();
            hyperparameters.forEach(this::hyperparameter);
            return self();
        }

        /**
         * Sets one hyperparameter.
         *
         * @param name  the name, 1 to 256 characters
         * @param value the value
         * @return this builder
         */
        public B hyperparameter(String name, Object value) {
            if (name == null || name.isEmpty() || name.length() > 256) {
                throw new ValidationException("hyperparameters", name, "has a name that is empty or longer than 256",
                        "use names of 1 to 256 characters");
            }
            if (value == null) {
                throw new ValidationException("hyperparameters", null, "has a null value", "give every value");
            }
            this.hyperparameters.put(name, value);
            return self();
        }

        /**
         * The hyperparameters set so far, as given (for subclasses, which encode them).
         *
         * @return name to value, in the order set
         */
        protected Map<String, Object> hyperparameterValues() {
            return Collections.unmodifiableMap(hyperparameters);
        }

        /**
         * Sets the script a framework container runs ({@code entry_point}, default {@code None}): script mode.
         * A path, relative to {@code sourceDir} when that is set (or to the repository with {@code gitConfig}).
         * The local backend runs no Python: such a job fails there naming {@code sagemaker_program} (train
         * Java code with {@link JavaEstimator}).
         *
         * @param entryPoint the script's path
         * @return this builder
         */
        public B entryPoint(String entryPoint) {
            this.entryPoint = entryPoint;
            return self();
        }

        /**
         * Sets the folder packed with the script ({@code source_dir}, default {@code None}), or the
         * {@code s3://} URI of a {@code sourcedir.tar.gz} used as it is.
         *
         * @param sourceDir a local folder or an {@code s3://} URI
         * @return this builder
         */
        public B sourceDir(String sourceDir) {
            this.sourceDir = sourceDir;
            return self();
        }

        /**
         * Sets files and folders packed next to the code under their own names ({@code dependencies},
         * default {@code None}).
         *
         * @param dependencies local paths
         * @return this builder
         */
        public B dependencies(List<String> dependencies) {
            this.dependencies = dependencies == null ? null : List.copyOf(dependencies);
            return self();
        }

        /**
         * Sets where {@code sourcedir.tar.gz} is uploaded ({@code code_location}, default {@code None}: the
         * output path's bucket, under {@code <job>/source}).
         *
         * @param codeLocation an {@code s3://} URI
         * @return this builder
         */
        public B codeLocation(String codeLocation) {
            this.codeLocation = codeLocation;
            return self();
        }

        /**
         * Sets the container's log level ({@code container_log_level}, default {@code logging.INFO}, 20), sent
         * as {@code sagemaker_container_log_level}.
         *
         * @param level a Python {@code logging} level (10 DEBUG, 20 INFO, 30 WARNING, 40 ERROR, 50 CRITICAL)
         * @return this builder
         */
        public B containerLogLevel(int level) {
            this.containerLogLevel = level;
            return self();
        }

        /**
         * Sets the Git repository the code is cloned from ({@code git_config}, default {@code None}), as
         * {@code git_utils.git_clone_repo} takes it: {@code repo} (required), {@code branch}, {@code commit},
         * {@code 2FA_enabled} (a boolean), {@code username}, {@code password}, {@code token}; cloned with the
         * {@code git} command line when the job is staged. {@code repo} is an https://, http://, git@ or ssh://
         * URL, or (Java only) a {@code file://} URL of a local repository.
         *
         * @param gitConfig key to value
         * @return this builder
         * @throws ValidationException for an unknown key, a value of the wrong type, no {@code repo}, or a
         *                             malformed URL
         */
        public B gitConfig(Map<String, ?> gitConfig) {
            this.gitConfig = dev.sagemaker4j.local.SourceCode.validateGitConfig(gitConfig);
            return self();
        }

        /**
         * Sets the tags from a map, as the Python SDK's {@code format_tags} turns a dict into
         * {@code [{"Key": k, "Value": v}]} (in the map's iteration order).
         *
         * @param tags key to value
         * @return this builder
         */
        public B tags(Map<String, String> tags) {
            List<Tag> list = new ArrayList<>();
            tags.forEach((k, v) -> list.add(Tag.builder().key(k).value(v).build()));
            return tags(list);
        }

        /**
         * Adds one metric definition.
         *
         * @param name  the metric name
         * @param regex the regex; its first capture group is the value
         * @return this builder
         */
        public B metricDefinition(String name, String regex) {
            if (this.metricDefinitions == null) {
                this.metricDefinitions = new ArrayList<>();
            }
            this.metricDefinitions.add(MetricDefinition.builder().name(name).regex(regex).build());
            return self();
        }

        /**
         * Builds the estimator.
         *
         * @return the estimator
         * @throws ValidationException naming the first setting the service would reject
         */
        public abstract E build();
    }

    /**
     * The optional keywords of Python's {@code EstimatorBase.fit(inputs, wait=True, logs="All",
     * job_name=None, experiment_config=None)}. Immutable.
     *
     * <pre>{@code
     * estimator.fit(inputs, f -> f.wait(false).jobName("churn-7").experimentConfig(Map.of("ExperimentName", "churn")));
     * }</pre>
     */
    public static final class FitOptions {
        static final FitOptions DEFAULTS = builder().build();
        private static final Set<String> LOGS = Set.of("All", "None", "Training", "Rules");
        private static final Set<String> EXPERIMENT_KEYS = Set.of("ExperimentName", "TrialName",
                "TrialComponentDisplayName", "RunName");

        private final boolean waitForJob;
        private final String logs;
        private final String jobName;
        private final ExperimentConfig experimentConfig;

        private FitOptions(Builder b) {
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.experimentConfig = b.experimentConfig;
        }

        static FitOptions of(Consumer<Builder> options) {
            Builder b = builder();
            options.accept(b);
            return b.build();
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            b.experimentConfig = experimentConfig;
            return b;
        }

        /**
         * Whether fit waits for the job to end ({@code wait}).
         *
         * @return {@code true} to wait
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Which logs are followed while waiting ({@code logs}).
         *
         * @return {@code All}, {@code None}, {@code Training} or {@code Rules}
         */
        public String logs() {
            return logs;
        }

        /**
         * The job name ({@code job_name}).
         *
         * @return the name, or {@code null} for base name plus timestamp
         */
        public String jobName() {
            return jobName;
        }

        /**
         * The experiment the job is recorded in ({@code experiment_config}).
         *
         * @return the config, or {@code null}
         */
        public ExperimentConfig experimentConfig() {
            return experimentConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof FitOptions)) {
                return false;
            }
            FitOptions f = (FitOptions) o;
            return waitForJob == f.waitForJob && logs.equals(f.logs) && Objects.equals(jobName, f.jobName)
                    && Objects.equals(experimentConfig, f.experimentConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(waitForJob, logs, jobName, experimentConfig);
        }

        @Override
        public String toString() {
            return "FitOptions[wait=" + waitForJob + ", logs=" + logs + ", jobName=" + jobName
                    + ", experimentConfig=" + experimentConfig + "]";
        }

        /** Builds {@link FitOptions}; each method is a keyword of Python's {@code fit}. */
        public static final class Builder {
            private boolean waitForJob = true;
            private String logs = "All";
            private String jobName;
            private ExperimentConfig experimentConfig;

            private Builder() {
            }

            /**
             * Sets whether fit waits for the job to end ({@code wait}, default {@code True}).
             *
             * @param wait {@code false} to return as soon as the job is created
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * Sets which logs are followed while waiting ({@code logs}, default {@code "All"}); the
             * training log goes to SLF4J logger {@code dev.sagemaker4j.jobs.<job name>}.
             *
             * @param logs {@code All}, {@code None}, {@code Training} or {@code Rules}
             * @return this builder
             */
            public Builder logs(String logs) {
                if (!LOGS.contains(logs)) {
                    throw new ValidationException("logs", logs, "is not one of " + LOGS,
                            "pass All, None, Training or Rules");
                }
                this.logs = logs;
                return this;
            }

            /**
             * Sets which logs are followed from a boolean, as Python still accepts one
             * ({@code True} → {@code "All"}, {@code False} → {@code "None"}).
             *
             * @param logs whether to follow the log
             * @return this builder
             */
            public Builder logs(boolean logs) {
                return logs(logs ? "All" : "None");
            }

            /**
             * Sets the job name ({@code job_name}, default {@code None}: base job name plus timestamp).
             *
             * @param jobName 1 to 63 letters, digits and hyphens
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName == null ? null : Names.validateName("jobName", jobName);
                return this;
            }

            /**
             * Sets the experiment from Python's dict ({@code experiment_config}, default {@code None}):
             * keys {@code ExperimentName}, {@code TrialName}, {@code TrialComponentDisplayName},
             * {@code RunName}.
             *
             * @param experimentConfig the keys and values
             * @return this builder
             */
            public Builder experimentConfig(Map<String, String> experimentConfig) {
                if (experimentConfig == null) {
                    this.experimentConfig = null;
                    return this;
                }
                for (String key : experimentConfig.keySet()) {
                    if (!EXPERIMENT_KEYS.contains(key)) {
                        throw new ValidationException("experimentConfig", key, "is not a key of ExperimentConfig",
                                "use " + EXPERIMENT_KEYS);
                    }
                }
                this.experimentConfig = ExperimentConfig.builder()
                        .experimentName(experimentConfig.get("ExperimentName"))
                        .trialName(experimentConfig.get("TrialName"))
                        .trialComponentDisplayName(experimentConfig.get("TrialComponentDisplayName"))
                        .runName(experimentConfig.get("RunName")).build();
                return this;
            }

            /**
             * Sets the experiment ({@code experiment_config}, default {@code None}).
             *
             * @param experimentConfig the service's ExperimentConfig
             * @return this builder
             */
            public Builder experimentConfig(ExperimentConfig experimentConfig) {
                this.experimentConfig = experimentConfig;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public FitOptions build() {
                return new FitOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code EstimatorBase.deploy(initial_instance_count=None, instance_type=None,
     * serializer=None, deserializer=None, accelerator_type=None, endpoint_name=None, use_compiled_model=False,
     * wait=True, model_name=None, kms_key=None, data_capture_config=None, tags=None,
     * serverless_inference_config=None, async_inference_config=None, volume_size=None,
     * model_data_download_timeout=None, container_startup_health_check_timeout=None,
     * inference_recommendation_id=None, explainer_config=None)}. Immutable.
     *
     * <pre>{@code
     * estimator.deploy(d -> d.initialInstanceCount(1).instanceType("ml.m5.large").endpointName("churn")
     *         .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
     * }</pre>
     */
    public static final class DeployOptions {
        private final Integer initialInstanceCount;
        private final String instanceType;
        private final Serializer serializer;
        private final Deserializer<?> deserializer;
        private final String acceleratorType;
        private final String endpointName;
        private final boolean useCompiledModel;
        private final boolean waitForEndpoint;
        private final String modelName;
        private final String kmsKey;
        private final DataCaptureConfig dataCaptureConfig;
        private final List<Tag> tags;
        private final ProductionVariantServerlessConfig serverlessInferenceConfig;
        private final AsyncInferenceConfig asyncInferenceConfig;
        private final Integer volumeSize;
        private final Integer modelDataDownloadTimeout;
        private final Integer containerStartupHealthCheckTimeout;
        private final String inferenceRecommendationId;
        private final ExplainerConfig explainerConfig;

        private DeployOptions(Builder b) {
            this.initialInstanceCount = b.initialInstanceCount;
            this.instanceType = b.instanceType;
            this.serializer = b.serializer;
            this.deserializer = b.deserializer;
            this.acceleratorType = b.acceleratorType;
            this.endpointName = b.endpointName;
            this.useCompiledModel = b.useCompiledModel;
            this.waitForEndpoint = b.waitForEndpoint;
            this.modelName = b.modelName;
            this.kmsKey = b.kmsKey;
            this.dataCaptureConfig = b.dataCaptureConfig;
            this.tags = b.tags == null ? null : List.copyOf(b.tags);
            this.serverlessInferenceConfig = b.serverlessInferenceConfig;
            this.asyncInferenceConfig = b.asyncInferenceConfig;
            this.volumeSize = b.volumeSize;
            this.modelDataDownloadTimeout = b.modelDataDownloadTimeout;
            this.containerStartupHealthCheckTimeout = b.containerStartupHealthCheckTimeout;
            this.inferenceRecommendationId = b.inferenceRecommendationId;
            this.explainerConfig = b.explainerConfig;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.initialInstanceCount = initialInstanceCount;
            b.instanceType = instanceType;
            b.serializer = serializer;
            b.deserializer = deserializer;
            b.acceleratorType = acceleratorType;
            b.endpointName = endpointName;
            b.useCompiledModel = useCompiledModel;
            b.waitForEndpoint = waitForEndpoint;
            b.modelName = modelName;
            b.kmsKey = kmsKey;
            b.dataCaptureConfig = dataCaptureConfig;
            b.tags = tags;
            b.serverlessInferenceConfig = serverlessInferenceConfig;
            b.asyncInferenceConfig = asyncInferenceConfig;
            b.volumeSize = volumeSize;
            b.modelDataDownloadTimeout = modelDataDownloadTimeout;
            b.containerStartupHealthCheckTimeout = containerStartupHealthCheckTimeout;
            b.inferenceRecommendationId = inferenceRecommendationId;
            b.explainerConfig = explainerConfig;
            return b;
        }

        /**
         * {@code initial_instance_count}.
         *
         * @return the instances, or {@code null}
         */
        public Integer initialInstanceCount() {
            return initialInstanceCount;
        }

        /**
         * {@code instance_type}.
         *
         * @return the instance type, or {@code null}
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code serializer}.
         *
         * @return the serializer, or {@code null} for the image's default
         */
        public Serializer serializer() {
            return serializer;
        }

        /**
         * {@code deserializer}.
         *
         * @return the deserializer, or {@code null} for the image's default
         */
        public Deserializer<?> deserializer() {
            return deserializer;
        }

        /**
         * {@code accelerator_type}.
         *
         * @return the Elastic Inference accelerator, or {@code null}
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * {@code endpoint_name}.
         *
         * @return the endpoint name, or {@code null} for {@code name_from_base(base_job_name)}
         */
        public String endpointName() {
            return endpointName;
        }

        /**
         * {@code use_compiled_model}.
         *
         * @return whether a compiled model is deployed
         */
        public boolean useCompiledModel() {
            return useCompiledModel;
        }

        /**
         * {@code wait}.
         *
         * @return whether deploy waits until the endpoint is InService
         */
        public boolean waitForEndpoint() {
            return waitForEndpoint;
        }

        /**
         * {@code model_name}.
         *
         * @return the model name, or {@code null} for {@code name_from_base(base_job_name)}
         */
        public String modelName() {
            return modelName;
        }

        /**
         * {@code kms_key}.
         *
         * @return the KMS key of the endpoint's volumes, or {@code null}
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * {@code data_capture_config}.
         *
         * @return the data capture, or {@code null}
         */
        public DataCaptureConfig dataCaptureConfig() {
            return dataCaptureConfig;
        }

        /**
         * {@code tags}.
         *
         * @return the endpoint's tags, or {@code null}
         */
        public List<Tag> tags() {
            return tags;
        }

        /**
         * {@code serverless_inference_config}.
         *
         * @return the serverless configuration, or {@code null}
         */
        public ProductionVariantServerlessConfig serverlessInferenceConfig() {
            return serverlessInferenceConfig;
        }

        /**
         * {@code async_inference_config}.
         *
         * @return the asynchronous inference configuration, or {@code null}
         */
        public AsyncInferenceConfig asyncInferenceConfig() {
            return asyncInferenceConfig;
        }

        /**
         * {@code volume_size}.
         *
         * @return the volume size in GB, or {@code null}
         */
        public Integer volumeSize() {
            return volumeSize;
        }

        /**
         * {@code model_data_download_timeout}.
         *
         * @return seconds, or {@code null}
         */
        public Integer modelDataDownloadTimeout() {
            return modelDataDownloadTimeout;
        }

        /**
         * {@code container_startup_health_check_timeout}.
         *
         * @return seconds, or {@code null}
         */
        public Integer containerStartupHealthCheckTimeout() {
            return containerStartupHealthCheckTimeout;
        }

        /**
         * {@code inference_recommendation_id}.
         *
         * @return the recommendation id, or {@code null}
         */
        public String inferenceRecommendationId() {
            return inferenceRecommendationId;
        }

        /**
         * {@code explainer_config}.
         *
         * @return the explainer configuration, or {@code null}
         */
        public ExplainerConfig explainerConfig() {
            return explainerConfig;
        }

        private List<Object> values() {
            return java.util.Arrays.asList(initialInstanceCount, instanceType, serializer, deserializer,
                    acceleratorType, endpointName, useCompiledModel, waitForEndpoint, modelName, kmsKey,
                    dataCaptureConfig, tags, serverlessInferenceConfig, asyncInferenceConfig, volumeSize,
                    modelDataDownloadTimeout, containerStartupHealthCheckTimeout, inferenceRecommendationId,
                    explainerConfig);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DeployOptions && values().equals(((DeployOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "DeployOptions[initialInstanceCount=" + initialInstanceCount + ", instanceType=" + instanceType
                    + ", endpointName=" + endpointName + ", modelName=" + modelName + ", wait=" + waitForEndpoint + "]";
        }

        /** Builds {@link DeployOptions}; each method is a keyword of Python's {@code deploy}. */
        public static final class Builder {
            private Integer initialInstanceCount;
            private String instanceType;
            private Serializer serializer;
            private Deserializer<?> deserializer;
            private String acceleratorType;
            private String endpointName;
            private boolean useCompiledModel;
            private boolean waitForEndpoint = true;
            private String modelName;
            private String kmsKey;
            private DataCaptureConfig dataCaptureConfig;
            private List<Tag> tags;
            private ProductionVariantServerlessConfig serverlessInferenceConfig;
            private AsyncInferenceConfig asyncInferenceConfig;
            private Integer volumeSize;
            private Integer modelDataDownloadTimeout;
            private Integer containerStartupHealthCheckTimeout;
            private String inferenceRecommendationId;
            private ExplainerConfig explainerConfig;

            private Builder() {
            }

            /**
             * Sets {@code initial_instance_count} (default {@code None}; required unless serverless).
             *
             * @param count at least 1
             * @return this builder
             */
            public Builder initialInstanceCount(int count) {
                if (count < 1) {
                    throw new ValidationException("initialInstanceCount", count, "must be at least 1",
                            "deploy to one or more instances");
                }
                this.initialInstanceCount = count;
                return this;
            }

            /**
             * Sets {@code instance_type} (default {@code None}; required unless serverless).
             *
             * @param instanceType {@code local}, {@code local_gpu} or {@code ml.*}
             * @return this builder
             */
            public Builder instanceType(String instanceType) {
                if (instanceType != null && !isInstanceType(instanceType)) {
                    throw new ValidationException("instanceType", instanceType, "is not an instance type",
                            "pass \"local\", \"local_gpu\" or an ml.* instance type");
                }
                this.instanceType = instanceType;
                return this;
            }

            /**
             * Sets {@code serializer} (default {@code None}: the image's).
             *
             * @param serializer encodes request data
             * @return this builder
             */
            public Builder serializer(Serializer serializer) {
                this.serializer = serializer;
                return this;
            }

            /**
             * Sets {@code deserializer} (default {@code None}: the image's).
             *
             * @param deserializer decodes responses
             * @return this builder
             */
            public Builder deserializer(Deserializer<?> deserializer) {
                this.deserializer = deserializer;
                return this;
            }

            /**
             * Sets {@code accelerator_type} (default {@code None}).
             *
             * @param acceleratorType e.g. {@code ml.eia1.medium}
             * @return this builder
             */
            public Builder acceleratorType(String acceleratorType) {
                this.acceleratorType = acceleratorType;
                return this;
            }

            /**
             * Sets {@code endpoint_name} (default {@code None}: {@code name_from_base(base_job_name)}).
             *
             * @param endpointName the endpoint name
             * @return this builder
             */
            public Builder endpointName(String endpointName) {
                this.endpointName = endpointName == null ? null : Names.validateName("endpointName", endpointName);
                return this;
            }

            /**
             * Sets {@code use_compiled_model} (default {@code False}); compiling is not supported by this
             * SDK, so {@code true} fails with OperationNotSupportedException.
             *
             * @param useCompiledModel whether to deploy a compiled model
             * @return this builder
             */
            public Builder useCompiledModel(boolean useCompiledModel) {
                this.useCompiledModel = useCompiledModel;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait whether to wait until the endpoint is InService
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForEndpoint = wait;
                return this;
            }

            /**
             * Sets {@code model_name} (default {@code None}: {@code name_from_base(base_job_name)}).
             *
             * @param modelName the model name
             * @return this builder
             */
            public Builder modelName(String modelName) {
                this.modelName = modelName == null ? null : Names.validateName("modelName", modelName);
                return this;
            }

            /**
             * Sets {@code kms_key} (default {@code None}).
             *
             * @param kmsKey the KMS key of the endpoint's volumes: key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder kmsKey(String kmsKey) {
                this.kmsKey = EstimatorBase.kmsKey("kmsKey", kmsKey);
                return this;
            }

            /**
             * Sets {@code data_capture_config} (default {@code None}).
             *
             * @param dataCaptureConfig the data capture
             * @return this builder
             */
            public Builder dataCaptureConfig(DataCaptureConfig dataCaptureConfig) {
                this.dataCaptureConfig = dataCaptureConfig;
                return this;
            }

            /**
             * Sets {@code tags} (default {@code None}).
             *
             * @param tags the endpoint's tags
             * @return this builder
             */
            public Builder tags(List<Tag> tags) {
                this.tags = tags;
                return this;
            }

            /**
             * Sets {@code serverless_inference_config} (default {@code None}).
             *
             * @param config the serverless configuration
             * @return this builder
             */
            public Builder serverlessInferenceConfig(ProductionVariantServerlessConfig config) {
                this.serverlessInferenceConfig = config;
                return this;
            }

            /**
             * Sets {@code async_inference_config} (default {@code None}).
             *
             * @param config the asynchronous inference configuration
             * @return this builder
             */
            public Builder asyncInferenceConfig(AsyncInferenceConfig config) {
                this.asyncInferenceConfig = config;
                return this;
            }

            /**
             * Sets {@code volume_size} (default {@code None}).
             *
             * @param gb the volume size in GB
             * @return this builder
             */
            public Builder volumeSize(int gb) {
                this.volumeSize = gb;
                return this;
            }

            /**
             * Sets {@code model_data_download_timeout} (default {@code None}).
             *
             * @param seconds the timeout
             * @return this builder
             */
            public Builder modelDataDownloadTimeout(int seconds) {
                this.modelDataDownloadTimeout = seconds;
                return this;
            }

            /**
             * Sets {@code container_startup_health_check_timeout} (default {@code None}).
             *
             * @param seconds the timeout
             * @return this builder
             */
            public Builder containerStartupHealthCheckTimeout(int seconds) {
                this.containerStartupHealthCheckTimeout = seconds;
                return this;
            }

            /**
             * Sets {@code inference_recommendation_id} (default {@code None}).
             *
             * @param id the recommendation id
             * @return this builder
             */
            public Builder inferenceRecommendationId(String id) {
                this.inferenceRecommendationId = id;
                return this;
            }

            /**
             * Sets {@code explainer_config} (default {@code None}).
             *
             * @param config the explainer configuration
             * @return this builder
             */
            public Builder explainerConfig(ExplainerConfig config) {
                this.explainerConfig = config;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public DeployOptions build() {
                return new DeployOptions(this);
            }
        }
    }
}
