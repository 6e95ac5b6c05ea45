/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.SdkJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A missing resource is answered as the service answers it, on the wire a boto3 or CLI user sees: a
 * ValidationException "Could not find model "arn…"." where the service model declares no ResourceNotFound
 * (the Python SDK's {@code _deployment_entity_exists} relies on it), ResourceNotFound where it does; and
 * messages to HTTP clients do not tell them to call Java methods.
 */
class ServiceErrorCodesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DescribeModel|{\"ModelName\":\"nope\"}|ValidationException|Could not find model \"arn:aws:sagemaker:us-east-1:000000000000:model/nope\".",
        "DescribeEndpointConfig|{\"EndpointConfigName\":\"nope\"}|ValidationException|Could not find endpoint configuration \"arn:aws:sagemaker:us-east-1:000000000000:endpoint-config/nope\".",
        "DescribeEndpoint|{\"EndpointName\":\"nope\"}|ValidationException|Could not find endpoint \"arn:aws:sagemaker:us-east-1:000000000000:endpoint/nope\".",
        "DeleteModel|{\"ModelName\":\"nope\"}|ValidationException|Could not find model \"arn:aws:sagemaker:us-east-1:000000000000:model/nope\".",
        "DescribeTrainingJob|{\"TrainingJobName\":\"nope\"}|ResourceNotFound|Could not find training job \"arn:aws:sagemaker:us-east-1:000000000000:training-job/nope\".",
        "DescribeTransformJob|{\"TransformJobName\":\"nope\"}|ResourceNotFound|Could not find transform job \"arn:aws:sagemaker:us-east-1:000000000000:transform-job/nope\".",
    })
    void describeMissing_answersTheServicesCodeAndMessage(String operation, String body, String code, String message)
            throws Exception {
        JsonNode answer = call(operation, body);

        assertThat(answer.path("__type").asText()).isEqualTo(code);
        assertThat(answer.path("message").asText()).isEqualTo(message);
    }

    @Test
    void validationMessages_toHttpClients_nameNoJavaCall() throws Exception {
        JsonNode answer = call("CreateTrainingJob", "{\"TrainingJobName\":\"j1\",\"AlgorithmSpecification\":"
                + "{\"TrainingInputMode\":\"File\"},\"RoleArn\":\"arn:aws:iam::000000000000:role/r\","
                + "\"OutputDataConfig\":{\"S3OutputPath\":\"s3://b/o\"},\"ResourceConfig\":{\"InstanceType\":"
                + "\"local\",\"InstanceCount\":1,\"VolumeSizeInGB\":1},\"StoppingCondition\":"
                + "{\"MaxRuntimeInSeconds\":60}}");

        assertThat(answer.path("__type").asText()).isEqualTo("ValidationException");
        assertThat(answer.path("message").asText()).contains("TrainingImage").doesNotContain("(...)")
                .doesNotContain("builder()");
    }

    @Test
    void malformedPercentEncoding_inPathOrQuery_is400NotAServerError() throws Exception {
        try (Session session = Session.local(tmp.resolve("enc"));
             EndpointServer server = LocalApiServer.start(session, 0)) {
            URI url = URI.create(server.url());
            for (String path : new String[] {"/FeatureGroup/a%zz", "/FeatureGroup/g?RecordIdentifierValueAsString=%zz",
                "/endpoints/e%zz/invocations"}) {
                try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
                    socket.setSoTimeout(10_000);
                    String method = path.startsWith("/endpoints") ? "POST" : "GET";
                    socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: text/csv\r\nContent-Length: 3\r\nConnection: close\r\n\r\n1,2")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                    assertThat(status).as(path).matches("HTTP/1.1 4\\d\\d .*");
                }
            }
        }
    }

    private JsonNode call(String operation, String body) throws Exception {
        try (Session session = Session.local(tmp.resolve("root"));
             EndpointServer server = LocalApiServer.start(session, 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "/")).header("X-Amz-Target", "SageMaker." + operation)
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            return SdkJson.MAPPER.readTree(r.body());
        }
    }
}
