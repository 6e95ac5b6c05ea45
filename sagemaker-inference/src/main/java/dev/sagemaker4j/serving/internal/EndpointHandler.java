/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.RuntimeApi;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

/**
 * Answers the container contract ({@code GET /ping}, {@code POST /invocations}) and the Runtime
 * API ({@code POST /endpoints/{EndpointName}/invocations}) by calling a session's
 * {@link RuntimeApi#invokeEndpoint} and {@link HostingApi#describeEndpoint}. Every failure becomes
 * an answer in the service's error shape ({@link ServiceError}); nothing a client sends stops the
 * server.
 *
 * <p>Internal: not part of the API. Thread-safe.
 */
public final class EndpointHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointHandler.class);

    private static final String RUNTIME_PREFIX = "/endpoints/";
    private static final String RUNTIME_SUFFIX = "/invocations";
    private static final byte[] EMPTY = new byte[0];
    /** The most bytes of an oversize body read (and dropped) so that the client can read the 413. */
    static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    // Request header names as com.sun.net.httpserver.Headers normalises them (first letter upper case, rest lower).
    private static final String CONTENT_TYPE = "Content-type";
    private static final String CONTENT_LENGTH = "Content-length";
    private static final String ACCEPT = "Accept";
    private static final String CUSTOM_ATTRIBUTES = "X-amzn-sagemaker-custom-attributes";
    private static final String TARGET_MODEL = "X-amzn-sagemaker-target-model";
    private static final String TARGET_VARIANT = "X-amzn-sagemaker-target-variant";
    private static final String TARGET_CONTAINER_HOSTNAME = "X-amzn-sagemaker-target-container-hostname";
    private static final String INFERENCE_ID = "X-amzn-sagemaker-inference-id";
    private static final String ENABLE_EXPLANATIONS = "X-amzn-sagemaker-enable-explanations";
    private static final String INFERENCE_COMPONENT = "X-amzn-sagemaker-inference-component";
    private static final String SESSION_ID = "X-amzn-sagemaker-session-id";

    private final RuntimeApi runtime;
    private final HostingApi sageMaker;
    private final String accountId;
    private final String region;
    private final String containerEndpoint;
    private final int maxPayloadBytes;
    private final long timeoutNanos;
    private volatile InvocationExecutor executor;

    /**
     * Creates the handler.
     *
     * @param runtime           where invocations go
     * @param sageMaker         where {@code /ping} asks for the endpoint's status
     * @param accountId         the account named in error messages
     * @param region            the region named in log group ARNs
     * @param containerEndpoint the endpoint behind {@code /ping} and {@code /invocations}, or {@code null}
     * @param maxPayloadBytes   the largest request body accepted
     * @param timeout           how long an invocation may take
     */
    public EndpointHandler(RuntimeApi runtime, HostingApi sageMaker, String accountId, String region,
                           String containerEndpoint, int maxPayloadBytes, Duration timeout) {
        this.runtime = runtime;
        this.sageMaker = sageMaker;
        this.accountId = accountId;
        this.region = region;
        this.containerEndpoint = containerEndpoint;
        this.maxPayloadBytes = maxPayloadBytes;
        this.timeoutNanos = timeout.toNanos();
    }

    /**
     * The account this server answers for, as its ARNs name it.
     *
     * @return the account id
     */
    public String accountId() {
        return accountId;
    }

    /**
     * The region this server answers for, as its ARNs name it.
     *
     * @return the region
     */
    public String region() {
        return region;
    }

    /**
     * Tells the handler the executor it runs on, for the numbers in its overload message.
     *
     * @param executor the executor
     */
    public void executor(InvocationExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        boolean owner = true;
        IOException broken = null;
        try {
            owner = route(ex);
        } catch (IOException e) {
            LOG.debug("Connection failed while answering {} {}", ex.getRequestMethod(), ex.getRequestURI(), e);
            broken = e;
        } catch (RuntimeException | Error e) {
            LOG.warn("Failed to answer {} {}", ex.getRequestMethod(), ex.getRequestURI(), e);
            if (ex.getResponseCode() == -1) {
                try {
                    send(ex, newRequestId(), ServiceError.of(500, ServiceError.INTERNAL_FAILURE,
                            "An internal failure occurred: " + e));
                } catch (IOException | RuntimeException again) {
                    e.addSuppressed(again);
                }
            }
        } finally {
            if (owner) {
                ex.close();
            }
        }
        if (broken != null) {
            // Handed on, so that the JDK server drops the connection from its books, not only closes it.
            throw broken;
        }
    }

    /** Answers one exchange; {@code false} when the watchdog took it over. */
    private boolean route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        if (path.startsWith(RUNTIME_PREFIX)) {
            int end = path.length() - RUNTIME_SUFFIX.length();
            if (end > RUNTIME_PREFIX.length() && path.endsWith(RUNTIME_SUFFIX)
                    && path.indexOf('/', RUNTIME_PREFIX.length()) == end) {
                if (!"POST".equals(method)) {
                    notAllowed(ex, "POST", path, method);
                    return true;
                }
                String name = path.substring(RUNTIME_PREFIX.length(), end);
                if (name.indexOf('%') >= 0) {
                    try {
                        name = URLDecoder.decode(name, StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException malformed) {
                        // kept as sent: no endpoint has such a name, so the answer is the usual 400
                    }
                }
                return invoke(ex, name, false);
            }
        } else if ("/invocations".equals(path)) {
            if (!"POST".equals(method)) {
                notAllowed(ex, "POST", path, method);
                return true;
            }
            return noContainerEndpoint(ex, path) || invoke(ex, containerEndpoint, true);
        } else if ("/ping".equals(path)) {
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                notAllowed(ex, "GET, HEAD", path, method);
            } else if (!noContainerEndpoint(ex, path)) {
                ping(ex);
            }
            return true;
        }
        send(ex, newRequestId(), ServiceError.of(404, ServiceError.UNKNOWN_OPERATION, "No operation answers to "
                + method + " " + path + ". This server answers POST /endpoints/{EndpointName}/invocations,"
                + " GET /ping and POST /invocations"));
        return true;
    }

    private static void notAllowed(HttpExchange ex, String allow, String path, String method) throws IOException {
        ex.getResponseHeaders().set("Allow", allow);
        send(ex, newRequestId(), ServiceError.of(405, ServiceError.METHOD_NOT_ALLOWED,
                path + " accepts " + allow + " only; got " + method));
    }

    /** Answers 404 when no endpoint was configured for the container contract paths. */
    private boolean noContainerEndpoint(HttpExchange ex, String path) throws IOException {
        if (containerEndpoint != null) {
            return false;
        }
        send(ex, newRequestId(), ServiceError.of(404, ServiceError.UNKNOWN_OPERATION, "No endpoint is behind "
                + path + ": start the EndpointServer with endpointName(...), or call"
                + " POST /endpoints/{EndpointName}/invocations"));
        return true;
    }

    private void ping(HttpExchange ex) throws IOException {
        String status;
        InFlight slot = InvocationExecutor.currentSlot();
        if (slot != null && !slot.busy()) {
            throw new InterruptedIOException("The client took longer than the body read timeout");
        }
        DescribeEndpointResponse d = null;
        try {
            d = sageMaker.describeEndpoint(DescribeEndpointRequest.builder().endpointName(containerEndpoint).build());
            status = d.endpointStatus() == EndpointStatus.IN_SERVICE ? null
                    : "Endpoint " + containerEndpoint + " is " + d.endpointStatusAsString()
                    + (d.failureReason() == null ? "" : ": " + d.failureReason());
        } catch (RuntimeException e) {
            LOG.debug("Ping of endpoint {} failed", containerEndpoint, e);
            status = "Endpoint " + containerEndpoint + " is not healthy: " + e.getMessage();
        } finally {
            if (slot != null) {
                slot.reading();
            }
        }
        if (status == null) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        send(ex, newRequestId(), ServiceError.of(503, ServiceError.SERVICE_UNAVAILABLE, status));
    }

    /**
     * Runs one invocation: read the headers and the whole body, validate, take capacity, call the
     * model, answer. The steps run in this order so that a request is rejected as early as it can be,
     * and never holds capacity while its client is still sending.
     *
     * @return whether this thread still owns the exchange (else the watchdog answered it)
     */
    private boolean invoke(HttpExchange ex, String endpointName, boolean container) throws IOException {
        // the container contract (/invocations) answers as a model server does: no request id
        String requestId = container ? null : newRequestId();
        InFlight slot = InvocationExecutor.currentSlot();
        ParsedHeaders parsed = parseHeaders(ex, endpointName);
        if (!container && !validName(endpointName)) {
            parsed.invalid = (parsed.invalid == null ? "" : parsed.invalid + "; ") + "Value '" + endpointName
                    + "' at 'endpointName' failed to satisfy constraint: Member must satisfy regular expression"
                    + " pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9])* and have length less than or equal to 63";
        }
        // the body is read even for an invalid request: a client that is still sending reads no answer
        byte[] body = readBody(ex, parsed.contentLength);
        if (body == null) {
            send(ex, requestId, ServiceError.tooLarge(maxPayloadBytes));
            return true;
        }
        if (parsed.invalid != null) {
            send(ex, requestId, ServiceError.of(400, ServiceError.VALIDATION_ERROR, parsed.invalid));
            return true;
        }
        parsed.request.body(SdkBytes.fromByteArrayUnsafe(body));

        // The request is read whole: only now does it take invocation capacity, so that slow clients
        // never hold a permit while they send.
        if (slot != null && !slot.busy()) {
            throw new InterruptedIOException("The client took longer than the body read timeout");
        }
        InvocationExecutor e = executor;
        if (e != null && !e.acquire()) {
            sendAtCapacity(ex, requestId, slot, e);
            return true;
        }
        Outcome outcome = call(ex, endpointName, requestId, parsed.request.build(), slot, e);
        if (!outcome.mine) {
            LOG.debug("Invocation of endpoint {} finished after its timeout had been answered", endpointName);
            return false;
        }
        if (slot != null) {
            // the reading deadline again: the client has the body read timeout to read the answer
            slot.reading();
        }
        if (outcome.failure != null) {
            sendFailure(ex, requestId, endpointName, container, outcome.failure);
        } else {
            sendResponse(ex, requestId, container, outcome.response);
        }
        return true;
    }

    /** What the request's headers say, and the first validation problems they have (null if none). */
    private static final class ParsedHeaders {
        final InvokeEndpointRequest.Builder request;
        long contentLength = -1;
        String invalid;

        ParsedHeaders(String endpointName) {
            request = InvokeEndpointRequest.builder().endpointName(endpointName);
        }
    }

    /**
     * The InvokeEndpoint members from their HTTP headers, each checked against the service's length
     * limit; all problems are collected, as the service lists them in one message.
     */
    private static ParsedHeaders parseHeaders(HttpExchange ex, String endpointName) {
        ParsedHeaders parsed = new ParsedHeaders(endpointName);
        for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
            List<String> values = h.getValue();
            if (values == null || values.isEmpty()) {
                continue;
            }
            // the JDK server normalises header names (Content-type): the constants are spelled that way
            String v = values.get(0);
            switch (h.getKey()) {
                case CONTENT_LENGTH:
                    parsed.contentLength = parseLength(v);
                    break;
                case CONTENT_TYPE:
                    parsed.invalid = check(parsed.invalid, v, "contentType", 1024);
                    parsed.request.contentType(v);
                    break;
                case ACCEPT:
                    parsed.invalid = check(parsed.invalid, v, "accept", 1024);
                    parsed.request.accept(v);
                    break;
                case CUSTOM_ATTRIBUTES:
                    parsed.invalid = check(parsed.invalid, v, "customAttributes", 1024);
                    parsed.request.customAttributes(v);
                    break;
                case TARGET_MODEL:
                    parsed.invalid = check(parsed.invalid, v, "targetModel", 1024);
                    parsed.request.targetModel(v);
                    break;
                case TARGET_VARIANT:
                    parsed.invalid = check(parsed.invalid, v, "targetVariant", 63);
                    parsed.request.targetVariant(v);
                    break;
                case TARGET_CONTAINER_HOSTNAME:
                    parsed.invalid = check(parsed.invalid, v, "targetContainerHostname", 63);
                    parsed.request.targetContainerHostname(v);
                    break;
                case INFERENCE_ID:
                    parsed.invalid = check(parsed.invalid, v, "inferenceId", 64);
                    parsed.request.inferenceId(v);
                    break;
                case ENABLE_EXPLANATIONS:
                    parsed.invalid = check(parsed.invalid, v, "enableExplanations", 64);
                    parsed.request.enableExplanations(v);
                    break;
                case INFERENCE_COMPONENT:
                    parsed.invalid = check(parsed.invalid, v, "inferenceComponentName", 63);
                    parsed.request.inferenceComponentName(v);
                    break;
                case SESSION_ID:
                    parsed.invalid = check(parsed.invalid, v, "sessionId", 256);
                    parsed.request.sessionId(v);
                    break;
                default:
                    break;
            }
        }
        return parsed;
    }

    private void sendAtCapacity(HttpExchange ex, String requestId, InFlight slot, InvocationExecutor e)
            throws IOException {
        if (slot != null) {
            slot.reading();
        }
        send(ex, requestId, ServiceError.of(503, ServiceError.SERVICE_UNAVAILABLE,
                "The endpoint server is at capacity: " + e.threads() + " invocations are running and "
                        + e.maxQueued() + " are waiting. Retry later, or start the server with more threads"
                        + " or maxQueuedRequests"));
    }

    /** How the model call ended, and whether this thread still owns the exchange. */
    private static final class Outcome {
        InvokeEndpointResponse response;
        Throwable failure;
        boolean mine;
    }

    /**
     * Calls the model under the watchdog. The permit is released even when the watchdog answered first;
     * every failure, errors included, is kept to be answered as the service would.
     */
    private Outcome call(HttpExchange ex, String endpointName, String requestId, InvokeEndpointRequest request,
                         InFlight slot, InvocationExecutor e) {
        Outcome outcome = new Outcome();
        try {
            if (slot != null) {
                slot.begin(ex, new Call(endpointName, requestId), System.nanoTime() + timeoutNanos);
            }
            try {
                outcome.response = runtime.invokeEndpoint(request);
            } catch (Throwable t) {
                outcome.failure = t;
            }
            // end() loses to a watchdog that already answered: then the exchange is no longer ours
            outcome.mine = slot == null || slot.end();
        } finally {
            if (e != null) {
                e.release();
            }
        }
        return outcome;
    }

    private void sendFailure(HttpExchange ex, String requestId, String endpointName, boolean container,
                             Throwable failure) throws IOException {
        ServiceError error = ServiceError.from(failure, new EndpointRef(endpointName, accountId, region));
        if (error.status() == 500) {
            LOG.warn("Invocation of endpoint {} failed", endpointName, failure);
        }
        // a container passes the model's own status and message through, as the model server would
        if (container && error.hasModelStatus()) {
            byte[] text = error.originalMessage() == null ? EMPTY
                    : error.originalMessage().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            respond(ex, error.originalStatusCode(), text);
        } else {
            send(ex, requestId, error);
        }
    }

    private void sendResponse(HttpExchange ex, String requestId, boolean container, InvokeEndpointResponse response)
            throws IOException {
        Headers out = ex.getResponseHeaders();
        if (requestId != null) {
            out.set("x-amzn-RequestId", requestId);
        }
        if (response.contentType() != null) {
            out.set("Content-Type", response.contentType());
        }
        if (response.customAttributes() != null) {
            out.set("X-Amzn-SageMaker-Custom-Attributes", response.customAttributes());
        }
        // variants and sessions are the service's notions: a single container has neither
        if (!container) {
            if (response.invokedProductionVariant() != null) {
                out.set("x-Amzn-Invoked-Production-Variant", response.invokedProductionVariant());
            }
            if (response.newSessionId() != null) {
                out.set("X-Amzn-SageMaker-New-Session-Id", response.newSessionId());
            }
            if (response.closedSessionId() != null) {
                out.set("X-Amzn-SageMaker-Closed-Session-Id", response.closedSessionId());
            }
        }
        respond(ex, 200, response.body() == null ? EMPTY : response.body().asByteArrayUnsafe());
    }

    /**
     * Answers an invocation the model did not finish in time; called by the watchdog.
     *
     * @param f the invocation, locked by the caller
     */
    public void timedOut(InFlight f) {
        HttpExchange ex = f.exchange();
        Call call = (Call) f.call();
        try {
            send(ex, call.requestId, ServiceError.timedOut(new EndpointRef(call.endpointName, accountId, region)));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not answer the timed-out invocation of endpoint {}", call.endpointName, e);
        } finally {
            ex.close();
        }
    }

    /**
     * Reads the body, holding at most one byte more than the limit in memory; {@code null} when it is
     * over the limit. The rest of an oversize body is read and dropped, up to {@link #DISCARD_LIMIT}
     * bytes, because HTTP clients (the AWS SDK's Apache client among them) read no answer before they
     * have sent the whole body: closing on them makes them see a reset connection instead of 413.
     * Beyond that, the connection is closed after the answer.
     */
    private byte[] readBody(HttpExchange ex, long contentLength) throws IOException {
        InputStream in = ex.getRequestBody();
        if (contentLength > maxPayloadBytes) {
            if (contentLength - maxPayloadBytes > DISCARD_LIMIT || !discard(in, contentLength)) {
                ex.getResponseHeaders().set("Connection", "close");
            }
            return null;
        }
        if (contentLength >= 0) {
            // Grows as bytes arrive: a client that announces 6 MB and sends nothing costs no 6 MB array.
            byte[] body = contentLength == 0 ? EMPTY : in.readNBytes((int) contentLength);
            if (body.length < contentLength) {
                throw new EOFException("The client sent less than its Content-Length");
            }
            return body;
        }
        byte[] body = in.readNBytes(maxPayloadBytes + 1);
        if (body.length <= maxPayloadBytes) {
            return body;
        }
        if (!discard(in, DISCARD_LIMIT)) {
            ex.getResponseHeaders().set("Connection", "close");
        }
        return null;
    }

    /** Reads and drops the rest of a body; {@code false} when more than {@code max} bytes follow. */
    private static boolean discard(InputStream in, long max) throws IOException {
        byte[] scratch = new byte[8192];
        long total = 0;
        for (int n = in.read(scratch); n >= 0; n = in.read(scratch)) {
            total += n;
            if (total > max) {
                return false;
            }
        }
        return true;
    }

    private static long parseLength(String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Adds the service's validation message for a header value over its length limit. */
    private static String check(String invalid, String value, String member, int max) {
        if (value.length() <= max) {
            return invalid;
        }
        String problem = "Value at '" + member + "' failed to satisfy constraint: Member must have length less than"
                + " or equal to " + max;
        return invalid == null ? "1 validation error detected: " + problem : invalid + "; " + problem;
    }

    /** The service's endpoint name pattern, {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}, at most 63 characters. */
    static boolean validName(String name) {
        int n = name.length();
        if (n == 0 || n > 63 || name.charAt(0) == '-' || name.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static void send(HttpExchange ex, String requestId, ServiceError error) throws IOException {
        Headers h = ex.getResponseHeaders();
        if (requestId != null) {
            h.set("x-amzn-RequestId", requestId);
        }
        if (error.code() != null) {
            h.set("x-amzn-ErrorType", error.code());
        }
        h.set("Content-Type", "application/json");
        respond(ex, error.status(), error.json());
    }

    private static void respond(HttpExchange ex, int status, byte[] body) throws IOException {
        if (body.length == 0 || "HEAD".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length);
            OutputStream os = ex.getResponseBody();
            os.write(body);
            os.close();
        }
    }

    private static String newRequestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /** What the watchdog needs to answer a timed-out invocation. */
    private static final class Call {
        final String endpointName;
        final String requestId;

        Call(String endpointName, String requestId) {
            this.endpointName = endpointName;
            this.requestId = requestId;
        }
    }
}
