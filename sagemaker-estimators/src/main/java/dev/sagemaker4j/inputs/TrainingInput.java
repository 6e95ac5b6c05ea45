/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.inputs;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.HubAccessConfig;
import software.amazon.awssdk.services.sagemaker.model.ModelAccessConfig;
import software.amazon.awssdk.services.sagemaker.model.S3DataSource;

/**
 * One input channel of a training job, as {@code sagemaker.inputs.TrainingInput}: where the data is
 * and how SageMaker should hand it to the algorithm. Immutable; needs no closing.
 *
 * <pre>{@code
 * TrainingInput all = TrainingInput.of("s3://bucket/data/train/");       // Python: TrainingInput(s3_data)
 * TrainingInput train = TrainingInput.builder()
 *         .s3Data("s3://bucket/data/train/")
 *         .contentType("text/csv")
 *         .distribution("ShardedByS3Key")
 *         .build();
 * }</pre>
 */
public final class TrainingInput implements ChannelInput {
    private static final Set<String> DISTRIBUTIONS = Set.of("FullyReplicated", "ShardedByS3Key");
    private static final Set<String> COMPRESSIONS = Set.of("None", "Gzip");
    private static final Set<String> DATA_TYPES = Set.of("S3Prefix", "ManifestFile", "AugmentedManifestFile");
    private static final Set<String> INPUT_MODES = Set.of("File", "Pipe", "FastFile");
    private static final Set<String> WRAPPINGS = Set.of("None", "RecordIO");
    private static final Pattern GROUP_NAME = Pattern.compile("^.+$");

    private final String s3Data;
    private final String distribution;
    private final String compression;
    private final String contentType;
    private final String recordWrapping;
    private final String s3DataType;
    private final String inputMode;
    private final List<String> instanceGroups;
    private final List<String> attributeNames;
    private final String targetAttributeName;
    private final ShuffleConfig shuffleConfig;
    private final HubAccessConfig hubAccessConfig;
    private final ModelAccessConfig modelAccessConfig;

    private TrainingInput(Builder b) {
        this.s3Data = b.s3Data;
        this.distribution = b.distribution;
        this.compression = b.compression;
        this.contentType = b.contentType;
        this.recordWrapping = b.recordWrapping;
        this.s3DataType = b.s3DataType;
        this.inputMode = b.inputMode;
        this.instanceGroups = b.instanceGroups == null ? null : List.copyOf(b.instanceGroups);
        this.attributeNames = b.attributeNames == null ? null : List.copyOf(b.attributeNames);
        this.targetAttributeName = b.targetAttributeName;
        this.shuffleConfig = b.shuffleConfig;
        this.hubAccessConfig = b.hubAccessConfig;
        this.modelAccessConfig = b.modelAccessConfig;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A channel reading everything under a URI with the defaults.
     *
     * @param s3Data an {@code s3://} or {@code file://} URI
     * @return the input
     */
    public static TrainingInput of(String s3Data) {
        return builder().s3Data(s3Data).build();
    }

    /**
     * The data's URI.
     *
     * @return an {@code s3://} or {@code file://} URI
     */
    public String s3Data() {
        return s3Data;
    }

    /**
     * {@code FullyReplicated} (default unless a target attribute is set) or {@code ShardedByS3Key}.
     *
     * @return the distribution, or {@code null}
     */
    public String distribution() {
        return distribution;
    }

    /**
     * {@code None} or {@code Gzip}, or {@code null} when not given.
     *
     * @return the compression
     */
    public String compression() {
        return compression;
    }

    /**
     * The MIME type of the data, e.g. {@code text/csv}, or {@code null}.
     *
     * @return the content type
     */
    public String contentType() {
        return contentType;
    }

    /**
     * {@code None} or {@code RecordIO}, or {@code null}.
     *
     * @return the record wrapping
     */
    public String recordWrapping() {
        return recordWrapping;
    }

    /**
     * {@code S3Prefix} (default), {@code ManifestFile} or {@code AugmentedManifestFile}.
     *
     * @return the data type
     */
    public String s3DataType() {
        return s3DataType;
    }

    /**
     * The channel's input mode, or {@code null} for the estimator's.
     *
     * @return {@code File}, {@code Pipe}, {@code FastFile} or {@code null}
     */
    public String inputMode() {
        return inputMode;
    }

    /**
     * The instance groups (of a heterogeneous cluster) that read this channel, or {@code null} for all.
     *
     * @return an unmodifiable list, or {@code null}
     */
    public List<String> instanceGroups() {
        return instanceGroups;
    }

    /**
     * The attribute names of an augmented manifest to hand to the algorithm, or {@code null}.
     *
     * @return an unmodifiable list, or {@code null}
     */
    public List<String> attributeNames() {
        return attributeNames;
    }

    /**
     * The attribute an AutoML job predicts, or {@code null}.
     *
     * @return the target attribute name
     */
    public String targetAttributeName() {
        return targetAttributeName;
    }

    /**
     * The shuffling of this channel, or {@code null}.
     *
     * @return the shuffle config
     */
    public ShuffleConfig shuffleConfig() {
        return shuffleConfig;
    }

    /**
     * The hub content a JumpStart model channel reads, or {@code null}.
     *
     * @return the hub access config
     */
    public HubAccessConfig hubAccessConfig() {
        return hubAccessConfig;
    }

    /**
     * Whether the end-user licence of a gated model is accepted, or {@code null}.
     *
     * @return the model access config
     */
    public ModelAccessConfig modelAccessConfig() {
        return modelAccessConfig;
    }

    /**
     * This input with the hub content a JumpStart model channel reads, as Python's
     * {@code add_hub_access_config(hub_access_config=None)} (which sets {@code HubAccessConfig} on the
     * channel's {@code S3DataSource}). A {@code TrainingInput} is immutable, so this returns a copy; given
     * {@code null} (Python's default), it returns this input unchanged, as Python leaves the config as it is.
     *
     * @param hubAccessConfig the hub access config, e.g. {@code HubAccessConfig.builder().hubContentArn(arn).build()}
     * @return a copy with the hub access config set, or this input for {@code null}
     */
    public TrainingInput addHubAccessConfig(HubAccessConfig hubAccessConfig) {
        if (hubAccessConfig == null) {
            return this;
        }
        Builder b = copy();
        b.hubAccessConfig = hubAccessConfig;
        return new TrainingInput(b);
    }

    /**
     * This input with a gated model's licence acceptance, as Python's
     * {@code add_model_access_config(model_access_config=None)} (which sets {@code ModelAccessConfig} on the
     * channel's {@code S3DataSource}). Returns a copy; given {@code null} (Python's default), this input
     * unchanged.
     *
     * @param modelAccessConfig the model access config, e.g. {@code ModelAccessConfig.builder().acceptEula(true).build()}
     * @return a copy with the model access config set, or this input for {@code null}
     */
    public TrainingInput addModelAccessConfig(ModelAccessConfig modelAccessConfig) {
        if (modelAccessConfig == null) {
            return this;
        }
        Builder b = copy();
        b.modelAccessConfig = modelAccessConfig;
        return new TrainingInput(b);
    }

    private Builder copy() {
        Builder b = new Builder();
        b.s3Data = s3Data;
        b.distribution = distribution;
        b.compression = compression;
        b.contentType = contentType;
        b.recordWrapping = recordWrapping;
        b.s3DataType = s3DataType;
        b.inputMode = inputMode;
        b.instanceGroups = instanceGroups;
        b.attributeNames = attributeNames;
        b.targetAttributeName = targetAttributeName;
        b.shuffleConfig = shuffleConfig;
        b.hubAccessConfig = hubAccessConfig;
        b.modelAccessConfig = modelAccessConfig;
        return b;
    }

    /**
     * The service's {@code Channel} for this input.
     *
     * @param channelName the channel name
     * @return the channel
     */
    @Override
    public Channel toChannel(String channelName) {
        // the keys the Python SDK's TrainingInput.config holds, and only those
        S3DataSource.Builder source = S3DataSource.builder().s3DataType(s3DataType).s3Uri(s3Data);
        if (distribution != null) {
            source.s3DataDistributionType(distribution);
        }
        if (instanceGroups != null) {
            source.instanceGroupNames(instanceGroups);
        }
        if (attributeNames != null) {
            source.attributeNames(attributeNames);
        }
        if (hubAccessConfig != null) {
            source.hubAccessConfig(hubAccessConfig);
        }
        if (modelAccessConfig != null) {
            source.modelAccessConfig(modelAccessConfig);
        }
        Channel.Builder c = Channel.builder().channelName(channelName)
                .dataSource(d -> d.s3DataSource(source.build()));
        if (compression != null) {
            c.compressionType(compression);
        }
        if (contentType != null) {
            c.contentType(contentType);
        }
        if (recordWrapping != null) {
            c.recordWrapperType(recordWrapping);
        }
        if (inputMode != null) {
            c.inputMode(inputMode);
        }
        if (shuffleConfig != null) {
            c.shuffleConfig(s -> s.seed(shuffleConfig.seed()));
        }
        return c.build();
    }

    @Override
    public String toString() {
        return "TrainingInput[" + s3Data + (contentType == null ? "" : ", " + contentType) + "]";
    }

    /** Builds a {@link TrainingInput}. */
    public static final class Builder {
        private String s3Data;
        private String distribution;
        private String compression;
        private String contentType;
        private String recordWrapping;
        private String s3DataType = "S3Prefix";
        private String inputMode;
        private List<String> instanceGroups;
        private List<String> attributeNames;
        private String targetAttributeName;
        private ShuffleConfig shuffleConfig;
        private HubAccessConfig hubAccessConfig;
        private ModelAccessConfig modelAccessConfig;

        private Builder() {
        }

        /**
         * Sets where the data is ({@code s3_data}, required).
         *
         * @param uri an {@code s3://} or {@code file://} URI (a prefix, an object, or a manifest)
         * @return this builder
         */
        public Builder s3Data(String uri) {
            this.s3Data = uri;
            return this;
        }

        /**
         * Sets how objects are spread over instances ({@code distribution}, default {@code None}:
         * {@code FullyReplicated} unless a target attribute is set).
         *
         * @param distribution {@code FullyReplicated} or {@code ShardedByS3Key}
         * @return this builder
         */
        public Builder distribution(String distribution) {
            this.distribution = check("distribution", distribution, DISTRIBUTIONS);
            return this;
        }

        /**
         * Sets the compression of the objects ({@code compression}, default {@code None}).
         *
         * @param compression {@code None} or {@code Gzip}
         * @return this builder
         */
        public Builder compression(String compression) {
            this.compression = check("compression", compression, COMPRESSIONS);
            return this;
        }

        /**
         * Sets the MIME type, which the algorithm reads from {@code inputdataconfig.json}
         * ({@code content_type}, default {@code None}).
         *
         * @param contentType e.g. {@code text/csv} or {@code text/libsvm}
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * Sets the record wrapping ({@code record_wrapping}, default {@code None}).
         *
         * @param recordWrapping {@code None} or {@code RecordIO}
         * @return this builder
         */
        public Builder recordWrapping(String recordWrapping) {
            this.recordWrapping = check("recordWrapping", recordWrapping, WRAPPINGS);
            return this;
        }

        /**
         * Sets what {@link #s3Data(String)} names ({@code s3_data_type}, default {@code "S3Prefix"}).
         *
         * @param s3DataType {@code S3Prefix}, {@code ManifestFile} or {@code AugmentedManifestFile}
         * @return this builder
         */
        public Builder s3DataType(String s3DataType) {
            this.s3DataType = check("s3DataType", s3DataType, DATA_TYPES);
            return this;
        }

        /**
         * Sets the channel's input mode ({@code input_mode}, default {@code None}: the estimator's); for
         * the single input of {@code fit}, also the job's, as in Python.
         *
         * @param inputMode {@code File}, {@code Pipe} or {@code FastFile}
         * @return this builder
         */
        public Builder inputMode(String inputMode) {
            this.inputMode = check("inputMode", inputMode, INPUT_MODES);
            return this;
        }

        /**
         * Sets the instance groups that read this channel ({@code instance_groups}, default {@code None}:
         * every instance). Each must be the name of an instance group of the estimator.
         *
         * @param instanceGroups instance group names
         * @return this builder
         */
        public Builder instanceGroups(List<String> instanceGroups) {
            if (instanceGroups != null) {
                for (String g : instanceGroups) {
                    if (g == null || !GROUP_NAME.matcher(g).matches() || g.length() > 64) {
                        throw new ValidationException("instanceGroups", g, "is not an instance group name",
                                "use the names of the estimator's instance groups (1 to 64 characters)");
                    }
                }
            }
            this.instanceGroups = instanceGroups;
            return this;
        }

        /**
         * Sets the attributes of an augmented manifest handed to the algorithm ({@code attribute_names},
         * default {@code None}).
         *
         * @param attributeNames the attribute names, in the order the algorithm wants them
         * @return this builder
         */
        public Builder attributeNames(List<String> attributeNames) {
            this.attributeNames = attributeNames;
            return this;
        }

        /**
         * Sets the attribute an AutoML job predicts ({@code target_attribute_name}, default {@code None}).
         * With it and no {@link #distribution(String)}, no distribution is sent, as in Python.
         *
         * @param targetAttributeName the attribute name
         * @return this builder
         */
        public Builder targetAttributeName(String targetAttributeName) {
            this.targetAttributeName = targetAttributeName;
            return this;
        }

        /**
         * Shuffles the channel's objects with a seed ({@code shuffle_config}, default {@code None}). Sent
         * to the service; the local backend hands objects over in key order.
         *
         * @param shuffleConfig the shuffle config
         * @return this builder
         */
        public Builder shuffleConfig(ShuffleConfig shuffleConfig) {
            this.shuffleConfig = shuffleConfig;
            return this;
        }

        /**
         * Sets the hub content of a JumpStart model channel ({@code hub_access_config}, default {@code None}).
         *
         * @param hubAccessConfig the hub access config
         * @return this builder
         */
        public Builder hubAccessConfig(HubAccessConfig hubAccessConfig) {
            this.hubAccessConfig = hubAccessConfig;
            return this;
        }

        /**
         * Accepts a gated model's end-user licence ({@code model_access_config}, default {@code None}).
         *
         * @param modelAccessConfig the model access config
         * @return this builder
         */
        public Builder modelAccessConfig(ModelAccessConfig modelAccessConfig) {
            this.modelAccessConfig = modelAccessConfig;
            return this;
        }

        private static String check(String field, String value, Set<String> allowed) {
            if (value != null && !allowed.contains(value)) {
                throw new ValidationException(field, value, "is not one of " + allowed, "pass one of " + allowed);
            }
            return value;
        }

        /**
         * Builds the input.
         *
         * @return the input
         */
        public TrainingInput build() {
            if (s3Data == null || s3Data.isBlank()) {
                throw new ValidationException("s3Data", s3Data, "is missing",
                        "give the data's URI, e.g. s3://bucket/prefix/ or file:///data/train.csv");
            }
            // a pipeline variable (a parameter or a step property, PipelineVariable.asString()) is resolved to a
            // URI when the pipeline runs, as Python accepts one
            if (!s3Data.startsWith("s3://") && !s3Data.startsWith("file:")
                    && !s3Data.startsWith("{{pipeline-variable:")) {
                throw new ValidationException("s3Data", s3Data, "is neither an s3:// nor a file:// URI",
                        "upload the data with session.uploadData(...) and pass the URI it returns");
            }
            if (targetAttributeName == null && distribution == null) {
                // Python: "if not (target_attribute_name or distribution): distribution = 'FullyReplicated'"
                distribution = "FullyReplicated";
            }
            Objects.requireNonNull(s3DataType, "s3DataType");
            return new TrainingInput(this);
        }
    }
}
