/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;

/**
 * Runs processing jobs, as the Python SDK's {@code sagemaker.processing.Processor}: a container image with an
 * entrypoint, inputs copied in under {@code /opt/ml/processing/}, outputs uploaded from there at the end. The
 * job is fully described by one {@code CreateProcessingJobRequest} ({@link #request(RunOptions)} builds it
 * without starting it), so the same request runs on the {@code sagemaker} backend or, where the local backend
 * can run its program, locally.
 *
 * <p>The local backend runs no container images: it runs the programs of {@link JavaProcessor} (a
 * {@link ProcessingScript} class) and {@link SqlProcessor} (SQL over the inputs with DuckDB) in-process, against
 * the processing container contract; a request for another image is refused with a ValidationException.
 *
 * <pre>{@code
 * Processor processor = Processor.builder().role(role).imageUri(image).instanceCount(1)
 *         .instanceType("ml.m5.xlarge").entrypoint(List.of("python3", "/opt/ml/processing/input/code/prep.py"))
 *         .session(session).build();
 * ProcessingJob job = processor.run(r -> r.inputs(List.of(ProcessingInput.of("s3://bucket/raw", "/opt/ml/processing/input")))
 *         .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output").outputName("prepared").build()))
 *         .arguments(List.of("--split", "0.2")));
 * }</pre>
 *
 * <p>A processor is immutable but for the jobs it ran ({@link #latestJob()}, {@link #jobs()}); it needs no
 * closing.
 */
public final class Processor extends ProcessorBase {

    private Processor(Builder b) {
        super(b);
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
     * @throws dev.sagemaker4j.exceptions.ValidationException for bad arguments, before anything is uploaded or sent
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

    /** Builds a {@link Processor}. */
    public static final class Builder extends AbstractBuilder<Builder, Processor> {
        private Builder() {
        }

        /**
         * Sets {@code entrypoint} (default {@code None}: the image's own), the container's command.
         *
         * @param entrypoint e.g. {@code ["python3", "/opt/ml/processing/input/code/prep.py"]}
         * @return this builder
         */
        public Builder entrypoint(List<String> entrypoint) {
            return containerEntrypoint(entrypoint);
        }

        @Override
        public Processor build() {
            return new Processor(this);
        }
    }

}
