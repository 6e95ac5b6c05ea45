/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

/** One input object of a transform job: where it is, its size, and its key relative to the input prefix. */
final class TransformItem {
    final String uri;
    /** The key under the input prefix (or as the manifest lists it): the output goes to {@code <it>.out}. */
    final String relative;
    final long size;

    TransformItem(String uri, String relative, long size) {
        this.uri = uri;
        this.relative = relative;
        this.size = size;
    }
}
