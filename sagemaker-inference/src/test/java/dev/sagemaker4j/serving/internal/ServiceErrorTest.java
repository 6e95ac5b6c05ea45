/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.exceptions.ThrottlingException;
import dev.sagemaker4j.exceptions.ValidationException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;

class ServiceErrorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EndpointRef ENDPOINT = new EndpointRef("my-endpoint", "111122223333", "eu-west-1");

    @Test
    void from_modelError_424WithTheModelsStatusMessageAndLogGroup() throws Exception {
        ServiceError e = ServiceError.from(new ModelErrorException("my-endpoint", 400, "bad \"row\" 3", null), ENDPOINT);

        assertThat(e.status()).isEqualTo(424);
        assertThat(e.code()).isEqualTo("ModelError");
        assertThat(e.hasModelStatus()).isTrue();
        JsonNode json = JSON.readTree(e.json());
        assertThat(json.path("message").asText()).isEqualTo("Received client error (400) from primary with message"
                + " \"bad \"row\" 3\". See /aws/sagemaker/Endpoints/my-endpoint in account 111122223333 for more"
                + " information.");
        assertThat(json.path("OriginalStatusCode").asInt()).isEqualTo(400);
        assertThat(json.path("OriginalMessage").asText()).isEqualTo("bad \"row\" 3");
        assertThat(json.path("LogStreamArn").asText())
                .isEqualTo("arn:aws:logs:eu-west-1:111122223333:log-group:/aws/sagemaker/Endpoints/my-endpoint");
    }

    @Test
    void from_modelServerError_saysServerError() {
        ServiceError e = ServiceError.from(new ModelErrorException("my-endpoint", 500, "oops", null), ENDPOINT);

        assertThat(e.message()).startsWith("Received server error (500) from primary");
    }

    @Test
    void from_validationException_400ValidationErrorWithItsMessage() {
        ValidationException v = new ValidationException("ContentType", "a/b", "is not supported", "send text/csv");

        ServiceError e = ServiceError.from(v, ENDPOINT);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("ValidationError");
        assertThat(e.message()).isEqualTo(v.getMessage());
        assertThat(e.hasModelStatus()).isFalse();
    }

    @Test
    void from_endpointNotFound_400InTheServicesWords() {
        ServiceError e = ServiceError.from(new ResourceNotFoundException("Endpoint", "gone", "deploy it"), ENDPOINT);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("ValidationError");
        assertThat(e.message()).isEqualTo("Endpoint gone of account 111122223333 not found.");
    }

    @Test
    void from_otherResourceNotFound_400WithItsOwnMessage() {
        ServiceError e = ServiceError.from(new ResourceNotFoundException("Model", "m", "create it"), ENDPOINT);

        assertThat(e.code()).isEqualTo("ValidationError");
        assertThat(e.message()).contains("Could not find Model 'm'");
    }

    @Test
    void from_operationNotSupported_400() {
        ServiceError e = ServiceError.from(new OperationNotSupportedException("InvokeEndpoint", "x"), ENDPOINT);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("ValidationError");
    }

    @Test
    void from_throttling_itsOwnStatusAndCode() {
        ServiceError unavailable = ServiceError.from(new ThrottlingException("full", "ServiceUnavailable", 503), ENDPOINT);
        ServiceError throttled = ServiceError.from(new ThrottlingException("slow down", "ThrottlingException", 429),
                ENDPOINT);

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.code()).isEqualTo("ServiceUnavailable");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("ThrottlingException");
        assertThat(throttled.message()).isEqualTo("slow down");
    }

    @Test
    void from_serviceModelErrorWrappedByTheRemoteBackend_keepsTheOriginalDetails() {
        software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException remote =
                software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException.builder()
                        .statusCode(424).originalStatusCode(415).originalMessage("no json please")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ModelError").build()).build();
        ServiceException wrapped = new ServiceException("InvokeEndpoint failed", "ModelError", 424, "r", false, remote);

        ServiceError e = ServiceError.from(wrapped, ENDPOINT);

        assertThat(e.status()).isEqualTo(424);
        assertThat(e.originalStatusCode()).isEqualTo(415);
        assertThat(e.originalMessage()).isEqualTo("no json please");
    }

    @Test
    void from_serviceExceptionWithoutCode_500InternalFailure() {
        ServiceError e = ServiceError.from(new ServiceException("disk full", false, null), ENDPOINT);

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.code()).isEqualTo("InternalFailure");
        assertThat(e.message()).contains("my-endpoint").contains("disk full");
    }

    @Test
    void from_anyOtherException_500InternalFailureNamingIt() {
        ServiceError e = ServiceError.from(new IllegalStateException("bug"), ENDPOINT);

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.code()).isEqualTo("InternalFailure");
        assertThat(e.message()).contains("java.lang.IllegalStateException: bug");
    }

    @Test
    void timedOut_424WithOriginalStatusZeroAndTheServicesMessage() throws Exception {
        ServiceError e = ServiceError.timedOut(ENDPOINT);

        assertThat(e.status()).isEqualTo(424);
        assertThat(e.originalStatusCode()).isEqualTo(0);
        assertThat(e.hasModelStatus()).isFalse();
        assertThat(e.message()).startsWith("Received server error (0) from primary with message \"Your invocation"
                + " timed out while waiting for a response from container primary.");
    }

    @Test
    void tooLarge_413WithoutCode() throws Exception {
        ServiceError e = ServiceError.tooLarge(6291456);

        assertThat(e.status()).isEqualTo(413);
        assertThat(e.code()).isNull();
        JsonNode json = JSON.readTree(e.json());
        assertThat(json.path("message").asText()).isEqualTo("HTTP content length exceeded 6291456 bytes.");
        assertThat(json.has("OriginalStatusCode")).isFalse();
    }

    @Test
    void json_controlCharactersAndUnicode_escapedAndReadBack() throws Exception {
        String message = "line1\nline2\t\u0001 caf\u00e9 \u2713 \\ \"q\"";

        JsonNode json = JSON.readTree(ServiceError.of(400, "ValidationError", message).json());

        assertThat(json.path("message").asText()).isEqualTo(message);
        assertThat(json.size()).isEqualTo(1);
    }
}
