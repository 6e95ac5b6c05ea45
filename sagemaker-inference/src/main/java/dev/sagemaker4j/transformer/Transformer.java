/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.TransformJobsApi;
import dev.sagemaker4j.utils.Names;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DataProcessing;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.StopTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.TransformInput;

/**
 * Offline scoring of whole data sets, as {@code sagemaker.transformer.Transformer}: each input object
 * gives {@code <outputPath>/<relative key>.out}, with SageMaker's split, batch strategy, payload limit,
 * input and output filters and join. Sends CreateTransformJob to the session's backend.
 *
 * <pre>{@code
 * Transformer t = Transformer.builder().modelName(model.create()).instanceType("local")
 *         .strategy("MultiRecord").assembleWith("Line").outputPath("s3://bucket/scores")
 *         .session(session).build();
 * t.transform("s3://bucket/batch/", "S3Prefix", "text/csv", null, "Line", "$[1:]", "Input", "$[0,-1]",
 *         null, true, false);
 * }</pre>
 *
 * <p>The configuration is fixed once built; {@link #latestTransformJob()} changes with each transform.
 * Needs no closing.
 */
public final class Transformer {
    private static final Logger LOG = LoggerFactory.getLogger(Transformer.class);
    private static final Set<String> STRATEGIES = Set.of("SingleRecord", "MultiRecord");
    private static final Set<String> ASSEMBLE = Set.of("None", "Line");

    private final Session session;
    private final String modelName;
    private final int instanceCount;
    private final String instanceType;
    private final String strategy;
    private final String assembleWith;
    private final String outputPath;
    private final String accept;
    private final Integer maxConcurrentTransforms;
    private final Integer maxPayload;
    private final Map<String, String> env;
    private final String baseTransformJobName;
    private volatile String latestTransformJob;

    private Transformer(Builder b) {
        if (b.session == null) {
            throw new ValidationException("session", null, "is missing", "pass .session(Session.local())");
        }
        this.session = b.session;
        this.modelName = Names.validateName("modelName", b.modelName);
        if (b.instanceCount < 1) {
            throw new ValidationException("instanceCount", b.instanceCount, "must be at least 1",
                    "use one or more instances");
        }
        if (b.instanceType == null || !(b.instanceType.startsWith("local") || b.instanceType.startsWith("ml."))) {
            throw new ValidationException("instanceType", b.instanceType, "is not an instance type",
                    "pass \"local\" or an ml.* instance type");
        }
        if (b.strategy != null && !STRATEGIES.contains(b.strategy)) {
            throw new ValidationException("strategy", b.strategy, "is not a batch strategy",
                    "use SingleRecord or MultiRecord");
        }
        if (b.assembleWith != null && !ASSEMBLE.contains(b.assembleWith)) {
            throw new ValidationException("assembleWith", b.assembleWith, "is not an assembly",
                    "use None or Line");
        }
        if (b.maxPayload != null && (b.maxPayload < 0 || b.maxPayload > 100)) {
            throw new ValidationException("maxPayload", b.maxPayload, "must be between 0 and 100 (MB)",
                    "give the request size limit in MB");
        }
        if (b.maxConcurrentTransforms != null && b.maxConcurrentTransforms < 0) {
            throw new ValidationException("maxConcurrentTransforms", b.maxConcurrentTransforms,
                    "must not be negative", "give the parallel requests per instance");
        }
        if (b.outputPath != null && !b.outputPath.startsWith("s3://") && !b.outputPath.startsWith("file:")) {
            throw new ValidationException("outputPath", b.outputPath, "is neither an s3:// nor a file:// URI",
                    "write s3://bucket/prefix");
        }
        this.instanceCount = b.instanceCount;
        this.instanceType = b.instanceType;
        this.strategy = b.strategy;
        this.assembleWith = b.assembleWith;
        this.outputPath = b.outputPath;
        this.accept = b.accept;
        this.maxConcurrentTransforms = b.maxConcurrentTransforms;
        this.maxPayload = b.maxPayload;
        this.env = Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.baseTransformJobName = b.baseTransformJobName;
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
     * Rebuilds a transformer from an existing job, as {@code Transformer.attach} in Python.
     *
     * @param jobName the transform job
     * @param session the session it ran in
     * @return a transformer whose latest job is that job
     */
    public static Transformer attach(String jobName, Session session) {
        DescribeTransformJobResponse d = session.api(TransformJobsApi.CAPABILITY).describeTransformJob(DescribeTransformJobRequest
                .builder().transformJobName(Names.validateName("jobName", jobName)).build());
        Builder b = builder().session(session).modelName(d.modelName())
                .instanceCount(d.transformResources() == null || d.transformResources().instanceCount() == null ? 1
                        : d.transformResources().instanceCount())
                .instanceType(d.transformResources() == null ? "local" : d.transformResources().instanceTypeAsString())
                .strategy(d.batchStrategyAsString()).outputPath(d.transformOutput().s3OutputPath())
                .accept(d.transformOutput().accept()).env(d.environment());
        if (d.transformOutput().assembleWithAsString() != null) {
            b.assembleWith(d.transformOutput().assembleWithAsString());
        }
        if (d.maxConcurrentTransforms() != null) {
            b.maxConcurrentTransforms(d.maxConcurrentTransforms());
        }
        if (d.maxPayloadInMB() != null) {
            b.maxPayload(d.maxPayloadInMB());
        }
        Transformer t = b.build();
        t.latestTransformJob = jobName;
        return t;
    }

    /**
     * Transforms everything under a URI with the defaults: S3Prefix, no split, no filters.
     *
     * @param data the input prefix or object
     * @return the job name
     */
    public String transform(String data) {
        return transform(data, null, null, null, null, null, null, null, null, true, false);
    }

    /**
     * Transforms line-split records of a content type.
     *
     * @param data        the input prefix or object
     * @param contentType the records' MIME type
     * @param splitType   {@code None} or {@code Line}
     * @return the job name
     */
    public String transform(String data, String contentType, String splitType) {
        return transform(data, null, contentType, null, splitType, null, null, null, null, true, false);
    }

    /**
     * Transforms, as {@code Transformer.transform(data, data_type, content_type, compression_type,
     * split_type, input_filter, join_source, output_filter, job_name, wait, logs)} in Python.
     *
     * @param data            the input: an S3 prefix or object, or a manifest
     * @param dataType        {@code S3Prefix} (default) or {@code ManifestFile}
     * @param contentType     the records' MIME type (sent to the model), e.g. {@code text/csv};
     *                        {@code application/x-parquet} is read row by row and sent as CSV
     * @param compressionType {@code None} (default) or {@code Gzip}
     * @param splitType       {@code None} (default) or {@code Line}
     * @param inputFilter     JSONPath selecting what of each record goes to the model, or {@code null}
     * @param joinSource      {@code None} (default) or {@code Input} (input record joined with its output)
     * @param outputFilter    JSONPath selecting what of each (joined) output is written, or {@code null}
     * @param jobName         the job name, or {@code null} for base name plus timestamp
     * @param wait            whether to wait for the job to end
     * @param logs            whether to follow the job's log through SLF4J while waiting
     * @return the job name
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when waiting and the job fails
     */
    public String transform(String data, String dataType, String contentType, String compressionType,
                            String splitType, String inputFilter, String joinSource, String outputFilter,
                            String jobName, boolean wait, boolean logs) {
        if (data == null || !(data.startsWith("s3://") || data.startsWith("file:"))) {
            throw new ValidationException("data", data, "is not an s3:// or file:// URI",
                    "upload the data with session.uploadData(...) and pass the URI");
        }
        String name = jobName != null ? Names.validateName("jobName", jobName)
                : Names.nameFromBase(baseTransformJobName != null ? baseTransformJobName : modelName);
        String output = outputPath != null ? outputPath : "s3://" + session.defaultBucket() + "/" + name;
        TransformInput.Builder input = TransformInput.builder().dataSource(d -> d.s3DataSource(s -> s
                .s3DataType(dataType == null ? "S3Prefix" : dataType).s3Uri(data)));
        if (contentType != null) {
            input.contentType(contentType);
        }
        if (compressionType != null) {
            input.compressionType(compressionType);
        }
        if (splitType != null) {
            input.splitType(splitType);
        }
        CreateTransformJobRequest.Builder request = CreateTransformJobRequest.builder().transformJobName(name)
                .modelName(modelName).transformInput(input.build())
                .transformOutput(o -> o.s3OutputPath(output).accept(accept).assembleWith(assembleWith))
                .transformResources(r -> r.instanceType(instanceType).instanceCount(instanceCount))
                .batchStrategy(strategy).maxConcurrentTransforms(maxConcurrentTransforms).maxPayloadInMB(maxPayload);
        if (!env.isEmpty()) {
            request.environment(env);
        }
        if (inputFilter != null || outputFilter != null || joinSource != null) {
            request.dataProcessing(DataProcessing.builder().inputFilter(inputFilter).outputFilter(outputFilter)
                    .joinSource(joinSource).build());
        }
        session.api(TransformJobsApi.CAPABILITY).createTransformJob(request.build());
        latestTransformJob = name;
        if (wait) {
            waitForCompletion(logs);
        }
        return name;
    }

    /**
     * Waits for the latest job to end.
     *
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when it failed
     */
    public DescribeTransformJobResponse waitForCompletion() {
        return waitForCompletion(false);
    }

    private DescribeTransformJobResponse waitForCompletion(boolean logs) {
        String job = requireJob();
        DescribeTransformJobResponse done = session.waitForTransformJob(job, null);
        if (logs) {
            Logger log = LoggerFactory.getLogger("dev.sagemaker4j.jobs." + job);
            List<String> lines = session.backend().logs().readLog(dev.sagemaker4j.spi.LogsApi.TRANSFORM_JOBS, job, 0);
            lines.forEach(log::info);
        }
        return done;
    }

    /**
     * Waits for the latest job to end, at most for a time.
     *
     * @param timeout the longest wait
     * @return the final description
     */
    public DescribeTransformJobResponse waitForCompletion(Duration timeout) {
        return session.waitForTransformJob(requireJob(), timeout);
    }

    /**
     * Stops the latest job (StopTransformJob); outputs not yet complete are not published.
     */
    public void stopTransformJob() {
        String job = requireJob();
        session.api(TransformJobsApi.CAPABILITY).stopTransformJob(StopTransformJobRequest.builder().transformJobName(job).build());
        LOG.debug("Asked transform job {} to stop", job);
    }

    /**
     * The latest job's description.
     *
     * @return DescribeTransformJob's response
     */
    public DescribeTransformJobResponse describe() {
        return session.api(TransformJobsApi.CAPABILITY).describeTransformJob(DescribeTransformJobRequest.builder()
                .transformJobName(requireJob()).build());
    }

    private String requireJob() {
        String job = latestTransformJob;
        if (job == null) {
            throw new ValidationException("latestTransformJob", null, "is not set", "call transform(...) first");
        }
        return job;
    }

    /**
     * The latest job's name.
     *
     * @return the name, or {@code null} before the first transform
     */
    public String latestTransformJob() {
        return latestTransformJob;
    }

    /**
     * The model transformed with.
     *
     * @return the model name
     */
    public String modelName() {
        return modelName;
    }

    /**
     * Where outputs go, or {@code null} for {@code s3://<default bucket>/<job name>}.
     *
     * @return the output path
     */
    public String outputPath() {
        return outputPath;
    }

    /** Builds a {@link Transformer}; the Python SDK's constructor parameters. */
    public static final class Builder {
        private Session session;
        private String modelName;
        private int instanceCount = 1;
        private String instanceType;
        private String strategy;
        private String assembleWith;
        private String outputPath;
        private String accept;
        private Integer maxConcurrentTransforms;
        private Integer maxPayload;
        private final Map<String, String> env = new LinkedHashMap<>();
        private String baseTransformJobName;

        private Builder() {
        }

        /**
         * Sets the session.
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Sets the model.
         *
         * @param modelName a created model
         * @return this builder
         */
        public Builder modelName(String modelName) {
            this.modelName = modelName;
            return this;
        }

        /**
         * Sets the instances.
         *
         * @param count at least 1
         * @return this builder
         */
        public Builder instanceCount(int count) {
            this.instanceCount = count;
            return this;
        }

        /**
         * Sets the instance type.
         *
         * @param type {@code local} or {@code ml.*}
         * @return this builder
         */
        public Builder instanceType(String type) {
            this.instanceType = type;
            return this;
        }

        /**
         * Sets the batch strategy.
         *
         * @param strategy {@code SingleRecord} or {@code MultiRecord}
         * @return this builder
         */
        public Builder strategy(String strategy) {
            this.strategy = strategy;
            return this;
        }

        /**
         * Sets how outputs are assembled.
         *
         * @param assembleWith {@code None} or {@code Line}
         * @return this builder
         */
        public Builder assembleWith(String assembleWith) {
            this.assembleWith = assembleWith;
            return this;
        }

        /**
         * Sets where the .out files go.
         *
         * @param path an s3:// or file:// prefix
         * @return this builder
         */
        public Builder outputPath(String path) {
            this.outputPath = path;
            return this;
        }

        /**
         * Sets the response type asked of the model.
         *
         * @param accept a MIME type
         * @return this builder
         */
        public Builder accept(String accept) {
            this.accept = accept;
            return this;
        }

        /**
         * Sets the parallel requests per instance.
         *
         * @param max the count (0 or unset: locally the number of CPUs, at most as many requests as
         *            the heap holds at four times the payload limit each)
         * @return this builder
         */
        public Builder maxConcurrentTransforms(int max) {
            this.maxConcurrentTransforms = max;
            return this;
        }

        /**
         * Sets the request size limit.
         *
         * @param megabytes 0 to 100 (6 by default)
         * @return this builder
         */
        public Builder maxPayload(int megabytes) {
            this.maxPayload = megabytes;
            return this;
        }

        /**
         * Sets the container environment of the job.
         *
         * @param env variables
         * @return this builder
         */
        public Builder env(Map<String, String> env) {
            this.env.clear();
            this.env.putAll(env);
            return this;
        }

        /**
         * Sets the base of generated job names (default: the model name).
         *
         * @param name the base name
         * @return this builder
         */
        public Builder baseTransformJobName(String name) {
            this.baseTransformJobName = name;
            return this;
        }

        /**
         * Builds the transformer.
         *
         * @return the transformer
         */
        public Transformer build() {
            return new Transformer(this);
        }
    }
}
