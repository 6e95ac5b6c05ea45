/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * numpy arrays in Java: {@link dev.sagemaker4j.npy.NpyArray} (an immutable n-dimensional numeric
 * array), {@link dev.sagemaker4j.npy.NpyDType} (every numeric dtype of the {@code .npy} format, in
 * both byte orders) and {@link dev.sagemaker4j.npy.Npy} (reading and writing {@code .npy} files
 * byte for byte as numpy does). This is what {@code NumpySerializer} sends and
 * {@code NumpyDeserializer} returns.
 *
 * <pre>{@code
 * NpyArray x = NpyArray.of(new double[][] {{0.5, 1.5}, {2.5, 3.5}});
 * byte[] body = Npy.toBytes(x);                       // what np.save writes
 * NpyArray y = Npy.fromBytes(body);
 * double[][] rows = y.toDouble2D();
 * NpyArray f4 = y.astype(NpyDType.FLOAT32);           // y.astype(np.float32)
 * }</pre>
 */
package dev.sagemaker4j.npy;
