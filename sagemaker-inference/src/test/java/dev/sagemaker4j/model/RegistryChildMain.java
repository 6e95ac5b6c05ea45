/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second process for {@link ModelRegistryProcessesTest}: registers versions into a group of a shared root,
 * after a start file appears, and prints each ARN on its own line.
 */
public final class RegistryChildMain {
    private RegistryChildMain() {
    }

    /**
     * Runs the child.
     *
     * @param args root, group, count, start file
     * @throws Exception when registering fails
     */
    public static void main(String[] args) throws Exception {
        Path start = Path.of(args[3]);
        try (Session session = Session.local(Path.of(args[0]))) {
            ModelPackagesApi api = session.api(ModelPackagesApi.CAPABILITY);
            System.out.println("ready");
            System.out.flush();
            while (!Files.exists(start)) {
                Thread.sleep(5);
            }
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                System.out.println(ModelRegistryLocalTest.register(api, args[1]));
            }
        }
    }
}
