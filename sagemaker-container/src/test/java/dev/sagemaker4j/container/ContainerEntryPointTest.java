/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.container.usercode.MeanHandler;
import dev.sagemaker4j.container.usercode.MeanTraining;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.s3.S3Uri;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container entry point run as SageMaker runs it: a separate JVM, {@code ContainerMain train|serve}, against an
 * {@code /opt/ml} tree built in a temporary folder ({@value ContainerMain#ROOT_VARIABLE}). The user's classes are
 * NOT on that JVM's class path: they come from a jar inside the {@code sourcedir.tar.gz}, as on the service.
 */
class ContainerEntryPointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/sagemaker4j-java:17";

    @TempDir
    static Path tmp;
    static Path codeFolder;
    static Path sourcedir;

    @BeforeAll
    static void userCode() throws Exception {
        codeFolder = Files.createDirectories(tmp.resolve("build/jars"));
        userJar(codeFolder.resolve("my-training.jar"));
        Path staging = Files.createDirectories(tmp.resolve("staging"));
        Files.copy(codeFolder.resolve("my-training.jar"), staging.resolve("my-training.jar"));
        sourcedir = tmp.resolve("sourcedir.tar.gz");
        Tarballs.pack(staging, sourcedir);
    }

    @AfterAll
    static void noop() {
        // the temporary folder goes with its processes
    }

    @Test
    void train_sameJavaEstimatorAsLocally_uploadedCode_writesTheSameModel_andItsMetricLine() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("rows.csv"), "1.0,9\n2.0,9\n6.0,9\n");
        try (Session session = Session.local(tmp.resolve("session"))) {
            String bucket = session.defaultBucket();
            String train = session.uploadData(data, bucket, "container/train");
            JavaEstimator estimator = JavaEstimator.builder().entryPoint(MeanTraining.class)
                    .sourceDir(codeFolder.toString()).imageUri(ECR_IMAGE).hyperparameters(Map.of("scale", 2))
                    .metricDefinitions(List.of(JavaEstimator.metricDefinition("train:mean")))
                    .instanceType("local").session(session).outputPath("s3://" + bucket + "/out").build();
            // locally: the image's repository (sagemaker4j-java) runs in-process
            TrainingJob job = estimator.fit(Map.of("train", TrainingInput.of(train)),
                    f -> f.jobName("mean-1").logs("None"));
            var described = job.describe();
            assertThat(described.trainingJobStatusAsString()).isEqualTo("Completed");
            Map<String, String> hp = described.hyperParameters();
            assertThat(hp).containsEntry("sagemaker_program", MeanTraining.class.getName())
                    .containsEntry("scale", "2").containsEntry("sagemaker_job_name", "mean-1")
                    // code_location default with an output path given: the output bucket's <job>/source, as Python
                    .containsEntry("sagemaker_submit_directory", "s3://" + bucket + "/mean-1/source/sourcedir.tar.gz");
            assertThat(described.algorithmSpecification().trainingImage()).isEqualTo(ECR_IMAGE);
            String localMean = modelFile(session, described.modelArtifacts().s3ModelArtifacts(), "mean.txt");
            // as a framework estimator's create_model: the training image and the uploaded code serve the model
            var model = estimator.createModel(MeanHandler.class);
            assertThat(model.imageUri()).isEqualTo(ECR_IMAGE);
            assertThat(model.env()).containsEntry("SAGEMAKER_SUBMIT_DIRECTORY", hp.get("sagemaker_submit_directory"));

            // the service: the same request's hyperparameters and channels in /opt/ml; the code archive is the one
            // fit uploaded, read from a file here (the container fetches s3:// itself on the service)
            Path downloaded = Files.createDirectories(tmp.resolve("downloaded"));
            S3Uri code = S3Uri.parse(hp.get("sagemaker_submit_directory"));
            session.downloadData(downloaded, code.bucket(), code.key());
            Map<String, String> serviceHp = new LinkedHashMap<>(hp);
            serviceHp.put("sagemaker_submit_directory", downloaded.resolve("sourcedir.tar.gz").toUri().toString());
            Path root = optMl("service", serviceHp, Map.of("train", "1.0,9\n2.0,9\n6.0,9\n"));

            Run run = container(root, Map.of("TRAINING_JOB_NAME", "mean-1"), "train");

            assertThat(run.status).as(run.output).isZero();
            assertThat(Files.readString(root.resolve("model/mean.txt"))).isEqualTo(localMean).isEqualTo("6.0");
            assertThat(root.resolve("output/failure")).doesNotExist();
            // the metric definition the estimator sent reads the container's log line
            Matcher m = Pattern.compile(estimator.metricDefinitions().get(0).regex()).matcher(run.output);
            assertThat(m.find()).as(run.output).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isEqualTo(6.0);
            assertThat(run.output).contains("rows=3 host=algo-1 of [algo-1]");
        }
    }

    @Test
    void train_pythonStyleJsonHyperparameters_andTheCodeChannel_ofNetworkIsolation() throws Exception {
        Path root = optMl("isolated", Map.of("sagemaker_program", "\"" + MeanTraining.class.getName() + "\"",
                "sagemaker_submit_directory", "\"/opt/ml/input/data/code/sourcedir.tar.gz\"", "scale", "\"0.5\""),
                Map.of("train", "4\n8\n"));
        Files.createDirectories(root.resolve("input/data/code"));
        Files.copy(sourcedir, root.resolve("input/data/code/sourcedir.tar.gz"));

        Run run = container(root, Map.of(), "train");

        assertThat(run.status).as(run.output).isZero();
        assertThat(Files.readString(root.resolve("model/mean.txt"))).isEqualTo("3.0");
    }

    @Test
    void train_scriptThrows_failureFileHoldsTheReason_exitStatusOne() throws Exception {
        Path root = optMl("empty", Map.of("sagemaker_program", MeanTraining.class.getName(),
                "sagemaker_submit_directory", sourcedir.toString()), Map.of("train", ""));

        Run run = container(root, Map.of(), "train");

        assertThat(run.status).isEqualTo(ContainerMain.FAILED);
        assertThat(Files.readString(root.resolve("output/failure"))).isEqualTo("channel train has no rows");
        assertThat(run.output).contains("IllegalStateException");
    }

    @Test
    void train_programNotInTheCode_failureNamesIt() throws Exception {
        Path root = optMl("missing", Map.of("sagemaker_program", "com.example.NotThere",
                "sagemaker_submit_directory", sourcedir.toUri().toString()), Map.of("train", "1\n"));

        Run run = container(root, Map.of(), "train");

        assertThat(run.status).isEqualTo(ContainerMain.FAILED);
        assertThat(Files.readString(root.resolve("output/failure"))).contains("sagemaker_program")
                .contains("com.example.NotThere").contains("is not a class on the class path");
    }

    @Test
    void train_missingArchive_andAnUnknownCommand_clearErrors() throws Exception {
        Path root = optMl("noarchive", Map.of("sagemaker_program", MeanTraining.class.getName(),
                "sagemaker_submit_directory", tmp.resolve("absent.tar.gz").toString()), Map.of("train", "1\n"));
        Run run = container(root, Map.of(), "train");
        assertThat(run.status).isEqualTo(ContainerMain.FAILED);
        assertThat(Files.readString(root.resolve("output/failure"))).contains("sagemaker_submit_directory")
                .contains("names no sourcedir.tar.gz");

        Run usage = container(root, Map.of(), "fit");
        assertThat(usage.status).isEqualTo(ContainerMain.USAGE);
        assertThat(usage.output).contains("usage: ContainerMain train|serve");
    }

    @Test
    void serve_handlerFromTheModelsCodeFolder_answersPingAndInvocations_refusesForeignHosts_stopsOnSigterm()
            throws Exception {
        Path root = Files.createDirectories(tmp.resolve("serve/opt/ml"));
        Files.createDirectories(root.resolve("model/code"));
        Files.writeString(root.resolve("model/mean.txt"), "10.0");
        Files.copy(codeFolder.resolve("my-training.jar"), root.resolve("model/code/my-training.jar"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process process = start(root, Map.of("SAGEMAKER_PROGRAM", MeanHandler.class.getName(),
                "SAGEMAKER_BIND_TO_PORT", Integer.toString(port)), "serve");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            int ping = 0;
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                 ping != 200 && System.nanoTime() < deadline && process.isAlive(); ) {
                try {
                    ping = client.send(HttpRequest.newBuilder(base.resolve("/ping")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(ping).as(output.toString(StandardCharsets.UTF_8)).isEqualTo(200);

            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve("/invocations"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("1,2.5")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("11.0,12.5");
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/csv");

            assertThat(rawStatus(port, "evil.example")).isEqualTo(403);
        } finally {
            // SIGTERM, as SageMaker stops a container; Process.destroy() would also close our end of its output
            process.toHandle().destroy();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            reader.join(10_000);
            if (!ended) {
                process.destroyForcibly();
            }
            assertThat(ended).as("ended on SIGTERM").isTrue();
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("serving " + MeanHandler.class.getName())
                .contains("stop requested (SIGTERM)").contains("stopping");
    }

    // ---- helpers ----

    /** An /opt/ml tree: hyperparameters.json, resourceconfig.json, inputdataconfig.json and channel files. */
    private static Path optMl(String name, Map<String, String> hyperparameters, Map<String, String> channels)
            throws IOException {
        Path root = Files.createDirectories(tmp.resolve(name).resolve("opt/ml"));
        Path config = Files.createDirectories(root.resolve("input/config"));
        JSON.writeValue(config.resolve("hyperparameters.json").toFile(), hyperparameters);
        ObjectNode resources = JSON.createObjectNode().put("current_host", "algo-1")
                .put("current_instance_type", "ml.m5.large");
        resources.putArray("hosts").add("algo-1");
        JSON.writeValue(config.resolve("resourceconfig.json").toFile(), resources);
        ObjectNode data = JSON.createObjectNode();
        for (Map.Entry<String, String> c : channels.entrySet()) {
            data.putObject(c.getKey()).put("ContentType", "text/csv").put("TrainingInputMode", "File")
                    .put("S3DistributionType", "FullyReplicated").put("RecordWrapperType", "None");
            Path dir = Files.createDirectories(root.resolve("input/data").resolve(c.getKey()));
            Files.writeString(dir.resolve("part-0.csv"), c.getValue());
        }
        JSON.writeValue(config.resolve("inputdataconfig.json").toFile(), data);
        return root;
    }

    private record Run(int status, String output) {
    }

    private static Run container(Path root, Map<String, String> env, String... args) throws Exception {
        Process p = start(root, env, args);
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static Process start(Path root, Map<String, String> env, String... args) throws IOException {
        String classPath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target", "container-classpath.txt")).trim();
        Path childTmp = Files.createDirectories(root.getParent().resolve("jvm-tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + childTmp,
                "-Daws.disableEc2Metadata=true", "-cp", classPath, ContainerMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put(ContainerMain.ROOT_VARIABLE, root.toString());
        pb.environment().put("AWS_REGION", "us-east-1");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** The status of a GET /ping whose Host header names another host (HttpClient may not set Host). */
    private static int rawStatus(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /ping HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** A jar of the user code classes, read from this module's test classes. */
    private static void userJar(Path jar) throws IOException {
        Path classes = Path.of("target", "test-classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(MeanTraining.class, MeanHandler.class)) {
                String entry = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(classes.resolve(entry)));
                out.closeEntry();
            }
        }
    }

    private static String modelFile(Session session, String modelUri, String file) throws IOException {
        Path down = Files.createTempDirectory(tmp, "model");
        S3Uri uri = S3Uri.parse(modelUri);
        session.downloadData(down, uri.bucket(), uri.key());
        Path unpacked = Files.createTempDirectory(tmp, "unpacked");
        try (InputStream in = Files.newInputStream(down.resolve("model.tar.gz"))) {
            Tarballs.unpack(in, unpacked, modelUri);
        }
        return Files.readString(unpacked.resolve(file));
    }
}
