/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.RecordDeserializer;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.serializers.RecordSerializer;
import java.util.List;

/**
 * Classifies or regresses vectors with a factorization machines model, as the Python SDK's {@code
 * FactorizationMachinesPredictor}: requests are RecordIO-protobuf ({@link RecordSerializer}: a
 * matrix, one record a row, of the model's feature dimension) and answers are read back as {@link Record}s
 * ({@link RecordDeserializer}), one a row, the result under {@code "score"} (and {@code "predicted_label"}) of {@link
 * Record#label()}.
 *
 * <pre>{@code
 * FactorizationMachinesPredictor predictor = new FactorizationMachinesPredictor(endpointName, session);
 * List<Record> answers = predictor.predict(NpyArray.of(rows));
 * }</pre>
 */
public class FactorizationMachinesPredictor extends Predictor<List<Record>> {

    /**
     * A predictor for an endpoint with Python's defaults ({@code serializer=RecordSerializer()},
     * {@code deserializer=RecordDeserializer()}).
     *
     * @param endpointName the endpoint ({@code endpoint_name})
     * @param session      the session ({@code sagemaker_session})
     */
    public FactorizationMachinesPredictor(String endpointName, Session session) {
        super(Predictor.builder(endpointName, session).serializer(new RecordSerializer())
                .deserializer(new RecordDeserializer()));
    }
}
