/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.recordio;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The records of a RecordIO-protobuf body as one dense matrix: each record's feature {@code "values"} (a dense or
 * sparse {@code Float32Tensor}, {@code Float64Tensor} or {@code Int32Tensor}) as a row of {@code featureDim}
 * floats, and the first value of its label {@code "values"}, when it has one. This is how the Amazon algorithms
 * read their channels and requests; {@link #read(byte[], int)} decodes the protobuf straight into the matrix,
 * without a {@link Record} and an array per record (100,000 records of 50 features: about 30 ms instead of
 * 500 ms through {@link RecordIO#readRecords}).
 *
 * <p>It reads only what it can read without doubt: records whose feature and label maps hold only {@code "values"}
 * (as {@link RecordIO#writeDenseTensor} and {@link RecordIO#writeSparseTensor} write them). For anything else
 * (broken framing, other features, a record without {@code "values"}, a dense row of another width, a key outside
 * the row, {@code Bytes} values, fields out of the usual order) it answers empty, and the caller reads the body with {@link RecordIO#readRecords}, which names
 * the problem or reads the unusual encoding. The arrays are the reader's own, handed over: not copied.
 *
 * <pre>{@code
 * RecordRows rows = RecordRows.read(body, 50).orElseGet(() -> slowPath(body));
 * float[] first = Arrays.copyOfRange(rows.features(), 0, 50);
 * }</pre>
 */
public final class RecordRows {
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int WIRE_VARINT = 0;
    private static final int WIRE_FIXED64 = 1;
    private static final int WIRE_DELIMITED = 2;
    private static final int WIRE_FIXED32 = 5;
    private static final int FLOAT32 = 2;
    private static final int FLOAT64 = 3;
    private static final int INT32 = 7;

    private final int size;
    private final int featureDim;
    private final float[] features;
    private final float[] labels;
    private final int labelCount;

    private RecordRows(int size, int featureDim, float[] features, float[] labels, int labelCount) {
        this.size = size;
        this.featureDim = featureDim;
        this.features = features;
        this.labels = labels;
        this.labelCount = labelCount;
    }

    /**
     * The number of records.
     *
     * @return the records read
     */
    public int size() {
        return size;
    }

    /**
     * The width of each row.
     *
     * @return the {@code featureDim} the body was read with
     */
    public int featureDim() {
        return featureDim;
    }

    /**
     * The rows, one after the other: record {@code r}'s feature {@code j} is at {@code r * featureDim() + j}.
     *
     * @return the reader's array (length {@code size() * featureDim()}), not a copy
     */
    public float[] features() {
        return features;
    }

    /**
     * The labels of the records that have one (a label {@code "values"} tensor with at least one value), in
     * record order: all records' labels when {@link #labelCount()} equals {@link #size()}.
     *
     * @return the reader's array (length {@link #labelCount()}), not a copy
     */
    public float[] labels() {
        return labels;
    }

    /**
     * How many records carry a label.
     *
     * @return the length of {@link #labels()}
     */
    public int labelCount() {
        return labelCount;
    }

    /**
     * The rows as one array each (copies).
     *
     * @return {@code size()} rows of {@code featureDim()} values
     */
    public float[][] toRows() {
        float[][] rows = new float[size][];
        for (int r = 0; r < size; r++) {
            rows[r] = Arrays.copyOfRange(features, r * featureDim, (r + 1) * featureDim);
        }
        return rows;
    }

    /**
     * Reads a whole RecordIO-protobuf body into rows of {@code featureDim} features.
     *
     * @param data       the RecordIO stream's bytes (framing included)
     * @param featureDim the width of a row (at least 1)
     * @return the rows, or empty when some record is not a plain numeric {@code "values"} tensor of that width
     *         or the bytes are not well-formed: read those with {@link RecordIO#readRecords}, which says why
     */
    public static Optional<RecordRows> read(byte[] data, int featureDim) {
        Objects.requireNonNull(data, "data");
        if (featureDim < 1) {
            throw new IllegalArgumentException("featureDim " + featureDim + " < 1");
        }
        try {
            return Optional.ofNullable(new Reader(data, featureDim).readAll());
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            return Optional.empty(); // a length that points past its message: the full parser names it
        }
    }

    /** One pass over the bytes; every {@code null} means "not plain, let the full parser decide". */
    private static final class Reader {
        private final byte[] b;
        private final int dim;
        private int pos;
        private float[] features;
        private float[] labels = new float[16];
        private int rows;
        private int labelCount;
        private float[] scratchValues = new float[16];
        private long[] scratchKeys = new long[16];
        private int valueCount;
        private int keyCount;
        private boolean shaped;

        Reader(byte[] data, int dim) {
            this.b = data;
            this.dim = dim;
            // a dense float32 record of dim features takes at least 4 * dim bytes: a first guess of the row count
            this.features = new float[Math.multiplyExact(dim, Math.max(1, Math.min(data.length / (4 * dim + 16),
                    1 << 20)))];
        }

        RecordRows readAll() {
            while (pos < b.length) {
                if (b.length - pos < 8 || (int) INT.get(b, pos) != RecordIO.MAGIC) {
                    return null;
                }
                long length = Integer.toUnsignedLong((int) INT.get(b, pos + 4));
                int start = pos + 8;
                if (length > b.length - start) {
                    return null;
                }
                int end = start + (int) length;
                if (!record(start, end)) {
                    return null;
                }
                int padded = (int) ((length + 3) >>> 2 << 2);
                pos = (int) Math.min(b.length, (long) start + padded);
            }
            return new RecordRows(rows, dim, rows * dim == features.length ? features
                    : Arrays.copyOf(features, rows * dim), labelCount == labels.length ? labels
                    : Arrays.copyOf(labels, labelCount), labelCount);
        }

        /** One {@code Record} message in [start, end). */
        private boolean record(int start, int end) {
            if ((long) (rows + 1) * dim > Integer.MAX_VALUE - 8) {
                return false;
            }
            if ((rows + 1) * dim > features.length) {
                features = Arrays.copyOf(features, (int) Math.min(Integer.MAX_VALUE - 8L,
                        Math.max((long) features.length * 2, (long) (rows + 1) * dim)));
            }
            boolean featuresSeen = false;
            boolean labelSeen = false;
            pos = start;
            while (pos < end) {
                long tag = tag(end);
                int field = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                if (field >= 1 && field <= 5 && wire != WIRE_DELIMITED) {
                    return false;
                }
                if (field >= 3 && field <= 5) {
                    int len = length(end);
                    ascii(pos, pos + len);
                    pos += len;
                    continue;
                }
                if (field == 1 || field == 2) {
                    int len = length(end);
                    int entryEnd = pos + len;
                    // a map entry: key (1) first, as every protobuf writer puts it, then the Value (2)
                    int kind = entry(entryEnd);
                    if (kind == -1) {
                        return false;
                    }
                    if (kind == 1) {
                        if (field == 1) {
                            if (featuresSeen || !placeRow()) {
                                return false;
                            }
                            featuresSeen = true;
                        } else {
                            if (labelSeen) {
                                return false;
                            }
                            labelSeen = true;
                            if (valueCount > 0) {
                                if (labelCount == labels.length) {
                                    labels = Arrays.copyOf(labels, labels.length * 2);
                                }
                                labels[labelCount++] = scratchValues[0];
                            }
                        }
                    }
                    pos = entryEnd;
                } else if (!skip(wire, end)) {
                    return false;
                }
            }
            if (!featuresSeen) {
                return false;
            }
            rows++;
            return true;
        }

        /** A map entry ending at {@code end}: 1 when it is {@code "values"} with its tensor in the scratch arrays. */
        private int entry(int end) {
            if (pos >= end) {
                return -1;
            }
            long tag = tag(end);
            if (tag != (1 << 3 | WIRE_DELIMITED)) {
                return -1;
            }
            int keyLen = length(end);
            ascii(pos, pos + keyLen);
            boolean values = keyLen == 6 && b[pos] == 'v' && b[pos + 1] == 'a' && b[pos + 2] == 'l'
                    && b[pos + 3] == 'u' && b[pos + 4] == 'e' && b[pos + 5] == 's';
            pos += keyLen;
            if (!values) {
                return -1; // another feature or label: the full parser checks it, so it reads the whole body
            }
            if (pos >= end) {
                return -1;
            }
            tag = tag(end);
            if (tag != (2 << 3 | WIRE_DELIMITED)) {
                return -1;
            }
            int valueLen = length(end);
            int valueEnd = pos + valueLen;
            if (pos >= valueEnd) {
                return -1; // an empty Value: not a tensor
            }
            tag = tag(valueEnd);
            int kind = (int) (tag >>> 3);
            if ((tag & 7) != WIRE_DELIMITED || (kind != FLOAT32 && kind != FLOAT64 && kind != INT32)) {
                return -1;
            }
            int tensorLen = length(valueEnd);
            int tensorEnd = pos + tensorLen;
            if (tensorEnd != valueEnd || !tensor(kind, tensorEnd)) {
                return -1;
            }
            return pos == end ? 1 : -1;
        }

        /** A tensor's values and keys into the scratch arrays. */
        private boolean tensor(int kind, int end) {
            valueCount = 0;
            keyCount = 0;
            shaped = false;
            while (pos < end) {
                long tag = tag(end);
                int field = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                if (field == 1 && wire == WIRE_DELIMITED) {
                    int len = length(end);
                    int valuesEnd = pos + len;
                    if (kind == FLOAT32) {
                        if (len % 4 != 0) {
                            return false;
                        }
                        ensureValues(valueCount + len / 4);
                        for (; pos < valuesEnd; pos += 4) {
                            scratchValues[valueCount++] = (float) FLOAT.get(b, pos);
                        }
                    } else if (kind == FLOAT64) {
                        if (len % 8 != 0) {
                            return false;
                        }
                        ensureValues(valueCount + len / 8);
                        for (; pos < valuesEnd; pos += 8) {
                            scratchValues[valueCount++] = (float) (double) DOUBLE.get(b, pos);
                        }
                    } else {
                        while (pos < valuesEnd) {
                            ensureValues(valueCount + 1);
                            scratchValues[valueCount++] = (int) varint(valuesEnd);
                        }
                    }
                    if (pos != valuesEnd) {
                        return false;
                    }
                } else if (field == 1) {
                    int expected = kind == FLOAT32 ? WIRE_FIXED32 : kind == FLOAT64 ? WIRE_FIXED64 : WIRE_VARINT;
                    if (wire != expected) {
                        return false;
                    }
                    ensureValues(valueCount + 1);
                    if (kind == FLOAT32) {
                        checkRoom(4, end);
                        scratchValues[valueCount++] = (float) FLOAT.get(b, pos);
                        pos += 4;
                    } else if (kind == FLOAT64) {
                        checkRoom(8, end);
                        scratchValues[valueCount++] = (float) (double) DOUBLE.get(b, pos);
                        pos += 8;
                    } else {
                        scratchValues[valueCount++] = (int) varint(end);
                    }
                } else if (field == 2 && wire == WIRE_DELIMITED) {
                    int keysLen = length(end);
                    int keysEnd = pos + keysLen;
                    while (pos < keysEnd) {
                        addKey(varint(keysEnd));
                    }
                } else if (field == 2 && wire == WIRE_VARINT) {
                    addKey(varint(end));
                } else if (field == 3 && (wire == WIRE_DELIMITED || wire == WIRE_VARINT)) {
                    shaped = true; // the shape says "sparse" even without keys (a row of zeros)
                    if (!skip(wire, end)) {
                        return false;
                    }
                } else if (!skip(wire, end)) {
                    return false;
                }
            }
            return pos == end;
        }

        /** The scratch tensor as row {@code rows}: dense of width {@code dim}, or sparse with keys in the row. */
        private boolean placeRow() {
            int base = rows * dim;
            if (keyCount == 0 && !(shaped && valueCount == 0)) {
                if (valueCount != dim) {
                    return false;
                }
                System.arraycopy(scratchValues, 0, features, base, dim);
                return true;
            }
            if (keyCount != valueCount) {
                return false;
            }
            Arrays.fill(features, base, base + dim, 0f);
            for (int i = 0; i < keyCount; i++) {
                long k = scratchKeys[i];
                if (k < 0 || k >= dim) {
                    return false;
                }
                features[base + (int) k] = scratchValues[i];
            }
            return true;
        }

        private void ensureValues(int n) {
            if (n > scratchValues.length) {
                scratchValues = Arrays.copyOf(scratchValues, Math.max(n, scratchValues.length * 2));
            }
        }

        private void addKey(long key) {
            if (keyCount == scratchKeys.length) {
                scratchKeys = Arrays.copyOf(scratchKeys, scratchKeys.length * 2);
            }
            scratchKeys[keyCount++] = key;
        }

        private void checkRoom(int n, int end) {
            if (end - pos < n) {
                throw new IndexOutOfBoundsException("past the message");
            }
        }

        /** A field's tag; field number 0 or a tag beyond 32 bits is not protobuf (the full parser says so). */
        private long tag(int end) {
            long tag = varint(end);
            if (tag >>> 3 == 0 || tag > 0xFFFFFFFFL) {
                throw new IndexOutOfBoundsException("invalid tag");
            }
            return tag;
        }

        /** A string field (uid, metadata, a map key): the full parser checks its UTF-8, so only ASCII passes. */
        private void ascii(int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] < 0) {
                    throw new IndexOutOfBoundsException("not ASCII");
                }
            }
        }

        /** A length prefix that must fit in the message ending at {@code end}. */
        private int length(int end) {
            long len = varint(end);
            if (len < 0 || len > end - pos) {
                throw new IndexOutOfBoundsException("length past the message");
            }
            return (int) len;
        }

        private long varint(int end) {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new IndexOutOfBoundsException("varint past the message");
                }
                byte x = b[pos++];
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw new IndexOutOfBoundsException("varint longer than 10 bytes");
        }

        private boolean skip(int wire, int end) {
            switch (wire) {
                case WIRE_VARINT -> varint(end);
                case WIRE_FIXED64 -> {
                    checkRoom(8, end);
                    pos += 8;
                }
                case WIRE_DELIMITED -> {
                    int len = length(end);
                    pos += len;
                }
                case WIRE_FIXED32 -> {
                    checkRoom(4, end);
                    pos += 4;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
    }
}
