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
import dev.sagemaker4j.processing.JavaProcessor;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.processing.ProcessingScript;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.testing.Datasets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Copies its input's files to its output: the data preparation step before training. */
    public static final class Prepare implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            try (var files = Files.list(env.input("raw"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, env.output("train").resolve(f.getFileName()));
                }
            }
        }
    }

    @Test
    void queryLineage_processingJobThatProducedTheTrainingData_exactAnswers() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = session.defaultBucket();
            String raw = Datasets.binaryClassification(300, 4, 7).upload(session, "lineage/raw");
            ProcessingJob prep = JavaProcessor.builder().entryPoint(Prepare.class)
                    .role("arn:aws:iam::111122223333:role/SageMakerRole").instanceType("local").session(session)
                    .build().run(r -> r.inputs(List.of(ProcessingInput.builder().source(raw)
                                    .destination("/opt/ml/processing/input/raw").inputName("raw").build()))
                            .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/train")
                                    .outputName("train").build()))
                            .jobName("prep-churn"));
            String prepared = prep.outputs().get(0).destination();
            assertThat(prepared).isEqualTo("s3://" + bucket + "/prep-churn/output/train");
            Estimator estimator = train(session, bucket, prepared, "p");
            estimator.deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName("churn-p"));
            LineageApi lineage = session.api(LineageApi.CAPABILITY);
            String processingTc = "arn:aws:sagemaker:" + session.region() + ":" + session.accountId()
                    + ":experiment-trial-component/prep-churn-aws-processing-job";

            // which processing job produced the training data of the model behind this endpoint?
            String endpointContext = lineage.listContexts(ListContextsRequest.builder().contextType("Endpoint")
                    .build()).contextSummaries().get(0).contextArn();
            QueryLineageResponse up = lineage.queryLineage(QueryLineageRequest.builder()
                    .startArns(endpointContext).direction("Ascendants")
                    .filters(f -> f.types("ProcessingJob")).build());
            assertThat(up.vertices()).extracting(Vertex::arn, Vertex::type, Vertex::lineageTypeAsString)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(processingTc, "ProcessingJob",
                            "TrialComponent"));
            // ... and from the model artifact, with the edges: its input ContributedTo it, it Produced the data
            ArtifactSummary model = lineage.listArtifacts(ListArtifactsRequest.builder()
                    .sourceUri(estimator.modelData()).build()).artifactSummaries().get(0);
            QueryLineageResponse fromModel = lineage.queryLineage(QueryLineageRequest.builder()
                    .startArns(model.artifactArn()).direction("Ascendants").includeEdges(true).build());
            ArtifactSummary rawSet = lineage.listArtifacts(ListArtifactsRequest.builder().sourceUri(raw).build())
                    .artifactSummaries().get(0);
            ArtifactSummary preparedSet = lineage.listArtifacts(ListArtifactsRequest.builder().sourceUri(prepared)
                    .build()).artifactSummaries().get(0);
            assertThat(preparedSet.artifactType()).isEqualTo("DataSet");
            assertThat(fromModel.edges()).extracting(Edge::sourceArn, Edge::destinationArn,
                    Edge::associationTypeAsString).contains(
                    org.assertj.core.groups.Tuple.tuple(rawSet.artifactArn(), processingTc, "ContributedTo"),
                    org.assertj.core.groups.Tuple.tuple(processingTc, preparedSet.artifactArn(), "Produced"));

            // the whole chain from the raw data: processing -> data set -> training -> model -> endpoint
            QueryLineageResponse chain = lineage.queryLineage(QueryLineageRequest.builder()
                    .startArns(rawSet.artifactArn()).direction("Descendants").build());
            assertThat(chain.vertices()).extracting(Vertex::type, Vertex::lineageTypeAsString)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ProcessingJob", "TrialComponent"),
                            org.assertj.core.groups.Tuple.tuple("DataSet", "Artifact"),
                            org.assertj.core.groups.Tuple.tuple("TrainingJob", "TrialComponent"),
                            org.assertj.core.groups.Tuple.tuple("Model", "Artifact"),
                            org.assertj.core.groups.Tuple.tuple("ModelDeployment", "Action"),
                            org.assertj.core.groups.Tuple.tuple("Endpoint", "Context"));
            assertThat(chain.vertices()).extracting(Vertex::arn).contains(processingTc, endpointContext);
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
