/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The NVIDIA GPUs this machine lets the local backend use, for {@code local_gpu} and the {@code ml.p*} /
 * {@code ml.g*} instance types run locally: what SageMaker's local mode counts with {@code nvidia-smi}, found here
 * without running anything, from the driver's device files ({@code /dev/nvidia0}, ...) and limited by
 * {@code CUDA_VISIBLE_DEVICES} as CUDA limits it. Each engine says when it falls back to the CPU and why
 * ({@link #unavailableReason()} when no GPU is visible).
 */
public final class Gpus {
    private static final Pattern DEVICE = Pattern.compile("nvidia\\d+");

    private final int visible;
    private final String reason;

    private Gpus(int visible, String reason) {
        this.visible = visible;
        this.reason = reason;
    }

    /**
     * The GPUs of this machine and process environment.
     *
     * @return the answer, computed on each call (cheap: one folder listing)
     */
    public static Gpus detect() {
        return detect(Path.of("/dev"), System.getenv());
    }

    /**
     * The GPUs a device folder and an environment show: for tests, and for a container's own {@code /dev}.
     *
     * @param devices     the device folder ({@code /dev})
     * @param environment the process environment ({@code CUDA_VISIBLE_DEVICES})
     * @return the answer
     */
    public static Gpus detect(Path devices, Map<String, String> environment) {
        int devicesFound;
        try (Stream<Path> files = Files.list(devices)) {
            devicesFound = (int) files.filter(p -> DEVICE.matcher(p.getFileName().toString()).matches()).count();
        } catch (IOException | SecurityException e) {
            devicesFound = 0;
        }
        if (devicesFound == 0) {
            return new Gpus(0, "no NVIDIA GPU is visible (no " + devices.resolve("nvidia0")
                    + "; a container needs --gpus)");
        }
        String cuda = environment.get("CUDA_VISIBLE_DEVICES");
        if (cuda == null) {
            return new Gpus(devicesFound, null);
        }
        // CUDA counts the listed ids up to the first invalid one; an empty list or -1 hides every GPU
        int listed = 0;
        for (String id : cuda.split(",")) {
            String t = id.trim();
            if (t.isEmpty() || t.startsWith("-")) {
                break;
            }
            listed++;
        }
        int count = Math.min(listed, devicesFound);
        return count == 0 ? new Gpus(0, "CUDA_VISIBLE_DEVICES='" + cuda + "' hides the machine's " + devicesFound
                + " GPU(s)") : new Gpus(count, null);
    }

    /**
     * How many GPUs the engines may use.
     *
     * @return 0 or more
     */
    public int visible() {
        return visible;
    }

    /**
     * Why no GPU can be used, for the message of an engine that falls back to the CPU.
     *
     * @return the reason, or {@code null} when GPUs are visible
     */
    public String unavailableReason() {
        return reason;
    }

    @Override
    public String toString() {
        return visible > 0 ? visible + " GPU(s)" : "no GPU: " + reason;
    }
}
