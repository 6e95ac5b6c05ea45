/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.container;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serving.EndpointServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code serve}: the model in {@code /opt/ml/model} behind {@code GET /ping} and {@code POST /invocations} on port
 * 8080 ({@code SAGEMAKER_BIND_TO_PORT}), through local hosting in this JVM (the same loading, limits and error
 * answers as a local endpoint). The handler's jars come from the model's {@code code/} folder (a repacked model)
 * or from {@code SAGEMAKER_SUBMIT_DIRECTORY}. The server answers Host headers naming this container's own names
 * and addresses, which is what SageMaker's hosting sends. SIGTERM stops it.
 */
final class ContainerServing {
    /** The port SageMaker calls a serving container on. */
    static final int DEFAULT_PORT = 8080;

    private final Path root;
    private final Map<String, String> environment;
    private final PrintStream out;

    ContainerServing(Path root, Map<String, String> environment, PrintStream out) {
        this.root = root;
        this.environment = environment;
        this.out = out;
    }

    int run() {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            out.println("sagemaker4j container: stop requested (SIGTERM)");
            out.flush();
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sagemaker4j-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Path work = null;
        try {
            work = Files.createTempDirectory("sagemaker4j-serve");
            int port = port();
            Path modelDir = root.resolve("model");
            Path code = code(modelDir, work);
            try (URLClassLoader loader = UserCode.loader(code, ContainerServing.class.getClassLoader())) {
                // local hosting loads the handler through the context class loader of the threads it starts
                Thread.currentThread().setContextClassLoader(loader);
                try (Session session = Session.local(work.resolve("session"))) {
                    Model.Builder model = Model.builder().session(session).env(modelEnvironment())
                            .modelData(modelData(modelDir, work));
                    String program = environment.get("SAGEMAKER_PROGRAM");
                    if (program != null && !program.isBlank()) {
                        model.entryPoint(program.trim());
                    }
                    Predictor<?> predictor = model.build().deploy(1, "local");
                    try (EndpointServer server = EndpointServer.builder().session(session)
                            .endpointName(predictor.endpointName()).host("0.0.0.0").port(port)
                            .allowedHosts(ownNames()).start()) {
                        out.println("sagemaker4j container: serving " + (program == null ? "the model" : program)
                                + " on port " + server.port());
                        out.flush();
                        stop.await();
                        out.println("sagemaker4j container: stopping");
                    }
                }
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception | LinkageError e) {
            out.println("sagemaker4j container: serving failed: " + (e.getMessage() == null ? e : e.getMessage()));
            e.printStackTrace(out);
            return ContainerMain.FAILED;
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // exiting on SIGTERM: the hook has seen stopped
            }
        }
    }

    private int port() {
        String value = environment.get("SAGEMAKER_BIND_TO_PORT");
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("SAGEMAKER_BIND_TO_PORT", value, "is not a port number",
                    "leave it unset for 8080", e);
        }
    }

    /** The model's code/ folder when it holds jars, else SAGEMAKER_SUBMIT_DIRECTORY unpacked, else nothing. */
    private Path code(Path modelDir, Path work) throws IOException {
        Path inModel = modelDir.resolve("code");
        if (Files.isDirectory(inModel)) {
            return inModel;
        }
        Path code = work.resolve("code");
        Files.createDirectories(code);
        String submit = environment.get("SAGEMAKER_SUBMIT_DIRECTORY");
        if (submit != null && !submit.isBlank()) {
            new UserCode(root).unpack("SAGEMAKER_SUBMIT_DIRECTORY", submit.trim(), environment.get("AWS_REGION"),
                    code);
        }
        return code;
    }

    /** The model folder packed again as the model.tar.gz local hosting loads, or null when there is none. */
    private static String modelData(Path modelDir, Path work) throws IOException {
        if (!Files.isDirectory(modelDir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(modelDir)) {
            if (files.findAny().isEmpty()) {
                return null;
            }
        }
        Path tar = work.resolve("model.tar.gz");
        Tarballs.pack(modelDir, tar);
        return tar.toUri().toString();
    }

    /** What the model's environment needs of the container's: the SAGEMAKER_* settings and thread counts. */
    private Map<String, String> modelEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        environment.forEach((k, v) -> {
            if ((k.startsWith("SAGEMAKER_") && !k.equals("SAGEMAKER_SUBMIT_DIRECTORY")) || k.equals("OMP_NUM_THREADS")) {
                env.put(k, v);
            }
        });
        return Collections.unmodifiableMap(env);
    }

    /** This container's host names and addresses: what SageMaker's hosting puts in the Host header. */
    static String[] ownNames() {
        Set<String> names = new LinkedHashSet<>();
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName());
            names.add(local.getHostAddress());
        } catch (IOException e) {
            // no resolvable host name: the interface addresses below still count
        }
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    String address = a.getHostAddress();
                    int zone = address.indexOf('%');
                    names.add(zone >= 0 ? address.substring(0, zone) : address);
                }
            }
        } catch (SocketException e) {
            // no interfaces listed: the host name above still counts
        }
        return names.toArray(new String[0]);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind in a container that is going away
        }
    }
}
