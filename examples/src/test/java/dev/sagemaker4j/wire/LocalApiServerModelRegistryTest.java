/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

/**
 * The local model registry served by LocalApiServer to the AWS SDK for Java v2's own {@code SageMakerClient}: groups
 * and versions created over the wire, listed with a filter, one approved, and the approval seen by the session that
 * serves them; bad requests come back as the service's errors.
 */
class LocalApiServerModelRegistryTest {
    @TempDir
    Path tmp;

    @Test
    void sageMakerClient_listsPackagesAndApprovesOne() {
        try (Session serverSide = Session.local(tmp.resolve("server"));
             EndpointServer api = LocalApiServer.start(serverSide, 0);
             SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                     .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url()))
                     .build()) {
            assertThat(LocalApiServer.operations(serverSide)).contains("CreateModelPackageGroup",
                    "ListModelPackages", "UpdateModelPackage", "DescribeModelPackage");
            sm.createModelPackageGroup(g -> g.modelPackageGroupName("churn").modelPackageGroupDescription("churn"));
            for (int i = 0; i < 3; i++) {
                String data = "s3://b/churn/" + i + "/model.tar.gz";
                sm.createModelPackage(p -> p.modelPackageGroupName("churn").modelApprovalStatus("PendingManualApproval")
                        .inferenceSpecification(s -> s.containers(ModelPackageContainerDefinition.builder()
                                .image("my-image:1")
                                .modelDataUrl(data).build())
                                .supportedContentTypes("text/csv").supportedResponseMIMETypes("text/csv")));
            }

            List<ModelPackageSummary> listed = sm.listModelPackages(l -> l.modelPackageGroupName("churn")
                    .sortBy("CreationTime").sortOrder("Ascending")).modelPackageSummaryList();
            assertThat(listed).extracting(ModelPackageSummary::modelPackageVersion).containsExactly(1, 2, 3);
            assertThat(listed).allSatisfy(s -> assertThat(s.modelApprovalStatusAsString())
                    .isEqualTo("PendingManualApproval"));
            String second = listed.get(1).modelPackageArn();
            assertThat(second).matches("arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/churn/2");

            sm.updateModelPackage(u -> u.modelPackageArn(second).modelApprovalStatus("Approved")
                    .approvalDescription("passed the evaluation"));

            assertThat(sm.listModelPackages(l -> l.modelPackageGroupName("churn").modelApprovalStatus("Approved"))
                    .modelPackageSummaryList().stream().map(ModelPackageSummary::modelPackageArn)
                    .collect(Collectors.toList())).containsExactly(second);
            DescribeModelPackageResponse seen = serverSide.api(ModelPackagesApi.CAPABILITY).describeModelPackage(
                    DescribeModelPackageRequest.builder().modelPackageName(second).build());
            assertThat(seen.modelApprovalStatusAsString()).isEqualTo("Approved");
            assertThat(seen.approvalDescription()).isEqualTo("passed the evaluation");
            assertThat(seen.inferenceSpecification().containers().get(0).modelDataUrl())
                    .isEqualTo("s3://b/churn/1/model.tar.gz");
            assertThat(sm.listModelPackageGroups(l -> l.nameContains("chu")).modelPackageGroupSummaryList())
                    .extracting(g -> g.modelPackageGroupArn()).singleElement().asString()
                    .endsWith(":model-package-group/churn");

            assertThatThrownBy(() -> sm.createModelPackage(p -> p.modelPackageGroupName("nogroup")
                    .inferenceSpecification(s -> s.containers(ModelPackageContainerDefinition.builder()
                            .image("i").modelDataUrl("s3://b/m.tar.gz").build()))))
                    .isInstanceOfSatisfying(SageMakerException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.getMessage()).contains("CreateModelPackageGroup");
                    });
            assertThatThrownBy(() -> sm.updateModelPackage(u -> u.modelPackageArn(second)
                    .modelApprovalStatus("PendingManualApproval"))).isInstanceOfSatisfying(SageMakerException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(400));
            assertThatThrownBy(() -> sm.describeModelPackage(d -> d.modelPackageName(second.replace("/2", "/7"))))
                    .isInstanceOfSatisfying(SageMakerException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
        }
    }
}
