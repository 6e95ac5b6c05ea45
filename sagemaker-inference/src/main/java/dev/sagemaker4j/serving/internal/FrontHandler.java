/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sagemaker4j.local.CallerIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request passes before it reaches a route: the body read deadline starts, the
 * {@code Host} header must name this server (a loopback name or a configured host, so that a web page
 * cannot reach the server through DNS rebinding), and, when access keys are configured, the request
 * must carry a valid AWS Signature Version 4, on every route ({@code /ping} included).
 *
 * <p>The signature of the headers is checked before the body is read whenever it can be: always the
 * access key and the date, and the whole signature when the client sent {@code X-Amz-Content-Sha256}
 * (the body is then checked against it). Without that header the signature covers the body's hash, so
 * the body is read first, but never more than the route's limit.
 *
 * <p>Internal: not part of the API. Thread-safe.
 */
public final class FrontHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FrontHandler.class);

    private final HttpHandler next;
    private final Set<String> hosts;
    private final SigV4Verifier verifier;
    private final int maxPayloadBytes;
    private final int maxApiBodyBytes;

    /**
     * Creates the handler.
     *
     * @param next            the routes
     * @param hosts           the host names or addresses, besides loopback ones, that {@code Host} may name
     * @param verifier        checks signatures, or {@code null} to accept unsigned requests
     * @param maxPayloadBytes the largest invocation body
     * @param maxApiBodyBytes the largest control plane or feature store body
     */
    public FrontHandler(HttpHandler next, Set<String> hosts, SigV4Verifier verifier, int maxPayloadBytes,
                        int maxApiBodyBytes) {
        this.next = next;
        this.hosts = new TreeSet<>();
        for (String h : hosts) {
            String name = bare(h.trim().toLowerCase(Locale.ROOT));
            if (name != null) {
                this.hosts.add(name);
            }
        }
        this.verifier = verifier;
        this.maxPayloadBytes = maxPayloadBytes;
        this.maxApiBodyBytes = maxApiBodyBytes;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        InFlight slot = InvocationExecutor.currentSlot();
        if (slot != null && !slot.reading()) {
            ex.close();
            return;
        }
        String path = ex.getRequestURI().getRawPath();
        boolean runtime = path.startsWith("/endpoints/") || path.equals("/ping") || path.equals("/invocations");
        boolean json11 = !runtime && !path.startsWith("/FeatureGroup/") && !path.equals("/BatchGetRecord");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host != null && !allowed(host)) {
            refuse(ex, new SigV4Verifier.Problem(403, "AccessDeniedException", "The Host header '"
                    + (host.length() > 100 ? host.substring(0, 100) + "…" : host) + "' names neither a loopback"
                    + " address nor this server's host; the server's operator can allow more hosts (allowedHosts)"), json11);
            return;
        }
        if (verifier != null && !verified(ex, path, runtime ? maxPayloadBytes : maxApiBodyBytes, json11)) {
            return;
        }
        if (verifier == null) {
            next.handle(ex);
            return;
        }
        // the audit trail records the verified access key id (never the secret) as the caller
        CallerIdentity.Scope caller = CallerIdentity.accessKey(CallerIdentity.accessKeyIdOf(
                ex.getRequestHeaders().getFirst("Authorization")).orElse(null));
        try {
            next.handle(ex);
        } finally {
            caller.close();
        }
    }

    /** Checks the signature; answers and closes the exchange when it is wrong. */
    private boolean verified(HttpExchange ex, String path, int limit, boolean json11) throws IOException {
        Map<String, List<String>> headers = SigV4Verifier.lower(ex.getRequestHeaders());
        String method = ex.getRequestMethod();
        String query = ex.getRequestURI().getRawQuery();
        SigV4Verifier.Problem problem = verifier.checkHeaders(headers, Instant.now());
        String claimed = SigV4Verifier.claimedPayloadHash(headers);
        if (problem == null && claimed != null) {
            problem = verifier.checkSignature(method, path, query, headers, claimed);
        }
        if (problem != null) {
            refuse(ex, problem, json11);
            return false;
        }
        if (claimed != null && (claimed.equals("UNSIGNED-PAYLOAD") || claimed.startsWith("STREAMING-"))
                && "s3".equals(SigV4Verifier.signedService(ex.getRequestHeaders().getFirst("Authorization")))) {
            // S3 objects stream to the store: their body is not signed (or signed chunk by chunk), and the
            // headers' signature, checked above, covers that claim
            return true;
        }
        byte[] body;
        InputStream in = ex.getRequestBody();
        body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            ex.getResponseHeaders().set("Connection", "close");
            refuse(ex, new SigV4Verifier.Problem(413, null, String.format(ServiceError.TOO_LARGE, limit)), json11);
            return false;
        }
        problem = claimed != null ? verifier.checkPayload(headers, body)
                : verifier.checkSignature(method, path, query, headers, SigV4Verifier.hex(body));
        if (problem != null) {
            refuse(ex, problem, json11);
            return false;
        }
        ex.setStreams(new ByteArrayInputStream(body), null);
        return true;
    }

    private static void refuse(HttpExchange ex, SigV4Verifier.Problem problem, boolean json11) throws IOException {
        LOG.debug("Refused {} {}: {} {}", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), problem.code(),
                problem.message());
        try {
            ApiHandler.error(ex, UUID.randomUUID().toString(), problem.status(), problem.code(), problem.message(),
                    json11);
        } finally {
            ex.close();
        }
    }

    /** Whether a {@code Host} header names a loopback address or one of this server's hosts, with or without port. */
    boolean allowed(String hostHeader) {
        String name = bare(hostHeader.trim().toLowerCase(Locale.ROOT));
        return name != null && (name.equals("localhost") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1")
                || loopbackV4(name) || hosts.contains(name));
    }

    /** The host of {@code host[:port]} or {@code [v6][:port]}, without brackets; {@code null} when malformed. */
    private static String bare(String host) {
        String name;
        String port;
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            if (end < 0) {
                return null;
            }
            name = host.substring(1, end);
            port = host.substring(end + 1);
        } else {
            int colon = host.indexOf(':');
            if (colon >= 0 && colon == host.lastIndexOf(':')) {
                name = host.substring(0, colon);
                port = host.substring(colon);
            } else {
                name = host;
                port = "";
            }
        }
        if (!port.isEmpty() && !port.matches(":[0-9]{1,5}")) {
            return null;
        }
        return name;
    }

    private static boolean loopbackV4(String name) {
        if (!name.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}")) {
            return false;
        }
        for (String octet : name.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
