/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricData;
import software.amazon.awssdk.services.sagemaker.model.SecondaryStatusTransition;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;

class SdkJsonTest {
    @Test
    void roundTrip_describeTrainingJob_keepsEveryMember() {
        Instant created = Instant.parse("2026-11-27T10:15:30.123456789Z");
        DescribeTrainingJobResponse original = DescribeTrainingJobResponse.builder()
                .trainingJobName("job-1")
                .trainingJobStatus("Completed")
                .hyperParameters(Map.of("eta", "0.1", "num_round", "10"))
                .creationTime(created)
                .secondaryStatusTransitions(SecondaryStatusTransition.builder().status("Starting")
                        .startTime(created).endTime(created.plusSeconds(3)).statusMessage("go").build())
                .finalMetricDataList(MetricData.builder().metricName("validation:auc").value(0.97f)
                        .timestamp(created).build())
                .trainingTimeInSeconds(12)
                .enableNetworkIsolation(false)
                .build();

        ObjectNode json = SdkJson.toJson(original);
        DescribeTrainingJobResponse back = SdkJson.fromJson(json, DescribeTrainingJobResponse::builder);

        assertThat(back).isEqualTo(original);
        assertThat(json.get("TrainingJobName").asText()).isEqualTo("job-1");
        assertThat(json.get("CreationTime").decimalValue()).isEqualByComparingTo("1795774530.123456789");
        assertThat(json.has("ModelArtifacts")).isFalse();
    }

    @Test
    void blobs_areBase64() {
        InvokeEndpointRequest request = InvokeEndpointRequest.builder().endpointName("e")
                .body(SdkBytes.fromUtf8String("1,2,3")).build();

        ObjectNode json = SdkJson.toJson(request);

        assertThat(json.get("Body").asText()).isEqualTo("MSwyLDM=");
        assertThat(SdkJson.fromJson(json, InvokeEndpointRequest::builder)).isEqualTo(request);
    }

    @Test
    void fromJson_wrongMemberType_isValidationErrorNamingThePath() {
        assertThatThrownBy(() -> SdkJson.fromJson("{\"TrainingJobName\":\"j\",\"TrainingTimeInSeconds\":\"ten\"}",
                DescribeTrainingJobResponse::builder))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("TrainingTimeInSeconds"));
        assertThatThrownBy(() -> SdkJson.fromJson("{\"SecondaryStatusTransitions\":[{\"StartTime\":true}]}",
                DescribeTrainingJobResponse::builder))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("SecondaryStatusTransitions[0].StartTime"));
        assertThatThrownBy(() -> SdkJson.fromJson("{not json", DescribeTrainingJobResponse::builder))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is not valid JSON");
    }
}
