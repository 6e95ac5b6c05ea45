/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.spi.AuditApi;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;

/** The audit trail of a real local workflow: train, deploy, predict, delete. */
class AuditTrailTest {
    @TempDir
    Path root;

    @Test
    void fitDeployPredictDelete_recordsEachStateChangeInOrder_andNoPayload() throws Exception {
        try (Session session = Session.local(root)) {
            Dataset data = Datasets.binaryClassification(300, 4, 7);
            String uri = data.upload(session, "audit/train");
            Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceType("local").session(session)
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 5)).build();
            xgb.fit(Map.of("train", TrainingInput.builder().s3Data(uri).contentType("text/csv").build()));
            Predictor<?> predictor = xgb.deploy(1, "local");
            predictor.predict("0.123456789,0.987654321,0.555,0.444");
            session.runtimeApi().invokeEndpoint(InvokeEndpointRequest.builder().endpointName(predictor.endpointName())
                    .contentType("text/csv").body(SdkBytes.fromUtf8String("0.31415926535,0.1,0.2,0.3")).build());
            predictor.deleteModel();
            predictor.deleteEndpoint();

            List<AuditApi.Event> newestFirst = new ArrayList<>(session.auditTrail().lookupEvents().events());
            java.util.Collections.reverse(newestFirst);

            assertThat(newestFirst).extracting(AuditApi.Event::eventName).containsExactly("CreateTrainingJob",
                    "CreateModel", "CreateEndpointConfig", "CreateEndpoint", "DeleteModel", "DeleteEndpoint",
                    "DeleteEndpointConfig");
            assertThat(newestFirst).allSatisfy(e -> {
                assertThat(e.succeeded()).isTrue();
                assertThat(e.identityType()).isEqualTo("LocalUser");
            });
            String job = xgb.latestTrainingJob().name();
            AuditApi.Event created = newestFirst.get(0);
            assertThat(created.resourceArn()).isEqualTo(session.api(dev.sagemaker4j.spi.TrainingJobsApi.CAPABILITY)
                    .describeTrainingJob(DescribeTrainingJobRequest.builder().trainingJobName(job).build()).trainingJobArn());
            assertThat(created.resourceName()).isEqualTo(job);
            assertThat(created.requestParameters()).contains("\"num_round\":\"5\"");
            // the model, endpoint config and endpoint share the name: by name all six match, by ARN only the endpoint
            assertThat(session.auditTrail().lookupEvents(l -> l.resourceName(predictor.endpointName())).events())
                    .hasSize(6);
            String endpointArn = newestFirst.get(3).resourceArn();
            assertThat(endpointArn).endsWith(":endpoint/" + predictor.endpointName().toLowerCase(java.util.Locale.ROOT));
            assertThat(session.auditTrail().lookupEvents(l -> l.resourceName(endpointArn)).events())
                    .extracting(AuditApi.Event::eventName).containsExactly("DeleteEndpoint", "CreateEndpoint");
            String log = Files.readString(root.resolve("audit/trail.jsonl"));
            assertThat(log).doesNotContain("0.123456789").doesNotContain("0.31415926535");
            assertThat(session.auditTrail().verify().valid()).isTrue();
        }
    }
}
