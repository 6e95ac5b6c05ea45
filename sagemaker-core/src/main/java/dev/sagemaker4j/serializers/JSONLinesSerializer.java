/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes one JSON value per line ({@code application/jsonlines}), as
 * {@code sagemaker.serializers.JSONLinesSerializer}: lines joined by {@code "\n"}, no trailing
 * newline.
 *
 * <pre>{@code
 * new JSONLinesSerializer().serialize(List.of(Map.of("a", 1), Map.of("a", 2)));
 * // {"a":1}
 * // {"a":2}
 * }</pre>
 *
 * <p>Accepts a {@link String} (sent as it is, taken to be JSON Lines already), {@code byte[]} (sent
 * as it is), an {@link InputStream} (read to its end, not closed), or a sequence of values, each
 * written as {@link JSONSerializer} would write it: an {@link Iterable}, {@link Iterator},
 * {@link Stream}, any array, or an {@link NpyArray} (one line per index of its first axis). An
 * empty sequence gives an empty body, as in Python. A {@link Map} is rejected: it is one JSON
 * value, so wrap it in a list.
 */
public final class JSONLinesSerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = "application/jsonlines";

    private static final String ACCEPTED = "String, byte[], InputStream, Iterable, Iterator, Stream, an array, or NpyArray";

    /** Creates a JSON Lines serializer with content type {@code application/jsonlines}. */
    public JSONLinesSerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates a JSON Lines serializer that labels its bodies with another content type.
     *
     * @param contentType the MIME type to send
     */
    public JSONLinesSerializer(String contentType) {
        super(contentType);
    }

    @Override
    public byte[] serialize(Object data) {
        byte[] raw = Payloads.asIs(data, true);
        if (raw != null) {
            return raw;
        }
        if (data instanceof Map) {
            throw new ValidationException("data", Payloads.typeName(data),
                    "a Map is one JSON value, not a sequence of lines (JSONLinesSerializer)",
                    "wrap it in a list: List.of(map)");
        }
        Iterator<?> items;
        if (data instanceof NpyArray) {
            return npyLines((NpyArray) data);
        } else if (data instanceof Iterable) {
            items = ((Iterable<?>) data).iterator();
        } else if (data instanceof Iterator) {
            items = (Iterator<?>) data;
        } else if (data instanceof Stream) {
            items = ((Stream<?>) data).iterator();
        } else if (data != null && data.getClass().isArray()) {
            Object array = data;
            int n = Array.getLength(array);
            items = new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public Object next() {
                    return Array.get(array, i++);
                }
            };
        } else {
            throw Payloads.unsupported(data, "JSONLinesSerializer", ACCEPTED);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.write('\n');
            }
            first = false;
            out.writeBytes(JsonSupport.write(items.next(), "JSONLinesSerializer"));
        }
        return out.toByteArray();
    }

    private static byte[] npyLines(NpyArray array) {
        if (array.ndim() == 0) {
            throw new ValidationException("data", array.toString(), "is a 0-d array, which has no lines",
                    "reshape it to 1-D first: array.reshape(1)");
        }
        long[] shape = array.shape();
        long rows = shape[0];
        long stride = rows == 0 ? 0 : array.size() / rows;
        StringBuilder sb = new StringBuilder();
        for (long r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append('\n');
            }
            sb.append(JsonSupport.npyRowText(array, shape, r * stride));
        }
        return Payloads.utf8(sb.toString());
    }
}
