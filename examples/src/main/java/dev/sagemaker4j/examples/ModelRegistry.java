/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.model.ModelPackage;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeContextRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.ListActionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.MetricsSource;
import software.amazon.awssdk.services.sagemaker.model.ModelMetrics;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.QueryLineageRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.Vertex;

/**
 * The model registry on the local backend: two XGBoost models trained with different depths are registered as
 * versions 1 and 2 of the group {@code churn} (with an evaluation report as their model metrics), version 2 is
 * approved, the group's latest approved version is looked up and deployed, and it scores a few rows; then the
 * lineage the local backend recorded answers which data produced the approved version and which endpoints serve
 * it.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=ModelRegistry -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class ModelRegistry {
    private ModelRegistry() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "registry"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the output
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        SyntheticData data = SyntheticData.circle(1200, 4, 5);
        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = session.defaultBucket();
            String train = session.uploadData(data.writeLabelFirstCsv(root.resolve("output/data/train.csv")), bucket,
                    "registry/train");
            ModelPackagesApi registry = session.api(ModelPackagesApi.CAPABILITY);
            for (String depth : List.of("2", "5")) {
                Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                        .instanceCount(1).instanceType("local").outputPath("s3://" + bucket + "/registry/model")
                        .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "20",
                                "max_depth", depth))
                        .session(session).build();
                xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()));
                String report = "s3://" + bucket + "/registry/eval/depth-" + depth + "/statistics.json";
                session.uploadString("{\"max_depth\": " + depth + "}", report);
                // Python: estimator.register(content_types=["text/csv"], ..., model_package_group_name="churn")
                ModelPackage version = xgb.register(r -> r.modelPackageGroupName("churn")
                        .contentTypes(List.of("text/csv")).responseTypes(List.of("text/csv"))
                        .inferenceInstances(List.of("local")).transformInstances(List.of("local"))
                        .modelMetrics(ModelMetrics.builder().modelQuality(q -> q.statistics(MetricsSource.builder()
                                .contentType("application/json").s3Uri(report).build())).build())
                        .customerMetadataProperties(Map.of("max_depth", depth))
                        .approvalStatus("PendingManualApproval"));
                // Python: session.wait_for_model_package(arn): Pending -> InProgress -> Completed
                session.waitForModelPackage(version.modelPackageArn(), Duration.ofMinutes(1),
                        w -> w.poll(Duration.ofMillis(100)));
                out.println("registered: " + version.modelPackageArn());
            }

            List<ModelPackageSummary> versions = registry.listModelPackages(ListModelPackagesRequest.builder()
                    .modelPackageGroupName("churn").sortBy("CreationTime").sortOrder("Ascending").build())
                    .modelPackageSummaryList();
            for (ModelPackageSummary v : versions) {
                out.println("version " + v.modelPackageVersion() + ": " + v.modelPackageStatusAsString() + ", "
                        + v.modelApprovalStatusAsString());
            }
            String chosen = versions.get(1).modelPackageArn();
            registry.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(chosen)
                    .modelApprovalStatus("Approved").approvalDescription("deeper trees, same data").build());
            String approved = session.getMostRecentlyCreatedApprovedModelPackage("churn").orElseThrow()
                    .modelPackageArn();
            out.println("approved: " + approved + " (" + registry.describeModelPackage(DescribeModelPackageRequest
                    .builder().modelPackageName(approved).build()).approvalDescription() + ")");

            ModelPackage pkg = ModelPackage.builder().modelPackageArn(approved).session(session)
                    .predictorCls((endpoint, s) -> Predictor.builder(endpoint, s).serializer(new CSVSerializer())
                            .deserializer(new CSVDeserializer()).build()).build();
            @SuppressWarnings("unchecked")
            Predictor<List<List<String>>> predictor = (Predictor<List<List<String>>>) pkg.deploy(1, "local");
            try {
                List<List<String>> scores = predictor.predict(data.slice(0, 5).features);
                int agree = 0;
                for (int i = 0; i < scores.size(); i++) {
                    double score = Double.parseDouble(scores.get(i).get(0));
                    agree += (score >= 0.5 ? 1 : 0) == data.labels[i] ? 1 : 0;
                    out.printf("row %d: score %.3f, label %d%n", i, score, data.labels[i]);
                }
                out.println("agreeing rows: " + agree + " of " + scores.size());

                // lineage, recorded as SageMaker records it: the version's Approval action (Python's
                // ModelPackageApprovalAction) leads back to the training data and on to the endpoints
                LineageApi lineage = session.api(LineageApi.CAPABILITY);
                String approval = lineage.listActions(ListActionsRequest.builder().sourceUri(approved)
                        .actionType("Approval").build()).actionSummaries().get(0).actionArn();
                for (Vertex v : lineage.queryLineage(QueryLineageRequest.builder().startArns(approval)
                        .direction("Ascendants").filters(f -> f.types("DataSet")).build()).vertices()) {
                    out.println("trained on: " + lineage.describeArtifact(DescribeArtifactRequest.builder()
                            .artifactArn(v.arn()).build()).source().sourceUri());
                }
                for (Vertex v : lineage.queryLineage(QueryLineageRequest.builder().startArns(approval)
                        .direction("Descendants").filters(f -> f.types("Endpoint")).build()).vertices()) {
                    out.println("served by: " + lineage.describeContext(DescribeContextRequest.builder()
                            .contextName(v.arn()).build()).source().sourceUri());
                }
            } finally {
                predictor.deleteEndpoint();
            }
        }
    }
}
