/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.sagemaker4j.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs the classes of {@link ExtensionCases} on the Jupiter engine, as a user's build would, and
 * checks what they saw and how they ended.
 */
class LocalSageMakerExtensionTest {
    @TempDir
    Path tempDir;

    @BeforeEach
    void reset() {
        ExtensionCases.SEEN.clear();
        ExtensionCases.tempDir = tempDir;
    }

    private EngineExecutionResults run(Class<?> testClass, String tempDirSetting) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(KitOnly.KEY, "true")
                .configurationParameter(LocalSageMakerExtension.TEMP_DIR_PROPERTY, tempDirSetting)
                .selectors(selectClass(testClass))
                .execute();
    }

    private EngineExecutionResults run(Class<?> testClass) {
        return run(testClass, tempDir.toString());
    }

    private Object seen(String key) {
        assertThat(ExtensionCases.SEEN).containsKey(key);
        return ExtensionCases.SEEN.get(key);
    }

    private List<Path> leftIn(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.toList();
        }
    }

    @Test
    void resolveParameter_testMethod_injectsAWorkingLocalSession() {
        run(ExtensionCases.ParameterCase.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(seen("first.backend")).isEqualTo("local");
        assertThat(seen("first.bucket")).isEqualTo("sagemaker-us-east-1-000000000000");
        assertThat(seen("first.uri")).isEqualTo("s3://sagemaker-us-east-1-000000000000/first/data.csv");
        assertThat(seen("first.read")).isEqualTo("a,b\n");
        assertThat(((Path) seen("first.root")).getParent()).isEqualTo(tempDir);
        assertThat(((Path) seen("first.root")).getFileName().toString()).startsWith("sagemaker4j-");
    }

    @Test
    void afterEach_twoTests_eachHadItsOwnRootAndBothAreDeleted() throws IOException {
        run(ExtensionCases.ParameterCase.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(seen("second.root")).isNotEqualTo(seen("first.root"));
        assertThat(seen("second.listed")).as("the second test's bucket holds nothing of the first's")
                .isEqualTo(List.of());
        assertThat((Path) seen("first.root")).doesNotExist();
        assertThat((Path) seen("second.root")).doesNotExist();
        assertThat(leftIn(tempDir)).isEmpty();
    }

    @Test
    void inject_fieldsConstructorAndCallbacks_shareTheTestSessionAndStaticFieldsTheClassSession() throws IOException {
        run(ExtensionCases.FieldCase.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(seen("first.fieldIsParameter")).isEqualTo(true);
        assertThat(seen("first.constructedIsParameter")).isEqualTo(true);
        assertThat(seen("first.beforeEachIsParameter")).isEqualTo(true);
        assertThat(seen("afterEach.same")).isEqualTo(true);
        assertThat(seen("first.sharedIsParameter")).isEqualTo(false);
        assertThat(seen("second.shared")).isSameAs(seen("first.shared"));
        assertThat(seen("second.field")).isNotSameAs(seen("first.field"));
        assertThat(seen("second.sharedRootExists")).as("the class's session lives until the class is done")
                .isEqualTo(true);
        assertThat(seen("second.firstRootExists")).as("the first test's session is gone before the second")
                .isEqualTo(false);
        assertThat((Path) seen("shared.root")).doesNotExist();
        assertThat(leftIn(tempDir)).isEmpty();
    }

    @Test
    void inject_perClassLifecycle_instanceFieldSharedByAllTests() throws IOException {
        run(ExtensionCases.PerClassCase.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(seen("perClass.first")).isInstanceOf(Session.class).isSameAs(seen("perClass.second"));
        assertThat(leftIn(tempDir)).isEmpty();
    }

    @Test
    void options_nearestAnnotationWins_parameterThenMethodThenClassThenEnclosingClass() {
        run(ExtensionCases.OptionsCase.class).testEvents().assertStatistics(s -> s.succeeded(3).failed(0));

        assertThat(seen("class.region")).isEqualTo("eu-west-1");
        assertThat(seen("parameter.region")).isEqualTo("us-west-2");
        assertThat(seen("parameter.bucket")).isEqualTo("sagemaker-us-west-2-000000000000");
        assertThat(seen("method.region")).isEqualTo("ap-south-1");
        assertThat(seen("nested.region")).isEqualTo("eu-west-1");
    }

    @Test
    void cleanupOnSuccess_oneTestFails_keepsItsRootAndReportsThePath() throws IOException {
        EngineExecutionResults results = run(ExtensionCases.OnSuccessCase.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        Path failed = (Path) seen("failed.root");
        assertThat(failed).isDirectory();
        assertThat((Path) seen("passed.root")).doesNotExist();
        assertThat(results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("sagemaker4j.root")))
                .containsExactly(failed.toString());
        assertThat(leftIn(tempDir)).containsExactly(failed);
    }

    @Test
    void resolveParameter_tempDirNotWritable_failsTheTestNamingTestFolderAndSetting() throws IOException {
        Path notAFolder = Files.writeString(tempDir.resolve("file"), "a file, not a folder");
        Path unusable = notAFolder.resolve("sessions");

        EngineExecutionResults results = run(ExtensionCases.ParameterCannotBeCreatedCase.class, unusable.toString());

        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.startsWith("@LocalSageMaker could not create a local Session for "
                        + ExtensionCases.ParameterCannotBeCreatedCase.class.getName() + ".needsSession():")
                        && m.contains("the temporary root cannot be created in " + unusable)
                        && m.contains("set @LocalSageMaker(tempDir = \"...\") or -Dsagemaker4j.testing.tempDir"
                                + " to a writable folder"))));
        assertThat(ExtensionCases.SEEN).doesNotContainKey("unwritable.ran");
    }

    @Test
    void injectField_tempDirNotWritable_failsTheTestWithTheSameMessage() throws IOException {
        Path notAFolder = Files.writeString(tempDir.resolve("file"), "a file, not a folder");

        EngineExecutionResults results = run(ExtensionCases.FieldCannotBeCreatedCase.class, notAFolder.toString());

        results.testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("@LocalSageMaker could not create a local Session for")
                        && m.contains("the temporary root cannot be created in " + notAFolder))));
        assertThat(ExtensionCases.SEEN).doesNotContainKey("unwritableField.ran");
    }

    @Test
    void resolveParameter_invalidMaxConcurrentJobs_failsNamingTheOptionAndValue() {
        EngineExecutionResults results = run(ExtensionCases.InvalidOptionCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.contains("@LocalSageMaker could not create a local Session for")
                        && m.contains("maxConcurrentJobs -1") && m.contains("must be at least 1"))));
        assertThat(ExtensionCases.SEEN).doesNotContainKey("invalid.ran");
    }

    @Test
    void resolveParameter_validMaxConcurrentJobs_createsTheSession() {
        run(ExtensionCases.ValidOptionCase.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));

        assertThat(seen("valid.ran")).isEqualTo(true);
    }

    @Test
    void injectField_fieldIsNotASession_failsNamingFieldAndType() {
        EngineExecutionResults results = run(ExtensionCases.WrongFieldTypeCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, test(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains(ExtensionCases.WrongFieldTypeCase.class.getName() + ".session")
                        && m.contains("java.lang.String") && m.contains("dev.sagemaker4j.Session")))));
        assertThat(ExtensionCases.SEEN).doesNotContainKey("wrongType.ran");
    }
}
