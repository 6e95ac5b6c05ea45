/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.exceptions.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds {@link ProcessingScript} classes by name: classes handed to {@code JavaProcessor.entryPoint(Class)} in this
 * JVM first (so classes of any class loader, JShell's included, work), then the thread's context class loader.
 */
final class ProcessingScripts {
    private static final String FIELD = "AppSpecification.ContainerEntrypoint";
    private static final Map<String, Class<? extends ProcessingScript>> REGISTERED = new ConcurrentHashMap<>();

    private ProcessingScripts() {
    }

    /**
     * Remembers a class so a job in this JVM finds it by name.
     *
     * @param type the class
     */
    public static void register(Class<? extends ProcessingScript> type) {
        REGISTERED.put(type.getName(), type);
    }

    /**
     * Creates an instance of a script class.
     *
     * @param className the binary class name
     * @return a new instance
     * @throws ValidationException when the class is missing, not a ProcessingScript, or cannot be created
     */
    public static ProcessingScript create(String className) {
        Class<?> type = REGISTERED.get(className);
        if (type == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                // not initialised yet: a name from a request runs no code before its type is checked
                type = Class.forName(className, false, loader != null ? loader
                        : ProcessingScripts.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ValidationException(FIELD, className, "is not a class on the class path",
                        "put the class on the class path, or pass it with JavaProcessor.builder().entryPoint(MyScript.class)",
                        e);
            }
        }
        if (!ProcessingScript.class.isAssignableFrom(type)) {
            throw new ValidationException(FIELD, className, "does not implement ProcessingScript",
                    "implement dev.sagemaker4j.processing.ProcessingScript");
        }
        try {
            return (ProcessingScript) type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new ValidationException(FIELD, className,
                    "cannot be created: it needs a public no-argument constructor", "add one", e);
        } catch (InvocationTargetException e) {
            throw new ValidationException(FIELD, className, "failed in its constructor: " + e.getCause(),
                    "fix the constructor", e.getCause());
        }
    }
}
