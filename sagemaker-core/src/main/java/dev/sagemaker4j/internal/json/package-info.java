/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * AWS SDK v2 model objects to and from the service's own JSON; not public API.
 *
 * <pre>{@code
 * String json = SdkJson.toJsonString(describeTrainingJobResponse);
 * }</pre>
 */
package dev.sagemaker4j.internal.json;
