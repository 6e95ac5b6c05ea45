/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * Runs user training code, a {@link TrainingScript}, as a training job: the Java analog of the
 * Python SDK's framework estimators with an {@code entry_point}. The class name travels in the
 * hyperparameter {@code sagemaker_program}, as the script's name does in Python; the local backend
 * runs it in-process against the training container contract.
 *
 * <pre>{@code
 * JavaEstimator est = JavaEstimator.builder()
 *     .entryPoint(MyTraining.class)
 *     .hyperparameters(Map.of("epochs", 5))
 *     .instanceType("local")
 *     .session(session).build();
 * est.fit(Map.of("train", TrainingInput.of(trainUri)));
 * }</pre>
 *
 * <p>On the {@code sagemaker} backend the job runs in the image built from sagemaker-container's
 * {@code docker/Dockerfile} ({@link Builder#imageUri(String)}); {@code sourceDir} (a folder of jars, or the
 * {@code s3://} URI of a {@code sourcedir.tar.gz}) and {@code dependencies} (more jars) are uploaded as
 * {@code sourcedir.tar.gz}, as the framework estimators upload a {@code source_dir}, and the container runs the
 * class from them. Locally the class comes from the class path, and the upload happens all the same.
 */
public final class JavaEstimator extends EstimatorBase {
    /** The image the local backend runs Java entry points with. */
    public static final String IMAGE = "sagemaker4j/java-entry-point:17";
    /** The hyperparameter that names the entry point class. */
    public static final String PROGRAM = "sagemaker_program";
    /** The hyperparameter that says where the uploaded {@code sourcedir.tar.gz} is (script mode). */
    public static final String SUBMIT_DIRECTORY = "sagemaker_submit_directory";

    private final String entryPoint;
    private final Class<? extends TrainingScript> entryPointClass;
    private final Map<String, String> hyperparameters;
    private final String imageUri;

    private JavaEstimator(Builder b) {
        super(b);
        if (b.entryPoint == null) {
            throw new ValidationException("entryPoint", null, "is missing",
                    "pass the TrainingScript class, e.g. .entryPoint(MyTraining.class)");
        }
        if (gitConfig() != null) {
            throw new ValidationException("gitConfig", gitConfig(), "clones sources, and a Java image runs compiled"
                    + " classes", "build the jar and pass its folder with sourceDir(...) or the jar with dependencies(...)");
        }
        this.entryPoint = b.entryPoint;
        this.entryPointClass = b.entryPointClass;
        this.imageUri = b.imageUri == null || b.imageUri.isBlank() ? IMAGE : b.imageUri;
        Map<String, String> hp = new LinkedHashMap<>();
        b.hyperparameterValues().forEach((k, v) -> hp.put(k, Estimator.Builder.stringify(v)));
        hp.put(PROGRAM, entryPoint);
        this.hyperparameters = Collections.unmodifiableMap(hp);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Rebuilds a Java estimator from an existing training job of a Java entry point, as the Python SDK's framework
     * estimators' {@code attach(training_job_name, sagemaker_session)}: the entry point from the job's
     * {@value #PROGRAM} hyperparameter, its other hyperparameters, role, resources, output path, limits and
     * environment; waits for the job if it is still running.
     *
     * @param trainingJobName the job
     * @param session         the session it ran in
     * @return an estimator whose latest job is that job
     * @throws ValidationException when the job did not run a Java entry point
     */
    public static JavaEstimator attach(String trainingJobName, dev.sagemaker4j.Session session) {
        TrainingJob job = new TrainingJob(trainingJobName, session);
        software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse d = job.describe();
        Map<String, String> hp = new LinkedHashMap<>(d.hyperParameters());
        String program = hp.remove(PROGRAM);
        if (program == null) {
            throw new ValidationException("trainingJobName", trainingJobName, "did not run a Java entry point (it"
                    + " has no " + PROGRAM + " hyperparameter)", "attach it with Estimator.attach");
        }
        Builder b = builder().session(session).entryPoint(program).role(d.roleArn())
                .outputPath(d.outputDataConfig().s3OutputPath()).hyperparameters(hp)
                .instanceCount(d.resourceConfig().instanceCount())
                .instanceType(d.resourceConfig().instanceTypeAsString());
        if (d.resourceConfig().volumeSizeInGB() != null) {
            b.volumeSize(d.resourceConfig().volumeSizeInGB());
        }
        if (d.stoppingCondition() != null && d.stoppingCondition().maxRuntimeInSeconds() != null) {
            b.maxRun(d.stoppingCondition().maxRuntimeInSeconds());
        }
        if (d.hasEnvironment()) {
            b.environment(d.environment());
        }
        if (d.algorithmSpecification().hasMetricDefinitions()) {
            b.metricDefinitions(d.algorithmSpecification().metricDefinitions());
        }
        JavaEstimator estimator = b.build();
        estimator.latestTrainingJob(job);
        if (!java.util.Set.of("Completed", "Failed", "Stopped").contains(d.trainingJobStatusAsString())) {
            job.waitForCompletion(true);
        }
        return estimator;
    }

    /**
     * The entry point class name.
     *
     * @return the binary class name
     */
    public String entryPoint() {
        return entryPoint;
    }

    /**
     * A Java training image has no server: name the code that serves the model.
     *
     * @return never
     * @throws ValidationException always, pointing at {@link #createModel(Class)}
     */
    @Override
    public dev.sagemaker4j.model.Model createModel() {
        throw new ValidationException("entryPoint", entryPoint, "trains but does not serve models",
                "deploy with createModel(MyHandler.class).deploy(...), where MyHandler is an InferenceHandler");
    }

    /**
     * A Java training image has no server: name the code that serves the model.
     *
     * @param modelName ignored
     * @param kmsKey    ignored
     * @return never
     * @throws ValidationException always, pointing at {@link #createModel(Class)}
     */
    @Override
    protected dev.sagemaker4j.model.Model createModel(String modelName, String kmsKey) {
        return createModel();
    }

    /**
     * A deployable model of the latest job's artifact served by Java code.
     *
     * @param handler an {@link dev.sagemaker4j.inference.InferenceHandler}
     * @return the model (not yet created on the backend)
     */
    @SuppressWarnings("rawtypes")
    public dev.sagemaker4j.model.Model createModel(Class<? extends dev.sagemaker4j.inference.InferenceHandler> handler) {
        dev.sagemaker4j.model.Model.Builder model = dev.sagemaker4j.model.Model.builder().entryPoint(handler)
                .modelData(modelData()).role(role()).session(session());
        String code = scriptModeHyperparameters().get(SUBMIT_DIRECTORY);
        if (code != null) {
            // as a framework estimator's create_model: the uploaded code and the training image serve the model
            model.imageUri(imageUri).env(Map.of("SAGEMAKER_SUBMIT_DIRECTORY", unquote(code)));
        }
        return model.build();
    }

    @Override
    public String trainingImageUri() {
        return imageUri;
    }

    /**
     * The hyperparameters: the builder's, {@value #PROGRAM}, and after a {@code fit} that uploaded code
     * ({@code sourceDir} or {@code dependencies}) the script-mode ones the Python SDK's framework estimators send
     * ({@value #SUBMIT_DIRECTORY}, {@code sagemaker_container_log_level}, {@code sagemaker_job_name},
     * {@code sagemaker_region}). Like the others they are plain strings, not JSON-encoded as Python's are; the
     * container entry point reads either.
     *
     * @return an unmodifiable map
     */
    @Override
    public Map<String, String> hyperparameters() {
        Map<String, String> scriptMode = scriptModeHyperparameters();
        if (scriptMode.isEmpty()) {
            return hyperparameters;
        }
        Map<String, String> all = new LinkedHashMap<>(hyperparameters);
        scriptMode.forEach((k, v) -> all.put(k, k.equals(PROGRAM) ? entryPoint : unquote(v)));
        return Collections.unmodifiableMap(all);
    }

    /** A JSON string as Python's json.dumps wrote it, unquoted; anything else as it is. */
    private static String unquote(String json) {
        if (json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, String.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return json;
            }
        }
        return json;
    }

    @Override
    protected String scriptModeProgram() {
        return entryPoint;
    }

    /**
     * A metric definition that reads what {@link dev.sagemaker4j.local.TrainingEnvironment#logMetric} logs
     * ({@code #metric <name>=<value> step=<n>}): the line both the local backend and the container entry point
     * write, so that on the real service, where metrics come only from the log through the job's metric
     * definitions, the job reports the same metrics as it does locally.
     *
     * <pre>{@code
     * JavaEstimator.builder().entryPoint(MyTraining.class)
     *         .metricDefinitions(List.of(JavaEstimator.metricDefinition("validation:accuracy")))
     * }</pre>
     *
     * @param name the metric's name, as the script logs it
     * @return the definition (name and regex)
     */
    public static software.amazon.awssdk.services.sagemaker.model.MetricDefinition metricDefinition(String name) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new ValidationException("name", name, "must be 1 to 255 characters",
                    "pass the name the script gives TrainingEnvironment.logMetric");
        }
        String escaped = name.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return software.amazon.awssdk.services.sagemaker.model.MetricDefinition.builder().name(name)
                .regex("#metric " + escaped + "=([-+0-9.eE]+|NaN|-?Infinity)").build();
    }

    @Override
    protected String defaultBaseJobName() {
        String simple = entryPoint.substring(entryPoint.lastIndexOf('.') + 1).replace('$', '-');
        String cleaned = simple.replaceAll("[^A-Za-z0-9-]", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "java-training" : cleaned;
    }

    @Override
    protected void beforeFit(CreateTrainingJobRequest request) {
        if (entryPointClass != null) {
            EntryPoints.register(entryPointClass);
        }
    }

    /** Builds a {@link JavaEstimator}. */
    public static final class Builder extends EstimatorBase.Builder<Builder, JavaEstimator> {
        private String entryPoint;
        private Class<? extends TrainingScript> entryPointClass;
        private String imageUri;

        private Builder() {
        }

        /**
         * Sets the entry point class.
         *
         * @param type a {@link TrainingScript} with a public no-argument constructor
         * @return this builder
         */
        public Builder entryPoint(Class<? extends TrainingScript> type) {
            this.entryPointClass = type;
            this.entryPoint = type.getName();
            return this;
        }

        /**
         * Sets the entry point by class name (loaded when the job runs).
         *
         * @param className the binary name of a {@link TrainingScript}
         * @return this builder
         */
        @Override
        public Builder entryPoint(String className) {
            this.entryPointClass = null;
            this.entryPoint = className;
            return this;
        }

        /**
         * Sets the training image (default {@value JavaEstimator#IMAGE}, which only the local backend runs). For
         * the real service, the image built from sagemaker-container's {@code docker/Dockerfile} and pushed to
         * ECR; the local backend runs an image of repository {@code sagemaker4j-java} in-process too, so one
         * estimator works on both backends.
         *
         * @param imageUri the image URI
         * @return this builder
         */
        public Builder imageUri(String imageUri) {
            this.imageUri = imageUri;
            return this;
        }

        @Override
        public JavaEstimator build() {
            return new JavaEstimator(this);
        }
    }
}
