/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.testing.Datasets;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ArtifactSummary;
import software.amazon.awssdk.services.sagemaker.model.ContextSummary;
import software.amazon.awssdk.services.sagemaker.model.DescribeArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.Edge;
import software.amazon.awssdk.services.sagemaker.model.ListArtifactsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListContextsRequest;
import software.amazon.awssdk.services.sagemaker.model.QueryLineageRequest;
import software.amazon.awssdk.services.sagemaker.model.QueryLineageResponse;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemaker.model.Vertex;

/**
 * Lineage recorded automatically by the local backend for a real XGBoost training job, its model and endpoints,
 * asked both ways with QueryLineage (in process and through the AWS SDK's SageMakerClient at LocalApiServer).
 */
class LocalLineageTest {
    @TempDir
    Path tmp;

    @Test
    void queryLineage_trainingDataBehindEndpointAndEndpointsOfDataset_exactAnswers() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = session.defaultBucket();
            String churn = Datasets.binaryClassification(300, 4, 7).upload(session, "lineage/churn");
            String other = Datasets.binaryClassification(300, 4, 8).upload(session, "lineage/other");
            Estimator a = train(session, bucket, churn, "a");
            a.deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName("churn-a"));
            Estimator b = train(session, bucket, other, "b");
            b.deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName("other-b"));
            LineageApi lineage = session.api(LineageApi.CAPABILITY);

            ContextSummary endpoint = lineage.listContexts(ListContextsRequest.builder().contextType("Endpoint")
                    .sourceUri(session.api(HostingApi.CAPABILITY).describeEndpoint(DescribeEndpointRequest.builder()
                            .endpointName("churn-a").build()).endpointArn()).build()).contextSummaries().get(0);
            assertThat(endpoint.contextArn()).matches(
                    "arn:aws:sagemaker:" + session.region() + ":\\d+:context/churn-a-aws-endpoint");
            // Predictor.endpoint_context(): the same context, found from the endpoint's ARN
            assertThat(Predictor.builder("churn-a", session).build().endpointContext()).get()
                    .satisfies(c -> assertThat(c.contextArn()).isEqualTo(endpoint.contextArn()))
                    .satisfies(c -> assertThat(c.contextType()).isEqualTo("Endpoint"));

            // which training data produced the model behind this endpoint?
            QueryLineageResponse up = lineage.queryLineage(QueryLineageRequest.builder()
                    .startArns(endpoint.contextArn()).direction("Ascendants").includeEdges(true)
                    .filters(f -> f.types("DataSet")).build());
            assertThat(up.vertices()).extracting(Vertex::lineageTypeAsString).containsExactly("Artifact");
            assertThat(up.vertices()).extracting(v -> lineage.describeArtifact(
                    DescribeArtifactRequest.builder().artifactArn(v.arn()).build())
                    .source().sourceUri()).containsExactly(churn);
            assertThat(up.edges()).extracting(Edge::associationTypeAsString)
                    .contains("ContributedTo", "Produced", "AssociatedWith");

            // which endpoints serve a model trained on this data set?
            ArtifactSummary dataset = lineage.listArtifacts(ListArtifactsRequest.builder().sourceUri(churn).build())
                    .artifactSummaries().get(0);
            assertThat(dataset.artifactType()).isEqualTo("DataSet");
            QueryLineageResponse down = lineage.queryLineage(QueryLineageRequest.builder()
                    .startArns(dataset.artifactArn()).direction("Descendants")
                    .filters(f -> f.types("Endpoint").lineageTypesWithStrings("Context")).build());
            assertThat(down.vertices()).extracting(Vertex::arn).containsExactly(endpoint.contextArn());
            assertThat(down.edges()).isEmpty();

            // the whole chain, in SageMaker's shape
            QueryLineageResponse chain = lineage.queryLineage(QueryLineageRequest.builder()
                    .startArns(dataset.artifactArn()).direction("Descendants").build());
            assertThat(chain.vertices()).extracting(Vertex::type, Vertex::lineageTypeAsString)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("TrainingJob", "TrialComponent"),
                            org.assertj.core.groups.Tuple.tuple("Model", "Artifact"),
                            org.assertj.core.groups.Tuple.tuple("ModelDeployment", "Action"),
                            org.assertj.core.groups.Tuple.tuple("Endpoint", "Context"));
            assertThat(lineage.queryLineage(QueryLineageRequest.builder().startArns(dataset.artifactArn())
                    .direction("Descendants").maxDepth(1).build()).vertices()).extracting(Vertex::type).containsExactly("TrainingJob");

            assertThatThrownBy(() -> lineage.queryLineage(QueryLineageRequest.builder()
                    .startArns(endpoint.contextArn() + "-nope").build()))
                    .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("StartArns");

            try (EndpointServer api = LocalApiServer.start(session, 0);
                 SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                         .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url()))
                         .build()) {
                QueryLineageResponse wire = sm.queryLineage(q -> q.startArns(dataset.artifactArn())
                        .direction("Descendants").filters(f -> f.types("Endpoint")));
                assertThat(wire.vertices()).extracting(Vertex::arn).containsExactly(endpoint.contextArn());
                assertThatThrownBy(() -> sm.queryLineage(q -> q.startArns(dataset.artifactArn() + "0")))
                        .isInstanceOf(SageMakerException.class);
            }
        }
        // a new JVM (session) on the same root sees the recorded lineage
        try (Session again = Session.local(tmp.resolve("root"))) {
            assertThat(again.api(LineageApi.CAPABILITY).listContexts(ListContextsRequest.builder()
                    .contextType("Endpoint").build())
                    .contextSummaries()).extracting(ContextSummary::contextName)
                    .containsExactlyInAnyOrder("churn-a-aws-endpoint", "other-b-aws-endpoint");
        }
    }

    private static Estimator train(Session session, String bucket, String data, String tag) {
        Estimator e = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + bucket + "/lineage/out-" + tag)
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 5)).build();
        e.fit(Map.of("train", TrainingInput.builder().s3Data(data).contentType("text/csv").build()));
        return e;
    }
}
