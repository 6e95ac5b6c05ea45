/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.evaluation.ClassificationEvaluation;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.transformer.Transformer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Batch transform with SageMaker's data processing: records carry an id the model must not see.
 * An XGBoost model is trained, then scores three CSV objects and one JSON Lines object:
 * <ul>
 *   <li>CSV {@code id,f0,…,f5}: {@code inputFilter "$[1:]"} drops the id, {@code joinSource "Input"}
 *       appends the score to the input record, {@code outputFilter "$[0,-1]"} keeps id and score —
 *       {@code 4017,0.93};</li>
 *   <li>JSON Lines {@code {"id": 4017, "features": […]}}: {@code inputFilter "$.features"},
 *       {@code joinSource "Input"}, {@code outputFilter "$['id','SageMakerOutput']"} —
 *       {@code {"id":4017,"SageMakerOutput":{"score":0.93}}}.</li>
 * </ul>
 * The ids then join the scores back to the labels kept aside, for a confusion matrix and ROC curve.
 *
 * <p>Writes under the root folder (first argument, default {@code target/examples/transform}): the
 * local session's state, and in {@code output/} the transform results ({@code csv/part-*.csv.out},
 * {@code jsonl/records.jsonl.out}) and the pictures — {@code confusion-matrix.png},
 * {@code roc-curve.png}, {@code evaluation.html}.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=BatchTransformWithFilters -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class BatchTransformWithFilters {
    private static final int TRAIN_ROWS = 3000;
    private static final int BATCH_ROWS = 900;
    private static final int OBJECTS = 3;

    private BatchTransformWithFilters() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "transform"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the output
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        Path output = root.resolve("output");
        SyntheticData all = SyntheticData.circle(TRAIN_ROWS + BATCH_ROWS, 6, 11);
        SyntheticData train = all.slice(0, TRAIN_ROWS);
        SyntheticData batch = all.slice(TRAIN_ROWS, TRAIN_ROWS + BATCH_ROWS);

        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = session.defaultBucket();
            String trainUri = session.uploadData(train.writeLabelFirstCsv(output.resolve("data/train.csv")), bucket,
                    "transform/train");
            Estimator xgb = Estimator.builder()
                    .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceCount(1).instanceType("local")
                    .outputPath("s3://" + bucket + "/transform/model")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "40", "max_depth", "4"))
                    .session(session).build();
            xgb.fit(Map.of("train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build()));
            out.println("model: " + xgb.modelData());

            // the batch: ids 1000, 1001, ... with features, labels kept aside
            Map<Integer, Integer> labelById = new LinkedHashMap<>();
            int perObject = BATCH_ROWS / OBJECTS;
            for (int o = 0; o < OBJECTS; o++) {
                StringBuilder csv = new StringBuilder();
                for (int i = o * perObject; i < (o + 1) * perObject; i++) {
                    int id = 1000 + i;
                    labelById.put(id, batch.labels[i]);
                    csv.append(id);
                    for (double v : batch.features[i]) {
                        csv.append(',').append(v);
                    }
                    csv.append('\n');
                }
                session.uploadString(csv.toString(), "s3://" + bucket + "/transform/batch/csv/part-" + o + ".csv");
            }
            StringBuilder jsonl = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                jsonl.append("{\"id\":").append(1000 + i).append(",\"features\":[");
                for (int j = 0; j < batch.features[i].length; j++) {
                    jsonl.append(j > 0 ? "," : "").append(batch.features[i][j]);
                }
                jsonl.append("]}\n");
            }
            session.uploadString(jsonl.toString(), "s3://" + bucket + "/transform/batch/jsonl/records.jsonl");
            out.println("batch: " + OBJECTS + " CSV objects of " + perObject + " records (id first), "
                    + "1 JSON Lines object of 5 records");

            Transformer csvTransformer = xgb.transformer(1, "local", o -> o.strategy("MultiRecord")
                    .assembleWith("Line").outputPath("s3://" + bucket + "/transform/scores/csv").accept("text/csv"));
            String csvJob = csvTransformer.transform("s3://" + bucket + "/transform/batch/csv/",
                    o -> o.contentType("text/csv").splitType("Line").inputFilter("$[1:]").outputFilter("$[0,-1]")
                            .joinSource("Input"));
            out.println("transform job (CSV): " + csvJob + " "
                    + csvTransformer.describe().transformJobStatusAsString());

            Transformer jsonTransformer = xgb.transformer(1, "local", o -> o.strategy("MultiRecord")
                    .assembleWith("Line").outputPath("s3://" + bucket + "/transform/scores/jsonl")
                    .accept("application/jsonlines"));
            String jsonJob = jsonTransformer.transform("s3://" + bucket + "/transform/batch/jsonl/",
                    o -> o.contentType("application/jsonlines").splitType("Line").inputFilter("$.features")
                            .outputFilter("$['id','SageMakerOutput']").joinSource("Input"));
            out.println("transform job (JSON Lines): " + jsonJob + " "
                    + jsonTransformer.describe().transformJobStatusAsString());

            List<Path> csvOut = session.downloadData(output.resolve("csv"), bucket, "transform/scores/csv");
            List<Path> jsonOut = session.downloadData(output.resolve("jsonl"), bucket, "transform/scores/jsonl");
            csvOut = csvOut.stream().sorted().toList();
            for (Path p : csvOut) {
                out.println("output: " + p);
            }
            for (Path p : jsonOut) {
                out.println("output: " + p);
            }
            List<String> firstCsv = Files.readAllLines(csvOut.get(0));
            out.println("first CSV lines: " + firstCsv.subList(0, 3));
            List<String> jsonLines = Files.readAllLines(jsonOut.get(0));
            out.println("first JSON line: " + jsonLines.get(0));

            // join scores to labels by id
            float[] labels = new float[labelById.size()];
            float[] scores = new float[labelById.size()];
            int n = 0;
            for (Path p : csvOut) {
                for (String line : Files.readAllLines(p)) {
                    String[] cells = line.split(",");
                    int id = Integer.parseInt(cells[0]);
                    labels[n] = labelById.get(id);
                    scores[n] = Float.parseFloat(cells[1]);
                    n++;
                }
            }
            out.println("scored records: " + n);
            ClassificationEvaluation evaluation = ClassificationEvaluation.of(labels, scores, 0.5);
            evaluation.metrics().forEach((name, value) ->
                    out.println(String.format(Locale.ROOT, "batch %s = %.4f", name, value)));
            for (Path file : evaluation.plot(output)) {
                out.println("evaluation: " + file);
            }
        }
    }
}
