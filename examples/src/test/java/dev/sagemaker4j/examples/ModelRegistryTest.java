/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {
    @TempDir
    Path root;

    @Test
    void run_registersTwoVersionsApprovesTheSecondAndServesIt() throws Exception {
        ExampleOutput out = new ExampleOutput();

        ModelRegistry.run(root, out.stream);

        String text = out.text();
        assertThat(text).containsPattern("registered: arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/1\n")
                .containsPattern("registered: arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/2\n")
                .contains("version 1: Completed, PendingManualApproval")
                .contains("version 2: Completed, PendingManualApproval")
                .contains("approved: arn:aws:sagemaker:us-east-1:000000000000:model-package/churn/2 "
                        + "(deeper trees, same data)");
        assertThat(out.number("agreeing rows: ")).isGreaterThanOrEqualTo(3);
        assertThat(text).containsOnlyOnce("trained on: ").contains("trained on: s3://")
                .containsPattern("trained on: s3://[^/]+/registry/train\\S*\n")
                .containsOnlyOnce("served by: ")
                .containsPattern("served by: arn:aws:sagemaker:us-east-1:000000000000:endpoint/[a-z0-9-]+\n");
    }
}
