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
import dev.sagemaker4j.utils.Names;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.UpdateEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

/**
 * Makes predictions against an endpoint, as {@code sagemaker.predictor.Predictor}: the serializer
 * turns data into the request body (and names its content type), the deserializer turns the response
 * into a result (and names the accept type). Thread-safe; needs no closing (delete the endpoint when
 * done).
 *
 * <pre>{@code
 * Predictor<List<List<String>>> p = new Predictor<>("my-endpoint", session, new CSVSerializer(),
 *         new CSVDeserializer());
 * List<List<String>> scores = p.predict(new double[][] {{0.1, 2.3, 4.5}});
 * }</pre>
 *
 * <p>In-process, a prediction on typed rows ({@code float[][]}, {@code double[][]}, {@code float[]},
 * {@code NpyArray}) with a {@link NumpyDeserializer} skips encoding and decoding: the rows go to the
 * model and its outputs come back as the same array the wire path would give.
 *
 * @param <T> what the deserializer returns
 */
public class Predictor<T> {
    private final String endpointName;
    private final Session session;
    private final Serializer serializer;
    private final Deserializer<T> deserializer;
    /** The backend's in-process invocation, looked up on first use (the session's backend does not change). */
    private volatile Optional<DirectInvocation> direct;

    /**
     * Creates a predictor.
     *
     * @param endpointName the endpoint
     * @param session      the session the endpoint lives in
     * @param serializer   encodes request data
     * @param deserializer decodes responses
     */
    public Predictor(String endpointName, Session session, Serializer serializer, Deserializer<T> deserializer) {
        this.endpointName = Names.validateName("endpointName", endpointName);
        this.session = Objects.requireNonNull(session, "session");
        this.serializer = Objects.requireNonNull(serializer, "serializer");
        this.deserializer = Objects.requireNonNull(deserializer, "deserializer");
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
        return new Predictor<>(endpointName, session, new IdentitySerializer(), new BytesDeserializer());
    }

    /**
     * The endpoint name.
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
     * The serializer.
     *
     * @return the serializer
     */
    public Serializer serializer() {
        return serializer;
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
     * The request content type, from the serializer.
     *
     * @return e.g. {@code text/csv}
     */
    public String contentType() {
        return serializer.contentType();
    }

    /**
     * The accept type, from the deserializer (several joined by {@code ", "}).
     *
     * @return e.g. {@code application/json}
     */
    public String accept() {
        return deserializer.accept();
    }

    /**
     * Predicts.
     *
     * @param data the data, in a form the serializer takes
     * @return the deserialized response
     * @throws dev.sagemaker4j.exceptions.ModelErrorException when the model rejects the data (its
     *                                                         message names what it accepts)
     */
    public T predict(Object data) {
        return predict(data, null, null, null, null, null);
    }

    /**
     * Predicts, as {@code predict(data, initial_args, target_model, target_variant, inference_id,
     * custom_attributes)} in Python.
     *
     * @param data             the data
     * @param initialArgs      InvokeEndpoint arguments that win over the others ({@code ContentType},
     *                         {@code Accept}, {@code CustomAttributes}, {@code TargetModel},
     *                         {@code TargetVariant}, {@code InferenceId}), or {@code null}
     * @param targetModel      the model of a multi-model endpoint, or {@code null}
     * @param targetVariant    the variant to invoke, or {@code null} to split by weight
     * @param inferenceId      an id recorded with captured data, or {@code null}
     * @param customAttributes opaque attributes passed to the model, or {@code null}
     * @return the deserialized response
     */
    @SuppressWarnings("unchecked")
    public T predict(Object data, Map<String, String> initialArgs, String targetModel, String targetVariant,
                     String inferenceId, String customAttributes) {
        if (data == null) {
            throw new ValidationException("data", null, "is missing", "pass the records to score");
        }
        if ((initialArgs == null || initialArgs.isEmpty()) && inferenceId == null && customAttributes == null
                && deserializer instanceof NumpyDeserializer) {
            float[][] rows = typedRows(data);
            boolean tensor = rows == null && data instanceof NpyArray && ((NpyArray) data).ndim() > 2;
            Optional<DirectInvocation> direct = rows == null && !tensor ? Optional.empty() : directInvocation();
            if (direct.isPresent()) {
                NpyArray out = tensor
                        ? direct.get().invokeTensor(endpointName, targetVariant, targetModel, (NpyArray) data)
                        : direct.get().invokeArray(endpointName, targetVariant, targetModel, rows);
                if (out != null) {
                    return (T) out;
                }
            }
        }
        InvokeEndpointRequest.Builder b = InvokeEndpointRequest.builder().endpointName(endpointName)
                .contentType(serializer.contentType()).accept(deserializer.accept())
                .targetModel(targetModel).targetVariant(targetVariant).inferenceId(inferenceId)
                .customAttributes(customAttributes);
        if (initialArgs != null) {
            for (Map.Entry<String, String> e : initialArgs.entrySet()) {
                switch (e.getKey()) {
                    case "ContentType":
                        b.contentType(e.getValue());
                        break;
                    case "Accept":
                        b.accept(e.getValue());
                        break;
                    case "CustomAttributes":
                        b.customAttributes(e.getValue());
                        break;
                    case "TargetModel":
                        b.targetModel(e.getValue());
                        break;
                    case "TargetVariant":
                        b.targetVariant(e.getValue());
                        break;
                    case "InferenceId":
                        b.inferenceId(e.getValue());
                        break;
                    case "EndpointName":
                        b.endpointName(e.getValue());
                        break;
                    default:
                        throw new ValidationException("initialArgs", e.getKey(), "is not an InvokeEndpoint argument",
                                "use ContentType, Accept, CustomAttributes, TargetModel, TargetVariant or InferenceId");
                }
            }
        }
        byte[] body = serializer.serialize(data);
        InvokeEndpointResponse response = session.runtimeApi().invokeEndpoint(b.body(SdkBytes.fromByteArrayUnsafe(body))
                .build());
        return deserializer.deserialize(response.body().asInputStream(), response.contentType());
    }

    /** Typed input as rows, or {@code null} when the data is not a numeric array. */
    private Optional<DirectInvocation> directInvocation() {
        Optional<DirectInvocation> d = direct;
        if (d == null) {
            d = session.backend().directInvocation();
            direct = d;
        }
        return d;
    }

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
        return session.api(HostingApi.CAPABILITY).describeEndpoint(DescribeEndpointRequest.builder().endpointName(endpointName)
                .build());
    }

    /**
     * Moves the endpoint to a new configuration, as {@code update_endpoint} in Python: the current
     * variants with a new instance count, instance type, model or data capture; requests keep being
     * answered while it switches.
     *
     * @param initialInstanceCount new instance count, or {@code null} to keep
     * @param instanceType         new instance type, or {@code null} to keep
     * @param modelName            new model, or {@code null} to keep
     * @param dataCaptureConfig    new data capture, or {@code null} to keep
     * @param wait                 whether to wait until the endpoint is InService again
     */
    public void updateEndpoint(Integer initialInstanceCount, String instanceType, String modelName,
                               DataCaptureConfig dataCaptureConfig, boolean wait) {
        DescribeEndpointResponse endpoint = describeEndpoint();
        DescribeEndpointConfigResponse current = session.api(HostingApi.CAPABILITY).describeEndpointConfig(
                DescribeEndpointConfigRequest.builder().endpointConfigName(endpoint.endpointConfigName()).build());
        List<ProductionVariant> variants = new ArrayList<>();
        for (ProductionVariant v : current.productionVariants()) {
            ProductionVariant.Builder nv = v.toBuilder();
            if (initialInstanceCount != null) {
                nv.initialInstanceCount(initialInstanceCount);
            }
            if (instanceType != null) {
                nv.instanceType(instanceType);
            }
            if (modelName != null) {
                nv.modelName(modelName);
            }
            variants.add(nv.build());
        }
        String configName = Names.nameFromBase(endpointName);
        session.api(HostingApi.CAPABILITY).createEndpointConfig(CreateEndpointConfigRequest.builder()
                .endpointConfigName(configName).productionVariants(variants)
                .dataCaptureConfig(dataCaptureConfig != null ? dataCaptureConfig.toRequest()
                        : current.dataCaptureConfig()).build());
        session.api(HostingApi.CAPABILITY).updateEndpoint(UpdateEndpointRequest.builder().endpointName(endpointName)
                .endpointConfigName(configName).build());
        if (wait) {
            waitForEndpoint(null);
        }
    }

    /**
     * Waits for the endpoint to be InService.
     *
     * @param timeout the longest wait, or {@code null} for none
     * @return the endpoint's description
     */
    public DescribeEndpointResponse waitForEndpoint(Duration timeout) {
        // an update flips the status to Updating asynchronously: wait for the switch to be visible first
        return session.waitForEndpoint(endpointName, timeout);
    }

    /**
     * Deletes the endpoint and its configuration, as {@code delete_endpoint()} in Python.
     */
    public void deleteEndpoint() {
        deleteEndpoint(true);
    }

    /**
     * Deletes the endpoint.
     *
     * @param deleteEndpointConfig whether to delete its configuration too
     */
    public void deleteEndpoint(boolean deleteEndpointConfig) {
        String config = deleteEndpointConfig ? describeEndpoint().endpointConfigName() : null;
        session.api(HostingApi.CAPABILITY).deleteEndpoint(DeleteEndpointRequest.builder().endpointName(endpointName).build());
        if (config != null) {
            session.api(HostingApi.CAPABILITY).deleteEndpointConfig(DeleteEndpointConfigRequest.builder()
                    .endpointConfigName(config).build());
        }
    }

    /**
     * Deletes the models of the endpoint's configuration, as {@code delete_model()} in Python.
     */
    public void deleteModel() {
        DescribeEndpointConfigResponse config = session.api(HostingApi.CAPABILITY).describeEndpointConfig(
                DescribeEndpointConfigRequest.builder().endpointConfigName(describeEndpoint().endpointConfigName())
                        .build());
        for (String model : Set.copyOf(config.productionVariants().stream().map(ProductionVariant::modelName)
                .toList())) {
            session.api(HostingApi.CAPABILITY).deleteModel(DeleteModelRequest.builder().modelName(model).build());
        }
    }

    @Override
    public String toString() {
        return "Predictor[" + endpointName + ", " + contentType() + " -> " + accept() + "]";
    }
}
