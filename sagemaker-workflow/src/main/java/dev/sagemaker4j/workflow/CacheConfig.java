/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * Step caching, as in the Python SDK's {@code sagemaker.workflow.steps.CacheConfig}: a step whose arguments did not
 * change reuses an earlier execution's results within the expiry period.
 *
 * @param enableCaching whether to cache (Python {@code enable_caching}, default false)
 * @param expireAfter   an ISO-8601 duration such as {@code P30D} or {@code T12H}, or null (Python
 *                      {@code expire_after})
 */
public record CacheConfig(boolean enableCaching, String expireAfter) {

    /**
     * Caching without an expiry.
     *
     * @param enableCaching whether to cache
     */
    public CacheConfig(boolean enableCaching) {
        this(enableCaching, null);
    }

    /**
     * The step's {@code CacheConfig} member.
     *
     * @return {@code {"Enabled", "ExpireAfter"?}}
     */
    public Map<String, Object> config() {
        Map<String, Object> config = Json.map("Enabled", enableCaching);
        if (expireAfter != null) {
            config.put("ExpireAfter", expireAfter);
        }
        return config;
    }
}
