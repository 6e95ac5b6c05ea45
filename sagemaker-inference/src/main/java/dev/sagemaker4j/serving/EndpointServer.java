/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.serving.internal.EndpointHandler;
import dev.sagemaker4j.serving.internal.InvocationExecutor;
import dev.sagemaker4j.utils.Names;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Serves a session's endpoints over HTTP on a loopback port, so that any client can call them: the
 * AWS SDKs and CLI through the SageMaker Runtime API ({@code POST /endpoints/{EndpointName}/invocations}
 * with {@code endpointOverride} / {@code --endpoint-url}), and anything written against a SageMaker
 * inference container through the container contract ({@code GET /ping}, {@code POST /invocations})
 * for the one endpoint named with {@link Builder#endpointName(String)}.
 *
 * <p>Every invocation becomes {@code session.runtimeApi().invokeEndpoint(...)}. The server keeps the
 * service's limits and error answers: bodies up to {@value #DEFAULT_MAX_PAYLOAD_BYTES} bytes (413
 * above), 60 seconds per invocation ({@code ModelError} 424 after it), {@code ValidationError} 400,
 * {@code ModelError} 424 with the model's {@code OriginalStatusCode} and {@code OriginalMessage},
 * and {@code ServiceUnavailable} 503 at once when all threads are busy and the queue is full.
 *
 * <pre>{@code
 * try (Session session = Session.local();
 *      EndpointServer server = EndpointServer.builder().session(session).endpointName("my-endpoint").start()) {
 *     SageMakerRuntimeClient client = SageMakerRuntimeClient.builder()
 *             .endpointOverride(URI.create(server.url())).region(Region.US_EAST_1)
 *             .credentialsProvider(AnonymousCredentialsProvider.create()).build();
 *     client.invokeEndpoint(b -> b.endpointName("my-endpoint").contentType("text/csv")
 *             .body(SdkBytes.fromUtf8String("1.0,2.0")));
 *     // or: curl -d 1.0,2.0 -H 'Content-Type: text/csv' <server.url()>/invocations
 * }
 * }</pre>
 *
 * <p>The server owns a listening socket and threads: close it. Closing the session is the caller's
 * business.
 */
public final class EndpointServer implements SdkAutoCloseable {
    /** The service's largest request body, 6 MB. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
    /** The service's longest invocation, 60 seconds. */
    public static final Duration DEFAULT_INVOCATION_TIMEOUT = Duration.ofSeconds(60);
    /** The default number of requests that may wait for a thread before new ones are refused. */
    public static final int DEFAULT_MAX_QUEUED_REQUESTS = 256;

    private static final Logger LOG = LoggerFactory.getLogger(EndpointServer.class);
    private static final int BACKLOG = 1024;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes the status line and headers, then the body, in two writes. With Nagle's
        // algorithm on, the body waits for the client's delayed ACK of the headers: 40 ms per request on
        // Linux. The JDK reads this property once, when its first HttpServer is created; a JVM that set it
        // to false, or created an HttpServer before this class loaded, keeps the delay.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final InvocationExecutor executor;
    private final String endpointName;
    private final int port;
    private final String url;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EndpointServer(HttpServer server, InvocationExecutor executor, String endpointName) {
        this.server = server;
        this.executor = executor;
        this.endpointName = endpointName;
        InetSocketAddress bound = server.getAddress();
        this.port = bound.getPort();
        String host = bound.getAddress().getHostAddress();
        this.url = "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * A builder; {@link Builder#session(Session)} is the one required setting.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The port the server listens on (the one picked when the builder asked for port 0).
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The base URL to point clients at, e.g. {@code SageMakerRuntimeClient.builder().endpointOverride(URI.create(url()))}.
     *
     * @return e.g. {@code http://127.0.0.1:49152}
     */
    public String url() {
        return url;
    }

    /**
     * The endpoint behind the container contract paths {@code /ping} and {@code /invocations}.
     *
     * @return the endpoint name, or empty when those paths answer 404
     */
    public Optional<String> endpointName() {
        return Optional.ofNullable(endpointName);
    }

    /**
     * Stops listening, closes every connection and stops the threads; the port is free again when this
     * returns. Invocations still running are interrupted and their answers dropped. Calling it again
     * does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.close();
        LOG.info("Endpoint server on {} stopped", url);
    }

    @Override
    public String toString() {
        return "EndpointServer[" + url + (endpointName == null ? "" : ", endpoint=" + endpointName)
                + (closed.get() ? ", closed" : "") + "]";
    }

    /** Builds and starts an {@link EndpointServer}. */
    public static final class Builder {
        private Session session;
        private String endpointName;
        private String host = "127.0.0.1";
        private int port;
        private int maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;
        private Duration invocationTimeout = DEFAULT_INVOCATION_TIMEOUT;
        private int threads = 2 * Runtime.getRuntime().availableProcessors();
        private boolean controlPlane;
        private java.util.Map<String, String> credentials;
        private int maxQueuedRequests = DEFAULT_MAX_QUEUED_REQUESTS;

        private Builder() {
        }

        /**
         * Sets the session whose runtime answers invocations (required). The server does not close it.
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = Objects.requireNonNull(session, "session");
            return this;
        }

        /**
         * Sets the endpoint behind the container contract paths {@code GET /ping} and
         * {@code POST /invocations}. Without one, those paths answer 404; the Runtime API path serves
         * every endpoint either way.
         *
         * @param endpointName an endpoint name
         * @return this builder
         */
        public Builder endpointName(String endpointName) {
            this.endpointName = Names.validateName("endpointName", endpointName);
            return this;
        }

        /**
         * Sets the address to listen on (default {@code 127.0.0.1}). Anything but a loopback address
         * exposes the endpoints, without authentication, to whoever can reach it.
         *
         * @param host a host name or IP address
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Sets the port (default 0: a free port, see {@link EndpointServer#port()}).
         *
         * @param port 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new ValidationException("port", port, "must be between 0 and 65535",
                        "pass 0 to have a free port picked");
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the largest request body (default 6 MB, the service's limit). Larger ones get 413 and never
         * reach the model; no more than this many bytes plus one are held in memory. Up to 64 MiB more are
         * read and dropped, so that clients which send the whole body before reading (as the AWS SDK's do)
         * see the 413 rather than a reset connection; beyond that the connection is closed.
         *
         * @param maxPayloadBytes at least 1
         * @return this builder
         */
        public Builder maxPayloadBytes(int maxPayloadBytes) {
            if (maxPayloadBytes < 1 || maxPayloadBytes > Integer.MAX_VALUE - 8) {
                throw new ValidationException("maxPayloadBytes", maxPayloadBytes, "must be between 1 and "
                        + (Integer.MAX_VALUE - 8), "the service allows " + DEFAULT_MAX_PAYLOAD_BYTES);
            }
            this.maxPayloadBytes = maxPayloadBytes;
            return this;
        }

        /**
         * Sets how long an invocation may take before the caller gets the service's {@code ModelError}
         * (424) for a timeout (default 60 seconds, the service's limit). The model call itself is not
         * cut short: like a container the service gave up on, it keeps its thread until it returns, and
         * its answer is dropped.
         *
         * @param invocationTimeout a positive duration
         * @return this builder
         */
        public Builder invocationTimeout(Duration invocationTimeout) {
            Objects.requireNonNull(invocationTimeout, "invocationTimeout");
            if (invocationTimeout.isNegative() || invocationTimeout.isZero()) {
                throw new ValidationException("invocationTimeout", invocationTimeout, "must be positive",
                        "the service allows " + DEFAULT_INVOCATION_TIMEOUT);
            }
            this.invocationTimeout = invocationTimeout;
            return this;
        }

        /**
         * Sets the number of threads that run requests (default twice the number of processors). Each
         * reads a request, runs the model and writes the answer; requests refused at capacity, and
         * {@code /ping} while at capacity, are answered by one more thread.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new ValidationException("threads", threads, "must be at least 1",
                        "pass the number of invocations to run at once");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Sets how many requests may wait for a thread; beyond that, requests get 503
         * {@code ServiceUnavailable} at once (default {@value EndpointServer#DEFAULT_MAX_QUEUED_REQUESTS}).
         *
         * @param maxQueuedRequests at least 0
         * @return this builder
         */
        public Builder maxQueuedRequests(int maxQueuedRequests) {
            if (maxQueuedRequests < 0) {
                throw new ValidationException("maxQueuedRequests", maxQueuedRequests, "must be at least 0",
                        "pass 0 to refuse every request that finds all threads busy");
            }
            this.maxQueuedRequests = maxQueuedRequests;
            return this;
        }

        /**
         * Also serves the SageMaker control plane (awsJson1_1, {@code POST /} with {@code X-Amz-Target})
         * and the feature store runtime ({@code /FeatureGroup/{name}}, {@code /BatchGetRecord}), so that
         * any AWS client pointed at this server with an endpoint override drives the session's backend.
         *
         * @param serve {@code true} to serve the whole API
         * @return this builder
         */
        public Builder controlPlane(boolean serve) {
            this.controlPlane = serve;
            return this;
        }

        /**
         * Checks AWS Signature Version 4 on every request of the control plane server against these keys;
         * unsigned or wrongly signed requests get 403. Without keys any request is accepted.
         *
         * @param secretsByAccessKeyId secret access key by access key id
         * @return this builder
         */
        public Builder credentials(java.util.Map<String, String> secretsByAccessKeyId) {
            this.credentials = java.util.Map.copyOf(secretsByAccessKeyId);
            return this;
        }

        /**
         * Binds the port and starts serving.
         *
         * @return the running server
         * @throws ValidationException when no session was set, or the host or port cannot be bound
         */
        public EndpointServer start() {
            if (session == null) {
                throw new ValidationException("session", null, "is required",
                        "pass the session whose endpoints to serve with session(...)");
            }
            InetAddress address;
            try {
                address = InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new ValidationException("host", host, "is not a known host", "pass 127.0.0.1", e);
            }
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(address, port), BACKLOG);
            } catch (IOException e) {
                throw new ValidationException("port", port, "could not be bound on " + host + ": " + e.getMessage(),
                        "pass another port, or 0 for a free one", e);
            }
            EndpointHandler handler = new EndpointHandler(session.runtimeApi(), session.sageMakerApi(),
                    session.accountId(), session.region(), endpointName, maxPayloadBytes, invocationTimeout);
            InvocationExecutor executor = new InvocationExecutor("sagemaker4j-endpoint-server-"
                    + server.getAddress().getPort(), threads, maxQueuedRequests, invocationTimeout, handler::timedOut);
            handler.executor(executor);
            server.setExecutor(executor);
            server.createContext("/", controlPlane ? new dev.sagemaker4j.serving.internal.ApiHandler(
                    session.sageMakerApi(), session.featureStoreRuntimeApi(), handler, 16 * 1024 * 1024,
                    credentials == null ? null : new dev.sagemaker4j.serving.internal.SigV4Verifier(credentials))
                    : handler);
            server.start();
            if (!Boolean.parseBoolean(System.getProperty(NO_DELAY))) {
                LOG.warn("{}={}: every answer of the endpoint server may wait 40 ms for the client's delayed ACK",
                        NO_DELAY, System.getProperty(NO_DELAY));
            }
            EndpointServer started = new EndpointServer(server, executor, endpointName);
            LOG.info("Endpoint server for the {} backend listening on {}{}", session.backendName(), started.url,
                    endpointName == null ? "" : " (container contract: endpoint " + endpointName + ")");
            return started;
        }
    }
}
