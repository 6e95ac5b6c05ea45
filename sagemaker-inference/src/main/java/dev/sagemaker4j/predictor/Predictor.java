/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.predictor;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.BytesDeserializer;
import dev.sagemaker4j.deserializers.Deserializer;
import dev.sagemaker4j.deserializers.NumpyDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.serializers.IdentitySerializer;
import dev.sagemaker4j.serializers.Serializer;
import dev.sagemaker4j.spi.DirectInvocation;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.utils.Names;
import dev.sagemaker4j.utils.ServiceArguments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeContextRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeContextResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentContainerSpecification;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentStartupParameters;
import software.amazon.awssdk.services.sagemaker.model.ListContextsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListInferenceComponentsResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantManagedInstanceScaling;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.UpdateEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointWithResponseStreamRequest;

/**
 * Makes predictions against an endpoint, as {@code sagemaker.predictor.Predictor}: the serializer
 * turns data into the request body (and names its content type), the deserializer turns the response
 * into a result (and names the accept type). As in Python, the serializer, deserializer, content type
 * and accept type can be set after construction. Thread-safe; needs no closing (delete the endpoint when
 * done).
 *
 * <pre>{@code
 * Predictor<List<List<String>>> p = Predictor.builder("my-endpoint", session)
 *         .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()).build();
 * List<List<String>> scores = p.predict(new double[][] {{0.1, 2.3, 4.5}});
 * p.predict(rows, o -> o.targetVariant("B").inferenceId("req-7"));
 * }</pre>
 *
 * <p>In-process, a prediction on typed rows ({@code float[][]}, {@code double[][]}, {@code float[]},
 * {@code NpyArray}) with a {@link NumpyDeserializer} skips encoding and decoding: the rows go to the
 * model and its outputs come back as the same array the wire path would give.
 *
 * <p>Python's {@code list_monitors} and {@code endpoint_context} are not applicable: sagemaker4j has no
 * monitoring schedules or lineage contexts of endpoints.
 *
 * @param <T> what the deserializer returns
 */
public class Predictor<T> {
    /** The InvokeEndpoint arguments {@code initial_args} may hold. */
    static final List<String> INVOKE_ARGS = List.of("ContentType", "Accept", "CustomAttributes", "TargetModel",
            "TargetVariant", "InferenceId", "EndpointName", "InferenceComponentName");

    /** {@code predict(data)}'s keywords: none (immutable, so one for every call). */
    private static final PredictOptions NO_OPTIONS = PredictOptions.builder().build();

    private final String endpointName;
    private final Session session;
    private volatile String componentName;
    private volatile Serializer serializer;
    private volatile Deserializer<T> deserializer;
    private volatile String contentType;
    private volatile String accept;
    /** The backend's in-process invocation, looked up on first use (the session's backend does not change). */
    private volatile Optional<DirectInvocation> direct;

    /**
     * Creates a predictor from a builder (for subclasses, as Python's predictor classes).
     *
     * @param b the builder
     */
    protected Predictor(Builder<T> b) {
        this.endpointName = Names.validateName("endpointName", b.endpointName);
        this.session = Objects.requireNonNull(b.session, "session");
        this.serializer = Objects.requireNonNull(b.serializer, "serializer");
        this.deserializer = Objects.requireNonNull(b.deserializer, "deserializer");
        this.componentName = b.componentName;
    }

    /**
     * A builder with the Python SDK's defaults: bytes in ({@link IdentitySerializer}), bytes out
     * ({@link BytesDeserializer}), no inference component.
     *
     * @param endpointName the endpoint ({@code endpoint_name})
     * @param session      the session ({@code sagemaker_session})
     * @return the builder
     */
    public static Builder<byte[]> builder(String endpointName, Session session) {
        return new Builder<>(endpointName, session, new IdentitySerializer(), new BytesDeserializer());
    }

    /**
     * A predictor with the Python SDK's defaults: bytes in ({@link IdentitySerializer}), bytes out
     * ({@link BytesDeserializer}).
     *
     * @param endpointName the endpoint
     * @param session      the session
     * @return the predictor
     */
    public static Predictor<byte[]> of(String endpointName, Session session) {
        return builder(endpointName, session).build();
    }

    /**
     * The endpoint name ({@code endpoint_name}).
     *
     * @return the name
     */
    public String endpointName() {
        return endpointName;
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
     * The inference component invoked ({@code component_name}).
     *
     * @return the component, or {@code null}
     */
    public String componentName() {
        return componentName;
    }

    /**
     * Sets the inference component requests go to, as assigning Python's {@code predictor.component_name}.
     *
     * @param componentName the component, or {@code null} for none
     */
    public void componentName(String componentName) {
        this.componentName = componentName;
    }

    /**
     * The serializer.
     *
     * @return the serializer
     */
    public Serializer serializer() {
        return serializer;
    }

    /**
     * Replaces the serializer, as {@code predictor.serializer = ...} in Python.
     *
     * @param serializer encodes request data
     */
    public void serializer(Serializer serializer) {
        this.serializer = Objects.requireNonNull(serializer, "serializer");
    }

    /**
     * The deserializer.
     *
     * @return the deserializer
     */
    public Deserializer<T> deserializer() {
        return deserializer;
    }

    /**
     * Replaces the deserializer with one of the same result type, as {@code predictor.deserializer = ...} in
     * Python; {@link #withDeserializer(Deserializer)} changes the result type.
     *
     * @param deserializer decodes responses
     */
    public void deserializer(Deserializer<T> deserializer) {
        this.deserializer = Objects.requireNonNull(deserializer, "deserializer");
    }

    /**
     * A predictor of the same endpoint, serializer and content types with another deserializer.
     *
     * @param deserializer decodes responses
     * @param <U>          what it returns
     * @return the new predictor
     */
    public <U> Predictor<U> withDeserializer(Deserializer<U> deserializer) {
        Predictor<U> p = new Builder<>(endpointName, session, serializer, deserializer).componentName(componentName)
                .build();
        p.contentType = contentType;
        p.accept = accept;
        return p;
    }

    /**
     * The request content type: the one set, else the serializer's ({@code content_type}).
     *
     * @return e.g. {@code text/csv}
     */
    public String contentType() {
        String c = contentType;
        return c != null ? c : serializer.contentType();
    }

    /**
     * Sets the request content type, as {@code predictor.content_type = ...} in Python.
     *
     * @param contentType the MIME type, or {@code null} for the serializer's
     */
    public void contentType(String contentType) {
        this.contentType = contentType;
    }

    /**
     * The accept type: the one set, else the deserializer's, several joined by {@code ", "}
     * ({@code accept}).
     *
     * @return e.g. {@code application/json}
     */
    public String accept() {
        String a = accept;
        return a != null ? a : deserializer.accept();
    }

    /**
     * Sets the accept type, as {@code predictor.accept = ...} in Python.
     *
     * @param accept the MIME type(s), or {@code null} for the deserializer's
     */
    public void accept(String accept) {
        this.accept = accept;
    }

    /**
     * Predicts, as {@code predict(data)}.
     *
     * @param data the data, in a form the serializer takes
     * @return the deserialized response
     * @throws dev.sagemaker4j.exceptions.ModelErrorException when the model rejects the data (its
     *                                                         message names what it accepts)
     */
    public T predict(Object data) {
        return predict(data, NO_OPTIONS);
    }

    /**
     * Predicts with {@code predict}'s keywords by name: {@code predictor.predict(rows, o -> o.targetVariant("B")
     * .customAttributes("trace-7"))}.
     *
     * @param data    the data
     * @param options the keywords
     * @return the deserialized response
     */
    public T predict(Object data, Consumer<PredictOptions.Builder> options) {
        PredictOptions.Builder b = PredictOptions.builder();
        options.accept(b);
        return predict(data, b.build());
    }

    /**
     * Predicts with kept options, building InvokeEndpoint as the Python SDK does: {@code initial_args}
     * first, then EndpointName, ContentType and Accept where they did not set them, then TargetModel,
     * TargetVariant, InferenceId, CustomAttributes and InferenceComponentName where given.
     *
     * @param data    the data
     * @param options the keywords
     * @return the deserialized response
     */
    @SuppressWarnings("unchecked")
    public T predict(Object data, PredictOptions options) {
        if (data == null) {
            throw new ValidationException("data", null, "is missing", "pass the records to score");
        }
        Deserializer<T> d = deserializer;
        String component = options.componentName() != null ? options.componentName() : componentName;
        if (options.initialArgs().isEmpty() && options.inferenceId() == null && options.customAttributes() == null
                && component == null && accept == null && d instanceof NumpyDeserializer) {
            float[][] rows = typedRows(data);
            boolean tensor = rows == null && data instanceof NpyArray && ((NpyArray) data).ndim() > 2;
            Optional<DirectInvocation> inProcess = rows == null && !tensor ? Optional.empty() : directInvocation();
            if (inProcess.isPresent()) {
                NpyArray out = tensor
                        ? inProcess.get().invokeTensor(endpointName, options.targetVariant(), options.targetModel(),
                                (NpyArray) data)
                        : inProcess.get().invokeArray(endpointName, options.targetVariant(), options.targetModel(),
                                rows);
                if (out != null) {
                    return (T) out;
                }
            }
        }
        Map<String, String> args = options.initialArgs();
        InvokeEndpointRequest.Builder b = InvokeEndpointRequest.builder()
                .endpointName(args.getOrDefault("EndpointName", endpointName))
                .contentType(args.getOrDefault("ContentType", contentType()))
                .accept(args.getOrDefault("Accept", accept()))
                .customAttributes(args.get("CustomAttributes")).targetModel(args.get("TargetModel"))
                .targetVariant(args.get("TargetVariant")).inferenceId(args.get("InferenceId"))
                .inferenceComponentName(args.get("InferenceComponentName"));
        if (options.targetModel() != null && !options.targetModel().isEmpty()) {
            b.targetModel(options.targetModel());
        }
        if (options.targetVariant() != null && !options.targetVariant().isEmpty()) {
            b.targetVariant(options.targetVariant());
        }
        if (options.inferenceId() != null && !options.inferenceId().isEmpty()) {
            b.inferenceId(options.inferenceId());
        }
        if (options.customAttributes() != null && !options.customAttributes().isEmpty()) {
            b.customAttributes(options.customAttributes());
        }
        if (component != null) {
            b.inferenceComponentName(component);
        }
        byte[] body = serializer.serialize(data);
        InvokeEndpointResponse response = session.runtimeApi().invokeEndpoint(b.body(SdkBytes.fromByteArrayUnsafe(body))
                .build());
        return d.deserialize(response.body().asInputStream(), response.contentType());
    }

    /** The backend's in-process invocation (looked up once). */
    private Optional<DirectInvocation> directInvocation() {
        Optional<DirectInvocation> d = direct;
        if (d == null) {
            d = session.backend().directInvocation();
            direct = d;
        }
        return d;
    }

    /** Typed input as rows, or {@code null} when the data is not a numeric array. */
    private static float[][] typedRows(Object data) {
        if (data instanceof float[][]) {
            return (float[][]) data;
        }
        if (data instanceof double[][]) {
            double[][] d = (double[][]) data;
            float[][] rows = new float[d.length][];
            for (int i = 0; i < d.length; i++) {
                rows[i] = new float[d[i].length];
                for (int j = 0; j < d[i].length; j++) {
                    rows[i][j] = (float) d[i][j];
                }
            }
            return rows;
        }
        if (data instanceof float[]) {
            return new float[][] {(float[]) data};
        }
        if (data instanceof NpyArray) {
            NpyArray a = (NpyArray) data;
            long[] shape = a.shape();
            if (shape.length == 2 && !a.dtype().isComplex()) {
                float[] flat = a.toFloatArray();
                int cols = (int) shape[1];
                float[][] rows = new float[(int) shape[0]][cols];
                for (int r = 0; r < rows.length; r++) {
                    System.arraycopy(flat, r * cols, rows[r], 0, cols);
                }
                return rows;
            }
        }
        return null;
    }


    /**
     * The endpoint's description now.
     *
     * @return DescribeEndpoint's response
     */
    public DescribeEndpointResponse describeEndpoint() {
        return session.api(HostingApi.CAPABILITY).describeEndpoint(DescribeEndpointRequest.builder()
                .endpointName(endpointName)
                .build());
    }

    private DescribeEndpointConfigResponse currentConfig() {
        return session.api(HostingApi.CAPABILITY).describeEndpointConfig(DescribeEndpointConfigRequest.builder()
                .endpointConfigName(describeEndpoint().endpointConfigName()).build());
    }

    /**
     * Moves the endpoint to a copy of its configuration, as {@code update_endpoint()} with no keywords.
     */
    public void updateEndpoint() {
        updateEndpoint(UpdateEndpointOptions.builder().build());
    }

    /**
     * Updates the endpoint with {@code update_endpoint}'s keywords by name:
     * {@code predictor.updateEndpoint(u -> u.initialInstanceCount(2).instanceType("local"))}.
     *
     * @param options the keywords
     */
    public void updateEndpoint(Consumer<UpdateEndpointOptions.Builder> options) {
        UpdateEndpointOptions.Builder b = UpdateEndpointOptions.builder();
        options.accept(b);
        updateEndpoint(b.build());
    }

    /**
     * Updates the endpoint, as {@code update_endpoint} in Python: a new configuration named
     * {@code name_from_base(current configuration)} copies the current one; when any of
     * {@code initialInstanceCount}, {@code instanceType}, {@code acceleratorType} or {@code modelName} is given,
     * its variants are replaced by one new variant (instance count and type then both required; the model
     * defaults to the endpoint's only model); tags, KMS key and data capture replace the current ones when
     * given. Requests keep being answered while it switches.
     *
     * @param options the keywords
     */
    public void updateEndpoint(UpdateEndpointOptions options) {
        DescribeEndpointConfigResponse current = currentConfig();
        List<ProductionVariant> variants = current.productionVariants();
        if (options.initialInstanceCount() != null || options.instanceType() != null
                || options.acceleratorType() != null || options.modelName() != null) {
            if (options.instanceType() == null || options.initialInstanceCount() == null) {
                throw new ValidationException(options.instanceType() == null ? "instanceType" : "initialInstanceCount",
                        null, "is missing", "give both initialInstanceCount and instanceType for a new variant");
            }
            String model = options.modelName();
            if (model == null) {
                List<String> models = modelNames(current);
                if (models.size() != 1) {
                    throw new ValidationException("modelName", null, "is missing: the endpoint has models " + models,
                            "name the model of the new variant");
                }
                model = models.get(0);
            }
            ProductionVariantManagedInstanceScaling scaling = null;
            if (options.maxInstanceCount() != null || options.minInstanceCount() != null) {
                scaling = ProductionVariantManagedInstanceScaling.builder().maxInstanceCount(options.maxInstanceCount())
                        .minInstanceCount(options.minInstanceCount()).build();
            }
            String m = model;
            ProductionVariantManagedInstanceScaling s = scaling;
            variants = List.of(Session.productionVariant(v -> v.modelName(m).instanceType(options.instanceType())
                    .initialInstanceCount(options.initialInstanceCount()).acceleratorType(options.acceleratorType())
                    .managedInstanceScaling(s)));
        }
        createFromExisting(current, variants, options.tags(), options.kmsKey(), options.dataCaptureConfigDict());
        if (options.waitFor()) {
            waitForEndpoint(null);
        }
    }

    /** As {@code Session.create_endpoint_config_from_existing} followed by {@code update_endpoint}. */
    private void createFromExisting(DescribeEndpointConfigResponse current, List<ProductionVariant> variants,
                                    List<Tag> tags, String kmsKey,
                                    software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig capture) {
        String configName = Names.nameFromBase(current.endpointConfigName());
        CreateEndpointConfigRequest.Builder request = CreateEndpointConfigRequest.builder()
                .endpointConfigName(configName).productionVariants(variants)
                .kmsKeyId(kmsKey != null ? kmsKey : current.kmsKeyId())
                .dataCaptureConfig(capture != null ? capture : current.dataCaptureConfig())
                .asyncInferenceConfig(current.asyncInferenceConfig()).explainerConfig(current.explainerConfig());
        if (!tags.isEmpty()) {
            request.tags(tags);
        }
        session.api(HostingApi.CAPABILITY).createEndpointConfig(request.build());
        session.api(HostingApi.CAPABILITY).updateEndpoint(UpdateEndpointRequest.builder().endpointName(endpointName)
                .endpointConfigName(configName).build());
    }

    /**
     * Turns data capture on with the Python SDK's defaults (20 %, request and response, under
     * {@code s3://<default bucket>/<prefix>/model-monitor/data-capture}), as {@code enable_data_capture()}.
     */
    public void enableDataCapture() {
        updateDataCaptureConfig(DataCaptureConfig.builder().enableCapture(true).session(session).build());
    }

    /**
     * Turns data capture off, as {@code disable_data_capture()}.
     */
    public void disableDataCapture() {
        updateDataCaptureConfig(DataCaptureConfig.builder().enableCapture(false).session(session).build());
    }

    /**
     * Moves the endpoint to a copy of its configuration with another data capture configuration, as
     * {@code update_data_capture_config(data_capture_config)}; does not wait.
     *
     * @param dataCaptureConfig the new data capture
     */
    public void updateDataCaptureConfig(DataCaptureConfig dataCaptureConfig) {
        DescribeEndpointConfigResponse current = currentConfig();
        String configName = Names.nameFromBase(endpointName);
        session.api(HostingApi.CAPABILITY).createEndpointConfig(CreateEndpointConfigRequest.builder()
                .endpointConfigName(configName).productionVariants(current.productionVariants())
                .kmsKeyId(current.kmsKeyId())
                .dataCaptureConfig(dataCaptureConfig != null ? dataCaptureConfig.toRequest()
                        : current.dataCaptureConfig())
                .asyncInferenceConfig(current.asyncInferenceConfig()).explainerConfig(current.explainerConfig())
                .build());
        session.api(HostingApi.CAPABILITY).updateEndpoint(UpdateEndpointRequest.builder().endpointName(endpointName)
                .endpointConfigName(configName).build());
    }

    /**
     * Waits for the endpoint to be InService.
     *
     * @param timeout the longest wait, or {@code null} for none
     * @return the endpoint's description
     */
    public DescribeEndpointResponse waitForEndpoint(Duration timeout) {
        return session.waitForEndpoint(endpointName, timeout);
    }

    /**
     * The endpoint's lineage context, as {@code Predictor.endpoint_context()}: the context (type {@code Endpoint})
     * whose source URI is the endpoint's ARN, looked up with ListContexts and described, as Python's
     * {@code EndpointContext.load} does. Its ARN is where a
     * {@link dev.sagemaker4j.spi.LineageApi#queryLineage QueryLineage} starts to find the model, training job and
     * data behind the endpoint. The local backend records its endpoints' contexts as lineage is read.
     *
     * @return the context's description, or empty when the endpoint has none (as Python answers {@code None})
     */
    public Optional<DescribeContextResponse> endpointContext() {
        String arn = describeEndpoint().endpointArn();
        LineageApi lineage = session.api(LineageApi.CAPABILITY);
        return lineage.listContexts(ListContextsRequest.builder().sourceUri(arn).build()).contextSummaries()
                .stream().findFirst().map(c -> lineage.describeContext(DescribeContextRequest.builder()
                        .contextName(c.contextName()).build()));
    }

    /**
     * Deletes the endpoint and its configuration, as {@code delete_endpoint()} in Python.
     */
    public void deleteEndpoint() {
        deleteEndpoint(true);
    }

    /**
     * Deletes the endpoint, as {@code delete_endpoint(delete_endpoint_config)}.
     *
     * @param deleteEndpointConfig whether to delete its configuration too
     */
    public void deleteEndpoint(boolean deleteEndpointConfig) {
        String config = deleteEndpointConfig ? describeEndpoint().endpointConfigName() : null;
        session.api(HostingApi.CAPABILITY).deleteEndpoint(DeleteEndpointRequest.builder().endpointName(endpointName)
                .build());
        if (config != null) {
            session.api(HostingApi.CAPABILITY).deleteEndpointConfig(DeleteEndpointConfigRequest.builder()
                    .endpointConfigName(config).build());
        }
    }

    /**
     * Deletes the models of the endpoint's configuration, as {@code delete_model()} in Python; for a predictor of
     * an inference component, the model the component serves (DescribeInferenceComponent).
     */
    public void deleteModel() {
        if (componentName != null) {
            // as Python's _get_model_names: the model behind the inference component
            String model = session.api(dev.sagemaker4j.spi.InferenceComponentsApi.CAPABILITY)
                    .describeInferenceComponent(software.amazon.awssdk.services.sagemaker.model
                            .DescribeInferenceComponentRequest.builder().inferenceComponentName(componentName).build())
                    .specification()
                    .modelName();
            if (model != null) {
                session.api(HostingApi.CAPABILITY).deleteModel(DeleteModelRequest.builder().modelName(model).build());
            }
            return;
        }
        for (String model : modelNames(currentConfig())) {
            session.api(HostingApi.CAPABILITY).deleteModel(DeleteModelRequest.builder().modelName(model).build());
        }
    }

    private static List<String> modelNames(DescribeEndpointConfigResponse config) {
        Set<String> names = new LinkedHashSet<>();
        for (ProductionVariant v : config.productionVariants()) {
            if (v.modelName() != null) {
                names.add(v.modelName());
            }
        }
        return List.copyOf(names);
    }

    // ---- inference components and response streams (Python v2.257.6 base_predictor.py) ----

    /**
     * Deletes what serves this predictor without waiting, as {@code Predictor.delete_predictor()}: its inference
     * component when it has one, otherwise the endpoint (and its configuration).
     */
    public void deletePredictor() {
        deletePredictor(false);
    }

    /**
     * Deletes what serves this predictor, as {@code Predictor.delete_predictor(wait=False)}: its inference component
     * (DeleteInferenceComponent, then with {@code wait} until it is gone) when it has one, otherwise the endpoint and
     * its configuration ({@link #deleteEndpoint()}; {@code wait} does not apply).
     *
     * @param wait {@code wait} (default false): whether to wait until the inference component is gone
     */
    public void deletePredictor(boolean wait) {
        if (componentName != null) {
            session.deleteInferenceComponent(componentName, wait);
        } else {
            deleteEndpoint();
        }
    }

    /**
     * Updates the inference component of this predictor with {@code update_predictor}'s keywords by name:
     * {@code predictor.updatePredictor(u -> u.resources(ResourceRequirements.builder().memory(2048).copies(2)
     * .build()))}.
     *
     * @param options the keywords
     */
    public void updatePredictor(Consumer<UpdatePredictorOptions.Builder> options) {
        UpdatePredictorOptions.Builder b = UpdatePredictorOptions.builder();
        options.accept(b);
        updatePredictor(b.build());
    }

    /**
     * Updates the inference component of this predictor, as {@code Predictor.update_predictor(...)}: a specification
     * with the compute resource requirements of {@code resources}, then either {@code modelName} or a container of
     * {@code imageUri}, {@code env} and {@code modelData} (ArtifactUrl), and the startup timeouts (parts left empty
     * are not sent), RuntimeConfig {@code CopyCount} from {@code resources}; then
     * {@link Session#updateInferenceComponent(String, Consumer)}, which waits for InService.
     *
     * @param options the options
     * @throws ValidationException when the predictor has no inference component (Python's {@code ValueError})
     */
    public void updatePredictor(UpdatePredictorOptions options) {
        if (componentName == null) {
            throw new ValidationException("componentName", null, "is not set: no inference component exists for the"
                    + " predictor", "deploy the model as an inference component, or build the predictor with its"
                    + " componentName");
        }
        InferenceComponentSpecification.Builder spec = InferenceComponentSpecification.builder();
        boolean any = false;
        if (options.resources() != null) {
            spec.computeResourceRequirements(options.resources().computeResourceRequirements());
            any = true;
        }
        if (options.modelName() != null && !options.modelName().isEmpty()) {
            spec.modelName(options.modelName());
            any = true;
        } else {
            InferenceComponentContainerSpecification.Builder container = InferenceComponentContainerSpecification
                    .builder();
            boolean set = false;
            if (options.imageUri() != null && !options.imageUri().isEmpty()) {
                container.image(options.imageUri());
                set = true;
            }
            if (options.env() != null && !options.env().isEmpty()) {
                container.environment(options.env());
                set = true;
            }
            if (options.modelData() != null && !options.modelData().isEmpty()) {
                container.artifactUrl(options.modelData());
                set = true;
            }
            if (set) {
                spec.container(container.build());
                any = true;
            }
        }
        InferenceComponentStartupParameters.Builder startup = InferenceComponentStartupParameters.builder();
        boolean started = false;
        if (options.modelDataDownloadTimeout() != null && options.modelDataDownloadTimeout() != 0) {
            startup.modelDataDownloadTimeoutInSeconds(options.modelDataDownloadTimeout());
            started = true;
        }
        if (options.containerStartupHealthCheckTimeout() != null && options.containerStartupHealthCheckTimeout() != 0) {
            startup.containerStartupHealthCheckTimeoutInSeconds(options.containerStartupHealthCheckTimeout());
            started = true;
        }
        if (started) {
            spec.startupParameters(startup.build());
            any = true;
        }
        InferenceComponentSpecification specification = any ? spec.build() : null;
        InferenceComponentRuntimeConfig runtime = options.resources() == null ? null
                : InferenceComponentRuntimeConfig.builder().copyCount(options.resources().copyCount()).build();
        session.updateInferenceComponent(componentName, u -> u.specification(specification).runtimeConfig(runtime));
    }

    /**
     * The monitors whose monitoring schedules watch this endpoint, as Python's {@code Predictor.list_monitors()}:
     * ListMonitoringSchedules by {@code EndpointName}, each schedule attached as the monitor of its type
     * ({@code DataQuality}: {@code dev.sagemaker4j.monitor.DefaultModelMonitor}). The monitor classes are in the
     * {@code sagemaker-monitor} module, which must be on the class path.
     *
     * <pre>{@code
     * for (Monitor m : predictor.listMonitors()) {
     *     System.out.println(m.monitoringScheduleName() + " " + m.monitoringType());
     * }
     * }</pre>
     *
     * @return the monitors, possibly none
     * @throws dev.sagemaker4j.exceptions.OperationNotSupportedException naming sagemaker-monitor when it is not on
     *                                                                  the class path
     */
    public java.util.List<dev.sagemaker4j.modelmonitor.Monitor> listMonitors() {
        for (dev.sagemaker4j.modelmonitor.MonitorLookup lookup : java.util.ServiceLoader.load(
                dev.sagemaker4j.modelmonitor.MonitorLookup.class, Predictor.class.getClassLoader())) {
            return lookup.monitorsOf(endpointName, session);
        }
        throw new dev.sagemaker4j.exceptions.OperationNotSupportedException("Predictor.list_monitors",
                session.backendName(), "the monitor classes are in the module dev.sagemaker4j:sagemaker-monitor;"
                + " add it to the class path");
    }

    /**
     * The inference components on this predictor's endpoint, as {@code Predictor.list_related_models()}.
     *
     * @return ListInferenceComponents' response: {@code inferenceComponents()} and {@code nextToken()} (Python's
     *         tuple)
     */
    public ListInferenceComponentsResponse listRelatedModels() {
        return listRelatedModels(ListRelatedModelsOptions.builder().build());
    }

    /**
     * The inference components on this predictor's endpoint with {@code list_related_models}' keywords by name:
     * {@code predictor.listRelatedModels(l -> l.statusEquals("InService").maxResults(10))}.
     *
     * @param options the keywords
     * @return ListInferenceComponents' response
     */
    public ListInferenceComponentsResponse listRelatedModels(Consumer<ListRelatedModelsOptions.Builder> options) {
        ListRelatedModelsOptions.Builder b = ListRelatedModelsOptions.builder();
        options.accept(b);
        return listRelatedModels(b.build());
    }

    /**
     * The inference components on this predictor's endpoint with kept options: ListInferenceComponents with
     * EndpointNameEquals this endpoint and the filters given.
     *
     * @param options the options
     * @return ListInferenceComponents' response
     */
    public ListInferenceComponentsResponse listRelatedModels(ListRelatedModelsOptions options) {
        return session.listInferenceComponents(l -> l.endpointNameEquals(endpointName)
                .variantNameEquals(options.variantNameEquals()).nameContains(options.nameContains())
                .creationTimeAfter(options.creationTimeAfter()).creationTimeBefore(options.creationTimeBefore())
                .lastModifiedTimeAfter(options.lastModifiedTimeAfter())
                .lastModifiedTimeBefore(options.lastModifiedTimeBefore()).statusEquals(options.statusEquals())
                .sortOrder(options.sortOrder()).sortBy(options.sortBy()).maxResults(options.maxResults())
                .nextToken(options.nextToken()));
    }

    /**
     * Predicts with a streamed response, as {@code Predictor.predict_stream(data)}: the payload parts of
     * InvokeEndpointWithResponseStream, in order (Python's default {@code ByteIterator}).
     *
     * @param data the data, in a form the serializer takes
     * @return the bytes of each payload part
     * @see #predictStream(Object, PredictStreamOptions)
     */
    public Iterator<byte[]> predictStream(Object data) {
        return predictStream(data, PredictStreamOptions.builder().build());
    }

    /**
     * Predicts with a streamed response and {@code predict_stream}'s keywords by name:
     * {@code predictor.predictStream(prompt, o -> o.componentName("llm-ic").customAttributes("trace-7"))}.
     *
     * @param data    the data
     * @param options the keywords
     * @return the bytes of each payload part
     */
    public Iterator<byte[]> predictStream(Object data, Consumer<PredictStreamOptions.Builder> options) {
        PredictStreamOptions.Builder b = PredictStreamOptions.builder();
        options.accept(b);
        return predictStream(data, b.build());
    }

    /**
     * Predicts with a streamed response and kept options, building InvokeEndpointWithResponseStream as Python does:
     * {@code initial_args} first, then EndpointName, ContentType and Accept where they did not set them, then
     * TargetVariant, InferenceId, CustomAttributes, TargetContainerHostname and InferenceComponentName (the
     * option's or the predictor's) where given; the body is the serializer's output.
     *
     * <p>The parts are collected as the backend delivers them and iterated once the stream ended (Python's
     * {@code iterator} argument has no Java form: wrap the iterator as you need). The local backend's model
     * servers do not stream: they answer one part, the whole response body. The {@code sagemaker} backend cannot
     * send this operation (the AWS SDK v2 has it only on {@code SageMakerRuntimeAsyncClient}) and answers
     * {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}.
     *
     * @param data    the data
     * @param options the options
     * @return the bytes of each payload part
     */
    public Iterator<byte[]> predictStream(Object data, PredictStreamOptions options) {
        if (data == null) {
            throw new ValidationException("data", null, "is missing", "pass the records to score");
        }
        Map<String, String> args = options.initialArgs();
        String component = options.componentName() != null ? options.componentName() : componentName;
        InvokeEndpointWithResponseStreamRequest.Builder b = InvokeEndpointWithResponseStreamRequest.builder()
                .endpointName(args.getOrDefault("EndpointName", endpointName))
                .contentType(args.getOrDefault("ContentType", contentType()))
                .accept(args.getOrDefault("Accept", accept()))
                .customAttributes(args.get("CustomAttributes")).targetVariant(args.get("TargetVariant"))
                .inferenceId(args.get("InferenceId")).targetContainerHostname(args.get("TargetContainerHostname"))
                .inferenceComponentName(args.get("InferenceComponentName"));
        if (options.targetVariant() != null && !options.targetVariant().isEmpty()) {
            b.targetVariant(options.targetVariant());
        }
        if (options.inferenceId() != null && !options.inferenceId().isEmpty()) {
            b.inferenceId(options.inferenceId());
        }
        if (options.customAttributes() != null && !options.customAttributes().isEmpty()) {
            b.customAttributes(options.customAttributes());
        }
        if (options.targetContainerHostname() != null && !options.targetContainerHostname().isEmpty()) {
            b.targetContainerHostname(options.targetContainerHostname());
        }
        if (component != null && !component.isEmpty()) {
            b.inferenceComponentName(component);
        }
        byte[] body = serializer.serialize(data);
        List<byte[]> parts = new ArrayList<>();
        session.runtimeApi().invokeEndpointWithResponseStream(b.body(SdkBytes.fromByteArrayUnsafe(body)).build(),
                parts::add);
        return Collections.unmodifiableList(parts).iterator();
    }

    @Override
    public String toString() {
        return "Predictor[" + endpointName + ", " + contentType() + " -> " + accept() + "]";
    }

    /**
     * Builds a {@link Predictor}, as the keywords of Python's {@code Predictor(...)}.
     *
     * @param <T> what the deserializer returns
     */
    public static final class Builder<T> {
        private final String endpointName;
        private final Session session;
        private Serializer serializer;
        private final Deserializer<T> deserializer;
        private String componentName;

        private Builder(String endpointName, Session session, Serializer serializer, Deserializer<T> deserializer) {
            this.endpointName = endpointName;
            this.session = session;
            this.serializer = serializer;
            this.deserializer = deserializer;
        }

        /**
         * {@code serializer} (default {@link IdentitySerializer}).
         *
         * @param serializer encodes request data
         * @return this builder
         */
        public Builder<T> serializer(Serializer serializer) {
            this.serializer = Objects.requireNonNull(serializer, "serializer");
            return this;
        }

        /**
         * {@code deserializer} (default {@link BytesDeserializer}).
         *
         * @param deserializer decodes responses
         * @param <U>          what it returns
         * @return a builder of that result type
         */
        public <U> Builder<U> deserializer(Deserializer<U> deserializer) {
            return new Builder<>(endpointName, session, serializer, Objects.requireNonNull(deserializer,
                    "deserializer"))
                    .componentName(componentName);
        }

        /**
         * {@code component_name} (default None): the inference component to invoke.
         *
         * @param componentName the component
         * @return this builder
         */
        public Builder<T> componentName(String componentName) {
            this.componentName = componentName;
            return this;
        }

        /**
         * Builds the predictor.
         *
         * @return the predictor
         */
        public Predictor<T> build() {
            return new Predictor<>(this);
        }
    }

    /**
     * The keywords of {@code Predictor.predict} (Python SDK v2.257.6), with its defaults. Immutable.
     */
    public static final class PredictOptions {
        private final Map<String, String> initialArgs;
        private final String targetModel;
        private final String targetVariant;
        private final String inferenceId;
        private final String customAttributes;
        private final String componentName;

        private PredictOptions(Builder b) {
            this.initialArgs = b.initialArgs;
            this.targetModel = b.targetModel;
            this.targetVariant = b.targetVariant;
            this.inferenceId = b.inferenceId;
            this.customAttributes = b.customAttributes;
            this.componentName = b.componentName;
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
            b.initialArgs = initialArgs;
            b.targetModel = targetModel;
            b.targetVariant = targetVariant;
            b.inferenceId = inferenceId;
            b.customAttributes = customAttributes;
            b.componentName = componentName;
            return b;
        }

        /**
         * {@code initial_args}: InvokeEndpoint arguments used as defaults ({@code ContentType}, {@code Accept},
         * {@code CustomAttributes}, {@code TargetModel}, {@code TargetVariant}, {@code InferenceId}, {@code
         * EndpointName}, {@code InferenceComponentName}); their ContentType and Accept win over the serializer's, the
         * other keywords win over them.
         *
         * @return the value
         */
        public Map<String, String> initialArgs() {
            return initialArgs;
        }

        /**
         * {@code target_model}: the model of a multi-model endpoint, relative to its prefix.
         *
         * @return the value
         */
        public String targetModel() {
            return targetModel;
        }

        /**
         * {@code target_variant}: the variant to invoke instead of one picked by weight.
         *
         * @return the value
         */
        public String targetVariant() {
            return targetVariant;
        }

        /**
         * {@code inference_id}: an id recorded with captured data.
         *
         * @return the value
         */
        public String inferenceId() {
            return inferenceId;
        }

        /**
         * {@code custom_attributes}: opaque attributes passed to the model (at most 1024 visible US-ASCII
         * characters).
         *
         * @return the value
         */
        public String customAttributes() {
            return customAttributes;
        }

        /**
         * {@code component_name}: the inference component to invoke; sent, refused by the local backend.
         *
         * @return the value
         */
        public String componentName() {
            return componentName;
        }

        private List<Object> fields() {
            return Arrays.asList(initialArgs, targetModel, targetVariant, inferenceId, customAttributes, componentName);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PredictOptions && fields().equals(((PredictOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "PredictOptions" + fields();
        }

        /** Builds {@link PredictOptions}; each method is a Python keyword of {@code Predictor.predict}. */
        public static final class Builder {
            private Map<String, String> initialArgs = Map.of();
            private String targetModel;
            private String targetVariant;
            private String inferenceId;
            private String customAttributes;
            private String componentName;

            private Builder() {
            }

            /**
             * {@code initial_args} (default None): InvokeEndpoint arguments used as defaults ({@code ContentType},
             * {@code Accept}, {@code CustomAttributes}, {@code TargetModel}, {@code TargetVariant}, {@code
             * InferenceId}, {@code EndpointName}, {@code InferenceComponentName}); their ContentType and Accept win
             * over the serializer's, the other keywords win over them.
             *
             * @param value argument names and values
             * @return this builder
             */
            public Builder initialArgs(Map<String, String> value) {
                for (String key : value.keySet()) {
                    if (!INVOKE_ARGS.contains(key)) {
                        throw new ValidationException("initialArgs", key, "is not an InvokeEndpoint argument",
                                "use " + String.join(", ", INVOKE_ARGS));
                    }
                }
                value = Map.copyOf(value);
                this.initialArgs = value;
                return this;
            }

            /**
             * {@code target_model} (default None): the model of a multi-model endpoint, relative to its prefix.
             *
             * @param value e.g. {@code customer-a.tar.gz}
             * @return this builder
             */
            public Builder targetModel(String value) {
                this.targetModel = value;
                return this;
            }

            /**
             * {@code target_variant} (default None): the variant to invoke instead of one picked by weight.
             *
             * @param value the variant name
             * @return this builder
             */
            public Builder targetVariant(String value) {
                if (value != null) {
                    Names.validateName("targetVariant", value);
                }
                this.targetVariant = value;
                return this;
            }

            /**
             * {@code inference_id} (default None): an id recorded with captured data.
             *
             * @param value the id
             * @return this builder
             */
            public Builder inferenceId(String value) {
                this.inferenceId = value;
                return this;
            }

            /**
             * {@code custom_attributes} (default None): opaque attributes passed to the model (at most 1024 visible
             * US-ASCII characters).
             *
             * @param value the attributes
             * @return this builder
             */
            public Builder customAttributes(String value) {
                if (value != null && (value.length() > 1024 || !value.chars()
                        .allMatch(ch -> ch >= 0x20 && ch < 0x7f))) {
                    throw new ValidationException("customAttributes", value,
                            "is not at most 1024 visible US-ASCII characters", "shorten it or encode it");
                }
                this.customAttributes = value;
                return this;
            }

            /**
             * {@code component_name} (default None): the inference component to invoke; sent, refused by the local
             * backend.
             *
             * @param value the component name
             * @return this builder
             */
            public Builder componentName(String value) {
                this.componentName = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public PredictOptions build() {
                return new PredictOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Predictor.list_related_models} (Python SDK v2.257.6), with its defaults. Immutable.
     */
    public static final class ListRelatedModelsOptions {
        private final String variantNameEquals;
        private final String nameContains;
        private final java.time.Instant creationTimeAfter;
        private final java.time.Instant creationTimeBefore;
        private final java.time.Instant lastModifiedTimeAfter;
        private final java.time.Instant lastModifiedTimeBefore;
        private final String statusEquals;
        private final String sortOrder;
        private final String sortBy;
        private final Integer maxResults;
        private final String nextToken;

        private ListRelatedModelsOptions(Builder b) {
            this.variantNameEquals = b.variantNameEquals;
            this.nameContains = b.nameContains;
            this.creationTimeAfter = b.creationTimeAfter;
            this.creationTimeBefore = b.creationTimeBefore;
            this.lastModifiedTimeAfter = b.lastModifiedTimeAfter;
            this.lastModifiedTimeBefore = b.lastModifiedTimeBefore;
            this.statusEquals = b.statusEquals;
            this.sortOrder = b.sortOrder;
            this.sortBy = b.sortBy;
            this.maxResults = b.maxResults;
            this.nextToken = b.nextToken;
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
            b.variantNameEquals = variantNameEquals;
            b.nameContains = nameContains;
            b.creationTimeAfter = creationTimeAfter;
            b.creationTimeBefore = creationTimeBefore;
            b.lastModifiedTimeAfter = lastModifiedTimeAfter;
            b.lastModifiedTimeBefore = lastModifiedTimeBefore;
            b.statusEquals = statusEquals;
            b.sortOrder = sortOrder;
            b.sortBy = sortBy;
            b.maxResults = maxResults;
            b.nextToken = nextToken;
            return b;
        }

        /**
         * {@code variant_name_equals}.
         *
         * @return the variant's name, or {@code null}
         */
        public String variantNameEquals() {
            return variantNameEquals;
        }

        /**
         * {@code name_contains}.
         *
         * @return a part of the components' names, or {@code null}
         */
        public String nameContains() {
            return nameContains;
        }

        /**
         * {@code creation_time_after}.
         *
         * @return created after, or {@code null}
         */
        public java.time.Instant creationTimeAfter() {
            return creationTimeAfter;
        }

        /**
         * {@code creation_time_before}.
         *
         * @return created before, or {@code null}
         */
        public java.time.Instant creationTimeBefore() {
            return creationTimeBefore;
        }

        /**
         * {@code last_modified_time_after}.
         *
         * @return last modified after, or {@code null}
         */
        public java.time.Instant lastModifiedTimeAfter() {
            return lastModifiedTimeAfter;
        }

        /**
         * {@code last_modified_time_before}.
         *
         * @return last modified before, or {@code null}
         */
        public java.time.Instant lastModifiedTimeBefore() {
            return lastModifiedTimeBefore;
        }

        /**
         * {@code status_equals}.
         *
         * @return the status, e.g. {@code InService}, or {@code null}
         */
        public String statusEquals() {
            return statusEquals;
        }

        /**
         * {@code sort_order}.
         *
         * @return {@code Ascending} or {@code Descending}, or {@code null}
         */
        public String sortOrder() {
            return sortOrder;
        }

        /**
         * {@code sort_by}.
         *
         * @return {@code Name}, {@code CreationTime} or {@code Status}, or {@code null}
         */
        public String sortBy() {
            return sortBy;
        }

        /**
         * {@code max_results}.
         *
         * @return the page size, or {@code null}
         */
        public Integer maxResults() {
            return maxResults;
        }

        /**
         * {@code next_token}.
         *
         * @return the previous page's NextToken, or {@code null}
         */
        public String nextToken() {
            return nextToken;
        }

        private java.util.List<Object> values() {
            return java.util.Arrays.asList(variantNameEquals, nameContains, creationTimeAfter, creationTimeBefore,
                    lastModifiedTimeAfter, lastModifiedTimeBefore, statusEquals, sortOrder,
                    sortBy, maxResults, nextToken);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListRelatedModelsOptions && values().equals(((ListRelatedModelsOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "ListRelatedModelsOptions" + values();
        }

        /** Builds {@link ListRelatedModelsOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private String variantNameEquals;
            private String nameContains;
            private java.time.Instant creationTimeAfter;
            private java.time.Instant creationTimeBefore;
            private java.time.Instant lastModifiedTimeAfter;
            private java.time.Instant lastModifiedTimeBefore;
            private String statusEquals;
            private String sortOrder;
            private String sortBy;
            private Integer maxResults;
            private String nextToken;

            private Builder() {
            }

            /**
             * {@code variant_name_equals} (default None).
             *
             * @param value the variant's name, or {@code null}
             * @return this builder
             */
            public Builder variantNameEquals(String value) {
                this.variantNameEquals = value;
                return this;
            }

            /**
             * {@code name_contains} (default None).
             *
             * @param value a part of the components' names, or {@code null}
             * @return this builder
             */
            public Builder nameContains(String value) {
                this.nameContains = value;
                return this;
            }

            /**
             * {@code creation_time_after} (default None).
             *
             * @param value created after, or {@code null}
             * @return this builder
             */
            public Builder creationTimeAfter(java.time.Instant value) {
                this.creationTimeAfter = value;
                return this;
            }

            /**
             * {@code creation_time_before} (default None).
             *
             * @param value created before, or {@code null}
             * @return this builder
             */
            public Builder creationTimeBefore(java.time.Instant value) {
                this.creationTimeBefore = value;
                return this;
            }

            /**
             * {@code last_modified_time_after} (default None).
             *
             * @param value last modified after, or {@code null}
             * @return this builder
             */
            public Builder lastModifiedTimeAfter(java.time.Instant value) {
                this.lastModifiedTimeAfter = value;
                return this;
            }

            /**
             * {@code last_modified_time_before} (default None).
             *
             * @param value last modified before, or {@code null}
             * @return this builder
             */
            public Builder lastModifiedTimeBefore(java.time.Instant value) {
                this.lastModifiedTimeBefore = value;
                return this;
            }

            /**
             * {@code status_equals} (default None).
             *
             * @param value the status, e.g. {@code InService}, or {@code null}
             * @return this builder
             */
            public Builder statusEquals(String value) {
                this.statusEquals = value;
                return this;
            }

            /**
             * {@code sort_order} (default None).
             *
             * @param value {@code Ascending} or {@code Descending}, or {@code null}
             * @return this builder
             */
            public Builder sortOrder(String value) {
                this.sortOrder = value;
                return this;
            }

            /**
             * {@code sort_by} (default None).
             *
             * @param value {@code Name}, {@code CreationTime} or {@code Status}, or {@code null}
             * @return this builder
             */
            public Builder sortBy(String value) {
                this.sortBy = value;
                return this;
            }

            /**
             * {@code max_results} (default None).
             *
             * @param value the page size, or {@code null}
             * @return this builder
             */
            public Builder maxResults(Integer value) {
                this.maxResults = value;
                return this;
            }

            /**
             * {@code next_token} (default None).
             *
             * @param value the previous page's NextToken, or {@code null}
             * @return this builder
             */
            public Builder nextToken(String value) {
                this.nextToken = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public ListRelatedModelsOptions build() {
                return new ListRelatedModelsOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Predictor.update_predictor} (Python SDK v2.257.6), with its defaults. Immutable.
     */
    public static final class UpdatePredictorOptions {
        private final String modelName;
        private final String imageUri;
        private final String modelData;
        private final java.util.Map<String, String> env;
        private final Integer modelDataDownloadTimeout;
        private final Integer containerStartupHealthCheckTimeout;
        private final dev.sagemaker4j.computeresourcerequirements.ResourceRequirements resources;

        private UpdatePredictorOptions(Builder b) {
            this.modelName = b.modelName;
            this.imageUri = b.imageUri;
            this.modelData = b.modelData;
            this.env = b.env;
            this.modelDataDownloadTimeout = b.modelDataDownloadTimeout;
            this.containerStartupHealthCheckTimeout = b.containerStartupHealthCheckTimeout;
            this.resources = b.resources;
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
            b.modelName = modelName;
            b.imageUri = imageUri;
            b.modelData = modelData;
            b.env = env;
            b.modelDataDownloadTimeout = modelDataDownloadTimeout;
            b.containerStartupHealthCheckTimeout = containerStartupHealthCheckTimeout;
            b.resources = resources;
            return b;
        }

        /**
         * {@code model_name}.
         *
         * @return the model the component serves now, or {@code null}
         */
        public String modelName() {
            return modelName;
        }

        /**
         * {@code image_uri}.
         *
         * @return the container image, or {@code null}
         */
        public String imageUri() {
            return imageUri;
        }

        /**
         * {@code model_data}.
         *
         * @return the container's model artifact (ArtifactUrl), or {@code null}
         */
        public String modelData() {
            return modelData;
        }

        /**
         * {@code env}.
         *
         * @return the container's environment, or {@code null}
         */
        public java.util.Map<String, String> env() {
            return env;
        }

        /**
         * {@code model_data_download_timeout}.
         *
         * @return seconds, or {@code null}
         */
        public Integer modelDataDownloadTimeout() {
            return modelDataDownloadTimeout;
        }

        /**
         * {@code container_startup_health_check_timeout}.
         *
         * @return seconds, or {@code null}
         */
        public Integer containerStartupHealthCheckTimeout() {
            return containerStartupHealthCheckTimeout;
        }

        /**
         * {@code resources}.
         *
         * @return the compute resources and copies, or {@code null}
         */
        public dev.sagemaker4j.computeresourcerequirements.ResourceRequirements resources() {
            return resources;
        }

        private java.util.List<Object> values() {
            return java.util.Arrays.asList(modelName, imageUri, modelData, env, modelDataDownloadTimeout,
                    containerStartupHealthCheckTimeout, resources);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UpdatePredictorOptions && values().equals(((UpdatePredictorOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "UpdatePredictorOptions" + values();
        }

        /** Builds {@link UpdatePredictorOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private String modelName;
            private String imageUri;
            private String modelData;
            private java.util.Map<String, String> env;
            private Integer modelDataDownloadTimeout;
            private Integer containerStartupHealthCheckTimeout;
            private dev.sagemaker4j.computeresourcerequirements.ResourceRequirements resources;

            private Builder() {
            }

            /**
             * {@code model_name} (default None).
             *
             * @param value the model the component serves now, or {@code null}
             * @return this builder
             */
            public Builder modelName(String value) {
                this.modelName = value;
                return this;
            }

            /**
             * {@code image_uri} (default None).
             *
             * @param value the container image, or {@code null}
             * @return this builder
             */
            public Builder imageUri(String value) {
                this.imageUri = value;
                return this;
            }

            /**
             * {@code model_data} (default None).
             *
             * @param value the container's model artifact (ArtifactUrl), or {@code null}
             * @return this builder
             */
            public Builder modelData(String value) {
                this.modelData = value;
                return this;
            }

            /**
             * {@code env} (default None).
             *
             * @param value the container's environment, or {@code null}
             * @return this builder
             */
            public Builder env(java.util.Map<String, String> value) {
                this.env = value == null ? null : java.util.Map.copyOf(value);
                return this;
            }

            /**
             * {@code model_data_download_timeout} (default None).
             *
             * @param value seconds, or {@code null}
             * @return this builder
             */
            public Builder modelDataDownloadTimeout(Integer value) {
                this.modelDataDownloadTimeout = value;
                return this;
            }

            /**
             * {@code container_startup_health_check_timeout} (default None).
             *
             * @param value seconds, or {@code null}
             * @return this builder
             */
            public Builder containerStartupHealthCheckTimeout(Integer value) {
                this.containerStartupHealthCheckTimeout = value;
                return this;
            }

            /**
             * {@code resources} (default None).
             *
             * @param value the compute resources and copies, or {@code null}
             * @return this builder
             */
            public Builder resources(dev.sagemaker4j.computeresourcerequirements.ResourceRequirements value) {
                this.resources = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdatePredictorOptions build() {
                return new UpdatePredictorOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Predictor.predict_stream} (Python SDK v2.257.6), with its defaults. Immutable.
     */
    public static final class PredictStreamOptions {
        private final java.util.Map<String, String> initialArgs;
        private final String targetVariant;
        private final String inferenceId;
        private final String customAttributes;
        private final String componentName;
        private final String targetContainerHostname;

        private PredictStreamOptions(Builder b) {
            this.initialArgs = b.initialArgs;
            this.targetVariant = b.targetVariant;
            this.inferenceId = b.inferenceId;
            this.customAttributes = b.customAttributes;
            this.componentName = b.componentName;
            this.targetContainerHostname = b.targetContainerHostname;
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
            b.initialArgs = initialArgs;
            b.targetVariant = targetVariant;
            b.inferenceId = inferenceId;
            b.customAttributes = customAttributes;
            b.componentName = componentName;
            b.targetContainerHostname = targetContainerHostname;
            return b;
        }

        /**
         * {@code initial_args}.
         *
         * @return InvokeEndpointWithResponseStream fields by service name
         */
        public java.util.Map<String, String> initialArgs() {
            return initialArgs;
        }

        /**
         * {@code target_variant}.
         *
         * @return the production variant, or {@code null}
         */
        public String targetVariant() {
            return targetVariant;
        }

        /**
         * {@code inference_id}.
         *
         * @return the inference id, or {@code null}
         */
        public String inferenceId() {
            return inferenceId;
        }

        /**
         * {@code custom_attributes}.
         *
         * @return the custom attributes, or {@code null}
         */
        public String customAttributes() {
            return customAttributes;
        }

        /**
         * {@code component_name}.
         *
         * @return the inference component, or {@code null} for the predictor's
         */
        public String componentName() {
            return componentName;
        }

        /**
         * {@code target_container_hostname}.
         *
         * @return the container of a direct-invocation endpoint, or {@code null}
         */
        public String targetContainerHostname() {
            return targetContainerHostname;
        }

        private java.util.List<Object> values() {
            return java.util.Arrays.asList(initialArgs, targetVariant, inferenceId, customAttributes,
                    componentName, targetContainerHostname);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PredictStreamOptions && values().equals(((PredictStreamOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "PredictStreamOptions" + values();
        }

        /** Builds {@link PredictStreamOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private java.util.Map<String, String> initialArgs = java.util.Map.of();
            private String targetVariant;
            private String inferenceId;
            private String customAttributes;
            private String componentName;
            private String targetContainerHostname;

            private Builder() {
            }

            /**
             * {@code initial_args} (default None: none).
             *
             * @param value InvokeEndpointWithResponseStream fields by service name
             * @return this builder
             */
            public Builder initialArgs(java.util.Map<String, String> value) {
                this.initialArgs = value == null ? java.util.Map.of() : java.util.Map.copyOf(value);
                return this;
            }

            /**
             * {@code target_variant} (default None).
             *
             * @param value the production variant, or {@code null}
             * @return this builder
             */
            public Builder targetVariant(String value) {
                this.targetVariant = value;
                return this;
            }

            /**
             * {@code inference_id} (default None).
             *
             * @param value the inference id, or {@code null}
             * @return this builder
             */
            public Builder inferenceId(String value) {
                this.inferenceId = value;
                return this;
            }

            /**
             * {@code custom_attributes} (default None).
             *
             * @param value the custom attributes, or {@code null}
             * @return this builder
             */
            public Builder customAttributes(String value) {
                this.customAttributes = value;
                return this;
            }

            /**
             * {@code component_name} (default None).
             *
             * @param value the inference component, or {@code null} for the predictor's
             * @return this builder
             */
            public Builder componentName(String value) {
                this.componentName = value;
                return this;
            }

            /**
             * {@code target_container_hostname} (default None).
             *
             * @param value the container of a direct-invocation endpoint, or {@code null}
             * @return this builder
             */
            public Builder targetContainerHostname(String value) {
                this.targetContainerHostname = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public PredictStreamOptions build() {
                return new PredictStreamOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Predictor.update_endpoint} (Python SDK v2.257.6), with its defaults. Immutable.
     */
    public static final class UpdateEndpointOptions {
        private final Integer initialInstanceCount;
        private final String instanceType;
        private final String acceleratorType;
        private final String modelName;
        private final List<Tag> tags;
        private final String kmsKey;
        private final software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfigDict;
        private final Integer maxInstanceCount;
        private final Integer minInstanceCount;
        private final boolean wait;

        private UpdateEndpointOptions(Builder b) {
            this.initialInstanceCount = b.initialInstanceCount;
            this.instanceType = b.instanceType;
            this.acceleratorType = b.acceleratorType;
            this.modelName = b.modelName;
            this.tags = b.tags;
            this.kmsKey = b.kmsKey;
            this.dataCaptureConfigDict = b.dataCaptureConfigDict;
            this.maxInstanceCount = b.maxInstanceCount;
            this.minInstanceCount = b.minInstanceCount;
            this.wait = b.wait;
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
            b.acceleratorType = acceleratorType;
            b.modelName = modelName;
            b.tags = tags;
            b.kmsKey = kmsKey;
            b.dataCaptureConfigDict = dataCaptureConfigDict;
            b.maxInstanceCount = maxInstanceCount;
            b.minInstanceCount = minInstanceCount;
            b.wait = wait;
            return b;
        }

        /**
         * {@code initial_instance_count}: the instances of a new single variant; required with any of instanceType,
         * acceleratorType, modelName.
         *
         * @return the value
         */
        public Integer initialInstanceCount() {
            return initialInstanceCount;
        }

        /**
         * {@code instance_type}: the instance type of a new single variant; required with any of
         * initialInstanceCount, acceleratorType, modelName.
         *
         * @return the value
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code accelerator_type}: an Elastic Inference accelerator of a new single variant.
         *
         * @return the value
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * {@code model_name}: the model of a new single variant; None keeps the endpoint's one model.
         *
         * @return the value
         */
        public String modelName() {
            return modelName;
        }

        /**
         * {@code tags}: tags of the new endpoint configuration; None keeps none (the local backend keeps no tags to
         * copy).
         *
         * @return the value
         */
        public List<Tag> tags() {
            return tags;
        }

        /**
         * {@code kms_key}: the storage volume's KMS key; None keeps the current configuration's.
         *
         * @return the value
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * {@code data_capture_config_dict}: data capture; None keeps the current configuration's.
         *
         * @return the value
         */
        public software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfigDict() {
            return dataCaptureConfigDict;
        }

        /**
         * {@code max_instance_count}: the most instances of managed instance scaling of the new variant.
         *
         * @return the value
         */
        public Integer maxInstanceCount() {
            return maxInstanceCount;
        }

        /**
         * {@code min_instance_count}: the fewest instances of managed instance scaling of the new variant.
         *
         * @return the value
         */
        public Integer minInstanceCount() {
            return minInstanceCount;
        }

        /**
         * {@code wait}: whether to wait until the endpoint is InService again.
         *
         * @return the value
         */
        public boolean waitFor() {
            return wait;
        }

        private List<Object> fields() {
            return Arrays.asList(initialInstanceCount, instanceType, acceleratorType, modelName, tags, kmsKey,
                    dataCaptureConfigDict, maxInstanceCount, minInstanceCount, wait);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UpdateEndpointOptions && fields().equals(((UpdateEndpointOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "UpdateEndpointOptions" + fields();
        }

        /** Builds {@link UpdateEndpointOptions}; each method is a keyword of {@code Predictor.update_endpoint}. */
        public static final class Builder {
            private Integer initialInstanceCount;
            private String instanceType;
            private String acceleratorType;
            private String modelName;
            private List<Tag> tags = List.of();
            private String kmsKey;
            private software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfigDict;
            private Integer maxInstanceCount;
            private Integer minInstanceCount;
            private boolean wait = true;

            private Builder() {
            }

            /**
             * {@code initial_instance_count} (default None): the instances of a new single variant; required with any
             * of instanceType, acceleratorType, modelName.
             *
             * @param value at least 1
             * @return this builder
             */
            public Builder initialInstanceCount(Integer value) {
                if (value != null && value < 1) {
                    throw new ValidationException("initialInstanceCount", value, "must be at least 1",
                            "ask for one or more instances");
                }
                this.initialInstanceCount = value;
                return this;
            }

            /**
             * {@code instance_type} (default None): the instance type of a new single variant; required with any of
             * initialInstanceCount, acceleratorType, modelName.
             *
             * @param value the instance type
             * @return this builder
             */
            public Builder instanceType(String value) {
                this.instanceType = value;
                return this;
            }

            /**
             * {@code accelerator_type} (default None): an Elastic Inference accelerator of a new single variant.
             *
             * @param value e.g. {@code ml.eia1.medium}
             * @return this builder
             */
            public Builder acceleratorType(String value) {
                this.acceleratorType = value;
                return this;
            }

            /**
             * {@code model_name} (default None): the model of a new single variant; None keeps the endpoint's one
             * model.
             *
             * @param value the model
             * @return this builder
             */
            public Builder modelName(String value) {
                this.modelName = value;
                return this;
            }

            /**
             * {@code tags} (default None): tags of the new endpoint configuration; None keeps none (the local backend
             * keeps no tags to copy).
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
             * {@code kms_key} (default None): the storage volume's KMS key; None keeps the current configuration's.
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
             * {@code data_capture_config_dict} (default None): data capture; None keeps the current configuration's.
             *
             * @param value the service's DataCaptureConfig
             * @return this builder
             */
            public Builder dataCaptureConfigDict(
                    software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig value) {
                this.dataCaptureConfigDict = value;
                return this;
            }

            /**
             * {@code data_capture_config_dict} given as a {@link DataCaptureConfig} (default None).
             *
             * @param value the capture configuration
             * @return this builder
             */
            public Builder dataCaptureConfigDict(DataCaptureConfig value) {
                this.dataCaptureConfigDict = value == null ? null : value.toRequest();
                return this;
            }

            /**
             * {@code max_instance_count} (default None): the most instances of managed instance scaling of the new
             * variant.
             *
             * @param value the count
             * @return this builder
             */
            public Builder maxInstanceCount(Integer value) {
                this.maxInstanceCount = value;
                return this;
            }

            /**
             * {@code min_instance_count} (default None): the fewest instances of managed instance scaling of the new
             * variant.
             *
             * @param value the count
             * @return this builder
             */
            public Builder minInstanceCount(Integer value) {
                this.minInstanceCount = value;
                return this;
            }

            /**
             * {@code wait} (default True): whether to wait until the endpoint is InService again.
             *
             * @param value whether to wait
             * @return this builder
             */
            public Builder wait(boolean value) {
                this.wait = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdateEndpointOptions build() {
                return new UpdateEndpointOptions(this);
            }
        }
    }
}
