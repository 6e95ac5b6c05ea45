/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.DefaultModelMonitor;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code DefaultModelMonitor.suggest_baseline} sends: the CreateProcessingJob request Python v2.257.6 builds
 * in {@code model_monitoring.py} ({@code _generate_env_map}, {@code _normalize_baseline_output},
 * {@code _upload_and_convert_to_processing_input} with the constants {@code _CONTAINER_BASE_PATH},
 * {@code _BASELINE_DATASET_INPUT_NAME}, {@code _DEFAULT_OUTPUT_NAME}); the unit tests in
 * {@code tests/unit/sagemaker/monitor/test_model_monitoring.py} mock the Processor and check only its {@code env},
 * so the dict below is the one that code produces for their arguments.
 */
class WireModelMonitorRequestsTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    static final String IMAGE = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer";

    static HttpServer stub;
    static Session client;
    static final List<RecordingClients.Captured> CAPTURED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        stub.start();
        client = RecordingClients.session(URI.create("http://127.0.0.1:" + stub.getAddress().getPort()), CAPTURED);
    }

    @AfterAll
    static void stop() {
        client.close();
        stub.stop(0);
    }

    static JsonNode dict(String python) throws Exception {
        return SdkJson.MAPPER.readTree(python.replace('\'', '"').replace("True", "true").replace("False", "false"));
    }

    @Test
    void suggestBaseline_csvWithoutHeader_sendsWhatPythonSends() throws Exception {
        DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(ROLE).instanceCount(1)
                .instanceType("ml.m5.xlarge").volumeSizeInGB(30).env(Map.of("env_key_1", "env_value_1"))
                .session(client).build();

        monitor.suggestBaseline("s3://bucket/baseline/data.csv", DatasetFormat.csv(false),
                o -> o.outputS3Uri("s3://bucket/baseline/results").wait(false).logs(false)
                        .jobName("baseline-job"));

        RecordingClients.Captured c = CAPTURED.stream().filter(r -> r.target().endsWith(".CreateProcessingJob"))
                .reduce((a, b) -> b).orElseThrow();
        JsonNode body = SdkJson.MAPPER.readTree(c.body());
        assertThat(monitor.imageUri()).isEqualTo(IMAGE);
        assertThat(body.path("ProcessingJobName").asText()).isEqualTo("baseline-job");
        assertThat(body.path("AppSpecification")).isEqualTo(dict("{'ImageUri': '" + IMAGE + "'}"));
        assertThat(body.path("RoleArn").asText()).isEqualTo(ROLE);
        ObjectNode env = (ObjectNode) dict("{'env_key_1': 'env_value_1',"
                + " 'output_path': '/opt/ml/processing/output', 'publish_cloudwatch_metrics': 'Disabled',"
                + " 'dataset_source': '/opt/ml/processing/input/baseline_dataset_input'}");
        // json.dumps(DatasetFormat.csv(header=False))
        env.put("dataset_format", "{\"csv\": {\"header\": false, \"output_columns_position\": \"START\"}}");
        assertThat(body.path("Environment")).isEqualTo(env);
        assertThat(body.path("ProcessingInputs")).isEqualTo(dict("[{'InputName': 'baseline_dataset_input',"
                + " 'AppManaged': False, 'S3Input': {'S3Uri': 's3://bucket/baseline/data.csv',"
                + " 'LocalPath': '/opt/ml/processing/input/baseline_dataset_input', 'S3DataType': 'S3Prefix',"
                + " 'S3InputMode': 'File', 'S3DataDistributionType': 'FullyReplicated',"
                + " 'S3CompressionType': 'None'}}]"));
        assertThat(body.path("ProcessingOutputConfig")).isEqualTo(dict("{'Outputs': [{'OutputName':"
                + " 'monitoring_output', 'AppManaged': False, 'S3Output': {'S3Uri': 's3://bucket/baseline/results',"
                + " 'LocalPath': '/opt/ml/processing/output', 'S3UploadMode': 'EndOfJob'}}]}"));
        assertThat(body.path("ProcessingResources")).isEqualTo(dict("{'ClusterConfig': {'InstanceCount': 1,"
                + " 'InstanceType': 'ml.m5.xlarge', 'VolumeSizeInGB': 30}}"));
    }
}
