/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.serving.internal.ApiHandler;
import dev.sagemaker4j.serving.internal.EndpointHandler;
import dev.sagemaker4j.serving.internal.FrontHandler;
import dev.sagemaker4j.serving.internal.InvocationExecutor;
import dev.sagemaker4j.serving.internal.S3Handler;
import dev.sagemaker4j.serving.internal.SigV4Verifier;
import dev.sagemaker4j.spi.HostingApi;
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
 * <p>Slow or stalled clients never starve others: a request is read on a connection thread of its own
 * (up to {@link Builder#maxConnections(int)} at once) and takes one of the {@link Builder#threads(int)}
 * invocation slots only once it has been read whole. A client gets {@link Builder#headerTimeout(Duration)}
 * from its request's first byte to the end of its headers and {@link Builder#bodyTimeout(Duration)} for
 * the body (and again to read the answer); past them its connection is closed. Idle keep-alive
 * connections hold no thread and are closed after {@link Builder#idleTimeout(Duration)}.
 *
 * <p>The server answers only requests whose {@code Host} header names a loopback address
 * ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}), the host it was bound to, or one of
 * {@link Builder#allowedHosts(String...)}, with or without port: a web page cannot reach it through
 * DNS rebinding. With {@link Builder#credentials(java.util.Map)}, every request, {@code /ping}
 * included, must be signed with AWS Signature Version 4.
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
    /** The default time from a request's first byte to the end of its headers, 10 seconds. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** The default time to read a request body, and again to write an answer, 60 seconds. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(60);
    /** The default time a keep-alive connection may stay idle between requests, 30 seconds (the JDK's). */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The default number of requests being read, run or answered at once, 512. */
    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    /** The largest control plane or feature store request body, 16 MiB. */
    static final int MAX_API_BODY_BYTES = 16 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EndpointServer.class);
    private static final int BACKLOG = 1024;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final String IDLE_INTERVAL = "sun.net.httpserver.idleInterval";
    private static final String CLOCK_TICK = "sun.net.httpserver.clockTick";
    private static final AtomicBoolean JDK_CONFIGURED = new AtomicBoolean();

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
    private final S3Handler s3;

    private EndpointServer(HttpServer server, InvocationExecutor executor, String endpointName, S3Handler s3) {
        this.server = server;
        this.executor = executor;
        this.s3 = s3;
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
        if (s3 != null) {
            s3.close();
        }
        LOG.info("Endpoint server on {} stopped", url);
    }

    /**
     * Hands the idle timeout to the JDK's HTTP server, which reads it once per JVM when its first server
     * is created; an operator's {@code -D} flag wins.
     */
    private static void configureJdk(Duration idleTimeout) {
        long seconds = Math.max(1, (idleTimeout.toMillis() + 999) / 1000);
        if (JDK_CONFIGURED.compareAndSet(false, true) && System.getProperty(IDLE_INTERVAL) == null) {
            System.setProperty(IDLE_INTERVAL, Long.toString(seconds));
            if (System.getProperty(CLOCK_TICK) == null) {
                // How often the JDK looks for idle connections (10 s by default): often enough for short timeouts.
                System.setProperty(CLOCK_TICK, Long.toString(Math.min(10_000, Math.max(250, seconds * 250))));
            }
        }
        if (Long.getLong(IDLE_INTERVAL, 30) != seconds) {
            LOG.warn("Idle timeout {} s asked, but the JDK's HTTP server uses {} s for every server of this JVM"
                    + " ({}); set it with -D{}=<seconds>", seconds, Long.getLong(IDLE_INTERVAL, 30), IDLE_INTERVAL,
                    IDLE_INTERVAL);
        }
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
        private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
        private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private boolean allowLocalFiles;
        private java.util.Set<String> allowedHosts = java.util.Set.of();

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
         * Sets the number of invocations that run at once (default twice the number of processors). A
         * request takes one of these slots only once it has been read whole, so clients that send slowly
         * do not hold one; {@code /ping} and refusals need none.
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
         * Sets how many requests may wait for an invocation slot; beyond that, requests get 503
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
         * any AWS client pointed at this server with an endpoint override drives the session's backend; and
         * Amazon S3's API (path-style) over the session's object store, so the same clients upload data and
         * read outputs (requests signed for {@code s3}, or unsigned ones no other route answers).
         *
         * @param serve {@code true} to serve the whole API
         * @return this builder
         */
        public Builder controlPlane(boolean serve) {
            this.controlPlane = serve;
            return this;
        }

        /**
         * Checks AWS Signature Version 4 against these keys on every request, on every path: the
         * runtime, the container contract ({@code /ping} included: a health checker must sign too, or
         * use a server without keys) and, with {@link #controlPlane(boolean)}, the whole API. Unsigned
         * or wrongly signed requests get 403, a body that does not match {@code X-Amz-Content-Sha256}
         * gets 400 {@code XAmzContentSHA256Mismatch}, and a request whose {@code X-Amz-Date} is more
         * than 15 minutes from the server's clock gets 403 {@code Signature expired}, as on the
         * service. Without keys any request is accepted.
         *
         * @param secretsByAccessKeyId secret access key by access key id
         * @return this builder
         */
        public Builder credentials(java.util.Map<String, String> secretsByAccessKeyId) {
            this.credentials = java.util.Map.copyOf(secretsByAccessKeyId);
            return this;
        }

        /**
         * Sets how long a client may take from its request's first byte to the end of the request line
         * and headers (default 10 seconds); past it, the connection is closed.
         *
         * @param headerTimeout a positive duration
         * @return this builder
         */
        public Builder headerTimeout(Duration headerTimeout) {
            this.headerTimeout = positive("headerTimeout", headerTimeout, DEFAULT_HEADER_TIMEOUT);
            return this;
        }

        /**
         * Sets how long a client may take to send a request body, and again to read an answer (default
         * 60 seconds, enough for 6 MB on a slow link); past it, the connection is closed.
         *
         * @param bodyTimeout a positive duration
         * @return this builder
         */
        public Builder bodyTimeout(Duration bodyTimeout) {
            this.bodyTimeout = positive("bodyTimeout", bodyTimeout, DEFAULT_BODY_TIMEOUT);
            return this;
        }

        /**
         * Sets how long a keep-alive connection (or one that has sent nothing yet) may stay idle before it
         * is closed (default 30 seconds, whole seconds). Idle connections hold no thread. The JDK's HTTP
         * server reads this once per JVM (its {@code sun.net.httpserver.idleInterval} property, which a
         * {@code -D} flag overrides): the first server started in the JVM sets it, and a later server
         * with another value logs a warning and keeps the first.
         *
         * @param idleTimeout at least one second
         * @return this builder
         */
        public Builder idleTimeout(Duration idleTimeout) {
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            if (idleTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new ValidationException("idleTimeout", idleTimeout, "must be at least one second",
                        "the default is " + DEFAULT_IDLE_TIMEOUT);
            }
            this.idleTimeout = idleTimeout;
            return this;
        }

        /**
         * Sets how many requests may be in progress at once, from their first byte to their answer
         * (default {@value EndpointServer#DEFAULT_MAX_CONNECTIONS}); each holds a thread, and at most
         * {@link #maxPayloadBytes(int)} of body. Beyond it, new requests have their connection closed at
         * once. Keep it above {@code threads + maxQueuedRequests}, so that overload gets 503 rather than
         * closed connections.
         *
         * @param maxConnections at least 1
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new ValidationException("maxConnections", maxConnections, "must be at least 1",
                        "the default is " + DEFAULT_MAX_CONNECTIONS);
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * Lets control plane requests name {@code file://} locations (default {@code false}). Off, the
         * server refuses them with 400 {@code ValidationException}, so that its clients reach only
         * {@code s3://} locations, which the local backend keeps inside the session root. On, any client
         * that can reach the server reads and writes this machine's files with the server's rights
         * ({@code CreateTrainingJob} reads its channels and writes its output there).
         *
         * @param allow {@code true} to allow local folders
         * @return this builder
         */
        public Builder allowLocalFiles(boolean allow) {
            this.allowLocalFiles = allow;
            return this;
        }

        /**
         * Adds host names the {@code Host} header may name besides loopback ones and the bound host, e.g.
         * the machine's name when the server is bound to {@code 0.0.0.0}. Requests naming any other host
         * get 403.
         *
         * @param hosts host names or addresses, without port
         * @return this builder
         */
        public Builder allowedHosts(String... hosts) {
            this.allowedHosts = java.util.Set.of(hosts);
            return this;
        }

        private static Duration positive(String field, Duration value, Duration fallback) {
            Objects.requireNonNull(value, field);
            if (value.isNegative() || value.isZero()) {
                throw new ValidationException(field, value, "must be positive", "the default is " + fallback);
            }
            return value;
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
            configureJdk(idleTimeout);
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(address, port), BACKLOG);
            } catch (IOException e) {
                throw new ValidationException("port", port, "could not be bound on " + host + ": " + e.getMessage(),
                        "pass another port, or 0 for a free one", e);
            }
            EndpointHandler handler = new EndpointHandler(session.runtimeApi(), session.api(HostingApi.CAPABILITY),
                    session.accountId(), session.region(), endpointName, maxPayloadBytes, invocationTimeout);
            InvocationExecutor executor = new InvocationExecutor("sagemaker4j-endpoint-server-"
                    + server.getAddress().getPort(), new InvocationExecutor.Limits(threads, maxQueuedRequests,
                    maxConnections, invocationTimeout, headerTimeout, bodyTimeout), handler::timedOut);
            handler.executor(executor);
            server.setExecutor(executor);
            S3Handler s3 = null;
            HttpHandler routes = handler;
            if (controlPlane) {
                dev.sagemaker4j.spi.ObjectStore store;
                try {
                    store = session.objectStore();
                } catch (UnsupportedOperationException | dev.sagemaker4j.exceptions.OperationNotSupportedException e) {
                    store = null; // a backend without objects (a test double): no S3 routes
                }
                try {
                    s3 = store == null ? null : new S3Handler(store);
                } catch (IOException e) {
                    server.stop(0);
                    throw new dev.sagemaker4j.exceptions.StorageException("s3://", "the S3 routes' folder for"
                            + " multipart uploads could not be made in java.io.tmpdir: " + e, false, e);
                }
                ApiHandler api = new ApiHandler(session.backend(), handler, MAX_API_BODY_BYTES, allowLocalFiles);
                routes = s3 == null ? api : api.s3(s3);
            }
            java.util.Set<String> hosts = new java.util.HashSet<>(allowedHosts);
            hosts.add(host);
            hosts.add(address.getHostAddress());
            server.createContext("/", new FrontHandler(routes, hosts,
                    credentials == null ? null : new SigV4Verifier(credentials), maxPayloadBytes, MAX_API_BODY_BYTES));
            server.start();
            if (!Boolean.parseBoolean(System.getProperty(NO_DELAY))) {
                LOG.warn("{}={}: every answer of the endpoint server may wait 40 ms for the client's delayed ACK",
                        NO_DELAY, System.getProperty(NO_DELAY));
            }
            EndpointServer started = new EndpointServer(server, executor, endpointName, s3);
            LOG.info("Endpoint server for the {} backend listening on {}{}", session.backendName(), started.url,
                    endpointName == null ? "" : " (container contract: endpoint " + endpointName + ")");
            return started;
        }
    }
}
