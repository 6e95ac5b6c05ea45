/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DataConfig's {@code segmentation_config} and {@code time_series_data_config} and ModelConfig's
 * {@code time_series_model_config}, against the Python SDK v2.257.6's {@code tests/unit/test_clarify.py}
 * ({@code test_data_config}, {@code test_data_config_with_time_series}, {@code test_model_config_with_time_series},
 * {@code test_invalid_segmentation_config}, {@code test_time_series_data_config_invalid}); and the local Clarify
 * program, which refuses a segment configuration by name rather than leave it out of its report.
 */
class SegmentAndTimeSeriesConfigTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void dataConfig_segmentationConfig_isPythonsSegmentConfig() throws Exception {
        // Python: SegmentationConfig(name_or_index="F1", segments=[[0]], config_name="c1", display_aliases=["a1"])
        SegmentationConfig segment = new SegmentationConfig("F1", List.of(List.of(0)), "c1")
                .displayAliases(List.of("a1"));
        DataConfig data = DataConfig.builder().s3DataInputPath("s3://path/to/input.csv")
                .s3OutputPath("s3://path/to/output").label("Label")
                .headers(List.of("Label", "F1", "F2", "F3", "F4", "Predicted Label")).datasetType("text/csv")
                .excludedColumns(List.of("F4")).predictedLabel("Predicted Label")
                .segmentationConfig(List.of(segment)).build();

        assertThat(data.analysisConfig()).isEqualTo(JSON.readTree("""
                {"dataset_type": "text/csv", "headers": ["Label", "F1", "F2", "F3", "F4", "Predicted Label"],
                 "label": "Label", "excluded_columns": ["F4"], "predicted_label": "Predicted Label",
                 "segment_config": [{"config_name": "c1", "display_aliases": ["a1"], "name_or_index": "F1",
                                     "segments": [[0]]}]}"""));
        assertThat(new SegmentationConfig(2, List.of(List.of("[1, 4]", "(5, 6]"), List.of("(7, 9)"))).toDict())
                .isEqualTo(JSON.readTree("{\"name_or_index\": 2, \"segments\": [[\"[1, 4]\", \"(5, 6]\"],"
                        + " [\"(7, 9)\"]]}"));
        assertThatThrownBy(() -> new SegmentationConfig(null, List.of(List.of(0))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nameOrIndex");
        assertThatThrownBy(() -> new SegmentationConfig("F1", List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("segments");
        assertThatThrownBy(() -> segment.displayAliases(List.of("a", "b", "c")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("display_aliases");
    }

    @Test
    void dataConfig_timeSeriesDataConfig_isPythonsTimeSeriesDataConfig() throws Exception {
        TimeSeriesDataConfig ts = TimeSeriesDataConfig.builder().targetTimeSeries("target_ts").itemId("item_id")
                .timestamp("timestamp").relatedTimeSeries(List.of("rts1")).staticCovariates(List.of("scv1"))
                .datasetFormat(TimeSeriesJSONDatasetFormat.COLUMNS).build();
        DataConfig data = DataConfig.builder().s3DataInputPath("s3://path/to/input.json")
                .s3OutputPath("s3://path/to/output").headers(List.of("item_id", "timestamp", "target_ts", "rts1",
                        "scv1")).datasetType("application/json").timeSeriesDataConfig(ts).build();

        assertThat(data.analysisConfig()).isEqualTo(JSON.readTree("""
                {"dataset_type": "application/json", "headers": ["item_id", "timestamp", "target_ts", "rts1", "scv1"],
                 "time_series_data_config": {"target_time_series": "target_ts", "item_id": "item_id",
                  "timestamp": "timestamp", "related_time_series": ["rts1"], "static_covariates": ["scv1"],
                  "dataset_format": "columns"}}"""));
        assertThat(TimeSeriesDataConfig.builder().targetTimeSeries(1).itemId(2).timestamp(3)
                .relatedTimeSeries(List.of(4)).build().timeSeriesDataConfig()).isEqualTo(JSON.readTree(
                        "{\"target_time_series\": 1, \"item_id\": 2, \"timestamp\": 3, \"related_time_series\": [4]}"));
        assertThatThrownBy(() -> TimeSeriesDataConfig.builder().targetTimeSeries("t").itemId(2).timestamp("s")
                .datasetFormat(TimeSeriesJSONDatasetFormat.ITEM_RECORDS).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("itemId");
        assertThatThrownBy(() -> TimeSeriesDataConfig.builder().targetTimeSeries("t").itemId("i").timestamp("s")
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("datasetFormat");
        assertThatThrownBy(() -> TimeSeriesDataConfig.builder().targetTimeSeries(1).itemId(2).timestamp(3)
                .datasetFormat(TimeSeriesJSONDatasetFormat.COLUMNS).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("only be provided");
        assertThatThrownBy(() -> DataConfig.builder().s3DataInputPath("s3://b/in.csv").s3OutputPath("s3://b/out")
                .timeSeriesDataConfig(ts).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("timeSeriesDataConfig");
    }

    @Test
    void modelConfig_timeSeriesModelConfig_isPythonsTimeSeriesPredictorConfig() throws Exception {
        ModelConfig model = ModelConfig.builder().modelName("xgboost-model").instanceType("ml.c5.xlarge")
                .instanceCount(1).acceptType("application/jsonlines").contentType("application/jsonlines")
                .contentTemplate("{\"instances\":$features}").customAttributes("c000b4f9-df62-4c85-a0bf-7c525f9104a4")
                .acceleratorType("ml.eia1.medium").targetModel("target_model_name")
                .timeSeriesModelConfig(new TimeSeriesModelConfig("results.[forecast]")).build();

        assertThat(model.predictorConfig()).isEqualTo(JSON.readTree("""
                {"model_name": "xgboost-model", "instance_type": "ml.c5.xlarge", "initial_instance_count": 1,
                 "accept_type": "application/jsonlines", "content_type": "application/jsonlines",
                 "custom_attributes": "c000b4f9-df62-4c85-a0bf-7c525f9104a4", "accelerator_type": "ml.eia1.medium",
                 "target_model": "target_model_name", "content_template": "{\\"instances\\":$features}",
                 "time_series_predictor_config": {"forecast": "results.[forecast]"}}"""));
        assertThatThrownBy(() -> ModelConfig.builder().modelName("m").instanceType("ml.c5.xlarge").instanceCount(1)
                .acceptType("text/csv").timeSeriesModelConfig(new TimeSeriesModelConfig("f")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("acceptType");
        assertThatThrownBy(() -> new TimeSeriesModelConfig(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("forecast");
    }

    @Test
    void localClarify_segmentConfig_failsTheJobNamingIt() throws Exception {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String uri = session.uploadString("1,F,1\n0,M,2\n1,M,3\n0,F,4\n",
                    "s3://" + session.defaultBucket() + "/segments/table.csv");
            DataConfig data = DataConfig.builder().s3DataInputPath(uri)
                    .s3OutputPath("s3://" + session.defaultBucket() + "/segments/out").label("label")
                    .headers(List.of("label", "gender", "x"))
                    .segmentationConfig(List.of(new SegmentationConfig("x", List.of(List.of("[1, 2]"))))).build();
            BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("gender").build();
            SageMakerClarifyProcessor processor = SageMakerClarifyProcessor.builder()
                    .role("arn:aws:iam::123456789012:role/SageMakerRole").instanceCount(1).instanceType("local")
                    .session(session).build();

            assertThatThrownBy(() -> processor.runPreTrainingBias(data, bias, o -> o.logs(false)))
                    .isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("segment_config");
        }
    }
}
