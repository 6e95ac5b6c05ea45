/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SourceCode;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.s3.S3Uri;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A model's script-mode code, as the Python SDK's {@code Model} stages it when it is created
 * ({@code prepare_container_def} → {@code _upload_code}, {@code _script_mode_env_vars}): with a local
 * {@code source_dir} (and no {@code git_config}) the code is repacked into the model artifact under
 * {@code code/} ({@code utils.repack_model}); otherwise it is uploaded as {@code sourcedir.tar.gz}
 * ({@code fw_utils.tar_and_upload_dir}). Immutable; {@link #stage} uploads.
 */
public final class ModelCode {
    /** Where a repacked or network-isolated model's code is in the container. */
    public static final String CONTAINER_CODE_DIR = "/opt/ml/model/code";

    private final String entryPoint;
    private final String sourceDir;
    private final List<String> dependencies;
    private final String bucket;
    private final String keyPrefix;
    private final int containerLogLevel;
    private final boolean fromGit;

    private ModelCode(String entryPoint, String sourceDir, List<String> dependencies, String bucket, String keyPrefix,
                      int containerLogLevel, boolean fromGit) {
        this.entryPoint = entryPoint;
        this.sourceDir = sourceDir;
        this.dependencies = dependencies;
        this.bucket = bucket;
        this.keyPrefix = keyPrefix;
        this.containerLogLevel = containerLogLevel;
        this.fromGit = fromGit;
    }

    /**
     * The code of a model, as Python's {@code Model.__init__} takes it: a {@code git_config} is cloned now.
     *
     * @param entryPoint        the script (relative to {@code sourceDir} when given)
     * @param sourceDir         a local folder or an {@code s3://} URI of a {@code sourcedir.tar.gz}, or {@code null}
     * @param dependencies      local paths, or {@code null}
     * @param codeLocation      an {@code s3://} URI, or {@code null} for the default bucket
     * @param containerLogLevel Python's logging level
     * @param gitConfig         a validated {@code git_config}, or {@code null}
     * @return the code
     */
    public static ModelCode of(String entryPoint, String sourceDir, List<String> dependencies, String codeLocation,
                               int containerLogLevel, Map<String, Object> gitConfig) {
        if (entryPoint == null) {
            throw new ValidationException("entryPoint", null, "is missing (sourceDir, dependencies, codeLocation and"
                    + " gitConfig stage a script)", "give the script to run, e.g. entryPoint(\"inference.py\")");
        }
        if (codeLocation != null && !codeLocation.startsWith("s3://")) {
            throw new ValidationException("codeLocation", codeLocation, "is not an s3:// URI", "write s3://bucket/prefix");
        }
        String script = entryPoint;
        String dir = sourceDir;
        List<String> deps = dependencies == null ? List.of() : List.copyOf(dependencies);
        if (gitConfig != null) {
            SourceCode.Located cloned = SourceCode.gitClone(gitConfig, script, dir, deps);
            script = cloned.entryPoint();
            dir = cloned.sourceDir();
            deps = cloned.dependencies();
        } else if (dir != null && !dir.toLowerCase(java.util.Locale.ROOT).startsWith("s3://")) {
            if (!Files.isDirectory(Paths.get(dir))) {
                throw new ValidationException("sourceDir", dir, "is not a folder", "give a local folder or an s3:// URI");
            }
        } else if (dir == null && !Files.isRegularFile(Paths.get(script))) {
            throw new ValidationException("entryPoint", script, "is not a file", "give the script's path");
        }
        S3Uri location = codeLocation == null ? null : S3Uri.parse(codeLocation);
        return new ModelCode(script, dir, deps, location == null ? null : location.bucket(),
                location == null ? null : location.key(), containerLogLevel, gitConfig != null);
    }

    /**
     * Whether the code is repacked into the model artifact, as {@code Model.is_repack()}: a source folder and
     * an entry point, not from Git.
     *
     * @return whether it is repacked
     */
    public boolean isRepack() {
        return sourceDir != null && !fromGit;
    }

    /** What {@link #stage} did: the container environment to add and the model data to use. */
    public record Staged(Map<String, String> environment, String modelData) {
    }

    /**
     * Uploads the code for a model about to be created and says what the container needs.
     *
     * @param session          the session
     * @param modelName        the model's name (the code's key prefix, under {@code codeLocation})
     * @param modelData        the model artifact, or {@code null}
     * @param networkIsolation whether the model runs without network
     * @return the environment ({@code SAGEMAKER_PROGRAM}, {@code SAGEMAKER_SUBMIT_DIRECTORY},
     *         {@code SAGEMAKER_CONTAINER_LOG_LEVEL}, {@code SAGEMAKER_REGION}) and the model data
     */
    public Staged stage(Session session, String modelName, String modelData, boolean networkIsolation) {
        // fw_utils.model_code_key_prefix, then s3.determine_bucket_and_prefix
        String deployPrefix = join(keyPrefix, modelName);
        String b = bucket != null ? bucket : session.defaultBucket();
        String prefix = bucket != null ? deployPrefix : join(session.defaultBucketPrefix(), deployPrefix);
        String script;
        String dir;
        String data = modelData;
        if (isRepack() && modelData != null) {
            data = "s3://" + b + "/" + join(prefix, "model.tar.gz");
            repack(session, modelData, b, join(prefix, ""));
            script = Paths.get(entryPoint).getFileName().toString();
            dir = CONTAINER_CODE_DIR;
        } else {
            SourceCode.Uploaded uploaded = SourceCode.tarAndUpload(tar -> session.uploadData(tar, b, prefix), entryPoint,
                    sourceDir, dependencies);
            script = uploaded.scriptName();
            dir = networkIsolation ? CONTAINER_CODE_DIR : uploaded.s3Prefix();
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SAGEMAKER_PROGRAM", script);
        env.put("SAGEMAKER_SUBMIT_DIRECTORY", dir);
        env.put("SAGEMAKER_CONTAINER_LOG_LEVEL", Integer.toString(containerLogLevel));
        env.put("SAGEMAKER_REGION", session.region());
        return new Staged(env, data);
    }

    /** utils.repack_model: the artifact with the code under code/ and the dependencies under code/lib/. */
    private void repack(Session session, String modelData, String bucket, String prefix) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("sagemaker4j-repack-");
            Path model = Files.createDirectory(tmp.resolve("model"));
            Path download = Files.createDirectory(tmp.resolve("download"));
            if (!modelData.startsWith("s3://")) {
                throw new ValidationException("modelData", modelData, "is not an s3:// URI, which repacking needs",
                        "upload the model.tar.gz first");
            }
            S3Uri source = S3Uri.parse(modelData);
            List<Path> files = session.downloadData(download, source.bucket(), source.key());
            if (files.size() != 1) {
                throw new ValidationException("modelData", modelData, "is not one model.tar.gz", "name the archive");
            }
            try (InputStream in = Files.newInputStream(files.get(0))) {
                Tarballs.unpack(in, model, modelData);
            }
            Path code = model.resolve("code");
            if (sourceDir.toLowerCase(java.util.Locale.ROOT).startsWith("s3://")) {
                S3Uri tar = S3Uri.parse(sourceDir);
                Path codeDownload = Files.createDirectory(tmp.resolve("code-download"));
                List<Path> codeFiles = session.downloadData(codeDownload, tar.bucket(), tar.key());
                deleteTree(code);
                try (InputStream in = Files.newInputStream(codeFiles.get(0))) {
                    Tarballs.unpack(in, code, sourceDir);
                }
            } else {
                deleteTree(code);
                copy(Paths.get(sourceDir), code);
            }
            for (String dependency : dependencies) {
                Path d = Paths.get(dependency);
                Files.createDirectories(code.resolve("lib"));
                copy(d, code.resolve("lib").resolve(d.getFileName().toString()));
            }
            Path upload = Files.createDirectory(tmp.resolve("upload"));
            Tarballs.pack(model, upload.resolve("model.tar.gz"));
            session.uploadData(upload.resolve("model.tar.gz"), bucket, prefix.replaceAll("/+$", ""));
        } catch (IOException e) {
            throw new StorageException(modelData, "could not be repacked with the code", true, e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            String p = part == null ? "" : part.replaceAll("^/+|/+$", "");
            if (!p.isEmpty()) {
                b.append(b.length() > 0 ? "/" : "").append(p);
            }
        }
        return b.toString();
    }

    private static void copy(Path source, Path target) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temporary file
                }
            });
        } catch (IOException e) {
            // a leftover temporary folder
        }
    }
}
