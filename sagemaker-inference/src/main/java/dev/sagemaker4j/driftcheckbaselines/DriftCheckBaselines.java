/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.driftcheckbaselines;

import dev.sagemaker4j.modelmetrics.FileSource;
import dev.sagemaker4j.modelmetrics.MetricsSource;
import java.util.Arrays;
import software.amazon.awssdk.services.sagemaker.model.DriftCheckBias;
import software.amazon.awssdk.services.sagemaker.model.DriftCheckExplainability;
import software.amazon.awssdk.services.sagemaker.model.DriftCheckModelDataQuality;
import software.amazon.awssdk.services.sagemaker.model.DriftCheckModelQuality;

/**
 * The baselines a registered model version is checked against, as Python's
 * {@code sagemaker.drift_check_baselines.DriftCheckBaselines}: model quality, data quality, bias and explainability
 * baselines. Pass it to {@code Model.register(r -> r.driftCheckBaselines(baselines))}; a pipeline's
 * {@code QualityCheckStep} finds the latest approved version's baselines of its check type here. Immutable.
 *
 * <pre>{@code
 * // Python: DriftCheckBaselines(model_data_statistics=MetricsSource("application/json", stats_uri),
 * //                             model_data_constraints=MetricsSource("application/json", constraints_uri))
 * DriftCheckBaselines baselines = DriftCheckBaselines.builder()
 *         .modelDataStatistics(MetricsSource.of("application/json", statsUri))
 *         .modelDataConstraints(MetricsSource.of("application/json", constraintsUri)).build();
 * }</pre>
 */
public final class DriftCheckBaselines {
    private final MetricsSource modelStatistics;
    private final MetricsSource modelConstraints;
    private final MetricsSource modelDataStatistics;
    private final MetricsSource modelDataConstraints;
    private final FileSource biasConfigFile;
    private final MetricsSource biasPreTrainingConstraints;
    private final MetricsSource biasPostTrainingConstraints;
    private final MetricsSource explainabilityConstraints;
    private final FileSource explainabilityConfigFile;

    private DriftCheckBaselines(Builder b) {
        this.modelStatistics = b.modelStatistics;
        this.modelConstraints = b.modelConstraints;
        this.modelDataStatistics = b.modelDataStatistics;
        this.modelDataConstraints = b.modelDataConstraints;
        this.biasConfigFile = b.biasConfigFile;
        this.biasPreTrainingConstraints = b.biasPreTrainingConstraints;
        this.biasPostTrainingConstraints = b.biasPostTrainingConstraints;
        this.explainabilityConstraints = b.explainabilityConstraints;
        this.explainabilityConfigFile = b.explainabilityConfigFile;
    }

    /**
     * A builder with Python's defaults (every keyword {@code None}).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this object's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.modelStatistics = modelStatistics;
        b.modelConstraints = modelConstraints;
        b.modelDataStatistics = modelDataStatistics;
        b.modelDataConstraints = modelDataConstraints;
        b.biasConfigFile = biasConfigFile;
        b.biasPreTrainingConstraints = biasPreTrainingConstraints;
        b.biasPostTrainingConstraints = biasPostTrainingConstraints;
        b.explainabilityConstraints = explainabilityConstraints;
        b.explainabilityConfigFile = explainabilityConfigFile;
        return b;
    }

    /**
     * Python's {@code model_statistics}: the model quality statistics (ModelQuality.Statistics).
     *
     * @return the source, or null
     */
    public MetricsSource modelStatistics() {
        return modelStatistics;
    }

    /**
     * Python's {@code model_constraints}: the model quality constraints (ModelQuality.Constraints).
     *
     * @return the source, or null
     */
    public MetricsSource modelConstraints() {
        return modelConstraints;
    }

    /**
     * Python's {@code model_data_statistics}: the data quality statistics (ModelDataQuality.Statistics).
     *
     * @return the source, or null
     */
    public MetricsSource modelDataStatistics() {
        return modelDataStatistics;
    }

    /**
     * Python's {@code model_data_constraints}: the data quality constraints (ModelDataQuality.Constraints).
     *
     * @return the source, or null
     */
    public MetricsSource modelDataConstraints() {
        return modelDataConstraints;
    }

    /**
     * Python's {@code bias_config_file}: the bias analysis configuration (Bias.ConfigFile).
     *
     * @return the source, or null
     */
    public FileSource biasConfigFile() {
        return biasConfigFile;
    }

    /**
     * Python's {@code bias_pre_training_constraints}: the pre-training bias constraints (Bias.PreTrainingConstraints).
     *
     * @return the source, or null
     */
    public MetricsSource biasPreTrainingConstraints() {
        return biasPreTrainingConstraints;
    }

    /**
     * Python's {@code bias_post_training_constraints}: the post-training bias constraints (Bias.PostTrainingConstraints).
     *
     * @return the source, or null
     */
    public MetricsSource biasPostTrainingConstraints() {
        return biasPostTrainingConstraints;
    }

    /**
     * Python's {@code explainability_constraints}: the explainability constraints (Explainability.Constraints).
     *
     * @return the source, or null
     */
    public MetricsSource explainabilityConstraints() {
        return explainabilityConstraints;
    }

    /**
     * Python's {@code explainability_config_file}: the explainability analysis configuration (Explainability.ConfigFile).
     *
     * @return the source, or null
     */
    public FileSource explainabilityConfigFile() {
        return explainabilityConfigFile;
    }

    /**
     * The service's shape, as Python's {@code _to_request_dict()}: each of {@code ModelQuality},
     * {@code ModelDataQuality}, {@code Bias} and {@code Explainability} only when one of its sources is set.
     *
     * @return the AWS SDK {@code DriftCheckBaselines}
     */
    public software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines toRequest() {
        software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines.Builder b =
                software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines.builder();
        if (modelStatistics != null || modelConstraints != null) {
            b.modelQuality(DriftCheckModelQuality.builder().statistics(request(modelStatistics))
                    .constraints(request(modelConstraints)).build());
        }
        if (modelDataStatistics != null || modelDataConstraints != null) {
            b.modelDataQuality(DriftCheckModelDataQuality.builder().statistics(request(modelDataStatistics))
                    .constraints(request(modelDataConstraints)).build());
        }
        if (biasConfigFile != null || biasPreTrainingConstraints != null || biasPostTrainingConstraints != null) {
            b.bias(DriftCheckBias.builder().configFile(request(biasConfigFile))
                    .preTrainingConstraints(request(biasPreTrainingConstraints))
                    .postTrainingConstraints(request(biasPostTrainingConstraints)).build());
        }
        if (explainabilityConstraints != null || explainabilityConfigFile != null) {
            b.explainability(DriftCheckExplainability.builder().constraints(request(explainabilityConstraints))
                    .configFile(request(explainabilityConfigFile)).build());
        }
        return b.build();
    }

    /**
     * The Python object of a stored shape (what DescribeModelPackage returns), the inverse of {@link #toRequest()}.
     *
     * @param baselines the AWS SDK shape, or null
     * @return the object, or null for null
     */
    public static DriftCheckBaselines fromRequest(
            software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines baselines) {
        if (baselines == null) {
            return null;
        }
        Builder b = builder();
        if (baselines.modelQuality() != null) {
            b.modelStatistics(from(baselines.modelQuality().statistics()))
                    .modelConstraints(from(baselines.modelQuality().constraints()));
        }
        if (baselines.modelDataQuality() != null) {
            b.modelDataStatistics(from(baselines.modelDataQuality().statistics()))
                    .modelDataConstraints(from(baselines.modelDataQuality().constraints()));
        }
        if (baselines.bias() != null) {
            b.biasConfigFile(from(baselines.bias().configFile()))
                    .biasPreTrainingConstraints(from(baselines.bias().preTrainingConstraints()))
                    .biasPostTrainingConstraints(from(baselines.bias().postTrainingConstraints()));
        }
        if (baselines.explainability() != null) {
            b.explainabilityConstraints(from(baselines.explainability().constraints()))
                    .explainabilityConfigFile(from(baselines.explainability().configFile()));
        }
        return b.build();
    }

    private static software.amazon.awssdk.services.sagemaker.model.MetricsSource request(MetricsSource source) {
        return source == null ? null : source.toRequest();
    }

    private static software.amazon.awssdk.services.sagemaker.model.FileSource request(FileSource source) {
        return source == null ? null : source.toRequest();
    }

    private static MetricsSource from(software.amazon.awssdk.services.sagemaker.model.MetricsSource source) {
        return source == null ? null : MetricsSource.builder().contentType(source.contentType())
                .s3Uri(source.s3Uri()).contentDigest(source.contentDigest()).build();
    }

    private static FileSource from(software.amazon.awssdk.services.sagemaker.model.FileSource source) {
        return source == null ? null : FileSource.builder().s3Uri(source.s3Uri())
                .contentDigest(source.contentDigest()).contentType(source.contentType()).build();
    }


    private Object[] values() {
        return new Object[] {modelStatistics, modelConstraints, modelDataStatistics, modelDataConstraints, biasConfigFile, biasPreTrainingConstraints, biasPostTrainingConstraints, explainabilityConstraints, explainabilityConfigFile};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriftCheckBaselines other && Arrays.equals(values(), other.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return "DriftCheckBaselines" + Arrays.toString(values());
    }

    /** Builds {@link DriftCheckBaselines}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private MetricsSource modelStatistics;
        private MetricsSource modelConstraints;
        private MetricsSource modelDataStatistics;
        private MetricsSource modelDataConstraints;
        private FileSource biasConfigFile;
        private MetricsSource biasPreTrainingConstraints;
        private MetricsSource biasPostTrainingConstraints;
        private MetricsSource explainabilityConstraints;
        private FileSource explainabilityConfigFile;

        private Builder() {
        }

        /**
         * Sets {@code model_statistics} (default {@code None}): the model quality statistics (ModelQuality.Statistics).
         *
         * @param modelStatistics the source
         * @return this builder
         */
        public Builder modelStatistics(MetricsSource modelStatistics) {
            this.modelStatistics = modelStatistics;
            return this;
        }

        /**
         * Sets {@code model_constraints} (default {@code None}): the model quality constraints (ModelQuality.Constraints).
         *
         * @param modelConstraints the source
         * @return this builder
         */
        public Builder modelConstraints(MetricsSource modelConstraints) {
            this.modelConstraints = modelConstraints;
            return this;
        }

        /**
         * Sets {@code model_data_statistics} (default {@code None}): the data quality statistics (ModelDataQuality.Statistics).
         *
         * @param modelDataStatistics the source
         * @return this builder
         */
        public Builder modelDataStatistics(MetricsSource modelDataStatistics) {
            this.modelDataStatistics = modelDataStatistics;
            return this;
        }

        /**
         * Sets {@code model_data_constraints} (default {@code None}): the data quality constraints (ModelDataQuality.Constraints).
         *
         * @param modelDataConstraints the source
         * @return this builder
         */
        public Builder modelDataConstraints(MetricsSource modelDataConstraints) {
            this.modelDataConstraints = modelDataConstraints;
            return this;
        }

        /**
         * Sets {@code bias_config_file} (default {@code None}): the bias analysis configuration (Bias.ConfigFile).
         *
         * @param biasConfigFile the source
         * @return this builder
         */
        public Builder biasConfigFile(FileSource biasConfigFile) {
            this.biasConfigFile = biasConfigFile;
            return this;
        }

        /**
         * Sets {@code bias_pre_training_constraints} (default {@code None}): the pre-training bias constraints (Bias.PreTrainingConstraints).
         *
         * @param biasPreTrainingConstraints the source
         * @return this builder
         */
        public Builder biasPreTrainingConstraints(MetricsSource biasPreTrainingConstraints) {
            this.biasPreTrainingConstraints = biasPreTrainingConstraints;
            return this;
        }

        /**
         * Sets {@code bias_post_training_constraints} (default {@code None}): the post-training bias constraints (Bias.PostTrainingConstraints).
         *
         * @param biasPostTrainingConstraints the source
         * @return this builder
         */
        public Builder biasPostTrainingConstraints(MetricsSource biasPostTrainingConstraints) {
            this.biasPostTrainingConstraints = biasPostTrainingConstraints;
            return this;
        }

        /**
         * Sets {@code explainability_constraints} (default {@code None}): the explainability constraints (Explainability.Constraints).
         *
         * @param explainabilityConstraints the source
         * @return this builder
         */
        public Builder explainabilityConstraints(MetricsSource explainabilityConstraints) {
            this.explainabilityConstraints = explainabilityConstraints;
            return this;
        }

        /**
         * Sets {@code explainability_config_file} (default {@code None}): the explainability analysis configuration (Explainability.ConfigFile).
         *
         * @param explainabilityConfigFile the source
         * @return this builder
         */
        public Builder explainabilityConfigFile(FileSource explainabilityConfigFile) {
            this.explainabilityConfigFile = explainabilityConfigFile;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         */
        public DriftCheckBaselines build() {
            return new DriftCheckBaselines(this);
        }
    }
}
