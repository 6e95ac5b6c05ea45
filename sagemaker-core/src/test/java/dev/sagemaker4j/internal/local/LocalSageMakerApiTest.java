/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.spi.SageMakerApi;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/** The written-out dispatch of the local control plane routes as the proxy did, for every operation. */
class LocalSageMakerApiTest {

    /** Overrides CreateTrainingJob only. */
    static class Training implements SageMakerApi {
        @Override
        public String backendName() {
            return "part";
        }

        @Override
        public CreateTrainingJobResponse createTrainingJob(CreateTrainingJobRequest request) {
            return CreateTrainingJobResponse.builder().trainingJobArn("arn:" + request.trainingJobName()).build();
        }
    }

    /** Inherits CreateTrainingJob from its superclass and adds DescribeTrainingJob. */
    static final class Records extends Training {
        @Override
        public DescribeTrainingJobResponse describeTrainingJob(DescribeTrainingJobRequest request) {
            return DescribeTrainingJobResponse.builder().trainingJobName(request.trainingJobName()).build();
        }
    }

    /** Overrides DescribeTrainingJob only. */
    static final class Describer implements SageMakerApi {
        @Override
        public String backendName() {
            return "part";
        }

        @Override
        public DescribeTrainingJobResponse describeTrainingJob(DescribeTrainingJobRequest request) {
            return DescribeTrainingJobResponse.builder().trainingJobName("d-" + request.trainingJobName()).build();
        }
    }

    private static LocalSageMakerApi api(AtomicBoolean closed, SageMakerApi... parts) {
        List<SageMakerApi> list = new ArrayList<>(Arrays.asList(parts));
        List<Object> owners = new ArrayList<>(list);
        return new LocalSageMakerApi("local", list, owners, closed::get);
    }

    @Test
    void operations_everyOperationOfTheInterface_isWrittenOutAndListed() throws Exception {
        Set<String> operations = new TreeSet<>();
        for (Method m : SageMakerApi.class.getMethods()) {
            if (m.isDefault() && !m.getName().equals("unsupported")) {
                operations.add(m.getName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")");
                Method written = LocalSageMakerApi.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
                assertThat(Modifier.isPublic(written.getModifiers())).as(m.getName()).isTrue();
            }
        }
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < LocalSageMakerApi.OPERATIONS.length; i += 2) {
            listed.add(LocalSageMakerApi.OPERATIONS[i] + "(" + LocalSageMakerApi.OPERATIONS[i + 1] + ")");
        }
        assertThat(listed).isEqualTo(operations).hasSize(LocalSageMakerApi.OPERATIONS.length / 2);
    }

    @Test
    void route_eachOperation_goesToThePartThatDeclaresIt() {
        LocalSageMakerApi api = api(new AtomicBoolean(), null, new Training(), new Describer());

        assertThat(api.createTrainingJob(CreateTrainingJobRequest.builder().trainingJobName("j").build()).trainingJobArn()).isEqualTo("arn:j");
        assertThat(api.describeTrainingJob(DescribeTrainingJobRequest.builder().trainingJobName("j").build()).trainingJobName()).isEqualTo("d-j");
        assertThat(api.backendName()).isEqualTo("local");
        assertThatThrownBy(() -> api.describeModel(DescribeModelRequest.builder().modelName("m").build()))
                .isInstanceOf(OperationNotSupportedException.class).hasMessageContaining("DescribeModel")
                .hasMessageContaining("'local'");
    }

    @Test
    void route_operationInheritedFromASuperclass_goesToThePart() {
        LocalSageMakerApi api = api(new AtomicBoolean(), new Records());

        assertThat(api.createTrainingJob(CreateTrainingJobRequest.builder().trainingJobName("j").build()).trainingJobArn()).isEqualTo("arn:j");
        assertThat(api.describeTrainingJob(DescribeTrainingJobRequest.builder().trainingJobName("j").build()).trainingJobName()).isEqualTo("j");
    }

    @Test
    void construct_twoPartsDeclareOneOperation_failsNamingBoth() {
        assertThatThrownBy(() -> api(new AtomicBoolean(), new Records(), new Describer()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("describeTrainingJob")
                .hasMessageContaining(Records.class.getName()).hasMessageContaining(Describer.class.getName());
    }

    @Test
    void call_afterTheSessionCloses_throwsSessionClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        LocalSageMakerApi api = api(closed, new Training());
        closed.set(true);

        assertThatThrownBy(() -> api.createTrainingJob(CreateTrainingJobRequest.builder().trainingJobName("j").build()))
                .isInstanceOf(SessionClosedException.class);
    }
}
