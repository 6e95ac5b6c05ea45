/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.remote;

import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns AWS SDK errors into the project's exception tree, keeping them as the cause. */
final class AwsErrors {
    private static final Set<String> THROTTLING = Set.of("ThrottlingException", "Throttling", "TooManyRequestsException",
            "RequestLimitExceeded", "ProvisionedThroughputExceededException", "ServiceUnavailable");

    private AwsErrors() {
    }

    static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(operation, e);
        }
    }

    static SageMakerException translate(String operation, SdkException e) {
        if (e instanceof AwsServiceException) {
            AwsServiceException s = (AwsServiceException) e;
            String code = s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorCode();
            String message = s.awsErrorDetails() == null ? s.getMessage() : s.awsErrorDetails().errorMessage();
            if (e instanceof software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException) {
                var m = (software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException) e;
                return new dev.sagemaker4j.exceptions.ModelErrorException(operation,
                        m.originalStatusCode() == null ? 0 : m.originalStatusCode(), m.originalMessage(), e);
            }
            if ("ServiceUnavailable".equals(code) || s.statusCode() == 429) {
                return new dev.sagemaker4j.exceptions.ThrottlingException(operation + ": " + message,
                        code == null ? "ThrottlingException" : code, s.statusCode());
            }
            if (("ValidationException".equals(code) || "ValidationError".equals(code)) && message != null
                    && message.startsWith("Could not find ")) {
                // how the service answers DescribeModel, DescribeEndpoint(Config) and their kin for a missing
                // name: a ValidationException in its words, a not-found for a Java caller
                return new ResourceNotFoundException("resource of", operation, message, e);
            }
            if ("ValidationException".equals(code) || "ValidationError".equals(code)) {
                return new ValidationException(operation + ": " + message, e);
            }
            if ("ResourceNotFound".equals(code) || "ResourceNotFoundException".equals(code)) {
                return new ResourceNotFoundException("resource of", operation, message, e);
            }
            if ("ResourceInUse".equals(code)) {
                return new ResourceInUseException("resource", operation, operation + ": " + message, e);
            }
            boolean retryable = THROTTLING.contains(code) || s.statusCode() >= 500 || s.isThrottlingException();
            return new ServiceException(operation + " failed: " + code + ": " + message, code, s.statusCode(),
                    s.requestId(), retryable, e);
        }
        boolean retryable = e instanceof SdkClientException || e.retryable();
        return new ServiceException(operation + " failed: " + e.getMessage(), null, 0, null, retryable, e);
    }
}
