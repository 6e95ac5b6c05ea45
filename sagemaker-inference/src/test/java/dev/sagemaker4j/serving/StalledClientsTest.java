/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/** Clients that stall mid-request neither freeze the server nor keep their connection for ever. */
class StalledClientsTest {
    /** What the stalled clients send: the start of a request, then nothing. */
    private static final String MID_HEADER = "POST /endpoints/ep1/invocations HTTP/1.1\r\nHo";
    /** A whole header promising 100 bytes of body, and 10 of them. */
    private static final String MID_BODY = "POST /endpoints/ep1/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: text/csv\r\nContent-Length: 100\r\n\r\n1,2,3,4,5,";

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
        EndpointServer server = builder.session(session).endpointName("ep1").start();
        closeables.add(server);
        return server;
    }

    private SageMakerRuntimeClient sdk(EndpointServer server) {
        SageMakerRuntimeClient client = SageMakerRuntimeClient.builder()
                .endpointOverride(URI.create(server.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClient(ApacheHttpClient.builder().build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(10)))
                .build();
        closeables.add(client);
        return client;
    }

    /** Opens a socket, sends {@code text} and leaves it open. */
    private Socket stall(EndpointServer server, String text) throws IOException {
        Socket s = new Socket();
        closeables.add(s);
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
        s.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private List<Socket> stallEight(EndpointServer server) throws Exception {
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stalled.add(stall(server, MID_HEADER));
            stalled.add(stall(server, MID_BODY));
        }
        Thread.sleep(300); // let the server take them all up
        return stalled;
    }

    @Test
    void eightSocketsStalledMidHeaderAndMidBody_pingAndInvocationsOfOthersAnsweredWhileTheyStayOpen() throws Exception {
        // two invocation threads: before the fix, stalled sockets held every one of them
        // header and body timeouts far beyond the clients' 10 s: a server that answered only once it had closed
        // the stalled sockets would time the requests out
        EndpointServer server = start(EndpointServer.builder().threads(2).headerTimeout(Duration.ofSeconds(120))
                .bodyTimeout(Duration.ofSeconds(120)));
        SageMakerRuntimeClient client = sdk(server);
        assertThat(client.invokeEndpoint(b -> b.endpointName("ep1").contentType("text/csv")
                .body(SdkBytes.fromUtf8String("warm"))).body().asUtf8String()).isEqualTo("warm");
        List<Socket> stalled = stallEight(server);

        for (int i = 0; i < 3; i++) {
            String body = "1.0,2.0," + i;
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/ping"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String echoed = client.invokeEndpoint(b -> b.endpointName("ep1").contentType("text/csv")
                    .body(SdkBytes.fromUtf8String(body))).body().asUtf8String();

            assertThat(ping.statusCode()).isEqualTo(200);
            assertThat(echoed).isEqualTo(body);
        }
        // the others were answered while every stalled socket was still held open, not after closing them
        for (Socket s : stalled) {
            assertThat(stillOpen(s)).as("a stalled socket is still open").isTrue();
        }
    }

    /** {@code true} when the server has neither closed {@code s} nor answered on it (a short read times out). */
    private static boolean stillOpen(Socket s) throws IOException {
        s.setSoTimeout(50);
        try {
            s.getInputStream().read();
            return false;
        } catch (SocketTimeoutException open) {
            return true;
        } catch (SocketException reset) {
            return false;
        }
    }

    @Test
    void socketsStalledMidHeaderAndMidBody_closedAfterTheirTimeouts() throws Exception {
        EndpointServer server = start(EndpointServer.builder().headerTimeout(Duration.ofMillis(500))
                .bodyTimeout(Duration.ofMillis(500)));
        List<Socket> stalled = stallEight(server);

        for (Socket s : stalled) {
            s.setSoTimeout(10_000);
            assertThat(readUntilClosed(s.getInputStream())).as("closed by the server, not timed out here").isTrue();
        }
        assertThat(sdk(server).invokeEndpoint(b -> b.endpointName("ep1").contentType("text/csv")
                .body(SdkBytes.fromUtf8String("after"))).body().asUtf8String()).isEqualTo("after");
    }

    @Test
    void maxConnections_reachedByStalledSockets_newConnectionClosedThenServedOnceTheyGo() throws Exception {
        // a header timeout long enough that the stalled sockets keep their slots while a loaded machine is slow
        EndpointServer server = start(EndpointServer.builder().maxConnections(3).headerTimeout(Duration.ofSeconds(40)));
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stalled.add(stall(server, MID_HEADER));
        }
        // the stalled sockets hold their slots once the server has taken them in, which a loaded machine may
        // delay: a ping is tried until one is refused (at most 30 s, well inside the 40 s header timeout)
        boolean refused = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!refused && System.nanoTime() < deadline) {
            Thread.sleep(200);
            try (Socket extra = stall(server, "GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")) {
                extra.setSoTimeout(10_000);
                refused = readUntilClosed(extra.getInputStream());
            } catch (SocketException closedWhileWriting) {
                refused = true;
            }
        }
        assertThat(refused).as("a connection over maxConnections is closed unanswered").isTrue();

        for (Socket s : stalled) {
            s.close();
        }
        Thread.sleep(300);
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/ping"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
    }

    /**
     * Reads until the server closes the connection; {@code true} when it did (end of stream or reset),
     * and {@code false} when it answered something instead.
     */
    private static boolean readUntilClosed(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketException reset) {
            return true;
        }
    }
}
