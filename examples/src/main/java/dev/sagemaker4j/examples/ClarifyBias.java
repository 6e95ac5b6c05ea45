/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.ModelPredictedLabelConfig;
import dev.sagemaker4j.clarify.SageMakerClarifyProcessor;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Clarify bias metrics, in-process: a loan data set where women ({@code gender} 0) are approved less often, an
 * XGBoost model trained on it, then one Clarify job that computes the pre-training metrics of the labels and the
 * post-training metrics of the model's predictions (through a shadow endpoint the job creates and deletes), and
 * prints analysis.json's metrics.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=ClarifyBias -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class ClarifyBias {
    private static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";

    private ClarifyBias() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "clarify-bias"), System.out);
    }

    /**
     * Runs the example under a root folder.
     *
     * @param root the folder of the data and the local session
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        Random r = new Random(42);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            int gender = r.nextBoolean() ? 1 : 0;
            double income = 30 + 40 * r.nextDouble();
            int years = r.nextInt(20);
            // the bias: at the same income and seniority, gender 0 is approved less often
            double score = (income - 50) / 10 + years / 10.0 + (gender == 1 ? 0.8 : -0.8) + r.nextGaussian();
            csv.append(score > 0 ? 1 : 0).append(',').append(gender).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", income)).append(',').append(years).append('\n');
        }
        Files.createDirectories(root);
        Path data = root.resolve("loans.csv");
        Files.writeString(data, csv);
        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = "s3://" + session.defaultBucket();
            String train = session.uploadData(data, session.defaultBucket(), "clarify/data");

            Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .role(ROLE).instanceType("local").session(session).outputPath(bucket + "/clarify/model")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 30)).build();
            xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()));
            String modelName = xgb.createModel().create();

            SageMakerClarifyProcessor clarify = SageMakerClarifyProcessor.builder().role(ROLE).instanceCount(1)
                    .instanceType("local").session(session).build();
            DataConfig dataConfig = DataConfig.builder().s3DataInputPath(train)
                    .s3OutputPath(bucket + "/clarify/bias").label("approved")
                    .headers(List.of("approved", "gender", "income", "years")).build();
            BiasConfig biasConfig = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("gender")
                    .facetValuesOrThreshold(List.of(0)).build();
            ModelConfig modelConfig = ModelConfig.builder().modelName(modelName).instanceType("ml.m5.xlarge")
                    .instanceCount(1).contentType("text/csv").acceptType("text/csv").build();
            clarify.runBias(dataConfig, biasConfig, o -> o.modelConfig(modelConfig)
                    .modelPredictedLabelConfig(ModelPredictedLabelConfig.builder().probabilityThreshold(0.5).build())
                    .logs(false));

            JsonNode analysis = new ObjectMapper().readTree(session.objectStore()
                    .getString(dataConfig.s3OutputPath() + "/analysis.json"));
            for (String section : List.of("pre_training_bias_metrics", "post_training_bias_metrics")) {
                JsonNode facet = analysis.path(section).path("facets").path("gender").get(0);
                out.println(section + " (gender = " + facet.path("value_or_threshold").asText() + "):");
                for (JsonNode m : facet.path("metrics")) {
                    out.printf(Locale.ROOT, "  %s = %.4f  (%s)%n", m.path("name").asText(), m.path("value").asDouble(),
                            m.path("description").asText());
                }
            }
            out.println("report: " + dataConfig.s3OutputPath() + "/report.html");
        }
    }
}
