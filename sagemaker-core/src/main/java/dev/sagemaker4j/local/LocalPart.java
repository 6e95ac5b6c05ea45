/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.TrainingJobsApi;

/**
 * One part of the local backend (training, hosting, transform, the feature store, and the parts a
 * third party adds). A part offers the capabilities it serves; the local backend collects them from
 * every part at start, and a capability offered by two parts is an error that names both.
 *
 * <p>A part is created by its {@link LocalPartProvider} with the {@link LocalContext} every part
 * shares, and closed with the session, after the job runner has stopped.
 *
 * <pre>{@code
 * final class Echoes implements LocalPart, EchoApi {
 *     public String backendName() { return "local"; }
 *     public void offer(Capabilities capabilities) { capabilities.offer(EchoApi.CAPABILITY, this); }
 *     public EchoResponse echo(EchoRequest r) { ... }
 * }
 * }</pre>
 */
public interface LocalPart extends AutoCloseable {

    /**
     * Offers the capabilities this part serves, e.g.
     * {@code capabilities.offer(TrainingJobsApi.CAPABILITY, this)}.
     *
     * @param capabilities the backend's capabilities, being filled
     */
    void offer(Capabilities capabilities);

    /**
     * Releases what the part holds. The job runner has stopped before a part is closed.
     */
    @Override
    default void close() {
    }
}
