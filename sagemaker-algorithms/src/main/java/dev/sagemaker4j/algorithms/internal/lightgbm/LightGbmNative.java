/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_float;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads LightGBM's natives once per JVM and wraps the lightgbmlib calls the algorithm and its runtime make.
 * lightgbmlib (Microsoft's SWIG binding, the one SynapseML uses) ships {@code lib_lightgbm.so} and
 * {@code lib_lightgbm_swig.so} inside its jar but does not load them: they are copied into a private temporary
 * folder ({@code java.io.tmpdir}/sagemaker4j-lightgbm-*, owner-only, deleted once loaded) and loaded by absolute
 * path, the engine library first so that the binding's dependency on it ({@code NEEDED lib_lightgbm.so},
 * the engine's SONAME) resolves to the copy already loaded. Where the natives cannot load (another OS or
 * architecture than linux/x86_64, a missing {@code libgomp.so.1}), every use fails with an
 * {@link OperationNotSupportedException} naming the platform and the cause, never a JVM crash.
 */
final class LightGbmNative {
    /** The natives the jar holds for this platform, the engine first. */
    private static final String DIR = "/com/microsoft/ml/lightgbm/linux/x86_64/";
    private static final String[] LIBRARIES = {"lib_lightgbm.so", "lib_lightgbm_swig.so"};

    private LightGbmNative() {
    }

    /** The outcome of the one load, computed on first use (class initialisation is thread-safe and runs once). */
    private static final class Loaded {
        static final Throwable FAILURE = load();

        private static Throwable load() {
            Throwable platform = platformProblem(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
            if (platform != null) {
                return platform;
            }
            Path dir = null;
            try {
                dir = Files.createTempDirectory("sagemaker4j-lightgbm-");
                for (String name : LIBRARIES) {
                    try (InputStream in = LightGbmNative.class.getResourceAsStream(DIR + name)) {
                        if (in == null) {
                            return new IOException(DIR + name + " is not on the class path (is lightgbmlib-3.3.510"
                                    + ".jar there?)");
                        }
                        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                for (String name : LIBRARIES) {
                    System.load(dir.resolve(name).toAbsolutePath().toString());
                }
                return null;
            } catch (IOException | LinkageError | SecurityException e) {
                return e;
            } finally {
                // a loaded library stays mapped after its file is gone: the copies need not outlive the load
                deleteQuietly(dir);
            }
        }

        private static void deleteQuietly(Path dir) {
            if (dir == null) {
                return;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                dir.toFile().deleteOnExit();
            }
        }
    }

    /** Why the natives cannot load on a platform, or null on linux/x86_64 (the natives this loader takes). */
    static Throwable platformProblem(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            return null;
        }
        return new UnsupportedOperationException("lightgbmlib 3.3.510 is loaded here for linux/x86_64 only, and this "
                + "JVM runs on " + os + "/" + arch);
    }

    /**
     * Whether the natives are loaded (loading them on first call).
     *
     * @return true when LightGBM can run in this JVM
     */
    public static boolean available() {
        return Loaded.FAILURE == null;
    }

    /**
     * Loads the natives once per JVM, or fails.
     *
     * @throws OperationNotSupportedException when they cannot load here, with the cause
     */
    public static void ensureLoaded() {
        Throwable failure = Loaded.FAILURE;
        if (failure != null) {
            throw unavailable(failure);
        }
    }

    /** The error every use meets when the natives did not load, with why as its cause. */
    static OperationNotSupportedException unavailable(Throwable failure) {
        return new OperationNotSupportedException("LightGBM", "local", "its natives (lightgbmlib 3.3.510, "
                + "linux/x86_64 with libgomp.so.1) could not be loaded in this JVM (" + failure + "); run LightGBM jobs "
                + "on linux/x86_64, or on the sagemaker backend", failure);
    }

    /** Fails with LightGBM's own message when a call returns non-zero. */
    static void check(int rc, String call) {
        if (rc != 0) {
            throw new LightGbmException(call + " failed: " + lightgbmlib.LGBM_GetLastError());
        }
    }

    /** A LightGBM call that failed, with LightGBM's last error. */
    static final class LightGbmException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LightGbmException(String message) {
            super(message);
        }
    }

    /** Row-major float32 matrix in native memory; free with {@link lightgbmlib#delete_floatArray}. */
    static SWIGTYPE_p_float floats(float[][] rows, int cols) {
        SWIGTYPE_p_float data = lightgbmlib.new_floatArray((long) rows.length * cols);
        long i = 0;
        for (float[] row : rows) {
            for (int c = 0; c < cols; c++) {
                lightgbmlib.floatArray_setitem(data, i++, row[c]);
            }
        }
        return data;
    }

    static SWIGTYPE_p_float floats(float[] values) {
        SWIGTYPE_p_float data = lightgbmlib.new_floatArray(values.length);
        for (int i = 0; i < values.length; i++) {
            lightgbmlib.floatArray_setitem(data, i, values[i]);
        }
        return data;
    }

    /** Creates a dataset from a row-major float32 matrix with labels; {@code reference} aligns the bins. */
    static SWIGTYPE_p_void dataset(float[][] x, float[] y, String params, SWIGTYPE_p_void reference) {
        int cols = x[0].length;
        SWIGTYPE_p_float data = floats(x, cols);
        SWIGTYPE_p_float labels = null;
        SWIGTYPE_p_p_void out = lightgbmlib.new_voidpp();
        SWIGTYPE_p_void handle = null;
        try {
            check(lightgbmlib.LGBM_DatasetCreateFromMat(lightgbmlib.float_to_voidp_ptr(data),
                    lightgbmlib.C_API_DTYPE_FLOAT32, x.length, cols, 1, params, reference, out),
                    "LGBM_DatasetCreateFromMat");
            handle = lightgbmlib.voidpp_value(out);
            labels = floats(y);
            check(lightgbmlib.LGBM_DatasetSetField(handle, "label", lightgbmlib.float_to_voidp_ptr(labels),
                    y.length, lightgbmlib.C_API_DTYPE_FLOAT32), "LGBM_DatasetSetField(label)");
            SWIGTYPE_p_void done = handle;
            handle = null;
            return done;
        } finally {
            lightgbmlib.delete_floatArray(data);
            if (labels != null) {
                lightgbmlib.delete_floatArray(labels);
            }
            lightgbmlib.delete_voidpp(out);
            if (handle != null) {
                lightgbmlib.LGBM_DatasetFree(handle);
            }
        }
    }

    /** Frees a dataset handle; null is ignored. */
    static void freeDataset(SWIGTYPE_p_void handle) {
        if (handle != null) {
            lightgbmlib.LGBM_DatasetFree(handle);
        }
    }

    /** Frees a booster handle; null is ignored. */
    static void freeBooster(SWIGTYPE_p_void handle) {
        if (handle != null) {
            lightgbmlib.LGBM_BoosterFree(handle);
        }
    }

    /** Reads {@code n} doubles from native memory. */
    static double[] doubles(SWIGTYPE_p_double data, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = lightgbmlib.doubleArray_getitem(data, i);
        }
        return out;
    }
}
