/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.local.CallerIdentity;
import dev.sagemaker4j.spi.AuditApi;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.ServiceApi;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;

/**
 * The one hook of the local audit trail: every capability the local parts offer is wrapped once, at start,
 * in a proxy that appends each state-changing call to the {@link AuditLog}. A call changes state unless its
 * operation reads ({@code Describe}, {@code List}, {@code Get}, {@code BatchGet}, {@code Search},
 * {@code Query}, {@code Invoke}, ...), so a new part's operations (the model registry's CreateModelPackage,
 * UpdateModelPackage) are audited without a line here. The same wrapped objects serve Session.api() and the
 * LocalApiServer, whose verified access key id reaches the log through {@link CallerIdentity}.
 */
final class Auditing {
    /** Operations that read: everything else is audited. */
    private static final List<String> READS = List.of("describe", "list", "get", "batchGet", "batchDescribe",
            "search", "query", "invoke", "read", "render", "preview", "backendName", "unsupported");

    private Auditing() {
    }

    /**
     * A capability's implementation whose state-changing calls are recorded.
     *
     * @param capability the capability
     * @param api        its implementation
     * @param log        the log
     * @param <A>        its interface
     * @return the wrapped implementation (the implementation itself where nothing can change state)
     */
    static <A> A audit(Capability<A> capability, A api, AuditLog log) {
        Class<A> type = capability.type();
        if (!type.isInterface() || !ServiceApi.class.isAssignableFrom(type) || type == AuditApi.class) {
            return api;
        }
        // the feature store's PutRecord is data plane: recorded (without values) but not waited for
        boolean dataPlane = type == FeatureStoreRuntimeApi.class;
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "Audited(" + api + ")";
                };
            }
            if (args == null || args.length == 0 || !(args[0] instanceof SdkRequest request) || reads(method)) {
                return call(method, api, args);
            }
            String operation = operation(request);
            Object response;
            try {
                response = call(method, api, args);
            } catch (Throwable t) {
                log.append(entry(operation, request, null, errorCode(t)), !dataPlane);
                throw t;
            }
            log.append(entry(operation, request, response instanceof SdkPojo p ? p : null, null), !dataPlane);
            return response;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Method method, Object api, Object[] args) throws Throwable {
        try {
            return method.invoke(api, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static boolean reads(Method method) {
        String name = method.getName();
        for (String prefix : READS) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code CreateTrainingJobRequest} → {@code CreateTrainingJob}. */
    private static String operation(SdkRequest request) {
        String simple = request.getClass().getSimpleName();
        return simple.endsWith("Request") ? simple.substring(0, simple.length() - "Request".length()) : simple;
    }

    private static AuditLog.Entry entry(String operation, SdkRequest request, SdkPojo response, String error) {
        return new AuditLog.Entry(Instant.now(), operation, CallerIdentity.localUser(),
                CallerIdentity.currentAccessKeyId().orElse(null), (SdkPojo) request, response, error,
                new CompletableFuture<>());
    }

    /** The service's error code, as the LocalApiServer answers it. */
    static String errorCode(Throwable t) {
        if (t instanceof OperationNotSupportedException) {
            return "UnknownOperationException";
        } else if (t instanceof ResourceNotFoundException) {
            return "ResourceNotFound";
        } else if (t instanceof ResourceInUseException) {
            return "ResourceInUse";
        } else if (t instanceof ClientException) {
            return "ValidationException";
        } else if (t instanceof ServiceException s && s.errorCode() != null) {
            return s.errorCode();
        }
        return "InternalFailure";
    }
}
