/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.datasketches.hll.HllSketch;
import org.junit.jupiter.api.Test;

class FeatureStatsTest {

    @Test
    void distinctCount_overflowedCategories_equalsAnHllSketchFedEveryValue() {
        FeatureStats stats = new FeatureStats("f", 0);
        HllSketch everyValue = new HllSketch(12);
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // repeats among the first values, then many new ones: the categories overflow part-way
            String v = "v" + (i < 5_000 ? r.nextInt(800) : r.nextInt(60_000));
            stats.add(v);
            everyValue.update(v);
        }

        assertThat(stats.categoriesComplete()).isFalse();
        assertThat(stats.distinctCount()).isEqualTo(Math.rint(everyValue.getEstimate()));
        assertThat(stats.categories()).hasSize(FeatureStats.MAX_CATEGORIES);
    }

    @Test
    void isIntegral_signsDigitsAndLength_asTheServicesPattern() {
        for (String yes : new String[] {"0", "-12", "+7", "123456789012345678"}) {
            assertThat(FeatureStats.isIntegral(yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"", "+", "-", "1.0", "1e3", "1234567890123456789", "٣", "12a", " 1"}) {
            assertThat(FeatureStats.isIntegral(no)).as(no).isFalse();
        }
    }

    @Test
    void mayBeNumber_everyTextParseDoubleAccepts_isTrue() {
        for (String text : new String[] {"1", "-1.5", "+.5", ".5e3", "NaN", "-Infinity", "0x1p3", "1d", "2f", "1e-3"}) {
            Double.parseDouble(text);
            assertThat(FeatureStats.mayBeNumber(text)).as(text).isTrue();
        }
        for (String text : new String[] {"red", "-", "+", "e5", "nan", "infinity", "x1", "", "#1"}) {
            assertThat(FeatureStats.mayBeNumber(text)).as(text).isFalse();
        }
    }
}
