/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpusTest {

    @Test
    void detect_noDeviceFiles_noneWithTheReason(@TempDir Path dev) throws Exception {
        Files.createFile(dev.resolve("nvidiactl")); // the control device is not a GPU
        Gpus gpus = Gpus.detect(dev, Map.of());
        assertThat(gpus.visible()).isZero();
        assertThat(gpus.unavailableReason()).contains("no NVIDIA GPU is visible").contains("nvidia0");
    }

    @Test
    void detect_twoDevices_cudaVisibleDevicesLimitsAsCudaDoes(@TempDir Path dev) throws Exception {
        for (String f : new String[] {"nvidia0", "nvidia1", "nvidiactl", "nvidia-uvm"}) {
            Files.createFile(dev.resolve(f));
        }
        assertThat(Gpus.detect(dev, Map.of()).visible()).isEqualTo(2);
        assertThat(Gpus.detect(dev, Map.of("CUDA_VISIBLE_DEVICES", "1")).visible()).isEqualTo(1);
        assertThat(Gpus.detect(dev, Map.of("CUDA_VISIBLE_DEVICES", "0,1,2")).visible()).isEqualTo(2);
        // CUDA stops at the first invalid id
        assertThat(Gpus.detect(dev, Map.of("CUDA_VISIBLE_DEVICES", "0,-1,1")).visible()).isEqualTo(1);
        Gpus hidden = Gpus.detect(dev, Map.of("CUDA_VISIBLE_DEVICES", ""));
        assertThat(hidden.visible()).isZero();
        assertThat(hidden.unavailableReason()).contains("CUDA_VISIBLE_DEVICES=''").contains("2 GPU(s)");
        assertThat(Gpus.detect(dev, Map.of()).unavailableReason()).isNull();
    }
}
