/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SHAPConfig#getExplainabilityConfig()} against the dicts of the Python SDK's unit tests
 * (v2.257.6:tests/unit/test_clarify.py), written here as JSON: test_shap_config_no_parameters,
 * test_shap_config_no_baseline, test_shap_config_features_to_explain, test_valid_shap_config (both baselines,
 * with text_config and image_config), the module fixture shap_config as _run_test expects it, and
 * test_invalid_shap_config's and test_invalid_image_config's errors.
 */
class SHAPConfigTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void getExplainabilityConfig_noParameters_matchesPython() throws Exception {
        assertThat(SHAPConfig.builder().build().getExplainabilityConfig())
                .isEqualTo(json("{\"shap\": {\"use_logit\": false, \"save_local_shap_values\": true}}"));
    }

    @Test
    void getExplainabilityConfig_noBaseline_matchesPython() throws Exception {
        SHAPConfig config = SHAPConfig.builder().numSamples(100).aggMethod("mean_sq").numClusters(2).useLogit(true)
                .seed(123).build();
        assertThat(config.getExplainabilityConfig()).isEqualTo(json("{\"shap\": {\"num_samples\": 100,"
                + " \"agg_method\": \"mean_sq\", \"num_clusters\": 2, \"use_logit\": true,"
                + " \"save_local_shap_values\": true, \"seed\": 123}}"));
    }

    @Test
    void getExplainabilityConfig_featuresToExplain_matchesPython() throws Exception {
        // Python: baseline = [1, 2, 3] (one row, sent as given)
        SHAPConfig config = SHAPConfig.builder().baseline(json("[1, 2, 3]")).numSamples(100).aggMethod("mean_sq")
                .useLogit(true).saveLocalShapValues(true).seed(123).featuresToExplain(0, 1).build();
        assertThat(config.getExplainabilityConfig()).isEqualTo(json("{\"shap\": {\"baseline\": [1, 2, 3],"
                + " \"num_samples\": 100, \"agg_method\": \"mean_sq\", \"use_logit\": true,"
                + " \"save_local_shap_values\": true, \"seed\": 123, \"features_to_explain\": [0, 1]}}"));
        assertThat(SHAPConfig.builder().featuresToExplain("F1", "F2").build().getExplainabilityConfig()
                .at("/shap/features_to_explain")).isEqualTo(json("[\"F1\", \"F2\"]"));
    }

    @Test
    void getExplainabilityConfig_baselineForms_matchPython() throws Exception {
        String rows = "[[0.26124998927116394, 0.2824999988079071, 0.06875000149011612]]";
        String expected = "{\"shap\": {\"baseline\": " + rows + ", \"num_samples\": 100, \"agg_method\": \"mean_sq\","
                + " \"use_logit\": false, \"save_local_shap_values\": true}}";
        // the module fixture shap_config, as _run_test expects it in analysis_config's methods
        assertThat(SHAPConfig.builder().baseline(new double[][] {{0.26124998927116394, 0.2824999988079071,
                0.06875000149011612}}).numSamples(100).aggMethod("mean_sq").build().getExplainabilityConfig())
                .isEqualTo(json(expected));
        assertThat(SHAPConfig.builder().baseline(List.of(List.of(0.26124998927116394, 0.2824999988079071,
                0.06875000149011612))).numSamples(100).aggMethod("mean_sq").build().getExplainabilityConfig())
                .isEqualTo(json(expected));
        // test_valid_shap_config's JSON Lines baseline (its text_config/image_config left out)
        String instances = "{\"instances\": [{\"features\": [0.26124998927116394, 0.2824999988079071,"
                + " 0.06875000149011612]}]}";
        assertThat(SHAPConfig.builder().baseline(json(instances)).numSamples(100).aggMethod("mean_sq")
                .useLogit(true).seed(123).build().getExplainabilityConfig()).isEqualTo(json("{\"shap\": {"
                        + "\"baseline\": " + instances + ", \"num_samples\": 100, \"agg_method\": \"mean_sq\","
                        + " \"use_logit\": true, \"save_local_shap_values\": true, \"seed\": 123}}"));
        assertThat(SHAPConfig.builder().baseline("s3://bucket/baseline.csv").build().getExplainabilityConfig()
                .at("/shap/baseline").asText()).isEqualTo("s3://bucket/baseline.csv");
    }

    @Test
    void getExplainabilityConfig_validShapConfigWithTextAndImage_matchesPython() throws Exception {
        for (String baseline : List.of("[[0.26124998927116394, 0.2824999988079071, 0.06875000149011612]]",
                "{\"instances\": [{\"features\": [0.26124998927116394, 0.2824999988079071, 0.06875000149011612]}]}")) {
            SHAPConfig config = SHAPConfig.builder().baseline(json(baseline)).numSamples(100).aggMethod("mean_sq")
                    .useLogit(true).seed(123).textConfig(new TextConfig("sentence", "german"))
                    .imageConfig(ImageConfig.builder().modelType("IMAGE_CLASSIFICATION").numSegments(2)
                            .featureExtractionMethod("segmentation").segmentCompactness(10.0).maxObjects(4)
                            .iouThreshold(0.5).context(1.0).build())
                    .build();
            // Python writes segment_compactness=10 (an int; its dict compares 10 == 10.0): here a float
            assertThat(config.getExplainabilityConfig()).isEqualTo(json("{\"shap\": {\"baseline\": " + baseline
                    + ", \"num_samples\": 100, \"agg_method\": \"mean_sq\", \"use_logit\": true,"
                    + " \"save_local_shap_values\": true, \"seed\": 123,"
                    + " \"text_config\": {\"granularity\": \"sentence\", \"language\": \"german\"},"
                    + " \"image_config\": {\"model_type\": \"IMAGE_CLASSIFICATION\", \"num_segments\": 2,"
                    + " \"feature_extraction_method\": \"segmentation\", \"segment_compactness\": 10.0,"
                    + " \"max_objects\": 4, \"iou_threshold\": 0.5, \"context\": 1.0}}}"));
        }
    }

    @Test
    void textAndImageConfig_invalid_failLikePython() {
        assertThatThrownBy(() -> new TextConfig("word", "english")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Invalid granularity word.");
        assertThatThrownBy(() -> new TextConfig("token", "klingon")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Invalid language klingon.");
        assertThat(new TextConfig("paragraph", "norwegian bokm\u00e5l").getTextConfig().path("language").asText())
                .isEqualTo("norwegian bokm\u00e5l");
        assertThatThrownBy(() -> ImageConfig.builder().modelType("SEGMENTATION").build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Clarify SHAP only supports object detection and image classification methods.")
                .hasMessageContaining("Please set model_type to OBJECT_DETECTION or IMAGE_CLASSIFICATION.");
        assertThatThrownBy(() -> SHAPConfig.builder().baseline(new double[][] {{1, 2}}).numSamples(1)
                .textConfig(new TextConfig("token", "english")).featuresToExplain(0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining(
                        "`features_to_explain` is not supported for datasets containing text features or images.");
    }

    @Test
    void build_invalidArguments_failLikePython() {
        assertThatThrownBy(() -> SHAPConfig.builder().baseline(new double[][] {{1}}).numSamples(1)
                .aggMethod("invalid").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Invalid agg_method invalid.")
                .hasMessageContaining("Please choose mean_abs, median, or mean_sq.");
        assertThatThrownBy(() -> SHAPConfig.builder().baseline(new double[][] {{1}}).numSamples(1)
                .aggMethod("mean_abs").numClusters(2).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Baseline and num_clusters cannot be provided together.")
                .hasMessageContaining("Please specify one of the two.");
        assertThatThrownBy(() -> SHAPConfig.builder().baseline(new double[0][]))
                .isInstanceOf(ValidationException.class).hasMessageContaining("baseline");
    }

    @Test
    void toBuilder_copy_equalAndIndependent() {
        SHAPConfig a = SHAPConfig.builder().baseline(new double[][] {{1, 2}}).seed(5).build();
        SHAPConfig b = a.toBuilder().build();
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.toBuilder().seed(6).build()).isNotEqualTo(a);
        assertThat(a.toString()).contains("\"seed\":5");
        ((ObjectNode) a.getExplainabilityConfig().get("shap")).put("seed", 9);
        assertThat(a.seed()).isEqualTo(5);
    }
}
