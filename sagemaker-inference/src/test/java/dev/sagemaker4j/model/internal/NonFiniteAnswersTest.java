/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.model.formats.KMeansModel;
import dev.sagemaker4j.model.formats.LinearLearnerModel;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers in JSON never hold NaN or Infinity (JSON has no form for them); a NaN model is never saved. */
class NonFiniteAnswersTest {
    /** Jackson's defaults are strict: a bare NaN fails to parse, as in most JSON parsers. */
    private static final ObjectMapper STRICT = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(ModelRuntime.Invocation answer) throws Exception {
        return STRICT.readTree(new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void linearLearner_infiniteInput_answersNullScoreInValidJson() throws Exception {
        new LinearLearnerModel("regressor", 0, new double[] {0, 0}, new double[] {1, 1},
                new double[][] {{1, -1}}, new double[] {0}, 0, 1, 0.5).save(dir);
        LinearLearnerRuntime runtime = LinearLearnerRuntime.load(dir);

        JsonNode answer = json(runtime.invoke("Infinity,1e39\n1,2".getBytes(StandardCharsets.UTF_8), "text/csv",
                "application/json"));

        assertThat(answer.at("/predictions/0/score").isNull()).isTrue();
        assertThat(answer.at("/predictions/1/score").asDouble()).isEqualTo(-1.0);
    }

    @Test
    void kmeans_infiniteInput_answersNullDistanceInValidJson() throws Exception {
        new KMeansModel(new double[][] {{0, 0}, {5, 5}}).save(dir);
        KMeansRuntime runtime = KMeansRuntime.load(dir);

        JsonNode answer = json(runtime.invoke("Infinity,0\n5,5".getBytes(StandardCharsets.UTF_8), "text/csv",
                "application/json"));

        assertThat(answer.at("/predictions/0/distance_to_cluster").isNull()).isTrue();
        assertThat(answer.at("/predictions/1/closest_cluster").asDouble()).isEqualTo(1.0);
    }

    @Test
    void linearLearnerModel_withNaNWeights_isNeverSaved() {
        LinearLearnerModel diverged = new LinearLearnerModel("regressor", 0, new double[] {0}, new double[] {1},
                new double[][] {{Double.NaN}}, new double[] {0}, 0, 1, 0.5);

        assertThatThrownBy(() -> diverged.save(dir))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a finite number");
        assertThat(dir.resolve(LinearLearnerModel.FILE)).doesNotExist();
    }
}
