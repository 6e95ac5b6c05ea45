/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeepLearningWithDjlTest {
    @TempDir
    Path root;

    @Test
    void run_trainsTheCnnThroughTheEstimator_andWritesAServableDjlModelFolder() throws Exception {
        ExampleOutput out = new ExampleOutput();

        DeepLearningWithDjl.run(root, out.stream);

        String text = out.text();
        assertThat(text).containsPattern("job: DeepLearningWithDjl-Training-\\S+ Completed")
                .contains("model artifact: s3://sagemaker-us-east-1-000000000000/")
                .contains("model files: cnn-0008.params serving.properties synset.txt");
        assertThat(out.number("final validation:accuracy = ")).isGreaterThanOrEqualTo(0.9);
        assertThat(out.number("final train:loss = ")).isLessThan(0.5);
        // the folder, loaded as DJL serving loads it (an image in, classes out), classifies as well as training saw
        assertThat(out.number("served accuracy = ")).isGreaterThanOrEqualTo(0.9);
        // the endpoint (local hosting serving the DJL model folder) answers as DJL did in process
        assertThat(out.number("endpoint accuracy = ")).isEqualTo(out.number("served accuracy = "));
        assertThat(text).containsPattern("endpoint answer for a \\w+ picture: \\{\"className\":");
        assertThat(Files.readString(root.resolve("output/model/serving.properties"))).contains("engine=PyTorch")
                .contains("blockFactory=dev.sagemaker4j.examples.SmallCnn").contains("classes=4");
        assertThat(Files.readAllLines(root.resolve("output/model/synset.txt")))
                .containsExactly("diagonal", "dot", "horizontal", "vertical");
    }
}
