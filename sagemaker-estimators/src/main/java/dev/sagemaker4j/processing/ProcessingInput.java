/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.DatasetDefinition;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3Input;

/**
 * One input of a processing job, as the Python SDK's {@code sagemaker.processing.ProcessingInput}: an S3 (or
 * local) source copied to {@code destination} in the container before the job's code starts, or a
 * {@code datasetDefinition} (Athena or Redshift; sent to the service, not run locally). A local path as
 * {@code source} is uploaded to {@code s3://<default bucket>/[<default prefix>/]<job name>/input/<input name>}
 * when the job runs, as Python does. Immutable; needs no closing.
 *
 * <pre>{@code
 * ProcessingInput raw = ProcessingInput.builder().source("s3://bucket/raw/").destination("/opt/ml/processing/input/raw")
 *         .inputName("raw").s3DataDistributionType("ShardedByS3Key").build();
 * }</pre>
 */
public final class ProcessingInput {
    private static final Set<String> DATA_TYPES = Set.of("S3Prefix", "ManifestFile");
    private static final Set<String> INPUT_MODES = Set.of("File", "Pipe", "FastFile");
    private static final Set<String> DISTRIBUTIONS = Set.of("FullyReplicated", "ShardedByS3Key");
    private static final Set<String> COMPRESSIONS = Set.of("None", "Gzip");

    private final String source;
    private final String destination;
    private final String inputName;
    private final String s3DataType;
    private final String s3InputMode;
    private final String s3DataDistributionType;
    private final String s3CompressionType;
    private final boolean appManaged;
    private final DatasetDefinition datasetDefinition;

    private ProcessingInput(Builder b) {
        if (b.datasetDefinition == null && (b.source == null || b.destination == null)) {
            throw new ValidationException(b.source == null ? "source" : "destination", null, "is missing",
                    "give both source (an s3:// URI or a local path) and destination (a path under"
                            + " /opt/ml/processing/ in the container), or a datasetDefinition");
        }
        if ("Gzip".equals(b.s3CompressionType) && !"Pipe".equals(b.s3InputMode)) {
            throw new ValidationException("s3CompressionType", b.s3CompressionType,
                    "is only allowed with s3InputMode Pipe (Data can only be gzipped when the input mode is Pipe)",
                    "use s3CompressionType(\"None\"), or s3InputMode(\"Pipe\")");
        }
        this.source = b.source;
        this.destination = b.destination;
        this.inputName = b.inputName;
        this.s3DataType = b.s3DataType;
        this.s3InputMode = b.s3InputMode;
        this.s3DataDistributionType = b.s3DataDistributionType;
        this.s3CompressionType = b.s3CompressionType;
        this.appManaged = b.appManaged;
        this.datasetDefinition = b.datasetDefinition;
    }

    /**
     * A new builder with Python's defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An input of {@code source} copied to {@code destination}, with Python's defaults otherwise.
     *
     * @param source      an {@code s3://} URI or a local path
     * @param destination the path in the container, under {@code /opt/ml/processing/}
     * @return the input
     */
    public static ProcessingInput of(String source, String destination) {
        return builder().source(source).destination(destination).build();
    }

    /**
     * A builder holding this input's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().source(source).destination(destination).inputName(inputName).s3DataType(s3DataType)
                .s3InputMode(s3InputMode).s3DataDistributionType(s3DataDistributionType)
                .s3CompressionType(s3CompressionType).appManaged(appManaged).datasetDefinition(datasetDefinition);
    }

    /**
     * The input as the service's {@code ProcessingInput} of a CreateProcessingJob request, as Python's
     * {@code _to_request_dict}: {@code InputName}, {@code AppManaged}, then {@code S3Input} or
     * {@code DatasetDefinition}.
     *
     * @return the request's input
     */
    public software.amazon.awssdk.services.sagemaker.model.ProcessingInput toRequest() {
        software.amazon.awssdk.services.sagemaker.model.ProcessingInput.Builder b =
                software.amazon.awssdk.services.sagemaker.model.ProcessingInput.builder()
                        .inputName(inputName).appManaged(appManaged);
        if (source != null && destination != null) {
            b.s3Input(ProcessingS3Input.builder().s3Uri(source).localPath(destination).s3DataType(s3DataType)
                    .s3InputMode(s3InputMode).s3DataDistributionType(s3DataDistributionType)
                    .s3CompressionType(s3CompressionType).build());
        }
        if (datasetDefinition != null) {
            b.datasetDefinition(datasetDefinition);
        }
        return b.build();
    }

    /**
     * The input of a request or Describe response, as Python's {@code ProcessingJob.from_processing_name}
     * rebuilds it.
     *
     * @param input the service's input
     * @return the input
     */
    public static ProcessingInput fromRequest(software.amazon.awssdk.services.sagemaker.model.ProcessingInput input) {
        Builder b = builder().inputName(input.inputName())
                .appManaged(Boolean.TRUE.equals(input.appManaged())).datasetDefinition(input.datasetDefinition());
        ProcessingS3Input s3 = input.s3Input();
        if (s3 != null) {
            b.source(s3.s3Uri()).destination(s3.localPath());
            if (s3.s3DataTypeAsString() != null) {
                b.s3DataType(s3.s3DataTypeAsString());
            }
            if (s3.s3InputModeAsString() != null) {
                b.s3InputMode(s3.s3InputModeAsString());
            }
            if (s3.s3DataDistributionTypeAsString() != null) {
                b.s3DataDistributionType(s3.s3DataDistributionTypeAsString());
            }
            if (s3.s3CompressionTypeAsString() != null) {
                b.s3CompressionType(s3.s3CompressionTypeAsString());
            }
        }
        return b.build();
    }

    /**
     * The source: an {@code s3://} URI or a local path.
     *
     * @return the source, or {@code null} for a dataset definition
     */
    public String source() {
        return source;
    }

    /**
     * The path in the container the input is copied to.
     *
     * @return the destination, or {@code null} for a dataset definition
     */
    public String destination() {
        return destination;
    }

    /**
     * The input's name.
     *
     * @return the name, or {@code null} until the processor names it {@code input-<n>}
     */
    public String inputName() {
        return inputName;
    }

    /**
     * The S3 data type.
     *
     * @return {@code S3Prefix} or {@code ManifestFile}
     */
    public String s3DataType() {
        return s3DataType;
    }

    /**
     * The S3 input mode.
     *
     * @return {@code File}, {@code Pipe} or {@code FastFile}
     */
    public String s3InputMode() {
        return s3InputMode;
    }

    /**
     * How the objects are distributed over the instances.
     *
     * @return {@code FullyReplicated} or {@code ShardedByS3Key}
     */
    public String s3DataDistributionType() {
        return s3DataDistributionType;
    }

    /**
     * The compression of the objects.
     *
     * @return {@code None} or {@code Gzip}
     */
    public String s3CompressionType() {
        return s3CompressionType;
    }

    /**
     * Whether the application, not SageMaker, manages the input.
     *
     * @return Python's {@code app_managed}
     */
    public boolean appManaged() {
        return appManaged;
    }

    /**
     * The dataset definition (Athena or Redshift).
     *
     * @return the definition, or {@code null}
     */
    public DatasetDefinition datasetDefinition() {
        return datasetDefinition;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessingInput && toRequest().equals(((ProcessingInput) o).toRequest())
                && Objects.equals(source, ((ProcessingInput) o).source);
    }

    @Override
    public int hashCode() {
        return toRequest().hashCode();
    }

    @Override
    public String toString() {
        return "ProcessingInput" + toRequest().toString().substring("ProcessingInput".length());
    }

    /** Builds a {@link ProcessingInput}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String source;
        private String destination;
        private String inputName;
        private String s3DataType = "S3Prefix";
        private String s3InputMode = "File";
        private String s3DataDistributionType = "FullyReplicated";
        private String s3CompressionType = "None";
        private boolean appManaged;
        private DatasetDefinition datasetDefinition;

        private Builder() {
        }

        /**
         * Sets {@code source} (default {@code None}): an {@code s3://} URI, or a local file or folder uploaded when
         * the job runs.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets {@code destination} (default {@code None}): the path in the container, which the service requires to
         * begin with {@code /opt/ml/processing/}.
         *
         * @param destination the container path
         * @return this builder
         */
        public Builder destination(String destination) {
            this.destination = destination;
            return this;
        }

        /**
         * Sets {@code input_name} (default {@code None}: {@code input-<n>} by position).
         *
         * @param inputName the name
         * @return this builder
         */
        public Builder inputName(String inputName) {
            this.inputName = inputName;
            return this;
        }

        /**
         * Sets {@code s3_data_type} (default {@code "S3Prefix"}).
         *
         * @param s3DataType {@code S3Prefix} or {@code ManifestFile}
         * @return this builder
         */
        public Builder s3DataType(String s3DataType) {
            this.s3DataType = oneOf("s3DataType", s3DataType, DATA_TYPES);
            return this;
        }

        /**
         * Sets {@code s3_input_mode} (default {@code "File"}).
         *
         * @param s3InputMode {@code File}, {@code Pipe} or {@code FastFile}
         * @return this builder
         */
        public Builder s3InputMode(String s3InputMode) {
            this.s3InputMode = oneOf("s3InputMode", s3InputMode, INPUT_MODES);
            return this;
        }

        /**
         * Sets {@code s3_data_distribution_type} (default {@code "FullyReplicated"}).
         *
         * @param s3DataDistributionType {@code FullyReplicated}, or {@code ShardedByS3Key}: each instance gets
         *                               its share of the objects
         * @return this builder
         */
        public Builder s3DataDistributionType(String s3DataDistributionType) {
            this.s3DataDistributionType = oneOf("s3DataDistributionType", s3DataDistributionType, DISTRIBUTIONS);
            return this;
        }

        /**
         * Sets {@code s3_compression_type} (default {@code "None"}).
         *
         * @param s3CompressionType {@code None}, or {@code Gzip} (Pipe mode only)
         * @return this builder
         */
        public Builder s3CompressionType(String s3CompressionType) {
            this.s3CompressionType = oneOf("s3CompressionType", s3CompressionType, COMPRESSIONS);
            return this;
        }

        /**
         * Sets {@code app_managed} (default {@code False}).
         *
         * @param appManaged whether the application manages the input
         * @return this builder
         */
        public Builder appManaged(boolean appManaged) {
            this.appManaged = appManaged;
            return this;
        }

        /**
         * Sets {@code dataset_definition} (default {@code None}): an Athena or Redshift query whose result is the
         * input. Sent to the service; the local backend refuses it.
         *
         * @param datasetDefinition the definition
         * @return this builder
         */
        public Builder datasetDefinition(DatasetDefinition datasetDefinition) {
            this.datasetDefinition = datasetDefinition;
            return this;
        }

        /**
         * Builds the input.
         *
         * @return the input
         * @throws ValidationException when neither source and destination nor a dataset definition is given
         */
        public ProcessingInput build() {
            return new ProcessingInput(this);
        }
    }

    static String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new ValidationException(field, value, "is not one of " + new java.util.TreeSet<>(allowed),
                    "use one of " + new java.util.TreeSet<>(allowed));
        }
        return value;
    }
}
