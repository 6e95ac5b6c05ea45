/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.exceptions.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds entry point classes by name: classes handed to {@code JavaEstimator.entryPoint(Class)} in
 * this JVM first (so classes of any class loader, JShell's included, work), then the thread's
 * context class loader.
 */
final class EntryPoints {
    private static final Map<String, Class<? extends TrainingScript>> REGISTERED = new ConcurrentHashMap<>();

    private EntryPoints() {
    }

    /**
     * Remembers a class so a job in this JVM can find it by name.
     *
     * @param type the class
     */
    public static void register(Class<? extends TrainingScript> type) {
        REGISTERED.put(type.getName(), type);
    }

    /**
     * Creates an instance of an entry point.
     *
     * @param className the binary class name
     * @return a new instance
     * @throws ValidationException when the class is missing, not a TrainingScript, or cannot be created
     */
    public static TrainingScript create(String className) {
        Class<?> type = REGISTERED.get(className);
        if (type == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                // loaded without running its static initialiser: a name from a request runs no code before its
                // type is checked (newInstance below initialises it)
                type = Class.forName(className, false, loader != null ? loader : EntryPoints.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ValidationException("sagemaker_program", className, "is not a class on the class path",
                        "put the class on the class path, or pass it with JavaEstimator.builder().entryPoint(MyScript.class)",
                        e);
            }
        }
        if (!TrainingScript.class.isAssignableFrom(type)) {
            throw new ValidationException("sagemaker_program", className, "does not implement TrainingScript",
                    "implement dev.sagemaker4j.estimator.TrainingScript");
        }
        try {
            return (TrainingScript) type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new ValidationException("sagemaker_program", className,
                    "cannot be created: it needs a public no-argument constructor", "add one", e);
        } catch (InvocationTargetException e) {
            throw new ValidationException("sagemaker_program", className, "failed in its constructor: "
                    + e.getCause(), "fix the constructor", e.getCause());
        }
    }
}
