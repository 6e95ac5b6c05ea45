/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;

/**
 * Python's {@code sagemaker.clarify.ImageConfig}: SHAP for computer-vision models (image classification or object
 * detection, on superpixels). Sent to SageMaker inside {@link SHAPConfig}'s {@code image_config}; the local
 * analysis explains numeric tabular features and refuses it.
 *
 * <pre>{@code
 * ImageConfig image = ImageConfig.builder().modelType("OBJECT_DETECTION").maxObjects(4).iouThreshold(0.5)
 *         .build();
 * }</pre>
 */
public final class ImageConfig {
    private static final List<String> MODEL_TYPES = List.of("OBJECT_DETECTION", "IMAGE_CLASSIFICATION");

    private final ObjectNode config;

    private ImageConfig(Builder b) {
        if (!MODEL_TYPES.contains(b.modelType)) {
            throw new ValidationException("modelType", b.modelType, "Clarify SHAP only supports object detection and"
                    + " image classification methods.", "Please set model_type to OBJECT_DETECTION or"
                            + " IMAGE_CLASSIFICATION.");
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("model_type", b.modelType);
        if (b.numSegments != null) {
            o.put("num_segments", b.numSegments);
        }
        if (b.featureExtractionMethod != null) {
            o.put("feature_extraction_method", b.featureExtractionMethod);
        }
        if (b.segmentCompactness != null) {
            o.put("segment_compactness", b.segmentCompactness);
        }
        if (b.maxObjects != null) {
            o.put("max_objects", b.maxObjects);
        }
        if (b.iouThreshold != null) {
            o.put("iou_threshold", b.iouThreshold);
        }
        if (b.context != null) {
            o.put("context", b.context);
        }
        this.config = o;
    }

    /**
     * A builder; {@code modelType} is required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Python's {@code get_image_config()}: {@code model_type} and the optional keys that were set.
     *
     * @return a new JSON object each call
     */
    public ObjectNode getImageConfig() {
        return config.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageConfig && ((ImageConfig) o).config.equals(config);
    }

    @Override
    public int hashCode() {
        return config.hashCode();
    }

    @Override
    public String toString() {
        return "ImageConfig" + config;
    }

    /** The named arguments of Python's {@code ImageConfig(...)}. */
    public static final class Builder {
        private String modelType;
        private Integer numSegments;
        private String featureExtractionMethod;
        private Double segmentCompactness;
        private Integer maxObjects;
        private Double iouThreshold;
        private Double context;

        private Builder() {
        }

        /**
         * Python's {@code model_type} (required): {@code "IMAGE_CLASSIFICATION"} or {@code "OBJECT_DETECTION"}.
         *
         * @param modelType the kind of model
         * @return this builder
         */
        public Builder modelType(String modelType) {
            this.modelType = modelType;
            return this;
        }

        /**
         * Python's {@code num_segments}. Default {@code None} (SLIC with 20 segments).
         *
         * @param numSegments the approximate number of superpixels
         * @return this builder
         */
        public Builder numSegments(Integer numSegments) {
            this.numSegments = numSegments;
            return this;
        }

        /**
         * Python's {@code feature_extraction_method}. Default {@code None} ({@code "segmentation"}).
         *
         * @param featureExtractionMethod the method
         * @return this builder
         */
        public Builder featureExtractionMethod(String featureExtractionMethod) {
            this.featureExtractionMethod = featureExtractionMethod;
            return this;
        }

        /**
         * Python's {@code segment_compactness}. Default {@code None} (5).
         *
         * @param segmentCompactness colour against space proximity
         * @return this builder
         */
        public Builder segmentCompactness(Double segmentCompactness) {
            this.segmentCompactness = segmentCompactness;
            return this;
        }

        /**
         * Python's {@code max_objects}. Default {@code None} (3 for object detection).
         *
         * @param maxObjects the most objects shown
         * @return this builder
         */
        public Builder maxObjects(Integer maxObjects) {
            this.maxObjects = maxObjects;
            return this;
        }

        /**
         * Python's {@code iou_threshold}. Default {@code None} (0.5 for object detection).
         *
         * @param iouThreshold the least intersection over union, 0 to 1
         * @return this builder
         */
        public Builder iouThreshold(Double iouThreshold) {
            this.iouThreshold = iouThreshold;
            return this;
        }

        /**
         * Python's {@code context}. Default {@code None} (1.0 for object detection).
         *
         * @param context the share of the image outside the box used, 0 to 1
         * @return this builder
         */
        public Builder context(Double context) {
            this.context = context;
            return this;
        }

        /**
         * Builds the configuration, validating it as Python does.
         *
         * @return the configuration
         * @throws ValidationException when {@code modelType} is missing or not one of the two
         */
        public ImageConfig build() {
            return new ImageConfig(this);
        }
    }
}
