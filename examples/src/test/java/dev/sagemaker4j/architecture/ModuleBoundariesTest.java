/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundary (issue 14): no module's code uses another module's {@code internal} packages, and no
 * two packages depend on each other. What a
 * part in another module needs is public (the local kit in {@code dev.sagemaker4j.local}, the utilities in
 * {@code dev.sagemaker4j.utils}, the artifact formats in {@code dev.sagemaker4j.model.formats}); internals
 * stay free to change.
 *
 * <p>This module's test class path holds every published module and {@code examples}, so the rule covers
 * them all. Not covered: {@code benchmarks}, which measures internals on purpose (the CSV parser, the
 * feature store's files) and is not published. Test code may use internals of its own module.
 */
class ModuleBoundariesTest {
    private static final Pattern CLASSES_FOLDER = Pattern.compile("/([^/]+)/target/(?:test-)?classes/");
    private static final Pattern JAR = Pattern.compile("/([a-z0-9-]+?)-\\d[^/]*\\.jar");

    @BeforeAll
    static void onlyTheImportedClasses() {
        // classes outside the imported ones (the AWS SDK, the engines) are not resolved from the class path: the
        // rules need only their package names, and resolving them took most of a minute
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    }

    @Test
    void mainCode_usesNoOtherModulesInternalPackage() {
        JavaClasses classes = mainClasses();
        assertThat(modules(classes)).as("the modules the rule sees").contains("sagemaker-core",
                "sagemaker-inference", "sagemaker-estimators", "sagemaker-featurestore", "sagemaker-monitor",
                "sagemaker-workflow", "sagemaker-djl", "sagemaker-algorithms", "sagemaker-container",
                "sagemaker-testing", "examples");
        assertThat(violations(classes)).as("uses of another module's internal package").isEmpty();
    }

    /** The main classes of every module on this test class path. */
    private static JavaClasses mainClasses() {
        // one location per module (its classes folder or jar), not a scan of the whole class path
        Set<Location> locations = new LinkedHashSet<>();
        for (Class<?> c : List.of(dev.sagemaker4j.Session.class, dev.sagemaker4j.model.Model.class,
                dev.sagemaker4j.estimator.Estimator.class, dev.sagemaker4j.featurestore.FeatureGroup.class,
                dev.sagemaker4j.monitor.DefaultModelMonitor.class,
                dev.sagemaker4j.workflow.PipelineVariable.class,
                dev.sagemaker4j.testing.LocalSageMaker.class, dev.sagemaker4j.examples.Quickstart.class,
                dev.sagemaker4j.djl.DjlOffline.class, dev.sagemaker4j.container.ContainerMain.class)) {
            locations.add(Location.of(c.getProtectionDomain().getCodeSource().getLocation()));
        }
        // sagemaker-algorithms: its location is that of the runtime providers it registers
        for (dev.sagemaker4j.model.runtime.ModelRuntimeProvider p : java.util.ServiceLoader.load(
                dev.sagemaker4j.model.runtime.ModelRuntimeProvider.class)) {
            locations.add(Location.of(p.getClass().getProtectionDomain().getCodeSource().getLocation()));
        }
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(locations);
    }

    @Test
    void packages_dependOnEachOtherWithoutCycles() {
        // estimator <-> estimator.internal and spi -> progress -> internal -> spi were the last two cycles
        SlicesRuleDefinition.slices().matching("dev.sagemaker4j.(**)").should().beFreeOfCycles()
                .check(mainClasses());
    }

    @Test
    void rule_reportsAClassThatUsesAnotherModulesInternals() {
        JavaClasses classes = new ClassFileImporter().importClasses(ReachesIntoCore.class,
                dev.sagemaker4j.internal.local.LocalBackend.class);
        assertThat(violations(classes)).singleElement().asString()
                .contains(ReachesIntoCore.class.getName(), "dev.sagemaker4j.internal.local.LocalBackend");
    }

    /** A class of this module (its test classes) that reaches into core's internals: what the rule must catch. */
    static final class ReachesIntoCore {
        Class<?> backend() {
            return dev.sagemaker4j.internal.local.LocalBackend.class;
        }
    }

    private static List<String> modules(JavaClasses classes) {
        List<String> modules = new ArrayList<>();
        for (JavaClass c : classes) {
            String module = module(c);
            if (module != null && !modules.contains(module)) {
                modules.add(module);
            }
        }
        return modules;
    }

    private static List<String> violations(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass origin : classes) {
            String from = module(origin);
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (!target.getPackageName().contains(".internal") || !target.getPackageName().startsWith(
                        "dev.sagemaker4j.")) {
                    continue;
                }
                String to = module(target);
                if (to != null && from != null && !to.equals(from)) {
                    found.add(from + " -> " + to + ": " + d.getDescription());
                }
            }
        }
        return found;
    }

    /** The module a class was loaded from: {@code <module>/target/classes} in the reactor, or its jar. */
    private static String module(JavaClass c) {
        if (c.getSource().isEmpty()) {
            return null;
        }
        URI uri = c.getSource().get().getUri();
        String text = uri.toString();
        Matcher m = CLASSES_FOLDER.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        m = JAR.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
