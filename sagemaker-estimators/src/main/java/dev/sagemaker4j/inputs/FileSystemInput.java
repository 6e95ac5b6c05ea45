/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.inputs;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.Channel;

/**
 * A training channel read from a file system, as {@code sagemaker.inputs.FileSystemInput}: an Amazon EFS or
 * FSx for Lustre file system the job's instances mount (the estimator needs {@code subnets} and
 * {@code securityGroupIds} that reach it). Sent to SageMaker as the channel's {@code FileSystemDataSource}; the
 * local backend mounts no file systems and rejects such a channel with a ValidationException naming it.
 * Immutable; needs no closing.
 *
 * <pre>{@code
 * estimator.fit(Map.of("train", new FileSystemInput("fs-0123abcd", "EFS", "/train")));
 * FileSystemInput rw = FileSystemInput.builder().fileSystemId("fs-0123abcd").fileSystemType("FSxLustre")
 *         .directoryPath("/fsx/train").fileSystemAccessMode("rw").contentType("text/csv").build();
 * }</pre>
 */
public final class FileSystemInput implements ChannelInput {
    private static final Set<String> TYPES = Set.of("EFS", "FSxLustre");
    private static final Set<String> ACCESS_MODES = Set.of("ro", "rw");
    private static final Pattern ID = Pattern.compile("^fs-[0-9a-f]{8,}$");

    private final String fileSystemId;
    private final String fileSystemType;
    private final String directoryPath;
    private final String fileSystemAccessMode;
    private final String contentType;

    /**
     * A read-only file system channel ({@code file_system_access_mode="ro"}, no content type).
     *
     * @param fileSystemId   the file system id, {@code fs-<hex>}
     * @param fileSystemType {@code EFS} or {@code FSxLustre}
     * @param directoryPath  the folder to read, absolute
     */
    public FileSystemInput(String fileSystemId, String fileSystemType, String directoryPath) {
        this(fileSystemId, fileSystemType, directoryPath, "ro", null);
    }

    /**
     * A builder for every keyword of Python's constructor.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private FileSystemInput(String fileSystemId, String fileSystemType, String directoryPath,
                            String fileSystemAccessMode, String contentType) {
        if (fileSystemId == null || !ID.matcher(fileSystemId).matches()) {
            throw new ValidationException("fileSystemId", fileSystemId, "is not a file system id",
                    "write fs-<hex>, e.g. fs-0123abcd");
        }
        if (!TYPES.contains(fileSystemType)) {
            throw new ValidationException("fileSystemType", fileSystemType, "is not one of " + TYPES,
                    "pass EFS or FSxLustre");
        }
        if (directoryPath == null || directoryPath.isEmpty() || directoryPath.length() > 4096) {
            throw new ValidationException("directoryPath", directoryPath, "is missing or longer than 4096",
                    "give the folder on the file system, e.g. /train");
        }
        if (!ACCESS_MODES.contains(fileSystemAccessMode)) {
            throw new ValidationException("fileSystemAccessMode", fileSystemAccessMode, "is not one of "
                    + ACCESS_MODES, "pass ro or rw");
        }
        this.fileSystemId = fileSystemId;
        this.fileSystemType = fileSystemType;
        this.directoryPath = directoryPath;
        this.fileSystemAccessMode = fileSystemAccessMode;
        this.contentType = contentType;
    }

    /**
     * The file system id.
     *
     * @return {@code fs-<hex>}
     */
    public String fileSystemId() {
        return fileSystemId;
    }

    /**
     * The file system type.
     *
     * @return {@code EFS} or {@code FSxLustre}
     */
    public String fileSystemType() {
        return fileSystemType;
    }

    /**
     * The folder read.
     *
     * @return the path
     */
    public String directoryPath() {
        return directoryPath;
    }

    /**
     * The access mode.
     *
     * @return {@code ro} or {@code rw}
     */
    public String fileSystemAccessMode() {
        return fileSystemAccessMode;
    }

    /**
     * The MIME type of the data.
     *
     * @return the content type, or {@code null}
     */
    public String contentType() {
        return contentType;
    }

    @Override
    public Channel toChannel(String channelName) {
        Channel.Builder c = Channel.builder().channelName(channelName).dataSource(d -> d.fileSystemDataSource(f -> f
                .fileSystemId(fileSystemId).fileSystemType(fileSystemType).directoryPath(directoryPath)
                .fileSystemAccessMode(fileSystemAccessMode)));
        // FileSystemInput.__init__: "if content_type:" (an empty string is left out too)
        if (contentType != null && !contentType.isEmpty()) {
            c.contentType(contentType);
        }
        return c.build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileSystemInput)) {
            return false;
        }
        FileSystemInput f = (FileSystemInput) o;
        return fileSystemId.equals(f.fileSystemId) && fileSystemType.equals(f.fileSystemType)
                && directoryPath.equals(f.directoryPath) && fileSystemAccessMode.equals(f.fileSystemAccessMode)
                && Objects.equals(contentType, f.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileSystemId, fileSystemType, directoryPath, fileSystemAccessMode, contentType);
    }

    @Override
    public String toString() {
        return "FileSystemInput[" + fileSystemType + " " + fileSystemId + ":" + directoryPath + "]";
    }

    /** Builds a {@link FileSystemInput}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String fileSystemId;
        private String fileSystemType;
        private String directoryPath;
        private String fileSystemAccessMode = "ro";
        private String contentType;

        private Builder() {
        }

        /**
         * Sets {@code file_system_id} (required).
         *
         * @param fileSystemId {@code fs-<hex>}
         * @return this builder
         */
        public Builder fileSystemId(String fileSystemId) {
            this.fileSystemId = fileSystemId;
            return this;
        }

        /**
         * Sets {@code file_system_type} (required).
         *
         * @param fileSystemType {@code EFS} or {@code FSxLustre}
         * @return this builder
         */
        public Builder fileSystemType(String fileSystemType) {
            this.fileSystemType = fileSystemType;
            return this;
        }

        /**
         * Sets {@code directory_path} (required).
         *
         * @param directoryPath the folder to read, absolute
         * @return this builder
         */
        public Builder directoryPath(String directoryPath) {
            this.directoryPath = directoryPath;
            return this;
        }

        /**
         * Sets {@code file_system_access_mode} (default {@code "ro"}).
         *
         * @param fileSystemAccessMode {@code ro} or {@code rw}
         * @return this builder
         */
        public Builder fileSystemAccessMode(String fileSystemAccessMode) {
            this.fileSystemAccessMode = fileSystemAccessMode;
            return this;
        }

        /**
         * Sets {@code content_type} (default {@code None}).
         *
         * @param contentType the MIME type of the data
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * Builds the input.
         *
         * @return the input
         * @throws ValidationException naming the first keyword the service would reject
         */
        public FileSystemInput build() {
            return new FileSystemInput(fileSystemId, fileSystemType, directoryPath, fileSystemAccessMode, contentType);
        }
    }
}
