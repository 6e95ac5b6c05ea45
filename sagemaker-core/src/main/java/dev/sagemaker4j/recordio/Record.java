/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.recordio;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of RecordIO-protobuf: the {@code aialgs.data.Record} message of the Python SDK's
 * {@code sagemaker/amazon/record.proto} (proto2): {@code features} and {@code label} (maps from a name, for
 * vectors {@code "values"}, to a {@link RecordValue}) and the optional {@code uid}, {@code metadata} and
 * {@code configuration} strings. {@link #toByteArray()} writes the bytes the protobuf runtime writes for the same
 * message (fields in number order, map entries in insertion order, packed repeated fields);
 * {@link #parseFrom(byte[])} reads any valid encoding (packed or not, unknown fields skipped). Immutable.
 *
 * <pre>{@code
 * Record r = Record.builder()
 *         .feature("values", RecordValue.float32Tensor(new float[] {1.5f, 2f}))
 *         .label("values", RecordValue.float64Tensor(new double[] {1}))
 *         .build();
 * Record same = Record.parseFrom(r.toByteArray());
 * }</pre>
 */
public final class Record {
    /** Field 1, length-delimited. */
    private static final int TAG_1 = 1 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    /** Field 2, length-delimited. */
    private static final int TAG_2 = 2 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private final Map<String, RecordValue> features;
    private final Map<String, RecordValue> label;
    private final String uid;
    private final String metadata;
    private final String configuration;

    private Record(Builder b) {
        this.features = Collections.unmodifiableMap(new LinkedHashMap<>(b.features));
        this.label = Collections.unmodifiableMap(new LinkedHashMap<>(b.label));
        this.uid = b.uid;
        this.metadata = b.metadata;
        this.configuration = b.configuration;
    }

    /**
     * A new builder of an empty record.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's fields.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.features.putAll(features);
        b.label.putAll(label);
        b.uid = uid;
        b.metadata = metadata;
        b.configuration = configuration;
        return b;
    }

    /**
     * The features, by name ({@code "values"} for vectors), in the order they were added or read.
     *
     * @return an unmodifiable map
     */
    public Map<String, RecordValue> features() {
        return features;
    }

    /**
     * The labels, by name ({@code "values"} for a scalar or vector label).
     *
     * @return an unmodifiable map, empty without labels
     */
    public Map<String, RecordValue> label() {
        return label;
    }

    /**
     * The record's identifier ({@code uid}), when set.
     *
     * @return the uid, or empty
     */
    public Optional<String> uid() {
        return Optional.ofNullable(uid);
    }

    /**
     * The record's textual metadata ({@code metadata}), when set.
     *
     * @return the metadata, or empty
     */
    public Optional<String> metadata() {
        return Optional.ofNullable(metadata);
    }

    /**
     * The record's JSON configuration ({@code configuration}), when set.
     *
     * @return the configuration, or empty
     */
    public Optional<String> configuration() {
        return Optional.ofNullable(configuration);
    }

    /**
     * The protobuf encoding of this record, as {@code Record.SerializeToString()} writes it.
     *
     * @return the bytes
     */
    public byte[] toByteArray() {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(buf);
            writeMap(out, 1, features);
            writeMap(out, 2, label);
            if (uid != null) {
                out.writeString(3, uid);
            }
            if (metadata != null) {
                out.writeString(4, metadata);
            }
            if (configuration != null) {
                out.writeString(5, configuration);
            }
            out.flush();
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }

    private static void writeMap(CodedOutputStream out, int field, Map<String, RecordValue> map) throws IOException {
        for (Map.Entry<String, RecordValue> e : map.entrySet()) {
            byte[] value = encodeValue(e.getValue());
            int size = CodedOutputStream.computeStringSize(1, e.getKey())
                    + CodedOutputStream.computeByteArraySize(2, value);
            out.writeTag(field, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(size);
            out.writeString(1, e.getKey());
            out.writeByteArray(2, value);
        }
    }

    private static byte[] encodeValue(RecordValue v) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(buf);
        switch (v.kind()) {
            case FLOAT32_TENSOR:
                out.writeByteArray(2, encodeTensor(v));
                break;
            case FLOAT64_TENSOR:
                out.writeByteArray(3, encodeTensor(v));
                break;
            case INT32_TENSOR:
                out.writeByteArray(7, encodeTensor(v));
                break;
            case BYTES:
                ByteArrayOutputStream inner = new ByteArrayOutputStream();
                CodedOutputStream b = CodedOutputStream.newInstance(inner);
                for (byte[] bytes : v.rawBytes()) {
                    b.writeByteArray(1, bytes);
                }
                if (v.contentType().isPresent()) {
                    b.writeString(2, v.contentType().get());
                }
                b.flush();
                out.writeByteArray(9, inner.toByteArray());
                break;
            default:
                break;
        }
        out.flush();
        return buf.toByteArray();
    }

    private static byte[] encodeTensor(RecordValue v) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(buf);
        NpyArray values = v.values();
        int n = (int) values.size();
        if (n > 0) {
            out.writeTag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            switch (v.kind()) {
                case FLOAT32_TENSOR:
                    out.writeUInt32NoTag(n * Float.BYTES);
                    for (float f : values.toFloatArray()) {
                        out.writeFloatNoTag(f);
                    }
                    break;
                case FLOAT64_TENSOR:
                    out.writeUInt32NoTag(n * Double.BYTES);
                    for (double d : values.toDoubleArray()) {
                        out.writeDoubleNoTag(d);
                    }
                    break;
                default:
                    int[] ints = values.toIntArray();
                    int size = 0;
                    for (int i : ints) {
                        size += CodedOutputStream.computeInt32SizeNoTag(i);
                    }
                    out.writeUInt32NoTag(size);
                    for (int i : ints) {
                        out.writeInt32NoTag(i);
                    }
                    break;
            }
        }
        writePackedUInt64(out, 2, v.rawKeys());
        writePackedUInt64(out, 3, v.rawShape());
        out.flush();
        return buf.toByteArray();
    }

    private static void writePackedUInt64(CodedOutputStream out, int field, long[] values) throws IOException {
        if (values.length == 0) {
            return;
        }
        int size = 0;
        for (long l : values) {
            size += CodedOutputStream.computeUInt64SizeNoTag(l);
        }
        out.writeTag(field, WireFormat.WIRETYPE_LENGTH_DELIMITED);
        out.writeUInt32NoTag(size);
        for (long l : values) {
            out.writeUInt64NoTag(l);
        }
    }

    /**
     * Reads a record from its protobuf encoding, as {@code Record.ParseFromString(data)}.
     *
     * @param data the bytes of one record (without the RecordIO framing)
     * @return the record
     * @throws ValidationException if the bytes are not a valid {@code Record} message
     */
    public static Record parseFrom(byte[] data) {
        Objects.requireNonNull(data, "data");
        try {
            CodedInputStream in = CodedInputStream.newInstance(data);
            Builder b = builder();
            while (true) {
                int tag = in.readTag();
                if (tag == 0) {
                    break;
                }
                int field = WireFormat.getTagFieldNumber(tag);
                if (field >= 1 && field <= 5 && WireFormat.getTagWireType(tag) != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                    throw new InvalidProtocolBufferException("field " + field + " has wire type "
                            + WireFormat.getTagWireType(tag) + ", not length-delimited");
                }
                switch (field) {
                    case 1:
                    case 2:
                        readEntry(in.readBytes().toByteArray(), field == 1 ? b.features : b.label);
                        break;
                    case 3:
                        b.uid = in.readStringRequireUtf8();
                        break;
                    case 4:
                        b.metadata = in.readStringRequireUtf8();
                        break;
                    case 5:
                        b.configuration = in.readStringRequireUtf8();
                        break;
                    default:
                        in.skipField(tag);
                        break;
                }
            }
            return b.build();
        } catch (IOException e) {
            throw new ValidationException("data", data.length + " bytes", "is not a RecordIO-protobuf Record: "
                    + e.getMessage(), "pass the bytes of an aialgs.data.Record message", e);
        }
    }

    private static void readEntry(byte[] entry, Map<String, RecordValue> into) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(entry);
        String key = "";
        RecordValue value = RecordValue.empty();
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            if (tag == TAG_1) {
                key = in.readStringRequireUtf8();
            } else if (tag == TAG_2) {
                value = readValue(in.readBytes().toByteArray());
            } else {
                in.skipField(tag);
            }
        }
        into.put(key, value);
    }

    private static RecordValue readValue(byte[] data) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(data);
        RecordValue value = RecordValue.empty();
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                return value;
            }
            int field = WireFormat.getTagFieldNumber(tag);
            boolean delimited = WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED;
            if (delimited && field == 2) {
                value = readTensor(in.readBytes().toByteArray(), RecordValue.Kind.FLOAT32_TENSOR);
            } else if (delimited && field == 3) {
                value = readTensor(in.readBytes().toByteArray(), RecordValue.Kind.FLOAT64_TENSOR);
            } else if (delimited && field == 7) {
                value = readTensor(in.readBytes().toByteArray(), RecordValue.Kind.INT32_TENSOR);
            } else if (delimited && field == 9) {
                value = readBytes(in.readBytes().toByteArray());
            } else {
                in.skipField(tag);
            }
        }
    }

    private static RecordValue readBytes(byte[] data) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(data);
        List<byte[]> values = new ArrayList<>();
        String contentType = null;
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                return RecordValue.bytes(values, contentType);
            }
            if (tag == TAG_1) {
                values.add(in.readByteArray());
            } else if (tag == TAG_2) {
                contentType = in.readStringRequireUtf8();
            } else {
                in.skipField(tag);
            }
        }
    }

    private static RecordValue readTensor(byte[] data, RecordValue.Kind kind) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(data);
        ValueList values = new ValueList(kind);
        LongList keys = new LongList();
        LongList shape = new LongList();
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            int field = WireFormat.getTagFieldNumber(tag);
            int wire = WireFormat.getTagWireType(tag);
            if (field == 1 && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                int limit = in.pushLimit(in.readRawVarint32());
                while (in.getBytesUntilLimit() > 0) {
                    values.read(in);
                }
                in.popLimit(limit);
            } else if (field == 1 && wire == values.wireType()) {
                values.read(in);
            } else if ((field == 2 || field == 3) && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                int limit = in.pushLimit(in.readRawVarint32());
                while (in.getBytesUntilLimit() > 0) {
                    (field == 2 ? keys : shape).add(in.readUInt64());
                }
                in.popLimit(limit);
            } else if ((field == 2 || field == 3) && wire == WireFormat.WIRETYPE_VARINT) {
                (field == 2 ? keys : shape).add(in.readUInt64());
            } else {
                in.skipField(tag);
            }
        }
        return RecordValue.tensor(kind, values.toArray(), keys.toArray(), shape.toArray());
    }

    /** The values of a tensor while reading: little-endian bytes in the tensor's dtype. */
    private static final class ValueList {
        private final RecordValue.Kind kind;
        private ByteBuffer buf = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        private int count;

        ValueList(RecordValue.Kind kind) {
            this.kind = kind;
        }

        int wireType() {
            return kind == RecordValue.Kind.FLOAT32_TENSOR ? WireFormat.WIRETYPE_FIXED32
                    : kind == RecordValue.Kind.FLOAT64_TENSOR ? WireFormat.WIRETYPE_FIXED64 : WireFormat.WIRETYPE_VARINT;
        }

        void read(CodedInputStream in) throws IOException {
            if (buf.remaining() < Double.BYTES) {
                ByteBuffer bigger = ByteBuffer.allocate(buf.capacity() * 2).order(ByteOrder.LITTLE_ENDIAN);
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
            switch (kind) {
                case FLOAT32_TENSOR:
                    buf.putFloat(in.readFloat());
                    break;
                case FLOAT64_TENSOR:
                    buf.putDouble(in.readDouble());
                    break;
                default:
                    buf.putInt(in.readInt32());
                    break;
            }
            count++;
        }

        NpyArray toArray() {
            ByteBuffer data = ByteBuffer.allocate(buf.position()).order(ByteOrder.LITTLE_ENDIAN);
            buf.flip();
            data.put(buf);
            data.flip();
            return NpyArray.of(RecordValue.dtypeOf(kind), new long[] {count}, data);
        }
    }

    /** A growable list of longs. */
    private static final class LongList {
        private long[] values = new long[4];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Record)) {
            return false;
        }
        Record other = (Record) o;
        return features.equals(other.features) && label.equals(other.label) && Objects.equals(uid, other.uid)
                && Objects.equals(metadata, other.metadata) && Objects.equals(configuration, other.configuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, label, uid, metadata, configuration);
    }

    /** The fields that are set, e.g. {@code Record[features={values=float32_tensor{values=[1.0]}}]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Record[features=").append(features);
        if (!label.isEmpty()) {
            s.append(", label=").append(label);
        }
        if (uid != null) {
            s.append(", uid=").append(uid);
        }
        if (metadata != null) {
            s.append(", metadata=").append(metadata);
        }
        if (configuration != null) {
            s.append(", configuration=").append(configuration);
        }
        return s.append(']').toString();
    }

    /** Builds a {@link Record}. */
    public static final class Builder {
        private final Map<String, RecordValue> features = new LinkedHashMap<>();
        private final Map<String, RecordValue> label = new LinkedHashMap<>();
        private String uid;
        private String metadata;
        private String configuration;

        private Builder() {
        }

        /**
         * Sets a feature ({@code features[name]}); for a vector the name is {@code "values"}.
         *
         * @param name  the feature name
         * @param value the value
         * @return this builder
         */
        public Builder feature(String name, RecordValue value) {
            features.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets a label ({@code label[name]}); for a scalar or vector label the name is {@code "values"}.
         *
         * @param name  the label name
         * @param value the value
         * @return this builder
         */
        public Builder label(String name, RecordValue value) {
            label.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the record's identifier ({@code uid}, default unset).
         *
         * @param uid the identifier, or {@code null} to unset
         * @return this builder
         */
        public Builder uid(String uid) {
            this.uid = uid;
            return this;
        }

        /**
         * Sets the record's textual metadata ({@code metadata}, default unset).
         *
         * @param metadata the metadata, or {@code null} to unset
         * @return this builder
         */
        public Builder metadata(String metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets the record's JSON configuration ({@code configuration}, default unset).
         *
         * @param configuration the configuration, or {@code null} to unset
         * @return this builder
         */
        public Builder configuration(String configuration) {
            this.configuration = configuration;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         */
        public Record build() {
            return new Record(this);
        }
    }
}
