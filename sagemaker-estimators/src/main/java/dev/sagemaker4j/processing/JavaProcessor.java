/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;

/**
 * Runs Java code, a {@link ProcessingScript}, as a processing job: the analog of {@link ScriptProcessor} with the
 * script a class, as {@link dev.sagemaker4j.estimator.JavaEstimator} is for training. The class travels in the
 * request's {@code AppSpecification.ContainerEntrypoint} as
 * {@code ["java", "dev.sagemaker4j.processing.JavaProcessor", "<class name>"]}: in a container image whose
 * {@code CLASSPATH} holds sagemaker4j and the class (the default {@link #IMAGE} is that image's name), that
 * command runs {@link #main(String[])}, which gives the class the real container contract; the local backend
 * reads the same entrypoint and runs the class in-process, once per instance, against the same contract under
 * the job's folder. The container arguments ({@code arguments} of {@code run}) reach the class as
 * {@link ProcessingEnvironment#arguments()}.
 *
 * <pre>{@code
 * JavaProcessor split = JavaProcessor.builder().entryPoint(Split.class).role(role).instanceCount(1)
 *         .instanceType("local").session(session).build();
 * ProcessingJob job = split.run(r -> r
 *         .inputs(List.of(ProcessingInput.builder().source(csv.toString()).destination("/opt/ml/processing/input/raw")
 *                 .inputName("raw").build()))
 *         .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/train").outputName("train").build(),
 *                 ProcessingOutput.builder().source("/opt/ml/processing/output/test").outputName("test").build())));
 * }</pre>
 */
public final class JavaProcessor extends ProcessorBase {
    /** The image the request names by default: a JVM with sagemaker4j and the user's classes on the class path. */
    public static final String IMAGE = "sagemaker4j/java-processing:17";
    /** The main class of the container command. */
    public static final String MAIN_CLASS = "dev.sagemaker4j.processing.JavaProcessor";

    private static final Logger LOG = LoggerFactory.getLogger(JavaProcessor.class);

    private final String entryPoint;
    private final Class<? extends ProcessingScript> entryPointClass;

    private JavaProcessor(Builder b) {
        super(b.prepared());
        this.entryPoint = b.entryPoint;
        this.entryPointClass = b.entryPointClass;
    }

    private static List<String> entrypointFor(String className) {
        if (className == null || className.isBlank()) {
            throw new ValidationException("entryPoint", className, "is missing",
                    "pass the ProcessingScript class, e.g. .entryPoint(MyScript.class)");
        }
        return List.of("java", MAIN_CLASS, className);
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
     * The entry point class name.
     *
     * @return the binary class name
     */
    public String entryPoint() {
        return entryPoint;
    }

    /**
     * Runs a processing job with Python's defaults: no inputs, outputs or arguments; waits for the job and
     * shows its log.
     *
     * @return the job
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public ProcessingJob run() {
        return run(RunOptions.builder().build());
    }

    /**
     * Runs a processing job, as Python's {@code Processor.run(inputs=None, outputs=None, arguments=None,
     * wait=True, logs=True, job_name=None, experiment_config=None, kms_key=None)}.
     *
     * @param options the keywords
     * @return the job
     * @throws ValidationException for bad arguments, before anything is uploaded or sent
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when {@code wait} and the job fails
     */
    public ProcessingJob run(Consumer<RunOptions.Builder> options) {
        return run(RunOptions.of(options));
    }

    /**
     * Runs a processing job with kept options; see {@link #run(Consumer)}.
     *
     * @param options the options
     * @return the job
     */
    public ProcessingJob run(RunOptions options) {
        return start(request(options), options);
    }

    /**
     * The CreateProcessingJob request {@link #run(RunOptions)} would send, without sending it: what a pipeline's
     * processing step holds. Local input sources are uploaded (as Python's {@code _normalize_args} does) and
     * missing names and output destinations are generated.
     *
     * @param options the options ({@code wait} and {@code logs} are not part of the request)
     * @return the request
     */
    public CreateProcessingJobRequest request(RunOptions options) {
        checkRunOptions(options);
        String jobName = jobName(options);
        return buildRequest(jobName, options, List.of(), entrypoint(), options.arguments());
    }

    @Override
    protected String defaultBaseJobName() {
        String simple = entryPoint.substring(entryPoint.lastIndexOf('.') + 1).replace('$', '-');
        String cleaned = simple.replaceAll("[^A-Za-z0-9-]", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "java-processing" : cleaned;
    }

    @Override
    protected void beforeStart(CreateProcessingJobRequest request) {
        if (entryPointClass != null) {
            ProcessingScripts.register(entryPointClass);
        }
    }

    /**
     * The container command: {@code java dev.sagemaker4j.processing.JavaProcessor <class> [arguments...]} runs
     * the class against the processing contract of the container it runs in ({@code /opt/ml/...}). A failure
     * writes its message to {@code /opt/ml/output/message} (the service's FailureReason) and exits with status 1.
     *
     * @param args the {@link ProcessingScript} class, then the container arguments
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            LOG.error("Usage: java {} <ProcessingScript class> [arguments...]", MAIN_CLASS);
            System.exit(2);
        }
        Path root = Paths.get(System.getProperty("sagemaker4j.containerRoot", "/"));
        try {
            HostEnvironment env = HostEnvironment.fromContainer(root, Arrays.asList(args).subList(1, args.length));
            ProcessingScripts.create(args[0]).process(env);
        } catch (Exception | LinkageError e) {
            LOG.error("Processing failed", e);
            try {
                Path message = root.resolve("opt/ml/output/message");
                Files.createDirectories(message.getParent());
                Files.writeString(message, String.valueOf(e.getMessage() == null ? e : e.getMessage()));
            } catch (java.io.IOException ignored) {
                // the exit status still tells the service the job failed
            }
            System.exit(1);
        }
    }

    /** Builds a {@link JavaProcessor}. */
    public static final class Builder extends AbstractBuilder<Builder, JavaProcessor> {
        private String entryPoint;
        private Class<? extends ProcessingScript> entryPointClass;
        private String image;

        private Builder() {
        }

        /**
         * Sets the entry point class (required).
         *
         * @param type a {@link ProcessingScript} with a public no-argument constructor
         * @return this builder
         */
        public Builder entryPoint(Class<? extends ProcessingScript> type) {
            this.entryPointClass = type;
            this.entryPoint = type.getName();
            return this;
        }

        /**
         * Sets the entry point by class name, loaded when the job runs.
         *
         * @param className the binary name of a {@link ProcessingScript}
         * @return this builder
         */
        public Builder entryPoint(String className) {
            this.entryPointClass = null;
            this.entryPoint = className;
            return this;
        }

        /**
         * Sets {@code image_uri} (default {@link #IMAGE}): an image with a JVM whose {@code CLASSPATH} holds
         * sagemaker4j and the entry point.
         *
         * @param imageUri the image
         * @return this builder
         */
        @Override
        public Builder imageUri(String imageUri) {
            this.image = imageUri;
            return this;
        }

        private Builder prepared() {
            super.imageUri(image == null ? IMAGE : image);
            return containerEntrypoint(entrypointFor(entryPoint));
        }

        @Override
        public JavaProcessor build() {
            return new JavaProcessor(this);
        }
    }
}
