/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLifecycle;
import dev.sagemaker4j.local.JobLog;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.TransformJobsApi;
import dev.sagemaker4j.utils.Names;
import dev.sagemaker4j.utils.Uris;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DataProcessing;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTransformJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTransformJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.StopTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.StopTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.TransformInput;
import software.amazon.awssdk.services.sagemaker.model.TransformJobSummary;

/**
 * Batch transform in-process, with SageMaker's semantics: every input object gives
 * {@code <S3OutputPath>/<relative key>.out}; {@code SplitType=Line} splits records;
 * {@code MultiRecord} packs as many records as fit {@code MaxPayloadInMB} per request,
 * {@code SingleRecord} sends one; {@code AssembleWith=Line} ends each output record with a newline;
 * record order is kept; {@code InputFilter}, {@code OutputFilter} and {@code JoinSource=Input} work on
 * CSV and JSON records; gzip input, manifest files and Parquet input. Objects are streamed; memory is
 * bounded by the payload size times the concurrency, not by the objects. Outputs are published only
 * when complete; a record the model rejects fails the job with the object and record in the reason.
 * (DescribeTransformJob is answered by the job records part of the backend.)
 */
public final class LocalTransform implements LocalPart, TransformJobsApi {
    private static final Set<String> STRATEGIES = Set.of("SingleRecord", "MultiRecord");

    private final LocalContext context;
    private final ModelLoader loader;
    private final JobLifecycle<DescribeTransformJobResponse> lifecycle;

    /**
     * Creates the batch transform part of the local backend.
     *
     * @param context what the parts share
     */
    public LocalTransform(LocalContext context) {
        this.context = context;
        this.loader = new ModelLoader(context.objectStore(), context.root().resolve("hosting"),
                dev.sagemaker4j.local.Tarballs.Limits.fromProperties(context.config().properties()));
        this.lifecycle = new JobLifecycle<>(JobKind.TRANSFORM, context, new TransformStatuses());
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(TransformJobsApi.CAPABILITY, this);
    }

    @Override
    public CreateTransformJobResponse createTransformJob(CreateTransformJobRequest request) {
        String name = Names.validateName("TransformJobName", request.transformJobName());
        DescribeModelResponse model = context.jobs().<DescribeModelResponse>find(JobKind.MODEL,
                Names.validateName("ModelName", request.modelName())).orElseThrow(() -> new ValidationException(
                "ModelName", request.modelName(), "is not a model (Could not find model)",
                "create the model first (model.create() or estimator.transformer(...))"));
        if ("MultiModel".equals(model.primaryContainer().modeAsString())) {
            throw new ValidationException("ModelName", request.modelName(), "is a multi-model container",
                    "batch transform needs a single-model model");
        }
        TransformInput input = request.transformInput();
        if (input == null || input.dataSource() == null || input.dataSource().s3DataSource() == null) {
            throw new ValidationException("TransformInput.DataSource.S3DataSource", null, "is missing",
                    "give the input's S3Uri");
        }
        String uri = input.dataSource().s3DataSource().s3Uri();
        checkUri("TransformInput.DataSource.S3DataSource.S3Uri", uri);
        if (request.transformOutput() == null || request.transformOutput().s3OutputPath() == null) {
            throw new ValidationException("TransformOutput.S3OutputPath", null, "is missing",
                    "give where the .out files go");
        }
        checkUri("TransformOutput.S3OutputPath", request.transformOutput().s3OutputPath());
        String strategy = request.batchStrategyAsString() == null ? "MultiRecord" : request.batchStrategyAsString();
        if (!STRATEGIES.contains(strategy)) {
            throw new ValidationException("BatchStrategy", strategy, "is not a batch strategy",
                    "use SingleRecord or MultiRecord");
        }
        Integer payload = request.maxPayloadInMB();
        if (payload != null && (payload < 0 || payload > 100)) {
            throw new ValidationException("MaxPayloadInMB", payload, "must be between 0 and 100",
                    "give the request size limit in MB (6 by default)");
        }
        Integer concurrent = request.maxConcurrentTransforms();
        if (concurrent != null && concurrent < 0) {
            throw new ValidationException("MaxConcurrentTransforms", concurrent, "must not be negative",
                    "give the parallel requests per instance");
        }
        String split = input.splitTypeAsString() == null ? "None" : input.splitTypeAsString();
        if (!Set.of("None", "Line").contains(split)) {
            throw new ValidationException("TransformInput.SplitType", split, "is not supported locally",
                    "use None or Line (RecordIO and TFRecord are not supported by the local backend)");
        }
        String compression = input.compressionTypeAsString() == null ? "None" : input.compressionTypeAsString();
        if (!Set.of("None", "Gzip").contains(compression)) {
            throw new ValidationException("TransformInput.CompressionType", compression, "is not a compression type",
                    "use None or Gzip");
        }
        DataProcessing processing = request.dataProcessing();
        if (processing != null) {
            JsonPathFilter.parse("DataProcessing.InputFilter", processing.inputFilter());
            JsonPathFilter.parse("DataProcessing.OutputFilter", processing.outputFilter());
            String join = processing.joinSourceAsString();
            if (join != null && !Set.of("None", "Input").contains(join)) {
                throw new ValidationException("DataProcessing.JoinSource", join, "is not a join source",
                        "use None or Input");
            }
        }
        String arn = JobKind.TRANSFORM.arn(context.region(), context.accountId(), name);
        Instant now = Instant.now();
        DescribeTransformJobResponse record = DescribeTransformJobResponse.builder().transformJobName(name)
                .transformJobArn(arn).transformJobStatus("InProgress").modelName(request.modelName())
                .maxConcurrentTransforms(request.maxConcurrentTransforms()).maxPayloadInMB(request.maxPayloadInMB())
                .batchStrategy(strategy).environment(request.environment()).transformInput(input)
                .transformOutput(request.transformOutput()).transformResources(request.transformResources())
                .dataProcessing(processing).modelClientConfig(request.modelClientConfig())
                .dataCaptureConfig(request.dataCaptureConfig()).experimentConfig(request.experimentConfig())
                .creationTime(now).build();
        lifecycle.start(name, record, signal -> run(name, request, model, signal));
        return CreateTransformJobResponse.builder().transformJobArn(arn).build();
    }

    private static void checkUri(String field, String uri) {
        if (S3Uri.isS3(uri)) {
            S3Uri.parse(uri);
        } else if (Uris.isFile(uri)) {
            Uris.fileKey(uri);
        } else {
            throw new ValidationException(field, uri, "is neither an s3:// nor a file:// URI",
                    "write s3://bucket/prefix or file:///absolute/path");
        }
    }

    /** The job body; the lifecycle writes the terminal status once it returns (or throws). */
    private JobLifecycle.Ending<DescribeTransformJobResponse> run(String name, CreateTransformJobRequest request,
                                                                  DescribeModelResponse model,
                                                                  JobRunner.StopSignal signal) throws IOException {
        Instant start = Instant.now();
        context.jobs().<DescribeTransformJobResponse>update(JobKind.TRANSFORM, name, r -> r.toBuilder()
                .transformStartTime(start).build());
        LoadedModel loaded = null;
        try (JobLog log = new JobLog(context.jobs().logFile(JobKind.TRANSFORM, name), name)) {
            try {
                loaded = loader.load(model.primaryContainer().modelDataUrl(), model.primaryContainer().environment());
                log.line("Loaded model " + model.modelName() + " (" + loaded.runtime().name() + ")");
                TransformRun run = new TransformRun(name, request, loaded.runtime(), context, log, signal);
                run.execute();
                if (lifecycle.stopRequested(name, signal)) {
                    log.line("Transform job stopped");
                    return JobLifecycle.Ending.stopped(signal.reason(), null);
                }
                log.line("Transform job completed: " + run.records() + " record(s) in " + run.objects()
                        + " object(s)");
                return JobLifecycle.Ending.completed(null);
            } catch (TransformRun.TransformFailure e) {
                log.line("Transform job failed: " + e.getMessage());
                return JobLifecycle.Ending.failed(e.getMessage(), null);
            } catch (Exception | LinkageError e) {
                String reason = "ClientError: " + ModelLoader.reason(e);
                log.line("Transform job failed: " + reason);
                return JobLifecycle.Ending.failed(reason, null);
            }
        } finally {
            if (loaded != null) {
                loaded.release();
            }
        }
    }

    /** How a transform job's record spells its status. */
    private static final class TransformStatuses implements JobLifecycle.Statuses<DescribeTransformJobResponse> {
        @Override
        public String status(DescribeTransformJobResponse record) {
            return record.transformJobStatusAsString();
        }

        @Override
        public DescribeTransformJobResponse withStatus(DescribeTransformJobResponse record, String status,
                                                       String reason, Instant at) {
            DescribeTransformJobResponse.Builder b = record.toBuilder().transformJobStatus(status);
            if (!"Stopping".equals(status)) {
                // the service shows a failure reason on Failed only, and an end time on every terminal status
                b.failureReason("Failed".equals(status) ? reason : null).transformEndTime(at);
            }
            return b.build();
        }
    }

    @Override
    public StopTransformJobResponse stopTransformJob(StopTransformJobRequest request) {
        lifecycle.stop("TransformJobName", Names.validateName("TransformJobName", request.transformJobName()));
        return StopTransformJobResponse.builder().build();
    }

    @Override
    public DescribeTransformJobResponse describeTransformJob(DescribeTransformJobRequest request) {
        String name = Names.validateName("TransformJobName", request.transformJobName());
        return lifecycle.view(name, context.jobs().get(JobKind.TRANSFORM, name));
    }

    @Override
    public ListTransformJobsResponse listTransformJobs(ListTransformJobsRequest request) {
        Listing.Page<DescribeTransformJobResponse> page = Listing.<DescribeTransformJobResponse>of(
                context.jobs().<DescribeTransformJobResponse>all(JobKind.TRANSFORM).stream()
                        .map(j -> lifecycle.view(j.transformJobName(), j)).collect(Collectors.toList()))
                .nameContains(request.nameContains(), DescribeTransformJobResponse::transformJobName)
                .equalTo(request.statusEqualsAsString(), DescribeTransformJobResponse::transformJobStatusAsString)
                .after(request.creationTimeAfter(), DescribeTransformJobResponse::creationTime)
                .before(request.creationTimeBefore(), DescribeTransformJobResponse::creationTime)
                .after(request.lastModifiedTimeAfter(), j -> j.transformEndTime() != null ? j.transformEndTime()
                        : j.creationTime())
                .before(request.lastModifiedTimeBefore(), j -> j.transformEndTime() != null ? j.transformEndTime()
                        : j.creationTime())
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "Name", Comparator.comparing(DescribeTransformJobResponse::transformJobName),
                        "CreationTime", Comparator.comparing(DescribeTransformJobResponse::creationTime),
                        "Status", Comparator.comparing(DescribeTransformJobResponse::transformJobStatusAsString)),
                        request.maxResults(), request.nextToken());
        return ListTransformJobsResponse.builder().transformJobSummaries(page.map(j -> TransformJobSummary.builder()
                .transformJobName(j.transformJobName()).transformJobArn(j.transformJobArn())
                .creationTime(j.creationTime()).transformEndTime(j.transformEndTime())
                .transformJobStatus(j.transformJobStatusAsString()).failureReason(j.failureReason()).build()))
                .nextToken(page.nextToken()).build();
    }
}
