/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.model.ModelPackage;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.testing.Datasets;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ActionSummary;
import software.amazon.awssdk.services.sagemaker.model.ArtifactSummary;
import software.amazon.awssdk.services.sagemaker.model.ContextSummary;
import software.amazon.awssdk.services.sagemaker.model.DescribeActionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeActionResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.ListActionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListArtifactsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListContextsRequest;
import software.amazon.awssdk.services.sagemaker.model.QueryLineageRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.Vertex;

/**
 * Lineage of the model registry, recorded as SageMaker records it: the group's ModelGroup context, an artifact
 * per version (SourceUri: its ARN) fed by the model data and image artifacts the training job produced and used,
 * and an Approval action that follows the approval status; "which data produced the approved version" and
 * "which endpoints serve it" have exact answers.
 */
class ModelPackageLineageTest {
    @TempDir
    Path tmp;

    @Test
    void queryLineage_registeredApprovedAndDeployedVersions_exactAnswers() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = session.defaultBucket();
            String churn = Datasets.binaryClassification(300, 4, 7).upload(session, "pkg/churn");
            String other = Datasets.binaryClassification(300, 4, 8).upload(session, "pkg/other");
            ModelPackage v1 = register(train(session, bucket, churn, "a"));
            ModelPackage v2 = register(train(session, bucket, other, "b"));
            LineageApi lineage = session.api(LineageApi.CAPABILITY);
            ModelPackagesApi registry = session.api(ModelPackagesApi.CAPABILITY);
            String groupArn = registry.describeModelPackageGroup(DescribeModelPackageGroupRequest.builder()
                    .modelPackageGroupName("churn").build()).modelPackageGroupArn();

            // the group's context, one artifact per version, one pending Approval action per version
            List<ContextSummary> groups = lineage.listContexts(ListContextsRequest.builder().sourceUri(groupArn)
                    .build()).contextSummaries();
            assertThat(groups).extracting(ContextSummary::contextType).containsExactly("ModelGroup");
            assertThat(groups.get(0).contextName()).matches("churn-[0-9a-f]{8}-ModelGroup");
            ArtifactSummary pkg1 = lineage.listArtifacts(ListArtifactsRequest.builder()
                    .sourceUri(v1.modelPackageArn()).build()).artifactSummaries().get(0);
            ActionSummary approval1 = lineage.listActions(ListActionsRequest.builder()
                    .sourceUri(v1.modelPackageArn()).build()).actionSummaries().get(0);
            assertThat(approval1.actionType()).isEqualTo("Approval");
            assertThat(approval1.actionName()).matches("churn-1-[0-9a-f]{8}-aws-model-package");
            assertThat(approval1.statusAsString()).isEqualTo("InProgress");

            // approving version 2 is recorded on its Approval action
            registry.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(v2.modelPackageArn())
                    .modelApprovalStatus("Approved").build());
            ActionSummary approval2 = lineage.listActions(ListActionsRequest.builder()
                    .sourceUri(v2.modelPackageArn()).build()).actionSummaries().get(0);
            DescribeActionResponse approved = lineage.describeAction(DescribeActionRequest.builder()
                    .actionName(approval2.actionName()).build());
            assertThat(approved.statusAsString()).isEqualTo("Completed");
            assertThat(approved.properties()).containsEntry("ModelApprovalStatus", "Approved");
            assertThat(approved.source().sourceUri()).isEqualTo(v2.modelPackageArn());

            // which data produced the approved version? (Python: ModelPackageApprovalAction.datasets())
            List<Vertex> data = lineage.queryLineage(QueryLineageRequest.builder().startArns(approval2.actionArn())
                    .direction("Ascendants").filters(f -> f.types("DataSet").lineageTypesWithStrings("Artifact"))
                    .build()).vertices();
            assertThat(data).extracting(v -> lineage.describeArtifact(DescribeArtifactRequest.builder()
                    .artifactArn(v.arn()).build()).source().sourceUri()).containsExactly(other);
            // and the chain behind version 1, in SageMaker's shape
            assertThat(lineage.queryLineage(QueryLineageRequest.builder().startArns(pkg1.artifactArn())
                    .direction("Ascendants").build()).vertices())
                    .extracting(Vertex::type, Vertex::lineageTypeAsString)
                    .containsExactlyInAnyOrder(tuple("Model", "Artifact"), tuple("Image", "Artifact"),
                            tuple("TrainingJob", "TrialComponent"), tuple("DataSet", "Artifact"));
            // which versions of which groups came from this data set?
            String dataset = lineage.listArtifacts(ListArtifactsRequest.builder().sourceUri(churn).build())
                    .artifactSummaries().get(0).artifactArn();
            assertThat(lineage.queryLineage(QueryLineageRequest.builder().startArns(dataset)
                    .direction("Descendants").filters(f -> f.types("ModelGroup", "Approval")).build()).vertices())
                    .extracting(Vertex::arn).containsExactlyInAnyOrder(groups.get(0).contextArn(),
                            approval1.actionArn());

            // deployed from the package: the approval action leads to the endpoint (Python: endpoints())
            String endpointName = ModelPackage.builder().modelPackageArn(v2.modelPackageArn()).session(session)
                    .build().deploy(1, "local").endpointName();
            String endpointArn = session.api(HostingApi.CAPABILITY).describeEndpoint(DescribeEndpointRequest
                    .builder().endpointName(endpointName).build()).endpointArn();
            String endpointContext = lineage.listContexts(ListContextsRequest.builder().sourceUri(endpointArn)
                    .build()).contextSummaries().get(0).contextArn();
            assertThat(lineage.queryLineage(QueryLineageRequest.builder().startArns(approval2.actionArn())
                    .direction("Descendants").filters(f -> f.types("Endpoint")).build()).vertices())
                    .extracting(Vertex::arn).containsExactly(endpointContext);
            // version 1 was not deployed
            assertThat(lineage.queryLineage(QueryLineageRequest.builder().startArns(approval1.actionArn())
                    .direction("Descendants").filters(f -> f.types("Endpoint")).build()).vertices()).isEmpty();

            // the same through LocalApiServer: the AWS SDK approves, finds the Approval action and updates it
            try (EndpointServer api = LocalApiServer.start(session, 0);
                 SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                         .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url()))
                         .build()) {
                sm.updateModelPackage(u -> u.modelPackageArn(v1.modelPackageArn()).modelApprovalStatus("Rejected"));
                ActionSummary rejected = sm.listActions(l -> l.sourceUri(v1.modelPackageArn())).actionSummaries()
                        .get(0);
                assertThat(sm.describeAction(d -> d.actionName(rejected.actionArn())).properties())
                        .containsEntry("ModelApprovalStatus", "Rejected");
                sm.updateAction(u -> u.actionName(rejected.actionName()).description("AUC below 0.9")
                        .properties(Map.of("reviewer", "ml-platform")));
                assertThat(lineage.describeAction(DescribeActionRequest.builder().actionName(rejected.actionName())
                        .build())).satisfies(a -> assertThat(a.description()).isEqualTo("AUC below 0.9"))
                        .satisfies(a -> assertThat(a.properties()).containsEntry("reviewer", "ml-platform")
                                .containsEntry("ModelApprovalStatus", "Rejected"));
                assertThat(sm.queryLineage(q -> q.startArns(rejected.actionArn()).direction("Ascendants")
                        .filters(f -> f.types("DataSet"))).vertices()).extracting(v -> lineage.describeArtifact(
                                DescribeArtifactRequest.builder().artifactArn(v.arn()).build()).source().sourceUri())
                        .containsExactly(churn);
            }
        }
    }

    private static ModelPackage register(Estimator e) {
        return e.register(r -> r.modelPackageGroupName("churn").contentTypes(List.of("text/csv"))
                .responseTypes(List.of("text/csv")).inferenceInstances(List.of("local"))
                .transformInstances(List.of("local")));
    }

    private static Estimator train(Session session, String bucket, String data, String tag) {
        Estimator e = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + bucket + "/pkg/out-" + tag)
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 5)).build();
        e.fit(Map.of("train", TrainingInput.builder().s3Data(data).contentType("text/csv").build()));
        return e;
    }
}
