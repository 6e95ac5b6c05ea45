/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

/**
 * Creates a part of the local backend. Providers are found with {@link java.util.ServiceLoader}:
 * list the class in {@code META-INF/services/dev.sagemaker4j.local.LocalPartProvider} and it joins
 * every local session created while it is on the class path.
 *
 * <pre>{@code
 * public final class EchoesProvider implements LocalPartProvider {
 *     public LocalPart create(LocalContext context) { return new Echoes(context); }
 * }
 * }</pre>
 */
public interface LocalPartProvider {

    /**
     * Creates the part.
     *
     * @param context what the parts of one session share
     * @return the part
     */
    LocalPart create(LocalContext context);
}
