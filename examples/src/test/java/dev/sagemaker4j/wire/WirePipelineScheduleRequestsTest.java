/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.workflow.JavaFunctionStep;
import dev.sagemaker4j.workflow.Pipeline;
import dev.sagemaker4j.workflow.PipelineSchedule;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code Pipeline.putTriggers / describeTrigger / deleteTriggers} send to EventBridge Scheduler on the
 * {@code sagemaker} backend, compared field by field with the Python SDK v2.257.6: the request dict is
 * {@code src/sagemaker/workflow/_event_bridge_client_helper.py}'s {@code upsert_schedule} (UpdateSchedule, then
 * CreateSchedule on ResourceNotFoundException), the values are {@code tests/unit/sagemaker/workflow/test_triggers.py}'s
 * {@code test_schedule_trigger_functionality} (schedule {@code my_schedule}, {@code at(2023-10-10T17:44:55)}, state
 * {@code ENABLED}). SageMaker calls go to a LocalApiServer; the scheduler endpoint is a loopback stand-in that
 * records each request and answers as the service does.
 */
class WirePipelineScheduleRequestsTest {
    static final String ROLE = "arn:aws:iam::123456789012:role/my_dummy_execution_role";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Request(String method, String path, String body) {
    }

    /** EventBridge Scheduler on loopback: UpdateSchedule of a new schedule is ResourceNotFound, as on the service. */
    static final class FakeScheduler implements AutoCloseable {
        final List<Request> requests = new CopyOnWriteArrayList<>();
        final HttpServer server;
        volatile boolean created;

        FakeScheduler() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        private void handle(HttpExchange ex) throws IOException {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(), body));
            String arn = "arn:aws:scheduler:us-east-1:123456789012:schedule/default/my_schedule";
            switch (ex.getRequestMethod()) {
                case "PUT" -> {
                    if (created) {
                        answer(ex, 200, "{\"ScheduleArn\":\"" + arn + "\"}", null);
                    } else {
                        answer(ex, 404, "{\"Message\":\"Schedule my_schedule does not exist.\"}",
                                "ResourceNotFoundException");
                    }
                }
                case "POST" -> {
                    created = true;
                    answer(ex, 200, "{\"ScheduleArn\":\"" + arn + "\"}", null);
                }
                case "GET" -> answer(ex, 200, "{\"Arn\":\"" + arn + "\",\"Name\":\"my_schedule\",\"GroupName\":"
                        + "\"default\",\"ScheduleExpression\":\"at(2023-10-10T17:44:55)\",\"State\":\"ENABLED\","
                        + "\"StartDate\":1696960000,\"FlexibleTimeWindow\":{\"Mode\":\"OFF\"},\"Target\":{\"Arn\":"
                        + "\"arn:aws:sagemaker:us-east-1:000000000000:pipeline/testschedulerpipeline\",\"RoleArn\":\""
                        + ROLE + "\",\"SageMakerPipelineParameters\":{}}}", null);
                default -> answer(ex, 200, "{}", null);
            }
        }

        private static void answer(HttpExchange ex, int status, String body, String errorType) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            if (errorType != null) {
                ex.getResponseHeaders().add("x-amzn-ErrorType", errorType);
            }
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A trivial step; the pipeline only has to exist. */
    public static final class Noop implements dev.sagemaker4j.workflow.PipelineFunction {
        @Override
        public Map<String, Object> apply(Map<String, Object> inputs) {
            return Map.of();
        }
    }

    @Test
    void putDescribeDelete_sendPythonsSchedulerRequests() throws Exception {
        try (Session serverSide = Session.builder().backend("local").root(tmp.resolve("server"))
                .sagemakerConfig(SageMakerConfig.empty()).build();
             EndpointServer api = LocalApiServer.start(serverSide, 0);
             FakeScheduler scheduler = new FakeScheduler();
             Session client = Session.builder().backend("sagemaker").region("us-east-1")
                     .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride("sagemaker",
                             URI.create(api.url())).endpointOverride("scheduler", scheduler.url())
                     .sagemakerConfig(SageMakerConfig.empty()).root(tmp.resolve("client")).build()) {
            Pipeline pipeline = Pipeline.builder("TestSchedulerPipeline")
                    .steps(JavaFunctionStep.of("MyStep1", Noop.class, Map.of(), List.of())).session(client).build();
            String pipelineArn = pipeline.upsert(ROLE);
            Instant before = Instant.now().minusSeconds(1);

            // Python: pipeline.put_triggers(triggers=[PipelineSchedule(name=SCHEDULE_NAME, at=INPUT_AT_DATETIME_UTC)])
            List<String> arns = pipeline.putTriggers(List.of(PipelineSchedule.builder().name("my_schedule")
                    .at(LocalDateTime.of(2023, 10, 10, 17, 44, 55)).build()), ROLE);

            assertThat(arns).containsExactly("arn:aws:scheduler:us-east-1:123456789012:schedule/default/my_schedule");
            assertThat(scheduler.requests).extracting(Request::method, Request::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("PUT", "/schedules/my_schedule"),
                    org.assertj.core.groups.Tuple.tuple("POST", "/schedules/my_schedule"));
            for (Request sent : scheduler.requests) {
                JsonNode body = JSON.readTree(sent.body());
                // Python: dict(Name=..., ScheduleExpression=..., FlexibleTimeWindow=dict(Mode="OFF"),
                //   Target=dict(Arn=pipeline_arn, SageMakerPipelineParameters={}, RoleArn=role), State=..., StartDate=...)
                // (Name travels in the path; the SDK adds a ClientToken)
                assertThat(body.path("ScheduleExpression").asText()).isEqualTo("at(2023-10-10T17:44:55)");
                assertThat(body.path("FlexibleTimeWindow")).isEqualTo(JSON.readTree("{\"Mode\": \"OFF\"}"));
                assertThat(body.path("Target")).isEqualTo(JSON.readTree("{\"Arn\": \"" + pipelineArn
                        + "\", \"SageMakerPipelineParameters\": {}, \"RoleArn\": \"" + ROLE + "\"}"));
                assertThat(body.path("State").asText()).isEqualTo("ENABLED");
                assertThat(Instant.ofEpochMilli((long) (body.path("StartDate").asDouble() * 1000)))
                        .isBetween(before, Instant.now());
                List<String> fields = new java.util.ArrayList<>();
                body.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).containsExactlyInAnyOrder("ScheduleExpression", "FlexibleTimeWindow", "Target",
                        "State", "StartDate", "ClientToken");
            }

            // Python: pipeline.describe_trigger(trigger_name=schedule.name)
            Map<String, String> trigger = pipeline.describeTrigger("my_schedule");
            assertThat(scheduler.requests.get(2)).extracting(Request::method, Request::path)
                    .containsExactly("GET", "/schedules/my_schedule");
            assertThat(trigger).containsExactly(
                    Map.entry("Schedule_Arn", "arn:aws:scheduler:us-east-1:123456789012:schedule/default/my_schedule"),
                    Map.entry("Schedule_Expression", "at(2023-10-10T17:44:55)"),
                    Map.entry("Schedule_State", "ENABLED"),
                    Map.entry("Schedule_Start_Date", "2023-10-10T17:46:40Z"),
                    Map.entry("Schedule_Role", ROLE));

            // Python: pipeline.delete_triggers(trigger_names=[schedule.name])
            pipeline.deleteTriggers(List.of("my_schedule"));
            assertThat(scheduler.requests.get(3)).extracting(Request::method, Request::path)
                    .containsExactly("DELETE", "/schedules/my_schedule");
            assertThat(scheduler.requests).hasSize(4);
        }
    }
}
