/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The one class that reads settings from system properties and environment variables; not public API. A
 * package of its own, which depends on nothing else of the project, so that every package may read settings
 * without a package cycle ({@code spi → progress → internal → spi} before).
 */
package dev.sagemaker4j.internal.settings;
