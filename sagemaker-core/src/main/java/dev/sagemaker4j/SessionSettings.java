/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of a {@link Session}, as Python's {@code sagemaker.session_settings.SessionSettings}
 * ({@code Session(settings=SessionSettings(...))}); immutable.
 *
 * <pre>{@code
 * Session session = Session.builder().backend("local")
 *         .settings(SessionSettings.builder().localDownloadDir(Path.of("/tmp/artifacts")).build())
 *         .build();
 * }</pre>
 *
 * <p>What the settings mean here: Python reads all three only while it repacks a model archive
 * ({@code encrypt_repacked_artifacts}: server-side encryption of the repacked archive; {@code local_download_dir}:
 * the temporary folder the archive is downloaded to) or deploys a JumpStart model ({@code include_jumpstart_tags}).
 * This SDK repacks no archive (a model's {@code model_data} and {@code entry_point} are sent as given) and has no
 * JumpStart models, so the settings are kept, offered by {@link Session#settings()} for code ported from Python,
 * and change nothing.
 */
public final class SessionSettings {
    private static final SessionSettings DEFAULTS = builder().build();

    private final boolean encryptRepackedArtifacts;
    private final Path localDownloadDir;
    private final boolean includeJumpstartTags;

    private SessionSettings(Builder b) {
        this.encryptRepackedArtifacts = b.encryptRepackedArtifacts;
        this.localDownloadDir = b.localDownloadDir;
        this.includeJumpstartTags = b.includeJumpstartTags;
    }

    /**
     * Python's defaults: {@code SessionSettings()}.
     *
     * @return the default settings
     */
    public static SessionSettings defaults() {
        return DEFAULTS;
    }

    /**
     * A builder with Python's defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().encryptRepackedArtifacts(encryptRepackedArtifacts).localDownloadDir(localDownloadDir)
                .includeJumpstartTags(includeJumpstartTags);
    }

    /**
     * {@code encrypt_repacked_artifacts}.
     *
     * @return whether repacked artifacts are encrypted with the AWS managed S3 key when no KMS key is given
     */
    public boolean encryptRepackedArtifacts() {
        return encryptRepackedArtifacts;
    }

    /**
     * {@code local_download_dir}.
     *
     * @return the folder for temporary downloads, or {@code null} (the system's temporary folder)
     */
    public Path localDownloadDir() {
        return localDownloadDir;
    }

    /**
     * {@code include_jumpstart_tags}.
     *
     * @return whether JumpStart models get their tags
     */
    public boolean includeJumpstartTags() {
        return includeJumpstartTags;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionSettings other && encryptRepackedArtifacts == other.encryptRepackedArtifacts
                && Objects.equals(localDownloadDir, other.localDownloadDir)
                && includeJumpstartTags == other.includeJumpstartTags;
    }

    @Override
    public int hashCode() {
        return Objects.hash(encryptRepackedArtifacts, localDownloadDir, includeJumpstartTags);
    }

    @Override
    public String toString() {
        return "SessionSettings(encryptRepackedArtifacts=" + encryptRepackedArtifacts + ", localDownloadDir="
                + localDownloadDir + ", includeJumpstartTags=" + includeJumpstartTags + ")";
    }

    /** Builds {@link SessionSettings}; the methods are Python's keywords. */
    public static final class Builder {
        private boolean encryptRepackedArtifacts = true;
        private Path localDownloadDir;
        private boolean includeJumpstartTags = true;

        private Builder() {
        }

        /**
         * {@code encrypt_repacked_artifacts} (default True).
         *
         * @param encrypt whether to encrypt repacked artifacts
         * @return this builder
         */
        public Builder encryptRepackedArtifacts(boolean encrypt) {
            this.encryptRepackedArtifacts = encrypt;
            return this;
        }

        /**
         * {@code local_download_dir} (default None).
         *
         * @param dir the folder, or {@code null}
         * @return this builder
         */
        public Builder localDownloadDir(Path dir) {
            this.localDownloadDir = dir;
            return this;
        }

        /**
         * {@code include_jumpstart_tags} (default True).
         *
         * @param include whether to tag JumpStart models
         * @return this builder
         */
        public Builder includeJumpstartTags(boolean include) {
            this.includeJumpstartTags = include;
            return this;
        }

        /**
         * The settings.
         *
         * @return a new immutable value
         */
        public SessionSettings build() {
            return new SessionSettings(this);
        }
    }
}
