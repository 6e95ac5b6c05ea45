/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import java.io.InputStream;

/**
 * Sends LibSVM text ({@code text/libsvm}) as it is given, as
 * {@code sagemaker.serializers.LibSVMSerializer}, the default serializer of {@code XGBoostPredictor}.
 * It does not convert numbers to LibSVM; give it the text.
 *
 * <pre>{@code
 * new LibSVMSerializer().serialize("1 1:0.5 3:1.25\n0 2:1.0");
 * }</pre>
 *
 * <p>Accepts a {@link String} (UTF-8), {@code byte[]} (unchanged) or {@link InputStream} (read to
 * its end, not closed).
 */
public final class LibSVMSerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = "text/libsvm";

    /** Creates a LibSVM serializer with content type {@code text/libsvm}. */
    public LibSVMSerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates a LibSVM serializer that labels its bodies with another content type.
     *
     * @param contentType the MIME type to send
     */
    public LibSVMSerializer(String contentType) {
        super(contentType);
    }

    @Override
    public byte[] serialize(Object data) {
        byte[] raw = Payloads.asIs(data, true);
        if (raw != null) {
            return raw;
        }
        throw Payloads.unsupported(data, "LibSVMSerializer", "String, byte[] or InputStream");
    }
}
