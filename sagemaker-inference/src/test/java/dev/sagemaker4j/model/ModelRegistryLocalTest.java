/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.testsupport.hosting.TestModels;
import dev.sagemaker4j.transformer.Transformer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import ml.dmlc.xgboost4j.java.Booster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.InferenceSpecification;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackageGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricsSource;
import software.amazon.awssdk.services.sagemaker.model.ModelMetrics;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageRequest;

/**
 * The local model registry through the public API: version numbers under concurrent registration, the approval
 * flow, ListModelPackages' filters, sorting and paging, crash atomicity and persistence across sessions, and
 * register → approve → deploy → predict (and transform) with a real XGBoost model.
 */
class ModelRegistryLocalTest {
    static final String XGBOOST = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

    @TempDir
    Path tmp;

    static InferenceSpecification spec(String data) {
        return InferenceSpecification.builder().containers(ModelPackageContainerDefinition.builder().image(XGBOOST)
                .modelDataUrl(data).build()).supportedContentTypes("text/csv").supportedResponseMIMETypes("text/csv")
                .build();
    }

    static String register(ModelPackagesApi api, String group) {
        return api.createModelPackage(CreateModelPackageRequest.builder().modelPackageGroupName(group)
                .inferenceSpecification(spec("s3://b/" + group + "/model.tar.gz")).build()).modelPackageArn();
    }

    static void group(ModelPackagesApi api, String group) {
        api.createModelPackageGroup(CreateModelPackageGroupRequest.builder().modelPackageGroupName(group)
                .modelPackageGroupDescription("the " + group).build());
    }

    static List<String> arns(ListModelPackagesResponse r) {
        return r.modelPackageSummaryList().stream().map(ModelPackageSummary::modelPackageArn)
                .collect(Collectors.toList());
    }

    @Test
    void createModelPackage_concurrentRegistrations_numberEachVersionOnce() throws Exception {
        try (Session session = Session.local(tmp)) {
            ModelPackagesApi api = session.api(ModelPackagesApi.CAPABILITY);
            group(api, "churn");
            int threads = 8;
            int each = 12;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(register(api, "churn"));
                    }
                    return mine;
                };
                futures.add(pool.submit(work));
            }
            start.countDown();
            Set<String> all = new HashSet<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get());
            }
            pool.shutdown();

            assertThat(all).hasSize(threads * each);
            Set<Integer> versions = all.stream().map(a -> Integer.parseInt(a.substring(a.lastIndexOf('/') + 1)))
                    .collect(Collectors.toSet());
            assertThat(versions).hasSize(threads * each).allMatch(v -> v >= 1 && v <= threads * each);
            assertThat(all).allMatch(a -> a.matches("arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/churn/\\d+"));
            assertThat(api.describeModelPackageGroup(DescribeModelPackageGroupRequest.builder()
                    .modelPackageGroupName("churn").build()).modelPackageGroupArn())
                    .matches("arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package-group/churn");
        }
    }

    @Test
    void createModelPackage_twoSessionsOnOneRoot_neverPublishTheSameVersionTwice() throws Exception {
        // two registries that share no lock: only the hard-link publish keeps their numbers apart
        try (Session a = Session.local(tmp); Session b = Session.local(tmp)) {
            group(a.api(ModelPackagesApi.CAPABILITY), "shared");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ModelPackagesApi api = (i % 2 == 0 ? a : b).api(ModelPackagesApi.CAPABILITY);
                futures.add(pool.submit(() -> register(api, "shared")));
            }
            Set<String> arns = new HashSet<>();
            for (Future<String> f : futures) {
                arns.add(f.get());
            }
            pool.shutdown();
            assertThat(arns).hasSize(40);
            assertThat(a.api(ModelPackagesApi.CAPABILITY).listModelPackages(ListModelPackagesRequest.builder()
                    .modelPackageGroupName("shared").maxResults(100).build()).modelPackageSummaryList())
                    .extracting(ModelPackageSummary::modelPackageVersion).doesNotHaveDuplicates().hasSize(40)
                    .allMatch(v -> v >= 1 && v <= 40);
        }
    }

    @Test
    void updateModelPackage_approvalFlow_followsTheServicesTransitions() {
        try (Session session = Session.local(tmp)) {
            ModelPackagesApi api = session.api(ModelPackagesApi.CAPABILITY);
            group(api, "churn");
            ModelMetrics metrics = ModelMetrics.builder().modelQuality(q -> q.statistics(MetricsSource.builder()
                    .contentType("application/json").s3Uri("s3://b/eval/statistics.json").build())).build();
            String arn = api.createModelPackage(CreateModelPackageRequest.builder().modelPackageGroupName("churn")
                    .inferenceSpecification(spec("s3://b/model.tar.gz")).modelMetrics(metrics)
                    .customerMetadataProperties(Map.of("team", "risk", "owner", "ana"))
                    .modelPackageDescription("first").build()).modelPackageArn();

            DescribeModelPackageResponse done = session.waitForModelPackage(arn, Duration.ofSeconds(30),
                    w -> w.poll(Duration.ofMillis(50)));
            assertThat(done.modelPackageStatusAsString()).isEqualTo("Completed");
            assertThat(done.modelPackageStatusDetails().validationStatuses()).singleElement()
                    .satisfies(s -> assertThat(s.statusAsString()).isEqualTo("Completed"));
            assertThat(done.modelApprovalStatusAsString()).isEqualTo("PendingManualApproval");
            assertThat(done.modelPackageVersion()).isEqualTo(1);
            assertThat(done.modelPackageGroupName()).isEqualTo("churn");
            assertThat(done.modelMetrics()).isEqualTo(metrics);
            assertThat(done.inferenceSpecification()).isEqualTo(spec("s3://b/model.tar.gz"));
            assertThat(done.creationTime()).isNotNull();

            api.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(arn)
                    .modelApprovalStatus("Approved")
                    .approvalDescription("AUC 0.93").customerMetadataProperties(Map.of("stage", "prod"))
                    .customerMetadataPropertiesToRemove("owner").build());
            DescribeModelPackageResponse approved = api.describeModelPackage(DescribeModelPackageRequest.builder()
                    .modelPackageName(arn).build());
            assertThat(approved.modelApprovalStatusAsString()).isEqualTo("Approved");
            assertThat(approved.approvalDescription()).isEqualTo("AUC 0.93");
            assertThat(approved.customerMetadataProperties()).containsOnly(Map.entry("team", "risk"),
                    Map.entry("stage", "prod"));
            assertThat(approved.lastModifiedTime()).isAfterOrEqualTo(done.lastModifiedTime());

            api.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(arn)
                    .modelApprovalStatus("Rejected").build());
            assertThat(api.describeModelPackage(DescribeModelPackageRequest.builder().modelPackageName(arn).build())
                    .modelApprovalStatusAsString())
                    .isEqualTo("Rejected");
            assertThatThrownBy(() -> api.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(arn)
                    .modelApprovalStatus("PendingManualApproval").build()))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("ModelApprovalStatus"));
            assertThat(api.describeModelPackage(DescribeModelPackageRequest.builder().modelPackageName(arn).build())
                    .modelApprovalStatusAsString())
                    .isEqualTo("Rejected");
            String unknown = arn.replace("/churn/1", "/churn/9");
            assertThatThrownBy(() -> api.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(unknown)
                    .modelApprovalStatus("Approved").build())).isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining(unknown);
        }
    }

    @Test
    void createModelPackage_groupMissing_typedErrorSayingHowToCreateIt_andSessionHelperCreatesIt() {
        try (Session session = Session.local(tmp)) {
            ModelPackagesApi api = session.api(ModelPackagesApi.CAPABILITY);
            assertThatThrownBy(() -> register(api, "nogroup"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("ModelPackageGroupName");
                        assertThat(e.getMessage()).contains("CreateModelPackageGroup");
                        assertThat(e.fix()).contains("createModelPackageGroup");
                    });
            assertThat(Files.exists(tmp.resolve("model-registry/groups/nogroup/versions"))).isFalse();

            String arn = session.createModelPackageFromContainers(p -> p.modelPackageGroupName("nogroup")
                    .containers(spec("s3://b/m.tar.gz").containers()));
            assertThat(arn).endsWith(":model-package/nogroup/1");
            group(api, "dup");
            assertThatThrownBy(() -> group(api, "dup")).isInstanceOf(ResourceInUseException.class)
                    .hasMessageContaining("already exists");
            register(api, "dup");
            assertThatThrownBy(() -> api.deleteModelPackageGroup(DeleteModelPackageGroupRequest.builder()
                    .modelPackageGroupName("dup").build()))
                    .isInstanceOf(ResourceInUseException.class).hasMessageContaining("DeleteModelPackage");
        }
    }

    @Test
    void listModelPackages_filtersSortsAndPages() throws Exception {
        try (Session session = Session.local(tmp)) {
            ModelPackagesApi api = session.api(ModelPackagesApi.CAPABILITY);
            group(api, "churn");
            group(api, "fraud");
            List<String> churn = new ArrayList<>();
            Instant middle = null;
            for (int i = 0; i < 7; i++) {
                churn.add(register(api, "churn"));
                if (i == 3) {
                    Thread.sleep(5);
                    middle = Instant.now();
                    Thread.sleep(5);
                }
            }
            register(api, "fraud");
            api.createModelPackage(CreateModelPackageRequest.builder().modelPackageName("solo")
                    .inferenceSpecification(spec("s3://b/solo.tar.gz")).build());
            api.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(churn.get(1))
                    .modelApprovalStatus("Approved").build());
            api.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(churn.get(5))
                    .modelApprovalStatus("Approved").build());

            assertThat(arns(api.listModelPackages(ListModelPackagesRequest.builder().modelPackageGroupName("churn")
                    .maxResults(100).build())))
                    .containsExactlyElementsOf(reversed(churn));
            assertThat(arns(api.listModelPackages(ListModelPackagesRequest.builder().modelPackageGroupName("churn")
                    .modelApprovalStatus("Approved").build()))).containsExactly(churn.get(5), churn.get(1));
            Instant bound = middle;
            assertThat(arns(api.listModelPackages(ListModelPackagesRequest.builder().modelPackageGroupName("churn")
                    .creationTimeAfter(bound)
                    .sortOrder("Ascending").build()))).containsExactlyElementsOf(churn.subList(4, 7));
            assertThat(arns(api.listModelPackages(ListModelPackagesRequest.builder().modelPackageGroupName("churn")
                    .creationTimeBefore(bound)
                    .sortBy("Name").sortOrder("Ascending").build()))).containsExactlyElementsOf(churn.subList(0, 4));
            // the service's default type is Unversioned
            assertThat(api.listModelPackages(ListModelPackagesRequest.builder().maxResults(100).build())
                    .modelPackageSummaryList())
                    .extracting(ModelPackageSummary::modelPackageName).containsExactly("solo");
            assertThat(api.listModelPackages(ListModelPackagesRequest.builder().modelPackageType("Versioned")
                    .nameContains("FRA").build())
                    .modelPackageSummaryList()).extracting(ModelPackageSummary::modelPackageGroupName)
                    .containsExactly("fraud");
            assertThat(api.listModelPackages(ListModelPackagesRequest.builder().modelPackageType("Both")
                    .maxResults(100).build())
                    .modelPackageSummaryList()).hasSize(9);

            List<String> paged = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String t = token;
                ListModelPackagesResponse page = api.listModelPackages(ListModelPackagesRequest.builder()
                        .modelPackageGroupName("churn")
                        .sortBy("CreationTime").sortOrder("Ascending").maxResults(3).nextToken(t).build());
                paged.addAll(arns(page));
                token = page.nextToken();
                pages++;
            } while (token != null);
            assertThat(pages).isEqualTo(3);
            assertThat(paged).containsExactlyElementsOf(churn);
            assertThat(session.getMostRecentlyCreatedApprovedModelPackage("churn")).get()
                    .extracting(ModelPackageSummary::modelPackageArn).isEqualTo(churn.get(5));
            assertThatThrownBy(() -> api.listModelPackages(ListModelPackagesRequest.builder().sortBy("Version")
                    .build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("SortBy"));
            assertThat(api.listModelPackageGroups(ListModelPackageGroupsRequest.builder().sortBy("Name")
                    .sortOrder("Ascending").build())
                    .modelPackageGroupSummaryList()).extracting(g -> g.modelPackageGroupName())
                    .containsExactly("churn", "fraud");
        }
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }

    @Test
    void registry_newSessionOnTheSameRoot_seesEverything_andIgnoresAHalfWrittenVersion() throws Exception {
        String first;
        try (Session session = Session.local(tmp)) {
            ModelPackagesApi api = session.api(ModelPackagesApi.CAPABILITY);
            group(api, "churn");
            first = register(api, "churn");
            register(api, "churn");
            api.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(first)
                    .modelApprovalStatus("Approved").build());
            session.waitForModelPackage(first, Duration.ofSeconds(30), w -> w.poll(Duration.ofMillis(50)));
        }
        // a crash while registering version 3: its record never got past the temporary file
        Path versions = tmp.resolve("model-registry/groups/churn/versions");
        // and version 2 as an ended process left it, before its worker took it up
        Files.writeString(versions.resolve("2.json"), Files.readString(versions.resolve("2.json"))
                .replace("\"Completed\"", "\"Pending\"").replace("\"InProgress\"", "\"Pending\""));
        Files.writeString(versions.resolve("3.json.sm4j-tmp-crashed"), "{\"ModelPackageGroupName\":\"chu",
                StandardCharsets.UTF_8);
        try (Session again = Session.local(tmp)) {
            ModelPackagesApi api = again.api(ModelPackagesApi.CAPABILITY);
            assertThat(api.listModelPackages(ListModelPackagesRequest.builder().modelPackageGroupName("churn")
                    .build()).modelPackageSummaryList())
                    .extracting(ModelPackageSummary::modelPackageVersion).containsExactly(2, 1);
            assertThat(api.describeModelPackage(DescribeModelPackageRequest.builder().modelPackageName(first).build())
                    .modelApprovalStatusAsString())
                    .isEqualTo("Approved");
            assertThat(again.waitForModelPackage(first.replace("/1", "/2"), Duration.ofSeconds(30),
                    w -> w.poll(Duration.ofMillis(50))).modelPackageStatusAsString()).isEqualTo("Completed");
            assertThat(register(api, "churn")).endsWith("/churn/3");
            api.deleteModelPackage(DeleteModelPackageRequest.builder().modelPackageName(first.replace("/1", "/3"))
                    .build());
            // a deleted version's number is not given again
            assertThat(register(api, "churn")).endsWith("/churn/4");
        }
    }

    @Test
    void modelRegister_approveThenDeployAndTransform_predictsWithTheRegisteredXgboostModel() throws Exception {
        try (Session session = Session.local(tmp)) {
            String bucket = session.defaultBucket();
            Booster booster = TestModels.booster(3, 10, "binary:logistic", 7);
            String data = TestModels.xgboost(session, "s3://" + bucket + "/churn/model.tar.gz", booster);
            Model model = Model.builder().imageUri(XGBOOST).modelData(data).session(session).build();

            ModelPackage v = model.register(r -> r.modelPackageGroupName("churn")
                    .contentTypes(List.of("text/csv")).responseTypes(List.of("text/csv"))
                    .inferenceInstances(List.of("local")).transformInstances(List.of("local"))
                    .approvalStatus("PendingManualApproval"));
            assertThat(v.modelPackageArn()).endsWith(":model-package/churn/1");
            session.api(ModelPackagesApi.CAPABILITY).updateModelPackage(UpdateModelPackageRequest.builder()
                    .modelPackageArn(v.modelPackageArn()).modelApprovalStatus("Approved").build());

            ModelPackage pkg = ModelPackage.builder().modelPackageArn(v.modelPackageArn()).session(session)
                    .predictorCls((endpoint, s) -> Predictor.builder(endpoint, s).serializer(new CSVSerializer())
                            .deserializer(new CSVDeserializer()).build()).build();
            @SuppressWarnings("unchecked")
            Predictor<List<List<String>>> predictor = (Predictor<List<List<String>>>) pkg.deploy(1, "local");
            float[][] rows = TestModels.rows(20, 3, 3);
            List<List<String>> out = predictor.predict(rows);
            float[][] expected = booster.predict(new ml.dmlc.xgboost4j.java.DMatrix(flat(rows), rows.length, 3,
                    Float.NaN));
            assertThat(out).hasSize(20);
            for (int i = 0; i < rows.length; i++) {
                assertThat(Float.parseFloat(out.get(i).get(0))).isCloseTo(expected[i][0],
                        org.assertj.core.data.Offset.offset(1e-5f));
            }
            predictor.deleteEndpoint();

            StringBuilder csv = new StringBuilder();
            for (float[] r : rows) {
                csv.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
            }
            session.uploadString(csv.toString(), "s3://" + bucket + "/in/rows.csv");
            Transformer t = Transformer.builder().modelName(pkg.name()).instanceType("local").strategy("MultiRecord")
                    .assembleWith("Line").accept("text/csv").outputPath("s3://" + bucket + "/out").session(session)
                    .build();
            t.transform("s3://" + bucket + "/in/", o -> o.contentType("text/csv").splitType("Line"));
            String[] batch = session.readS3File(bucket, "out/rows.csv.out").split("\n");
            assertThat(batch).hasSize(20);
            for (int i = 0; i < rows.length; i++) {
                assertThat(batch[i]).isEqualTo(out.get(i).get(0));
            }
        }
    }

    static float[] flat(float[][] rows) {
        float[] f = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, f, i * rows[0].length, rows[0].length);
        }
        return f;
    }
}
