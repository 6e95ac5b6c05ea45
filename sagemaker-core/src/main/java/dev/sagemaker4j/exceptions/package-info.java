/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The one unchecked exception tree of sagemaker4j, mirroring {@code sagemaker.exceptions}.
 *
 * <pre>
 * SageMakerException
 *  ├─ ClientException               caller mistakes; retrying unchanged will not help
 *  │   ├─ ValidationException       field, value and fix
 *  │   ├─ ResourceNotFoundException
 *  │   ├─ ResourceInUseException
 *  │   ├─ OperationNotSupportedException
 *  │   └─ BackendSelectionException
 *  └─ ServiceException              backend failures; see retryable()
 *      ├─ StorageException
 *      ├─ UnexpectedStatusException job failed or stopped while waited for
 *      ├─ WaiterTimeoutException
 *      ├─ ModelErrorException       the model answered an invocation with an error (424)
 *      └─ ThrottlingException       the endpoint is at capacity (503 / 429)
 * </pre>
 *
 * <pre>{@code
 * try {
 *     session.waitForJob("my-job", Duration.ofMinutes(5));
 * } catch (UnexpectedStatusException e) {
 *     System.err.println(e.failureReason());
 * }
 * }</pre>
 */
package dev.sagemaker4j.exceptions;
