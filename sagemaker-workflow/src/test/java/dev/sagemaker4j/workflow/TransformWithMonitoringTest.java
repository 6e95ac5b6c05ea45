/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.DefaultModelMonitor;
import dev.sagemaker4j.transformer.MonitoringExecution;
import dev.sagemaker4j.transformer.Transformer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;

/**
 * Python's {@code Transformer.transform_with_monitoring} (issue 15's last parity row) from the public API: a pipeline
 * of a {@link MonitorBatchTransformStep}, found by the transformer (sagemaker-inference) through its
 * {@code TransformWithMonitoringProvider}, run on the local engine.
 */
class TransformWithMonitoringTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

    @TempDir
    Path tmp;

    /** Echoes each line: the transform's output is its input. */
    public static final class Echo implements InferenceHandler<String, String, String> {
        @Override
        public String modelFn(Path modelDir) {
            return "echo";
        }

        @Override
        public String inputFn(byte[] body, String contentType) {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String predictFn(String input, String model) {
            return input;
        }

        @Override
        public Output outputFn(String prediction, String accept) {
            return Output.of(prediction, "text/csv");
        }
    }

    static Map<String, PipelineExecutionStep> steps(MonitoringExecution execution) {
        return execution.listSteps().stream().collect(Collectors.toMap(PipelineExecutionStep::stepName, s -> s));
    }

    @Test
    void transformWithMonitoring_checkBeforeTransform_runsBothOrStopsAtTheViolation() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = "s3://" + session.defaultBucket();
            String train = session.uploadString(QualityCheckPipelineTest.table(1, 300, 0), bucket + "/twm/train.csv");
            String same = session.uploadString(QualityCheckPipelineTest.table(1, 300, 0), bucket + "/twm/in/a.csv");
            String shifted = session.uploadString(QualityCheckPipelineTest.table(3, 300, 4),
                    bucket + "/twm/shifted/a.csv");
            DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(ROLE).instanceType("local")
                    .session(session).build();
            monitor.suggestBaseline(train, DatasetFormat.csv(true));
            String statistics = monitor.baselineStatistics().fileS3Uri();
            String constraints = monitor.suggestedConstraints().fileS3Uri();

            String model = Model.builder().entryPoint(Echo.class).name("echo").session(session).build().create();
            Transformer transformer = Transformer.builder().modelName(model).instanceCount(1).instanceType("local")
                    .outputPath(bucket + "/twm/out").session(session).build();
            CheckJobConfig job = CheckJobConfig.builder().role(ROLE).instanceType("local").session(session).build();

            // Python: transformer.transform_with_monitoring(monitoring_config=config,
            //     monitoring_resource_config=job, data=data, content_type="text/csv", split_type="Line",
            //     monitor_before_transform=True, supplied_baseline_statistics=..., supplied_baseline_constraints=...,
            //     pipeline_name="twm")
            MonitoringExecution ok = transformer.transformWithMonitoring(DataQualityCheckConfig.builder()
                    .baselineDataset(same).datasetFormat(DatasetFormat.csv(true)).build(), job, same,
                    t -> t.contentType("text/csv").splitType("Line").monitorBeforeTransform(true)
                            .suppliedBaselineStatistics(statistics).suppliedBaselineConstraints(constraints)
                            .pipelineName("twm"));
            assertThat(ok.describe().pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
            Map<String, PipelineExecutionStep> ran = steps(ok);
            assertThat(ran.keySet()).containsExactlyInAnyOrder("MonitorBatchTransformStep-transform",
                    "MonitorBatchTransformStep-monitoring");
            assertThat(ran.get("MonitorBatchTransformStep-transform").startTime())
                    .isAfterOrEqualTo(ran.get("MonitorBatchTransformStep-monitoring").endTime());
            assertThat(ran.get("MonitorBatchTransformStep-monitoring").metadata().qualityCheck()
                    .baselineUsedForDriftCheckConstraints()).isEqualTo(constraints);
            String job0 = ran.get("MonitorBatchTransformStep-transform").metadata().transformJob().arn();
            assertThat(job0).contains("transform-job");

            // a shifted feature: the check fails before the transform, which does not run
            assertThatThrownBy(() -> transformer.transformWithMonitoring(DataQualityCheckConfig.builder()
                    .baselineDataset(shifted).datasetFormat(DatasetFormat.csv(true)).build(), job, shifted,
                    t -> t.contentType("text/csv").splitType("Line").monitorBeforeTransform(true)
                            .suppliedBaselineStatistics(statistics).suppliedBaselineConstraints(constraints)
                            .pipelineName("twm"))).isInstanceOf(UnexpectedStatusException.class)
                    .hasMessageContaining("baseline_drift_check");
        }
    }

    @Test
    void monitorBatchTransformStep_monitorBeforeTransformWithModelQuality_isRefusedAsPythonDoes() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            CheckJobConfig job = CheckJobConfig.builder().role(ROLE).instanceType("local").session(session).build();
            assertThatThrownBy(() -> new MonitorBatchTransformStep("M",
                    software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest.builder().build(),
                    ModelQualityCheckConfig.builder().baselineDataset("s3://b/d.csv")
                            .datasetFormat(DatasetFormat.csv(true)).problemType("Regression").build(), job,
                    o -> o.monitorBeforeTransform(true))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("monitorBeforeTransform");
        }
    }
}
