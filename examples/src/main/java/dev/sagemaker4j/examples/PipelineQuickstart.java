/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.processing.JavaProcessor;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.processing.ProcessingScript;
import dev.sagemaker4j.processing.ProcessorBase.RunOptions;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.workflow.CacheConfig;
import dev.sagemaker4j.workflow.ConditionLessThanOrEqualTo;
import dev.sagemaker4j.workflow.ConditionStep;
import dev.sagemaker4j.workflow.FailStep;
import dev.sagemaker4j.workflow.Join;
import dev.sagemaker4j.workflow.JsonGet;
import dev.sagemaker4j.workflow.ModelStep;
import dev.sagemaker4j.workflow.ParameterFloat;
import dev.sagemaker4j.workflow.ParameterString;
import dev.sagemaker4j.workflow.Pipeline;
import dev.sagemaker4j.workflow.PipelineExecution;
import dev.sagemaker4j.workflow.ProcessingStep;
import dev.sagemaker4j.workflow.PropertyFile;
import dev.sagemaker4j.workflow.TrainingStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackageGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;

/**
 * SageMaker Pipelines' classic flow, built with the workflow DSL and run by the local pipeline engine: prepare the
 * data (a Java processing job splits it 80/20 and scales the features) → train XGBoost on the prepared data (read
 * from the processing step's properties) → evaluate the model on the test split (a processing job writing
 * {@code evaluation.json}, declared as a {@link PropertyFile}) → a condition on the test MSE against the pipeline
 * parameter {@code MseThreshold} → register the model as a new version of a model package group, or fail the
 * execution with a message.
 *
 * <p>The pipeline runs twice: with the default threshold (the model is registered), then with a threshold no
 * model meets (the execution fails with the FailStep's message; the prepare and train steps are taken from the
 * first execution's cache). Writes under the root folder (first argument, default
 * {@code target/examples/pipeline}).
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=PipelineQuickstart -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class PipelineQuickstart {
    /** The role the pipeline and its jobs run as (the local backend records it). */
    public static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    /** The model package group the pipeline registers into. */
    public static final String GROUP = "pipeline-quickstart";
    /** The pipeline's name. */
    public static final String PIPELINE = "pipeline-quickstart";
    /** A threshold no model meets: the noise alone has variance 1. */
    public static final double FAILING_THRESHOLD = 0.5;
    private static final int ROWS = 2000;

    private PipelineQuickstart() {
    }

    /**
     * Splits the rows of input {@code raw} (a CSV with a header, the label first) 80/20 and scales each feature to
     * [0, 1] with the training split's minimum and maximum; writes {@code train/train.csv} and
     * {@code test/test.csv} without header, label first (what SageMaker's XGBoost reads).
     */
    public static final class Prepare implements ProcessingScript {
        /** Creates the script (the processing job does). */
        public Prepare() {
        }

        @Override
        public void process(ProcessingEnvironment env) throws IOException {
            List<String> lines = Files.readAllLines(env.input("raw").resolve("raw.csv"));
            List<double[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = Double.parseDouble(cells[i]);
                }
                rows.add(row);
            }
            int cut = rows.size() * 8 / 10;
            int width = rows.get(0).length;
            double[] min = new double[width];
            double[] max = new double[width];
            java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
            for (double[] row : rows.subList(0, cut)) {
                for (int i = 1; i < width; i++) {
                    min[i] = Math.min(min[i], row[i]);
                    max[i] = Math.max(max[i], row[i]);
                }
            }
            Files.write(env.output("train").resolve("train.csv"), scaled(rows.subList(0, cut), min, max));
            Files.write(env.output("test").resolve("test.csv"), scaled(rows.subList(cut, rows.size()), min, max));
            env.log("train " + cut + " rows, test " + (rows.size() - cut) + " rows, " + (width - 1) + " features");
        }

        private static List<String> scaled(List<double[]> rows, double[] min, double[] max) {
            List<String> out = new ArrayList<>();
            for (double[] row : rows) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.6f", row[0]));
                for (int i = 1; i < row.length; i++) {
                    double range = max[i] - min[i];
                    line.append(String.format(Locale.ROOT, ",%.6f", range == 0 ? 0 : (row[i] - min[i]) / range));
                }
                out.add(line.toString());
            }
            return out;
        }
    }

    /**
     * Scores input {@code test} with the XGBoost model in input {@code model} ({@code model.tar.gz}) and writes
     * {@code evaluation/evaluation.json}: {@code {"regression_metrics": {"mse": {"value": ..., "standard_deviation":
     * ...}}}}, as the Python SDK's abalone example does.
     */
    public static final class Evaluate implements ProcessingScript {
        /** Creates the script (the processing job does). */
        public Evaluate() {
        }

        @Override
        public void process(ProcessingEnvironment env) throws IOException, XGBoostError {
            Path modelDir = Files.createDirectories(env.path("/opt/ml/processing/model-unpacked"));
            try (InputStream in = Files.newInputStream(env.input("model").resolve("model.tar.gz"))) {
                Tarballs.unpack(in, modelDir, "model.tar.gz");
            }
            List<String> lines = Files.readAllLines(env.input("test").resolve("test.csv"));
            int width = lines.get(0).split(",").length - 1;
            float[] features = new float[lines.size() * width];
            double[] labels = new double[lines.size()];
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",");
                labels[r] = Double.parseDouble(cells[0]);
                for (int c = 0; c < width; c++) {
                    features[r * width + c] = Float.parseFloat(cells[c + 1]);
                }
            }
            Booster booster;
            try (InputStream model = Files.newInputStream(modelDir.resolve("xgboost-model"))) {
                booster = XGBoost.loadModel(model);
            }
            DMatrix matrix = new DMatrix(features, lines.size(), width, Float.NaN);
            float[][] predictions;
            try {
                predictions = booster.predict(matrix);
            } finally {
                matrix.dispose();
                booster.dispose();
            }
            double sum = 0;
            double sumSquares = 0;
            for (int r = 0; r < labels.length; r++) {
                double error = (predictions[r][0] - labels[r]) * (predictions[r][0] - labels[r]);
                sum += error;
                sumSquares += error * error;
            }
            double mse = sum / labels.length;
            double std = Math.sqrt(Math.max(0, sumSquares / labels.length - mse * mse));
            Files.writeString(env.output("evaluation").resolve("evaluation.json"), String.format(Locale.ROOT,
                    "{\"regression_metrics\": {\"mse\": {\"value\": %.6f, \"standard_deviation\": %.6f}}}", mse, std));
            env.log(String.format(Locale.ROOT, "test mse %.4f over %d rows", mse, labels.length));
        }
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "pipeline"), System.out);
    }

    /**
     * Runs the example, printing what it does: the pipeline once with the default threshold, then once with
     * {@link #FAILING_THRESHOLD}.
     *
     * @param root the folder for the session and the data
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        Path raw = writeData(root.resolve("output/data/raw.csv"), ROWS, 11);
        try (Session session = Session.local(root.resolve("session"))) {
            Pipeline pipeline = pipeline(session, session.uploadData(raw, session.defaultBucket(), "pipeline/raw"));
            out.println("pipeline: " + pipeline.upsert(ROLE));
            createGroup(session);

            execute(pipeline, Map.of(), out);
            execute(pipeline, Map.of("MseThreshold", FAILING_THRESHOLD), out);

            List<ModelPackageSummary> versions = session.api(ModelPackagesApi.CAPABILITY).listModelPackages(
                    ListModelPackagesRequest.builder().modelPackageGroupName(GROUP).build()).modelPackageSummaryList();
            for (ModelPackageSummary v : versions) {
                out.println("registered version " + v.modelPackageVersion() + ": " + v.modelApprovalStatusAsString());
            }
            out.println("model package versions = " + versions.size());
        }
    }

    /**
     * Starts the pipeline, waits for it and prints the execution's status and steps.
     *
     * @param pipeline   the pipeline
     * @param parameters the parameter values
     * @param out        where to print
     * @return the execution's final description
     */
    public static DescribePipelineExecutionResponse execute(Pipeline pipeline, Map<String, ?> parameters,
            PrintStream out) {
        PipelineExecution execution = pipeline.start(parameters);
        out.println("execution " + parameters + ": " + execution.arn());
        DescribePipelineExecutionResponse done;
        try {
            done = execution.waitForCompletion();
        } catch (UnexpectedStatusException e) {
            done = execution.describe();
        }
        out.println("  status: " + done.pipelineExecutionStatusAsString()
                + (done.failureReason() == null ? "" : " (" + done.failureReason() + ")"));
        List<PipelineExecutionStep> steps = new ArrayList<>(execution.listSteps());
        java.util.Collections.reverse(steps); // the service lists the latest first
        for (PipelineExecutionStep s : steps) {
            out.println("  step " + s.stepName() + ": " + s.stepStatusAsString()
                    + (s.cacheHitResult() == null ? "" : " (cache hit)")
                    + (s.metadata() != null && s.metadata().condition() != null
                            ? " (outcome " + s.metadata().condition().outcomeAsString() + ")" : "")
                    + (s.failureReason() == null ? "" : " (" + s.failureReason() + ")"));
        }
        return done;
    }

    /**
     * Builds the pipeline: parameters {@code MseThreshold} and {@code ModelApprovalStatus}; steps Prepare, Train,
     * Evaluate and CheckMse (Register, or TooHigh).
     *
     * @param session the session the pipeline runs in
     * @param rawData the {@code s3://} URI of the raw CSV
     * @return the pipeline
     */
    public static Pipeline pipeline(Session session, String rawData) {
        String bucket = "s3://" + session.defaultBucket() + "/pipeline";
        ParameterFloat threshold = new ParameterFloat("MseThreshold", 6.0);
        ParameterString approval = new ParameterString("ModelApprovalStatus", "PendingManualApproval");
        CacheConfig cache = new CacheConfig(true, "PT1H");

        // Prepare: split and scale, in a Java processing job
        JavaProcessor prepare = JavaProcessor.builder().entryPoint(Prepare.class).role(ROLE)
                .instanceType("ml.m5.xlarge").instanceCount(1).session(session).build();
        ProcessingStep prep = new ProcessingStep("Prepare", prepare.request(RunOptions.builder()
                .inputs(List.of(ProcessingInput.builder().source(rawData).destination("/opt/ml/processing/input/raw")
                        .inputName("raw").build()))
                .outputs(List.of(
                        ProcessingOutput.builder().source("/opt/ml/processing/output/train").outputName("train")
                                .destination(bucket + "/prepared/train").build(),
                        ProcessingOutput.builder().source("/opt/ml/processing/output/test").outputName("test")
                                .destination(bucket + "/prepared/test").build()))
                .build()), o -> o.cacheConfig(cache));

        // Train: XGBoost on the prepared train split, read from the Prepare step's properties
        String xgbImage = ImageUris.retrieve("xgboost", session.region(), "1.7-1");
        Estimator xgb = Estimator.builder().imageUri(xgbImage).instanceCount(1).instanceType("ml.m5.xlarge")
                .outputPath(bucket + "/model")
                .hyperparameters(Map.of("objective", "reg:squarederror", "num_round", "60", "max_depth", "4",
                        "eta", "0.2"))
                .session(session).build();
        TrainingStep train = new TrainingStep("Train", xgb.trainingJobRequest(Map.of("train", TrainingInput.builder()
                .s3Data(prep.properties().processingOutputConfig().outputs("train").s3Output().s3Uri().asString())
                .contentType("text/csv").build()), "pipeline-quickstart-train"), o -> o.cacheConfig(cache));

        // Evaluate: the model's MSE on the test split, written to evaluation.json
        PropertyFile evaluation = new PropertyFile("Evaluation", "evaluation", "evaluation.json");
        JavaProcessor evaluate = JavaProcessor.builder().entryPoint(Evaluate.class).role(ROLE)
                .instanceType("ml.m5.xlarge").instanceCount(1).session(session).build();
        ProcessingStep eval = new ProcessingStep("Evaluate", evaluate.request(RunOptions.builder()
                .inputs(List.of(
                        ProcessingInput.builder()
                                .source(train.properties().modelArtifacts().s3ModelArtifacts().asString())
                                .destination("/opt/ml/processing/input/model").inputName("model").build(),
                        ProcessingInput.builder()
                                .source(prep.properties().processingOutputConfig().outputs("test").s3Output().s3Uri()
                                        .asString())
                                .destination("/opt/ml/processing/input/test").inputName("test").build()))
                .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/evaluation")
                        .outputName("evaluation").destination(bucket + "/evaluation").build()))
                .build()), o -> o.propertyFiles(evaluation));

        // Register the model version, with its evaluation report
        ModelStep register = ModelStep.register("Register", CreateModelPackageRequest.builder()
                .modelPackageGroupName(GROUP).modelApprovalStatus(approval.asString())
                .inferenceSpecification(i -> i.supportedContentTypes("text/csv").supportedResponseMIMETypes("text/csv")
                        .supportedRealtimeInferenceInstanceTypesWithStrings("ml.m5.xlarge")
                        .supportedTransformInstanceTypesWithStrings("ml.m5.xlarge")
                        .containers(ModelPackageContainerDefinition.builder().image(xgbImage)
                                .modelDataUrl(train.properties().modelArtifacts().s3ModelArtifacts().asString())
                                .build()))
                .modelMetrics(m -> m.modelQuality(q -> q.statistics(s -> s.contentType("application/json")
                        .s3Uri(eval.properties().processingOutputConfig().outputs("evaluation").s3Output().s3Uri()
                                .asString() + "/evaluation.json"))))
                .build());

        ConditionStep check = ConditionStep.builder("CheckMse")
                .conditions(new ConditionLessThanOrEqualTo(
                        JsonGet.of(eval, evaluation, "regression_metrics.mse.value"), threshold))
                .ifSteps(register)
                .elseSteps(new FailStep("TooHigh", Join.on(" ", "MSE above", threshold)))
                .build();
        return Pipeline.builder(PIPELINE).parameters(threshold, approval).steps(prep, train, eval, check)
                .session(session).build();
    }

    /**
     * Creates the model package group unless it exists.
     *
     * @param session the session
     */
    public static void createGroup(Session session) {
        ModelPackagesApi registry = session.api(ModelPackagesApi.CAPABILITY);
        boolean exists = registry.listModelPackageGroups(ListModelPackageGroupsRequest.builder().nameContains(GROUP)
                .build()).modelPackageGroupSummaryList().stream().anyMatch(g -> g.modelPackageGroupName().equals(GROUP));
        if (!exists) {
            registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP)
                    .modelPackageGroupDescription("models the pipeline quickstart registers").build());
        }
    }

    /**
     * Writes a regression data set: {@code y = 4 x1 + 3 x2^2 - 2 x3 + sin(3 x4) + noise}, noise N(0, 1), header,
     * label first.
     *
     * @param file where to write
     * @param rows how many rows
     * @param seed the random seed
     * @return the file
     * @throws IOException when it cannot be written
     */
    public static Path writeData(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("y,x1,x2,x3,x4\n");
        for (int r = 0; r < rows; r++) {
            double x1 = random.nextDouble() * 10;
            double x2 = random.nextDouble() * 4;
            double x3 = random.nextGaussian() * 3 + 20;
            double x4 = random.nextDouble() * 6;
            double y = 4 * x1 + 3 * x2 * x2 - 2 * x3 + Math.sin(3 * x4) + random.nextGaussian();
            csv.append(String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f,%.5f%n", y, x1, x2, x3, x4));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
        return file;
    }
}
