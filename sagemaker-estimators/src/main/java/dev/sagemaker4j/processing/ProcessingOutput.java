/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.ProcessingFeatureStoreOutput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3Output;

/**
 * One output of a processing job, as the Python SDK's {@code sagemaker.processing.ProcessingOutput}: what the
 * job's code writes under {@code source} in the container is uploaded to {@code destination} (an {@code s3://}
 * URI; when none is given, {@code s3://<default bucket>/[<default prefix>/]<job name>/output/<output name>}, as
 * Python does). Immutable; needs no closing.
 *
 * <pre>{@code
 * ProcessingOutput train = ProcessingOutput.builder().source("/opt/ml/processing/output/train").outputName("train")
 *         .build();
 * }</pre>
 */
public final class ProcessingOutput {
    private static final Set<String> UPLOAD_MODES = Set.of("EndOfJob", "Continuous");

    private final String source;
    private final String destination;
    private final String outputName;
    private final String s3UploadMode;
    private final boolean appManaged;
    private final String featureStoreOutput;

    private ProcessingOutput(Builder b) {
        if (b.source == null && b.featureStoreOutput == null) {
            throw new ValidationException("source", null, "is missing",
                    "give the container path the job writes the output to (under /opt/ml/processing/), or a"
                            + " featureStoreOutput");
        }
        this.source = b.source;
        this.destination = b.destination;
        this.outputName = b.outputName;
        this.s3UploadMode = b.s3UploadMode;
        this.appManaged = b.appManaged;
        this.featureStoreOutput = b.featureStoreOutput;
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
     * An output of {@code source} uploaded to {@code destination}, with Python's defaults otherwise.
     *
     * @param source      the container path, under {@code /opt/ml/processing/}
     * @param destination the {@code s3://} URI, or {@code null} for a generated one
     * @return the output
     */
    public static ProcessingOutput of(String source, String destination) {
        return builder().source(source).destination(destination).build();
    }

    /**
     * A builder holding this output's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().source(source).destination(destination).outputName(outputName)
                .s3UploadMode(s3UploadMode).appManaged(appManaged).featureStoreOutput(featureStoreOutput);
    }

    /**
     * The output as the service's {@code ProcessingOutput} of a CreateProcessingJob request, as Python's
     * {@code _to_request_dict}: {@code OutputName}, {@code AppManaged}, {@code S3Output} where a source is set,
     * {@code FeatureStoreOutput} where a feature group is.
     *
     * @return the request's output
     */
    public software.amazon.awssdk.services.sagemaker.model.ProcessingOutput toRequest() {
        software.amazon.awssdk.services.sagemaker.model.ProcessingOutput.Builder b =
                software.amazon.awssdk.services.sagemaker.model.ProcessingOutput.builder()
                        .outputName(outputName).appManaged(appManaged);
        if (source != null) {
            b.s3Output(ProcessingS3Output.builder().s3Uri(destination).localPath(source).s3UploadMode(s3UploadMode)
                    .build());
        }
        if (featureStoreOutput != null) {
            b.featureStoreOutput(ProcessingFeatureStoreOutput.builder().featureGroupName(featureStoreOutput).build());
        }
        return b.build();
    }

    /**
     * The output of a request or Describe response, as Python's {@code ProcessingJob.from_processing_name}
     * rebuilds it.
     *
     * @param output the service's output
     * @return the output
     */
    public static ProcessingOutput fromRequest(
            software.amazon.awssdk.services.sagemaker.model.ProcessingOutput output) {
        Builder b = builder().outputName(output.outputName()).appManaged(Boolean.TRUE.equals(output.appManaged()));
        if (output.featureStoreOutput() != null) {
            b.featureStoreOutput(output.featureStoreOutput().featureGroupName());
        }
        if (output.s3Output() != null) {
            b.source(output.s3Output().localPath()).destination(output.s3Output().s3Uri());
            if (output.s3Output().s3UploadModeAsString() != null) {
                b.s3UploadMode(output.s3Output().s3UploadModeAsString());
            }
        }
        return b.build();
    }

    /**
     * The container path the job writes the output to.
     *
     * @return the source, or {@code null} for a feature store output
     */
    public String source() {
        return source;
    }

    /**
     * Where the output is uploaded.
     *
     * @return the {@code s3://} URI, or {@code null} until the processor generates one
     */
    public String destination() {
        return destination;
    }

    /**
     * The output's name.
     *
     * @return the name, or {@code null} until the processor names it {@code output-<n>}
     */
    public String outputName() {
        return outputName;
    }

    /**
     * When the output is uploaded.
     *
     * @return {@code EndOfJob} or {@code Continuous}
     */
    public String s3UploadMode() {
        return s3UploadMode;
    }

    /**
     * Whether the application, not SageMaker, manages the output.
     *
     * @return Python's {@code app_managed}
     */
    public boolean appManaged() {
        return appManaged;
    }

    /**
     * The feature group the output is ingested into.
     *
     * @return the feature group's name, or {@code null}
     */
    public String featureStoreOutput() {
        return featureStoreOutput;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessingOutput && toRequest().equals(((ProcessingOutput) o).toRequest())
                && Objects.equals(destination, ((ProcessingOutput) o).destination);
    }

    @Override
    public int hashCode() {
        return toRequest().hashCode();
    }

    @Override
    public String toString() {
        return "ProcessingOutput" + toRequest().toString().substring("ProcessingOutput".length());
    }

    /** Builds a {@link ProcessingOutput}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String source;
        private String destination;
        private String outputName;
        private String s3UploadMode = "EndOfJob";
        private boolean appManaged;
        private String featureStoreOutput;

        private Builder() {
        }

        /**
         * Sets {@code source} (default {@code None}): the container path the job writes to, which the service
         * requires to begin with {@code /opt/ml/processing/}.
         *
         * @param source the container path
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets {@code destination} (default {@code None}: generated under the default bucket).
         *
         * @param destination an {@code s3://} URI
         * @return this builder
         */
        public Builder destination(String destination) {
            this.destination = destination;
            return this;
        }

        /**
         * Sets {@code output_name} (default {@code None}: {@code output-<n>} by position).
         *
         * @param outputName the name
         * @return this builder
         */
        public Builder outputName(String outputName) {
            this.outputName = outputName;
            return this;
        }

        /**
         * Sets {@code s3_upload_mode} (default {@code "EndOfJob"}). The local backend uploads {@code Continuous}
         * outputs at the end of the job too.
         *
         * @param s3UploadMode {@code EndOfJob} or {@code Continuous}
         * @return this builder
         * @throws ValidationException for another value
         */
        public Builder s3UploadMode(String s3UploadMode) {
            this.s3UploadMode = ProcessingInput.oneOf("s3UploadMode", s3UploadMode, UPLOAD_MODES);
            return this;
        }

        /**
         * Sets {@code app_managed} (default {@code False}).
         *
         * @param appManaged whether the application manages the output
         * @return this builder
         */
        public Builder appManaged(boolean appManaged) {
            this.appManaged = appManaged;
            return this;
        }

        /**
         * Sets {@code feature_store_output} (default {@code None}), Python's
         * {@code FeatureStoreOutput(feature_group_name=...)}: the feature group the output is ingested into.
         * Sent to the service; the local backend refuses it.
         *
         * @param featureGroupName the feature group's name
         * @return this builder
         */
        public Builder featureStoreOutput(String featureGroupName) {
            this.featureStoreOutput = featureGroupName;
            return this;
        }

        /**
         * Builds the output.
         *
         * @return the output
         * @throws ValidationException when neither a source nor a feature store output is given
         */
        public ProcessingOutput build() {
            return new ProcessingOutput(this);
        }
    }
}
