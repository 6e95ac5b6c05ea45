/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The row encoder of sagemaker4j before the cell form (commit c41b358), kept verbatim as a fixture:
 * the values every store written until then holds, which the current code must still read.
 */
final class TextFormRows {
    private TextFormRows() {
    }

    static byte[] encode(long a, long b, byte flags, String[] values) {
        int count = 0;
        int size = 2;
        byte[][] bytes = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                bytes[i] = values[i].getBytes(StandardCharsets.UTF_8);
                size += 6 + bytes[i].length;
                count++;
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(size);
        buf.putShort((short) count);
        for (int i = 0; i < values.length; i++) {
            if (bytes[i] != null) {
                buf.putShort((short) i).putInt(bytes[i].length).put(bytes[i]);
            }
        }
        byte[] body = buf.array();
        byte[] row = new byte[17 + body.length];
        ByteBuffer.wrap(row).putLong(a).putLong(b).put(flags);
        System.arraycopy(body, 0, row, 17, body.length);
        return row;
    }
}
