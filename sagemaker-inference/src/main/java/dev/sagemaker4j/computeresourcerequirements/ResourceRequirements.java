/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.computeresourcerequirements;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentComputeResourceRequirements;

/**
 * The compute resources of a model deployed as an inference component, as
 * {@code sagemaker.compute_resource_requirements.ResourceRequirements(requests, limits)}: CPU cores, memory and
 * accelerators to reserve per copy, the memory limit, and the number of copies. Immutable.
 *
 * <pre>{@code
 * // Python: ResourceRequirements(requests={"num_cpus": 1, "memory": 1024, "copies": 2}, limits={"memory": 4096})
 * ResourceRequirements r = ResourceRequirements.builder().numCpus(1).memory(1024).copies(2).maxMemory(4096).build();
 * model.deploy(d -> d.initialInstanceCount(1).instanceType("ml.g5.2xlarge")
 *         .endpointType(EndpointType.INFERENCE_COMPONENT_BASED).resources(r));
 * }</pre>
 */
public final class ResourceRequirements {
    private static final List<String> REQUESTS = List.of("num_cpus", "memory", "num_accelerators", "copies");

    private final Float numCpus;
    private final Integer minMemory;
    private final Float numAccelerators;
    private final Integer maxMemory;
    private final int copyCount;

    private ResourceRequirements(Builder b) {
        this.numCpus = b.numCpus;
        this.minMemory = b.memory;
        this.numAccelerators = b.numAccelerators;
        this.maxMemory = b.maxMemory;
        this.copyCount = b.copies;
    }

    /**
     * A builder: nothing requested, one copy (Python's defaults).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * As Python's constructor: {@code requests} with the keys {@code num_cpus}, {@code memory} (MB),
     * {@code num_accelerators} and {@code copies}; {@code limits} with {@code memory} (MB).
     *
     * @param requests the resources to reserve (may be {@code null})
     * @param limits   the limits (may be {@code null})
     * @return the requirements
     * @throws ValidationException for a key Python's class does not read
     */
    public static ResourceRequirements of(Map<String, ? extends Number> requests, Map<String, ? extends Number> limits) {
        Builder b = builder();
        if (requests != null) {
            for (Map.Entry<String, ? extends Number> e : requests.entrySet()) {
                Number v = e.getValue();
                switch (e.getKey()) {
                    case "num_cpus" -> b.numCpus(v == null ? null : v.floatValue());
                    case "memory" -> b.memory(v == null ? null : v.intValue());
                    case "num_accelerators" -> b.numAccelerators(v == null ? null : v.floatValue());
                    case "copies" -> b.copies(v == null ? 1 : v.intValue());
                    default -> throw new ValidationException("requests", e.getKey(), "is not a resource request",
                            "use the keys " + REQUESTS);
                }
            }
        }
        if (limits != null) {
            for (Map.Entry<String, ? extends Number> e : limits.entrySet()) {
                if (!"memory".equals(e.getKey())) {
                    throw new ValidationException("limits", e.getKey(), "is not a resource limit", "use the key memory");
                }
                b.maxMemory(e.getValue() == null ? null : e.getValue().intValue());
            }
        }
        return b.build();
    }

    /**
     * A builder holding these requirements.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().numCpus(numCpus).memory(minMemory).numAccelerators(numAccelerators).maxMemory(maxMemory)
                .copies(copyCount);
    }

    /**
     * {@code num_cpus}: CPU cores reserved per copy.
     *
     * @return the cores, or {@code null}
     */
    public Float numCpus() {
        return numCpus;
    }

    /**
     * {@code min_memory}: memory reserved per copy ({@code requests["memory"]}).
     *
     * @return MB, or {@code null}
     */
    public Integer minMemory() {
        return minMemory;
    }

    /**
     * {@code num_accelerators}: accelerator devices reserved per copy.
     *
     * @return the devices, or {@code null}
     */
    public Float numAccelerators() {
        return numAccelerators;
    }

    /**
     * {@code max_memory}: the memory limit per copy ({@code limits["memory"]}).
     *
     * @return MB, or {@code null}
     */
    public Integer maxMemory() {
        return maxMemory;
    }

    /**
     * {@code copy_count}: the copies of the model ({@code requests["copies"]}, default 1).
     *
     * @return the copies
     */
    public int copyCount() {
        return copyCount;
    }

    /**
     * The service's shape, as Python's {@code get_compute_resource_requirements()}: MinMemoryRequiredInMb, and
     * MaxMemoryRequiredInMb, NumberOfCpuCoresRequired and NumberOfAcceleratorDevicesRequired where set and not 0.
     *
     * @return the compute resource requirements of an InferenceComponentSpecification
     */
    public InferenceComponentComputeResourceRequirements computeResourceRequirements() {
        InferenceComponentComputeResourceRequirements.Builder b = InferenceComponentComputeResourceRequirements
                .builder().minMemoryRequiredInMb(minMemory);
        if (maxMemory != null && maxMemory != 0) {
            b.maxMemoryRequiredInMb(maxMemory);
        }
        if (numCpus != null && numCpus != 0f) {
            b.numberOfCpuCoresRequired(numCpus);
        }
        if (numAccelerators != null && numAccelerators != 0f) {
            b.numberOfAcceleratorDevicesRequired(numAccelerators);
        }
        return b.build();
    }

    private List<Object> values() {
        return Arrays.asList(numCpus, minMemory, numAccelerators, maxMemory, copyCount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceRequirements && values().equals(((ResourceRequirements) o).values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return "ResourceRequirements[numCpus=" + numCpus + ", minMemory=" + minMemory + ", numAccelerators="
                + numAccelerators + ", maxMemory=" + maxMemory + ", copyCount=" + copyCount + "]";
    }

    /** Builds {@link ResourceRequirements}; each method is a key of Python's {@code requests} or {@code limits}. */
    public static final class Builder {
        private Float numCpus;
        private Integer memory;
        private Float numAccelerators;
        private Integer maxMemory;
        private int copies = 1;

        private Builder() {
        }

        /**
         * {@code requests["num_cpus"]} (default None): CPU cores per copy.
         *
         * @param value the cores (fractions allowed, as the service's NumberOfCpuCoresRequired)
         * @return this builder
         */
        public Builder numCpus(Number value) {
            this.numCpus = value == null ? null : value.floatValue();
            return this;
        }

        /**
         * {@code requests["memory"]} (default None): memory per copy, MinMemoryRequiredInMb.
         *
         * @param value MB
         * @return this builder
         */
        public Builder memory(Integer value) {
            this.memory = value;
            return this;
        }

        /**
         * {@code requests["num_accelerators"]} (default None): accelerator devices per copy.
         *
         * @param value the devices
         * @return this builder
         */
        public Builder numAccelerators(Number value) {
            this.numAccelerators = value == null ? null : value.floatValue();
            return this;
        }

        /**
         * {@code requests["copies"]} (default 1): the copies of the model, the RuntimeConfig's CopyCount.
         *
         * @param value the copies, at least 1
         * @return this builder
         */
        public Builder copies(int value) {
            if (value < 1) {
                throw new ValidationException("copies", value, "is less than 1", "deploy at least one copy");
            }
            this.copies = value;
            return this;
        }

        /**
         * {@code limits["memory"]} (default None): the memory limit per copy, MaxMemoryRequiredInMb.
         *
         * @param value MB
         * @return this builder
         */
        public Builder maxMemory(Integer value) {
            this.maxMemory = value;
            return this;
        }

        /**
         * Builds the requirements.
         *
         * @return the requirements
         */
        public ResourceRequirements build() {
            return new ResourceRequirements(this);
        }
    }
}
