/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.container;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.s3.S3Uri;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The user's code in the container: {@code sourcedir.tar.gz} fetched from where {@code sagemaker_submit_directory}
 * (or {@code SAGEMAKER_SUBMIT_DIRECTORY}) says, unpacked with the archive limits of the local backend, and a class
 * loader over its jars. The loader delegates to the container's own classes first, so a user jar that bundles
 * sagemaker4j classes cannot shadow {@code TrainingScript} or {@code InferenceHandler}.
 */
final class UserCode {
    private final Path root;

    /**
     * @param root the contract's root ({@code /opt/ml})
     */
    UserCode(Path root) {
        this.root = root;
    }

    /**
     * Unpacks the code archive into a folder.
     *
     * @param field    the setting that named it, for errors
     * @param location an {@code s3://} URI, a {@code file://} URI or a path (a path under {@code /opt/ml} is read
     *                 under the contract's root)
     * @param region   the region for an {@code s3://} location, or {@code null} for the SDK's default chain
     * @param into     the folder to fill
     * @throws IOException when the archive cannot be read
     */
    void unpack(String field, String location, String region, Path into) throws IOException {
        Files.createDirectories(into);
        if (location.toLowerCase(Locale.ROOT).startsWith("s3://")) {
            S3Uri uri = S3Uri.parse(location);
            String key = uri.key().endsWith(".tar.gz") ? uri.key() : uri.key() + "/sourcedir.tar.gz";
            var builder = S3Client.builder();
            if (region != null && !region.isBlank()) {
                builder.region(Region.of(region));
            }
            try (S3Client s3 = builder.build();
                 ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(uri.bucket()).key(key))) {
                Tarballs.unpack(in, into, location);
            }
            return;
        }
        Path archive = local(location);
        if (Files.isDirectory(archive)) {
            archive = archive.resolve("sourcedir.tar.gz");
        }
        if (!Files.isRegularFile(archive)) {
            throw new ValidationException(field, location, "names no sourcedir.tar.gz the container can read",
                    "upload the code with JavaEstimator.builder().sourceDir(...) or give an s3:// URI of a"
                            + " sourcedir.tar.gz");
        }
        try (InputStream in = Files.newInputStream(archive)) {
            Tarballs.unpack(in, into, location);
        }
    }

    /** A file:// URI or a path; {@code /opt/ml/...} maps under the root (the same path inside a container). */
    Path local(String location) {
        String path = location.startsWith("file://") ? Path.of(URI.create(location)).toString() : location;
        if (path.equals("/opt/ml") || path.startsWith("/opt/ml/")) {
            return root.resolve(path.substring("/opt/ml".length()).replaceFirst("^/", ""));
        }
        return Path.of(path);
    }

    /**
     * A class loader over a code folder: the folder itself (classes and resources) and every {@code .jar} in it
     * and in its {@code lib/} folder, in name order.
     *
     * @param folder the unpacked code
     * @param parent the container's class loader
     * @return the loader
     */
    static URLClassLoader loader(Path folder, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(folder.toUri().toURL());
            for (Path dir : List.of(folder, folder.resolve("lib"))) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
                            .collect(Collectors.toList())) {
                        urls.add(jar.toUri().toURL());
                    }
                }
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new URLClassLoader("user-code", urls.toArray(new URL[0]), parent);
    }
}
