/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalContainerProgramTest {

    @Test
    void repositoryOf_imageUris_isTheRepositoryWithoutRegistryTagOrDigest() {
        assertThat(LocalContainerProgram.repositoryOf(
                "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer"))
                .isEqualTo("sagemaker-model-monitor-analyzer");
        assertThat(LocalContainerProgram.repositoryOf("localhost:5000/team/analyzer:1.2"))
                .isEqualTo("team/analyzer");
        assertThat(LocalContainerProgram.repositoryOf("repo@sha256:abc")).isEqualTo("repo");
        assertThat(LocalContainerProgram.repositoryOf(null)).isNull();
    }
}
