/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.internal.Json;
import dev.sagemaker4j.exceptions.ValidationException;

/**
 * The forecast of a time series model, as the Python SDK's {@code sagemaker.clarify.TimeSeriesModelConfig}; a
 * {@link ModelConfig} takes it ({@code timeSeriesModelConfig}), written to the predictor's
 * {@code time_series_predictor_config}. Time series explainability reads JSON data sets, which the local Clarify
 * program does not: it runs on the {@code sagemaker} backend.
 *
 * @param forecast the JMESPath expression that extracts the forecast from the model's response (Python
 *                 {@code forecast})
 */
public record TimeSeriesModelConfig(String forecast) {

    /**
     * Checks the forecast.
     *
     * @param forecast the JMESPath expression of the forecast (Python {@code forecast})
     * @throws ValidationException when the forecast is missing
     */
    public TimeSeriesModelConfig {
        if (forecast == null) {
            throw new ValidationException("forecast", null, "is not a string", "Please provide a string JMESPath"
                    + " expression for ``forecast`` to extract the forecast result.");
        }
    }

    /**
     * The predictor's {@code time_series_predictor_config}, as Python's {@code get_time_series_model_config()}.
     *
     * @return the JSON
     */
    public ObjectNode timeSeriesModelConfig() {
        ObjectNode c = Json.F.objectNode();
        c.put("forecast", forecast);
        return c;
    }
}
