/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import dev.sagemaker4j.Session;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link LocalSageMaker}: it resolves parameters of type
 * {@link Session} and fills {@code Session} fields annotated with {@code @LocalSageMaker}, each
 * with a local session whose root is a new temporary folder, and closes the session and deletes
 * the folder when its test (or class) is done. See {@link LocalSageMaker} for the scopes and
 * options.
 *
 * <p>Register it with {@code @LocalSageMaker} on the class (or
 * {@code @ExtendWith(LocalSageMakerExtension.class)}):
 *
 * <pre>{@code
 * @LocalSageMaker(maxConcurrentJobs = 1)
 * class MyTest {
 *     @LocalSageMaker
 *     Session session;                           // a new session for each test
 *
 *     @Test
 *     void upload_string_readsBack() {
 *         String uri = session.uploadString("a,b", "s3://" + session.defaultBucket() + "/x.csv");
 *         assertThat(session.readS3File(session.defaultBucket(), "x.csv")).isEqualTo("a,b");
 *     }
 * }
 * }</pre>
 *
 * <p>The extension holds no state of its own (sessions live in JUnit's extension context
 * stores), so one instance serves any number of classes, in parallel too.
 */
public final class LocalSageMakerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, TestInstancePostProcessor, ParameterResolver {
    /**
     * The JUnit configuration parameter (or system property) naming the folder in which temporary
     * session roots are created when {@link LocalSageMaker#tempDir()} is not set.
     */
    public static final String TEMP_DIR_PROPERTY = "sagemaker4j.testing.tempDir";

    /**
     * The JUnit configuration parameter (or system property) giving the cleanup mode
     * ({@code always}, {@code on_success}, {@code never}) when {@link LocalSageMaker#cleanup()} is
     * not set.
     */
    public static final String CLEANUP_PROPERTY = "sagemaker4j.testing.cleanup";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalSageMakerExtension.class);

    /** Creates the extension; JUnit does this for {@code @LocalSageMaker}. */
    public LocalSageMakerExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        for (Field field : sessionFields(context.getRequiredTestClass(), true)) {
            inject(null, field, context);
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        if (perClass(context)) {
            for (Field field : sessionFields(testInstance.getClass(), false)) {
                inject(testInstance, field, context);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perClass(context)) {
            return;
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : sessionFields(instance.getClass(), false)) {
                inject(instance, field, context);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            // ON_SUCCESS keeps the roots of the class scopes too when one of their tests failed
            for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
                ScopedSessions sessions = existing(c.get());
                if (sessions != null) {
                    sessions.markFailed();
                }
            }
        }
        close(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            ScopedSessions sessions = existing(context);
            if (sessions != null) {
                sessions.markFailed();
            }
        }
        close(context);
    }

    /**
     * Asks JUnit for the test method's context when it creates a test instance, so that under the
     * default {@code PER_METHOD} lifecycle a constructor parameter gets the same session as the
     * test's own parameters and fields, closed after that test.
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Session.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        List<LocalSageMaker> annotations = new ArrayList<>();
        parameterContext.findAnnotation(LocalSageMaker.class).ifPresent(annotations::add);
        Executable executable = parameterContext.getDeclaringExecutable();
        AnnotationSupport.findAnnotation(executable, LocalSageMaker.class).ifPresent(annotations::add);
        try {
            return session(annotations, executable, extensionContext);
        } catch (ExtensionConfigurationException e) {
            throw new ParameterResolutionException(e.getMessage(), e.getCause());
        }
    }

    private void inject(Object instance, Field field, ExtensionContext context) {
        List<LocalSageMaker> annotations = new ArrayList<>();
        AnnotationSupport.findAnnotation(field, LocalSageMaker.class).ifPresent(annotations::add);
        Session session = session(annotations, null, context);
        try {
            field.setAccessible(true);
            field.set(instance, session);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException("@LocalSageMaker could not set field " + describe(field)
                    + ": " + e, e);
        }
    }

    private static Session session(List<LocalSageMaker> annotations, Executable executable, ExtensionContext context) {
        Optional<Method> testMethod = context.getTestMethod();
        if (testMethod.isPresent() && !testMethod.get().equals(executable)) {
            AnnotationSupport.findAnnotation(testMethod.get(), LocalSageMaker.class).ifPresent(annotations::add);
        }
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = enclosing(c)) {
            AnnotationSupport.findAnnotation(c, LocalSageMaker.class).ifPresent(annotations::add);
        }
        SessionOptions options = SessionOptions.merge(annotations, context::getConfigurationParameter);
        return scope(context).get(options);
    }

    private static Class<?> enclosing(Class<?> c) {
        // @Nested classes are inner classes: their options come from the classes around them
        return Modifier.isStatic(c.getModifiers()) ? null : c.getEnclosingClass();
    }

    private static List<Field> sessionFields(Class<?> testClass, boolean statics) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, LocalSageMaker.class,
                f -> Modifier.isStatic(f.getModifiers()) == statics);
        for (Field f : fields) {
            if (f.getType() != Session.class) {
                throw new ExtensionConfigurationException("@LocalSageMaker on field " + describe(f)
                        + ": the field's type is " + f.getType().getName() + "; it must be " + Session.class.getName());
            }
            if (Modifier.isFinal(f.getModifiers())) {
                throw new ExtensionConfigurationException("@LocalSageMaker on field " + describe(f)
                        + ": the field is final; remove 'final' so that the session can be injected");
            }
        }
        return fields;
    }

    private static String describe(Field f) {
        return f.getDeclaringClass().getName() + "." + f.getName();
    }

    private static boolean perClass(ExtensionContext context) {
        return context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                == TestInstance.Lifecycle.PER_CLASS;
    }

    private static String key(ExtensionContext context) {
        // the context's own id: a store lookup also searches the parents, whose sessions are theirs
        return "sessions " + context.getUniqueId();
    }

    private static ScopedSessions scope(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(key(context), k -> new ScopedSessions(owner(context)),
                ScopedSessions.class);
    }

    private static ScopedSessions existing(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(key(context), ScopedSessions.class);
    }

    private static void close(ExtensionContext context) {
        ScopedSessions sessions = existing(context);
        if (sessions != null) {
            sessions.close(context::publishReportEntry);
        }
    }

    private static String owner(ExtensionContext context) {
        String className = context.getTestClass().map(Class::getName).orElse(context.getDisplayName());
        return context.getTestMethod().map(m -> className + "." + m.getName() + "()").orElse(className);
    }
}
