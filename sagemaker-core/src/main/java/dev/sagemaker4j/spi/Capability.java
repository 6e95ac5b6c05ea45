/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The key of one capability a backend may offer: training jobs, hosting, transform jobs, feature
 * groups, the runtime, an in-process fast path, ... Each capability interface declares its key as a
 * constant ({@link TrainingJobsApi#CAPABILITY}); a backend maps keys to implementations, and a caller
 * asks for one with {@link Backend#api(Capability)} or {@link Backend#find(Capability)}.
 *
 * <p>Keys compare by identity: one constant per capability interface.
 *
 * <pre>{@code
 * public interface ShadowTestsApi extends ServiceApi {
 *     Capability<ShadowTestsApi> CAPABILITY = Capability.of(ShadowTestsApi.class, backend -> () -> backend);
 *     default CreateInferenceExperimentResponse createInferenceExperiment(CreateInferenceExperimentRequest r) {
 *         throw unsupported("CreateInferenceExperiment");
 *     }
 * }
 * }</pre>
 *
 * @param <A> the capability's interface
 */
public final class Capability<A> {
    private final Class<A> type;
    private final Function<String, ? extends A> unsupported;

    private Capability(Class<A> type, Function<String, ? extends A> unsupported) {
        this.type = Objects.requireNonNull(type, "type");
        this.unsupported = unsupported;
    }

    /**
     * A capability every backend answers: one that lacks it answers with {@code unsupported}'s object,
     * whose operations throw {@link OperationNotSupportedException}.
     *
     * @param type        the capability's interface
     * @param unsupported makes the object a backend without the capability answers, from the backend name
     * @param <A>         the capability's interface
     * @return the key
     */
    public static <A extends ServiceApi> Capability<A> of(Class<A> type, Function<String, ? extends A> unsupported) {
        return new Capability<>(type, Objects.requireNonNull(unsupported, "unsupported"));
    }

    /**
     * A capability a backend may lack without an answer for it, such as an in-process fast path: the
     * caller then takes another road ({@link Backend#find(Capability)} is empty).
     *
     * @param type the capability's interface
     * @param <A>  the capability's interface
     * @return the key
     */
    public static <A> Capability<A> optional(Class<A> type) {
        return new Capability<>(type, null);
    }

    /**
     * The capability's interface.
     *
     * @return the interface
     */
    public Class<A> type() {
        return type;
    }

    /**
     * The capability's name in messages: its interface's simple name.
     *
     * @return e.g. {@code TrainingJobsApi}
     */
    public String name() {
        return type.getSimpleName();
    }

    /**
     * What a backend that lacks this capability answers.
     *
     * @param backendName the backend's name
     * @return an object whose operations throw {@link OperationNotSupportedException}
     * @throws OperationNotSupportedException for an {@linkplain #optional optional} capability
     */
    public A unsupported(String backendName) {
        if (unsupported == null) {
            throw new OperationNotSupportedException(name(), backendName);
        }
        return unsupported.apply(backendName);
    }

    @Override
    public String toString() {
        return name();
    }
}
