/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** What an example printed, with helpers to read its numbers and check its pictures. */
final class ExampleOutput {
    final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The number printed after {@code label}, e.g. {@code "test auc = "}. */
    double number(String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "([-0-9.Ee+]+)").matcher(text());
        assertThat(m.find()).as("'%s' in:%n%s", label, text()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** Checks that a file is a PNG of the given size. */
    static void assertPng(Path file, int width, int height) {
        assertThat(file).isRegularFile();
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(image).as("%s is a PNG", file).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
