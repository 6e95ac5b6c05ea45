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
 * Python's {@code sagemaker.clarify.BiasConfig(label_values_or_threshold, facet_name,
 * facet_values_or_threshold=None, group_name=None)}: the positive outcomes and the sensitive group(s).
 *
 * <pre>{@code
 * BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("Gender")
 *         .facetValuesOrThreshold(List.of(0)).groupName("Group").build();
 * }</pre>
 *
 * <p>Label values: the values that count as the positive outcome, or for a continuous label one threshold (values
 * above it are positive). Facet values: the values that form the sensitive group ({@code None}: each value in turn),
 * or for a continuous facet one threshold (values above it form the group).
 */
public final class BiasConfig {
    private final ObjectNode analysisConfig;

    private BiasConfig(Builder b) {
        if (b.labelValuesOrThreshold == null || b.labelValuesOrThreshold.isEmpty()) {
            throw new ValidationException("labelValuesOrThreshold", b.labelValuesOrThreshold, "is missing",
                    "pass the label values of the positive outcome, e.g. List.of(1), or one threshold");
        }
        if (b.facetName == null) {
            throw new ValidationException("facetName", null, "is missing",
                    "pass the sensitive column's name or index");
        }
        ArrayNode facets = Json.F.arrayNode();
        if (b.facetName instanceof List<?> names) {
            List<?> values = b.facetValuesOrThreshold instanceof List<?> l ? l : null;
            if (b.facetValuesOrThreshold != null && values == null) {
                throw new ValidationException("facetValuesOrThreshold", b.facetValuesOrThreshold,
                        "is one value for " + names.size() + " facet names", "pass one list (or null) per facet name");
            }
            if (values == null) {
                for (Object n : names) {
                    facets.addObject().set("name_or_index", Json.value("facetName", n));
                }
            } else if (values.size() == names.size()) {
                for (int i = 0; i < names.size(); i++) {
                    ObjectNode f = facets.addObject();
                    f.set("name_or_index", Json.value("facetName", names.get(i)));
                    Object v = values.get(i);
                    if (v != null) {
                        f.set("value_or_threshold", Json.value("facetValuesOrThreshold", v));
                    }
                }
            } else {
                throw new ValidationException("facetValuesOrThreshold", b.facetValuesOrThreshold,
                        "The number of facet names doesn't match the number of facet values",
                        "pass one list of values (or null) per facet name");
            }
        } else {
            ObjectNode f = facets.addObject();
            f.set("name_or_index", Json.value("facetName", b.facetName));
            if (b.facetValuesOrThreshold != null) {
                f.set("value_or_threshold", Json.value("facetValuesOrThreshold", b.facetValuesOrThreshold));
            }
        }
        ObjectNode c = Json.F.objectNode();
        c.set("label_values_or_threshold", Json.value("labelValuesOrThreshold", b.labelValuesOrThreshold));
        c.set("facet", facets);
        if (b.groupName != null) {
            c.put("group_variable", b.groupName);
        }
        this.analysisConfig = c;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Python's {@code get_config()}: the bias part of {@code analysis_config.json}.
     *
     * @return a copy
     */
    public ObjectNode analysisConfig() {
        return analysisConfig.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BiasConfig b && b.analysisConfig.equals(analysisConfig);
    }

    @Override
    public int hashCode() {
        return analysisConfig.hashCode();
    }

    @Override
    public String toString() {
        return "BiasConfig" + analysisConfig;
    }

    /** Builds a {@link BiasConfig}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private List<?> labelValuesOrThreshold;
        private Object facetName;
        private Object facetValuesOrThreshold;
        private String groupName;

        private Builder() {
        }

        /**
         * Sets {@code label_values_or_threshold} (required): the positive label values, or one threshold.
         *
         * @param v strings or numbers
         * @return this builder
         */
        public Builder labelValuesOrThreshold(List<?> v) {
            this.labelValuesOrThreshold = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Sets {@code facet_name} (required) to a column name.
         *
         * @param v the name
         * @return this builder
         */
        public Builder facetName(String v) {
            this.facetName = v;
            return this;
        }

        /**
         * Sets {@code facet_name} (required) to a column index.
         *
         * @param v the index
         * @return this builder
         */
        public Builder facetName(int v) {
            this.facetName = v;
            return this;
        }

        /**
         * Sets {@code facet_name} (required) to several columns (names or indexes), each a facet of its own.
         *
         * @param v the names or indexes
         * @return this builder
         */
        public Builder facetNames(List<?> v) {
            this.facetName = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Sets {@code facet_values_or_threshold} (default {@code None}: each value of the facet in turn): the
         * sensitive values or one threshold; with several facet names, one list (or null) per facet.
         *
         * @param v strings or numbers
         * @return this builder
         */
        public Builder facetValuesOrThreshold(List<?> v) {
            this.facetValuesOrThreshold = v == null ? null : java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(v));
            return this;
        }

        /**
         * Sets {@code facet_values_or_threshold} (default {@code None}) to one threshold of a continuous facet:
         * its values above it form the sensitive group (Python's scalar form, {@code facet_values_or_threshold=0.3}).
         *
         * @param v the threshold
         * @return this builder
         */
        public Builder facetValuesOrThreshold(double v) {
            this.facetValuesOrThreshold = v;
            return this;
        }

        /**
         * Sets {@code group_name} (default {@code None}): the column of subgroups for CDDL and CDDPL.
         *
         * @param v the column name
         * @return this builder
         */
        public Builder groupName(String v) {
            this.groupName = v;
            return this;
        }

        /**
         * The configuration.
         *
         * @return the configuration
         * @throws ValidationException for a missing argument, or facet names and values of different lengths
         */
        public BiasConfig build() {
            return new BiasConfig(this);
        }
    }

}
