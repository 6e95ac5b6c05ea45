/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.testsupport.hosting.FuzzRequest;
import java.util.Map;

/**
 * Fuzz target for the local API server's Signature Version 4 check. Contract: any request (method,
 * raw path, raw query, headers, body) gets an answer, {@code null} or the reason it is refused (a 400,
 * 403 or 413 with the service's error code); nothing is thrown; the time is bounded.
 */
class SigV4VerifierFuzzTest {
    private static final SigV4Verifier VERIFIER = new SigV4Verifier(Map.of("AKIDFUZZ", "fuzz-secret"));

    /** The input is written like an HTTP request, see {@link FuzzRequest}. */
    @FuzzTest(maxDuration = "10m")
    void verify(byte[] input) throws Exception {
        FuzzRequest r = FuzzRequest.parse(input);
        typedOnly(input.length, () -> {
            SigV4Verifier.Problem problem = VERIFIER.verify(r.method(), r.path(), r.query(), r.headers(), r.body());
            if (problem != null) {
                assertThat(problem.status()).isIn(400, 403, 413);
                assertThat(problem.code()).matches("[A-Za-z0-9]+");
                assertThat(problem.message()).isNotBlank();
            }
        });
    }
}
