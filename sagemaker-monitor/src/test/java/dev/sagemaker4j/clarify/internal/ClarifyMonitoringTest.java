/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drift rules of the Clarify monitors, on values computed by hand. */
class ClarifyMonitoringTest {
    static Map<String, Double> attributions(double sat, double gpa, double rank) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("SAT score", sat);
        m.put("GPA", gpa);
        m.put("Class rank", rank);
        return m;
    }

    @Test
    void ndcg_sameRanking_isOne() {
        assertThat(ClarifyMonitoring.ndcg(attributions(0.7, 0.5, 0.05), attributions(0.3, 0.2, 0.01)))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void ndcg_reversedRankingOfTheServicesExample_isTheHandValue() {
        // the service's college admission example: training 0.70, 0.50, 0.05; live 0.10, 0.20, 0.70
        double dcg = 0.05 / 1 + 0.5 / (Math.log(3) / Math.log(2)) + 0.7 / 2;
        double idcg = 0.7 / 1 + 0.5 / (Math.log(3) / Math.log(2)) + 0.05 / 2;
        assertThat(ClarifyMonitoring.ndcg(attributions(0.7, 0.5, 0.05), attributions(0.1, 0.2, 0.7)))
                .isCloseTo(dcg / idcg, within(1e-12)).isLessThan(ClarifyMonitoring.NDCG_THRESHOLD);
    }

    @Test
    void biasDrift_metricFartherFromItsIdeal_isAViolation() throws Exception {
        JsonNode baseline = Json.MAPPER.readTree("{\"post_training_bias_metrics\": {\"facets\": {\"Age\": [{"
                + "\"value_or_threshold\": \"40\", \"metrics\": [{\"name\": \"DPPL\", \"value\": 0.2},"
                + " {\"name\": \"DI\", \"value\": 0.9}, {\"name\": \"AD\", \"value\": 0.1}]}]}}}");
        JsonNode closer = Json.MAPPER.readTree("{\"post_training_bias_metrics\": {\"facets\": {\"Age\": [{"
                + "\"value_or_threshold\": \"40\", \"metrics\": [{\"name\": \"DPPL\", \"value\": 0.1},"
                + " {\"name\": \"DI\", \"value\": 1.05}, {\"name\": \"AD\", \"value\": -0.1}]}]}}}");
        JsonNode farther = Json.MAPPER.readTree("{\"post_training_bias_metrics\": {\"facets\": {\"Age\": [{"
                + "\"value_or_threshold\": \"40\", \"metrics\": [{\"name\": \"DPPL\", \"value\": -0.3},"
                + " {\"name\": \"DI\", \"value\": 0.8}, {\"name\": \"AD\", \"value\": null}]}]}}}");

        assertThat(ClarifyMonitoring.biasDrift(baseline, closer)).isEmpty();
        JsonNode v = ClarifyMonitoring.biasDrift(baseline, farther);
        assertThat(v).hasSize(2);
        assertThat(v.get(0).path("facet").asText()).isEqualTo("Age");
        assertThat(v.get(0).path("facet_value").asText()).isEqualTo("40");
        assertThat(v.get(0).path("metric_name").asText()).isEqualTo("DPPL");
        assertThat(v.get(0).path("constraint_check_type").asText()).isEqualTo("bias_drift_check");
        assertThat(v.get(0).path("description").asText())
                .isEqualTo("Value -0.3 does not meet the constraint requirement");
        assertThat(v.get(1).path("metric_name").asText()).isEqualTo("DI");
    }
}
