/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * A property of a step, read when the pipeline runs, as in the Python SDK's
 * {@code sagemaker.workflow.properties.Properties}: a path into the step's Describe response, written
 * {@code {"Get": "Steps.<step>.<path>"}}. The step classes return typed subclasses whose methods follow the
 * response's members ({@code train.properties().modelArtifacts().s3ModelArtifacts()}); {@link #get(String)},
 * {@link #at(int)} and {@link #at(String)} reach any other member.
 */
public class Properties implements PipelineVariable {

    private final String path;

    Properties(String path) {
        this.path = path;
    }

    /**
     * The path after {@code Steps.}.
     *
     * @return e.g. {@code Train.ModelArtifacts.S3ModelArtifacts}
     */
    public String path() {
        return path;
    }

    /**
     * A member of this property.
     *
     * @param member the member's name as in the Describe response, e.g. {@code TrainingJobStatus}
     * @return the member
     */
    public Properties get(String member) {
        return new Properties(path + "." + member);
    }

    /**
     * An element of this list property.
     *
     * @param index the index
     * @return the element: {@code path[index]}
     */
    public Properties at(int index) {
        return new Properties(path + "[" + index + "]");
    }

    /**
     * An element of this list property by its name, or the value of a map property.
     *
     * @param key the name or key
     * @return the element: {@code path['key']}
     */
    public Properties at(String key) {
        return new Properties(path + "['" + key + "']");
    }

    @Override
    public Map<String, Object> expr() {
        return Map.of("Get", "Steps." + path);
    }

    @Override
    public String toString() {
        return "Steps." + path;
    }

    /** The properties of a training step: DescribeTrainingJob's response. */
    public static final class TrainingJob extends Properties {
        TrainingJob(String path) {
            super(path);
        }

        /**
         * {@code TrainingJobName}.
         *
         * @return the property
         */
        public Properties trainingJobName() {
            return get("TrainingJobName");
        }

        /**
         * {@code TrainingJobArn}.
         *
         * @return the property
         */
        public Properties trainingJobArn() {
            return get("TrainingJobArn");
        }

        /**
         * {@code ModelArtifacts}.
         *
         * @return the property
         */
        public ModelArtifacts modelArtifacts() {
            return new ModelArtifacts(path() + ".ModelArtifacts");
        }

        /**
         * {@code FinalMetricDataList['name']}.
         *
         * @param metricName the metric's name
         * @return the metric; its {@code Value} with {@code .get("Value")}
         */
        public Properties finalMetricDataList(String metricName) {
            return get("FinalMetricDataList").at(metricName);
        }
    }

    /** {@code ModelArtifacts} of DescribeTrainingJob's response. */
    public static final class ModelArtifacts extends Properties {
        ModelArtifacts(String path) {
            super(path);
        }

        /**
         * {@code S3ModelArtifacts}.
         *
         * @return the property
         */
        public Properties s3ModelArtifacts() {
            return get("S3ModelArtifacts");
        }
    }

    /** The properties of a processing step: DescribeProcessingJob's response. */
    public static final class ProcessingJob extends Properties {
        ProcessingJob(String path) {
            super(path);
        }

        /**
         * {@code ProcessingJobName}.
         *
         * @return the property
         */
        public Properties processingJobName() {
            return get("ProcessingJobName");
        }

        /**
         * {@code ProcessingJobArn}.
         *
         * @return the property
         */
        public Properties processingJobArn() {
            return get("ProcessingJobArn");
        }

        /**
         * {@code ProcessingOutputConfig}.
         *
         * @return the property
         */
        public ProcessingOutputConfig processingOutputConfig() {
            return new ProcessingOutputConfig(path() + ".ProcessingOutputConfig");
        }
    }

    /** {@code ProcessingOutputConfig} of DescribeProcessingJob's response. */
    public static final class ProcessingOutputConfig extends Properties {
        ProcessingOutputConfig(String path) {
            super(path);
        }

        /**
         * {@code Outputs['name']}.
         *
         * @param outputName the output's name
         * @return the output
         */
        public ProcessingOutput outputs(String outputName) {
            return new ProcessingOutput(path() + ".Outputs['" + outputName + "']");
        }

        /**
         * {@code Outputs[index]}.
         *
         * @param index the output's index
         * @return the output
         */
        public ProcessingOutput outputs(int index) {
            return new ProcessingOutput(path() + ".Outputs[" + index + "]");
        }
    }

    /** One of {@code ProcessingOutputConfig.Outputs}. */
    public static final class ProcessingOutput extends Properties {
        ProcessingOutput(String path) {
            super(path);
        }

        /**
         * {@code S3Output}.
         *
         * @return the property
         */
        public S3Output s3Output() {
            return new S3Output(path() + ".S3Output");
        }
    }

    /** {@code S3Output} of a processing output. */
    public static final class S3Output extends Properties {
        S3Output(String path) {
            super(path);
        }

        /**
         * {@code S3Uri}.
         *
         * @return the property
         */
        public Properties s3Uri() {
            return get("S3Uri");
        }
    }

    /** The properties of a transform step: DescribeTransformJob's response. */
    public static final class TransformJob extends Properties {
        TransformJob(String path) {
            super(path);
        }

        /**
         * {@code TransformJobName}.
         *
         * @return the property
         */
        public Properties transformJobName() {
            return get("TransformJobName");
        }

        /**
         * {@code TransformOutput.S3OutputPath}.
         *
         * @return the property
         */
        public Properties transformOutputS3OutputPath() {
            return get("TransformOutput").get("S3OutputPath");
        }
    }

    /** The properties of a tuning step: DescribeHyperParameterTuningJob's response. */
    public static final class TuningJob extends Properties {
        TuningJob(String path) {
            super(path);
        }

        /**
         * {@code HyperParameterTuningJobName}.
         *
         * @return the property
         */
        public Properties hyperParameterTuningJobName() {
            return get("HyperParameterTuningJobName");
        }

        /**
         * {@code BestTrainingJob.TrainingJobName}.
         *
         * @return the property
         */
        public Properties bestTrainingJobName() {
            return get("BestTrainingJob").get("TrainingJobName");
        }

        /**
         * {@code TrainingJobSummaries[index]}, the tuning job's training jobs, best first (Python's
         * {@code TuningStep.get_top_model_s3_uri} reads them).
         *
         * @param index the rank
         * @return the summary
         */
        public Properties trainingJobSummaries(int index) {
            return get("TrainingJobSummaries").at(index);
        }
    }

    /** The properties of a model step: DescribeModel's or DescribeModelPackage's response. */
    public static final class Model extends Properties {
        Model(String path) {
            super(path);
        }

        /**
         * {@code ModelName} (a create-model step).
         *
         * @return the property
         */
        public Properties modelName() {
            return get("ModelName");
        }

        /**
         * {@code ModelPackageArn} (a register step).
         *
         * @return the property
         */
        public Properties modelPackageArn() {
            return get("ModelPackageArn");
        }
    }
}
