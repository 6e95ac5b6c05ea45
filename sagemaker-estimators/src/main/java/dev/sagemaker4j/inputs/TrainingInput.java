/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.inputs;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.Channel;

/**
 * One input channel of a training job, as {@code sagemaker.inputs.TrainingInput}: where the data is
 * and how SageMaker should hand it to the algorithm. Immutable; needs no closing.
 *
 * <pre>{@code
 * TrainingInput train = TrainingInput.builder()
 *         .s3Data("s3://bucket/data/train/")
 *         .contentType("text/csv")
 *         .distribution("ShardedByS3Key")
 *         .build();
 * }</pre>
 */
public final class TrainingInput {
    private static final Set<String> DISTRIBUTIONS = Set.of("FullyReplicated", "ShardedByS3Key");
    private static final Set<String> COMPRESSIONS = Set.of("None", "Gzip");
    private static final Set<String> DATA_TYPES = Set.of("S3Prefix", "ManifestFile", "AugmentedManifestFile");
    private static final Set<String> INPUT_MODES = Set.of("File", "Pipe", "FastFile");
    private static final Set<String> WRAPPINGS = Set.of("None", "RecordIO");

    private final String s3Data;
    private final String distribution;
    private final String compression;
    private final String contentType;
    private final String recordWrapping;
    private final String s3DataType;
    private final String inputMode;

    private TrainingInput(Builder b) {
        this.s3Data = b.s3Data;
        this.distribution = b.distribution;
        this.compression = b.compression;
        this.contentType = b.contentType;
        this.recordWrapping = b.recordWrapping;
        this.s3DataType = b.s3DataType;
        this.inputMode = b.inputMode;
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
     * {@code FullyReplicated} (default) or {@code ShardedByS3Key}.
     *
     * @return the distribution
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
     * The service's {@code Channel} for this input.
     *
     * @param channelName the channel name
     * @return the channel
     */
    public Channel toChannel(String channelName) {
        Channel.Builder c = Channel.builder().channelName(channelName)
                .dataSource(d -> d.s3DataSource(s -> s.s3DataType(s3DataType).s3Uri(s3Data)
                        .s3DataDistributionType(distribution)));
        if (contentType != null) {
            c.contentType(contentType);
        }
        if (compression != null) {
            c.compressionType(compression);
        }
        if (recordWrapping != null) {
            c.recordWrapperType(recordWrapping);
        }
        if (inputMode != null) {
            c.inputMode(inputMode);
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
        private String distribution = "FullyReplicated";
        private String compression;
        private String contentType;
        private String recordWrapping;
        private String s3DataType = "S3Prefix";
        private String inputMode;

        private Builder() {
        }

        /**
         * Sets where the data is.
         *
         * @param uri an {@code s3://} or {@code file://} URI (a prefix, an object, or a manifest)
         * @return this builder
         */
        public Builder s3Data(String uri) {
            this.s3Data = uri;
            return this;
        }

        /**
         * Sets how objects are spread over instances.
         *
         * @param distribution {@code FullyReplicated} or {@code ShardedByS3Key}
         * @return this builder
         */
        public Builder distribution(String distribution) {
            this.distribution = check("distribution", distribution, DISTRIBUTIONS);
            return this;
        }

        /**
         * Sets the compression of the objects.
         *
         * @param compression {@code None} or {@code Gzip}
         * @return this builder
         */
        public Builder compression(String compression) {
            this.compression = check("compression", compression, COMPRESSIONS);
            return this;
        }

        /**
         * Sets the MIME type, which the algorithm reads from {@code inputdataconfig.json}.
         *
         * @param contentType e.g. {@code text/csv} or {@code text/libsvm}
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * Sets the record wrapping.
         *
         * @param recordWrapping {@code None} or {@code RecordIO}
         * @return this builder
         */
        public Builder recordWrapping(String recordWrapping) {
            this.recordWrapping = check("recordWrapping", recordWrapping, WRAPPINGS);
            return this;
        }

        /**
         * Sets what {@link #s3Data(String)} names.
         *
         * @param s3DataType {@code S3Prefix}, {@code ManifestFile} or {@code AugmentedManifestFile}
         * @return this builder
         */
        public Builder s3DataType(String s3DataType) {
            this.s3DataType = check("s3DataType", s3DataType, DATA_TYPES);
            return this;
        }

        /**
         * Sets the channel's input mode.
         *
         * @param inputMode {@code File}, {@code Pipe} or {@code FastFile}
         * @return this builder
         */
        public Builder inputMode(String inputMode) {
            this.inputMode = check("inputMode", inputMode, INPUT_MODES);
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
            if (!s3Data.startsWith("s3://") && !s3Data.startsWith("file:")) {
                throw new ValidationException("s3Data", s3Data, "is neither an s3:// nor a file:// URI",
                        "upload the data with session.uploadData(...) and pass the URI it returns");
            }
            Objects.requireNonNull(distribution);
            return new TrainingInput(this);
        }
    }
}
