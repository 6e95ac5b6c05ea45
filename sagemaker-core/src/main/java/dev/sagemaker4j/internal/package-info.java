/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Backend discovery and the one class that reads system properties and environment variables;
 * not public API.
 *
 * <pre>{@code
 * Settings.fromSystem().backend();   // -Dsagemaker4j.backend or SAGEMAKER4J_BACKEND
 * }</pre>
 */
package dev.sagemaker4j.internal;
