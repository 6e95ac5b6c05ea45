/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

/**
 * Creates a part of the local backend; listed in
 * {@code META-INF/services/dev.sagemaker4j.internal.local.LocalComponentProvider}.
 */
public interface LocalComponentProvider {

    /**
     * Creates the part.
     *
     * @param context what the parts share
     * @return the part
     */
    LocalComponent create(LocalContext context);
}
