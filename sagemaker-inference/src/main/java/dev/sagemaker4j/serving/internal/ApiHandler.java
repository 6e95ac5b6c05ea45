/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.utils.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.SearchRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The local SageMaker API as any AWS client speaks it: the control plane in awsJson1_1
 * ({@code POST /} with {@code X-Amz-Target: SageMaker.<Operation>}, every operation of
 * capability interfaces the backend offers, found by reflection), the feature store runtime in REST-JSON
 * ({@code PUT|GET|DELETE /FeatureGroup/{name}}, {@code POST /BatchGetRecord}), and the runtime
 * ({@code POST /endpoints/{name}/invocations}) through the {@link EndpointHandler}. Request bodies are
 * decoded into the AWS SDK v2 model objects from the SDK's own field metadata and responses encoded
 * the same way; errors come back in the AWS JSON error shape with the service's status codes.
 * Signatures and {@code Host} are checked before (by {@link FrontHandler}). Control plane requests
 * that name a {@code file://} location are refused unless the operator allowed local files: through
 * the server, clients reach only {@code s3://} locations, which the local backend keeps inside its root.
 */
public final class ApiHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String TARGET_PREFIX = "SageMaker.";
    /** The operations whose service model declares {@code ResourceNotFound}, from the SDK's client interface. */
    private static final java.util.Set<String> NOT_FOUND_DECLARED = notFoundDeclared();
    /** The ARN resource type of each kind named by a {@code ResourceNotFoundException}. */
    private static final Map<String, String> ARN_TYPES = Map.of("model", "model", "endpoint", "endpoint",
            "endpoint configuration", "endpoint-config", "training job", "training-job", "transform job",
            "transform-job", "processing job", "processing-job", "hyperparameter tuning job",
            "hyper-parameter-tuning-job", "featuregroup", "feature-group", "feature group", "feature-group");

    /** Each control plane operation the backend serves, with the capability object that serves it. */
    private final Map<String, Route> operations;
    private final FeatureStoreRuntimeApi featureStore;
    /** Search of the experiment resources goes here; every other Search to the SearchApi route. */
    private final dev.sagemaker4j.spi.ExperimentsApi experiments;
    /** The sagemaker-metrics service (BatchPutMetrics, BatchGetMetrics), when the backend offers it. */
    private final dev.sagemaker4j.spi.SageMakerMetricsApi metrics;
    private final EndpointHandler runtime;
    private final int maxBodyBytes;
    private final boolean allowLocalFiles;
    private S3Handler s3;

    /**
     * Creates the handler; it refuses {@code file://} locations.
     *
     * @param backend      the backend whose capabilities are served
     * @param runtime      the runtime and container paths
     * @param maxBodyBytes the largest control plane or feature store body accepted
     */
    public ApiHandler(Backend backend, EndpointHandler runtime, int maxBodyBytes) {
        this(backend, runtime, maxBodyBytes, false);
    }

    /**
     * Creates the handler.
     *
     * @param backend         the backend whose capabilities are served
     * @param runtime         the runtime and container paths
     * @param maxBodyBytes    the largest control plane or feature store body accepted
     * @param allowLocalFiles whether control plane requests may name {@code file://} locations, which
     *                        lets any client of the server read and write the server's files
     */
    public ApiHandler(Backend backend, EndpointHandler runtime, int maxBodyBytes, boolean allowLocalFiles) {
        this.operations = operations(backend);
        this.featureStore = backend.featureStoreRuntime();
        this.experiments = backend.find(dev.sagemaker4j.spi.ExperimentsApi.CAPABILITY).orElse(null);
        this.metrics = backend.find(dev.sagemaker4j.spi.SageMakerMetricsApi.CAPABILITY).orElse(null);
        this.runtime = runtime;
        this.maxBodyBytes = maxBodyBytes;
        this.allowLocalFiles = allowLocalFiles;
    }

    /**
     * Also serves Amazon S3's API (path-style) over the session's object store, on the same port: a request
     * signed for the {@code s3} service, or an unsigned one that no other route answers, goes there.
     *
     * @param handler the S3 routes
     * @return this handler
     */
    public ApiHandler s3(S3Handler handler) {
        this.s3 = handler;
        return this;
    }

    private static java.util.Set<String> notFoundDeclared() {
        java.util.Set<String> ops = new java.util.TreeSet<>();
        for (Method m : software.amazon.awssdk.services.sagemaker.SageMakerClient.class.getMethods()) {
            for (Class<?> thrown : m.getExceptionTypes()) {
                if (thrown == software.amazon.awssdk.services.sagemaker.model.ResourceNotFoundException.class) {
                    ops.add(Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1));
                }
            }
        }
        return java.util.Collections.unmodifiableSet(ops);
    }

    /** The service's words: {@code Could not find model "arn:aws:sagemaker:…:model/name".} */
    private String notFoundMessage(ResourceNotFoundException e) {
        String type = e.resourceType() == null ? "" : e.resourceType().toLowerCase(java.util.Locale.ROOT);
        String arnType = ARN_TYPES.get(type);
        String name = e.resourceName();
        if (arnType == null || name == null) {
            return e.getMessage();
        }
        String arn = name.startsWith("arn:") ? name : "arn:aws:sagemaker:" + runtime.region() + ":"
                + runtime.accountId() + ":" + arnType + "/" + name.toLowerCase(java.util.Locale.ROOT);
        return "Could not find " + (type.equals("featuregroup") ? "feature group" : type) + " \"" + arn + "\".";
    }

    /** S3 by its signature, else by a path and method no SageMaker route answers. */
    private static boolean isS3(HttpExchange ex, String path) {
        String service = SigV4Verifier.signedService(ex.getRequestHeaders().getFirst("Authorization"));
        if (service != null) {
            return service.equals("s3");
        }
        return !(path.startsWith("/endpoints/") || path.equals("/ping") || path.equals("/invocations")
                || path.startsWith("/FeatureGroup/") || path.equals("/BatchGetRecord")
                || path.equals("/BatchPutMetrics") || path.equals("/BatchGetMetrics")
                || ex.getRequestHeaders().getFirst("X-Amz-Target") != null);
    }

    /**
     * The control plane operations a handler in front of a backend routes, by name.
     *
     * @param backend the backend
     * @return operation names, e.g. {@code CreateTrainingJob}
     */
    public static List<String> operationNames(Backend backend) {
        return new ArrayList<>(operations(backend).keySet());
    }

    /** One operation: the method of the capability interface, and the object that serves it. */
    private static final class Route {
        final Method method;
        final Object target;

        Route(Method method, Object target) {
            this.method = method;
            this.target = target;
        }
    }

    /**
     * The control plane operations of every capability the backend offers, by name: a method of a
     * capability interface that takes a request of the {@code sagemaker} service. The JSON protocol
     * names the operation in a header, so this router (and only this one) looks methods up by name; a
     * new capability is served as soon as its part offers it.
     */
    private static Map<String, Route> operations(Backend backend) {
        Map<String, Route> map = new java.util.TreeMap<>();
        for (Capability<?> capability : backend.capabilities()) {
            Object target = backend.find(capability).orElseThrow();
            for (Method m : capability.type().getMethods()) {
                Class<?>[] params = m.getParameterTypes();
                if (params.length == 1 && params[0].getPackage() == CreateTrainingJobRequest.class.getPackage()
                        && params[0].getSimpleName().endsWith("Request")) {
                    String op = params[0].getSimpleName();
                    if (capability.type() == dev.sagemaker4j.spi.ExperimentsApi.class
                            && op.equals("SearchRequest")) {
                        // Search is the SearchApi's; the experiment resources are sent on in controlPlane
                        map.putIfAbsent("Search", new Route(m, target));
                        continue;
                    }
                    map.put(op.substring(0, op.length() - "Request".length()), new Route(m, target));
                }
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        if (s3 != null && isS3(ex, path)) {
            s3.handle(ex);
            return;
        }
        if (path.startsWith("/endpoints/") || path.equals("/ping") || path.equals("/invocations")) {
            runtime.handle(ex);
            return;
        }
        String requestId = UUID.randomUUID().toString();
        try {
            if (path.equals("/") && ex.getRequestHeaders().getFirst("X-Amz-Target") != null) {
                controlPlane(ex, requestId);
            } else if (path.startsWith("/FeatureGroup/") || path.equals("/BatchGetRecord")) {
                featureStore(ex, path, requestId);
            } else if (metrics != null && (path.equals("/BatchPutMetrics") || path.equals("/BatchGetMetrics"))) {
                sageMakerMetrics(ex, path, requestId);
            } else {
                error(ex, requestId, 404, "UnknownOperationException", "No operation answers to "
                        + ex.getRequestMethod() + " " + path, false);
            }
        } catch (RuntimeException e) {
            LOG.warn("Failed to answer {} {}", ex.getRequestMethod(), path, e);
            error(ex, requestId, 500, "InternalFailure", "An internal failure occurred: " + e, false);
        } finally {
            ex.close();
        }
    }

    // ---- control plane (awsJson1_1) ----

    private void controlPlane(HttpExchange ex, String requestId) throws IOException {
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        if (!"POST".equals(ex.getRequestMethod())) {
            error(ex, requestId, 405, "MethodNotAllowedException", "The control plane answers POST /", true);
            return;
        }
        String op = target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
        Route route = op == null ? null : operations.get(op);
        if (route == null) {
            error(ex, requestId, 400, "UnknownOperationException", "The operation " + target
                    + " is not known to this server; it answers SageMaker.<Operation> for "
                    + String.join(", ", operations.keySet()), true);
            return;
        }
        byte[] body = read(ex);
        if (body == null) {
            error(ex, requestId, 413, "RequestEntityTooLargeException", "The request body is larger than "
                    + maxBodyBytes + " bytes", true);
            return;
        }
        Object request;
        try {
            JsonNode json = readBody(body);
            request = SdkJson.fromJson(json, builderOf(route.method.getParameterTypes()[0]));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            error(ex, requestId, 400, "SerializationException", "The body is not valid JSON: "
                    + e.getOriginalMessage(), true);
            return;
        } catch (ValidationException e) {
            error(ex, requestId, 400, "ValidationException", e.getMessage(), true);
            return;
        }
        String local = allowLocalFiles ? null : localLocation(request, "");
        if (local != null) {
            error(ex, requestId, 400, "ValidationException", local + ": this server serves s3:// locations only"
                    + " (kept inside its root), not local files. Upload the data with an s3:// URI (this server"
                    + " speaks S3 too), or ask the server's operator to allow local files (allowLocalFiles)",
                    true);
            return;
        }
        Object response;
        busy();
        try {
            if (experiments != null && request instanceof SearchRequest
                    && String.valueOf(((SearchRequest) request).resourceAsString()).startsWith("Experiment")) {
                response = experimentsSearch((SearchRequest) request);
            } else {
                response = route.method.invoke(route.target, request);
            }
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SageMakerException) {
                reading();
                if (cause instanceof ResourceNotFoundException) {
                    // the service answers some operations' "not found" as a ValidationException (the Python
                    // SDK's _deployment_entity_exists relies on it), the others as ResourceNotFound
                    ResourceNotFoundException r = (ResourceNotFoundException) cause;
                    error(ex, requestId, 400, NOT_FOUND_DECLARED.contains(op) ? "ResourceNotFound"
                            : "ValidationException", notFoundMessage(r), true);
                    return;
                }
                sendException(ex, requestId, (SageMakerException) cause, true);
                return;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        reading();
        respond(ex, requestId, 200, SdkJson.toJson((SdkPojo) response), "application/x-amz-json-1.1");
    }

    /**
     * The member path of the first {@code file:} location in a request, with its value (shortened), or
     * {@code null} when it names none.
     */
    static String localLocation(Object value, String path) {
        if (value instanceof String) {
            String s = ((String) value).strip();
            return s.regionMatches(true, 0, "file:", 0, 5)
                    ? (path.isEmpty() ? "value" : path) + " '" + Texts.excerpt(s) + "'" : null;
        }
        if (value instanceof SdkPojo) {
            for (SdkField<?> field : ((SdkPojo) value).sdkFields()) {
                String found = localLocation(field.getValueOrDefault(value),
                        path.isEmpty() ? field.memberName() : path + "." + field.memberName());
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                String found = localLocation(list.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                String found = localLocation(e.getValue(), path + "." + e.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Stops the read deadline while the backend works: an interrupt there would close its files. */
    private static void busy() throws IOException {
        InFlight slot = InvocationExecutor.currentSlot();
        if (slot != null && !slot.busy()) {
            throw new java.io.InterruptedIOException("The client took longer than the body read timeout");
        }
    }

    /** Starts the read deadline again, for writing the answer. */
    private static void reading() {
        InFlight slot = InvocationExecutor.currentSlot();
        if (slot != null) {
            slot.reading();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Supplier<SdkBuilder<?, T>> builderOf(Class<?> type) {
        return () -> {
            try {
                return (SdkBuilder<?, T>) type.getMethod("builder").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type + " has no builder()", e);
            }
        };
    }

    private void sendException(HttpExchange ex, String requestId, SageMakerException e, boolean json11)
            throws IOException {
        if (e instanceof OperationNotSupportedException) {
            error(ex, requestId, 400, "UnknownOperationException", e.getMessage(), json11);
        } else if (e instanceof ResourceNotFoundException) {
            error(ex, requestId, json11 ? 400 : 404, json11 ? "ResourceNotFound" : "ResourceNotFound", e.getMessage(),
                    json11);
        } else if (e instanceof ResourceInUseException) {
            error(ex, requestId, 400, "ResourceInUse", e.getMessage(), json11);
        } else if (e instanceof ClientException) {
            error(ex, requestId, 400, json11 ? "ValidationException" : "ValidationError", forHttp(e), json11);
        } else if (e instanceof ServiceException && ((ServiceException) e).errorCode() != null) {
            ServiceException s = (ServiceException) e;
            error(ex, requestId, s.statusCode() >= 400 ? s.statusCode() : 500, s.errorCode(), e.getMessage(), json11);
        } else {
            error(ex, requestId, 500, json11 ? "InternalFailure" : "InternalFailure", e.getMessage(), json11);
        }
    }

    /** A Java call in a fix ({@code Estimator.builder().imageUri(...)}, {@code fit(...)}). */
    private static final java.util.regex.Pattern JAVA_CALL = java.util.regex.Pattern.compile(
            "[A-Za-z_]\\w*\\((\\.\\.\\.)?\\)");

    /**
     * A message for an HTTP client, who may be using any language: a fix that tells how to call this
     * library's Java methods is left out (the field, value and problem stay).
     */
    static String forHttp(SageMakerException e) {
        String message = e.getMessage();
        if (e instanceof ValidationException) {
            String fix = ((ValidationException) e).fix();
            if (fix != null && JAVA_CALL.matcher(fix).find() && message.endsWith(". " + fix)) {
                return message.substring(0, message.length() - fix.length() - 2) + ".";
            }
        }
        return message;
    }

    // ---- feature store runtime (REST-JSON) ----

    private void featureStore(HttpExchange ex, String path, String requestId) throws IOException {
        String method = ex.getRequestMethod();
        Map<String, List<String>> query;
        try {
            query = query(ex.getRequestURI().getRawQuery());
        } catch (ValidationException e) {
            error(ex, requestId, 400, "ValidationError", e.getMessage(), false);
            return;
        }
        byte[] body = read(ex);
        if (body == null) {
            error(ex, requestId, 413, null, "The request body is larger than " + maxBodyBytes + " bytes", false);
            return;
        }
        busy();
        try {
            Object response;
            if (path.equals("/BatchGetRecord")) {
                if (!"POST".equals(method)) {
                    error(ex, requestId, 405, "MethodNotAllowedException", "BatchGetRecord answers POST", false);
                    return;
                }
                response = featureStore.batchGetRecord(bind(BatchGetRecordRequest.builder(), null, query, body));
            } else {
                String name = decodePart(path.substring("/FeatureGroup/".length()), "FeatureGroupName");
                switch (method) {
                    case "PUT":
                        response = featureStore.putRecord(bind(PutRecordRequest.builder(), name, query, body));
                        break;
                    case "GET":
                        response = featureStore.getRecord(bind(GetRecordRequest.builder(), name, query, body));
                        break;
                    case "DELETE":
                        response = featureStore.deleteRecord(bind(DeleteRecordRequest.builder(), name, query, body));
                        break;
                    default:
                        error(ex, requestId, 405, "MethodNotAllowedException", "/FeatureGroup/{name} answers PUT, GET"
                                + " and DELETE", false);
                        return;
                }
            }
            reading();
            respond(ex, requestId, 200, SdkJson.toJson((SdkPojo) response), "application/json");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            reading();
            error(ex, requestId, 400, "ValidationError", "The body is not valid JSON: " + e.getOriginalMessage(), false);
        } catch (SageMakerException e) {
            reading();
            sendException(ex, requestId, e, false);
        }
    }

    /** Search of Experiment, ExperimentTrial and ExperimentTrialComponent: the experiments part answers it. */
    private Object experimentsSearch(SearchRequest request) throws InvocationTargetException {
        try {
            return experiments.search(request);
        } catch (RuntimeException e) {
            throw new InvocationTargetException(e);
        }
    }

    // ---- sagemaker-metrics (restJson1: PUT /BatchPutMetrics, POST /BatchGetMetrics) ----

    private void sageMakerMetrics(HttpExchange ex, String path, String requestId) throws IOException {
        boolean put = path.equals("/BatchPutMetrics");
        if (!(put ? "PUT" : "POST").equals(ex.getRequestMethod())) {
            error(ex, requestId, 405, "MethodNotAllowedException", path.substring(1) + " answers "
                    + (put ? "PUT" : "POST"), false);
            return;
        }
        byte[] body = read(ex);
        if (body == null) {
            error(ex, requestId, 413, null, "The request body is larger than " + maxBodyBytes + " bytes", false);
            return;
        }
        busy();
        try {
            JsonNode json = readBody(body);
            Object response = put
                    ? metrics.batchPutMetrics(SdkJson.fromJson(json, software.amazon.awssdk.services.sagemakermetrics
                            .model.BatchPutMetricsRequest::builder))
                    : metrics.batchGetMetrics(SdkJson.fromJson(json, software.amazon.awssdk.services.sagemakermetrics
                            .model.BatchGetMetricsRequest::builder));
            reading();
            respond(ex, requestId, 200, SdkJson.toJson((SdkPojo) response), "application/json");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            reading();
            error(ex, requestId, 400, "ValidationException", "The body is not valid JSON: " + e.getOriginalMessage(),
                    false);
        } catch (SageMakerException e) {
            reading();
            sendException(ex, requestId, e, false);
        }
    }

    /**
     * A JSON body; bytes that break the encoding Jackson detects (NULs read as UTF-32, say) are the client's
     * mistake, a 400, not a failed connection.
     */
    private static JsonNode readBody(byte[] body) throws com.fasterxml.jackson.core.JsonProcessingException {
        if (body.length == 0) {
            return SdkJson.MAPPER.createObjectNode();
        }
        try {
            return SdkJson.MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new ValidationException("body", null, "is not valid JSON: it is malformed at its character"
                    + " encoding (" + e.getMessage() + ")", "send the body as UTF-8 JSON");
        }
    }

    /** Fills a request from path, query and body by the SDK's field locations. */
    private static <T> T bind(SdkBuilder<?, T> builder, String pathName, Map<String, List<String>> query, byte[] body)
            throws IOException {
        SdkPojo pojo = (SdkPojo) builder;
        JsonNode json = readBody(body);
        ObjectNode payload = json.isObject() ? (ObjectNode) json : SdkJson.MAPPER.createObjectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            MarshallLocation location = field.location();
            if (location == MarshallLocation.PATH && pathName != null) {
                payload.put(field.locationName(), pathName);
            } else if (location == MarshallLocation.QUERY_PARAM) {
                List<String> values = query.get(field.locationName());
                if (values != null) {
                    if (field.marshallingType() == software.amazon.awssdk.core.protocol.MarshallingType.LIST) {
                        var array = payload.putArray(field.locationName());
                        values.forEach(array::add);
                    } else if (field.marshallingType() == software.amazon.awssdk.core.protocol.MarshallingType.BOOLEAN) {
                        payload.put(field.locationName(), Boolean.parseBoolean(values.get(0)));
                    } else {
                        payload.put(field.locationName(), values.get(0));
                    }
                }
            }
        }
        return SdkJson.fromJson(payload, () -> builder);
    }

    /** A percent-encoded part of a URL; a malformed escape ({@code %zz}) is the client's mistake, a 400. */
    private static String decodePart(String part, String what) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(what, part.length() > 64 ? part.substring(0, 64) + "…" : part,
                    "is not valid percent-encoding", "encode the value as RFC 3986 asks");
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decodePart(eq < 0 ? pair : pair.substring(0, eq), "query");
            String value = eq < 0 ? "" : decodePart(pair.substring(eq + 1), "query parameter " + key);
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return map;
    }

    // ---- plumbing ----

    /** The body, or {@code null} when it is over the limit. */
    private byte[] read(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            return body;
        }
    }

    private static void respond(HttpExchange ex, String requestId, int status, JsonNode body, String contentType)
            throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("x-amzn-RequestId", requestId);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void error(HttpExchange ex, String requestId, int status, String code, String message,
                      boolean json11) throws IOException {
        ObjectNode body = SdkJson.MAPPER.createObjectNode();
        if (code != null) {
            if (json11) {
                body.put("__type", code);
            }
            ex.getResponseHeaders().set("x-amzn-ErrorType", code);
        }
        body.put("message", message);
        respond(ex, requestId, status, body, json11 ? "application/x-amz-json-1.1" : "application/json");
    }
}
