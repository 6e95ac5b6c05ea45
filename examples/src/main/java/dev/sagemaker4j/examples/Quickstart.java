/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.featurestore.FeatureDefinition;
import dev.sagemaker4j.featurestore.FeatureGroup;
import dev.sagemaker4j.featurestore.FeatureStore;
import dev.sagemaker4j.transformer.Transformer;
import dev.sagemaker4j.inputs.TrainingInput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricData;

/**
 * The quickstart: a local session and its default bucket, data uploaded and read back, an XGBoost
 * model trained on it with the built-in algorithm's image, deployed to an endpoint that answers
 * predictions, a batch transform with filters and join, and a feature group turned into a
 * point-in-time correct training set — all in-process.
 *
 * <p>Run it with {@code mvn -B -Pquickstart -pl examples -am verify -DskipTests}. The session keeps
 * its state under {@code SAGEMAKER4J_HOME} (default {@code ~/.sagemaker4j}); pass a folder as the
 * first argument to use another.
 */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * Runs the quickstart.
     *
     * @param args optional: the session root folder
     * @throws IOException when the sample data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : null, System.out);
    }

    /** Labelled events: which customer, when, and the label — the base of the training set. */
    private static VectorSchemaRoot labels(RootAllocator allocator) {
        VarCharVector id = new VarCharVector("customer_id", allocator);
        TimeStampMicroTZVector ts = new TimeStampMicroTZVector("ts", allocator, "UTC");
        IntVector label = new IntVector("label", allocator);
        String[][] events = {{"c1", "2026-11-10T00:00:00Z", "1"}, {"c1", "2026-11-25T00:00:00Z", "0"},
                {"c2", "2026-11-04T00:00:00Z", "1"}};
        for (int i = 0; i < events.length; i++) {
            id.setSafe(i, events[i][0].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ts.setSafe(i, java.time.Instant.parse(events[i][1]).toEpochMilli() * 1000);
            label.setSafe(i, Integer.parseInt(events[i][2]));
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(id, ts, label));
        root.setRowCount(events.length);
        return root;
    }

    /** Label-first CSV without header: a binary label from a noisy linear rule over 5 features. */
    static Path writeCsv(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            double[] x = new double[5];
            double score = 0;
            for (int j = 0; j < x.length; j++) {
                x[j] = random.nextGaussian();
                score += (j % 2 == 0 ? 1 : -0.5) * x[j];
            }
            sb.append(score + 0.3 * random.nextGaussian() > 0 ? 1 : 0);
            for (double v : x) {
                sb.append(',').append((float) v);
            }
            sb.append('\n');
        }
        return Files.writeString(file, sb);
    }

    /**
     * Runs the quickstart, printing what it does.
     *
     * @param root the session root, or {@code null} for the default
     * @param out  where to print
     * @throws IOException when the sample data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        try (Session session = root == null ? Session.local() : Session.local(root)) {
            out.println("session: " + session);
            String bucket = session.defaultBucket();
            out.println("default bucket: " + bucket);

            Path data = Files.createTempDirectory("sagemaker4j-quickstart");
            Path train = writeCsv(data.resolve("train.csv"), 2000, 1);
            Path validation = writeCsv(data.resolve("validation.csv"), 500, 2);

            String trainUri = session.uploadData(train, bucket, "quickstart/train");
            String validationUri = session.uploadData(validation, bucket, "quickstart/validation");
            out.println("uploaded: " + trainUri);
            out.println("listed: " + session.listS3Files(bucket, "quickstart/"));
            List<Path> files = session.downloadData(data.resolve("downloaded"), bucket, "quickstart/train");
            out.println("downloaded: " + files.get(0).getFileName() + " (identical: "
                    + (Files.mismatch(train, files.get(0)) == -1) + ")");

            Estimator xgb = Estimator.builder()
                    .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceCount(1).instanceType("local")
                    .outputPath("s3://" + bucket + "/quickstart/xgb")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "50", "max_depth", "4",
                            "eval_metric", "auc"))
                    .session(session).build();
            TrainingJob job = xgb.fit(Map.of(
                    "train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build(),
                    "validation", TrainingInput.builder().s3Data(validationUri).contentType("text/csv").build()));
            DescribeTrainingJobResponse done = job.describe();
            out.println("training job: " + job.name() + " " + done.trainingJobStatusAsString());
            for (MetricData m : done.finalMetricDataList()) {
                out.println("  " + m.metricName() + " = " + m.value());
            }
            out.println("model: " + xgb.modelData());

            Predictor<List<List<String>>> predictor = xgb.deploy(d -> d.initialInstanceCount(1)
                    .instanceType("local").serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
            out.println("endpoint: " + predictor.endpointName() + " "
                    + predictor.describeEndpoint().endpointStatusAsString());
            double[][] rows = {{1.2, -0.3, 0.8, 0.1, -1.0}, {-1.5, 0.9, -0.7, 1.1, 0.4}};
            List<List<String>> scores = predictor.predict(rows);
            out.println("predictions: " + scores);

            // batch transform: ids in the first column are kept out of the model and joined back
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                batch.append("customer-").append(i).append(',').append(rows[i % 2][0] * (i + 1)).append(',')
                        .append(rows[i % 2][1]).append(',').append(rows[i % 2][2]).append(',').append(rows[i % 2][3])
                        .append(',').append(rows[i % 2][4]).append('\n');
            }
            String batchUri = session.uploadString(batch.toString(), "s3://" + bucket + "/quickstart/batch/part-0.csv");
            Transformer transformer = xgb.transformer(1, "local", o -> o.strategy("MultiRecord").assembleWith("Line")
                    .outputPath("s3://" + bucket + "/quickstart/scores").accept("text/csv"));
            transformer.transform(batchUri, o -> o.contentType("text/csv").splitType("Line").inputFilter("$[1:]")
                    .outputFilter("$[0,-1]").joinSource("Input"));
            out.println("batch transform: " + transformer.describe().transformJobStatusAsString() + ", "
                    + session.readS3File(bucket, "quickstart/scores/part-0.csv.out").lines().count() + " scored rows,"
                    + " first " + session.readS3File(bucket, "quickstart/scores/part-0.csv.out").lines().findFirst()
                    .orElse(""));
            predictor.deleteModel();
            predictor.deleteEndpoint();

            // features: a feature group, then a point-in-time correct training set
            FeatureGroup customers = new FeatureGroup("quickstart-customers-" + System.currentTimeMillis(), session);
            customers.featureDefinitions(List.of(FeatureDefinition.string("customer_id"),
                    FeatureDefinition.string("event_time"), FeatureDefinition.fractional("spend")));
            customers.create(c -> c.s3Uri("s3://" + bucket + "/quickstart/features").recordIdentifierName("customer_id")
                    .eventTimeFeatureName("event_time").enableOnlineStore(true));
            customers.ingest(List.of(
                    Map.of("customer_id", "c1", "event_time", "2026-11-01T10:00:00Z", "spend", 10.0),
                    Map.of("customer_id", "c1", "event_time", "2026-11-20T10:00:00Z", "spend", 99.0),
                    Map.of("customer_id", "c2", "event_time", "2026-11-05T10:00:00Z", "spend", 3.5)),
                    i -> i.maxWorkers(2));
            out.println("online record c1: " + customers.getRecord("c1").orElseThrow());
            try (RootAllocator allocator = new RootAllocator();
                 VectorSchemaRoot labels = labels(allocator);
                 VectorSchemaRoot training = new FeatureStore(session)
                         .createDataset(labels, "s3://" + bucket + "/quickstart/datasets", d -> d
                                 .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                         .withFeatureGroup(customers, "customer_id", List.of("spend"))
                         .pointInTimeAccurateJoin().toArrow(allocator)) {
                out.println("training set (" + training.getRowCount() + " rows):");
                out.print(training.contentToTSVString());
            }
            customers.delete();
        }
    }
}
