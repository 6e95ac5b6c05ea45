/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.SHAPConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clarify's explanations layout from the "shap" method, its options and its refusals. */
class ShapAnalysisTest {
    static final List<String> NAMES = List.of("a", "b", "c", "d", "e");
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;

    static ModelInvoker linear() {
        // f = 2a - b + 0.5c + 0d + e: with one baseline row, phi_j = w_j (x_j - base_j)
        return rows -> {
            double[][] out = new double[rows.length][1];
            for (int r = 0; r < rows.length; r++) {
                double[] x = rows[r];
                out[r][0] = 2 * x[0] - x[1] + 0.5 * x[2] + x[4];
            }
            return out;
        };
    }

    static double[][] rows() {
        return new double[][] {{1, 2, 3, 4, 5}, {-1, 0, 1, 2, 3}, {0, 0, 0, 0, 0}, {2, -2, 4, 1, -1}};
    }

    @Test
    void run_sdkConfigWithBaselineRow_writesClarifyLayoutAndLocalCsv() throws Exception {
        SHAPConfig config = SHAPConfig.builder().baseline(new double[][] {{0, 0, 0, 0, 0}}).aggMethod("mean_abs")
                .seed(1).build();
        ObjectNode explanations = ShapAnalysis.run(config.getExplainabilityConfig(), NAMES, rows(), linear(), tmp);
        JsonNode label = explanations.path("kernel_shap").path("label0");
        assertThat(label.path("expected_value").asDouble()).isCloseTo(0, within(1e-12));
        JsonNode global = label.path("global_shap_values");
        assertThat(global.path("a").asDouble()).isCloseTo(2 * (1 + 1 + 0 + 2) / 4.0, within(1e-9));
        assertThat(global.path("b").asDouble()).isCloseTo((2 + 0 + 0 + 2) / 4.0, within(1e-9));
        assertThat(global.path("c").asDouble()).isCloseTo(0.5 * (3 + 1 + 0 + 4) / 4.0, within(1e-9));
        assertThat(global.path("d").asDouble()).isCloseTo(0, within(1e-9));
        assertThat(global.path("e").asDouble()).isCloseTo((5 + 3 + 0 + 1) / 4.0, within(1e-9));
        List<String> csv = Files.readAllLines(tmp.resolve("explanations_shap/out.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(5);
        assertThat(csv.get(0)).isEqualTo("a_label0,b_label0,c_label0,d_label0,e_label0");
        String[] first = csv.get(1).split(",");
        assertThat(Double.parseDouble(first[0])).isCloseTo(2, within(1e-9));
        assertThat(Double.parseDouble(first[1])).isCloseTo(-2, within(1e-9));
    }

    @Test
    void run_aggMethods_medianAndMeanSquare() throws Exception {
        double[][] rows = rows();
        JsonNode median = ShapAnalysis.run(JSON.readTree("{\"baseline\":[[0,0,0,0,0]],\"agg_method\":\"median\","
                + "\"save_local_shap_values\":false}"), NAMES, rows, linear(), tmp);
        // phi_a = 2, -2, 0, 4: the median is 1
        assertThat(median.at("/kernel_shap/label0/global_shap_values/a").asDouble()).isCloseTo(1, within(1e-9));
        JsonNode meanSq = ShapAnalysis.run(JSON.readTree("{\"baseline\":[0,0,0,0,0],\"agg_method\":\"mean_sq\","
                + "\"save_local_shap_values\":false}"), NAMES, rows, linear(), tmp);
        assertThat(meanSq.at("/kernel_shap/label0/global_shap_values/a").asDouble())
                .isCloseTo((4 + 4 + 0 + 16) / 4.0, within(1e-9));
        assertThat(tmp.resolve("explanations_shap")).doesNotExist();
    }

    @Test
    void run_baselineFromJsonLinesInstancesAndCsvFile_sameValues() throws Exception {
        Path csv = tmp.resolve("baseline.csv");
        Files.writeString(csv, "1,1,1,1,1\n-1,0,2,0,1\n");
        JsonNode fromFile = ShapAnalysis.run(JSON.readTree("{\"baseline\":" + JSON.writeValueAsString(
                csv.toUri().toString()) + ",\"seed\":2}"), NAMES, rows(), linear(), tmp.resolve("f"));
        JsonNode fromInstances = ShapAnalysis.run(JSON.readTree("{\"baseline\":{\"instances\":[{\"features\":"
                + "[1,1,1,1,1]},{\"features\":[-1,0,2,0,1]}]},\"seed\":2}"), NAMES, rows(), linear(), tmp.resolve("i"));
        assertThat(fromFile).isEqualTo(fromInstances);
        // two background rows, equally weighted: E[f] = mean(f(1,1,1,1,1), f(-1,0,2,0,1)) = mean(2.5, 0)
        assertThat(fromFile.at("/kernel_shap/label0/expected_value").asDouble()).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void run_noBaseline_kMeansBackgroundOfTheData() throws Exception {
        double[][] rows = new double[40][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i % 4, i % 3, i % 5, 1, i % 2};
        }
        JsonNode out = ShapAnalysis.run(JSON.readTree("{\"num_clusters\":3,\"seed\":4}"), NAMES, rows, linear(),
                tmp);
        double mean = 0;
        for (double[] r : rows) {
            mean += linear().predict(new double[][] {r})[0][0] / rows.length;
        }
        // a linear model's expectation over the cluster-size-weighted centres is its mean over the data
        assertThat(out.at("/kernel_shap/label0/expected_value").asDouble()).isCloseTo(mean, within(1e-9));
    }

    @Test
    void run_labelHeaders_nameEachOutput() {
        ModelInvoker two = rows -> {
            double[][] out = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                double p = 1 / (1 + Math.exp(-(rows[r][0] - rows[r][1])));
                out[r] = new double[] {1 - p, p};
            }
            return out;
        };
        ObjectNode out = ShapAnalysis.run(JsonNodeBuilder.shap("{\"baseline\":[[0,0,0,0,0]],\"use_logit\":true}"),
                NAMES, rows(), two, tmp, List.of("no", "yes"));
        assertThat(out.path("kernel_shap").fieldNames()).toIterable().containsExactly("no", "yes");
        // logit(p) = a - b exactly, so in log-odds the values are linear: |phi_a| mean = (1+1+0+2)/4
        assertThat(out.at("/kernel_shap/yes/global_shap_values/a").asDouble()).isCloseTo(1.0, within(1e-6));
        assertThatThrownBy(() -> ShapAnalysis.run(JsonNodeBuilder.shap("{\"baseline\":[[0,0,0,0,0]]}"), NAMES,
                rows(), two, tmp, List.of("only"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("label_headers");
    }

    @Test
    void run_unsupportedOrBadConfig_refusedNamingTheKey() {
        for (String bad : List.of("{\"text_config\":{\"granularity\":\"token\",\"language\":\"english\"}}",
                "{\"image_config\":{\"model_type\":\"IMAGE_CLASSIFICATION\"}}", "{\"features_to_explain\":[0]}",
                "{\"agg_method\":\"max\"}", "{\"baseline\":[[0,0]]}", "{\"baseline\":\"s3://b/k.csv\"}",
                "{\"baseline\":[[0,0,0,0,0]],\"num_clusters\":2}", "{\"num_samples\":0}",
                "{\"baseline\":[[\"x\",0,0,0,0]]}")) {
            assertThatThrownBy(() -> ShapAnalysis.run(JsonNodeBuilder.shap(bad), NAMES, rows(), linear(), tmp))
                    .as(bad).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> ShapAnalysis.run(JsonNodeBuilder.shap("{}"), NAMES, new double[][] {{1, 2}},
                linear(), tmp)).isInstanceOf(ValidationException.class).hasMessageContaining("dataset");
    }

    /** Parses test JSON without a checked exception. */
    static final class JsonNodeBuilder {
        static JsonNode shap(String text) {
            try {
                return JSON.readTree(text);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
