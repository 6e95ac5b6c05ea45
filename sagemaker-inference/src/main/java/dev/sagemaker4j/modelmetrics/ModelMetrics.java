/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.modelmetrics;

import java.util.Arrays;
import software.amazon.awssdk.services.sagemaker.model.Bias;
import software.amazon.awssdk.services.sagemaker.model.Explainability;
import software.amazon.awssdk.services.sagemaker.model.ModelDataQuality;
import software.amazon.awssdk.services.sagemaker.model.ModelQuality;

/**
 * The reports of a registered model version, as Python's {@code sagemaker.model_metrics.ModelMetrics}: model quality,
 * data quality, bias and explainability reports, each a {@link MetricsSource}. Pass it to
 * {@code Model.register(r -> r.modelMetrics(metrics))}; a Model Monitor baseline's files become sources with
 * {@code statistics.metricsSource()} / {@code constraints.metricsSource()} (sagemaker-monitor). Immutable.
 *
 * <pre>{@code
 * // Python: ModelMetrics(model_data_statistics=MetricsSource("application/json", stats_uri),
 * //                      model_data_constraints=MetricsSource("application/json", constraints_uri))
 * ModelMetrics metrics = ModelMetrics.builder()
 *         .modelDataStatistics(MetricsSource.of("application/json", statsUri))
 *         .modelDataConstraints(MetricsSource.of("application/json", constraintsUri)).build();
 * }</pre>
 */
public final class ModelMetrics {
    private final MetricsSource modelStatistics;
    private final MetricsSource modelConstraints;
    private final MetricsSource modelDataStatistics;
    private final MetricsSource modelDataConstraints;
    private final MetricsSource bias;
    private final MetricsSource explainability;
    private final MetricsSource biasPreTraining;
    private final MetricsSource biasPostTraining;

    private ModelMetrics(Builder b) {
        this.modelStatistics = b.modelStatistics;
        this.modelConstraints = b.modelConstraints;
        this.modelDataStatistics = b.modelDataStatistics;
        this.modelDataConstraints = b.modelDataConstraints;
        this.bias = b.bias;
        this.explainability = b.explainability;
        this.biasPreTraining = b.biasPreTraining;
        this.biasPostTraining = b.biasPostTraining;
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
        b.bias = bias;
        b.explainability = explainability;
        b.biasPreTraining = biasPreTraining;
        b.biasPostTraining = biasPostTraining;
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
     * Python's {@code bias}: the bias report (Bias.Report).
     *
     * @return the source, or null
     */
    public MetricsSource bias() {
        return bias;
    }

    /**
     * Python's {@code explainability}: the explainability report (Explainability.Report).
     *
     * @return the source, or null
     */
    public MetricsSource explainability() {
        return explainability;
    }

    /**
     * Python's {@code bias_pre_training}: the pre-training bias report (Bias.PreTrainingReport).
     *
     * @return the source, or null
     */
    public MetricsSource biasPreTraining() {
        return biasPreTraining;
    }

    /**
     * Python's {@code bias_post_training}: the post-training bias report (Bias.PostTrainingReport).
     *
     * @return the source, or null
     */
    public MetricsSource biasPostTraining() {
        return biasPostTraining;
    }

    /**
     * The service's shape, as Python's {@code _to_request_dict()}: {@code ModelQuality} and {@code ModelDataQuality}
     * when one of their sources is set; {@code Bias} and {@code Explainability} always (empty when unset), as
     * Python sends them.
     *
     * @return the AWS SDK {@code ModelMetrics}
     */
    public software.amazon.awssdk.services.sagemaker.model.ModelMetrics toRequest() {
        software.amazon.awssdk.services.sagemaker.model.ModelMetrics.Builder b =
                software.amazon.awssdk.services.sagemaker.model.ModelMetrics.builder();
        if (modelStatistics != null || modelConstraints != null) {
            b.modelQuality(ModelQuality.builder().statistics(request(modelStatistics))
                    .constraints(request(modelConstraints)).build());
        }
        if (modelDataStatistics != null || modelDataConstraints != null) {
            b.modelDataQuality(ModelDataQuality.builder().statistics(request(modelDataStatistics))
                    .constraints(request(modelDataConstraints)).build());
        }
        b.bias(Bias.builder().report(request(bias)).preTrainingReport(request(biasPreTraining))
                .postTrainingReport(request(biasPostTraining)).build());
        b.explainability(Explainability.builder().report(request(explainability)).build());
        return b.build();
    }

    /**
     * The Python object of a stored shape (what DescribeModelPackage returns), the inverse of {@link #toRequest()}.
     *
     * @param metrics the AWS SDK shape, or null
     * @return the object, or null for null
     */
    public static ModelMetrics fromRequest(software.amazon.awssdk.services.sagemaker.model.ModelMetrics metrics) {
        if (metrics == null) {
            return null;
        }
        Builder b = builder();
        if (metrics.modelQuality() != null) {
            b.modelStatistics(from(metrics.modelQuality().statistics()))
                    .modelConstraints(from(metrics.modelQuality().constraints()));
        }
        if (metrics.modelDataQuality() != null) {
            b.modelDataStatistics(from(metrics.modelDataQuality().statistics()))
                    .modelDataConstraints(from(metrics.modelDataQuality().constraints()));
        }
        if (metrics.bias() != null) {
            b.bias(from(metrics.bias().report())).biasPreTraining(from(metrics.bias().preTrainingReport()))
                    .biasPostTraining(from(metrics.bias().postTrainingReport()));
        }
        if (metrics.explainability() != null) {
            b.explainability(from(metrics.explainability().report()));
        }
        return b.build();
    }

    private static software.amazon.awssdk.services.sagemaker.model.MetricsSource request(MetricsSource source) {
        return source == null ? null : source.toRequest();
    }

    private static MetricsSource from(software.amazon.awssdk.services.sagemaker.model.MetricsSource source) {
        return source == null ? null : MetricsSource.builder().contentType(source.contentType())
                .s3Uri(source.s3Uri()).contentDigest(source.contentDigest()).build();
    }


    private Object[] values() {
        return new Object[] {modelStatistics, modelConstraints, modelDataStatistics, modelDataConstraints, bias, explainability, biasPreTraining, biasPostTraining};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelMetrics other && Arrays.equals(values(), other.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return "ModelMetrics" + Arrays.toString(values());
    }

    /** Builds {@link ModelMetrics}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private MetricsSource modelStatistics;
        private MetricsSource modelConstraints;
        private MetricsSource modelDataStatistics;
        private MetricsSource modelDataConstraints;
        private MetricsSource bias;
        private MetricsSource explainability;
        private MetricsSource biasPreTraining;
        private MetricsSource biasPostTraining;

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
         * Sets {@code bias} (default {@code None}): the bias report (Bias.Report).
         *
         * @param bias the source
         * @return this builder
         */
        public Builder bias(MetricsSource bias) {
            this.bias = bias;
            return this;
        }

        /**
         * Sets {@code explainability} (default {@code None}): the explainability report (Explainability.Report).
         *
         * @param explainability the source
         * @return this builder
         */
        public Builder explainability(MetricsSource explainability) {
            this.explainability = explainability;
            return this;
        }

        /**
         * Sets {@code bias_pre_training} (default {@code None}): the pre-training bias report (Bias.PreTrainingReport).
         *
         * @param biasPreTraining the source
         * @return this builder
         */
        public Builder biasPreTraining(MetricsSource biasPreTraining) {
            this.biasPreTraining = biasPreTraining;
            return this;
        }

        /**
         * Sets {@code bias_post_training} (default {@code None}): the post-training bias report (Bias.PostTrainingReport).
         *
         * @param biasPostTraining the source
         * @return this builder
         */
        public Builder biasPostTraining(MetricsSource biasPostTraining) {
            this.biasPostTraining = biasPostTraining;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         */
        public ModelMetrics build() {
            return new ModelMetrics(this);
        }
    }
}
