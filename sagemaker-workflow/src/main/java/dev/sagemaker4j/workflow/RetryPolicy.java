/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import java.util.Map;

/**
 * How a step is retried, as in the Python SDK's {@code sagemaker.workflow.retry.RetryPolicy}: after
 * {@code intervalSeconds}, then each wait {@code backoffRate} times the one before, until {@code maxAttempts}
 * attempts or {@code expireAfterMins} minutes (exactly one of the two).
 */
public abstract class RetryPolicy {

    private final List<String> exceptionTypes;
    private final double backoffRate;
    private final int intervalSeconds;
    private final Integer maxAttempts;
    private final Integer expireAfterMins;

    RetryPolicy(List<String> exceptionTypes, RetryOptions options) {
        if ((options.maxAttempts == null) == (options.expireAfterMins == null)) {
            throw new ValidationException("RetryPolicies", null,
                    "gives " + (options.maxAttempts == null ? "neither" : "both") + " of maxAttempts and expireAfterMins",
                    "give exactly one of them");
        }
        if (options.backoffRate < 0) {
            throw new ValidationException("RetryPolicies.BackoffRate", options.backoffRate, "is negative",
                    "give a rate of 0 or more");
        }
        if (options.intervalSeconds < 0) {
            throw new ValidationException("RetryPolicies.IntervalSeconds", options.intervalSeconds, "is negative",
                    "give 0 seconds or more");
        }
        if (options.maxAttempts != null && (options.maxAttempts < 1 || options.maxAttempts > 20)) {
            throw new ValidationException("RetryPolicies.MaxAttempts", options.maxAttempts, "is outside 1 to 20",
                    "give 1 to 20 attempts");
        }
        if (options.expireAfterMins != null && (options.expireAfterMins < 0 || options.expireAfterMins > 14400)) {
            throw new ValidationException("RetryPolicies.ExpireAfterMin", options.expireAfterMins,
                    "is outside 0 to 14400 minutes", "give 0 to 14400 minutes");
        }
        this.exceptionTypes = List.copyOf(exceptionTypes);
        this.backoffRate = options.backoffRate;
        this.intervalSeconds = options.intervalSeconds;
        this.maxAttempts = options.maxAttempts;
        this.expireAfterMins = options.expireAfterMins;
    }

    /**
     * The policy as written in the step's {@code RetryPolicies}.
     *
     * @return {@code {"BackoffRate", "IntervalSeconds", "MaxAttempts"? , "ExpireAfterMin"?, "ExceptionType"}}
     */
    public Map<String, Object> toRequest() {
        Map<String, Object> request = Json.map("BackoffRate", backoffRate, "IntervalSeconds", intervalSeconds);
        if (maxAttempts != null) {
            request.put("MaxAttempts", maxAttempts);
        }
        if (expireAfterMins != null) {
            request.put("ExpireAfterMin", expireAfterMins);
        }
        request.put("ExceptionType", exceptionTypes);
        return request;
    }

    /** The optional arguments of a retry policy (Python's keywords after the exception types). */
    public static final class RetryOptions {
        private double backoffRate = 2.0;
        private int intervalSeconds = 1;
        private Integer maxAttempts;
        private Integer expireAfterMins;

        RetryOptions() {
        }

        /**
         * Python {@code backoff_rate}, default 2.0.
         *
         * @param backoffRate the multiplier of the wait per attempt
         * @return this
         */
        public RetryOptions backoffRate(double backoffRate) {
            this.backoffRate = backoffRate;
            return this;
        }

        /**
         * Python {@code interval_seconds}, default 1.
         *
         * @param intervalSeconds the first wait
         * @return this
         */
        public RetryOptions intervalSeconds(int intervalSeconds) {
            this.intervalSeconds = intervalSeconds;
            return this;
        }

        /**
         * Python {@code max_attempts}, 1 to 20.
         *
         * @param maxAttempts the most attempts
         * @return this
         */
        public RetryOptions maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Python {@code expire_after_mins}, 0 to 14400.
         *
         * @param expireAfterMins the minutes after which no attempt starts
         * @return this
         */
        public RetryOptions expireAfterMins(int expireAfterMins) {
            this.expireAfterMins = expireAfterMins;
            return this;
        }
    }
}
