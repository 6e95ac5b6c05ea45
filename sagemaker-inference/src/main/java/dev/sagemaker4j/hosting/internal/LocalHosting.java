/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobStore;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.DirectInvocation;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.spi.RuntimeApi;
import dev.sagemaker4j.utils.Names;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig;
import software.amazon.awssdk.services.sagemaker.model.DataCaptureConfigSummary;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DeployedImage;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DesiredWeightAndCapacity;
import software.amazon.awssdk.services.sagemaker.model.EndpointConfigSummary;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointConfigsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointConfigsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelsResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelSummary;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantSummary;
import software.amazon.awssdk.services.sagemaker.model.UpdateEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.UpdateEndpointWeightsAndCapacitiesRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateEndpointWeightsAndCapacitiesResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointWithResponseStreamRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointWithResponseStreamResponse;

/**
 * Real-time hosting in-process: models, endpoint configurations and endpoints with SageMaker's
 * records and status machine (Creating → InService, Updating → InService, Deleting; Failed with a
 * reason when a model cannot be loaded), and InvokeEndpoint with production variants split by
 * weight, TargetVariant, multi-model TargetModel, a bounded number of concurrent invocations per
 * variant (instances × workers) and data capture. Updates swap the whole deployment at once and
 * close the old one after its last invocation: no request fails during an update.
 *
 * <p>An endpoint whose record says InService but that is not loaded in this JVM (the session was
 * reopened, another process created it) is loaded again on first use, as an endpoint outlives the
 * client on the service.
 */
public final class LocalHosting implements LocalPart, HostingApi, RuntimeApi, DirectInvocation {
    private static final Logger LOG = LoggerFactory.getLogger(LocalHosting.class);
    /** The service's payload limit. */
    static final int MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
    /** Environment variable of a model: worker threads per instance (default: the number of CPUs). */
    static final String WORKERS = "SAGEMAKER_MODEL_SERVER_WORKERS";
    /** Environment variable of a multi-model model: the memory bound of loaded models, in bytes. */
    static final String MME_MAX_BYTES = "SAGEMAKER4J_MULTI_MODEL_MAX_BYTES";

    private final LocalContext context;
    private final JobStore records;
    private final ModelLoader loader;
    private final Map<String, AtomicReference<Deployment>> live = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final ExecutorService work;

    /**
     * Creates the hosting part of the local backend.
     *
     * @param context what the parts share
     */
    public LocalHosting(LocalContext context) {
        this.context = context;
        this.records = context.jobs();
        this.loader = new ModelLoader(context.objectStore(), context.root().resolve("hosting"),
                dev.sagemaker4j.local.Tarballs.Limits.fromProperties(context.config().properties()));
        this.work = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sagemaker4j-hosting");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(HostingApi.CAPABILITY, this).offer(RuntimeApi.CAPABILITY, this)
                .offer(DirectInvocation.CAPABILITY, this);
    }

    @Override
    public void close() {
        for (AtomicReference<Deployment> ref : live.values()) {
            Deployment d = ref.getAndSet(null);
            if (d != null) {
                d.retire();
            }
        }
        live.clear();
        work.shutdownNow();
    }

    private Object lock(String endpoint) {
        return locks.computeIfAbsent(endpoint, k -> new Object());
    }

    // ---- models ----

    @Override
    public CreateModelResponse createModel(CreateModelRequest request) {
        String name = Names.validateName("ModelName", request.modelName());
        ContainerDefinition container = request.primaryContainer();
        if (container == null && request.hasContainers() && !request.containers().isEmpty()) {
            container = request.containers().get(0);
        }
        if (container == null) {
            throw new ValidationException("PrimaryContainer", null, "is missing",
                    "give the model's image and ModelDataUrl (Model.builder().imageUri(...).modelData(...))");
        }
        container = fromModelPackage(container);
        String data = container.modelDataUrl();
        var source = container.modelDataSource() == null ? null : container.modelDataSource().s3DataSource();
        if (data == null && source != null && "S3Object".equals(source.s3DataTypeAsString())
                && "Gzip".equals(source.compressionTypeAsString())) {
            // a ModelDataSource naming one model.tar.gz (Session.endpoint_from_job sends one) is served as that
            // ModelDataUrl; the recorded container carries both
            data = source.s3Uri();
            container = container.toBuilder().modelDataUrl(data).build();
        }
        if (data != null && !data.startsWith("s3://") && !data.startsWith("file:")) {
            throw new ValidationException("PrimaryContainer.ModelDataUrl", data,
                    "is neither an s3:// nor a file:// URI",
                    "point it at a model.tar.gz");
        }
        boolean multi = "MultiModel".equals(container.modeAsString());
        if (!multi && data == null && !container.environment().containsKey("SAGEMAKER_PROGRAM")) {
            throw new ValidationException("PrimaryContainer.ModelDataUrl", null, "is missing",
                    "give the model.tar.gz of a training job (estimator.modelData())");
        }
        String arn = JobKind.MODEL.arn(context.region(), context.accountId(), name);
        records.create(JobKind.MODEL, name, DescribeModelResponse.builder().modelName(name).modelArn(arn)
                .primaryContainer(container).executionRoleArn(request.executionRoleArn())
                .containers(request.hasContainers() ? request.containers() : null).vpcConfig(request.vpcConfig())
                .enableNetworkIsolation(request.enableNetworkIsolation()).creationTime(Instant.now()).build());
        return CreateModelResponse.builder().modelArn(arn).build();
    }

    /**
     * A container naming a model package ({@code ModelPackageName}, as {@code ModelPackage.create} sends it) gets
     * the package's inference container: its image and model data, with the naming container's environment laid
     * over the package's; the recorded container keeps the package's name.
     */
    private ContainerDefinition fromModelPackage(ContainerDefinition container) {
        if (container.modelPackageName() == null) {
            return container;
        }
        DescribeModelPackageResponse pkg = context.api(ModelPackagesApi.CAPABILITY).describeModelPackage(
                DescribeModelPackageRequest.builder().modelPackageName(container.modelPackageName()).build());
        if (pkg.inferenceSpecification() == null || pkg.inferenceSpecification().containers().isEmpty()) {
            throw new ValidationException("PrimaryContainer.ModelPackageName", container.modelPackageName(),
                    "names a model package without inference containers",
                    "register the package with an InferenceSpecification (Model.register)");
        }
        ModelPackageContainerDefinition source = pkg.inferenceSpecification().containers().get(0);
        Map<String, String> env = new LinkedHashMap<>(source.environment());
        env.putAll(container.environment());
        ContainerDefinition.Builder b = container.toBuilder().image(source.image()).environment(env);
        if (source.modelDataUrl() != null) {
            b.modelDataUrl(source.modelDataUrl());
        } else if (source.modelDataSource() != null) {
            b.modelDataSource(source.modelDataSource());
        }
        return b.build();
    }

    @Override
    public DescribeModelResponse describeModel(DescribeModelRequest request) {
        return records.get(JobKind.MODEL, Names.validateName("ModelName", request.modelName()));
    }

    @Override
    public DeleteModelResponse deleteModel(DeleteModelRequest request) {
        String name = Names.validateName("ModelName", request.modelName());
        records.get(JobKind.MODEL, name);
        records.remove(JobKind.MODEL, name);
        return DeleteModelResponse.builder().build();
    }

    @Override
    public ListModelsResponse listModels(ListModelsRequest request) {
        Listing.Page<DescribeModelResponse> page = Listing.<DescribeModelResponse>of(records.all(JobKind.MODEL))
                .nameContains(request.nameContains(), DescribeModelResponse::modelName)
                .after(request.creationTimeAfter(), DescribeModelResponse::creationTime)
                .before(request.creationTimeBefore(), DescribeModelResponse::creationTime)
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "Name", Comparator.comparing(DescribeModelResponse::modelName),
                        "CreationTime", Comparator.comparing(DescribeModelResponse::creationTime)),
                        request.maxResults(), request.nextToken());
        return ListModelsResponse.builder().models(page.map(m -> ModelSummary.builder().modelName(m.modelName())
                .modelArn(m.modelArn()).creationTime(m.creationTime()).build())).nextToken(page.nextToken()).build();
    }

    // ---- endpoint configurations ----

    @Override
    public CreateEndpointConfigResponse createEndpointConfig(CreateEndpointConfigRequest request) {
        String name = Names.validateName("EndpointConfigName", request.endpointConfigName());
        if (!request.hasProductionVariants() || request.productionVariants().isEmpty()) {
            throw new ValidationException("ProductionVariants", null, "is empty",
                    "give at least one production variant");
        }
        List<String> seen = new ArrayList<>();
        for (ProductionVariant v : request.productionVariants()) {
            Names.validateName("ProductionVariants.VariantName", v.variantName());
            if (seen.contains(v.variantName())) {
                throw new ValidationException("ProductionVariants.VariantName", v.variantName(), "is given twice",
                        "give each variant a different name");
            }
            seen.add(v.variantName());
            if (v.modelName() == null || records.find(JobKind.MODEL, v.modelName()).isEmpty()) {
                throw new ValidationException("ProductionVariants[" + v.variantName() + "].ModelName", v.modelName(),
                        "is not a model (Could not find model)", "create the model first (Model.create())");
            }
            if (v.initialInstanceCount() != null && v.initialInstanceCount() < 1) {
                throw new ValidationException("ProductionVariants[" + v.variantName() + "].InitialInstanceCount",
                        v.initialInstanceCount(), "must be at least 1", "ask for one or more instances");
            }
            if (v.initialVariantWeight() != null && v.initialVariantWeight() < 0) {
                throw new ValidationException("ProductionVariants[" + v.variantName() + "].InitialVariantWeight",
                        v.initialVariantWeight(), "must not be negative", "give a weight of 0 or more");
            }
        }
        DataCaptureConfig capture = request.dataCaptureConfig();
        if (capture != null && Boolean.TRUE.equals(capture.enableCapture())) {
            if (capture.destinationS3Uri() == null) {
                throw new ValidationException("DataCaptureConfig.DestinationS3Uri", null, "is missing",
                        "give the s3:// prefix the captured data goes to");
            }
            Integer p = capture.initialSamplingPercentage();
            if (p != null && (p < 0 || p > 100)) {
                throw new ValidationException("DataCaptureConfig.InitialSamplingPercentage", p,
                        "must be between 0 and 100", "give a percentage");
            }
        }
        String arn = JobKind.ENDPOINT_CONFIG.arn(context.region(), context.accountId(), name);
        records.create(JobKind.ENDPOINT_CONFIG, name, DescribeEndpointConfigResponse.builder().endpointConfigName(name)
                .endpointConfigArn(arn).productionVariants(request.productionVariants())
                .dataCaptureConfig(capture).kmsKeyId(request.kmsKeyId())
                        .asyncInferenceConfig(request.asyncInferenceConfig())
                .explainerConfig(request.explainerConfig()).vpcConfig(request.vpcConfig())
                .enableNetworkIsolation(request.enableNetworkIsolation()).executionRoleArn(request.executionRoleArn())
                .creationTime(Instant.now()).build());
        return CreateEndpointConfigResponse.builder().endpointConfigArn(arn).build();
    }

    @Override
    public DescribeEndpointConfigResponse describeEndpointConfig(DescribeEndpointConfigRequest request) {
        return records.get(JobKind.ENDPOINT_CONFIG, Names.validateName("EndpointConfigName",
                request.endpointConfigName()));
    }

    @Override
    public DeleteEndpointConfigResponse deleteEndpointConfig(DeleteEndpointConfigRequest request) {
        String name = Names.validateName("EndpointConfigName", request.endpointConfigName());
        records.get(JobKind.ENDPOINT_CONFIG, name);
        records.remove(JobKind.ENDPOINT_CONFIG, name);
        return DeleteEndpointConfigResponse.builder().build();
    }

    // ---- endpoints ----

    @Override
    public CreateEndpointResponse createEndpoint(CreateEndpointRequest request) {
        String name = Names.validateName("EndpointName", request.endpointName());
        DescribeEndpointConfigResponse config = config(request.endpointConfigName());
        String arn = JobKind.ENDPOINT.arn(context.region(), context.accountId(), name);
        Instant now = Instant.now();
        records.create(JobKind.ENDPOINT, name, DescribeEndpointResponse.builder().endpointName(name).endpointArn(arn)
                .endpointConfigName(config.endpointConfigName()).endpointStatus("Creating").creationTime(now)
                .lastModifiedTime(now).build());
        work.execute(() -> {
            synchronized (lock(name)) {
                try {
                    Deployment d = deploy(name, config);
                    live.computeIfAbsent(name, k -> new AtomicReference<>()).set(d);
                    records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> inService(r, d, null));
                    LOG.debug("Endpoint {} is InService", name);
                } catch (Exception | LinkageError e) {
                    String reason = ModelLoader.reason(e);
                    LOG.debug("Endpoint {} failed: {}", name, reason, e);
                    records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> r.toBuilder()
                            .endpointStatus("Failed").failureReason(cut(reason)).lastModifiedTime(Instant.now())
                                    .build());
                }
            }
        });
        return CreateEndpointResponse.builder().endpointArn(arn).build();
    }

    private DescribeEndpointConfigResponse config(String name) {
        Names.validateName("EndpointConfigName", name);
        return records.<DescribeEndpointConfigResponse>find(JobKind.ENDPOINT_CONFIG, name)
                .orElseThrow(() -> new ValidationException("EndpointConfigName", name,
                        "is not an endpoint configuration (Could not find endpoint configuration)",
                        "create it first (CreateEndpointConfig)"));
    }

    private static String cut(String reason) {
        return reason.length() > 1024 ? reason.substring(0, 1024) : reason;
    }

    /** Loads every variant of a configuration. */
    private Deployment deploy(String endpoint, DescribeEndpointConfigResponse config) throws Exception {
        List<Deployment.Variant> variants = new ArrayList<>();
        try {
            for (ProductionVariant v : config.productionVariants()) {
                DescribeModelResponse model = records.<DescribeModelResponse>find(JobKind.MODEL, v.modelName())
                        .orElseThrow(() -> new ValidationException("ModelName", v.modelName(),
                                "no longer exists", "create the model again"));
                ContainerDefinition c = model.primaryContainer();
                Map<String, String> env = c.environment();
                int workers = workers(env);
                int count = v.initialInstanceCount() == null ? 1 : v.initialInstanceCount();
                float weight = v.initialVariantWeight() == null ? 1f : v.initialVariantWeight();
                if ("MultiModel".equals(c.modeAsString())) {
                    long max = Long.parseLong(env.getOrDefault(MME_MAX_BYTES, Long.toString(1L << 30)));
                    variants.add(new Deployment.Variant(v.variantName(), v.modelName(), c.image(),
                            v.instanceTypeAsString(), count, weight, null,
                            new MultiModelCache(endpoint, c.modelDataUrl(), env, loader, max), workers));
                } else {
                    variants.add(new Deployment.Variant(v.variantName(), v.modelName(), c.image(),
                            v.instanceTypeAsString(), count, weight, loader.load(c.modelDataUrl(), env), null,
                            workers));
                }
            }
        } catch (Exception | LinkageError e) {
            for (Deployment.Variant v : variants) {
                if (v.model != null) {
                    v.model.release();
                }
                if (v.multiModel != null) {
                    v.multiModel.close();
                }
            }
            throw e;
        }
        DataCaptureConfig capture = config.dataCaptureConfig();
        DataCaptureWriter writer = capture != null && Boolean.TRUE.equals(capture.enableCapture())
                ? new DataCaptureWriter(endpoint, capture, context.objectStore(), Long.parseLong(
                context.config().properties().getOrDefault("local.dataCaptureFlushMillis", "1000"))) : null;
        return new Deployment(config.endpointConfigName(), variants, writer);
    }

    private static int workers(Map<String, String> env) {
        String w = env.get(WORKERS);
        if (w == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            return Math.max(1, Integer.parseInt(w.trim()));
        } catch (NumberFormatException e) {
            throw new ValidationException(WORKERS, w, "is not a number", "give the workers per instance");
        }
    }

    private static DescribeEndpointResponse inService(DescribeEndpointResponse r, Deployment d, String failure) {
        List<ProductionVariantSummary> summaries = new ArrayList<>();
        for (Deployment.Variant v : d.variants()) {
            summaries.add(ProductionVariantSummary.builder().variantName(v.name).currentWeight(v.weight)
                    .desiredWeight(v.weight).currentInstanceCount(v.instanceCount).desiredInstanceCount(v.instanceCount)
                    .deployedImages(DeployedImage.builder().specifiedImage(v.image).resolvedImage(v.image)
                            .resolutionTime(Instant.now()).build())
                    .build());
        }
        DescribeEndpointResponse.Builder b = r.toBuilder().endpointStatus("InService").endpointConfigName(
                d.configName()).productionVariants(summaries).lastModifiedTime(Instant.now()).failureReason(failure);
        DataCaptureWriter capture = d.capture();
        if (capture != null) {
            b.dataCaptureConfig(DataCaptureConfigSummary.builder().enableCapture(true).captureStatus("Started")
                    .build());
        } else {
            b.dataCaptureConfig((DataCaptureConfigSummary) null);
        }
        return b.build();
    }

    @Override
    public DescribeEndpointResponse describeEndpoint(DescribeEndpointRequest request) {
        return records.get(JobKind.ENDPOINT, Names.validateName("EndpointName", request.endpointName()));
    }

    @Override
    public ListEndpointsResponse listEndpoints(ListEndpointsRequest request) {
        Listing.Page<DescribeEndpointResponse> page = Listing.<DescribeEndpointResponse>of(
                records.all(JobKind.ENDPOINT))
                .nameContains(request.nameContains(), DescribeEndpointResponse::endpointName)
                .equalTo(request.statusEqualsAsString(), DescribeEndpointResponse::endpointStatusAsString)
                .after(request.creationTimeAfter(), DescribeEndpointResponse::creationTime)
                .before(request.creationTimeBefore(), DescribeEndpointResponse::creationTime)
                .after(request.lastModifiedTimeAfter(), DescribeEndpointResponse::lastModifiedTime)
                .before(request.lastModifiedTimeBefore(), DescribeEndpointResponse::lastModifiedTime)
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "Name", Comparator.comparing(DescribeEndpointResponse::endpointName),
                        "CreationTime", Comparator.comparing(DescribeEndpointResponse::creationTime),
                        "Status", Comparator.comparing(DescribeEndpointResponse::endpointStatusAsString)),
                        request.maxResults(), request.nextToken());
        return ListEndpointsResponse.builder().endpoints(page.map(e -> EndpointSummary.builder()
                .endpointName(e.endpointName()).endpointArn(e.endpointArn()).creationTime(e.creationTime())
                .lastModifiedTime(e.lastModifiedTime()).endpointStatus(e.endpointStatusAsString()).build()))
                .nextToken(page.nextToken()).build();
    }

    @Override
    public ListEndpointConfigsResponse listEndpointConfigs(ListEndpointConfigsRequest request) {
        Listing.Page<DescribeEndpointConfigResponse> page = Listing.<DescribeEndpointConfigResponse>of(
                records.all(JobKind.ENDPOINT_CONFIG))
                .nameContains(request.nameContains(), DescribeEndpointConfigResponse::endpointConfigName)
                .after(request.creationTimeAfter(), DescribeEndpointConfigResponse::creationTime)
                .before(request.creationTimeBefore(), DescribeEndpointConfigResponse::creationTime)
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "Name", Comparator.comparing(DescribeEndpointConfigResponse::endpointConfigName),
                        "CreationTime", Comparator.comparing(DescribeEndpointConfigResponse::creationTime)),
                        request.maxResults(), request.nextToken());
        return ListEndpointConfigsResponse.builder().endpointConfigs(page.map(c -> EndpointConfigSummary.builder()
                .endpointConfigName(c.endpointConfigName()).endpointConfigArn(c.endpointConfigArn())
                .creationTime(c.creationTime()).build())).nextToken(page.nextToken()).build();
    }

    @Override
    public UpdateEndpointResponse updateEndpoint(UpdateEndpointRequest request) {
        String name = Names.validateName("EndpointName", request.endpointName());
        DescribeEndpointConfigResponse config = config(request.endpointConfigName());
        DescribeEndpointResponse current = records.get(JobKind.ENDPOINT, name);
        requireStatus(current, "InService", "Failed");
        ensureLoaded(name);
        records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> r.toBuilder().endpointStatus("Updating")
                .lastModifiedTime(Instant.now()).build());
        work.execute(() -> {
            synchronized (lock(name)) {
                try {
                    Deployment next = deploy(name, config);
                    AtomicReference<Deployment> ref = live.computeIfAbsent(name, k -> new AtomicReference<>());
                    Deployment old = ref.getAndSet(next);
                    if (old != null) {
                        old.retire();
                    }
                    records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> inService(r, next, null));
                } catch (Exception | LinkageError e) {
                    String reason = cut(ModelLoader.reason(e));
                    records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> r.toBuilder()
                            .endpointStatus("RollingBack").failureReason(reason).build());
                    Deployment old = live.get(name) == null ? null : live.get(name).get();
                    records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> old == null
                            ? r.toBuilder().endpointStatus("Failed").build() : inService(r, old, reason));
                }
            }
        });
        return UpdateEndpointResponse.builder().endpointArn(current.endpointArn()).build();
    }

    @Override
    public UpdateEndpointWeightsAndCapacitiesResponse updateEndpointWeightsAndCapacities(
            UpdateEndpointWeightsAndCapacitiesRequest request) {
        String name = Names.validateName("EndpointName", request.endpointName());
        DescribeEndpointResponse current = records.get(JobKind.ENDPOINT, name);
        requireStatus(current, "InService");
        Deployment d = ensureLoaded(name);
        Map<String, DesiredWeightAndCapacity> wanted = new HashMap<>();
        for (DesiredWeightAndCapacity w : request.desiredWeightsAndCapacities()) {
            if (d.variants().stream().noneMatch(v -> v.name.equals(w.variantName()))) {
                throw new ValidationException("DesiredWeightsAndCapacities.VariantName", w.variantName(),
                        "is not a variant of endpoint " + name, "use one of " + d.variants().stream()
                        .map(v -> v.name).collect(Collectors.toList()));
            }
            if (w.desiredWeight() != null && w.desiredWeight() < 0) {
                throw new ValidationException("DesiredWeight", w.desiredWeight(), "must not be negative",
                        "give a weight of 0 or more");
            }
            if (w.desiredInstanceCount() != null && w.desiredInstanceCount() < 1) {
                throw new ValidationException("DesiredInstanceCount", w.desiredInstanceCount(), "must be at least 1",
                        "give one or more instances");
            }
            wanted.put(w.variantName(), w);
        }
        records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> r.toBuilder().endpointStatus("Updating")
                .lastModifiedTime(Instant.now()).build());
        synchronized (lock(name)) {
            AtomicReference<Deployment> ref = live.get(name);
            Deployment old = ref.get();
            List<Deployment.Variant> variants = new ArrayList<>();
            for (Deployment.Variant v : old.variants()) {
                DesiredWeightAndCapacity w = wanted.get(v.name);
                float weight = w != null && w.desiredWeight() != null ? w.desiredWeight() : v.weight;
                int count = w != null && w.desiredInstanceCount() != null ? w.desiredInstanceCount() : v.instanceCount;
                variants.add(v.reweighted(weight, count, v.capacity / Math.max(1, v.instanceCount)));
            }
            Deployment next = new Deployment(old.configName(), variants, old.capture());
            old.handOverShared();
            ref.set(next);
            old.retire();
            records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> inService(r, next, null));
        }
        return UpdateEndpointWeightsAndCapacitiesResponse.builder().endpointArn(current.endpointArn()).build();
    }

    @Override
    public DeleteEndpointResponse deleteEndpoint(DeleteEndpointRequest request) {
        String name = Names.validateName("EndpointName", request.endpointName());
        records.get(JobKind.ENDPOINT, name);
        records.<DescribeEndpointResponse>update(JobKind.ENDPOINT, name, r -> r.toBuilder().endpointStatus("Deleting")
                .lastModifiedTime(Instant.now()).build());
        synchronized (lock(name)) {
            AtomicReference<Deployment> ref = live.remove(name);
            if (ref != null && ref.get() != null) {
                ref.get().retire();
            }
            records.remove(JobKind.ENDPOINT, name);
        }
        return DeleteEndpointResponse.builder().build();
    }

    private static void requireStatus(DescribeEndpointResponse endpoint, String... allowed) {
        String status = endpoint.endpointStatusAsString();
        for (String a : allowed) {
            if (a.equals(status)) {
                return;
            }
        }
        throw new ValidationException("EndpointName", endpoint.endpointName(), "is in status " + status
                + " (Cannot update in-progress endpoint)", "wait until it is " + String.join(" or ", allowed)
                + " (session.waitForEndpoint)");
    }

    /** The live deployment of an endpoint, loading it again from its record if this JVM does not have it. */
    private Deployment ensureLoaded(String name) {
        AtomicReference<Deployment> ref = live.get(name);
        if (ref != null && ref.get() != null) {
            return ref.get();
        }
        DescribeEndpointResponse record = records.<DescribeEndpointResponse>find(JobKind.ENDPOINT, name)
                .orElseThrow(() -> new ValidationException("EndpointName", name, "is not an endpoint (Endpoint "
                        + name + " of account " + context.accountId() + " not found)",
                        "check the name; create it with model.deploy(...)"));
        if (!"InService".equals(record.endpointStatusAsString())) {
            throw new ValidationException("EndpointName", name, "is in status " + record.endpointStatusAsString()
                    + ", not InService", "wait for it with session.waitForEndpoint(name, timeout)");
        }
        synchronized (lock(name)) {
            ref = live.computeIfAbsent(name, k -> new AtomicReference<>());
            if (ref.get() == null) {
                try {
                    ref.set(deploy(name, config(record.endpointConfigName())));
                } catch (SageMakerException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ModelErrorException(name, 500, "The endpoint could not be loaded again: "
                            + ModelLoader.reason(e), e);
                }
            }
            return ref.get();
        }
    }

    // ---- invoke ----

    /**
     * The local model servers do not stream: the response is one payload part, the whole body InvokeEndpoint
     * answers for the same request.
     */
    @Override
    public InvokeEndpointWithResponseStreamResponse invokeEndpointWithResponseStream(
            InvokeEndpointWithResponseStreamRequest request, java.util.function.Consumer<byte[]> payloadParts) {
        if (request.targetContainerHostname() != null) {
            throw new OperationNotSupportedException("InvokeEndpointWithResponseStream with TargetContainerHostname"
                    + " (direct invocation of a multi-container endpoint)", backendName());
        }
        InvokeEndpointResponse whole = invokeEndpoint(InvokeEndpointRequest.builder()
                .endpointName(request.endpointName()).body(request.body()).contentType(request.contentType())
                .accept(request.accept()).customAttributes(request.customAttributes())
                .targetVariant(request.targetVariant()).inferenceId(request.inferenceId())
                .inferenceComponentName(request.inferenceComponentName()).build());
        payloadParts.accept(whole.body().asByteArray());
        return InvokeEndpointWithResponseStreamResponse.builder().contentType(whole.contentType())
                .invokedProductionVariant(whole.invokedProductionVariant()).customAttributes(whole.customAttributes())
                .build();
    }

    @Override
    public InvokeEndpointResponse invokeEndpoint(InvokeEndpointRequest request) {
        String name = Names.validateName("EndpointName", request.endpointName());
        if (request.inferenceComponentName() != null) {
            throw new OperationNotSupportedException("InvokeEndpoint with InferenceComponentName (inference"
                    + " components)", backendName());
        }
        SdkBytes bodyBytes = request.body();
        if (bodyBytes == null) {
            throw new ValidationException("Body", null, "is missing", "send the records to score");
        }
        byte[] body = bodyBytes.asByteArrayUnsafe();
        if (body.length > MAX_PAYLOAD_BYTES) {
            throw new ValidationException("Body", body.length + " bytes", "is larger than the 6 MB limit of"
                    + " InvokeEndpoint", "send fewer records per request, or use batch transform");
        }
        Deployment d = enter(name);
        try {
            Deployment.Variant variant = d.choose(request.targetVariant());
            LoadedModel model = model(name, variant, request.targetModel());
            variant.acquire(name);
            ModelRuntime.Invocation result;
            try {
                result = model.runtime().invoke(body, request.contentType(), request.accept());
            } catch (ModelInvocationException e) {
                throw new ModelErrorException(name, e.statusCode(), e.getMessage(), e);
            } finally {
                variant.release();
                if (variant.multiModel != null) {
                    model.release();
                }
            }
            variant.invocations.incrementAndGet();
            DataCaptureWriter capture = d.capture();
            if (capture != null && capture.sample()) {
                capture.capture(new DataCaptureWriter.Event(variant.name, body, request.contentType(), result.body(),
                        result.contentType(), request.inferenceId(), Instant.now()));
            }
            return InvokeEndpointResponse.builder().body(SdkBytes.fromByteArrayUnsafe(result.body()))
                    .contentType(result.contentType()).invokedProductionVariant(variant.name).build();
        } finally {
            d.exit();
        }
    }

    @Override
    public NpyArray invokeArray(String endpointName, String targetVariant, String targetModel, float[][] rows) {
        return invokeTyped(endpointName, targetVariant, targetModel, runtime -> runtime.predictArray(rows));
    }

    @Override
    public NpyArray invokeTensor(String endpointName, String targetVariant, String targetModel, NpyArray input) {
        return invokeTyped(endpointName, targetVariant, targetModel, runtime -> runtime.predictTensor(input));
    }

    private NpyArray invokeTyped(String endpointName, String targetVariant, String targetModel,
            java.util.function.Function<ModelRuntime, NpyArray> predict) {
        String name = Names.validateName("EndpointName", endpointName);
        Deployment d = enter(name);
        try {
            Deployment.Variant variant = d.choose(targetVariant);
            if (d.capture() != null) {
                return null;
            }
            LoadedModel model = model(name, variant, targetModel);
            variant.acquire(name);
            try {
                NpyArray out = predict.apply(model.runtime());
                if (out != null) {
                    variant.invocations.incrementAndGet();
                }
                return out;
            } catch (ModelInvocationException e) {
                throw new ModelErrorException(name, e.statusCode(), e.getMessage(), e);
            } finally {
                variant.release();
                if (variant.multiModel != null) {
                    model.release();
                }
            }
        } finally {
            d.exit();
        }
    }

    private Deployment enter(String name) {
        while (true) {
            AtomicReference<Deployment> ref = live.get(name);
            Deployment d = ref == null ? null : ref.get();
            if (d == null) {
                d = ensureLoaded(name);
            }
            if (d.enter()) {
                return d;
            }
        }
    }

    private static LoadedModel model(String endpoint, Deployment.Variant variant, String targetModel) {
        if (variant.multiModel != null) {
            return variant.multiModel.acquire(targetModel);
        }
        if (targetModel != null) {
            throw new ValidationException("TargetModel", targetModel, "is only for multi-model endpoints",
                    "leave it out for endpoint " + endpoint + " (its model is not a MultiModel container)");
        }
        return variant.model;
    }

    /**
     * Invocation counts per variant of a live endpoint (for tests and diagnostics).
     *
     * @param endpoint the endpoint
     * @return variant name to invocations served by the current deployment
     */
    public Map<String, Integer> invocationCounts(String endpoint) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        AtomicReference<Deployment> ref = live.get(endpoint);
        if (ref != null && ref.get() != null) {
            ref.get().variants().forEach(v -> counts.put(v.name, v.invocations.get()));
        }
        return counts;
    }

    /**
     * The models a multi-model endpoint's variant holds now, least recently used first.
     *
     * @param endpoint the endpoint
     * @return variant name to loaded TargetModels
     */
    public Map<String, List<String>> loadedModels(String endpoint) {
        Map<String, List<String>> loaded = new LinkedHashMap<>();
        AtomicReference<Deployment> ref = live.get(endpoint);
        if (ref != null && ref.get() != null) {
            ref.get().variants().forEach(v -> loaded.put(v.name, v.multiModel == null ? List.of()
                    : v.multiModel.loadedModels()));
        }
        return loaded;
    }
}
