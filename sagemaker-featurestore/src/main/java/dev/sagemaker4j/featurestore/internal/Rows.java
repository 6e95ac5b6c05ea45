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
 * Offline row: {@code apiMicros(8) eventMicros(8) flags(1) values}. Flags: bit 0 is soft-deleted
 * (online) or is_deleted (offline); bit 1 ({@link #CELLS}) says which of two forms the values have.
 *
 * <p>Text form (bit 1 clear; every value written before the cell form, still read):
 * {@code count(2)} then {@code index(2) length(4) utf8} per non-null value.
 *
 * <p>Cell form (bit 1 set): {@code count(varint)} then per non-null value {@code index(varint)
 * tag(varint) payload}: tag 0 is a 64-bit integer (zigzag varint) whose text is
 * {@link Long#toString(long)}, tag 1 a double (8 bytes, big-endian IEEE 754) whose text is
 * {@link Double#toString(double)}, a tag {@code t >= 2} is {@code t - 2} bytes of UTF-8 text. A number
 * cell is written only where that text is exactly the value's text (a typed Arrow cell's), so that
 * both forms read back the same strings; any other value is a text cell. An ingested row of ten
 * features takes about 110 bytes instead of 190, which halves the write-ahead log and the memtable
 * flushes of an ingest.
 */
final class Rows {
    static final int HEADER = 17;
    static final byte SOFT_DELETED = 1;
    /** Flag: the values are in the cell form. */
    static final byte CELLS = 2;
    /** Cell kind: a value kept as its text. */
    static final byte TEXT = 0;
    /** Cell kind: text known to be a valid number of its feature (validation need not parse it). */
    static final byte NUMBER_TEXT = 1;
    /** Cell kind: a 64-bit integer whose text is {@link Long#toString(long)}. */
    static final byte LONG = 2;
    /** Cell kind: a double whose text is {@link Double#toString(double)}. */
    static final byte DOUBLE = 3;
    /** The most bytes a varint of a 32-bit or 64-bit value takes. */
    private static final int VARINT32 = 5;
    private static final int VARINT64 = 10;

    private Rows() {
    }

    /** A row in the cell form with text cells only (records given as text: deletes). */
    static byte[] encode(long a, long b, byte flags, String[] values) {
        Writer w = new Writer();
        int length = w.body(values, null, null, 0);
        return w.row(a, b, flags, length);
    }

    /**
     * Encodes rows in the cell form: {@link #body} writes a row's values once after a room for the
     * header, and {@link #row} copies them out under each header (the online value and the offline
     * row share their values). One per write; not thread-safe.
     */
    static final class Writer {
        private byte[] buf = new byte[256];
        private byte[][] utf8 = new byte[0][];

        /**
         * Writes the values part of a row after {@link #HEADER} bytes of room.
         *
         * @param values  by definition index, the text of each value (null where absent); for a
         *                {@link #LONG} or {@link #DOUBLE} cell only a mark of presence
         * @param kinds   by definition index, the kind of each cell; null when all are text
         * @param numbers the bits of the number cells, at {@code offset + index}; null when none
         * @param offset  where this row's numbers start
         * @return the length of the values part
         */
        int body(String[] values, byte[] kinds, long[] numbers, int offset) {
            if (utf8.length < values.length) {
                utf8 = new byte[values.length][];
            }
            int count = 0;
            int bound = HEADER + VARINT32;
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                count++;
                byte kind = kinds == null ? TEXT : kinds[i];
                if (kind == LONG || kind == DOUBLE) {
                    bound += VARINT32 + 1 + VARINT64;
                } else {
                    utf8[i] = values[i].getBytes(StandardCharsets.UTF_8);
                    bound += 2 * VARINT32 + utf8[i].length;
                }
            }
            if (buf.length < bound) {
                buf = new byte[Math.max(bound, buf.length * 2)];
            }
            int pos = varint(buf, HEADER, count);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                pos = varint(buf, pos, i);
                byte kind = kinds == null ? TEXT : kinds[i];
                if (kind == LONG) {
                    buf[pos++] = 0;
                    long x = numbers[offset + i];
                    pos = varint(buf, pos, (x << 1) ^ (x >> 63));
                } else if (kind == DOUBLE) {
                    buf[pos++] = 1;
                    pos = putLong(buf, pos, numbers[offset + i]);
                } else {
                    byte[] text = utf8[i];
                    utf8[i] = null;
                    pos = varint(buf, pos, text.length + 2L);
                    System.arraycopy(text, 0, buf, pos, text.length);
                    pos += text.length;
                }
            }
            return pos - HEADER;
        }

        /** The last {@link #body} under a header, as a new array. */
        byte[] row(long a, long b, byte flags, int length) {
            byte[] row = new byte[HEADER + length];
            putLong(row, 0, a);
            putLong(row, 8, b);
            row[16] = (byte) (flags | CELLS);
            System.arraycopy(buf, HEADER, row, HEADER, length);
            return row;
        }
    }

    private static int varint(byte[] buf, int pos, long x) {
        while ((x & ~0x7fL) != 0) {
            buf[pos++] = (byte) ((x & 0x7f) | 0x80);
            x >>>= 7;
        }
        buf[pos++] = (byte) x;
        return pos;
    }

    private static int putLong(byte[] buf, int pos, long x) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[pos++] = (byte) (x >>> shift);
        }
        return pos;
    }

    private static long getLong(byte[] buf, int pos) {
        long x = 0;
        for (int i = 0; i < 8; i++) {
            x = x << 8 | (buf[pos + i] & 0xffL);
        }
        return x;
    }

    static long first(byte[] row) {
        return ByteBuffer.wrap(row).getLong(0);
    }

    static long second(byte[] row) {
        return ByteBuffer.wrap(row).getLong(8);
    }

    /** Whether a row is soft-deleted (online) or a deletion (offline). */
    static boolean deleted(byte[] row) {
        return (row[16] & SOFT_DELETED) != 0;
    }

    /**
     * The text of each value of a row in either form, by definition index (null where absent).
     *
     * @param row   the row
     * @param width the number of features
     * @return the values
     */
    static String[] values(byte[] row, int width) {
        return (row[16] & CELLS) != 0 ? cellValues(row, width) : textValues(row, width);
    }

    private static String[] textValues(byte[] row, int width) {
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

    private static String[] cellValues(byte[] row, int width) {
        String[] out = new String[width];
        long[] next = {HEADER};
        long count = readVarint(row, next);
        for (long k = 0; k < count; k++) {
            long index = readVarint(row, next);
            long tag = readVarint(row, next);
            int pos = (int) next[0];
            String value;
            if (tag == 0) {
                long z = readVarint(row, next);
                value = Long.toString((z >>> 1) ^ -(z & 1));
            } else if (tag == 1) {
                value = Double.toString(Double.longBitsToDouble(getLong(row, pos)));
                next[0] = pos + 8L;
            } else {
                int len = (int) (tag - 2);
                value = new String(row, pos, len, StandardCharsets.UTF_8);
                next[0] = (long) pos + len;
            }
            if (index < width) {
                out[(int) index] = value;
            }
        }
        return out;
    }

    /** Reads the varint at {@code next[0]} and moves {@code next[0]} past it. */
    private static long readVarint(byte[] buf, long[] next) {
        int pos = (int) next[0];
        long x = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = buf[pos++];
            x |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                next[0] = pos;
                return x;
            }
        }
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
