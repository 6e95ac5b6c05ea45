/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;

/**
 * A transform step with a monitoring step, as Python's {@code
 * sagemaker.workflow.monitor_batch_transform_step.MonitorBatchTransformStep(name, transform_step_args,
 * monitor_configuration, check_job_configuration, monitor_before_transform=False, fail_on_violation=True,
 * supplied_baseline_statistics=None, supplied_baseline_constraints=None, display_name=None, description=None)}: a
 * step collection of {@code <name>-transform} (a {@link TransformStep}) and {@code <name>-monitoring} (a
 * {@link QualityCheckStep} with {@code skip_check=False}); the check runs after the transform, or before it with
 * {@code monitorBeforeTransform} (a data quality check only). Add its {@link #steps()} to a pipeline.
 */
public final class MonitorBatchTransformStep {
    private final TransformStep transformStep;
    private final QualityCheckStep monitoringStep;

    /**
     * The step collection.
     *
     * @param name                    Python's {@code name}
     * @param transformStepArgs       the transform request ({@code transformer.transformJobRequest(...)})
     * @param monitorConfiguration    the check's configuration
     * @param checkJobConfiguration   the check job's configuration
     * @param options                 monitorBeforeTransform, failOnViolation, suppliedBaselineStatistics,
     *                                suppliedBaselineConstraints, displayName, description
     * @throws ValidationException for {@code monitorBeforeTransform} with a model quality check, as Python
     */
    public MonitorBatchTransformStep(String name, CreateTransformJobRequest transformStepArgs,
            QualityCheckConfig monitorConfiguration, CheckJobConfig checkJobConfiguration,
            Consumer<Options.Builder> options) {
        Objects.requireNonNull(name, "name");
        Options.Builder b = new Options.Builder();
        options.accept(b);
        Options o = b;
        if (o.monitorBeforeTransform && !(monitorConfiguration instanceof DataQualityCheckConfig)) {
            throw new ValidationException("monitorBeforeTransform", true, "only takes effect when the "
                    + "monitor_configuration is one of [DataQualityCheckConfig, ModelExplainabilityCheckConfig]",
                    "leave it false for a model quality check");
        }
        String display = o.displayName;
        String description = o.description;
        this.transformStep = new TransformStep(name + "-transform", transformStepArgs, s -> {
            if (display != null) {
                s.displayName(display + "-transform");
            }
            s.description(description);
        });
        this.monitoringStep = new QualityCheckStep(name + "-monitoring", monitorConfiguration,
                checkJobConfiguration, c -> {
                    if (display != null) {
                        c.displayName(display + "-monitoring");
                    }
                    c.description(description).skipCheck(false).failOnViolation(o.failOnViolation);
                    if (o.suppliedBaselineStatistics != null) {
                        c.suppliedBaselineStatistics(o.suppliedBaselineStatistics);
                    }
                    if (o.suppliedBaselineConstraints != null) {
                        c.suppliedBaselineConstraints(o.suppliedBaselineConstraints);
                    }
                });
        if (o.monitorBeforeTransform) {
            transformStep.addDependsOn(monitoringStep.name());
        } else {
            monitoringStep.addDependsOn(transformStep.name());
        }
    }

    /**
     * The steps of the collection, in Python's order.
     *
     * @return the transform step and the monitoring step
     */
    public List<Step> steps() {
        return List.of(transformStep, monitoringStep);
    }

    /**
     * The transform step ({@code <name>-transform}).
     *
     * @return the step
     */
    public TransformStep transformStep() {
        return transformStep;
    }

    /**
     * The monitoring step ({@code <name>-monitoring}).
     *
     * @return the step
     */
    public QualityCheckStep monitoringStep() {
        return monitoringStep;
    }

    /** The keywords after the configurations, with Python's defaults. */
    public static class Options {
        boolean monitorBeforeTransform;
        boolean failOnViolation = true;
        String suppliedBaselineStatistics;
        String suppliedBaselineConstraints;
        String displayName;
        String description;

        Options() {
        }

        /** Sets the keywords by name. */
        public static final class Builder extends Options {
            Builder() {
            }

            /**
             * Sets {@code monitor_before_transform} (default {@code False}).
             *
             * @param monitorBeforeTransform whether the check runs before the transform
             * @return this builder
             */
            public Builder monitorBeforeTransform(boolean monitorBeforeTransform) {
                this.monitorBeforeTransform = monitorBeforeTransform;
                return this;
            }

            /**
             * Sets {@code fail_on_violation} (default {@code True}).
             *
             * @param failOnViolation whether a violation fails the check step
             * @return this builder
             */
            public Builder failOnViolation(boolean failOnViolation) {
                this.failOnViolation = failOnViolation;
                return this;
            }

            /**
             * Sets {@code supplied_baseline_statistics} (default {@code None}).
             *
             * @param suppliedBaselineStatistics the S3 URI
             * @return this builder
             */
            public Builder suppliedBaselineStatistics(String suppliedBaselineStatistics) {
                this.suppliedBaselineStatistics = suppliedBaselineStatistics;
                return this;
            }

            /**
             * Sets {@code supplied_baseline_constraints} (default {@code None}).
             *
             * @param suppliedBaselineConstraints the S3 URI
             * @return this builder
             */
            public Builder suppliedBaselineConstraints(String suppliedBaselineConstraints) {
                this.suppliedBaselineConstraints = suppliedBaselineConstraints;
                return this;
            }

            /**
             * Sets {@code display_name} (default {@code None}).
             *
             * @param displayName the display name
             * @return this builder
             */
            public Builder displayName(String displayName) {
                this.displayName = displayName;
                return this;
            }

            /**
             * Sets {@code description} (default {@code None}).
             *
             * @param description the description
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }
        }
    }
}
