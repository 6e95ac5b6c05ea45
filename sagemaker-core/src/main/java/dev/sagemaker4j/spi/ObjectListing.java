/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing by prefix, in key order, with the token for the next page. Needs no
 * closing.
 */
public final class ObjectListing {
    private final List<ObjectSummary> objects;
    private final String nextContinuationToken;

    /**
     * Creates a page.
     *
     * @param objects               the objects of this page, in key order
     * @param nextContinuationToken the token for the next page, or {@code null} on the last page
     */
    public ObjectListing(List<ObjectSummary> objects, String nextContinuationToken) {
        this.objects = List.copyOf(objects);
        this.nextContinuationToken = nextContinuationToken;
    }

    /**
     * The objects of this page.
     *
     * @return an unmodifiable list in key order
     */
    public List<ObjectSummary> objects() {
        return objects;
    }

    /**
     * The token to pass for the next page.
     *
     * @return the token, empty on the last page
     */
    public Optional<String> nextContinuationToken() {
        return Optional.ofNullable(nextContinuationToken);
    }

    /**
     * Whether more pages follow.
     *
     * @return {@code true} when {@link #nextContinuationToken()} is present
     */
    public boolean isTruncated() {
        return nextContinuationToken != null;
    }
}
