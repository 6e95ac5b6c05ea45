/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.predictor.Predictor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ResourceNotFoundException.Builder;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobStatus;

/**
 * A user's own unit tests can stub the SDK with Mockito instead of running it: the SDK's classes (final ones
 * included: Mockito 5's inline mock maker, no flags on Java 17) and the AWS SDK v2 clients a {@code sagemaker}
 * session is built on. The code under test here is a user's, not the SDK's.
 */
class MockingTest {

    /** A user's class: scores a customer through an endpoint and turns the answer into a decision. */
    static final class ChurnAlert {
        private final Predictor<List<List<String>>> predictor;

        ChurnAlert(Predictor<List<List<String>>> predictor) {
            this.predictor = predictor;
        }

        boolean shouldCall(double[] customer) {
            List<List<String>> answer = predictor.predict(new double[][] {customer});
            return Double.parseDouble(answer.get(0).get(0)) > 0.8;
        }
    }

    /** A user's class that only reads the session's settings. */
    static String reportLocation(Session session, String name) {
        return "s3://" + session.defaultBucket() + "/reports/" + name + ".csv";
    }

    @Test
    @SuppressWarnings("unchecked")
    void predictor_stubbedWithCannedPredictions_drivesTheUsersCode() {
        Predictor<List<List<String>>> predictor = mock(Predictor.class);
        when(predictor.predict(any())).thenReturn(List.of(List.of("0.93")), List.of(List.of("0.12")));

        ChurnAlert alert = new ChurnAlert(predictor);

        assertThat(alert.shouldCall(new double[] {1, 2})).isTrue();
        assertThat(alert.shouldCall(new double[] {3, 4})).isFalse();
        verify(predictor).predict(argThat(rows -> rows instanceof double[][] d && d[0][0] == 3.0));
    }

    @Test
    void session_aFinalClass_isStubbedLikeAnyOther() {
        Session session = mock(Session.class);
        when(session.defaultBucket()).thenReturn("sagemaker-us-east-1-000000000000");

        assertThat(reportLocation(session, "weekly")).isEqualTo("s3://sagemaker-us-east-1-000000000000/reports/weekly.csv");
    }

    @Test
    void sagemakerSession_overAStubbedClient_answersDescribeTrainingJob_toEstimatorAttach() {
        SageMakerClient client = mock(SageMakerClient.class);
        when(client.describeTrainingJob(any(DescribeTrainingJobRequest.class))).thenReturn(
                DescribeTrainingJobResponse.builder().trainingJobName("churn-2026-12-05").trainingJobStatus(
                                TrainingJobStatus.COMPLETED)
                        .algorithmSpecification(a -> a.trainingImage(
                                "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                                .trainingInputMode("File"))
                        .roleArn("arn:aws:iam::000000000000:role/SageMakerRole")
                        .resourceConfig(r -> r.instanceCount(1).instanceType("ml.m5.xlarge").volumeSizeInGB(30))
                        .outputDataConfig(o -> o.s3OutputPath("s3://bucket/churn/"))
                        .hyperParameters(Map.of("max_depth", "5", "num_round", "100"))
                        .stoppingCondition(s -> s.maxRuntimeInSeconds(3600)).build());

        try (Session session = Session.builder().backend("sagemaker").region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .sageMakerClient(client).build()) {
            Estimator estimator = Estimator.attach("churn-2026-12-05", session);

            assertThat(estimator.hyperparameters()).containsEntry("max_depth", "5").containsEntry("num_round", "100");
            assertThat(estimator.trainingImageUri()).endsWith("sagemaker-xgboost:1.7-1");
            verify(client).describeTrainingJob(argThat((DescribeTrainingJobRequest r) ->
                    r.trainingJobName().equals("churn-2026-12-05")));
        }
    }

    @Test
    void sagemakerSession_overAStubbedClient_turnsTheServicesErrorIntoTheSdksException() {
        SageMakerClient client = mock(SageMakerClient.class);
        Builder notFound = software.amazon.awssdk.services.sagemaker.model.ResourceNotFoundException.builder();
        when(client.describeTrainingJob(any(DescribeTrainingJobRequest.class))).thenThrow(notFound
                .message("Requested resource not found.").statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFound")
                        .errorMessage("Requested resource not found.").build()).build());

        try (Session session = Session.builder().backend("sagemaker").region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .sageMakerClient(client).build()) {
            assertThatThrownBy(() -> Estimator.attach("no-such-job", session))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }
}
