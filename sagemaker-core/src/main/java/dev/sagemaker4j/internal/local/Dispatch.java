/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds one API object out of the parts of the local backend: each operation goes to the one
 * part that overrides it; operations no part overrides keep the interface's default (which throws
 * OperationNotSupportedException naming the operation).
 */
final class Dispatch {
    private Dispatch() {
    }

    static <A> A compose(Class<A> api, String backendName, List<LocalComponent> components,
                         Function<LocalComponent, Object> part, java.util.function.BooleanSupplier closed) {
        Map<Method, Object> routes = new HashMap<>();
        Map<Method, Object> owners = new HashMap<>();
        for (LocalComponent component : components) {
            Object impl = part.apply(component);
            if (impl == null) {
                continue;
            }
            for (Method m : api.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || !m.isDefault() || m.getName().equals("unsupported")) {
                    continue;
                }
                Method actual;
                try {
                    actual = impl.getClass().getMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    continue;
                }
                if (actual.getDeclaringClass().isInterface()) {
                    continue;
                }
                Object previous = owners.putIfAbsent(m, component);
                if (previous != null) {
                    throw new IllegalStateException("Operation " + m.getName() + " is implemented by two parts of the "
                            + "local backend: " + previous.getClass().getName() + " and "
                            + component.getClass().getName());
                }
                routes.put(m, impl);
            }
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("backendName") && method.getParameterCount() == 0) {
                return backendName;
            }
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "toString":
                        return "local " + api.getSimpleName();
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            }
            if (closed.getAsBoolean()) {
                // a caller may keep the API object after Session.close(): it must not reach freed parts
                throw new dev.sagemaker4j.exceptions.SessionClosedException("The local " + api.getSimpleName()
                        + " of this session");
            }
            Object target = routes.get(method);
            try {
                if (target != null) {
                    return method.invoke(target, args);
                }
                return InvocationHandler.invokeDefault(proxy, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
    }
}
