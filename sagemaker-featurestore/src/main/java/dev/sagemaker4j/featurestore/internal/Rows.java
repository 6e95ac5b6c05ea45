/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The binary forms of online values and queued offline rows: a fixed header and the non-null
 * feature values by definition index, so that a read decodes without parsing text.
 *
 * <p>Online value: {@code eventMicros(8) expiresAtMicros(8, 0 = never) flags(1) values}.
 * Offline row: {@code apiMicros(8) eventMicros(8) isDeleted(1) values}. Values: {@code count(2)}
 * then {@code index(2) length(4) utf8} per non-null value.
 */
final class Rows {
    static final int HEADER = 17;
    static final byte SOFT_DELETED = 1;

    private Rows() {
    }

    static byte[] encode(long a, long b, byte flags, String[] values) {
        return withHeader(a, b, flags, body(values));
    }

    /**
     * The values part of a row, {@code count(2)} then {@code index(2) length(4) utf8} per non-null
     * value: an ingested row's online value and offline row share it, so it is encoded once.
     */
    static byte[] body(String[] values) {
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
        return buf.array();
    }

    /** A row: the header, then a {@link #body}. */
    static byte[] withHeader(long a, long b, byte flags, byte[] body) {
        byte[] row = new byte[HEADER + body.length];
        ByteBuffer.wrap(row).putLong(a).putLong(b).put(flags);
        System.arraycopy(body, 0, row, HEADER, body.length);
        return row;
    }

    static long first(byte[] row) {
        return ByteBuffer.wrap(row).getLong(0);
    }

    static long second(byte[] row) {
        return ByteBuffer.wrap(row).getLong(8);
    }

    static byte flags(byte[] row) {
        return row[16];
    }

    static String[] values(byte[] row, int width) {
        String[] out = new String[width];
        ByteBuffer buf = ByteBuffer.wrap(row);
        int count = buf.getShort(HEADER) & 0xffff;
        int pos = HEADER + 2;
        for (int k = 0; k < count; k++) {
            int index = buf.getShort(pos) & 0xffff;
            int len = buf.getInt(pos + 2);
            if (index < width) {
                out[index] = new String(row, pos + 6, len, StandardCharsets.UTF_8);
            }
            pos += 6 + len;
        }
        return out;
    }

    static byte[] key(byte[] prefix, byte[] suffix) {
        byte[] key = new byte[prefix.length + suffix.length];
        System.arraycopy(prefix, 0, key, 0, prefix.length);
        System.arraycopy(suffix, 0, key, prefix.length, suffix.length);
        return key;
    }

    static byte[] key(byte[] prefix, long seq) {
        return key(prefix, ByteBuffer.allocate(8).putLong(seq).array());
    }

    /** The first key after every key that starts with the prefix. */
    static byte[] end(byte[] prefix) {
        byte[] end = prefix.clone();
        end[end.length - 1]++;
        return end;
    }
}
