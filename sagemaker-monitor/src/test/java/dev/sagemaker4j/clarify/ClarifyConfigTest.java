/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The config classes and the analysis config generator against the dicts of Python v2.257.6's
 * {@code tests/unit/test_clarify.py} (the test each case comes from is named).
 */
class ClarifyConfigTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> HEADERS = List.of("Label", "F1", "F2", "F3", "F4");

    static JsonNode dict(String python) throws Exception {
        return JSON.readTree(python.replace('\'', '"').replace("True", "true").replace("False", "false")
                .replace("None", "null"));
    }

    /** The fixture data_config. */
    static DataConfig dataConfig() {
        return DataConfig.builder().s3DataInputPath("s3://input/train.csv")
                .s3OutputPath("s3://output/analysis_test_result").label("Label").headers(HEADERS)
                .datasetType("text/csv").joinsource("F4").build();
    }

    /** The fixture data_bias_config. */
    static BiasConfig dataBiasConfig() {
        return BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("F1").groupName("F2").build();
    }

    /** The fixture model_config. */
    static ModelConfig modelConfig() {
        return ModelConfig.builder().modelName("xgboost-model").instanceType("ml.c5.xlarge").instanceCount(1).build();
    }

    @Test
    void dataConfig_testDataConfig_matchesPython() throws Exception {
        List<String> headers = List.of("Label", "F1", "F2", "F3", "F4", "Predicted Label");
        DataConfig c = DataConfig.builder().s3DataInputPath("s3://path/to/input.csv")
                .s3OutputPath("s3://path/to/output").features("[*].[F1,F2,F3]").label("Label").headers(headers)
                .datasetType("application/json").excludedColumns(List.of("F4")).predictedLabel("Predicted Label")
                .build();
        assertThat(c.analysisConfig()).isEqualTo(dict("{'dataset_type': 'application/json', 'headers': ['Label',"
                + " 'F1', 'F2', 'F3', 'F4', 'Predicted Label'], 'label': 'Label', 'features': '[*].[F1,F2,F3]',"
                + " 'excluded_columns': ['F4'], 'predicted_label': 'Predicted Label'}"));
        assertThat(c.s3CompressionType()).isEqualTo("None");
        assertThat(c.s3DataDistributionType()).isEqualTo("FullyReplicated");
    }

    @Test
    void dataConfig_jsonWithoutFeatures_isRefused() {
        // test_json_type_data_config_missing_features
        assertThatThrownBy(() -> DataConfig.builder().s3DataInputPath("s3://a").s3OutputPath("s3://b")
                .datasetType("application/json").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("features JMESPath is required for application/json dataset_type");
        assertThatThrownBy(() -> DataConfig.builder().s3DataInputPath("s3://a").s3OutputPath("s3://b")
                .datasetType("application/x-csv").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("datasetType");
    }

    @Test
    void biasConfig_testBiasConfigAndFacets_matchPython() throws Exception {
        BiasConfig c = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("F1")
                .facetValuesOrThreshold(0.3).groupName("A151").build();
        assertThat(c.analysisConfig()).isEqualTo(dict("{'label_values_or_threshold': [1], 'facet':"
                + " [{'name_or_index': 'F1', 'value_or_threshold': 0.3}], 'group_variable': 'A151'}"));
        // test_facet_of_bias_config: multiple facets, values for some of them
        BiasConfig multi = BiasConfig.builder().labelValuesOrThreshold(List.of(1))
                .facetNames(List.of("Feature1", 1, "Feature3"))
                .facetValuesOrThreshold(Arrays.asList(List.of(1), null, List.of(0.5))).build();
        assertThat(multi.analysisConfig()).isEqualTo(dict("{'label_values_or_threshold': [1], 'facet': ["
                + "{'name_or_index': 'Feature1', 'value_or_threshold': [1]}, {'name_or_index': 1},"
                + " {'name_or_index': 'Feature3', 'value_or_threshold': [0.5]}]}"));
        assertThatThrownBy(() -> BiasConfig.builder().labelValuesOrThreshold(List.of(1))
                .facetNames(List.of("a", "b")).facetValuesOrThreshold(List.of(List.of(1))).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("The number of facet names doesn't match the number of facet values");
    }

    @Test
    void modelConfig_testModelConfigValidations_matchPython() throws Exception {
        assertThat(modelConfig().predictorConfig()).isEqualTo(dict("{'initial_instance_count': 1,"
                + " 'instance_type': 'ml.c5.xlarge', 'model_name': 'xgboost-model'}"));
        assertThat(ModelConfig.builder().endpointName("existing_endpoint").build().predictorConfig())
                .isEqualTo(dict("{'endpoint_name': 'existing_endpoint'}"));
        assertThatThrownBy(() -> ModelConfig.builder().modelName("xgboost-model").instanceType("ml.c5.xlarge")
                .instanceCount(1).endpointName("existing_endpoint").build()).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ModelConfig.builder().endpointNamePrefix("prefix").endpointName("existing_endpoint")
                .build()).isInstanceOf(ValidationException.class);
        // test_valid_model_config, application/json in, text/csv out
        ModelConfig c = ModelConfig.builder().modelName("xgboost-model").instanceType("ml.c5.xlarge")
                .instanceCount(1).acceptType("text/csv").contentType("application/json").contentTemplate("$records")
                .recordTemplate("$features_kvp").customAttributes("c000b4f9-df62-4c85-a0bf-7c525f9104a4")
                .acceleratorType("ml.eia1.medium").targetModel("target_model_name").build();
        assertThat(c.predictorConfig()).isEqualTo(dict("{'model_name': 'xgboost-model', 'instance_type':"
                + " 'ml.c5.xlarge', 'initial_instance_count': 1, 'accept_type': 'text/csv', 'content_type':"
                + " 'application/json', 'custom_attributes': 'c000b4f9-df62-4c85-a0bf-7c525f9104a4',"
                + " 'accelerator_type': 'ml.eia1.medium', 'target_model': 'target_model_name', 'content_template':"
                + " '$records', 'record_template': '$features_kvp'}"));
        // test_invalid_model_config
        assertThatThrownBy(() -> ModelConfig.builder().modelName("m").instanceType("t").instanceCount(1)
                .contentType("application/jsonlines").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("contentTemplate");
        assertThatThrownBy(() -> ModelConfig.builder().modelName("m").instanceType("t").instanceCount(1)
                .endpointNamePrefix("-bad").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Invalid endpoint_name_prefix");
    }

    @Test
    void modelPredictedLabelConfig_testModelPredictedLabelConfig_matchesPython() throws Exception {
        ModelPredictedLabelConfig c = ModelPredictedLabelConfig.builder().label("label").probability("pr")
                .probabilityThreshold(0.2).labelHeaders(List.of("success")).build();
        assertThat(c.probabilityThreshold()).isEqualTo(0.2);
        assertThat(c.predictorConfig()).isEqualTo(dict("{'label': 'label', 'probability': 'pr', 'label_headers':"
                + " ['success']}"));
    }

    @Test
    void generator_biasPreTraining_matchesPython() throws Exception {
        // test_analysis_config_generator_for_bias_pre_training
        assertThat(SageMakerClarifyProcessor.biasPreTraining(dataConfig(), dataBiasConfig(),
                SageMakerClarifyProcessor.ALL)).isEqualTo(dict("{'dataset_type': 'text/csv', 'facet':"
                + " [{'name_or_index': 'F1'}], 'group_variable': 'F2', 'headers': ['Label', 'F1', 'F2', 'F3', 'F4'],"
                + " 'joinsource_name_or_index': 'F4', 'label': 'Label', 'label_values_or_threshold': [1],"
                + " 'methods': {'report': {'name': 'report', 'title': 'Analysis Report'}, 'pre_training_bias':"
                + " {'methods': 'all'}}}"));
    }

    @Test
    void generator_biasPostTrainingAndBias_matchPython() throws Exception {
        ModelPredictedLabelConfig label = ModelPredictedLabelConfig.builder().probability("pr")
                .labelHeaders(List.of("success")).build();
        String predictor = "'predictor': {'initial_instance_count': 1, 'instance_type': 'ml.c5.xlarge',"
                + " 'label_headers': ['success'], 'model_name': 'xgboost-model', 'probability': 'pr'}";
        String common = "'dataset_type': 'text/csv', 'facet': [{'name_or_index': 'F1'}], 'group_variable': 'F2',"
                + " 'headers': ['Label', 'F1', 'F2', 'F3', 'F4'], 'joinsource_name_or_index': 'F4', 'label': 'Label',"
                + " 'label_values_or_threshold': [1], ";
        // test_analysis_config_generator_for_bias_post_training
        assertThat(SageMakerClarifyProcessor.biasPostTraining(dataConfig(), dataBiasConfig(), label,
                SageMakerClarifyProcessor.ALL, modelConfig())).isEqualTo(dict("{" + common + "'methods': {'report':"
                + " {'name': 'report', 'title': 'Analysis Report'}, 'post_training_bias': {'methods': 'all'}}, "
                + predictor + "}"));
        // test_analysis_config_generator_for_bias
        assertThat(SageMakerClarifyProcessor.bias(dataConfig(), dataBiasConfig(), modelConfig(), label,
                SageMakerClarifyProcessor.ALL, SageMakerClarifyProcessor.ALL)).isEqualTo(dict("{" + common
                + "'methods': {'report': {'name': 'report', 'title': 'Analysis Report'}, 'post_training_bias':"
                + " {'methods': 'all'}, 'pre_training_bias': {'methods': 'all'}}, " + predictor + "}"));
    }

    @Test
    void generator_biasWithoutModelConfig_matchesPythonAndRefusesWithoutPredictedLabels() throws Exception {
        // test_analysis_config_for_bias_no_model_config
        DataConfig data = DataConfig.builder().s3DataInputPath("s3://path/to/input.csv")
                .s3OutputPath("s3://path/to/output").label("Label").headers(HEADERS).datasetType("text/csv")
                .predictedLabelDatasetUri("s3://path/to/predicted_labels.csv")
                .predictedLabelHeaders(List.of("PredictedLabel")).predictedLabel("PredictedLabel").build();
        ModelPredictedLabelConfig label = ModelPredictedLabelConfig.builder().probability("pr")
                .probabilityThreshold(0.8).labelHeaders(List.of("success")).build();
        assertThat(SageMakerClarifyProcessor.bias(data, dataBiasConfig(), null, label, SageMakerClarifyProcessor.ALL,
                SageMakerClarifyProcessor.ALL)).isEqualTo(dict("{'dataset_type': 'text/csv', 'headers': ['Label',"
                + " 'F1', 'F2', 'F3', 'F4'], 'label': 'Label', 'predicted_label_dataset_uri':"
                + " 's3://path/to/predicted_labels.csv', 'predicted_label_headers': ['PredictedLabel'],"
                + " 'predicted_label': 'PredictedLabel', 'label_values_or_threshold': [1], 'facet':"
                + " [{'name_or_index': 'F1'}], 'group_variable': 'F2', 'methods': {'report': {'name': 'report',"
                + " 'title': 'Analysis Report'}, 'pre_training_bias': {'methods': 'all'}, 'post_training_bias':"
                + " {'methods': 'all'}}, 'probability_threshold': 0.8}"));
        // test_invalid_analysis_config
        assertThatThrownBy(() -> SageMakerClarifyProcessor.bias(dataConfig(), dataBiasConfig(), null,
                ModelPredictedLabelConfig.builder().build(), SageMakerClarifyProcessor.ALL,
                SageMakerClarifyProcessor.ALL)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("model_config must be provided when `predicted_label_dataset_uri` or"
                        + " `predicted_label` are not provided in data_config.");
        assertThatThrownBy(() -> SageMakerClarifyProcessor.biasAndExplainability(dataConfig(), null,
                ModelPredictedLabelConfig.builder().build(), List.of(() -> JSON.createObjectNode().set("shap",
                        JSON.createObjectNode())), dataBiasConfig(), SageMakerClarifyProcessor.ALL,
                SageMakerClarifyProcessor.ALL)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("model_config must be provided when explainability methods are selected.");
    }

    @Test
    void processor_imageUri_isPythonsClarifyImage() {
        // test_uri: image_uris.retrieve("clarify", "us-west-2")
        try (dev.sagemaker4j.Session s = dev.sagemaker4j.Session.builder().backend("local").region("us-west-2")
                .root(java.nio.file.Path.of("target", "clarify-uri")).build()) {
            SageMakerClarifyProcessor p = SageMakerClarifyProcessor.builder().role("r").instanceCount(1)
                    .instanceType("ml.c5.xlarge").session(s).build();
            assertThat(p.imageUri())
                    .isEqualTo("306415355426.dkr.ecr.us-west-2.amazonaws.com/sagemaker-clarify-processing:1.0");
        }
    }
}
