/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.testsupport.hosting.FuzzRequest;
import dev.sagemaker4j.testsupport.hosting.TestModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz target for the HTTP request handlers ({@code EndpointHandler} behind the runtime and container
 * paths, {@code ApiHandler} behind the control plane and feature store paths, with and without
 * Signature Version 4), driven in-process through real {@link EndpointServer}s on 127.0.0.1 that
 * serve an XGBoost endpoint of a local session. The fuzzer writes the server choice, method, path,
 * headers and body. Contract: every request gets an answer within the bound, and no answer is a 500
 * {@code InternalFailure} (the handlers' catch-all for an exception nobody typed).
 */
class HttpHandlersFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;
    static Session session;
    static EndpointServer open;
    static EndpointServer signed;
    static String endpoint;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(BOUND).build();

    @BeforeAll
    static void start() throws Exception {
        session = Session.builder().backend("local").root(tmp.resolve("root")).build();
        String data = TestModels.xgboost(session, "s3://" + session.defaultBucket() + "/fuzz/model.tar.gz",
                TestModels.booster(4, 5, "binary:logistic", 1));
        Predictor<?> predictor = Model.builder()
                .imageUri("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                .modelData(data).session(session).build().deploy(1, "local");
        endpoint = predictor.endpointName();
        open = EndpointServer.builder().session(session).endpointName(endpoint).controlPlane(true).start();
        signed = EndpointServer.builder().session(session).endpointName(endpoint).controlPlane(true)
                .credentials(Map.of("AKIDFUZZ", "fuzz-secret")).start();
    }

    @AfterAll
    static void stop() {
        if (signed != null) {
            signed.close();
        }
        if (open != null) {
            open.close();
        }
        if (session != null) {
            session.close();
        }
    }

    /**
     * The first byte picks the server (bit 0 set: the one checking signatures) and the client (bit 1 set,
     * or a request line {@link HttpClient} refuses: a raw socket, which sends what a hostile client
     * would, such as malformed percent escapes); the rest is written like an HTTP request (see
     * {@link FuzzRequest}); a path starting {@code /endpoints/E/} names the deployed endpoint.
     */
    @FuzzTest(maxDuration = "10m")
    void request(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        // the client's own connections to the servers on loopback are not server-side request forgery
        SilentCloseable loopback = BugDetectors.allowNetworkConnections(
                (host, port) -> port == open.port() || port == signed.port());
        try {
            exchange(input);
        } finally {
            loopback.close();
        }
    }

    private static void exchange(byte[] input) throws Exception {
        EndpointServer server = (input[0] & 1) == 1 ? signed : open;
        FuzzRequest r = FuzzRequest.parse(Arrays.copyOfRange(input, 1, input.length));
        String path = r.path().startsWith("/endpoints/E/") ? "/endpoints/" + endpoint + r.path().substring(12)
                : r.path();
        path = path.startsWith("/") ? path : "/" + path;
        String target = path + (r.query() == null ? "" : "?" + r.query());
        int status;
        String answer;
        HttpRequest.Builder request = null;
        if ((input[0] & 2) == 0) {
            try {
                request = HttpRequest.newBuilder(URI.create(server.url() + pathSafe(target))).timeout(BOUND)
                        .method(r.method(), HttpRequest.BodyPublishers.ofByteArray(r.body()));
            } catch (IllegalArgumentException notSendable) {
                request = null; // a method or URI HttpClient refuses: send it over a raw socket instead
            }
        }
        if (request != null) {
            HttpRequest.Builder builder = request;
            r.headers().forEach((name, values) -> values.forEach(value -> {
                try {
                    builder.header(name, value);
                } catch (IllegalArgumentException notSendable) {
                    // a name or value the client refuses, or one it sets itself (Host, Content-Length)
                }
            }));
            HttpResponse<byte[]> response;
            try {
                response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                throw new AssertionError("no answer to " + r.method() + " " + target + " within " + BOUND, e);
            } catch (IOException e) {
                throw new AssertionError("the connection failed instead of an answer to " + r.method() + " " + target,
                        e);
            }
            status = response.statusCode();
            answer = new String(response.body(), StandardCharsets.UTF_8);
        } else {
            answer = raw(server, r, target);
            status = answer.matches("(?s)HTTP/1\\.1 \\d{3}.*") ? Integer.parseInt(answer.substring(9, 12)) : -1;
            assertThat(status).as("answer to %s %s over a raw socket: %s", r.method(), target, answer)
                    .isBetween(100, 599);
        }
        assertThat(status == 500 && answer.contains("InternalFailure"))
                .as("%s %s answered %d %s", r.method(), target, status, answer).isFalse();
    }

    /**
     * Sends the request as bytes on a new connection ({@code Connection: close}, the body's length as
     * {@code Content-Length}) and reads the answer to its end. Only CR, LF, space and tab are escaped in
     * the request target, and header lines with CR or LF are left out, so the request stays one request.
     */
    private static String raw(EndpointServer server, FuzzRequest r, String target) throws IOException {
        String method = r.method().isEmpty() || r.method().matches(".*[\\s].*") ? "POST" : r.method();
        StringBuilder head = new StringBuilder(method).append(' ')
                .append(target.replaceAll("[\\r\\n \\t]", "%20")).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\nContent-Length: ").append(r.body().length)
                .append("\r\n");
        r.headers().forEach((name, values) -> values.forEach(value -> {
            String n = name.strip();
            if (!n.isEmpty() && !n.matches("(?i)host|connection|content-length|transfer-encoding|expect")
                    && !(n + value).matches("(?s).*[\\r\\n].*") && n.indexOf(':') < 0) {
                head.append(n).append(": ").append(value).append("\r\n");
            }
        }));
        head.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout((int) BOUND.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(r.body());
            out.flush();
            socket.shutdownOutput();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (SocketException reset) {
                // The JDK's own request parser answers a target it cannot parse (400, Connection: close) and
                // closes without reading the rest of the request (no lingering close), so the kernel may reset
                // the connection after the answer went out: what counts is that the answer came first.
                if (!answer.toString(StandardCharsets.ISO_8859_1).matches("(?s)HTTP/1\\.1 \\d{3} .*\r\n\r\n.*")) {
                    throw new AssertionError("the connection was reset after " + answer.size()
                            + " bytes, before a whole answer to " + method + " " + target, reset);
                }
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer to " + method + " " + target + " within " + BOUND, e);
        }
    }

    /** Percent-encodes what a URI cannot hold as it is, keeping the characters paths and queries use. */
    private static String pathSafe(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~/?=&%:".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }
}
