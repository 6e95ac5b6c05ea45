/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs a user's {@link InferenceHandler}. */
public final class HandlerRuntime implements ModelRuntime {
    /** The model environment variable naming the handler class (as SAGEMAKER_PROGRAM names the script). */
    public static final String PROGRAM = "SAGEMAKER_PROGRAM";
    private static final Map<String, Class<?>> REGISTERED = new ConcurrentHashMap<>();

    private final InferenceHandler<Object, Object, Object> handler;
    private final Object model;
    private final String className;

    private HandlerRuntime(InferenceHandler<Object, Object, Object> handler, Object model, String className) {
        this.handler = handler;
        this.model = model;
        this.className = className;
    }

    /**
     * Remembers a handler class so endpoints in this JVM find it by name (JShell classes included).
     *
     * @param type the class
     */
    public static void register(Class<?> type) {
        REGISTERED.put(type.getName(), type);
    }

    /**
     * Creates the handler and loads its model.
     *
     * @param className the handler class
     * @param modelDir  the unpacked model
     * @return the runtime
     * @throws Exception what modelFn throws
     */
    @SuppressWarnings("unchecked")
    public static HandlerRuntime load(String className, Path modelDir) throws Exception {
        Class<?> type = REGISTERED.get(className);
        if (type == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                // loaded without running its static initialiser: a name from a request runs no code before its
                // type is checked (newInstance below initialises it)
                type = Class.forName(className, false, loader != null ? loader : HandlerRuntime.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ValidationException(PROGRAM, className, "is not a class on the class path",
                        "pass the handler with Model.builder().entryPoint(MyHandler.class)", e);
            }
        }
        if (!InferenceHandler.class.isAssignableFrom(type)) {
            throw new ValidationException(PROGRAM, className, "does not implement InferenceHandler",
                    "implement dev.sagemaker4j.inference.InferenceHandler");
        }
        InferenceHandler<Object, Object, Object> handler;
        try {
            handler = (InferenceHandler<Object, Object, Object>) type.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(className + " failed in its constructor: " + e.getCause(), e.getCause());
        }
        return new HandlerRuntime(handler, handler.modelFn(modelDir), className);
    }

    @Override
    public String name() {
        return className;
    }

    @Override
    public List<String> contentTypes() {
        return List.of("*/*");
    }

    @Override
    public List<String> accepts() {
        return List.of("*/*");
    }

    @Override
    public Invocation invoke(byte[] body, String contentType, String accept) {
        Object input;
        try {
            input = handler.inputFn(body, contentType);
        } catch (InferenceException e) {
            throw new ModelInvocationException(e.statusCode(), e.getMessage(), e);
        } catch (Exception e) {
            throw new ModelInvocationException(400, "input_fn: " + e, e);
        }
        try {
            Object prediction = handler.predictFn(input, model);
            InferenceHandler.Output output = handler.outputFn(prediction, accept);
            return new Invocation(output.body(), output.contentType());
        } catch (InferenceException e) {
            throw new ModelInvocationException(e.statusCode(), e.getMessage(), e);
        } catch (Exception e) {
            throw new ModelInvocationException(500, e.toString(), e);
        }
    }

    @Override
    public long sizeBytes() {
        return 1 << 20;
    }

    @Override
    public void close() {
        if (model instanceof AutoCloseable) {
            try {
                ((AutoCloseable) model).close();
            } catch (Exception ignored) {
                // closing a user's model: nothing more to do
            }
        }
    }
}
