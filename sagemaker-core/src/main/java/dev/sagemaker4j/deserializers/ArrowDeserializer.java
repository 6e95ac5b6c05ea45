/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.exceptions.StorageException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.MessageChannelReader;
import org.apache.arrow.vector.ipc.message.MessageResult;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.VectorAppender;

/**
 * Reads an Arrow IPC stream ({@code application/vnd.apache.arrow.stream}, as
 * {@code pyarrow.ipc.new_stream} writes it) into one {@link VectorSchemaRoot}: all record batches
 * are concatenated, and dictionary-encoded top-level columns are decoded to their values. The
 * Python SDK has no Arrow deserializer; this one is for tabular results.
 *
 * <pre>{@code
 * try (VectorSchemaRoot table = new ArrowDeserializer().deserialize(body, ArrowDeserializer.ACCEPT)) {
 *     FieldVector scores = table.getVector("score");
 * }
 * }</pre>
 *
 * <p>The returned root holds off-heap memory from the deserializer's allocator: <b>the caller
 * closes it</b>. The no-argument constructor uses one {@code RootAllocator} shared by every such
 * deserializer in the JVM and never closed; pass your own allocator to bound or track the memory.
 * Buffer-compressed streams (LZ4/ZSTD) are not read (no Arrow compression codec is on the class
 * path); write them uncompressed. Arrow on Java 17 needs
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED}.
 */
public final class ArrowDeserializer extends SimpleBaseDeserializer<VectorSchemaRoot> {
    /** The Arrow IPC stream content type. */
    public static final String ACCEPT = "application/vnd.apache.arrow.stream";

    /** The marker before each message's length in the IPC stream format (since Arrow 0.15). */
    private static final int CONTINUATION = 0xFFFFFFFF;
    /** Far above any real message's flatbuffer metadata, far below a heap-busting allocation. */
    private static final int MAX_METADATA_BYTES = 64 << 20;

    private final BufferAllocator allocator;

    /** The allocator of deserializers built without one; created on first use, lives as long as the JVM. */
    private static final class SharedAllocator {
        static final BufferAllocator INSTANCE = create();

        private static BufferAllocator create() {
            return new org.apache.arrow.memory.RootAllocator();
        }
    }

    /** Creates an Arrow deserializer that allocates from a JVM-wide shared {@code RootAllocator}. */
    public ArrowDeserializer() {
        this(SharedAllocator.INSTANCE, ACCEPT);
    }

    /**
     * Creates an Arrow deserializer that allocates results from the given allocator.
     *
     * @param allocator where the returned roots' memory comes from; the caller keeps owning it
     */
    public ArrowDeserializer(BufferAllocator allocator) {
        this(allocator, ACCEPT);
    }

    /**
     * Creates an Arrow deserializer with an allocator and another accept type.
     *
     * @param allocator where the returned roots' memory comes from
     * @param accept    the MIME type to send as {@code Accept}
     */
    public ArrowDeserializer(BufferAllocator allocator, String accept) {
        super(List.of(accept == null ? "" : accept));
        this.allocator = Objects.requireNonNull(allocator, "allocator");
    }

    /**
     * The allocator the returned roots' memory comes from.
     *
     * @return the allocator
     */
    public BufferAllocator allocator() {
        return allocator;
    }

    @Override
    public VectorSchemaRoot deserialize(InputStream stream, String contentType) {
        BufferedInputStream buffered = new BufferedInputStream(Bodies.require(stream));
        CountingInputStream in = new CountingInputStream(buffered);
        String label = contentType == null ? ACCEPT : contentType;
        try (in;
                BufferAllocator readAllocator = allocator.newChildAllocator("ArrowDeserializer", 0, Long.MAX_VALUE);
                ArrowStreamReader reader = new ArrowStreamReader(new GuardedMessageReader(buffered, in, readAllocator),
                        readAllocator)) {
            VectorSchemaRoot batch = read(in, label, reader::getVectorSchemaRoot);
            Schema schema = decodedSchema(batch.getSchema(), reader);
            VectorSchemaRoot result = VectorSchemaRoot.create(schema, allocator);
            try {
                result.allocateNew();
                while (read(in, label, reader::loadNextBatch)) {
                    append(result, batch, reader, readAllocator);
                }
                return result;
            } catch (RuntimeException | Error e) {
                result.close();
                throw e;
            }
        } catch (IOException e) {
            // only closing can get here: reading failures are mapped in read()
            throw Bodies.ioFailure(label, e);
        }
    }

    /** One step of the reader; its failures become a malformed body, or a storage failure if the stream broke. */
    private static <T> T read(CountingInputStream in, String label, ReadStep<T> step) {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            if (in.failure != null) {
                throw new StorageException("stream", "reading the " + label + " response body failed: "
                        + in.failure.getMessage(), true, in.failure);
            }
            throw Bodies.malformed(label, "byte offset " + in.count,
                    "not a readable Arrow IPC stream (" + e.getMessage() + ")",
                    "send an uncompressed Arrow IPC stream, as pyarrow.ipc.new_stream or ArrowSerializer writes it",
                    null, e);
        }
    }

    /** A reader call that may fail on a malformed stream. */
    private interface ReadStep<T> {
        T run() throws IOException;
    }

    private static Schema decodedSchema(Schema schema, DictionaryProvider dictionaries) {
        List<Field> fields = new ArrayList<>();
        for (Field field : schema.getFields()) {
            DictionaryEncoding encoding = field.getDictionary();
            if (encoding == null) {
                fields.add(field);
            } else {
                Field values = dictionaries.lookup(encoding.getId()).getVector().getField();
                fields.add(new Field(field.getName(),
                        new FieldType(field.isNullable(), values.getType(), null, values.getMetadata()),
                        values.getChildren()));
            }
        }
        return new Schema(fields, schema.getCustomMetadata());
    }

    private static void append(VectorSchemaRoot result, VectorSchemaRoot batch, DictionaryProvider dictionaries,
            BufferAllocator scratch) {
        int rows = batch.getRowCount();
        List<FieldVector> sources = batch.getFieldVectors();
        for (int i = 0; i < sources.size(); i++) {
            FieldVector source = sources.get(i);
            FieldVector target = result.getVector(i);
            DictionaryEncoding encoding = source.getField().getDictionary();
            if (encoding == null) {
                source.accept(new VectorAppender(target), null);
            } else {
                try (ValueVector decoded = DictionaryEncoder.decode(source, dictionaries.lookup(encoding.getId()),
                        scratch)) {
                    decoded.accept(new VectorAppender(target), null);
                }
            }
        }
        result.setRowCount(result.getRowCount() + rows);
    }

    /**
     * Checks each message's length prefix before Arrow allocates a heap buffer of that size: the
     * first four bytes of a body that is not Arrow at all (an HTML error page, say) would
     * otherwise be taken as a length of up to 2 GiB.
     */
    private static final class GuardedMessageReader extends MessageChannelReader {
        private final BufferedInputStream source;
        private final CountingInputStream counted;

        GuardedMessageReader(BufferedInputStream source, CountingInputStream counted, BufferAllocator allocator) {
            super(new ReadChannel(Channels.newChannel(counted)), allocator);
            this.source = source;
            this.counted = counted;
        }

        @Override
        public MessageResult readNext() throws IOException {
            byte[] prefix;
            try {
                source.mark(8);
                prefix = source.readNBytes(8);
                source.reset();
            } catch (IOException e) {
                counted.failure = e;
                throw e;
            }
            if (prefix.length >= 4) {
                int length = littleEndianInt(prefix, 0);
                if (length == CONTINUATION && prefix.length == 8) {
                    length = littleEndianInt(prefix, 4);
                }
                if (length < 0 || length > MAX_METADATA_BYTES) {
                    throw new IOException("the next message claims " + Integer.toUnsignedString(length)
                            + " bytes of metadata, more than the " + MAX_METADATA_BYTES
                            + " an Arrow message has; this is not an Arrow IPC stream");
                }
            }
            return super.readNext();
        }

        private static int littleEndianInt(byte[] b, int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
        }
    }

    /** Counts the bytes read, and tells a failure of the stream itself from a malformed body. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;
        IOException failure;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                if (b >= 0) {
                    count++;
                }
                return b;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                }
                return n;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
