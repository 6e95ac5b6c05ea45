/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import dev.sagemaker4j.exceptions.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Helpers for {@code file://} URIs, whose keys are absolute paths without the leading '/'. */
public final class Uris {
    private Uris() {
    }

    /**
     * Whether a URI names a local file.
     *
     * @param uri the URI text
     * @return {@code true} for {@code file:} URIs
     */
    public static boolean isFile(String uri) {
        return uri != null && uri.startsWith("file:");
    }

    /**
     * The key of a {@code file:} URI: its absolute path without the leading '/'. A trailing '/' is
     * kept, as it matters to prefixes.
     *
     * @param uri e.g. {@code file:///tmp/data/x.csv}
     * @return e.g. {@code tmp/data/x.csv}
     */
    public static String fileKey(String uri) {
        String path;
        try {
            URI parsed = new URI(uri.replace(" ", "%20"));
            if (parsed.getAuthority() != null && !parsed.getAuthority().isEmpty()
                    && !"localhost".equals(parsed.getAuthority())) {
                throw new ValidationException("uri", uri, "names a file on another host",
                        "write local files as file:///absolute/path");
            }
            path = parsed.getPath();
        } catch (URISyntaxException e) {
            throw new ValidationException("uri", uri, "is not a valid file URI: " + e.getReason(),
                    "write local files as file:///absolute/path", e);
        }
        if (path == null || !path.startsWith("/")) {
            throw new ValidationException("uri", uri, "is not an absolute file URI",
                    "write local files as file:///absolute/path");
        }
        return path.substring(1);
    }

    /**
     * The {@code file:} URI of a key.
     *
     * @param key an absolute path without its leading '/'
     * @return the URI text
     */
    public static String fileUri(String key) {
        return "file:///" + key;
    }

    /**
     * The {@code file:} URI of a path.
     *
     * @param path a path
     * @return the URI text, {@code file:///...}
     */
    public static String fileUri(Path path) {
        String absolute = path.toAbsolutePath().normalize().toString().replace('\\', '/');
        return "file://" + (absolute.startsWith("/") ? absolute : "/" + absolute);
    }
}
