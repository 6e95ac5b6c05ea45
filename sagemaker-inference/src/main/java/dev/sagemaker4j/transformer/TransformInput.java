/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.BatchDataCaptureConfig;
import software.amazon.awssdk.services.sagemaker.model.ModelClientConfig;

/**
 * The input of a batch transform, as {@code sagemaker.inputs.TransformInput} (Python SDK v2.257.6): the
 * data's URI and how it is read, split, filtered and joined. Immutable; validated when built as
 * {@link Transformer.TransformOptions} validates the same values. Run it with
 * {@link Transformer#transform(TransformInput)}, or add the call's own keywords (job name, experiment,
 * waiting) with {@link #toTransformOptions()}:
 *
 * <pre>{@code
 * TransformInput in = TransformInput.builder().data("s3://bucket/batch/").contentType("text/csv")
 *         .splitType("Line").inputFilter("$[1:]").joinSource("Input").build();
 * transformer.transform(in);
 * transformer.transform(in.data(), in.toTransformOptions().jobName("scores-1").build());
 * }</pre>
 *
 * <p>It lives in the transformer's package (not {@code dev.sagemaker4j.inputs}, which is the estimators'
 * module) so that {@link Transformer} can take it. Not to be confused with the AWS SDK's
 * {@code software.amazon.awssdk.services.sagemaker.model.TransformInput}, the request shape it becomes.
 */
public final class TransformInput {
    private final String data;
    private final Transformer.TransformOptions options;

    private TransformInput(Builder b) {
        Transformer.checkData(b.data);
        this.data = b.data;
        this.options = Transformer.TransformOptions.builder().dataType(b.dataType).contentType(b.contentType)
                .compressionType(b.compressionType).splitType(b.splitType).inputFilter(b.inputFilter)
                .outputFilter(b.outputFilter).joinSource(b.joinSource).modelClientConfig(b.modelClientConfig)
                .batchDataCaptureConfig(b.batchDataCaptureConfig).build();
    }

    /**
     * A new builder with Python's defaults; {@code data} is required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this input.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().data(data).dataType(dataType()).contentType(contentType())
                .compressionType(compressionType()).splitType(splitType()).inputFilter(inputFilter())
                .outputFilter(outputFilter()).joinSource(joinSource()).modelClientConfig(modelClientConfig())
                .batchDataCaptureConfig(batchDataCaptureConfig());
    }

    /**
     * The keywords of {@link Transformer#transform(String, Transformer.TransformOptions)} this input stands
     * for (Python's defaults for the others: a generated job name, no experiment, waiting and logging), to
     * add the call's own.
     *
     * @return a builder holding this input's values
     */
    public Transformer.TransformOptions.Builder toTransformOptions() {
        return options.toBuilder();
    }

    /**
     * The input's URI ({@code data}).
     *
     * @return an {@code s3://} or {@code file:} URI
     */
    public String data() {
        return data;
    }

    /**
     * What the URI names ({@code data_type}).
     *
     * @return {@code S3Prefix}, {@code ManifestFile} or {@code AugmentedManifestFile}
     */
    public String dataType() {
        return options.dataType();
    }

    /**
     * The records' MIME type ({@code content_type}).
     *
     * @return the type, or {@code null}
     */
    public String contentType() {
        return options.contentType();
    }

    /**
     * The input's compression ({@code compression_type}).
     *
     * @return {@code None}, {@code Gzip} or {@code null}
     */
    public String compressionType() {
        return options.compressionType();
    }

    /**
     * The record delimiter ({@code split_type}).
     *
     * @return {@code None}, {@code Line}, {@code RecordIO}, {@code TFRecord} or {@code null}
     */
    public String splitType() {
        return options.splitType();
    }

    /**
     * The JSONPath selecting what of each record goes to the model ({@code input_filter}).
     *
     * @return the path, or {@code null}
     */
    public String inputFilter() {
        return options.inputFilter();
    }

    /**
     * The JSONPath selecting what of each (joined) output is written ({@code output_filter}).
     *
     * @return the path, or {@code null}
     */
    public String outputFilter() {
        return options.outputFilter();
    }

    /**
     * What is joined to each output ({@code join_source}).
     *
     * @return {@code Input}, {@code None} or {@code null}
     */
    public String joinSource() {
        return options.joinSource();
    }

    /**
     * The per-request timeout and retries ({@code model_client_config}).
     *
     * @return the configuration, or {@code null}
     */
    public ModelClientConfig modelClientConfig() {
        return options.modelClientConfig();
    }

    /**
     * Where the job's inputs and outputs are captured ({@code batch_data_capture_config}).
     *
     * @return the configuration, or {@code null}
     */
    public BatchDataCaptureConfig batchDataCaptureConfig() {
        return options.batchDataCaptureConfig();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TransformInput)) {
            return false;
        }
        TransformInput t = (TransformInput) o;
        return data.equals(t.data) && options.equals(t.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, options);
    }

    @Override
    public String toString() {
        return "TransformInput[data=" + data + ", dataType=" + dataType() + ", contentType=" + contentType()
                + ", compressionType=" + compressionType() + ", splitType=" + splitType() + ", inputFilter="
                + inputFilter() + ", outputFilter=" + outputFilter() + ", joinSource=" + joinSource()
                + ", modelClientConfig=" + modelClientConfig() + ", batchDataCaptureConfig="
                + batchDataCaptureConfig() + "]";
    }

    /** Builds a {@link TransformInput}; each method is a field of Python's {@code TransformInput}. */
    public static final class Builder {
        private String data;
        private String dataType = "S3Prefix";
        private String contentType;
        private String compressionType;
        private String splitType;
        private String inputFilter;
        private String outputFilter;
        private String joinSource;
        private ModelClientConfig modelClientConfig;
        private BatchDataCaptureConfig batchDataCaptureConfig;

        private Builder() {
        }

        /**
         * Sets the input's URI ({@code data}, required).
         *
         * @param data an {@code s3://} prefix, object or manifest, or a {@code file:} URI
         * @return this builder
         */
        public Builder data(String data) {
            this.data = data;
            return this;
        }

        /**
         * Sets what the URI names ({@code data_type}, default {@code "S3Prefix"}).
         *
         * @param dataType {@code S3Prefix}, {@code ManifestFile} or {@code AugmentedManifestFile}
         * @return this builder
         */
        public Builder dataType(String dataType) {
            this.dataType = dataType;
            return this;
        }

        /**
         * Sets the records' MIME type ({@code content_type}, default {@code None}).
         *
         * @param contentType e.g. {@code text/csv}
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * Sets the input's compression ({@code compression_type}, default {@code None}).
         *
         * @param compressionType {@code None} or {@code Gzip}
         * @return this builder
         */
        public Builder compressionType(String compressionType) {
            this.compressionType = compressionType;
            return this;
        }

        /**
         * Sets the record delimiter ({@code split_type}, default {@code None}: whole objects).
         *
         * @param splitType {@code None}, {@code Line}, {@code RecordIO} or {@code TFRecord}
         * @return this builder
         */
        public Builder splitType(String splitType) {
            this.splitType = splitType;
            return this;
        }

        /**
         * Sets the JSONPath selecting what of each record goes to the model ({@code input_filter}, default
         * {@code None}: the service's {@code $}).
         *
         * @param inputFilter a JSONPath of at most 63 characters, e.g. {@code $[1:]}
         * @return this builder
         */
        public Builder inputFilter(String inputFilter) {
            this.inputFilter = inputFilter;
            return this;
        }

        /**
         * Sets the JSONPath selecting what of each (joined) output is written ({@code output_filter},
         * default {@code None}: the service's {@code $}).
         *
         * @param outputFilter a JSONPath of at most 63 characters, e.g. {@code $[0,-1]}
         * @return this builder
         */
        public Builder outputFilter(String outputFilter) {
            this.outputFilter = outputFilter;
            return this;
        }

        /**
         * Sets what is joined to each output ({@code join_source}, default {@code None}).
         *
         * @param joinSource {@code Input} (the whole input record) or {@code None}
         * @return this builder
         */
        public Builder joinSource(String joinSource) {
            this.joinSource = joinSource;
            return this;
        }

        /**
         * Sets the per-request timeout and retries ({@code model_client_config}, default {@code None}).
         * Not enforced by the local backend.
         *
         * @param modelClientConfig InvocationsTimeoutInSeconds (1-3600), InvocationsMaxRetries (0-3)
         * @return this builder
         */
        public Builder modelClientConfig(ModelClientConfig modelClientConfig) {
            this.modelClientConfig = modelClientConfig;
            return this;
        }

        /**
         * Sets the model client configuration from its builder.
         *
         * @param modelClientConfig sets InvocationsTimeoutInSeconds and InvocationsMaxRetries
         * @return this builder
         */
        public Builder modelClientConfig(Consumer<ModelClientConfig.Builder> modelClientConfig) {
            ModelClientConfig.Builder b = ModelClientConfig.builder();
            modelClientConfig.accept(b);
            return modelClientConfig(b.build());
        }

        /**
         * Sets where the job's inputs and outputs are captured ({@code batch_data_capture_config}, default
         * {@code None}). Not enforced by the local backend.
         *
         * @param config DestinationS3Uri, KmsKeyId, GenerateInferenceId
         * @return this builder
         */
        public Builder batchDataCaptureConfig(BatchDataCaptureConfig config) {
            this.batchDataCaptureConfig = config;
            return this;
        }

        /**
         * Sets the batch data capture configuration from its builder.
         *
         * @param config sets DestinationS3Uri, KmsKeyId and GenerateInferenceId
         * @return this builder
         */
        public Builder batchDataCaptureConfig(Consumer<BatchDataCaptureConfig.Builder> config) {
            BatchDataCaptureConfig.Builder b = BatchDataCaptureConfig.builder();
            config.accept(b);
            return batchDataCaptureConfig(b.build());
        }

        /**
         * Builds the input.
         *
         * @return the input
         * @throws ValidationException when {@code data} is missing or a value is not what the service accepts
         */
        public TransformInput build() {
            return new TransformInput(this);
        }
    }
}
