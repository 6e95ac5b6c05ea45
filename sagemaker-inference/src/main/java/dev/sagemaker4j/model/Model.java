/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.computeresourcerequirements.ResourceRequirements;
import dev.sagemaker4j.deserializers.BytesDeserializer;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.deserializers.Deserializer;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.enums.EndpointType;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.model.internal.HandlerRuntime;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serializers.IdentitySerializer;
import dev.sagemaker4j.serializers.Serializer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.InferenceComponentsApi;
import dev.sagemaker4j.utils.Names;
import dev.sagemaker4j.utils.ServiceArguments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.AdditionalModelDataSource;
import software.amazon.awssdk.services.sagemaker.model.AsyncInferenceConfig;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.ExplainerConfig;
import software.amazon.awssdk.services.sagemaker.model.ImageConfig;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentStartupParameters;
import software.amazon.awssdk.services.sagemaker.model.InferenceHubAccessConfig;
import software.amazon.awssdk.services.sagemaker.model.ModelAccessConfig;
import software.amazon.awssdk.services.sagemaker.model.ModelCompressionType;
import software.amazon.awssdk.services.sagemaker.model.ModelDataSource;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.ManagedInstanceScalingStatus;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantManagedInstanceScaling;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantRoutingConfig;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig;
import software.amazon.awssdk.services.sagemaker.model.S3ModelDataSource;
import software.amazon.awssdk.services.sagemaker.model.S3ModelDataType;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.UpdateEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;

/**
 * A model that can be deployed to an endpoint, as {@code sagemaker.model.Model}: an inference image,
 * a model artifact and an environment. {@link #deploy} sends CreateModel, CreateEndpointConfig and
 * CreateEndpoint to the session's backend and returns a {@link Predictor}. Locally the runtime is
 * picked from the artifact ({@code xgboost-model}, {@code *.onnx}, LinearLearner and KMeans models)
 * or is the {@link InferenceHandler} named by {@link Builder#entryPoint(Class)}.
 *
 * <pre>{@code
 * Model model = Model.builder()
 *     .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
 *     .modelData("s3://bucket/xgb/job/output/model.tar.gz")
 *     .role(role).session(session).build();
 * Predictor<List<List<String>>> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
 *     .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
 * p.predict(new double[][] {{0.1, 2.3}});
 * p.deleteEndpoint();
 * }</pre>
 *
 * <p>{@code vpcConfig}, {@code enableNetworkIsolation}, {@code imageConfig} and tags are sent in
 * CreateModel as the Python SDK sends them; the local backend records them in DescribeModel and does
 * not enforce them. A Java model's inference code is an {@link InferenceHandler} class on the classpath
 * ({@link Builder#entryPoint(Class)}). Python's script mode is there for framework images on the service:
 * with {@code sourceDir}, {@code dependencies}, {@code codeLocation} or {@code gitConfig},
 * {@link Builder#entryPoint(String)} names a serving script, which {@link #create()} uploads (or repacks into
 * the artifact) and names in {@code SAGEMAKER_PROGRAM}, {@code SAGEMAKER_SUBMIT_DIRECTORY},
 * {@code SAGEMAKER_CONTAINER_LOG_LEVEL} and {@code SAGEMAKER_REGION}, as the Python SDK does
 * ({@code modelKmsKey} is kept and not sent).
 *
 * <p>Needs no closing; delete the endpoint (and the model) when done.
 */
public class Model {
    /** The image the local backend serves {@link InferenceHandler}s with. */
    public static final String JAVA_INFERENCE_IMAGE = "sagemaker4j/java-inference:17";
    /** Python's {@code base_name_from_image} pattern: the repository of {@code registry/repo:tag}. */
    private static final Pattern IMAGE = Pattern.compile("^(.+/)?([^:/]+)(:[^:]+)?$");
    /** Python's {@code base_from_name} pattern: a name ending in a {@code name_from_base} timestamp. */
    private static final Pattern TIMESTAMPED = Pattern.compile(
            "^(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{3}|\\d{6}-\\d{4})");

    private final Session session;
    private final String imageUri;
    private final String modelData;
    private final String role;
    private final Map<String, String> env;
    private final String mode;
    private final PredictorFactory predictorCls;
    private final Class<?> handler;
    private final VpcConfig vpcConfig;
    private final boolean enableNetworkIsolation;
    private final String modelKmsKey;
    private final ImageConfig imageConfig;
    private final ResourceRequirements resources;
    private final List<AdditionalModelDataSource> additionalModelDataSources;
    private final String modelReferenceArn;
    private final dev.sagemaker4j.model.internal.ModelCode code;
    private volatile dev.sagemaker4j.model.internal.ModelCode.Staged staged;
    private final List<Tag> tags = new ArrayList<>();
    private volatile String inferenceComponentName;
    private volatile String name;
    private volatile String baseName;
    private volatile String endpointName;

    /**
     * Creates a model from a builder.
     *
     * @param b the builder
     */
    protected Model(Builder b) {
        if (b.session == null) {
            throw new ValidationException("session", null, "is missing",
                    "pass .session(Session.local()) or .session(Session.sagemaker(region))");
        }
        this.session = b.session;
        // script mode (Python's source_dir, dependencies, code_location, git_config): entryPoint is a script
        boolean script = b.sourceDir != null || b.gitConfig != null || b.codeLocation != null
                || (b.dependencies != null && !b.dependencies.isEmpty());
        if (script && (b.imageUri == null || b.imageUri.isBlank())) {
            throw new ValidationException("imageUri", b.imageUri, "is missing for a script-mode model",
                    "pass the framework's inference image, e.g. ImageUris.retrieve(\"pytorch\", ...)");
        }
        this.code = script ? dev.sagemaker4j.model.internal.ModelCode.of(b.entryPoint, b.sourceDir, b.dependencies,
                b.codeLocation, b.containerLogLevel, b.gitConfig) : null;
        Map<String, String> environment = new LinkedHashMap<>(b.env);
        String image = b.imageUri;
        if (b.entryPoint != null) {
            environment.put(HandlerRuntime.PROGRAM, b.entryPoint);
            if (image == null) {
                image = JAVA_INFERENCE_IMAGE;
            }
        }
        if (image == null || image.isBlank()) {
            throw new ValidationException("imageUri", image, "is missing",
                    "pass the inference image (ImageUris.retrieve(...)) or an entryPoint handler");
        }
        if (b.modelData == null && b.entryPoint == null) {
            throw new ValidationException("modelData", null, "is missing",
                    "pass the model.tar.gz, e.g. estimator.modelData()");
        }
        if (b.modelData != null && !b.modelData.startsWith("s3://") && !b.modelData.startsWith("file:")) {
            throw new ValidationException("modelData", b.modelData, "is neither an s3:// nor a file:// URI",
                    "upload the model.tar.gz with session.uploadData(...) and pass the URI");
        }
        if (b.name != null) {
            Names.validateName("name", b.name);
        }
        this.imageUri = image;
        this.modelData = b.modelData;
        this.role = b.role;
        this.env = Collections.unmodifiableMap(environment);
        this.mode = b.mode;
        this.predictorCls = b.predictorCls;
        this.handler = b.handler;
        this.name = b.name;
        this.vpcConfig = b.vpcConfig;
        this.enableNetworkIsolation = b.enableNetworkIsolation;
        this.modelKmsKey = b.modelKmsKey;
        this.imageConfig = b.imageConfig;
        this.resources = b.resources;
        this.additionalModelDataSources = b.additionalModelDataSources;
        this.modelReferenceArn = b.modelReferenceArn;
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
     * Makes a predictor for an endpoint, as Python's {@code predictor_cls}: {@link #deploy} returns what it
     * makes, with the serializer and deserializer of the deploy call set on it when given.
     */
    @FunctionalInterface
    public interface PredictorFactory {
        /**
         * Creates the predictor.
         *
         * @param endpointName the endpoint
         * @param session      the session
         * @return the predictor
         */
        Predictor<?> create(String endpointName, Session session);
    }

    /**
     * The model name ({@code name}; set by {@link #create} when the builder had none).
     *
     * @return the name, or {@code null} before the model is created
     */
    public String name() {
        return name;
    }

    /**
     * The endpoint of the last {@link #deploy} ({@code endpoint_name}).
     *
     * @return the endpoint name, or {@code null}
     */
    public String endpointName() {
        return endpointName;
    }

    /**
     * The inference image ({@code image_uri}).
     *
     * @return the image URI
     */
    public String imageUri() {
        return imageUri;
    }

    /**
     * The model artifact ({@code model_data}).
     *
     * @return the model.tar.gz URI (or prefix for multi-model)
     */
    public String modelData() {
        return modelData;
    }

    /**
     * The container environment ({@code env}).
     *
     * @return an unmodifiable map
     */
    public Map<String, String> env() {
        return env;
    }

    /**
     * The execution role ({@code role}).
     *
     * @return the role ARN, or {@code null}
     */
    public String role() {
        return role;
    }

    /**
     * The VPC the model's containers run in ({@code vpc_config}).
     *
     * @return the configuration, or {@code null}
     */
    public VpcConfig vpcConfig() {
        return vpcConfig;
    }

    /**
     * Whether the model's containers are cut off from the network, as Python's
     * {@code enable_network_isolation()}.
     *
     * @return the flag (default {@code false})
     */
    public boolean enableNetworkIsolation() {
        return enableNetworkIsolation;
    }

    /**
     * The KMS key Python uses for a repacked model archive ({@code model_kms_key}); kept, not sent (nothing
     * is repacked).
     *
     * @return the key, or {@code null}
     */
    public String modelKmsKey() {
        return modelKmsKey;
    }

    /**
     * Where the image is pulled from ({@code image_config}).
     *
     * @return the configuration, or {@code null}
     */
    public ImageConfig imageConfig() {
        return imageConfig;
    }

    /**
     * The predictor factory ({@code predictor_cls}).
     *
     * @return the factory, or {@code null}
     */
    public PredictorFactory predictorCls() {
        return predictorCls;
    }

    /**
     * The tags sent with CreateModel and the endpoint requests of {@link #deploy}.
     *
     * @return a copy, in the order added
     */
    public synchronized List<Tag> tags() {
        return List.copyOf(tags);
    }

    /**
     * Adds tags, as {@code Model.add_tags}: a tag with a key already present replaces it.
     *
     * @param tags the service's Key/Value list
     */
    public synchronized void addTags(List<Tag> tags) {
        for (Tag t : ServiceArguments.tags("tags", tags)) {
            this.tags.removeIf(old -> old.key().equals(t.key()));
            this.tags.add(t);
        }
    }

    /**
     * Removes the tag with a key, as {@code Model.remove_tag_with_key}.
     *
     * @param key the tag key
     */
    public synchronized void removeTagWithKey(String key) {
        tags.removeIf(t -> t.key().equals(key));
    }

    /**
     * The session.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The service's container definition of this model, as Python's {@code prepare_container_def}
     * ({@code container_def}): image, environment, model data and mode.
     *
     * @return the ContainerDefinition
     */
    protected ContainerDefinition containerDefinition() {
        return containerDefinition(null, null);
    }

    /**
     * The container definition CreateModel gets for this model, as {@code Model.prepare_container_def()} (whose
     * dict, built by {@code sagemaker.container_def}, is this AWS SDK v2 shape): Image, Environment, ModelDataUrl
     * (or a ModelDataSource when {@code acceptEula} is given for an {@code s3://...tar.gz}), AdditionalModelDataSources,
     * Mode and ImageConfig. It uploads and repacks nothing itself: script-mode code ({@link #isRepack()}) shows
     * here once {@link #create()} has staged it.
     *
     * @return the container definition
     */
    public ContainerDefinition prepareContainerDef() {
        return prepareContainerDef(PrepareContainerDefOptions.builder().build());
    }

    /**
     * The container definition with {@code prepare_container_def}'s keywords by name:
     * {@code model.prepareContainerDef(c -> c.acceptEula(true))}.
     *
     * @param options the keywords
     * @return the container definition
     */
    public ContainerDefinition prepareContainerDef(Consumer<PrepareContainerDefOptions.Builder> options) {
        PrepareContainerDefOptions.Builder b = PrepareContainerDefOptions.builder();
        options.accept(b);
        return prepareContainerDef(b.build());
    }

    /**
     * The container definition with kept options. As in Python, {@code instanceType}, {@code acceleratorType} and
     * {@code serverlessInferenceConfig} do not change a plain model's definition (framework models use them to
     * pick an image); {@code modelReferenceArn} defaults to the model's.
     *
     * @param options the options
     * @return the container definition
     */
    public ContainerDefinition prepareContainerDef(PrepareContainerDefOptions options) {
        return containerDefinition(options.acceptEula(), options.modelReferenceArn());
    }

    /**
     * {@code resources}: the compute resources of the model as an inference component.
     *
     * @return the requirements, or {@code null}
     */
    public ResourceRequirements resources() {
        return resources;
    }

    /**
     * {@code additional_model_data_sources}: the further model data the container gets (AdditionalModelDataSources).
     *
     * @return the sources (empty: none)
     */
    public List<AdditionalModelDataSource> additionalModelDataSources() {
        return additionalModelDataSources;
    }

    /**
     * {@code model_reference_arn}: the hub content ARN of a model reference, sent as the model data source's
     * HubAccessConfig.
     *
     * @return the ARN, or {@code null}
     */
    public String modelReferenceArn() {
        return modelReferenceArn;
    }

    /**
     * {@code inference_component_name}: the inference component the last inference-component-based
     * {@link #deploy} created.
     *
     * @return the name, or {@code null}
     */
    public String inferenceComponentName() {
        return inferenceComponentName;
    }

    private ContainerDefinition containerDefinition(Boolean acceptEula, String referenceArn) {
        String modelReferenceArn = referenceArn != null ? referenceArn : this.modelReferenceArn;
        dev.sagemaker4j.model.internal.ModelCode.Staged script = staged;
        Map<String, String> environment = env;
        String modelData = this.modelData;
        if (script != null) {
            // prepare_container_def: deploy_env.update(_script_mode_env_vars()), the repacked model data
            environment = new LinkedHashMap<>(env);
            environment.putAll(script.environment());
            modelData = script.modelData();
        }
        ContainerDefinition.Builder c = ContainerDefinition.builder().image(imageUri).environment(environment);
        if (!additionalModelDataSources.isEmpty()) {
            c.additionalModelDataSources(additionalModelDataSources);
        }
        if (modelData != null && modelData.startsWith("s3://") && modelData.endsWith("tar.gz") && acceptEula != null) {
            // as container_def: an accepted EULA travels on a ModelDataSource instead of the ModelDataUrl
            S3ModelDataSource.Builder s3 = S3ModelDataSource.builder().s3Uri(modelData)
                    .s3DataType(S3ModelDataType.S3_OBJECT).compressionType(ModelCompressionType.GZIP)
                    .modelAccessConfig(ModelAccessConfig.builder().acceptEula(acceptEula).build());
            if (modelReferenceArn != null) {
                s3.hubAccessConfig(InferenceHubAccessConfig.builder().hubContentArn(modelReferenceArn).build());
            }
            c.modelDataSource(ModelDataSource.builder().s3DataSource(s3.build()).build());
        } else {
            c.modelDataUrl(modelData);
        }
        if (mode != null) {
            c.mode(mode);
        }
        return c.imageConfig(imageConfig).build();
    }

    /**
     * Whether {@link #create()} repacks the script-mode code into the model artifact, as {@code is_repack()}:
     * a {@code sourceDir} and an entry point, without {@code gitConfig}.
     *
     * @return whether the code is repacked
     */
    public boolean isRepack() {
        return code != null && code.isRepack();
    }

    /**
     * Creates the model (CreateModel), as {@code Model.create()} in Python; does nothing when created.
     *
     * @return the model name
     */
    public String create() {
        return create(CreateOptions.builder().build());
    }

    /**
     * Creates the model with {@code Model.create}'s keywords by name: {@code model.create(c -> c.tags(Map.of(
     * "team", "ml")))}.
     *
     * @param options the keywords
     * @return the model name
     */
    public String create(Consumer<CreateOptions.Builder> options) {
        CreateOptions.Builder b = CreateOptions.builder();
        options.accept(b);
        return create(b.build());
    }

    /**
     * Creates the model (CreateModel) with kept options, sending what the Python SDK sends: ModelName,
     * ExecutionRoleArn, PrimaryContainer, Tags (when any), VpcConfig (when set) and EnableNetworkIsolation
     * (when true). A model without a name is named {@code base_name_from_image(image)} plus one timestamp.
     * Does nothing when the model already exists.
     *
     * @param options the keywords
     * @return the model name
     */
    public synchronized String create(CreateOptions options) {
        addTags(options.tags());
        if (name != null && exists(name)) {
            return name;
        }
        if (name == null) {
            baseName = baseNameFromImage(imageUri);
            name = Names.nameFromBase(baseName);
        }
        if (handler != null) {
            HandlerRuntime.register(handler);
        }
        if (code != null && staged == null) {
            // Model._upload_code: the script uploaded (or repacked into the artifact) under the model's name
            staged = code.stage(session, name, modelData, enableNetworkIsolation);
        }
        CreateModelRequest.Builder request = CreateModelRequest.builder().modelName(name).executionRoleArn(role)
                .primaryContainer(containerDefinition(options.acceptEula(), options.modelReferenceArn()));
        List<Tag> all = tags();
        if (!all.isEmpty()) {
            request.tags(all);
        }
        if (vpcConfig != null) {
            request.vpcConfig(vpcConfig);
        }
        if (enableNetworkIsolation) {
            request.enableNetworkIsolation(true);
        }
        session.api(HostingApi.CAPABILITY).createModel(request.build());
        return name;
    }

    private boolean exists(String modelName) {
        try {
            session.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder().modelName(modelName)
                    .build());
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    /**
     * The base name of an image, as Python's {@code base_name_from_image}: the repository of
     * {@code registry/repository:tag}, with characters SageMaker names do not allow turned into hyphens.
     *
     * @param image the image URI
     * @return the base name
     */
    static String baseNameFromImage(String image) {
        Matcher m = IMAGE.matcher(image);
        String base = m.matches() ? m.group(2) : image;
        return base.replaceAll("[^A-Za-z0-9-]", "-");
    }

    /**
     * The base of a timestamped name, as Python's {@code base_from_name}.
     *
     * @param name the name
     * @return the name without its {@code name_from_base} timestamp
     */
    static String baseFromName(String name) {
        Matcher m = TIMESTAMPED.matcher(name);
        return m.lookingAt() ? m.group(1) : name;
    }

    /**
     * Deletes the model (DeleteModel), as {@code Model.delete_model()}.
     */
    public void deleteModel() {
        if (name == null) {
            throw new ValidationException("name", null, "is not set: the model was never created",
                    "call create() or deploy(...) first");
        }
        session.api(HostingApi.CAPABILITY).deleteModel(DeleteModelRequest.builder().modelName(name).build());
    }

    /**
     * Registers this model in the model registry with Python's defaults, as {@code model.register()}: a version in
     * the model package group named after the image ({@code base_name_from_image}).
     *
     * @return the model package
     */
    public ModelPackage register() {
        return register(RegisterOptions.builder().build());
    }

    /**
     * Registers this model in the model registry with every keyword of {@code Model.register} by name.
     *
     * <pre>{@code
     * // Python: model.register(content_types=["text/csv"], response_types=["text/csv"],
     * //     model_package_group_name="churn", approval_status="Approved")
     * ModelPackage pkg = model.register(r -> r.contentTypes(List.of("text/csv")).responseTypes(List.of("text/csv"))
     *         .modelPackageGroupName("churn").approvalStatus("Approved"));
     * }</pre>
     *
     * @param options the keywords
     * @return the model package
     */
    public ModelPackage register(Consumer<RegisterOptions.Builder> options) {
        return register(RegisterOptions.of(options));
    }

    /**
     * Registers this model with kept options; see {@link #register(Consumer)}. As Python's {@code Model.register}:
     * without a package name or group, the group is {@code base_name_from_image(image)} (or {@code ModelPackage});
     * a versioned package's container is this model's container definition (image, environment, model data) with
     * {@code Framework}, {@code FrameworkVersion}, {@code NearestModelName} and {@code ModelInput} where given, an
     * unversioned one's (and a {@code PROPRIETARY} model's) only the image and the model data URL; then
     * {@link Session#createModelPackageFromContainers(Session.CreateModelPackageFromContainersOptions)}.
     *
     * @param options the options
     * @return the model package, with this model's role, model data, session and predictor factory
     * @throws ValidationException for an unversioned package of model data in a {@code ModelDataSource}, and as
     *                             {@code createModelPackageFromContainers} validates
     */
    public ModelPackage register(RegisterOptions options) {
        Objects.requireNonNull(options, "options");
        String image = options.imageUri() != null ? options.imageUri() : imageUri;
        String group = options.modelPackageGroupName();
        if (group == null && options.modelPackageName() == null) {
            group = image == null ? "ModelPackage" : baseNameFromImage(image);
        }
        software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition.Builder container;
        if (group != null && !"PROPRIETARY".equals(options.modelType())) {
            ContainerDefinition c = containerDefinition(options.acceptEula(), null);
            container = software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition.builder()
                    .image(image).environment(c.environment()).modelDataUrl(c.modelDataUrl())
                    .modelDataSource(c.modelDataSource()).framework(options.framework())
                    .frameworkVersion(options.frameworkVersion()).nearestModelName(options.nearestModelName());
            if (options.dataInputConfiguration() != null) {
                container.modelInput(i -> i.dataInputConfig(options.dataInputConfiguration()));
            }
        } else {
            container = software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition.builder()
                    .image(image).modelDataUrl(modelData);
        }
        container.baseModel(options.baseModel());
        String versionedGroup = group;
        String arn = session.createModelPackageFromContainers(p -> p.containers(List.of(container.build()))
                .contentTypes(options.contentTypes()).responseTypes(options.responseTypes())
                .inferenceInstances(options.inferenceInstances()).transformInstances(options.transformInstances())
                .modelPackageName(options.modelPackageName()).modelPackageGroupName(versionedGroup)
                .modelMetrics(options.modelMetrics()).metadataProperties(options.metadataProperties())
                .marketplaceCert(options.marketplaceCert())
                .approvalStatus(options.approvalStatus() != null ? options.approvalStatus() : "PendingManualApproval")
                .description(options.description()).driftCheckBaselines(options.driftCheckBaselines())
                .customerMetadataProperties(options.customerMetadataProperties())
                .validationSpecification(options.validationSpecification()).domain(options.domain())
                .samplePayloadUrl(options.samplePayloadUrl()).task(options.task())
                .skipModelValidation(options.skipModelValidation() != null ? options.skipModelValidation() : "None")
                .sourceUri(options.sourceUri()).modelCard(options.modelCard()).modelLifeCycle(options.modelLifeCycle())
                .modelPackageRegistrationType(options.modelPackageRegistrationType()));
        return ModelPackage.builder().modelPackageArn(arn).role(role).modelData(modelData).session(session)
                .predictorCls(predictorCls).build();
    }

    /**
     * The keywords of Python's {@code Model.register} (and, with two more, {@code EstimatorBase.register}), with
     * their defaults; Python's {@code ModelMetrics}, {@code MetadataProperties}, {@code DriftCheckBaselines},
     * {@code ModelLifeCycle}, {@code ModelPackageModelCard} and {@code ContainerBaseModel} objects are the AWS SDK v2
     * classes of the shapes they turn into. Immutable.
     */
    public static final class RegisterOptions {
        private final List<String> contentTypes;
        private final List<String> responseTypes;
        private final List<String> inferenceInstances;
        private final List<String> transformInstances;
        private final String modelPackageName;
        private final String modelPackageGroupName;
        private final String imageUri;
        private final software.amazon.awssdk.services.sagemaker.model.ModelMetrics modelMetrics;
        private final software.amazon.awssdk.services.sagemaker.model.MetadataProperties metadataProperties;
        private final boolean marketplaceCert;
        private final String approvalStatus;
        private final String description;
        private final software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines driftCheckBaselines;
        private final Map<String, String> customerMetadataProperties;
        private final software.amazon.awssdk.services.sagemaker.model.ModelPackageValidationSpecification validationSpecification;
        private final String domain;
        private final String task;
        private final String samplePayloadUrl;
        private final String framework;
        private final String frameworkVersion;
        private final String nearestModelName;
        private final String dataInputConfiguration;
        private final String skipModelValidation;
        private final String sourceUri;
        private final software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard modelCard;
        private final software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle modelLifeCycle;
        private final Boolean acceptEula;
        private final String modelType;
        private final String modelPackageRegistrationType;
        private final software.amazon.awssdk.services.sagemaker.model.BaseModel baseModel;

        private RegisterOptions(Builder b) {
            this.contentTypes = b.contentTypes == null ? null : List.copyOf(b.contentTypes);
            this.responseTypes = b.responseTypes == null ? null : List.copyOf(b.responseTypes);
            this.inferenceInstances = b.inferenceInstances == null ? null : List.copyOf(b.inferenceInstances);
            this.transformInstances = b.transformInstances == null ? null : List.copyOf(b.transformInstances);
            this.modelPackageName = b.modelPackageName;
            this.modelPackageGroupName = b.modelPackageGroupName;
            this.imageUri = b.imageUri;
            this.modelMetrics = b.modelMetrics;
            this.metadataProperties = b.metadataProperties;
            this.marketplaceCert = b.marketplaceCert;
            this.approvalStatus = b.approvalStatus;
            this.description = b.description;
            this.driftCheckBaselines = b.driftCheckBaselines;
            this.customerMetadataProperties = b.customerMetadataProperties;
            this.validationSpecification = b.validationSpecification;
            this.domain = b.domain;
            this.task = b.task;
            this.samplePayloadUrl = b.samplePayloadUrl;
            this.framework = b.framework;
            this.frameworkVersion = b.frameworkVersion;
            this.nearestModelName = b.nearestModelName;
            this.dataInputConfiguration = b.dataInputConfiguration;
            this.skipModelValidation = b.skipModelValidation;
            this.sourceUri = b.sourceUri;
            this.modelCard = b.modelCard;
            this.modelLifeCycle = b.modelLifeCycle;
            this.acceptEula = b.acceptEula;
            this.modelType = b.modelType;
            this.modelPackageRegistrationType = b.modelPackageRegistrationType;
            this.baseModel = b.baseModel;
        }

        static RegisterOptions of(Consumer<Builder> options) {
            Builder b = builder();
            Objects.requireNonNull(options, "options").accept(b);
            return b.build();
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.contentTypes = contentTypes;
            b.responseTypes = responseTypes;
            b.inferenceInstances = inferenceInstances;
            b.transformInstances = transformInstances;
            b.modelPackageName = modelPackageName;
            b.modelPackageGroupName = modelPackageGroupName;
            b.imageUri = imageUri;
            b.modelMetrics = modelMetrics;
            b.metadataProperties = metadataProperties;
            b.marketplaceCert = marketplaceCert;
            b.approvalStatus = approvalStatus;
            b.description = description;
            b.driftCheckBaselines = driftCheckBaselines;
            b.customerMetadataProperties = customerMetadataProperties;
            b.validationSpecification = validationSpecification;
            b.domain = domain;
            b.task = task;
            b.samplePayloadUrl = samplePayloadUrl;
            b.framework = framework;
            b.frameworkVersion = frameworkVersion;
            b.nearestModelName = nearestModelName;
            b.dataInputConfiguration = dataInputConfiguration;
            b.skipModelValidation = skipModelValidation;
            b.sourceUri = sourceUri;
            b.modelCard = modelCard;
            b.modelLifeCycle = modelLifeCycle;
            b.acceptEula = acceptEula;
            b.modelType = modelType;
            b.modelPackageRegistrationType = modelPackageRegistrationType;
            b.baseModel = baseModel;
            return b;
        }

        /**
         * {@code content_types}.
         *
         * @return the supported input MIME types
         */
        public List<String> contentTypes() {
            return contentTypes;
        }

        /**
         * {@code response_types}.
         *
         * @return the supported output MIME types
         */
        public List<String> responseTypes() {
            return responseTypes;
        }

        /**
         * {@code inference_instances}.
         *
         * @return the real-time inference instance types
         */
        public List<String> inferenceInstances() {
            return inferenceInstances;
        }

        /**
         * {@code transform_instances}.
         *
         * @return the batch transform instance types
         */
        public List<String> transformInstances() {
            return transformInstances;
        }

        /**
         * {@code model_package_name}.
         *
         * @return the name of an unversioned package (exclusive with modelPackageGroupName)
         */
        public String modelPackageName() {
            return modelPackageName;
        }

        /**
         * {@code model_package_group_name}.
         *
         * @return the group the package is a version of
         */
        public String modelPackageGroupName() {
            return modelPackageGroupName;
        }

        /**
         * {@code image_uri}.
         *
         * @return the inference image
         */
        public String imageUri() {
            return imageUri;
        }

        /**
         * {@code model_metrics}.
         *
         * @return the model metrics
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelMetrics modelMetrics() {
            return modelMetrics;
        }

        /**
         * {@code metadata_properties}.
         *
         * @return the metadata properties
         */
        public software.amazon.awssdk.services.sagemaker.model.MetadataProperties metadataProperties() {
            return metadataProperties;
        }

        /**
         * {@code marketplace_cert}.
         *
         * @return whether the package is certified for AWS Marketplace
         */
        public boolean marketplaceCert() {
            return marketplaceCert;
        }

        /**
         * {@code approval_status}.
         *
         * @return {@code Approved}, {@code Rejected} or {@code PendingManualApproval}
         */
        public String approvalStatus() {
            return approvalStatus;
        }

        /**
         * {@code description}.
         *
         * @return the model package description
         */
        public String description() {
            return description;
        }

        /**
         * {@code drift_check_baselines}.
         *
         * @return the drift check baselines
         */
        public software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines driftCheckBaselines() {
            return driftCheckBaselines;
        }

        /**
         * {@code customer_metadata_properties}.
         *
         * @return key-value metadata
         */
        public Map<String, String> customerMetadataProperties() {
            return customerMetadataProperties;
        }

        /**
         * {@code validation_specification}.
         *
         * @return the validation specification
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelPackageValidationSpecification validationSpecification() {
            return validationSpecification;
        }

        /**
         * {@code domain}.
         *
         * @return e.g. {@code COMPUTER_VISION}, {@code NATURAL_LANGUAGE_PROCESSING}, {@code MACHINE_LEARNING}
         */
        public String domain() {
            return domain;
        }

        /**
         * {@code task}.
         *
         * @return e.g. {@code CLASSIFICATION}, {@code REGRESSION}, {@code IMAGE_CLASSIFICATION}, {@code OTHER}
         */
        public String task() {
            return task;
        }

        /**
         * {@code sample_payload_url}.
         *
         * @return the S3 path of a sample payload
         */
        public String samplePayloadUrl() {
            return samplePayloadUrl;
        }

        /**
         * {@code framework}.
         *
         * @return the machine learning framework of the container image (a versioned package)
         */
        public String framework() {
            return framework;
        }

        /**
         * {@code framework_version}.
         *
         * @return the framework version of the container image (a versioned package)
         */
        public String frameworkVersion() {
            return frameworkVersion;
        }

        /**
         * {@code nearest_model_name}.
         *
         * @return the name of a pre-trained model benchmarked by Inference Recommender
         */
        public String nearestModelName() {
            return nearestModelName;
        }

        /**
         * {@code data_input_configuration}.
         *
         * @return the model's input, e.g. {@code {"input_1":[1,224,224,3]}}
         */
        public String dataInputConfiguration() {
            return dataInputConfiguration;
        }

        /**
         * {@code skip_model_validation}.
         *
         * @return {@code All} or {@code None}
         */
        public String skipModelValidation() {
            return skipModelValidation;
        }

        /**
         * {@code source_uri}.
         *
         * @return the URI of the source of the package (a versioned package only)
         */
        public String sourceUri() {
            return sourceUri;
        }

        /**
         * {@code model_card}.
         *
         * @return the model card
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard modelCard() {
            return modelCard;
        }

        /**
         * {@code model_life_cycle}.
         *
         * @return the model life cycle
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle modelLifeCycle() {
            return modelLifeCycle;
        }

        /**
         * {@code accept_eula}.
         *
         * @return whether the model's end-user license agreement is accepted
         */
        public Boolean acceptEula() {
            return acceptEula;
        }

        /**
         * {@code model_type}.
         *
         * @return the JumpStart model type, {@code OPEN_WEIGHTS} or {@code PROPRIETARY} (a proprietary model's container is only its image and model data)
         */
        public String modelType() {
            return modelType;
        }

        /**
         * {@code model_package_registration_type}.
         *
         * @return {@code Logged} or {@code Registered}
         */
        public String modelPackageRegistrationType() {
            return modelPackageRegistrationType;
        }

        /**
         * {@code base_model}.
         *
         * @return the base model of the container
         */
        public software.amazon.awssdk.services.sagemaker.model.BaseModel baseModel() {
            return baseModel;
        }

        private Object[] values() {
            return new Object[] {contentTypes, responseTypes, inferenceInstances, transformInstances, modelPackageName, modelPackageGroupName, imageUri, modelMetrics, metadataProperties, marketplaceCert, approvalStatus, description, driftCheckBaselines, customerMetadataProperties, validationSpecification, domain, task, samplePayloadUrl, framework, frameworkVersion, nearestModelName, dataInputConfiguration, skipModelValidation, sourceUri, modelCard, modelLifeCycle, acceptEula, modelType, modelPackageRegistrationType, baseModel};
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RegisterOptions && java.util.Arrays.equals(values(), ((RegisterOptions) o).values());
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values());
        }

        @Override
        public String toString() {
            return "RegisterOptions" + java.util.Arrays.toString(values());
        }

        /** Builds {@link RegisterOptions}; each method is a keyword of Python's {@code register}. */
        public static final class Builder {
            private List<String> contentTypes;
            private List<String> responseTypes;
            private List<String> inferenceInstances;
            private List<String> transformInstances;
            private String modelPackageName;
            private String modelPackageGroupName;
            private String imageUri;
            private software.amazon.awssdk.services.sagemaker.model.ModelMetrics modelMetrics;
            private software.amazon.awssdk.services.sagemaker.model.MetadataProperties metadataProperties;
            private boolean marketplaceCert;
            private String approvalStatus;
            private String description;
            private software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines driftCheckBaselines;
            private Map<String, String> customerMetadataProperties;
            private software.amazon.awssdk.services.sagemaker.model.ModelPackageValidationSpecification validationSpecification;
            private String domain;
            private String task;
            private String samplePayloadUrl;
            private String framework;
            private String frameworkVersion;
            private String nearestModelName;
            private String dataInputConfiguration;
            private String skipModelValidation;
            private String sourceUri;
            private software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard modelCard;
            private software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle modelLifeCycle;
            private Boolean acceptEula;
            private String modelType;
            private String modelPackageRegistrationType;
            private software.amazon.awssdk.services.sagemaker.model.BaseModel baseModel;

            private Builder() {
            }

            /**
             * Sets {@code content_types} (default {@code None}).
             *
             * @param contentTypes the supported input MIME types
             * @return this builder
             */
            public Builder contentTypes(List<String> contentTypes) {
                this.contentTypes = contentTypes;
                return this;
            }

            /**
             * Sets {@code response_types} (default {@code None}).
             *
             * @param responseTypes the supported output MIME types
             * @return this builder
             */
            public Builder responseTypes(List<String> responseTypes) {
                this.responseTypes = responseTypes;
                return this;
            }

            /**
             * Sets {@code inference_instances} (default {@code None}).
             *
             * @param inferenceInstances the real-time inference instance types
             * @return this builder
             */
            public Builder inferenceInstances(List<String> inferenceInstances) {
                this.inferenceInstances = inferenceInstances;
                return this;
            }

            /**
             * Sets {@code transform_instances} (default {@code None}).
             *
             * @param transformInstances the batch transform instance types
             * @return this builder
             */
            public Builder transformInstances(List<String> transformInstances) {
                this.transformInstances = transformInstances;
                return this;
            }

            /**
             * Sets {@code model_package_name} (default {@code None}).
             *
             * @param modelPackageName the name of an unversioned package (exclusive with modelPackageGroupName)
             * @return this builder
             */
            public Builder modelPackageName(String modelPackageName) {
                this.modelPackageName = modelPackageName;
                return this;
            }

            /**
             * Sets {@code model_package_group_name} (default {@code None}: the image's base name when no package name is given either).
             *
             * @param modelPackageGroupName the group the package is a version of
             * @return this builder
             */
            public Builder modelPackageGroupName(String modelPackageGroupName) {
                this.modelPackageGroupName = modelPackageGroupName;
                return this;
            }

            /**
             * Sets {@code image_uri} (default {@code None}: the model's image).
             *
             * @param imageUri the inference image
             * @return this builder
             */
            public Builder imageUri(String imageUri) {
                this.imageUri = imageUri;
                return this;
            }

            /**
             * Sets {@code model_metrics} (default {@code None}).
             *
             * @param modelMetrics the model metrics
             * @return this builder
             */
            public Builder modelMetrics(software.amazon.awssdk.services.sagemaker.model.ModelMetrics modelMetrics) {
                this.modelMetrics = modelMetrics;
                return this;
            }

            /**
             * Sets {@code model_metrics} from Python's {@code ModelMetrics} object (default {@code None}); sent as
             * its {@code _to_request_dict()} (with Python's empty {@code Bias} and {@code Explainability}).
             *
             * @param modelMetrics the model metrics
             * @return this builder
             */
            public Builder modelMetrics(dev.sagemaker4j.modelmetrics.ModelMetrics modelMetrics) {
                this.modelMetrics = modelMetrics == null ? null : modelMetrics.toRequest();
                return this;
            }

            /**
             * Sets {@code metadata_properties} (default {@code None}).
             *
             * @param metadataProperties the metadata properties
             * @return this builder
             */
            public Builder metadataProperties(software.amazon.awssdk.services.sagemaker.model.MetadataProperties metadataProperties) {
                this.metadataProperties = metadataProperties;
                return this;
            }

            /**
             * Sets {@code marketplace_cert} (default {@code False}).
             *
             * @param marketplaceCert whether the package is certified for AWS Marketplace
             * @return this builder
             */
            public Builder marketplaceCert(boolean marketplaceCert) {
                this.marketplaceCert = marketplaceCert;
                return this;
            }

            /**
             * Sets {@code approval_status} (default {@code None}: {@code "PendingManualApproval"}).
             *
             * @param approvalStatus {@code Approved}, {@code Rejected} or {@code PendingManualApproval}
             * @return this builder
             */
            public Builder approvalStatus(String approvalStatus) {
                if (approvalStatus != null && !java.util.Set.of("Approved", "Rejected", "PendingManualApproval").contains(approvalStatus)) {
                    throw new ValidationException("approvalStatus", approvalStatus, "must be one of Approved, Rejected, PendingManualApproval",
                            "pass one of Approved, Rejected, PendingManualApproval");
                }
                this.approvalStatus = approvalStatus;
                return this;
            }

            /**
             * Sets {@code description} (default {@code None}).
             *
             * @param description the model package description
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * Sets {@code drift_check_baselines} (default {@code None}).
             *
             * @param driftCheckBaselines the drift check baselines
             * @return this builder
             */
            public Builder driftCheckBaselines(software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines driftCheckBaselines) {
                this.driftCheckBaselines = driftCheckBaselines;
                return this;
            }

            /**
             * Sets {@code drift_check_baselines} from Python's {@code DriftCheckBaselines} object (default
             * {@code None}); sent as its {@code _to_request_dict()}.
             *
             * @param driftCheckBaselines the drift check baselines
             * @return this builder
             */
            public Builder driftCheckBaselines(dev.sagemaker4j.driftcheckbaselines.DriftCheckBaselines driftCheckBaselines) {
                this.driftCheckBaselines = driftCheckBaselines == null ? null : driftCheckBaselines.toRequest();
                return this;
            }

            /**
             * Sets {@code customer_metadata_properties} (default {@code None}).
             *
             * @param customerMetadataProperties key-value metadata
             * @return this builder
             */
            public Builder customerMetadataProperties(Map<String, String> customerMetadataProperties) {
                this.customerMetadataProperties = customerMetadataProperties;
                return this;
            }

            /**
             * Sets {@code validation_specification} (default {@code None}).
             *
             * @param validationSpecification the validation specification
             * @return this builder
             */
            public Builder validationSpecification(software.amazon.awssdk.services.sagemaker.model.ModelPackageValidationSpecification validationSpecification) {
                this.validationSpecification = validationSpecification;
                return this;
            }

            /**
             * Sets {@code domain} (default {@code None}).
             *
             * @param domain e.g. {@code COMPUTER_VISION}, {@code NATURAL_LANGUAGE_PROCESSING}, {@code MACHINE_LEARNING}
             * @return this builder
             */
            public Builder domain(String domain) {
                this.domain = domain;
                return this;
            }

            /**
             * Sets {@code task} (default {@code None}).
             *
             * @param task e.g. {@code CLASSIFICATION}, {@code REGRESSION}, {@code IMAGE_CLASSIFICATION}, {@code OTHER}
             * @return this builder
             */
            public Builder task(String task) {
                this.task = task;
                return this;
            }

            /**
             * Sets {@code sample_payload_url} (default {@code None}).
             *
             * @param samplePayloadUrl the S3 path of a sample payload
             * @return this builder
             */
            public Builder samplePayloadUrl(String samplePayloadUrl) {
                this.samplePayloadUrl = samplePayloadUrl;
                return this;
            }

            /**
             * Sets {@code framework} (default {@code None}).
             *
             * @param framework the machine learning framework of the container image (a versioned package)
             * @return this builder
             */
            public Builder framework(String framework) {
                this.framework = framework;
                return this;
            }

            /**
             * Sets {@code framework_version} (default {@code None}).
             *
             * @param frameworkVersion the framework version of the container image (a versioned package)
             * @return this builder
             */
            public Builder frameworkVersion(String frameworkVersion) {
                this.frameworkVersion = frameworkVersion;
                return this;
            }

            /**
             * Sets {@code nearest_model_name} (default {@code None}).
             *
             * @param nearestModelName the name of a pre-trained model benchmarked by Inference Recommender
             * @return this builder
             */
            public Builder nearestModelName(String nearestModelName) {
                this.nearestModelName = nearestModelName;
                return this;
            }

            /**
             * Sets {@code data_input_configuration} (default {@code None}).
             *
             * @param dataInputConfiguration the model's input, e.g. {@code {"input_1":[1,224,224,3]}}
             * @return this builder
             */
            public Builder dataInputConfiguration(String dataInputConfiguration) {
                this.dataInputConfiguration = dataInputConfiguration;
                return this;
            }

            /**
             * Sets {@code skip_model_validation} (default {@code None}: {@code "None"}).
             *
             * @param skipModelValidation {@code All} or {@code None}
             * @return this builder
             */
            public Builder skipModelValidation(String skipModelValidation) {
                if (skipModelValidation != null && !java.util.Set.of("All", "None").contains(skipModelValidation)) {
                    throw new ValidationException("skipModelValidation", skipModelValidation, "must be one of All, None",
                            "pass one of All, None");
                }
                this.skipModelValidation = skipModelValidation;
                return this;
            }

            /**
             * Sets {@code source_uri} (default {@code None}).
             *
             * @param sourceUri the URI of the source of the package (a versioned package only)
             * @return this builder
             */
            public Builder sourceUri(String sourceUri) {
                this.sourceUri = sourceUri;
                return this;
            }

            /**
             * Sets {@code model_card} (default {@code None}).
             *
             * @param modelCard the model card
             * @return this builder
             */
            public Builder modelCard(software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard modelCard) {
                this.modelCard = modelCard;
                return this;
            }

            /**
             * Sets {@code model_life_cycle} (default {@code None}).
             *
             * @param modelLifeCycle the model life cycle
             * @return this builder
             */
            public Builder modelLifeCycle(software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle modelLifeCycle) {
                this.modelLifeCycle = modelLifeCycle;
                return this;
            }

            /**
             * Sets {@code accept_eula} (default {@code None}).
             *
             * @param acceptEula whether the model's end-user license agreement is accepted
             * @return this builder
             */
            public Builder acceptEula(Boolean acceptEula) {
                this.acceptEula = acceptEula;
                return this;
            }

            /**
             * Sets {@code model_type} (default {@code None}).
             *
             * @param modelType the JumpStart model type, {@code OPEN_WEIGHTS} or {@code PROPRIETARY} (a proprietary model's container is only its image and model data)
             * @return this builder
             */
            public Builder modelType(String modelType) {
                if (modelType != null && !java.util.Set.of("OPEN_WEIGHTS", "PROPRIETARY").contains(modelType)) {
                    throw new ValidationException("modelType", modelType, "must be one of OPEN_WEIGHTS, PROPRIETARY",
                            "pass one of OPEN_WEIGHTS, PROPRIETARY");
                }
                this.modelType = modelType;
                return this;
            }

            /**
             * Sets {@code model_package_registration_type} (default {@code None}).
             *
             * @param modelPackageRegistrationType {@code Logged} or {@code Registered}
             * @return this builder
             */
            public Builder modelPackageRegistrationType(String modelPackageRegistrationType) {
                if (modelPackageRegistrationType != null && !java.util.Set.of("Logged", "Registered").contains(modelPackageRegistrationType)) {
                    throw new ValidationException("modelPackageRegistrationType", modelPackageRegistrationType, "must be one of Logged, Registered",
                            "pass one of Logged, Registered");
                }
                this.modelPackageRegistrationType = modelPackageRegistrationType;
                return this;
            }

            /**
             * Sets {@code base_model} (default {@code None}).
             *
             * @param baseModel the base model of the container
             * @return this builder
             */
            public Builder baseModel(software.amazon.awssdk.services.sagemaker.model.BaseModel baseModel) {
                this.baseModel = baseModel;
                return this;
            }


            /**
             * Builds the options.
             *
             * @return the options
             */
            public RegisterOptions build() {
                return new RegisterOptions(this);
            }
        }
    }

    /**
     * Deploys with the serializer and deserializer this model's image calls for, as
     * {@code model.deploy(initial_instance_count, instance_type)}.
     *
     * @param initialInstanceCount the instances (replicas)
     * @param instanceType         {@code local}, {@code local_gpu} or {@code ml.*}
     * @return the predictor
     */
    public Predictor<?> deploy(int initialInstanceCount, String instanceType) {
        return deploy(d -> d.initialInstanceCount(initialInstanceCount).instanceType(instanceType));
    }

    /**
     * Deploys with {@code Model.deploy}'s keywords by name: {@code model.deploy(d -> d.initialInstanceCount(1)
     * .instanceType("local").serializer(new CSVSerializer()).deserializer(new CSVDeserializer()))}.
     *
     * @param options the keywords
     * @param <T>     what the deserializer returns (taken from the assignment: match the deserializer)
     * @return the predictor
     */
    public <T> Predictor<T> deploy(Consumer<DeployOptions.Builder> options) {
        DeployOptions.Builder b = DeployOptions.builder();
        options.accept(b);
        return deploy(b.build());
    }

    /**
     * Deploys, as {@code Model.deploy(...)} in Python (v2.257.6): CreateModel (with the deploy's tags added to
     * the model's), then CreateEndpointConfig (one variant {@code AllTraffic}, weight 1, the instance type and
     * count or the serverless configuration, and the KMS key, data capture, async and explainer
     * configurations) and CreateEndpoint with the same tags, then waits for InService. With
     * {@code updateEndpoint(true)} it creates a configuration named after the model and sends UpdateEndpoint
     * instead. The endpoint name defaults to {@code name_from_base} of the model's base name
     * ({@code base_name_from_image}, or the model name without its timestamp).
     *
     * <p>Defaults against Python's: {@code wait} True, {@code endpoint_type} MODEL_BASED, no tags, no KMS key;
     * Python requires a role and returns {@code None} without a {@code predictor_cls}, while here the role
     * may be left out locally (the service still requires it) and, without a {@code predictorCls}, the
     * predictor has the image's serializer and deserializer ({@link #defaultSerializer()},
     * {@link #defaultDeserializer()}) unless given.
     *
     * <p>With {@code endpointType(INFERENCE_COMPONENT_BASED)} it follows Python's inference-component path: when the
     * endpoint is not InService, an endpoint configuration whose variant {@code AllTraffic} names no model (with the
     * role, VPC and network isolation) and the endpoint; then CreateModel; then CreateInferenceComponent with the
     * model, the startup timeouts, the compute resource requirements and copy count of {@code resources} (the
     * deploy's, else the model's), named {@code inferenceComponentName} or {@code unique_name_from_base(model name)};
     * the predictor invokes that component. The endpoint name defaults to {@code name_from_base} of the model name.
     *
     * @param options the keywords
     * @param <T>     what the deserializer returns (taken from the assignment: match the deserializer)
     * @return the predictor
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the endpoint fails to come up (the
     *                                                               reason says why)
     * @throws OperationNotSupportedException for an inference recommendation, or an inference-component endpoint on a
     *                                        backend without inference components (the local backend)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> Predictor<T> deploy(DeployOptions options) {
        Objects.requireNonNull(options, "options");
        boolean serverless = options.serverlessInferenceConfig() != null;
        if (!serverless && (options.instanceType() == null || options.initialInstanceCount() == null)) {
            throw new ValidationException(options.instanceType() == null ? "instanceType" : "initialInstanceCount",
                    null, "is missing", "give the instance type and count unless using serverless inference");
        }
        String instanceType = options.instanceType();
        if (instanceType != null && !(instanceType.startsWith("ml.") || instanceType.startsWith("local"))) {
            throw new ValidationException("instanceType", instanceType, "is not an instance type",
                    "pass \"local\", \"local_gpu\" or an ml.* instance type");
        }
        if (options.inferenceRecommendationId() != null) {
            throw new OperationNotSupportedException("DescribeInferenceRecommendationsJob (inferenceRecommendationId)",
                    session.backendName());
        }
        if (options.endpointType() == EndpointType.INFERENCE_COMPONENT_BASED) {
            return deployInferenceComponent(options);
        }
        if (options.updateEndpoint() && options.endpointName() == null) {
            throw new ValidationException("endpointName", null, "is missing for updateEndpoint(true)",
                    "name the endpoint to update");
        }
        String modelName = create(c -> c.tags(options.tags()).acceptEula(options.acceptEula())
                .modelReferenceArn(options.modelReferenceArn()));
        List<Tag> allTags = tags();
        ProductionVariant variant = Session.productionVariant(v -> v.modelName(modelName).instanceType(instanceType)
                .initialInstanceCount(options.initialInstanceCount()).acceleratorType(options.acceleratorType())
                .serverlessInferenceConfig(options.serverlessInferenceConfig()).volumeSize(options.volumeSize())
                .modelDataDownloadTimeout(options.modelDataDownloadTimeout())
                .containerStartupHealthCheckTimeout(options.containerStartupHealthCheckTimeout())
                .routingConfig(options.routingConfig()).inferenceAmiVersion(options.inferenceAmiVersion()));
        String endpoint = options.endpointName() != null ? options.endpointName()
                : Names.nameFromBase(baseName != null ? baseName : baseFromName(modelName));
        var capture = options.dataCaptureConfig() == null ? null : options.dataCaptureConfig().toRequest();
        if (options.updateEndpoint()) {
            CreateEndpointConfigRequest.Builder config = CreateEndpointConfigRequest.builder()
                    .endpointConfigName(modelName).productionVariants(variant).kmsKeyId(options.kmsKey())
                    .dataCaptureConfig(capture).asyncInferenceConfig(options.asyncInferenceConfig())
                    .explainerConfig(options.explainerConfig());
            if (!allTags.isEmpty()) {
                config.tags(allTags);
            }
            session.api(HostingApi.CAPABILITY).createEndpointConfig(config.build());
            session.api(HostingApi.CAPABILITY).updateEndpoint(UpdateEndpointRequest.builder().endpointName(endpoint)
                    .endpointConfigName(modelName).build());
            if (options.waitFor()) {
                session.waitForEndpoint(endpoint, null);
            }
        } else {
            session.endpointFromProductionVariants(endpoint, List.of(variant), e -> e.tags(allTags)
                    .kmsKey(options.kmsKey()).wait(options.waitFor()).dataCaptureConfigDict(capture)
                    .explainerConfigDict(options.explainerConfig())
                    .asyncInferenceConfigDict(options.asyncInferenceConfig()).liveLogging(options.endpointLogging()));
        }
        this.endpointName = endpoint;
        if (predictorCls != null) {
            Predictor predictor = predictorCls.create(endpoint, session);
            if (options.serializer() != null) {
                predictor.serializer(options.serializer());
            }
            if (options.deserializer() != null) {
                predictor.deserializer(options.deserializer());
            }
            return predictor;
        }
        Serializer s = options.serializer() != null ? options.serializer() : defaultSerializer();
        Deserializer<T> d = (Deserializer<T>) (options.deserializer() != null ? options.deserializer()
                : defaultDeserializer());
        return Predictor.builder(endpoint, session).serializer(s).deserializer(d).build();
    }

    /**
     * Python's inference-component path of {@code deploy} (v2.257.6): when the endpoint is not InService,
     * CreateEndpointConfig (one variant {@code AllTraffic} naming no model, with the instance type and count,
     * managed instance scaling, the execution role, VPC and network isolation) and CreateEndpoint; then CreateModel;
     * then CreateInferenceComponent on variant {@code AllTraffic} with the model, the startup parameters and the
     * compute resource requirements, and RuntimeConfig {@code CopyCount} from the resources.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> Predictor<T> deployInferenceComponent(DeployOptions options) {
        if (options.updateEndpoint()) {
            throw new ValidationException("updateEndpoint", true, "is supported for single model endpoints only",
                    "leave updateEndpoint false with endpointType INFERENCE_COMPONENT_BASED");
        }
        if (session.backend().find(InferenceComponentsApi.CAPABILITY).isEmpty()) {
            throw new OperationNotSupportedException("CreateInferenceComponent (endpointType INFERENCE_COMPONENT_BASED)",
                    session.backendName());
        }
        ResourceRequirements res = options.resources() != null ? options.resources() : resources;
        if (res == null) {
            throw new ValidationException("resources", null, "is missing for an INFERENCE_COMPONENT_BASED endpoint",
                    "pass ResourceRequirements (memory, CPU cores or accelerators, copies) to deploy or the model");
        }
        addTags(options.tags());
        List<Tag> allTags = tags();
        String endpoint = options.endpointName() != null ? options.endpointName()
                : Names.nameFromBase(name != null ? name : baseNameFromImage(imageUri));
        if (!session.endpointInServiceOrNot(endpoint)) {
            ProductionVariantManagedInstanceScaling scaling = null;
            if (options.managedInstanceScaling() != null) {
                ProductionVariantManagedInstanceScaling given = options.managedInstanceScaling();
                scaling = ProductionVariantManagedInstanceScaling.builder().status(ManagedInstanceScalingStatus.ENABLED)
                        .maxInstanceCount(given.maxInstanceCount())
                        .minInstanceCount(given.minInstanceCount() != null ? given.minInstanceCount()
                                : options.initialInstanceCount()).build();
            }
            ProductionVariantManagedInstanceScaling s = scaling;
            ProductionVariant variant = Session.productionVariant(v -> v.instanceType(options.instanceType())
                    .initialInstanceCount(options.initialInstanceCount()).volumeSize(options.volumeSize())
                    .modelDataDownloadTimeout(options.modelDataDownloadTimeout())
                    .containerStartupHealthCheckTimeout(options.containerStartupHealthCheckTimeout())
                    .managedInstanceScaling(s).routingConfig(options.routingConfig())
                    .inferenceAmiVersion(options.inferenceAmiVersion()));
            session.endpointFromProductionVariants(endpoint, List.of(variant), e -> e.tags(allTags)
                    .kmsKey(options.kmsKey()).vpcConfig(vpcConfig).enableNetworkIsolation(enableNetworkIsolation)
                    .role(role).liveLogging(false).wait(options.waitFor()));
        }
        String modelName = create(c -> c.instanceType(options.instanceType())
                .acceleratorType(options.acceleratorType()));
        InferenceComponentStartupParameters.Builder startup = InferenceComponentStartupParameters.builder();
        if (options.modelDataDownloadTimeout() != null && options.modelDataDownloadTimeout() != 0) {
            startup.modelDataDownloadTimeoutInSeconds(options.modelDataDownloadTimeout());
        }
        if (options.containerStartupHealthCheckTimeout() != null && options.containerStartupHealthCheckTimeout() != 0) {
            startup.containerStartupHealthCheckTimeoutInSeconds(options.containerStartupHealthCheckTimeout());
        }
        InferenceComponentSpecification specification = InferenceComponentSpecification.builder().modelName(modelName)
                .startupParameters(startup.build()).computeResourceRequirements(res.computeResourceRequirements())
                .build();
        String component = options.inferenceComponentName() != null ? options.inferenceComponentName()
                : inferenceComponentName != null ? inferenceComponentName : uniqueNameFromBase(modelName);
        this.inferenceComponentName = component;
        session.createInferenceComponent(component, endpoint, c -> c.variantName("AllTraffic")
                .specification(specification)
                .runtimeConfig(InferenceComponentRuntimeConfig.builder().copyCount(res.copyCount()).build())
                .tags(allTags).wait(options.waitFor()));
        this.endpointName = endpoint;
        Predictor predictor;
        if (predictorCls != null) {
            predictor = predictorCls.create(endpoint, session);
            predictor.componentName(component);
            if (options.serializer() != null) {
                predictor.serializer(options.serializer());
            }
            if (options.deserializer() != null) {
                predictor.deserializer(options.deserializer());
            }
            return predictor;
        }
        Serializer ser = options.serializer() != null ? options.serializer() : defaultSerializer();
        Deserializer<T> d = (Deserializer<T>) (options.deserializer() != null ? options.deserializer()
                : defaultDeserializer());
        return Predictor.builder(endpoint, session).serializer(ser).deserializer(d).componentName(component).build();
    }

    /** Python's {@code unique_name_from_base}: the base (trimmed), the epoch second and four random hex digits. */
    static String uniqueNameFromBase(String base) {
        String unique = String.format("%04x", java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 16));
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        int available = 63 - 2 - ts.length() - unique.length();
        return base.substring(0, Math.min(base.length(), available)) + "-" + ts + "-" + unique;
    }

    /**
     * A transformer for batch transform with this model and Python's defaults, as
     * {@code Model.transformer(instance_count, instance_type)}; creates the model first. Its jobs are named
     * after the model's base name (the image's repository name, or the name given to the builder) plus one
     * timestamp.
     *
     * @param instanceCount the instances
     * @param instanceType  {@code local} or {@code ml.*}
     * @return the transformer
     */
    public dev.sagemaker4j.transformer.Transformer transformer(int instanceCount, String instanceType) {
        return transformer(instanceCount, instanceType, TransformerOptions.builder().build());
    }

    /**
     * A transformer for batch transform with this model, as {@code Model.transformer(instance_count,
     * instance_type, **kwargs)} in Python, each keyword named; creates the model first.
     *
     * <pre>{@code
     * Transformer t = model.transformer(1, "local", o -> o.strategy("MultiRecord").assembleWith("Line")
     *         .outputPath("s3://bucket/scores"));
     * }</pre>
     *
     * @param instanceCount the instances
     * @param instanceType  {@code local} or {@code ml.*}
     * @param options       Python's keyword arguments
     * @return the transformer
     * @throws ValidationException before the model is created when an argument is not what the service accepts
     */
    public dev.sagemaker4j.transformer.Transformer transformer(int instanceCount, String instanceType,
            java.util.function.Consumer<TransformerOptions.Builder> options) {
        TransformerOptions.Builder b = TransformerOptions.builder();
        options.accept(b);
        return transformer(instanceCount, instanceType, b.build());
    }

    /**
     * A transformer for batch transform with this model and kept keyword arguments; see
     * {@link #transformer(int, String, java.util.function.Consumer)}.
     *
     * @param instanceCount the instances
     * @param instanceType  {@code local} or {@code ml.*}
     * @param options       Python's keyword arguments
     * @return the transformer
     * @throws ValidationException before the model is created when an argument is not what the service accepts
     */
    public dev.sagemaker4j.transformer.Transformer transformer(int instanceCount, String instanceType,
            TransformerOptions options) {
        dev.sagemaker4j.transformer.Transformer.Builder b = dev.sagemaker4j.transformer.Transformer.builder()
                .instanceCount(instanceCount).instanceType(instanceType).strategy(options.strategy())
                .assembleWith(options.assembleWith()).outputPath(options.outputPath())
                .outputKmsKey(options.outputKmsKey()).accept(options.accept()).env(options.env())
                .maxConcurrentTransforms(options.maxConcurrentTransforms()).maxPayload(options.maxPayload())
                .tags(options.tags()).volumeKmsKey(options.volumeKmsKey()).session(session);
        // building checks every argument and sends nothing: fail before CreateModel, with a stand-in name
        b.modelName("model-to-create").build();
        String modelName = create();
        // Python: base_transform_job_name = self._base_name or self.name, so job names carry one timestamp
        return b.modelName(modelName).baseTransformJobName(baseName != null ? baseName : modelName).build();
    }

    /**
     * The keyword arguments of Python's {@code Model.transformer(instance_count, instance_type,
     * strategy=None, assemble_with=None, output_path=None, output_kms_key=None, accept=None, env=None,
     * max_concurrent_transforms=None, max_payload=None, tags=None, volume_kms_key=None)}, each named; the
     * meanings and checks are those of {@link dev.sagemaker4j.transformer.Transformer.Builder}. Immutable.
     */
    public static final class TransformerOptions {
        private final String strategy;
        private final String assembleWith;
        private final String outputPath;
        private final String outputKmsKey;
        private final String accept;
        private final Map<String, String> env;
        private final Integer maxConcurrentTransforms;
        private final Integer maxPayload;
        private final java.util.List<software.amazon.awssdk.services.sagemaker.model.Tag> tags;
        private final String volumeKmsKey;

        private TransformerOptions(Builder b) {
            this.strategy = b.strategy;
            this.assembleWith = b.assembleWith;
            this.outputPath = b.outputPath;
            this.outputKmsKey = b.outputKmsKey;
            this.accept = b.accept;
            this.env = b.env == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
            this.maxConcurrentTransforms = b.maxConcurrentTransforms;
            this.maxPayload = b.maxPayload;
            this.tags = b.tags == null ? null : java.util.List.copyOf(b.tags);
            this.volumeKmsKey = b.volumeKmsKey;
        }

        /**
         * A new builder with Python's defaults (all {@code None}).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().strategy(strategy).assembleWith(assembleWith).outputPath(outputPath)
                    .outputKmsKey(outputKmsKey).accept(accept).env(env).maxConcurrentTransforms(maxConcurrentTransforms)
                    .maxPayload(maxPayload).tags(tags).volumeKmsKey(volumeKmsKey);
        }

        /**
         * The batch strategy ({@code strategy}).
         *
         * @return {@code SingleRecord}, {@code MultiRecord} or {@code null}
         */
        public String strategy() {
            return strategy;
        }

        /**
         * How outputs are assembled ({@code assemble_with}).
         *
         * @return {@code None}, {@code Line} or {@code null}
         */
        public String assembleWith() {
            return assembleWith;
        }

        /**
         * Where outputs go ({@code output_path}).
         *
         * @return the path, or {@code null} for the default
         */
        public String outputPath() {
            return outputPath;
        }

        /**
         * The output's KMS key ({@code output_kms_key}).
         *
         * @return the key, or {@code null}
         */
        public String outputKmsKey() {
            return outputKmsKey;
        }

        /**
         * The response type asked of the model ({@code accept}).
         *
         * @return the MIME type, or {@code null}
         */
        public String accept() {
            return accept;
        }

        /**
         * The job environment ({@code env}).
         *
         * @return an unmodifiable map, or {@code null}
         */
        public Map<String, String> env() {
            return env;
        }

        /**
         * The parallel requests per instance ({@code max_concurrent_transforms}).
         *
         * @return the count, or {@code null}
         */
        public Integer maxConcurrentTransforms() {
            return maxConcurrentTransforms;
        }

        /**
         * The request size limit in MB ({@code max_payload}).
         *
         * @return the limit, or {@code null}
         */
        public Integer maxPayload() {
            return maxPayload;
        }

        /**
         * The job tags ({@code tags}) as the service's Key/Value list.
         *
         * @return an unmodifiable list, or {@code null}
         */
        public java.util.List<software.amazon.awssdk.services.sagemaker.model.Tag> tags() {
            return tags;
        }

        /**
         * The volumes' KMS key ({@code volume_kms_key}).
         *
         * @return the key, or {@code null}
         */
        public String volumeKmsKey() {
            return volumeKmsKey;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof TransformerOptions)) {
                return false;
            }
            TransformerOptions t = (TransformerOptions) o;
            return java.util.Objects.equals(strategy, t.strategy)
                    && java.util.Objects.equals(assembleWith, t.assembleWith)
                    && java.util.Objects.equals(outputPath, t.outputPath)
                    && java.util.Objects.equals(outputKmsKey, t.outputKmsKey)
                    && java.util.Objects.equals(accept, t.accept)
                    && java.util.Objects.equals(env, t.env)
                    && java.util.Objects.equals(maxConcurrentTransforms, t.maxConcurrentTransforms)
                    && java.util.Objects.equals(maxPayload, t.maxPayload) && java.util.Objects.equals(tags, t.tags)
                    && java.util.Objects.equals(volumeKmsKey, t.volumeKmsKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(strategy, assembleWith, outputPath, outputKmsKey, accept, env,
                    maxConcurrentTransforms, maxPayload, tags, volumeKmsKey);
        }

        @Override
        public String toString() {
            return "TransformerOptions[strategy=" + strategy + ", assembleWith=" + assembleWith + ", outputPath="
                    + outputPath + ", outputKmsKey=" + outputKmsKey + ", accept=" + accept + ", env=" + env
                    + ", maxConcurrentTransforms=" + maxConcurrentTransforms + ", maxPayload=" + maxPayload
                    + ", tags=" + tags + ", volumeKmsKey=" + volumeKmsKey + "]";
        }

        /** Builds {@link TransformerOptions}; each method is a keyword of Python's {@code Model.transformer}. */
        public static final class Builder {
            private String strategy;
            private String assembleWith;
            private String outputPath;
            private String outputKmsKey;
            private String accept;
            private Map<String, String> env;
            private Integer maxConcurrentTransforms;
            private Integer maxPayload;
            private java.util.List<software.amazon.awssdk.services.sagemaker.model.Tag> tags;
            private String volumeKmsKey;

            private Builder() {
            }

            /**
             * Sets the batch strategy ({@code strategy}, default {@code None}).
             *
             * @param strategy {@code SingleRecord} or {@code MultiRecord}
             * @return this builder
             */
            public Builder strategy(String strategy) {
                this.strategy = strategy;
                return this;
            }

            /**
             * Sets how outputs are assembled ({@code assemble_with}, default {@code None}).
             *
             * @param assembleWith {@code None} or {@code Line}
             * @return this builder
             */
            public Builder assembleWith(String assembleWith) {
                this.assembleWith = assembleWith;
                return this;
            }

            /**
             * Sets where the .out files go ({@code output_path}, default {@code None}: under the default
             * bucket and prefix, by job name).
             *
             * @param outputPath an s3:// or file:// prefix
             * @return this builder
             */
            public Builder outputPath(String outputPath) {
                this.outputPath = outputPath;
                return this;
            }

            /**
             * Sets the output's KMS key ({@code output_kms_key}, default {@code None}); not enforced locally.
             *
             * @param key a KMS key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder outputKmsKey(String key) {
                this.outputKmsKey = key;
                return this;
            }

            /**
             * Sets the response type asked of the model ({@code accept}, default {@code None}).
             *
             * @param accept a MIME type
             * @return this builder
             */
            public Builder accept(String accept) {
                this.accept = accept;
                return this;
            }

            /**
             * Sets the job environment ({@code env}, default {@code None}).
             *
             * @param env variables
             * @return this builder
             */
            public Builder env(Map<String, String> env) {
                this.env = env == null ? null : new LinkedHashMap<>(env);
                return this;
            }

            /**
             * Sets the parallel requests per instance ({@code max_concurrent_transforms}, default {@code None}).
             *
             * @param max the count
             * @return this builder
             */
            public Builder maxConcurrentTransforms(Integer max) {
                this.maxConcurrentTransforms = max;
                return this;
            }

            /**
             * Sets the request size limit ({@code max_payload}, default {@code None}: 6 MB).
             *
             * @param megabytes 0 to 100
             * @return this builder
             */
            public Builder maxPayload(Integer megabytes) {
                this.maxPayload = megabytes;
                return this;
            }

            /**
             * Sets the job tags ({@code tags}, default {@code None}) as the service's Key/Value list.
             *
             * @param tags the tags
             * @return this builder
             */
            public Builder tags(java.util.List<software.amazon.awssdk.services.sagemaker.model.Tag> tags) {
                this.tags = tags == null ? null : new java.util.ArrayList<>(tags);
                return this;
            }

            /**
             * Sets the job tags from a map, one Key/Value pair per entry in the map's order, as Python's
             * {@code format_tags(dict)}.
             *
             * @param tags the tags
             * @return this builder
             */
            public Builder tags(Map<String, String> tags) {
                if (tags == null) {
                    this.tags = null;
                    return this;
                }
                java.util.List<software.amazon.awssdk.services.sagemaker.model.Tag> list = new java.util.ArrayList<>();
                tags.forEach((k, v) -> list.add(software.amazon.awssdk.services.sagemaker.model.Tag.builder().key(k)
                        .value(v).build()));
                this.tags = list;
                return this;
            }

            /**
             * Sets the volumes' KMS key ({@code volume_kms_key}, default {@code None}); not enforced locally.
             *
             * @param key a KMS key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder volumeKmsKey(String key) {
                this.volumeKmsKey = key;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public TransformerOptions build() {
                return new TransformerOptions(this);
            }
        }
    }

    /**
     * The serializer a predictor of this image uses by default: CSV for the built-in algorithms,
     * bytes otherwise.
     *
     * @return the serializer
     */
    public Serializer defaultSerializer() {
        String repository = repository();
        if (repository.contains("xgboost") || repository.equals("linear-learner") || repository.equals("kmeans")) {
            return new CSVSerializer();
        }
        return new IdentitySerializer();
    }

    /**
     * The deserializer a predictor of this image uses by default: CSV for XGBoost, JSON for
     * LinearLearner and KMeans, bytes otherwise.
     *
     * @return the deserializer
     */
    public Deserializer<?> defaultDeserializer() {
        String repository = repository();
        if (repository.contains("xgboost")) {
            return new CSVDeserializer();
        }
        if (repository.equals("linear-learner") || repository.equals("kmeans")) {
            return new JSONDeserializer();
        }
        return new BytesDeserializer();
    }

    private String repository() {
        String r = imageUri.substring(imageUri.lastIndexOf('/') + 1);
        int colon = r.indexOf(':');
        return colon >= 0 ? r.substring(0, colon) : r;
    }

    @Override
    public String toString() {
        return "Model[" + (name == null ? "(not created)" : name) + ", " + imageUri + "]";
    }

    /** Builds a {@link Model}. */
    public static class Builder {
        private Session session;
        private String imageUri;
        private String modelData;
        private String role;
        private final Map<String, String> env = new LinkedHashMap<>();
        private String name;
        private String entryPoint;
        private Class<?> handler;
        private String mode;
        private PredictorFactory predictorCls;
        private VpcConfig vpcConfig;
        private boolean enableNetworkIsolation;
        private String modelKmsKey;
        private ImageConfig imageConfig;
        private ResourceRequirements resources;
        private List<AdditionalModelDataSource> additionalModelDataSources = List.of();
        private String modelReferenceArn;
        private String sourceDir;
        private List<String> dependencies;
        private String codeLocation;
        private int containerLogLevel = 20;
        private Map<String, Object> gitConfig;

        /**
         * Creates the builder.
         */
        protected Builder() {
        }

        /**
         * {@code resources} (default None): the compute resources of the model as an inference component, used by
         * {@link Model#deploy(DeployOptions)} with {@code endpointType(INFERENCE_COMPONENT_BASED)} when the deploy
         * gives none.
         *
         * @param resources the requirements
         * @return this builder
         */
        public Builder resources(ResourceRequirements resources) {
            this.resources = resources;
            return this;
        }

        /**
         * {@code source_dir} (default {@code None}): the folder with the serving script {@link #entryPoint(String)}
         * names (which is then a script path, not a Java class), or the {@code s3://} URI of a
         * {@code sourcedir.tar.gz}. As in Python, a local folder without {@code gitConfig} is repacked into the
         * model artifact under {@code code/} when the model is created ({@code SAGEMAKER_SUBMIT_DIRECTORY}
         * {@code /opt/ml/model/code}); otherwise the code is uploaded as {@code sourcedir.tar.gz}. For a
         * framework image on the service; the local backend runs no Python.
         *
         * @param sourceDir a local folder or an {@code s3://} URI
         * @return this builder
         */
        public Builder sourceDir(String sourceDir) {
            this.sourceDir = sourceDir;
            return this;
        }

        /**
         * {@code additional_model_data_sources} (default None): further model data the container gets, sent as the
         * container definition's AdditionalModelDataSources (each a channel name and an S3 data source).
         *
         * @param sources the sources
         * @return this builder
         */
        public Builder additionalModelDataSources(List<AdditionalModelDataSource> sources) {
            this.additionalModelDataSources = sources == null ? List.of() : List.copyOf(sources);
            return this;
        }

        /**
         * {@code dependencies} (default {@code None}): files and folders added next to the script (under
         * {@code code/lib/} when repacked). Makes {@link #entryPoint(String)} a script path.
         *
         * @param dependencies local paths
         * @return this builder
         */
        public Builder dependencies(List<String> dependencies) {
            this.dependencies = dependencies == null ? null : List.copyOf(dependencies);
            return this;
        }

        /**
         * {@code model_reference_arn} (default None): the hub content ARN of a model reference, sent as the model
         * data source's HubAccessConfig (with {@code acceptEula}).
         *
         * @param arn the hub content ARN
         * @return this builder
         */
        public Builder modelReferenceArn(String arn) {
            this.modelReferenceArn = arn;
            return this;
        }

        /**
         * {@code code_location} (default {@code None}: the default bucket and prefix): where the code (or the
         * repacked artifact) is uploaded, under the model's name. Makes {@link #entryPoint(String)} a script path.
         *
         * @param codeLocation an {@code s3://} URI
         * @return this builder
         */
        public Builder codeLocation(String codeLocation) {
            this.codeLocation = codeLocation;
            return this;
        }

        /**
         * {@code container_log_level} (default {@code logging.INFO}, 20): sent as
         * {@code SAGEMAKER_CONTAINER_LOG_LEVEL} in script mode.
         *
         * @param level a Python {@code logging} level
         * @return this builder
         */
        public Builder containerLogLevel(int level) {
            this.containerLogLevel = level;
            return this;
        }

        /**
         * {@code git_config} (default {@code None}): the repository the script is cloned from when the model
         * is built, with the {@code git} command line as Python's {@code git_utils.git_clone_repo}: {@code repo}
         * (required; https://, http://, git@, ssh:// or, Java only, file://), {@code branch}, {@code commit},
         * {@code 2FA_enabled}, {@code username}, {@code password}, {@code token}. Makes
         * {@link #entryPoint(String)} a script path in the repository.
         *
         * @param gitConfig key to value
         * @return this builder
         * @throws ValidationException for an unknown key, a value of the wrong type, no {@code repo}, or a
         *                             malformed URL
         */
        public Builder gitConfig(Map<String, ?> gitConfig) {
            this.gitConfig = dev.sagemaker4j.local.SourceCode.validateGitConfig(gitConfig);
            return this;
        }

        /**
         * {@code sagemaker_session}: the session (required).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * {@code image_uri}: the inference image (required unless an entry point is given).
         *
         * @param imageUri the image URI
         * @return this builder
         */
        public Builder imageUri(String imageUri) {
            this.imageUri = imageUri;
            return this;
        }

        /**
         * {@code model_data} (default None): the model artifact.
         *
         * @param modelData the model.tar.gz URI
         * @return this builder
         */
        public Builder modelData(String modelData) {
            this.modelData = modelData;
            return this;
        }

        /**
         * {@code role} (default None): the execution role (required by the service, optional locally).
         *
         * @param role the role ARN
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * {@code env} (default None): the container environment.
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
         * {@code name} (default None: {@code base_name_from_image(image_uri)} plus one timestamp).
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@code entry_point} (default None): serves the model with custom Java code (sets {@code
         * SAGEMAKER_PROGRAM}).
         *
         * @param handlerClass an {@link InferenceHandler} with a public no-argument constructor
         * @return this builder
         */
        @SuppressWarnings("rawtypes")
        public Builder entryPoint(Class<? extends InferenceHandler> handlerClass) {
            this.entryPoint = handlerClass.getName();
            this.handler = handlerClass;
            return this;
        }

        /**
         * Serves the model with custom Java code, named by class.
         *
         * @param className the binary name of an {@link InferenceHandler}
         * @return this builder
         */
        public Builder entryPoint(String className) {
            this.entryPoint = className;
            this.handler = null;
            return this;
        }

        /**
         * Sets the container mode ({@code SingleModel} or {@code MultiModel}).
         *
         * @param mode the mode
         * @return this builder
         */
        protected Builder mode(String mode) {
            this.mode = mode;
            return this;
        }

        /**
         * {@code predictor_cls} (default None): how {@link Model#deploy} makes predictors; the deploy's
         * serializer and deserializer, when given, are set on what it makes.
         *
         * @param factory the factory
         * @return this builder
         */
        public Builder predictorCls(PredictorFactory factory) {
            this.predictorCls = factory;
            return this;
        }

        /**
         * {@code vpc_config} (default None): the subnets and security groups of the model's containers;
         * sent in CreateModel, recorded and not enforced locally.
         *
         * @param vpcConfig 1 to 16 subnets and 1 to 5 security groups
         * @return this builder
         */
        public Builder vpcConfig(VpcConfig vpcConfig) {
            this.vpcConfig = ServiceArguments.vpcConfig("vpcConfig", vpcConfig);
            return this;
        }

        /**
         * {@code enable_network_isolation} (default False): no network calls to or from the model's
         * containers; sent in CreateModel, recorded and not enforced locally.
         *
         * @param enable whether to isolate
         * @return this builder
         */
        public Builder enableNetworkIsolation(boolean enable) {
            this.enableNetworkIsolation = enable;
            return this;
        }

        /**
         * {@code model_kms_key} (default None): Python encrypts a repacked model archive with it; kept, not
         * sent (nothing is repacked here).
         *
         * @param kmsKey a KMS key id, alias or ARN
         * @return this builder
         */
        public Builder modelKmsKey(String kmsKey) {
            this.modelKmsKey = ServiceArguments.kmsKey("modelKmsKey", kmsKey);
            return this;
        }

        /**
         * {@code image_config} (default None): whether the image comes from ECR or a registry in the VPC;
         * sent in PrimaryContainer, not acted on locally.
         *
         * @param imageConfig the configuration
         * @return this builder
         */
        public Builder imageConfig(ImageConfig imageConfig) {
            this.imageConfig = imageConfig;
            return this;
        }

        /**
         * Builds the model.
         *
         * @return the model
         */
        public Model build() {
            return new Model(this);
        }
    }

    /**
     * The keywords of {@code Model.deploy} (Python SDK v2.257.6), with its defaults. Immutable.
     *
     * <pre>{@code
     * Predictor<List<List<String>>> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
     *         .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()).tags(Map.of("team", "ml")));
     * }</pre>
     */
    public static final class DeployOptions {
        private final Integer initialInstanceCount;
        private final String instanceType;
        private final Serializer serializer;
        private final Deserializer<?> deserializer;
        private final String acceleratorType;
        private final String endpointName;
        private final List<Tag> tags;
        private final String kmsKey;
        private final boolean wait;
        private final DataCaptureConfig dataCaptureConfig;
        private final AsyncInferenceConfig asyncInferenceConfig;
        private final ProductionVariantServerlessConfig serverlessInferenceConfig;
        private final Integer volumeSize;
        private final Integer modelDataDownloadTimeout;
        private final Integer containerStartupHealthCheckTimeout;
        private final String inferenceRecommendationId;
        private final ExplainerConfig explainerConfig;
        private final Boolean acceptEula;
        private final boolean endpointLogging;
        private final ResourceRequirements resources;
        private final EndpointType endpointType;
        private final ProductionVariantManagedInstanceScaling managedInstanceScaling;
        private final String inferenceComponentName;
        private final ProductionVariantRoutingConfig routingConfig;
        private final String modelReferenceArn;
        private final String inferenceAmiVersion;
        private final boolean updateEndpoint;

        private DeployOptions(Builder b) {
            this.initialInstanceCount = b.initialInstanceCount;
            this.instanceType = b.instanceType;
            this.serializer = b.serializer;
            this.deserializer = b.deserializer;
            this.acceleratorType = b.acceleratorType;
            this.endpointName = b.endpointName;
            this.tags = b.tags;
            this.kmsKey = b.kmsKey;
            this.wait = b.wait;
            this.dataCaptureConfig = b.dataCaptureConfig;
            this.asyncInferenceConfig = b.asyncInferenceConfig;
            this.serverlessInferenceConfig = b.serverlessInferenceConfig;
            this.volumeSize = b.volumeSize;
            this.modelDataDownloadTimeout = b.modelDataDownloadTimeout;
            this.containerStartupHealthCheckTimeout = b.containerStartupHealthCheckTimeout;
            this.inferenceRecommendationId = b.inferenceRecommendationId;
            this.explainerConfig = b.explainerConfig;
            this.acceptEula = b.acceptEula;
            this.endpointLogging = b.endpointLogging;
            this.resources = b.resources;
            this.endpointType = b.endpointType;
            this.managedInstanceScaling = b.managedInstanceScaling;
            this.inferenceComponentName = b.inferenceComponentName;
            this.routingConfig = b.routingConfig;
            this.modelReferenceArn = b.modelReferenceArn;
            this.inferenceAmiVersion = b.inferenceAmiVersion;
            this.updateEndpoint = b.updateEndpoint;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.initialInstanceCount = initialInstanceCount;
            b.instanceType = instanceType;
            b.serializer = serializer;
            b.deserializer = deserializer;
            b.acceleratorType = acceleratorType;
            b.endpointName = endpointName;
            b.tags = tags;
            b.kmsKey = kmsKey;
            b.wait = wait;
            b.dataCaptureConfig = dataCaptureConfig;
            b.asyncInferenceConfig = asyncInferenceConfig;
            b.serverlessInferenceConfig = serverlessInferenceConfig;
            b.volumeSize = volumeSize;
            b.modelDataDownloadTimeout = modelDataDownloadTimeout;
            b.containerStartupHealthCheckTimeout = containerStartupHealthCheckTimeout;
            b.inferenceRecommendationId = inferenceRecommendationId;
            b.explainerConfig = explainerConfig;
            b.acceptEula = acceptEula;
            b.endpointLogging = endpointLogging;
            b.resources = resources;
            b.endpointType = endpointType;
            b.managedInstanceScaling = managedInstanceScaling;
            b.inferenceComponentName = inferenceComponentName;
            b.routingConfig = routingConfig;
            b.modelReferenceArn = modelReferenceArn;
            b.inferenceAmiVersion = inferenceAmiVersion;
            b.updateEndpoint = updateEndpoint;
            return b;
        }

        /**
         * {@code initial_instance_count}: the instances (replicas); required unless {@code serverlessInferenceConfig}
         * is given.
         *
         * @return the value
         */
        public Integer initialInstanceCount() {
            return initialInstanceCount;
        }

        /**
         * {@code instance_type}: {@code local}, {@code local_gpu} or an {@code ml.*} type; required unless {@code
         * serverlessInferenceConfig} is given.
         *
         * @return the value
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code serializer}: encodes request data; None keeps the predictor's default (the image's, see {@link
         * Model#defaultSerializer()}).
         *
         * @return the value
         */
        public Serializer serializer() {
            return serializer;
        }

        /**
         * {@code deserializer}: decodes responses; None keeps the predictor's default (the image's, see {@link
         * Model#defaultDeserializer()}).
         *
         * @return the value
         */
        public Deserializer<?> deserializer() {
            return deserializer;
        }

        /**
         * {@code accelerator_type}: an Elastic Inference accelerator; sent, not served locally.
         *
         * @return the value
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * {@code endpoint_name}: the endpoint name; None gives the model's base name plus a timestamp.
         *
         * @return the value
         */
        public String endpointName() {
            return endpointName;
        }

        /**
         * {@code tags}: tags for the model, the endpoint configuration and the endpoint (added to the model's own).
         *
         * @return the value
         */
        public List<Tag> tags() {
            return tags;
        }

        /**
         * {@code kms_key}: encrypts the endpoint's storage volume; sent, not enforced locally.
         *
         * @return the value
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * {@code wait}: whether to wait until the endpoint is InService.
         *
         * @return the value
         */
        public boolean waitFor() {
            return wait;
        }

        /**
         * {@code data_capture_config}: what invocations to record and where.
         *
         * @return the value
         */
        public DataCaptureConfig dataCaptureConfig() {
            return dataCaptureConfig;
        }

        /**
         * {@code async_inference_config}: an asynchronous endpoint; sent, recorded locally, not served asynchronously
         * locally.
         *
         * @return the value
         */
        public AsyncInferenceConfig asyncInferenceConfig() {
            return asyncInferenceConfig;
        }

        /**
         * {@code serverless_inference_config}: a serverless endpoint: sent instead of the instance type and count;
         * served on one local instance.
         *
         * @return the value
         */
        public ProductionVariantServerlessConfig serverlessInferenceConfig() {
            return serverlessInferenceConfig;
        }

        /**
         * {@code volume_size}: the storage volume in GB; sent, not enforced locally.
         *
         * @return the value
         */
        public Integer volumeSize() {
            return volumeSize;
        }

        /**
         * {@code model_data_download_timeout}: seconds to download the model; sent, not enforced locally.
         *
         * @return the value
         */
        public Integer modelDataDownloadTimeout() {
            return modelDataDownloadTimeout;
        }

        /**
         * {@code container_startup_health_check_timeout}: seconds for the container to pass /ping; sent, not enforced
         * locally.
         *
         * @return the value
         */
        public Integer containerStartupHealthCheckTimeout() {
            return containerStartupHealthCheckTimeout;
        }

        /**
         * {@code inference_recommendation_id}: deploy with an Inference Recommender result; not supported (no
         * recommendation jobs), refused with OperationNotSupportedException.
         *
         * @return the value
         */
        public String inferenceRecommendationId() {
            return inferenceRecommendationId;
        }

        /**
         * {@code explainer_config}: online explainability (Clarify); sent, recorded locally, not served locally.
         *
         * @return the value
         */
        public ExplainerConfig explainerConfig() {
            return explainerConfig;
        }

        /**
         * {@code accept_eula}: accepts the model's end-user licence: sent as
         * ModelDataSource.S3DataSource.ModelAccessConfig.
         *
         * @return the value
         */
        public Boolean acceptEula() {
            return acceptEula;
        }

        /**
         * {@code endpoint_logging}: stream the endpoint's logs while waiting; accepted, nothing is streamed.
         *
         * @return the value
         */
        public boolean endpointLogging() {
            return endpointLogging;
        }

        /**
         * {@code resources}: compute requirements of an inference component; only with {@code
         * EndpointType.INFERENCE_COMPONENT_BASED}.
         *
         * @return the value
         */
        public ResourceRequirements resources() {
            return resources;
        }

        /**
         * {@code endpoint_type}: the endpoint kind; INFERENCE_COMPONENT_BASED deploys the model as an inference
         * component (backends without inference components, such as the local one, refuse it).
         *
         * @return the value
         */
        public EndpointType endpointType() {
            return endpointType;
        }

        /**
         * {@code managed_instance_scaling}: instance scaling of an inference-component endpoint; as in Python, not
         * sent for a model-based endpoint.
         *
         * @return the value
         */
        public ProductionVariantManagedInstanceScaling managedInstanceScaling() {
            return managedInstanceScaling;
        }

        /**
         * {@code inference_component_name}: the inference component of an inference-component endpoint.
         *
         * @return the value
         */
        public String inferenceComponentName() {
            return inferenceComponentName;
        }

        /**
         * {@code routing_config}: how the endpoint routes traffic to its instances; sent, not acted on locally.
         *
         * @return the value
         */
        public ProductionVariantRoutingConfig routingConfig() {
            return routingConfig;
        }

        /**
         * {@code model_reference_arn}: a hub model reference, sent as ModelDataSource.S3DataSource.HubAccessConfig.
         *
         * @return the value
         */
        public String modelReferenceArn() {
            return modelReferenceArn;
        }

        /**
         * {@code inference_ami_version}: the inference AMI; sent, not acted on locally.
         *
         * @return the value
         */
        public String inferenceAmiVersion() {
            return inferenceAmiVersion;
        }

        /**
         * {@code update_endpoint}: move an existing endpoint (named by {@code endpointName}) to this model instead of
         * creating one.
         *
         * @return the value
         */
        public boolean updateEndpoint() {
            return updateEndpoint;
        }

        private List<Object> fields() {
            return Arrays.asList(initialInstanceCount, instanceType, serializer, deserializer, acceleratorType,
                    endpointName, tags, kmsKey, wait, dataCaptureConfig, asyncInferenceConfig,
                    serverlessInferenceConfig, volumeSize, modelDataDownloadTimeout,
                    containerStartupHealthCheckTimeout, inferenceRecommendationId, explainerConfig, acceptEula,
                    endpointLogging, resources, endpointType, managedInstanceScaling, inferenceComponentName,
                    routingConfig, modelReferenceArn, inferenceAmiVersion, updateEndpoint);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DeployOptions && fields().equals(((DeployOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "DeployOptions" + fields();
        }

        /** Builds {@link DeployOptions}; each method is a Python keyword of {@code Model.deploy}. */
        public static final class Builder {
            private Integer initialInstanceCount;
            private String instanceType;
            private Serializer serializer;
            private Deserializer<?> deserializer;
            private String acceleratorType;
            private String endpointName;
            private List<Tag> tags = List.of();
            private String kmsKey;
            private boolean wait = true;
            private DataCaptureConfig dataCaptureConfig;
            private AsyncInferenceConfig asyncInferenceConfig;
            private ProductionVariantServerlessConfig serverlessInferenceConfig;
            private Integer volumeSize;
            private Integer modelDataDownloadTimeout;
            private Integer containerStartupHealthCheckTimeout;
            private String inferenceRecommendationId;
            private ExplainerConfig explainerConfig;
            private Boolean acceptEula;
            private boolean endpointLogging = false;
            private ResourceRequirements resources;
            private EndpointType endpointType = EndpointType.MODEL_BASED;
            private ProductionVariantManagedInstanceScaling managedInstanceScaling;
            private String inferenceComponentName;
            private ProductionVariantRoutingConfig routingConfig;
            private String modelReferenceArn;
            private String inferenceAmiVersion;
            private boolean updateEndpoint = false;

            private Builder() {
            }

            /**
             * {@code initial_instance_count} (default None): the instances (replicas); required unless {@code
             * serverlessInferenceConfig} is given.
             *
             * @param value at least 1
             * @return this builder
             */
            public Builder initialInstanceCount(Integer value) {
                if (value != null && value < 1) {
                    throw new ValidationException("initialInstanceCount", value, "must be at least 1",
                            "deploy to one or more instances");
                }
                this.initialInstanceCount = value;
                return this;
            }

            /**
             * {@code instance_type} (default None): {@code local}, {@code local_gpu} or an {@code ml.*} type;
             * required unless {@code serverlessInferenceConfig} is given.
             *
             * @param value the instance type
             * @return this builder
             */
            public Builder instanceType(String value) {
                this.instanceType = value;
                return this;
            }

            /**
             * {@code serializer} (default None): encodes request data; None keeps the predictor's default (the
             * image's, see {@link Model#defaultSerializer()}).
             *
             * @param value the serializer
             * @return this builder
             */
            public Builder serializer(Serializer value) {
                this.serializer = value;
                return this;
            }

            /**
             * {@code deserializer} (default None): decodes responses; None keeps the predictor's default (the
             * image's, see {@link Model#defaultDeserializer()}).
             *
             * @param value the deserializer
             * @return this builder
             */
            public Builder deserializer(Deserializer<?> value) {
                this.deserializer = value;
                return this;
            }

            /**
             * {@code accelerator_type} (default None): an Elastic Inference accelerator; sent, not served locally.
             *
             * @param value e.g. {@code ml.eia1.medium}
             * @return this builder
             */
            public Builder acceleratorType(String value) {
                this.acceleratorType = value;
                return this;
            }

            /**
             * {@code endpoint_name} (default None): the endpoint name; None gives the model's base name plus a
             * timestamp.
             *
             * @param value the name
             * @return this builder
             */
            public Builder endpointName(String value) {
                if (value != null) {
                    Names.validateName("endpointName", value);
                }
                this.endpointName = value;
                return this;
            }

            /**
             * {@code tags} (default None): tags for the model, the endpoint configuration and the endpoint (added to
             * the model's own).
             *
             * @param value the service's Key/Value list
             * @return this builder
             */
            public Builder tags(List<Tag> value) {
                this.tags = ServiceArguments.tags("tags", value);
                return this;
            }

            /**
             * {@code tags} given as a dict (default None): sent as a Key/Value list in the map's order.
             *
             * @param value keys and values
             * @return this builder
             */
            public Builder tags(Map<String, String> value) {
                this.tags = ServiceArguments.tags("tags", value);
                return this;
            }

            /**
             * {@code kms_key} (default None): encrypts the endpoint's storage volume; sent, not enforced locally.
             *
             * @param value a KMS key id, alias or ARN
             * @return this builder
             */
            public Builder kmsKey(String value) {
                ServiceArguments.kmsKey("kmsKey", value);
                this.kmsKey = value;
                return this;
            }

            /**
             * {@code wait} (default True): whether to wait until the endpoint is InService.
             *
             * @param value whether to wait
             * @return this builder
             */
            public Builder wait(boolean value) {
                this.wait = value;
                return this;
            }

            /**
             * {@code data_capture_config} (default None): what invocations to record and where.
             *
             * @param value the capture configuration
             * @return this builder
             */
            public Builder dataCaptureConfig(DataCaptureConfig value) {
                this.dataCaptureConfig = value;
                return this;
            }

            /**
             * {@code async_inference_config} (default None): an asynchronous endpoint; sent, recorded locally, not
             * served asynchronously locally.
             *
             * @param value the service's AsyncInferenceConfig
             * @return this builder
             */
            public Builder asyncInferenceConfig(AsyncInferenceConfig value) {
                this.asyncInferenceConfig = value;
                return this;
            }

            /**
             * {@code serverless_inference_config} (default None): a serverless endpoint: sent instead of the instance
             * type and count; served on one local instance.
             *
             * @param value memory size and concurrency
             * @return this builder
             */
            public Builder serverlessInferenceConfig(ProductionVariantServerlessConfig value) {
                this.serverlessInferenceConfig = value;
                return this;
            }

            /**
             * {@code volume_size} (default None): the storage volume in GB; sent, not enforced locally.
             *
             * @param value GB
             * @return this builder
             */
            public Builder volumeSize(Integer value) {
                this.volumeSize = value;
                return this;
            }

            /**
             * {@code model_data_download_timeout} (default None): seconds to download the model; sent, not enforced
             * locally.
             *
             * @param value seconds
             * @return this builder
             */
            public Builder modelDataDownloadTimeout(Integer value) {
                this.modelDataDownloadTimeout = value;
                return this;
            }

            /**
             * {@code container_startup_health_check_timeout} (default None): seconds for the container to pass /ping;
             * sent, not enforced locally.
             *
             * @param value seconds
             * @return this builder
             */
            public Builder containerStartupHealthCheckTimeout(Integer value) {
                this.containerStartupHealthCheckTimeout = value;
                return this;
            }

            /**
             * {@code inference_recommendation_id} (default None): deploy with an Inference Recommender result; not
             * supported (no recommendation jobs), refused with OperationNotSupportedException.
             *
             * @param value the recommendation id
             * @return this builder
             */
            public Builder inferenceRecommendationId(String value) {
                this.inferenceRecommendationId = value;
                return this;
            }

            /**
             * {@code explainer_config} (default None): online explainability (Clarify); sent, recorded locally, not
             * served locally.
             *
             * @param value the service's ExplainerConfig
             * @return this builder
             */
            public Builder explainerConfig(ExplainerConfig value) {
                this.explainerConfig = value;
                return this;
            }

            /**
             * {@code accept_eula} (default None): accepts the model's end-user licence: sent as
             * ModelDataSource.S3DataSource.ModelAccessConfig.
             *
             * @param value whether the EULA is accepted
             * @return this builder
             */
            public Builder acceptEula(Boolean value) {
                this.acceptEula = value;
                return this;
            }

            /**
             * {@code endpoint_logging} (default False): stream the endpoint's logs while waiting; accepted, nothing
             * is streamed.
             *
             * @param value whether to stream logs
             * @return this builder
             */
            public Builder endpointLogging(boolean value) {
                this.endpointLogging = value;
                return this;
            }

            /**
             * {@code resources} (default None): compute requirements of an inference component; only with {@code
             * EndpointType.INFERENCE_COMPONENT_BASED}.
             *
             * @param value the requirements
             * @return this builder
             */
            public Builder resources(ResourceRequirements value) {
                this.resources = value;
                return this;
            }

            /**
             * {@code endpoint_type} (default EndpointType.MODEL_BASED): the endpoint kind; INFERENCE_COMPONENT_BASED
             * deploys the model as an inference component (needs {@code resources}, here or on the model; backends
             * without inference components, such as the local one, refuse it).
             *
             * @param value the kind
             * @return this builder
             */
            public Builder endpointType(EndpointType value) {
                Objects.requireNonNull(value, "endpointType");
                this.endpointType = value;
                return this;
            }

            /**
             * {@code managed_instance_scaling} (default None): instance scaling of an inference-component endpoint;
             * as in Python, not sent for a model-based endpoint.
             *
             * @param value the scaling
             * @return this builder
             */
            public Builder managedInstanceScaling(ProductionVariantManagedInstanceScaling value) {
                this.managedInstanceScaling = value;
                return this;
            }

            /**
             * {@code inference_component_name} (default None): the inference component of an inference-component
             * endpoint.
             *
             * @param value the name
             * @return this builder
             */
            public Builder inferenceComponentName(String value) {
                this.inferenceComponentName = value;
                return this;
            }

            /**
             * {@code routing_config} (default None): how the endpoint routes traffic to its instances; sent, not
             * acted on locally.
             *
             * @param value e.g. {@code RoutingStrategy=RANDOM}
             * @return this builder
             */
            public Builder routingConfig(ProductionVariantRoutingConfig value) {
                this.routingConfig = value;
                return this;
            }

            /**
             * {@code model_reference_arn} (default None): a hub model reference, sent as
             * ModelDataSource.S3DataSource.HubAccessConfig.
             *
             * @param value the hub content ARN
             * @return this builder
             */
            public Builder modelReferenceArn(String value) {
                this.modelReferenceArn = value;
                return this;
            }

            /**
             * {@code inference_ami_version} (default None): the inference AMI; sent, not acted on locally.
             *
             * @param value the AMI version
             * @return this builder
             */
            public Builder inferenceAmiVersion(String value) {
                this.inferenceAmiVersion = value;
                return this;
            }

            /**
             * {@code update_endpoint} (default False): move an existing endpoint (named by {@code endpointName}) to
             * this model instead of creating one.
             *
             * @param value whether to update
             * @return this builder
             */
            public Builder updateEndpoint(boolean value) {
                this.updateEndpoint = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public DeployOptions build() {
                return new DeployOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Model.prepare_container_def} (Python SDK v2.257.6), all None by default. Immutable.
     */
    public static final class PrepareContainerDefOptions {
        private final String instanceType;
        private final String acceleratorType;
        private final ProductionVariantServerlessConfig serverlessInferenceConfig;
        private final Boolean acceptEula;
        private final String modelReferenceArn;

        private PrepareContainerDefOptions(Builder b) {
            this.instanceType = b.instanceType;
            this.acceleratorType = b.acceleratorType;
            this.serverlessInferenceConfig = b.serverlessInferenceConfig;
            this.acceptEula = b.acceptEula;
            this.modelReferenceArn = b.modelReferenceArn;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.instanceType = instanceType;
            b.acceleratorType = acceleratorType;
            b.serverlessInferenceConfig = serverlessInferenceConfig;
            b.acceptEula = acceptEula;
            b.modelReferenceArn = modelReferenceArn;
            return b;
        }

        /**
         * {@code instance_type}.
         *
         * @return the instance type, or {@code null}
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code accelerator_type}.
         *
         * @return the Elastic Inference accelerator type, or {@code null}
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * {@code serverless_inference_config}.
         *
         * @return the serverless configuration, or {@code null}
         */
        public ProductionVariantServerlessConfig serverlessInferenceConfig() {
            return serverlessInferenceConfig;
        }

        /**
         * {@code accept_eula}.
         *
         * @return whether the model's end-user licence is accepted (sent as ModelAccessConfig), or {@code null}
         */
        public Boolean acceptEula() {
            return acceptEula;
        }

        /**
         * {@code model_reference_arn}.
         *
         * @return the hub content ARN of a model reference (default: the model's), or {@code null}
         */
        public String modelReferenceArn() {
            return modelReferenceArn;
        }

        private List<Object> values() {
            return Arrays.asList(instanceType, acceleratorType, serverlessInferenceConfig, acceptEula, modelReferenceArn);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PrepareContainerDefOptions && values().equals(((PrepareContainerDefOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "PrepareContainerDefOptions" + values();
        }

        /** Builds {@link PrepareContainerDefOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private String instanceType;
            private String acceleratorType;
            private ProductionVariantServerlessConfig serverlessInferenceConfig;
            private Boolean acceptEula;
            private String modelReferenceArn;

            private Builder() {
            }

            /**
             * {@code instance_type} (default None).
             *
             * @param value the instance type
             * @return this builder
             */
            public Builder instanceType(String value) {
                this.instanceType = value;
                return this;
            }

            /**
             * {@code accelerator_type} (default None).
             *
             * @param value the Elastic Inference accelerator type
             * @return this builder
             */
            public Builder acceleratorType(String value) {
                this.acceleratorType = value;
                return this;
            }

            /**
             * {@code serverless_inference_config} (default None).
             *
             * @param value the serverless configuration
             * @return this builder
             */
            public Builder serverlessInferenceConfig(ProductionVariantServerlessConfig value) {
                this.serverlessInferenceConfig = value;
                return this;
            }

            /**
             * {@code accept_eula} (default None).
             *
             * @param value whether the model's end-user licence is accepted (sent as ModelAccessConfig)
             * @return this builder
             */
            public Builder acceptEula(Boolean value) {
                this.acceptEula = value;
                return this;
            }

            /**
             * {@code model_reference_arn} (default None).
             *
             * @param value the hub content ARN of a model reference (default: the model's)
             * @return this builder
             */
            public Builder modelReferenceArn(String value) {
                this.modelReferenceArn = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public PrepareContainerDefOptions build() {
                return new PrepareContainerDefOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Model.create} (Python SDK v2.257.6), with its defaults. Immutable.
     */
    public static final class CreateOptions {
        private final String instanceType;
        private final String acceleratorType;
        private final ProductionVariantServerlessConfig serverlessInferenceConfig;
        private final List<Tag> tags;
        private final Boolean acceptEula;
        private final String modelReferenceArn;

        private CreateOptions(Builder b) {
            this.instanceType = b.instanceType;
            this.acceleratorType = b.acceleratorType;
            this.serverlessInferenceConfig = b.serverlessInferenceConfig;
            this.tags = b.tags;
            this.acceptEula = b.acceptEula;
            this.modelReferenceArn = b.modelReferenceArn;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.instanceType = instanceType;
            b.acceleratorType = acceleratorType;
            b.serverlessInferenceConfig = serverlessInferenceConfig;
            b.tags = tags;
            b.acceptEula = acceptEula;
            b.modelReferenceArn = modelReferenceArn;
            return b;
        }

        /**
         * {@code instance_type}: the instance type the model is meant for; recorded only (the image is chosen by the
         * caller).
         *
         * @return the value
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code accelerator_type}: an Elastic Inference accelerator; recorded only.
         *
         * @return the value
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * {@code serverless_inference_config}: a serverless deployment; recorded only.
         *
         * @return the value
         */
        public ProductionVariantServerlessConfig serverlessInferenceConfig() {
            return serverlessInferenceConfig;
        }

        /**
         * {@code tags}: tags for the model (added to the model's own).
         *
         * @return the value
         */
        public List<Tag> tags() {
            return tags;
        }

        /**
         * {@code accept_eula}: accepts the model's end-user licence: sent as
         * ModelDataSource.S3DataSource.ModelAccessConfig.
         *
         * @return the value
         */
        public Boolean acceptEula() {
            return acceptEula;
        }

        /**
         * {@code model_reference_arn}: a hub model reference, sent as ModelDataSource.S3DataSource.HubAccessConfig.
         *
         * @return the value
         */
        public String modelReferenceArn() {
            return modelReferenceArn;
        }

        private List<Object> fields() {
            return Arrays.asList(instanceType, acceleratorType, serverlessInferenceConfig, tags, acceptEula,
                    modelReferenceArn);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateOptions && fields().equals(((CreateOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "CreateOptions" + fields();
        }

        /** Builds {@link CreateOptions}; each method is a Python keyword of {@code Model.create}. */
        public static final class Builder {
            private String instanceType;
            private String acceleratorType;
            private ProductionVariantServerlessConfig serverlessInferenceConfig;
            private List<Tag> tags = List.of();
            private Boolean acceptEula;
            private String modelReferenceArn;

            private Builder() {
            }

            /**
             * {@code instance_type} (default None): the instance type the model is meant for; recorded only (the
             * image is chosen by the caller).
             *
             * @param value the instance type
             * @return this builder
             */
            public Builder instanceType(String value) {
                this.instanceType = value;
                return this;
            }

            /**
             * {@code accelerator_type} (default None): an Elastic Inference accelerator; recorded only.
             *
             * @param value e.g. {@code ml.eia1.medium}
             * @return this builder
             */
            public Builder acceleratorType(String value) {
                this.acceleratorType = value;
                return this;
            }

            /**
             * {@code serverless_inference_config} (default None): a serverless deployment; recorded only.
             *
             * @param value memory size and concurrency
             * @return this builder
             */
            public Builder serverlessInferenceConfig(ProductionVariantServerlessConfig value) {
                this.serverlessInferenceConfig = value;
                return this;
            }

            /**
             * {@code tags} (default None): tags for the model (added to the model's own).
             *
             * @param value the service's Key/Value list
             * @return this builder
             */
            public Builder tags(List<Tag> value) {
                this.tags = ServiceArguments.tags("tags", value);
                return this;
            }

            /**
             * {@code tags} given as a dict (default None): sent as a Key/Value list in the map's order.
             *
             * @param value keys and values
             * @return this builder
             */
            public Builder tags(Map<String, String> value) {
                this.tags = ServiceArguments.tags("tags", value);
                return this;
            }

            /**
             * {@code accept_eula} (default None): accepts the model's end-user licence: sent as
             * ModelDataSource.S3DataSource.ModelAccessConfig.
             *
             * @param value whether the EULA is accepted
             * @return this builder
             */
            public Builder acceptEula(Boolean value) {
                this.acceptEula = value;
                return this;
            }

            /**
             * {@code model_reference_arn} (default None): a hub model reference, sent as
             * ModelDataSource.S3DataSource.HubAccessConfig.
             *
             * @param value the hub content ARN
             * @return this builder
             */
            public Builder modelReferenceArn(String value) {
                this.modelReferenceArn = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateOptions build() {
                return new CreateOptions(this);
            }
        }
    }
}
