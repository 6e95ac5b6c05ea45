/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.internal.Json;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;

/**
 * The segments of a data set column on which Clarify computes its metrics, as the Python SDK's
 * {@code sagemaker.clarify.SegmentationConfig}; a {@link DataConfig} takes a list of them
 * ({@code segmentationConfig}), written to the analysis configuration's {@code segment_config}.
 *
 * <pre>{@code
 * SegmentationConfig age = new SegmentationConfig("age", List.of(List.of("[1, 4]", "(5, 6]"), List.of("(7, 9)")));
 * }</pre>
 *
 * <p>The local Clarify program does not compute segment metrics: a local job whose analysis configuration has a
 * {@code segment_config} fails with a ClientError naming it (the {@code sagemaker} backend's Clarify container
 * computes them).
 */
public final class SegmentationConfig {
    private final Object nameOrIndex;
    private final List<List<?>> segments;
    private final String configName;
    private final ObjectNode dict;

    /**
     * A segmentation of a column, without a name or display aliases.
     *
     * @param nameOrIndex the column's name (String) or index (Integer) (Python {@code name_or_index})
     * @param segments    the segments, each a list of values or interval strings such as {@code "[1, 4]"}; a
     *                    default segment holds the rest (Python {@code segments})
     */
    public SegmentationConfig(Object nameOrIndex, List<? extends List<?>> segments) {
        this(nameOrIndex, segments, null);
    }

    /**
     * A segmentation of a column, named.
     *
     * @param nameOrIndex the column's name (String) or index (Integer) (Python {@code name_or_index})
     * @param segments    the segments (Python {@code segments})
     * @param configName  the configuration's name, or null (Python {@code config_name}, default none)
     */
    public SegmentationConfig(Object nameOrIndex, List<? extends List<?>> segments, String configName) {
        this(nameOrIndex, segments, configName, null);
    }

    private SegmentationConfig(Object nameOrIndex, List<? extends List<?>> segments, String configName,
            List<String> displayAliases) {
        if (nameOrIndex == null) {
            throw new ValidationException("nameOrIndex", null, "cannot be None", "give the column's name or index");
        }
        if (!(nameOrIndex instanceof String) && !(nameOrIndex instanceof Integer)) {
            throw new ValidationException("nameOrIndex", nameOrIndex, "is neither a name nor an index",
                    "give a String or an Integer");
        }
        if (segments == null || segments.isEmpty() || segments.stream().anyMatch(s -> s == null)) {
            throw new ValidationException("segments", segments, "must be a list of lists of values or intervals",
                    "give at least one segment, each a list");
        }
        if (displayAliases != null && displayAliases.size() != segments.size()
                && displayAliases.size() != segments.size() + 1) {
            throw new ValidationException("displayAliases", displayAliases, "Number of `display_aliases` must equal"
                    + " the number of segments specified or with one additional default segment display alias.",
                    "give " + segments.size() + " or " + (segments.size() + 1) + " aliases");
        }
        this.nameOrIndex = nameOrIndex;
        this.segments = List.copyOf(segments);
        this.configName = configName;
        ObjectNode d = Json.F.objectNode();
        d.set("name_or_index", Json.value("nameOrIndex", nameOrIndex));
        ArrayNode list = d.putArray("segments");
        for (List<?> segment : segments) {
            list.add(Json.value("segments", segment));
        }
        if (configName != null && !configName.isEmpty()) {
            d.put("config_name", configName);
        }
        if (displayAliases != null && !displayAliases.isEmpty()) {
            d.set("display_aliases", Json.value("displayAliases", displayAliases));
        }
        this.dict = d;
    }

    /**
     * This configuration with display names for the segments (Python {@code display_aliases}, default none).
     *
     * @param displayAliases one name per segment, or one more for the default segment
     * @return a new configuration
     * @throws ValidationException for another number of aliases
     */
    public SegmentationConfig displayAliases(List<String> displayAliases) {
        return new SegmentationConfig(nameOrIndex, segments, configName,
                displayAliases == null ? null : List.copyOf(displayAliases));
    }

    /**
     * The entry of the analysis configuration's {@code segment_config}, as Python's {@code to_dict()}.
     *
     * @return a copy of the JSON
     */
    public ObjectNode toDict() {
        return dict.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentationConfig s && s.dict.equals(dict);
    }

    @Override
    public int hashCode() {
        return dict.hashCode();
    }

    @Override
    public String toString() {
        return "SegmentationConfig" + dict;
    }
}
