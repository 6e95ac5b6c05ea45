/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.runtime;

import java.util.List;

/**
 * A loaded model answering invocations as a SageMaker inference container would: bytes of a
 * content type in, bytes of an accepted type out. Thread-safe; closed when no endpoint uses it.
 */
public interface ModelRuntime extends AutoCloseable {

    /**
     * A short name for logs and errors.
     *
     * @return e.g. {@code xgboost}
     */
    String name();

    /**
     * The request content types the model accepts.
     *
     * @return MIME types
     */
    List<String> contentTypes();

    /**
     * The response types the model can produce; the first is the default.
     *
     * @return MIME types
     */
    List<String> accepts();

    /**
     * Answers one invocation.
     *
     * @param body        the request body
     * @param contentType the request content type (parameters such as {@code ; charset} allowed)
     * @param accept      the accepted response types, or {@code null} for the default
     * @return the response
     * @throws ModelInvocationException with the container's status code on bad input or failure
     */
    Invocation invoke(byte[] body, String contentType, String accept);

    /**
     * Answers one invocation whose body is the first {@code length} bytes of {@code body}, so that a
     * caller that packs records into a reused or oversized buffer need not copy them out first. The
     * runtime reads {@code body} only while the call runs: it keeps no reference to it and does not
     * answer with it, so the caller may fill the buffer again once the call returns. The default
     * copies; runtimes that can read the range in place override it.
     *
     * @param body        the buffer holding the request body
     * @param length      the body's length, at most {@code body.length}
     * @param contentType the request content type
     * @param accept      the accepted response types, or {@code null} for the default
     * @return the response
     * @throws ModelInvocationException with the container's status code on bad input or failure
     */
    default Invocation invoke(byte[] body, int length, String contentType, String accept) {
        // a copy even at full length: the one-argument invoke (a user's handler) may keep the array it is given
        return invoke(java.util.Arrays.copyOf(body, length), contentType, accept);
    }

    /**
     * Predicts on rows of features directly, skipping the wire format (the in-process typed path).
     *
     * @param rows the rows, each of the model's feature count
     * @return one row of outputs per input row, or {@code null} when the model has no typed path
     */
    default float[][] predictRows(float[][] rows) {
        return null;
    }

    /**
     * Predicts on rows of features directly and answers the array the numpy deserializer would read
     * from the model's {@code application/x-npy} answer: the typed path of {@code Predictor}. The
     * default converts {@link #predictRows}; runtimes whose engine hands back a flat buffer override
     * it to skip the rows.
     *
     * @param rows the rows, each of the model's feature count
     * @return the outputs, or {@code null} when the model has no typed path
     */
    default dev.sagemaker4j.npy.NpyArray predictArray(float[][] rows) {
        float[][] out = predictRows(rows);
        return out == null ? null : Predictions.toNpy(out);
    }

    /**
     * Predicts on an array of any rank directly (a CNN's {@code [N, 1, 8, 8]}): the typed path of
     * {@code Predictor} for tensors.
     *
     * @param input the input, its first dimension the records
     * @return what the model's {@code application/x-npy} answer holds, or {@code null} when the model has no
     *         typed path for tensors
     */
    default dev.sagemaker4j.npy.NpyArray predictTensor(dev.sagemaker4j.npy.NpyArray input) {
        return null;
    }

    /**
     * An estimate of the memory the loaded model holds, for multi-model eviction.
     *
     * @return bytes
     */
    long sizeBytes();

    /**
     * Releases native memory and threads.
     */
    @Override
    void close();

    /** A response: body and content type. */
    final class Invocation {
        private final byte[] body;
        private final String contentType;

        /**
         * Creates a response.
         *
         * @param body        the body
         * @param contentType its content type
         */
        public Invocation(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
        }

        /**
         * The body.
         *
         * @return the bytes
         */
        public byte[] body() {
            return body;
        }

        /**
         * The content type.
         *
         * @return the MIME type
         */
        public String contentType() {
            return contentType;
        }
    }
}
