/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;

import ch.randelshofer.fastdoubleparser.JavaFloatParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SageMaker LightGBM's input: CSV without a header, the target in the first column. The training data comes in
 * channel {@code training} (the JumpStart notebooks' name) or {@code train}; where that channel holds a
 * {@code train/} folder, the training data is there, and a {@code validation/} folder in the channel holds the
 * validation data, as the documented layout has it (never read as training data); a {@code validation} channel
 * holds validation data too, and wins over the folder. An
 * optional {@code categorical_index.json} ({@code {"cat_index_list": [1, 3]}}, CSV column indices, 0 being the
 * target) sits in the training channel. Blank cells are missing values (NaN), as pandas reads them.
 */
final class LightGbmData {
    static final String CATEGORICAL_INDEX = "categorical_index.json";

    final float[][] x;
    final float[] y;

    LightGbmData(float[][] x, float[] y) {
        this.x = x;
        this.y = y;
    }

    int rows() {
        return y.length;
    }

    int features() {
        return x[0].length;
    }

    /** The training data, its validation data (or null), and the categorical columns (feature indices). */
    record Inputs(LightGbmData train, LightGbmData validation, int[] categorical) {
    }

    static Inputs read(TrainingEnvironment env) throws IOException {
        String channel = env.channels().containsKey("training") ? "training"
                : env.channels().containsKey("train") ? "train" : null;
        if (channel == null) {
            throw new ValidationException("InputDataConfig", env.channels().keySet(), "has no training channel",
                    "give LightGBM its CSV data in channel \"train\" (or \"training\", with train/ and validation/ "
                    + "folders, as the JumpStart notebooks do)");
        }
        checkContentType(env, channel);
        Path root = env.channel(channel);
        Path trainDir = Files.isDirectory(root.resolve("train")) ? root.resolve("train") : root;
        LightGbmData train = readCsv(channel, trainDir, -1);
        LightGbmData validation = null;
        if (env.channels().containsKey("validation")) {
            checkContentType(env, "validation");
            validation = readCsv("validation", env.channel("validation"), train.features() + 1);
        } else if (Files.isDirectory(root.resolve("validation"))) {
            validation = readCsv(channel + "/validation", root.resolve("validation"), train.features() + 1);
        }
        Path index = root.resolve(CATEGORICAL_INDEX);
        if (!Files.isRegularFile(index) && Files.isRegularFile(trainDir.resolve(CATEGORICAL_INDEX))) {
            index = trainDir.resolve(CATEGORICAL_INDEX);
        }
        int[] categorical = Files.isRegularFile(index) ? categorical(index, train.features() + 1) : new int[0];
        return new Inputs(train, validation, categorical);
    }

    private static void checkContentType(TrainingEnvironment env, String channel) {
        Optional<String> type = env.channelContentType(channel);
        if (type.isPresent()) {
            String base = type.get().split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!base.equals("text/csv") && !base.equals("csv")) {
                throw new ValidationException("ContentType of channel " + channel, type.get(),
                        "is not a format SageMaker LightGBM reads", "use text/csv: the target first, no header");
            }
        }
    }

    /**
     * One cell: blank is a missing value (NaN, as pandas reads it); otherwise the number as {@link Float#parseFloat}
     * reads it (fastdoubleparser, bit-identical, without a String per cell).
     */
    private static float cell(String channel, Path file, long line, int column, String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return Float.NaN;
        }
        try {
            return JavaFloatParser.parseFloat(text, start, end - start);
        } catch (NumberFormatException e) {
            String cell = text.substring(start, end);
            throw new ValidationException(channel, cell.length() > 40 ? cell.substring(0, 40) + "..." : cell,
                    "is not a number (file " + file.getFileName() + ", line " + line + ", column " + (column + 1)
                    + ")", "give numeric CSV without a header", e);
        }
    }

    /** Column indices of the categorical features (1-based over the CSV, 0 is the target), as feature indices. */
    static int[] categorical(Path file, int columns) throws IOException {
        JsonNode root;
        try {
            root = SdkJson.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new ValidationException(CATEGORICAL_INDEX, file.getFileName(), "is not JSON",
                    "write {\"cat_index_list\": [1, 3]}: the CSV column indices of the categorical features", e);
        }
        JsonNode list = root == null ? null : root.get("cat_index_list");
        if (list == null || !list.isArray()) {
            throw new ValidationException(CATEGORICAL_INDEX, root, "has no list \"cat_index_list\"",
                    "write {\"cat_index_list\": [1, 3]}: the CSV column indices of the categorical features");
        }
        TreeSet<Integer> seen = new TreeSet<>();
        for (JsonNode v : list) {
            if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() <= 0 || v.asInt() >= columns) {
                throw new ValidationException(CATEGORICAL_INDEX, v, "is not a column index in [1, " + (columns - 1)
                        + "] (0 is the target)", "list the CSV column indices of categorical features, each once");
            }
            if (!seen.add(v.asInt())) {
                throw new ValidationException(CATEGORICAL_INDEX, v, "is listed twice",
                        "list each categorical column once");
            }
        }
        return seen.stream().mapToInt(i -> i - 1).toArray();
    }

    /**
     * Reads every CSV file of a folder (sorted by name; dot files and categorical_index.json skipped), the target in
     * the first column.
     *
     * @param columns the columns each row must have, or -1 to take the first row's
     */
    static LightGbmData readCsv(String channel, Path dir, int columns) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(CATEGORICAL_INDEX))
                    .filter(p -> dir.relativize(p).getNameCount() == 1 || !dir.relativize(p).startsWith("validation"))
                    .sorted(Comparator.naturalOrder()).collect(Collectors.toList());
        }
        List<float[]> rows = new ArrayList<>();
        float[] labels = new float[1024];
        int expected = columns;
        Path firstFile = null;
        long firstLine = 0;
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String text;
                long line = 0;
                while ((text = reader.readLine()) != null) {
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    int cells = 1;
                    for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
                        cells++;
                    }
                    if (expected < 0) {
                        if (cells < 2) {
                            throw new ValidationException(channel, file.getFileName() + " line " + line,
                                    "has " + cells + " column; LightGBM needs the target and at least one "
                                    + "feature", "put the target first, then the features, comma separated");
                        }
                        expected = cells;
                        firstFile = file;
                        firstLine = line;
                    } else if (cells != expected) {
                        String where = firstFile == null ? "the training data's " + expected
                                : "the " + expected + " of " + firstFile.getFileName() + " line " + firstLine;
                        throw new ValidationException(channel, file.getFileName() + " line " + line, "has "
                                + cells + " columns where " + where + " are expected (a ragged CSV row)",
                                "give every row the target and the same features");
                    }
                    float[] row = new float[cells - 1];
                    int start = 0;
                    for (int c = 0; c < cells; c++) {
                        int comma = text.indexOf(',', start);
                        int end = comma < 0 ? text.length() : comma;
                        float v = cell(channel, file, line, c, text, start, end);
                        if (c == 0) {
                            if (!Float.isFinite(v)) {
                                throw new ValidationException(channel, file.getFileName() + " line " + line,
                                        "has no finite target in column 1 ('" + text.substring(start, end).trim()
                                        + "')", "put each row's target, a finite number, in the first column");
                            }
                            if (rows.size() == labels.length) {
                                labels = java.util.Arrays.copyOf(labels, labels.length * 2);
                            }
                            labels[rows.size()] = v;
                        } else {
                            row[c - 1] = v;
                        }
                        start = end + 1;
                    }
                    rows.add(row);
                }
            } catch (CharacterCodingException e) {
                throw new ValidationException(channel, file.getFileName(), "is not UTF-8 text",
                        "write CSV as UTF-8 text", e);
            }
        }
        if (rows.isEmpty()) {
            throw new ValidationException(channel, files.isEmpty() ? "(no files)" : files.get(0).getFileName(),
                    "has no rows", "upload CSV rows: the target first, then the features");
        }
        float[][] x = rows.toArray(new float[0][]);
        float[] y = java.util.Arrays.copyOf(labels, x.length);
        return new LightGbmData(x, y);
    }
}
