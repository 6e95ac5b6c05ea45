/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.inference;

import java.nio.file.Path;

/**
 * Custom inference code, the Java analog of the SageMaker inference toolkit's {@code model_fn},
 * {@code input_fn}, {@code predict_fn} and {@code output_fn}. The class needs a public no-argument
 * constructor; one instance serves an endpoint variant and must be thread-safe.
 *
 * <pre>{@code
 * public final class Doubler implements InferenceHandler<Double, double[], double[]> {
 *     public Double modelFn(Path modelDir) throws IOException {
 *         return Double.parseDouble(Files.readString(modelDir.resolve("factor.txt")));
 *     }
 *     public double[] inputFn(byte[] body, String contentType) {
 *         return Arrays.stream(new String(body).split(",")).mapToDouble(Double::parseDouble).toArray();
 *     }
 *     public double[] predictFn(double[] input, Double factor) {
 *         return Arrays.stream(input).map(v -> v * factor).toArray();
 *     }
 *     public Output outputFn(double[] prediction, String accept) {
 *         return Output.of(Arrays.toString(prediction), "application/json");
 *     }
 * }
 * Model model = Model.builder().modelData(uri).entryPoint(Doubler.class).session(session).build();
 * }</pre>
 *
 * <p>Throw {@link InferenceException} to answer with a status code of your choice; any other exception
 * from {@link #inputFn} answers 400, from {@link #predictFn} or {@link #outputFn} 500.
 *
 * @param <M> the loaded model
 * @param <I> the decoded input
 * @param <O> the prediction
 */
public interface InferenceHandler<M, I, O> {

    /**
     * Loads the model from the unpacked model.tar.gz, once per endpoint variant.
     *
     * @param modelDir the model folder
     * @return the model
     * @throws Exception any failure, which fails the endpoint with the message as reason
     */
    M modelFn(Path modelDir) throws Exception;

    /**
     * Decodes a request body.
     *
     * @param body        the body
     * @param contentType its content type
     * @return the input
     * @throws Exception on bad input
     */
    I inputFn(byte[] body, String contentType) throws Exception;

    /**
     * Predicts.
     *
     * @param input the decoded input
     * @param model the model
     * @return the prediction
     * @throws Exception on failure
     */
    O predictFn(I input, M model) throws Exception;

    /**
     * Encodes a prediction.
     *
     * @param prediction the prediction
     * @param accept     the requested response type, or {@code null}
     * @return the response body and its content type
     * @throws Exception on failure
     */
    Output outputFn(O prediction, String accept) throws Exception;

    /** A response body with its content type. */
    final class Output {
        private final byte[] body;
        private final String contentType;

        private Output(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
        }

        /**
         * A binary response.
         *
         * @param body        the bytes
         * @param contentType their type
         * @return the output
         */
        public static Output of(byte[] body, String contentType) {
            return new Output(body.clone(), contentType);
        }

        /**
         * A text response (UTF-8).
         *
         * @param body        the text
         * @param contentType its type
         * @return the output
         */
        public static Output of(String body, String contentType) {
            return new Output(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType);
        }

        /**
         * The body.
         *
         * @return a copy of the bytes
         */
        public byte[] body() {
            return body.clone();
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
