/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InternalFailureException;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;
import software.amazon.awssdk.services.sagemakerruntime.model.SageMakerRuntimeException;
import software.amazon.awssdk.services.sagemakerruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.sagemakerruntime.model.ValidationErrorException;

class EndpointServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private Session session;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

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

    private EndpointServer start(EndpointServer.Builder builder) {
        EndpointServer server = builder.session(session).start();
        closeables.add(server);
        return server;
    }

    private EndpointServer start() {
        return start(EndpointServer.builder());
    }

    private SageMakerRuntimeClient sdk(EndpointServer server) {
        SageMakerRuntimeClient client = SageMakerRuntimeClient.builder()
                .endpointOverride(URI.create(server.url()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClient(ApacheHttpClient.builder().build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        closeables.add(client);
        return client;
    }

    private FakeRuntimeBackendProvider.FakeBackend fake() {
        return (FakeRuntimeBackendProvider.FakeBackend) session.backend();
    }

    private static InvokeEndpointRequest csv(String endpoint, String body) {
        return InvokeEndpointRequest.builder().endpointName(endpoint).contentType("text/csv")
                .body(SdkBytes.fromUtf8String(body)).build();
    }

    private HttpResponse<String> post(EndpointServer server, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(EndpointServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---- Runtime API through the AWS SDK ----

    @Test
    void invokeEndpoint_throughSdk_roundTripsBodyAndEveryHeader() {
        EndpointServer server = start();

        InvokeEndpointResponse response = sdk(server).invokeEndpoint(InvokeEndpointRequest.builder()
                .endpointName("my-endpoint").contentType("text/csv").accept("application/json")
                .customAttributes("trace=1").targetModel("model-a.tar.gz").targetVariant("Blue")
                .inferenceId("inference-1").body(SdkBytes.fromUtf8String("1.0,2.0,3.0")).build());

        assertThat(response.body().asUtf8String()).isEqualTo("1.0,2.0,3.0");
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.invokedProductionVariant()).isEqualTo("Blue");
        assertThat(response.customAttributes()).isEqualTo("echo;trace=1");
        assertThat(response.responseMetadata().requestId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-.*");
        InvokeEndpointRequest seen = fake().lastRequest.get();
        assertThat(seen.endpointName()).isEqualTo("my-endpoint");
        assertThat(seen.contentType()).isEqualTo("text/csv");
        assertThat(seen.accept()).isEqualTo("application/json");
        assertThat(seen.customAttributes()).isEqualTo("trace=1");
        assertThat(seen.targetModel()).isEqualTo("model-a.tar.gz");
        assertThat(seen.targetVariant()).isEqualTo("Blue");
        assertThat(seen.inferenceId()).isEqualTo("inference-1");
    }

    @Test
    void invokeEndpoint_emptyAnswerWithoutOptionalHeaders_sdkSeesEmptyBody() {
        EndpointServer server = start();

        InvokeEndpointResponse response = sdk(server).invokeEndpoint(InvokeEndpointRequest.builder()
                .endpointName("my-endpoint").contentType("application/octet-stream")
                .body(SdkBytes.fromByteArray(new byte[0])).build());

        assertThat(response.body().asByteArray()).isEmpty();
        assertThat(response.customAttributes()).isNull();
        assertThat(response.invokedProductionVariant()).isEqualTo("AllTraffic");
        assertThat(fake().lastRequest.get().customAttributes()).isNull();
    }

    @Test
    void invokeEndpoint_modelError_sdkThrowsModelErrorWithOriginalStatusAndMessage() {
        EndpointServer server = start();

        ModelErrorException e = catchThrowableOfType(ModelErrorException.class,
                () -> sdk(server).invokeEndpoint(csv("model-error", "1,2")));

        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(424);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ModelError");
        assertThat(e.originalStatusCode()).isEqualTo(415);
        assertThat(e.originalMessage()).isEqualTo("text/plain is not supported; send text/csv");
        assertThat(e.logStreamArn())
                .isEqualTo("arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/Endpoints/model-error");
        assertThat(e.awsErrorDetails().errorMessage())
                .startsWith("Received client error (415) from primary with message \"text/plain is not supported");
        assertThat(e.requestId()).isNotBlank();
    }

    @Test
    void invokeEndpoint_validationException_sdkThrowsValidationError() {
        EndpointServer server = start();

        ValidationErrorException e = catchThrowableOfType(ValidationErrorException.class,
                () -> sdk(server).invokeEndpoint(csv("invalid", "1,2")));

        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).contains("ContentType").contains("send text/csv");
    }

    @Test
    void invokeEndpoint_unknownEndpoint_validationErrorInTheServicesWords() {
        EndpointServer server = start();

        ValidationErrorException e = catchThrowableOfType(ValidationErrorException.class,
                () -> sdk(server).invokeEndpoint(csv("missing", "1,2")));

        assertThat(e).isNotNull();
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Endpoint missing of account 123456789012 not found.");
    }

    @Test
    void invokeEndpoint_endpointNameBreakingTheServicePattern_validationErrorWithoutCallingTheModel() {
        EndpointServer server = start();

        ValidationErrorException e = catchThrowableOfType(ValidationErrorException.class,
                () -> sdk(server).invokeEndpoint(csv("bad_name", "1,2")));

        assertThat(e).isNotNull();
        assertThat(e.awsErrorDetails().errorMessage()).contains("'bad_name' at 'endpointName'");
        assertThat(fake().invocations).hasValue(0);
    }

    @Test
    void invokeEndpoint_customAttributesOver1024Characters_validationError() {
        EndpointServer server = start();

        ValidationErrorException e = catchThrowableOfType(ValidationErrorException.class,
                () -> sdk(server).invokeEndpoint(
                        csv("my-endpoint", "1").toBuilder().customAttributes("a".repeat(1025)).build()));

        assertThat(e).isNotNull();
        assertThat(e.awsErrorDetails().errorMessage())
                .contains("'customAttributes' failed to satisfy constraint: Member must have length less than or"
                        + " equal to 1024");
        assertThat(fake().invocations).hasValue(0);
    }

    @Test
    void invokeEndpoint_throttled_sdkThrowsServiceUnavailable() {
        EndpointServer server = start();

        ServiceUnavailableException e = catchThrowableOfType(ServiceUnavailableException.class,
                () -> sdk(server).invokeEndpoint(csv("throttled", "1,2")));

        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.awsErrorDetails().errorMessage()).contains("at capacity");
    }

    @Test
    void invokeEndpoint_unexpectedException_sdkThrowsInternalFailure() {
        EndpointServer server = start();

        InternalFailureException e = catchThrowableOfType(InternalFailureException.class,
                () -> sdk(server).invokeEndpoint(csv("broken", "1,2")));

        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.awsErrorDetails().errorMessage()).contains("the model crashed");
    }

    @Test
    void invokeEndpoint_bodyFarOverTheLimit_sdkGets413WithoutCallingTheModel() {
        EndpointServer server = start(EndpointServer.builder().maxPayloadBytes(1024));
        SageMakerRuntimeClient client = sdk(server);

        // 3 MB: far more than socket buffers hold, so the client is still sending when the answer is ready
        SageMakerRuntimeException e = catchThrowableOfType(SageMakerRuntimeException.class,
                () -> client.invokeEndpoint(csv("my-endpoint", "x".repeat(3 * 1024 * 1024))));

        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(413);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("HTTP content length exceeded 1024 bytes.");
        assertThat(fake().invocations).hasValue(0);
        assertThat(client.invokeEndpoint(csv("my-endpoint", "x".repeat(1024))).body().asUtf8String())
                .hasSize(1024);
    }

    @Test
    void invokeEndpoint_chunkedBodyOverTheLimit_413() throws Exception {
        EndpointServer server = start(EndpointServer.builder().maxPayloadBytes(1024));
        byte[] big = new byte[5000];

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/endpoints/my-endpoint/invocations"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("message").asText())
                .isEqualTo("HTTP content length exceeded 1024 bytes.");
        assertThat(fake().invocations).hasValue(0);
    }

    @Test
    void invokeEndpoint_modelSlowerThanTheTimeout_modelErrorBeforeTheModelReturns() {
        EndpointServer server = start(EndpointServer.builder().invocationTimeout(Duration.ofMillis(200)));
        SageMakerRuntimeClient client = sdk(server);

        ModelErrorException e = catchThrowableOfType(ModelErrorException.class,
                () -> client.invokeEndpoint(csv("my-endpoint", "sleep=3000")));

        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(424);
        assertThat(e.originalStatusCode()).isEqualTo(0);
        assertThat(e.originalMessage()).startsWith("Your invocation timed out while waiting for a response from"
                + " container primary.");
        // the error came while the 3 s model call was still running
        assertThat(fake().completed).hasValue(0);
        assertThat(client.invokeEndpoint(csv("my-endpoint", "after")).body().asUtf8String()).isEqualTo("after");
    }

    // ---- container contract ----

    @Test
    void ping_endpointInService_200WithEmptyBody() throws Exception {
        EndpointServer server = start(EndpointServer.builder().endpointName("my-endpoint"));

        HttpResponse<String> response = get(server, "/ping");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void ping_endpointCreating_503() throws Exception {
        EndpointServer server = start(EndpointServer.builder().endpointName("creating"));

        HttpResponse<String> response = get(server, "/ping");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceUnavailable");
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("Creating");
    }

    @Test
    void ping_head_statusWithoutBody() throws Exception {
        EndpointServer inService = start(EndpointServer.builder().endpointName("my-endpoint"));
        EndpointServer creating = start(EndpointServer.builder().endpointName("creating"));

        HttpResponse<String> up = http.send(HttpRequest.newBuilder(URI.create(inService.url() + "/ping"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> down = http.send(HttpRequest.newBuilder(URI.create(creating.url() + "/ping"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEmpty();
        assertThat(get(creating, "/ping").statusCode()).isEqualTo(503);
    }

    @Test
    void ping_endpointMissing_503() throws Exception {
        EndpointServer server = start(EndpointServer.builder().endpointName("missing"));

        HttpResponse<String> response = get(server, "/ping");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("missing");
    }

    @Test
    void ping_noEndpointConfigured_404ErrorJson() throws Exception {
        EndpointServer server = start();

        HttpResponse<String> ping = get(server, "/ping");
        HttpResponse<String> invocations = post(server, "/invocations", "text/csv", "1,2");

        assertThat(ping.statusCode()).isEqualTo(404);
        assertThat(invocations.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(ping.body()).path("message").asText()).contains("endpointName(");
        assertThat(fake().invocations).hasValue(0);
    }

    @Test
    void invocations_containerContract_answersWithTheModelsBodyAndHeaders() throws Exception {
        EndpointServer server = start(EndpointServer.builder().endpointName("my-endpoint"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/invocations"))
                .header("Content-Type", "text/csv").header("Accept", "text/plain")
                .header("X-Amzn-SageMaker-Custom-Attributes", "c=1")
                .header("X-Amzn-SageMaker-Target-Model", "m2.tar.gz")
                .header("X-Amzn-SageMaker-Inference-Id", "id-9")
                .POST(HttpRequest.BodyPublishers.ofString("4,5")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("4,5");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(response.headers().firstValue("X-Amzn-SageMaker-Custom-Attributes")).hasValue("echo;c=1");
        InvokeEndpointRequest seen = fake().lastRequest.get();
        assertThat(seen.endpointName()).isEqualTo("my-endpoint");
        assertThat(seen.targetModel()).isEqualTo("m2.tar.gz");
        assertThat(seen.inferenceId()).isEqualTo("id-9");
    }

    @Test
    void invocations_modelError_answersTheModelsOwnStatusAndMessage() throws Exception {
        EndpointServer server = start(EndpointServer.builder().endpointName("model-error"));

        HttpResponse<String> response = post(server, "/invocations", "text/plain", "hello");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).isEqualTo("text/plain is not supported; send text/csv");
    }

    @Test
    void invocations_validationException_answersTheServiceErrorShape() throws Exception {
        EndpointServer server = start(EndpointServer.builder().endpointName("invalid"));

        HttpResponse<String> response = post(server, "/invocations", "text/plain", "hello");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationError");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("ContentType");
    }

    // ---- routing ----

    @Test
    void unknownPath_404InTheServiceErrorShape() throws Exception {
        EndpointServer server = start();

        HttpResponse<String> response = get(server, "/endpoints/my-endpoint/models");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("message").asText()).contains("GET /endpoints/my-endpoint/models");
    }

    @Test
    void wrongMethod_405NamingTheAllowedOne() throws Exception {
        EndpointServer server = start(EndpointServer.builder().endpointName("my-endpoint"));

        HttpResponse<String> invoke = get(server, "/endpoints/my-endpoint/invocations");
        HttpResponse<String> ping = post(server, "/ping", "text/plain", "x");

        assertThat(invoke.statusCode()).isEqualTo(405);
        assertThat(invoke.headers().firstValue("Allow")).hasValue("POST");
        assertThat(ping.statusCode()).isEqualTo(405);
        assertThat(ping.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(fake().invocations).hasValue(0);
    }

    // ---- load and robustness ----

    @Test
    void invokeEndpoint_manyParallelRequests_allAnsweredWithTheirOwnBody() throws Exception {
        EndpointServer server = start(EndpointServer.builder().threads(4));
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String body = "request-" + i;
                answers.add(clients.submit(() -> post(server, "/endpoints/e" + (body.length() % 3)
                        + "/invocations", "text/plain", body).body()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("request-" + i);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(fake().invocations).hasValue(400);
    }

    @Test
    void invokeEndpoint_overloaded_extraRequestsGet503AtOnceWhileOthersSucceed() throws Exception {
        EndpointServer server = start(EndpointServer.builder().threads(1).maxQueuedRequests(1));
        long slowMillis = 4000;
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        List<Integer> completionOrder = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CompletableFuture<HttpResponse<String>> call = http.sendAsync(HttpRequest.newBuilder(
                            URI.create(server.url() + "/endpoints/slow/invocations"))
                    .POST(HttpRequest.BodyPublishers.ofString("sleep=" + slowMillis)).build(),
                    HttpResponse.BodyHandlers.ofString());
            calls.add(call.whenComplete((r, e) -> {
                synchronized (completionOrder) {
                    completionOrder.add(r == null ? -1 : r.statusCode());
                }
            }));
        }

        int ok = 0;
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get(30, TimeUnit.SECONDS);
            if (response.statusCode() == 200) {
                ok++;
            } else {
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceUnavailable");
                refused++;
            }
        }
        assertThat(ok).isBetween(1, 2);
        assertThat(refused).isEqualTo(6 - ok);
        // the refusals come back before the slow model answered anything: every 503 precedes the first 200
        List<Integer> order;
        synchronized (completionOrder) {
            order = new ArrayList<>(completionOrder);
        }
        assertThat(order.subList(0, refused)).as("completion order %s", order).containsOnly(503);
        assertThat(post(server, "/endpoints/fast/invocations", "text/plain", "again").body()).isEqualTo("again");
    }

    @Test
    void server_afterGarbageAndBrokenRequests_keepsServing() throws Exception {
        EndpointServer server = start(EndpointServer.builder().maxPayloadBytes(100));
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
        try (Socket s = new Socket()) {
            s.connect(address, 5000);
            s.getOutputStream().write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.setSoTimeout(5000);
            s.getInputStream().readAllBytes();
        }
        try (Socket s = new Socket()) {
            // promises 50 bytes, sends 3 and goes away
            s.connect(address, 5000);
            s.getOutputStream().write(("POST /endpoints/e/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\nabc")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        try (Socket s = new Socket()) {
            s.connect(address, 5000);
            s.getOutputStream().write(("POST /endpoints/e/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: nope\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.setSoTimeout(5000);
            s.getInputStream().readAllBytes();
        }
        assertThat(post(server, "/endpoints/e/invocations", "text/plain", "x".repeat(500)).statusCode()).isEqualTo(413);
        assertThat(post(server, "/endpoints/broken/invocations", "text/plain", "x").statusCode()).isEqualTo(500);
        assertThat(post(server, "/nowhere", "text/plain", "x").statusCode()).isEqualTo(404);

        HttpResponse<String> response = post(server, "/endpoints/e/invocations", "text/plain", "still here");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("still here");
    }

    @Test
    void invokeEndpoint_twoRequestsOnOneConnection_bothAnsweredOnIt() throws Exception {
        EndpointServer server = start();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();

            String first = exchange(out, in, "one");
            String second = exchange(out, in, "two");

            assertThat(first).startsWith("HTTP/1.1 200").endsWith("\r\n\r\none");
            assertThat(second).startsWith("HTTP/1.1 200").endsWith("\r\n\r\ntwo");
        }
    }

    /** Sends one keep-alive request and reads its answer (a 3-byte body) off the socket. */
    private static String exchange(OutputStream out, InputStream in, String body) throws IOException {
        out.write(("POST /endpoints/e/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        StringBuilder sb = new StringBuilder();
        while (!(sb.indexOf("\r\n\r\n") >= 0 && sb.length() - sb.indexOf("\r\n\r\n") - 4 == body.length())) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    // ---- lifecycle and configuration ----

    @Test
    void close_releasesThePort() throws Exception {
        EndpointServer server = EndpointServer.builder().session(session).start();
        int port = server.port();
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(get(server, "/nowhere").statusCode()).isEqualTo(404);

        server.close();
        server.close();

        assertThatThrownBy(() -> get(server, "/nowhere")).isInstanceOf(ConnectException.class);
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void start_portInUse_validationExceptionNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(EndpointServer.builder().port(taken.getLocalPort())))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("port")
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    @Test
    void start_withoutSession_validationException() {
        assertThatThrownBy(() -> EndpointServer.builder().start())
                .isInstanceOf(ValidationException.class).hasMessageContaining("session");
    }

    @Test
    void builder_badSettings_validationExceptionsNamingTheField() {
        EndpointServer.Builder b = EndpointServer.builder();

        assertThatThrownBy(() -> b.port(70000)).isInstanceOf(ValidationException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> b.threads(0)).isInstanceOf(ValidationException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> b.maxQueuedRequests(-1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("maxQueuedRequests");
        assertThatThrownBy(() -> b.maxPayloadBytes(0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("maxPayloadBytes");
        assertThatThrownBy(() -> b.invocationTimeout(Duration.ZERO)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("invocationTimeout");
        assertThatThrownBy(() -> b.endpointName("no_underscores")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("endpointName");
    }

    @Test
    void endpointName_givenOrNot_reportedBack() {
        EndpointServer with = start(EndpointServer.builder().endpointName("my-endpoint"));
        EndpointServer without = start();

        assertThat(with.endpointName()).hasValue("my-endpoint");
        assertThat(without.endpointName()).isEmpty();
        assertThat(with.toString()).contains(with.url()).contains("my-endpoint");
    }
}
