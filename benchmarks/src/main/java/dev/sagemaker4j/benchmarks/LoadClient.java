/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One keep-alive HTTP/1.1 connection that sends the same pre-built POST again and again and reads
 * each answer: the lean client of {@link EndpointServerLoad}. It writes the whole request in one
 * {@code write}, reads the answer into a reused buffer and parses only the status code and
 * {@code Content-Length}, so that on a small machine the load generator takes as little of the CPU as
 * it can. Not thread-safe: one per client thread. Close it to close the socket.
 */
final class LoadClient implements AutoCloseable {
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;
    private byte[] buffer = new byte[8192];
    private int bodyStart;
    private int bodyLength;

    /**
     * Connects to a loopback port.
     *
     * @param port        the server's port
     * @param path        the request path, e.g. {@code /endpoints/e/invocations}
     * @param contentType the request's content type
     * @param accept      the accept type
     * @param body        the request body
     * @throws IOException when the connection fails
     */
    LoadClient(int port, String path, String contentType, String accept, byte[] body) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + contentType
                + "\r\nAccept: " + accept + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /**
     * Sends the request and reads the whole answer.
     *
     * @return the status code
     * @throws IOException when the connection fails or the answer is not HTTP with a Content-Length
     */
    int post() throws IOException {
        out.write(request);
        int n = 0;
        int headerEnd = -1;
        int length = -1;
        while (true) {
            if (n == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int r = in.read(buffer, n, buffer.length - n);
            if (r < 0) {
                throw new EOFException("the server closed the connection after " + n + " bytes of an answer");
            }
            int from = Math.max(0, n - 3);
            n += r;
            if (headerEnd < 0) {
                headerEnd = indexOfBlankLine(buffer, from, n);
                if (headerEnd >= 0) {
                    length = contentLength(buffer, headerEnd);
                }
            }
            if (headerEnd >= 0 && n >= headerEnd + length) {
                bodyStart = headerEnd;
                bodyLength = length;
                return status(buffer);
            }
        }
    }

    /**
     * The body of the last answer.
     *
     * @return a copy of its bytes
     */
    byte[] body() {
        return Arrays.copyOfRange(buffer, bodyStart, bodyStart + bodyLength);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The index just past the first CRLF CRLF in {@code [from, to)}, or -1. */
    private static int indexOfBlankLine(byte[] b, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    private static int contentLength(byte[] b, int headerEnd) throws IOException {
        for (int i = 0; i + CONTENT_LENGTH.length < headerEnd; i++) {
            if (b[i] == '\n' && matches(b, i + 1)) {
                int v = 0;
                int j = i + 1 + CONTENT_LENGTH.length;
                while (b[j] == ' ') {
                    j++;
                }
                while (b[j] >= '0' && b[j] <= '9') {
                    v = v * 10 + (b[j++] - '0');
                }
                return v;
            }
        }
        throw new IOException("an answer without Content-Length: "
                + new String(b, 0, headerEnd, StandardCharsets.US_ASCII));
    }

    private static boolean matches(byte[] b, int at) {
        for (int k = 0; k < CONTENT_LENGTH.length; k++) {
            if (Character.toLowerCase(b[at + k]) != CONTENT_LENGTH[k]) {
                return false;
            }
        }
        return true;
    }

    /** The status code of {@code HTTP/1.1 200 OK}. */
    private static int status(byte[] b) {
        return (b[9] - '0') * 100 + (b[10] - '0') * 10 + (b[11] - '0');
    }
}
