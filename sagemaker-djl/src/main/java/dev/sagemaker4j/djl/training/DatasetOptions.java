/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;

/**
 * How {@link DjlTraining} reads a channel into a DJL dataset: the batch size and sampling, and the options of each
 * format (which {@code .npy} files hold features and labels, how image folders are decoded). Immutable; needs no
 * closing.
 *
 * <pre>{@code
 * ArrayDataset train = djl.imageFolder("train", o -> o.batchSize(64).grayscale(true));
 * }</pre>
 */
public final class DatasetOptions {
    private static final DatasetOptions DEFAULTS = builder().build();

    private final int batchSize;
    private final boolean shuffle;
    private final boolean dropLast;
    private final String featuresFile;
    private final String labelsFile;
    private final boolean grayscale;
    private final int width;
    private final int height;

    private DatasetOptions(Builder b) {
        this.batchSize = b.batchSize;
        this.shuffle = b.shuffle;
        this.dropLast = b.dropLast;
        this.featuresFile = b.featuresFile;
        this.labelsFile = b.labelsFile;
        this.grayscale = b.grayscale;
        this.width = b.width;
        this.height = b.height;
    }

    /**
     * A builder holding the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: batches of 32, shuffled, the last short batch kept, {@code features.npy}/{@code labels.npy},
     * colour images at their own size.
     *
     * @return the default options
     */
    public static DatasetOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder holding these options.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.batchSize = batchSize;
        b.shuffle = shuffle;
        b.dropLast = dropLast;
        b.featuresFile = featuresFile;
        b.labelsFile = labelsFile;
        b.grayscale = grayscale;
        b.width = width;
        b.height = height;
        return b;
    }

    /**
     * The batch size.
     *
     * @return examples per batch
     */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Whether each epoch visits the examples in a new random order.
     *
     * @return true to shuffle
     */
    public boolean shuffle() {
        return shuffle;
    }

    /**
     * Whether a last batch smaller than the batch size is dropped.
     *
     * @return true to drop it
     */
    public boolean dropLast() {
        return dropLast;
    }

    /**
     * The {@code .npy} file of features in a channel of two arrays.
     *
     * @return the file name
     */
    public String featuresFile() {
        return featuresFile;
    }

    /**
     * The {@code .npy} file of labels in a channel of two arrays.
     *
     * @return the file name
     */
    public String labelsFile() {
        return labelsFile;
    }

    /**
     * Whether images are decoded to one grey channel rather than three colour channels.
     *
     * @return true for grayscale
     */
    public boolean grayscale() {
        return grayscale;
    }

    /**
     * The width images are resized to; 0 keeps their own.
     *
     * @return pixels
     */
    public int width() {
        return width;
    }

    /**
     * The height images are resized to; 0 keeps their own.
     *
     * @return pixels
     */
    public int height() {
        return height;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DatasetOptions)) {
            return false;
        }
        DatasetOptions that = (DatasetOptions) o;
        return batchSize == that.batchSize && shuffle == that.shuffle && dropLast == that.dropLast
                && grayscale == that.grayscale && width == that.width && height == that.height
                && featuresFile.equals(that.featuresFile) && labelsFile.equals(that.labelsFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(batchSize, shuffle, dropLast, featuresFile, labelsFile, grayscale, width, height);
    }

    @Override
    public String toString() {
        return "DatasetOptions(batchSize=" + batchSize + ", shuffle=" + shuffle + ", dropLast=" + dropLast
                + ", featuresFile=" + featuresFile + ", labelsFile=" + labelsFile + ", grayscale=" + grayscale
                + ", width=" + width + ", height=" + height + ")";
    }

    /** Builds {@link DatasetOptions}; every setter validates its value at once. */
    public static final class Builder {
        private int batchSize = 32;
        private boolean shuffle = true;
        private boolean dropLast;
        private String featuresFile = "features.npy";
        private String labelsFile = "labels.npy";
        private boolean grayscale;
        private int width;
        private int height;

        private Builder() {
        }

        /**
         * Sets the batch size (default 32).
         *
         * @param batchSize examples per batch, at least 1
         * @return this builder
         * @throws ValidationException when it is below 1
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new ValidationException("batchSize", batchSize, "is below 1", "pass a batch size of 1 or more");
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Sets whether each epoch shuffles the examples (default true; use false for validation data).
         *
         * @param shuffle true to shuffle
         * @return this builder
         */
        public Builder shuffle(boolean shuffle) {
            this.shuffle = shuffle;
            return this;
        }

        /**
         * Sets whether a last short batch is dropped (default false).
         *
         * @param dropLast true to drop it
         * @return this builder
         */
        public Builder dropLast(boolean dropLast) {
            this.dropLast = dropLast;
            return this;
        }

        /**
         * Sets the features file of a channel of two {@code .npy} arrays (default {@code features.npy}).
         *
         * @param fileName a file name in the channel folder
         * @return this builder
         */
        public Builder featuresFile(String fileName) {
            this.featuresFile = fileName(fileName, "featuresFile");
            return this;
        }

        /**
         * Sets the labels file of a channel of two {@code .npy} arrays (default {@code labels.npy}).
         *
         * @param fileName a file name in the channel folder
         * @return this builder
         */
        public Builder labelsFile(String fileName) {
            this.labelsFile = fileName(fileName, "labelsFile");
            return this;
        }

        /**
         * Sets whether images are decoded to one grey channel (default false: three colour channels).
         *
         * @param grayscale true for grayscale
         * @return this builder
         */
        public Builder grayscale(boolean grayscale) {
            this.grayscale = grayscale;
            return this;
        }

        /**
         * Resizes every image to this size (default: each image keeps its own size, and all must be equal).
         *
         * @param width  pixels, at least 1
         * @param height pixels, at least 1
         * @return this builder
         * @throws ValidationException when either is below 1
         */
        public Builder resize(int width, int height) {
            if (width < 1 || height < 1) {
                throw new ValidationException("resize", width + "x" + height, "is not a size",
                        "pass a width and height of 1 pixel or more");
            }
            this.width = width;
            this.height = height;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public DatasetOptions build() {
            return new DatasetOptions(this);
        }

        private static String fileName(String name, String field) {
            if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.equals("..")) {
                throw new ValidationException(field, name, "is not a file name", "pass a name such as x.npy");
            }
            return name;
        }
    }
}
