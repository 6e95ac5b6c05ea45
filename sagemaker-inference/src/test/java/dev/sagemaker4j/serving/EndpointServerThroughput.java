/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import dev.sagemaker4j.Session;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A quick throughput check of {@link EndpointServer} with the echo model of the {@code fake-runtime}
 * test backend: N keep-alive clients send small requests back to back for a while and report
 * requests per second and latency percentiles. Not a unit test and not the benchmark (that lives in
 * {@code benchmarks/}); run it by hand:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) dev.sagemaker4j.serving.EndpointServerThroughput \
 *     [httpclient|socket] [clients=8] [seconds=10]
 * </pre>
 *
 * {@code httpclient} uses {@link java.net.http.HttpClient} (whose own cost is part of the number);
 * {@code socket} writes pre-built HTTP/1.1 requests on plain sockets, which shows more of the
 * server's own capacity.
 */
public final class EndpointServerThroughput {
    private EndpointServerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "httpclient";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path root = Files.createTempDirectory("throughput");
        try (Session session = Session.builder().backend("fake-runtime").root(root).build();
             EndpointServer server = EndpointServer.builder().session(session).start()) {
            run(server, mode, clients, 3, false);
            run(server, mode, clients, seconds, true);
        }
    }

    private static void run(EndpointServer server, String mode, int clients, int seconds, boolean report)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/endpoints/echo/invocations"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("1.0,2.0,3.0")).build();
        for (int c = 0; c < clients; c++) {
            int id = c;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 20];
                int n = 0;
                try (Socket socket = "socket".equals(mode) ? new Socket(InetAddress.getLoopbackAddress(), server.port())
                        : null) {
                    byte[] raw = ("POST /endpoints/echo/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/csv\r\n"
                            + "Content-Length: 11\r\n\r\n1.0,2.0,3.0").getBytes(StandardCharsets.US_ASCII);
                    byte[] buf = new byte[4096];
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        if (socket != null) {
                            socket.setTcpNoDelay(true);
                            OutputStream out = socket.getOutputStream();
                            out.write(raw);
                            out.flush();
                            readResponse(socket.getInputStream(), buf);
                        } else {
                            try {
                                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                                if (r.statusCode() != 200) {
                                    throw new IllegalStateException("status " + r.statusCode());
                                }
                            } catch (java.io.IOException e) {
                                // JDK 17's HttpClient sometimes closes a pooled connection while reusing it
                                // ("connection closed locally"); count it and go on
                                errors.incrementAndGet();
                                continue;
                            }
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = System.nanoTime() - t0;
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    latencies[id] = Arrays.copyOf(lat, n);
                    counts[id] = n;
                    done.countDown();
                }
            });
            t.start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        if (!report) {
            return;
        }
        long total = Arrays.stream(counts).sum();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%s, %d clients, %d s: %,.0f requests/s; latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms,"
                        + " max %.3f ms; %d client errors%n", mode, clients, seconds, total / (double) seconds,
                pct(all, 0.50), pct(all, 0.99), pct(all, 0.999), all[all.length - 1] / 1e6, errors.get());
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    /** Reads one response with a Content-Length body off a keep-alive connection. */
    private static void readResponse(InputStream in, byte[] buf) throws java.io.IOException {
        int n = 0;
        int headerEnd = -1;
        int contentLength = -1;
        while (true) {
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                throw new java.io.EOFException();
            }
            n += r;
            if (headerEnd < 0) {
                String s = new String(buf, 0, n, StandardCharsets.US_ASCII);
                int i = s.indexOf("\r\n\r\n");
                if (i >= 0) {
                    headerEnd = i + 4;
                    int cl = s.toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
                    contentLength = Integer.parseInt(s.substring(cl + 15, s.indexOf("\r\n", cl)).trim());
                }
            }
            if (headerEnd >= 0 && n >= headerEnd + contentLength) {
                return;
            }
        }
    }
}
