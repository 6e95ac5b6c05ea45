/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;

/**
 * Requests signed by the AWS SDK v2 against a server with keys: the body is checked against the signature,
 * old requests are not accepted again, and the keys guard every route.
 */
class SignedInvocationsTest {
    private static final String KEY = "AKIDLOCAL";
    private static final String SECRET = "local-secret";

    @TempDir
    Path root;

    private Session session;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void openSession() {
        session = Session.builder().backend("fake-runtime").root(root).build();
        closeables.add(session);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private EndpointServer start(boolean controlPlane) {
        EndpointServer server = EndpointServer.builder().session(session).endpointName("ep1")
                .controlPlane(controlPlane).credentials(Map.of(KEY, SECRET)).start();
        closeables.add(server);
        return server;
    }

    private SageMakerRuntimeClient sdk(EndpointServer server, ExecutionInterceptor interceptor) {
        SageMakerRuntimeClient client = SageMakerRuntimeClient.builder()
                .endpointOverride(URI.create(server.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)))
                .httpClient(ApacheHttpClient.builder().build())
                .overrideConfiguration(o -> {
                    o.retryStrategy(AwsRetryStrategy.doNotRetry());
                    if (interceptor != null) {
                        o.addExecutionInterceptor(interceptor);
                    }
                })
                .build();
        closeables.add(client);
        return client;
    }

    /** A request as it went on the wire: the signed headers and the body. */
    private record Wire(SdkHttpRequest request, byte[] body) {
    }

    /** Sends a real SDK invocation and keeps the signed request the SDK sent. */
    private Wire sdkInvocation(EndpointServer server, String body) {
        AtomicReference<Wire> sent = new AtomicReference<>();
        ExecutionInterceptor capture = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                byte[] bytes = context.requestBody().map(b -> {
                    try (InputStream in = b.contentStreamProvider().newStream()) {
                        return in.readAllBytes();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).orElse(new byte[0]);
                sent.set(new Wire(context.httpRequest(), bytes));
            }
        };
        String echoed = sdk(server, capture).invokeEndpoint(b -> b.endpointName("ep1").contentType("text/csv")
                .body(SdkBytes.fromUtf8String(body))).body().asUtf8String();
        assertThat(echoed).isEqualTo(body);
        return sent.get();
    }

    /** The answer to a raw request: status, headers (names in lower case) and body. */
    private record Answer(int status, Map<String, String> headers, String body) {
    }

    /** Sends exactly these headers and body on a fresh connection. */
    private static Answer replay(EndpointServer server, SdkHttpRequest request, Map<String, String> extraHeaders,
                                 byte[] body) throws IOException {
        StringBuilder head = new StringBuilder();
        head.append(request.method().name()).append(' ').append(request.encodedPath())
                .append(request.encodedQueryParameters().map(q -> "?" + q).orElse("")).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            if (h.getKey().equalsIgnoreCase("Content-Length") || h.getKey().equalsIgnoreCase("Expect")) {
                continue;
            }
            host |= h.getKey().equalsIgnoreCase("Host");
            for (String v : h.getValue()) {
                head.append(h.getKey()).append(": ").append(v).append("\r\n");
            }
        }
        if (!host) {
            head.append("Host: ").append(request.host()).append(':').append(request.port()).append("\r\n");
        }
        extraHeaders.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(s.getInputStream().readAllBytes());
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    private static String sha256(byte[] body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }

    /** Signs an invocation with the SDK's own SigV4 signer, as of {@code when}. */
    private static SignedRequest signAt(EndpointServer server, Instant when, String body) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create(server.url() + "/endpoints/ep1/invocations"))
                .putHeader("Content-Type", "text/csv").build();
        return AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create(KEY, SECRET))
                .request(request).payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sagemaker")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(when, ZoneOffset.UTC)));
    }

    @Test
    void sdkRequest_replayedAsIs_isServed() throws Exception {
        EndpointServer server = start(true);
        Wire wire = sdkInvocation(server, "1.0,2.0,3.0");

        Answer again = replay(server, wire.request(), Map.of(), wire.body());

        // within the 15 minutes, as on the service: this proves the replay itself is faithful
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("1.0,2.0,3.0");
    }

    @Test
    void sdkRequest_replayedWithAnotherBody_400XAmzContentSHA256Mismatch() throws Exception {
        EndpointServer server = start(true);
        Wire wire = sdkInvocation(server, "1.0,2.0,3.0");
        // the SDK signs X-Amz-Content-Sha256 (the original body's hash): the signature stays valid
        assertThat(wire.request().firstMatchingHeader("x-amz-content-sha256")).hasValue(sha256(wire.body()));
        byte[] substituted = "6.6,6.6,6.6".getBytes(StandardCharsets.UTF_8);

        Answer claimed = replay(server, wire.request(), Map.of(), substituted);
        Answer unclaimed = replay(server, wire.request().toBuilder().removeHeader("x-amz-content-sha256").build(),
                Map.of(), substituted);

        assertThat(claimed.status()).isEqualTo(400);
        assertThat(claimed.headers()).containsEntry("x-amzn-errortype", "XAmzContentSHA256Mismatch");
        assertThat(claimed.body()).contains("The provided 'x-amz-content-sha256' header does not match what was"
                + " computed.").doesNotContain("6.6");
        assertThat(unclaimed.status()).isEqualTo(403);
        assertThat(unclaimed.headers()).containsEntry("x-amzn-errortype", "InvalidSignatureException");
    }

    @Test
    void requestSignedTwentyMinutesAgoOrIn2020_403SignatureExpired() throws Exception {
        EndpointServer server = start(true);
        SignedRequest fresh = signAt(server, Instant.now(), "1,2");
        SignedRequest stale = signAt(server, Instant.now().minus(Duration.ofMinutes(20)), "1,2");
        SignedRequest ancient = signAt(server, Instant.parse("2020-01-01T00:00:00Z"), "1,2");
        byte[] body = "1,2".getBytes(StandardCharsets.UTF_8);

        Answer ok = replay(server, fresh.request(), Map.of(), body);
        Answer late = replay(server, stale.request(), Map.of(), body);
        Answer old = replay(server, ancient.request(), Map.of(), body);

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1,2");
        for (Answer refused : List.of(late, old)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.headers()).containsEntry("x-amzn-errortype", "InvalidSignatureException");
            assertThat(refused.body()).contains("Signature expired: ").contains(" is now earlier than ")
                    .contains(" - 15 min.)");
        }
        assertThat(old.body()).contains("20200101T000000Z is now earlier than");
    }

    @Test
    void requestSignedTwentyMinutesAhead_403SignatureNotYetCurrent() throws Exception {
        EndpointServer server = start(true);
        SignedRequest future = signAt(server, Instant.now().plus(Duration.ofMinutes(20)), "1,2");

        Answer answer = replay(server, future.request(), Map.of(), "1,2".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("Signature not yet current");
    }

    @Test
    void unsignedRequestAnnouncingAHugeBody_refusedWithoutReadingTheBody() throws Exception {
        EndpointServer server = start(true);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST /endpoints/ep1/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: 60000000\r\n\r\n1,2,3").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            for (int c = in.read(); c >= 0 && head.size() < 12; c = in.read()) {
                head.write(c);
            }
            // answered at once, although 59,999,995 bytes of body never came
            assertThat(head.toString(StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 403");
        }
    }

    @Test
    void credentialsWithoutControlPlane_unsignedInvocationAndPing403_signedInvocationServed() throws Exception {
        EndpointServer server = start(false);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

        var invocation = http.send(java.net.http.HttpRequest.newBuilder(URI.create(server.url()
                        + "/endpoints/ep1/invocations")).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("1,2")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var container = http.send(java.net.http.HttpRequest.newBuilder(URI.create(server.url() + "/invocations"))
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString("1,2"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        var ping = http.send(java.net.http.HttpRequest.newBuilder(URI.create(server.url() + "/ping")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(invocation.statusCode()).isEqualTo(403);
        assertThat(invocation.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
        assertThat(container.statusCode()).isEqualTo(403);
        assertThat(ping.statusCode()).isEqualTo(403);
        assertThat(sdkInvocation(server, "4,5,6").body()).isEqualTo("4,5,6".getBytes(StandardCharsets.UTF_8));
        SageMakerRuntimeClient wrongSecret = SageMakerRuntimeClient.builder()
                .endpointOverride(URI.create(server.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, "nope")))
                .httpClient(ApacheHttpClient.builder().build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        closeables.add(wrongSecret);
        assertThatThrownBy(() -> wrongSecret.invokeEndpoint(b -> b.endpointName("ep1").contentType("text/csv")
                .body(SdkBytes.fromUtf8String("1")))).isInstanceOfSatisfying(SageMakerRuntimeException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(403));
    }
}
