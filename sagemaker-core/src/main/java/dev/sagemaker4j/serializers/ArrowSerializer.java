/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes tables in the Arrow IPC streaming format ({@code application/vnd.apache.arrow.stream}),
 * which {@code pyarrow.ipc.open_stream} and {@code ArrowDeserializer} read. The Python SDK has no
 * Arrow serializer; this one is for tabular data, which sagemaker4j keeps as Arrow.
 *
 * <pre>{@code
 * try (VectorSchemaRoot table = ...) {
 *     byte[] body = new ArrowSerializer().serialize(table);   // schema + one record batch
 * }
 * }</pre>
 *
 * <p>Accepts a {@link VectorSchemaRoot} (written as one record batch), a {@link Collection} of roots
 * with equal schemas (one record batch each, in order), or a {@code byte[]} / {@link InputStream}
 * taken to be an Arrow stream already (the stream is read to its end, not closed). Roots are
 * neither changed nor closed: the caller still owns them. Dictionary-encoded columns are rejected
 * (decode them first), because a root carries no dictionaries.
 */
public final class ArrowSerializer extends SimpleBaseSerializer {
    /** The Arrow IPC stream content type. */
    public static final String CONTENT_TYPE = "application/vnd.apache.arrow.stream";

    private static final String ACCEPTED = "VectorSchemaRoot, a Collection of VectorSchemaRoot with one schema,"
            + " byte[] or InputStream";

    /** Creates an Arrow serializer with content type {@code application/vnd.apache.arrow.stream}. */
    public ArrowSerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates an Arrow serializer that labels its bodies with another content type.
     *
     * @param contentType the MIME type to send
     */
    public ArrowSerializer(String contentType) {
        super(contentType);
    }

    @Override
    public byte[] serialize(Object data) {
        byte[] raw = Payloads.asIs(data, false);
        if (raw != null) {
            return raw;
        }
        List<VectorSchemaRoot> roots = new ArrayList<>();
        if (data instanceof VectorSchemaRoot) {
            roots.add((VectorSchemaRoot) data);
        } else if (data instanceof Collection) {
            int i = 0;
            for (Object o : (Collection<?>) data) {
                if (!(o instanceof VectorSchemaRoot)) {
                    throw new ValidationException("data[" + i + "]", Payloads.typeName(o),
                            "is not a VectorSchemaRoot (ArrowSerializer)", "pass a collection of VectorSchemaRoot only");
                }
                roots.add((VectorSchemaRoot) o);
                i++;
            }
            if (roots.isEmpty()) {
                throw new ValidationException("data", "empty collection",
                        "has no table, so there is no schema to write (ArrowSerializer)",
                        "pass at least one VectorSchemaRoot (it may have zero rows)");
            }
        } else {
            throw Payloads.unsupported(data, "ArrowSerializer", ACCEPTED);
        }
        Schema schema = roots.get(0).getSchema();
        for (Field field : schema.getFields()) {
            if (field.getDictionary() != null) {
                throw new ValidationException("data", "column " + field.getName(),
                        "is dictionary-encoded, and a VectorSchemaRoot carries no dictionaries (ArrowSerializer)",
                        "decode it first with DictionaryEncoder.decode");
            }
        }
        for (int i = 1; i < roots.size(); i++) {
            if (!roots.get(i).getSchema().equals(schema)) {
                throw new ValidationException("data[" + i + "]", roots.get(i).getSchema().toString(),
                        "has a schema different from data[0]'s " + schema + " (one Arrow stream has one schema)",
                        "give every batch the same schema, or send them separately");
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            WriteChannel out = new WriteChannel(Channels.newChannel(bytes));
            MessageSerializer.serialize(out, schema, IpcOption.DEFAULT);
            for (VectorSchemaRoot root : roots) {
                try (ArrowRecordBatch batch = new VectorUnloader(root).getRecordBatch()) {
                    MessageSerializer.serialize(out, batch, IpcOption.DEFAULT);
                }
            }
            ArrowStreamWriter.writeEndOfStream(out, IpcOption.DEFAULT);
        } catch (IOException e) {
            throw new StorageException("data", "writing the Arrow stream failed: " + e.getMessage(), false, e);
        }
        return bytes.toByteArray();
    }
}
