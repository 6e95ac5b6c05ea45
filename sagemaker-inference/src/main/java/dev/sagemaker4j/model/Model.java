/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.BytesDeserializer;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.deserializers.Deserializer;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.model.internal.HandlerRuntime;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serializers.IdentitySerializer;
import dev.sagemaker4j.serializers.Serializer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.utils.Names;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelRequest;

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
 *     .session(session).build();
 * Predictor<List<List<String>>> p = model.deploy(1, "local", new CSVSerializer(), new CSVDeserializer());
 * p.predict(new double[][] {{0.1, 2.3}});
 * p.deleteEndpoint();
 * }</pre>
 *
 * <p>Needs no closing; delete the endpoint (and the model) when done.
 */
public class Model {
    /** The image the local backend serves {@link InferenceHandler}s with. */
    public static final String JAVA_INFERENCE_IMAGE = "sagemaker4j/java-inference:17";

    private final Session session;
    private final String imageUri;
    private final String modelData;
    private final String role;
    private final Map<String, String> env;
    private final String mode;
    private final PredictorFactory predictorFactory;
    private final Class<?> handler;
    private volatile String name;
    private volatile boolean generatedName;
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
        this.predictorFactory = b.predictorFactory;
        this.handler = b.handler;
        this.name = b.name;
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
     * Makes a predictor for an endpoint; used by {@link #deploy} when no serializer is given.
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
     * The model name (set by {@link #create} when the builder had none).
     *
     * @return the name, or {@code null} before the model is created
     */
    public String name() {
        return name;
    }

    /**
     * The endpoint of the last {@link #deploy}.
     *
     * @return the endpoint name, or {@code null}
     */
    public String endpointName() {
        return endpointName;
    }

    /**
     * The inference image.
     *
     * @return the image URI
     */
    public String imageUri() {
        return imageUri;
    }

    /**
     * The model artifact.
     *
     * @return the model.tar.gz URI (or prefix for multi-model)
     */
    public String modelData() {
        return modelData;
    }

    /**
     * The container environment.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> env() {
        return env;
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
     * The service's container definition of this model.
     *
     * @return the ContainerDefinition
     */
    protected ContainerDefinition containerDefinition() {
        ContainerDefinition.Builder c = ContainerDefinition.builder().image(imageUri).modelDataUrl(modelData)
                .environment(env);
        if (mode != null) {
            c.mode(mode);
        }
        return c.build();
    }

    /**
     * Creates the model (CreateModel), as {@code Model.create()} in Python; does nothing when created.
     *
     * @return the model name
     */
    public synchronized String create() {
        if (name != null && exists(name)) {
            return name;
        }
        String modelName = name != null ? name : Names.nameFromBase(baseName());
        if (handler != null) {
            HandlerRuntime.register(handler);
        }
        session.api(HostingApi.CAPABILITY).createModel(CreateModelRequest.builder().modelName(modelName)
                .primaryContainer(containerDefinition()).executionRoleArn(role).build());
        generatedName = name == null;
        name = modelName;
        return modelName;
    }

    private boolean exists(String modelName) {
        try {
            session.api(HostingApi.CAPABILITY).describeModel(software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest
                    .builder().modelName(modelName).build());
            return true;
        } catch (dev.sagemaker4j.exceptions.ResourceNotFoundException e) {
            return false;
        }
    }

    private String baseName() {
        String repository = imageUri.substring(imageUri.lastIndexOf('/') + 1);
        int colon = repository.indexOf(':');
        String base = colon >= 0 ? repository.substring(0, colon) : repository;
        return base.replaceAll("[^A-Za-z0-9-]", "-");
    }

    /**
     * Deletes the model (DeleteModel).
     */
    public void deleteModel() {
        if (name == null) {
            throw new ValidationException("name", null, "is not set: the model was never created",
                    "call create() or deploy(...) first");
        }
        session.api(HostingApi.CAPABILITY).deleteModel(DeleteModelRequest.builder().modelName(name).build());
    }

    /**
     * Deploys with the serializer and deserializer this model's image calls for.
     *
     * @param initialInstanceCount the instances (replicas)
     * @param instanceType         {@code local}, {@code local_gpu} or {@code ml.*}
     * @return the predictor
     */
    public Predictor<?> deploy(int initialInstanceCount, String instanceType) {
        return deploy(initialInstanceCount, instanceType, null, null, null, null, true);
    }

    /**
     * Deploys.
     *
     * @param initialInstanceCount the instances (replicas)
     * @param instanceType         {@code local}, {@code local_gpu} or {@code ml.*}
     * @param serializer           encodes request data
     * @param deserializer         decodes responses
     * @param <T>                  what the deserializer returns
     * @return the predictor
     */
    public <T> Predictor<T> deploy(int initialInstanceCount, String instanceType, Serializer serializer,
                                   Deserializer<T> deserializer) {
        return deploy(initialInstanceCount, instanceType, serializer, deserializer, null, null, true);
    }

    /**
     * Deploys, as {@code Model.deploy(initial_instance_count, instance_type, serializer, deserializer,
     * endpoint_name, data_capture_config, wait)} in Python: CreateModel, CreateEndpointConfig (variant
     * {@code AllTraffic}, weight 1) and CreateEndpoint, then waits for InService.
     *
     * @param initialInstanceCount the instances (replicas)
     * @param instanceType         {@code local}, {@code local_gpu} or {@code ml.*}
     * @param serializer           encodes request data, or {@code null} for the image's default
     * @param deserializer         decodes responses, or {@code null} for the image's default
     * @param endpointName         the endpoint name, or {@code null} for base name plus timestamp
     * @param dataCaptureConfig    data capture, or {@code null}
     * @param wait                 whether to wait until InService
     * @param <T>                  what the deserializer returns
     * @return the predictor
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the endpoint fails to come up (the
     *                                                               reason says why)
     */
    @SuppressWarnings("unchecked")
    public <T> Predictor<T> deploy(int initialInstanceCount, String instanceType, Serializer serializer,
                                   Deserializer<T> deserializer, String endpointName,
                                   DataCaptureConfig dataCaptureConfig, boolean wait) {
        if (initialInstanceCount < 1) {
            throw new ValidationException("initialInstanceCount", initialInstanceCount, "must be at least 1",
                    "deploy to one or more instances");
        }
        if (instanceType == null || !(instanceType.startsWith("ml.") || instanceType.startsWith("local"))) {
            throw new ValidationException("instanceType", instanceType, "is not an instance type",
                    "pass \"local\", \"local_gpu\" or an ml.* instance type");
        }
        String modelName = create();
        String endpoint = endpointName != null ? Names.validateName("endpointName", endpointName)
                : Names.nameFromBase(baseName());
        session.api(HostingApi.CAPABILITY).createEndpointConfig(CreateEndpointConfigRequest.builder().endpointConfigName(endpoint)
                .productionVariants(Session.productionVariant(modelName, instanceType, initialInstanceCount,
                        "AllTraffic", 1.0))
                .dataCaptureConfig(dataCaptureConfig == null ? null : dataCaptureConfig.toRequest()).build());
        session.api(HostingApi.CAPABILITY).createEndpoint(CreateEndpointRequest.builder().endpointName(endpoint)
                .endpointConfigName(endpoint).build());
        this.endpointName = endpoint;
        if (wait) {
            session.waitForEndpoint(endpoint, null);
        }
        if (serializer == null && deserializer == null && predictorFactory != null) {
            return (Predictor<T>) predictorFactory.create(endpoint, session);
        }
        Serializer s = serializer != null ? serializer : defaultSerializer();
        Deserializer<T> d = deserializer != null ? deserializer : (Deserializer<T>) defaultDeserializer();
        return new Predictor<>(endpoint, session, s, d);
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
        return b.modelName(modelName).baseTransformJobName(generatedName ? baseName() : modelName).build();
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
        private PredictorFactory predictorFactory;

        /**
         * Creates the builder.
         */
        protected Builder() {
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
         * Sets the inference image.
         *
         * @param imageUri the image URI
         * @return this builder
         */
        public Builder imageUri(String imageUri) {
            this.imageUri = imageUri;
            return this;
        }

        /**
         * Sets the model artifact.
         *
         * @param modelData the model.tar.gz URI
         * @return this builder
         */
        public Builder modelData(String modelData) {
            this.modelData = modelData;
            return this;
        }

        /**
         * Sets the IAM role (required by the service, optional locally).
         *
         * @param role the role ARN
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets the container environment.
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
         * Sets the model name (default: base name plus timestamp).
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Serves the model with custom Java code (sets {@code SAGEMAKER_PROGRAM}).
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
         * Sets how deploy makes predictors when no serializer is given (Python's {@code predictor_cls}).
         *
         * @param factory the factory
         * @return this builder
         */
        public Builder predictorFactory(PredictorFactory factory) {
            this.predictorFactory = factory;
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
}
