/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.predictor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.BytesDeserializer;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.spi.HostingApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;

class PredictorOptionsTest {
    @TempDir
    static Path tmp;
    static Session session;

    /** Answers with what it was sent, upper-cased. */
    public static final class Upper implements InferenceHandler<String, String, String> {
        @Override
        public String modelFn(Path modelDir) {
            return "upper";
        }

        @Override
        public String inputFn(byte[] body, String contentType) {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String predictFn(String input, String model) {
            return input.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public Output outputFn(String prediction, String accept) {
            return Output.of(prediction, "text/plain");
        }
    }

    @BeforeAll
    static void open() {
        session = Session.local(tmp);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    static DescribeEndpointConfigResponse config(Predictor<?> p) {
        return session.api(HostingApi.CAPABILITY).describeEndpointConfig(DescribeEndpointConfigRequest.builder()
                .endpointConfigName(p.describeEndpoint().endpointConfigName()).build());
    }

    @Test
    void serializerAndTypes_settableAfterConstruction_asPythonsAttributes() {
        Predictor<byte[]> p = Predictor.of("some-endpoint", session);
        assertThat(p.contentType()).isEqualTo("application/octet-stream");
        assertThat(p.accept()).isEqualTo("*/*");
        p.serializer(new CSVSerializer());
        p.deserializer(new BytesDeserializer());
        assertThat(p.contentType()).isEqualTo("text/csv");
        p.contentType("text/plain");
        p.accept("application/json");
        assertThat(p.contentType()).isEqualTo("text/plain");
        assertThat(p.accept()).isEqualTo("application/json");
        Predictor<String> s = p.withDeserializer(new StringDeserializer());
        assertThat(s.endpointName()).isEqualTo("some-endpoint");
        assertThat(s.contentType()).isEqualTo("text/plain");
        assertThat(s.accept()).isEqualTo("application/json");
        p.contentType(null);
        assertThat(p.contentType()).isEqualTo("text/csv");
    }

    @Test
    void predictOptions_badArguments_validationErrorsNamingTheKeyword() {
        assertThatThrownBy(() -> Predictor.PredictOptions.builder().initialArgs(Map.of("Body", "x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("initialArgs"));
        assertThatThrownBy(() -> Predictor.PredictOptions.builder().customAttributes("x".repeat(1025)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("customAttributes"));
        assertThatThrownBy(() -> Predictor.PredictOptions.builder().targetVariant("no_such"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("targetVariant"));
        Predictor.PredictOptions o = Predictor.PredictOptions.builder().targetModel("m.tar.gz").build();
        assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(o.initialArgs()).isEmpty();
    }

    @Test
    void dataCapture_enableAndDisable_updateTheEndpointWithPythonsDefaults() {
        Model model = Model.builder().entryPoint(Upper.class).session(session).build();
        Predictor<String> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new StringSerializer("text/plain"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/plain")));
        String before = p.describeEndpoint().endpointConfigName();
        p.enableDataCapture();
        p.waitForEndpoint(null);
        var capture = config(p).dataCaptureConfig();
        assertThat(p.describeEndpoint().endpointConfigName()).isNotEqualTo(before).startsWith(p.endpointName() + "-");
        assertThat(capture.enableCapture()).isTrue();
        assertThat(capture.initialSamplingPercentage()).isEqualTo(20);
        assertThat(capture.destinationS3Uri()).isEqualTo("s3://" + session.defaultBucket()
                + "/model-monitor/data-capture");
        assertThat(capture.captureContentTypeHeader().csvContentTypes()).containsExactly("text/csv");
        assertThat(p.predict("on")).isEqualTo("ON");

        p.disableDataCapture();
        p.waitForEndpoint(null);
        assertThat(config(p).dataCaptureConfig().enableCapture()).isFalse();

        assertThatThrownBy(() -> p.updateEndpoint(u -> u.initialInstanceCount(2)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("instanceType"));
        p.updateEndpoint(u -> u.initialInstanceCount(2).instanceType("local").maxInstanceCount(4));
        var variant = config(p).productionVariants().get(0);
        assertThat(variant.initialInstanceCount()).isEqualTo(2);
        assertThat(variant.managedInstanceScaling().maxInstanceCount()).isEqualTo(4);
        assertThat(config(p).dataCaptureConfig().enableCapture()).as("kept from the current configuration").isFalse();
        assertThat(p.predict("again")).isEqualTo("AGAIN");
        p.deleteModel();
        p.deleteEndpoint();
    }

    @Test
    void dataCaptureConfig_defaultsAreThePythonSdks() {
        DataCaptureConfig c = DataCaptureConfig.builder().session(session).build();
        assertThat(c.destinationS3Uri()).isEqualTo("s3://" + session.defaultBucket() + "/model-monitor/data-capture");
        assertThat(c.samplingPercentage()).isEqualTo(20);
        assertThat(c.captureOptions()).containsExactly("REQUEST", "RESPONSE");
        assertThat(c.csvContentTypes()).containsExactly("text/csv");
        assertThat(c.jsonContentTypes()).containsExactly("application/json");
        assertThat(DataCaptureConfig.builder().destinationS3Uri("s3://b/p").captureOptions(java.util.List.of("request"))
                .build().toRequest().captureOptions().get(0).captureModeAsString()).isEqualTo("Input");
        assertThatThrownBy(() -> DataCaptureConfig.builder().kmsKeyId("bad key"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("kmsKeyId"));
    }
}
