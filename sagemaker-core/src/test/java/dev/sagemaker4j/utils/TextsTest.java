/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.utils.Texts;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void excerpt_shortValue_quotedWhole() {
        assertThat(Texts.excerpt("abc")).isEqualTo("abc");
        assertThat(Texts.excerpt("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(Texts.excerpt(null)).isEqualTo("null");
    }

    @Test
    void excerpt_longValue_first64CharactersThenEllipsisAndLength() {
        assertThat(Texts.excerpt("y".repeat(100_000))).isEqualTo("y".repeat(64) + "… (100000 characters)");
    }

    @Test
    void excerpt_controlCharactersAndASplitSurrogatePair_keptOnOneLineAndWellFormed() {
        assertThat(Texts.excerpt("a\nb\rc\u0000")).isEqualTo("a?b?c?");
        String cut = Texts.excerpt("z".repeat(63) + "😀" + "tail");
        assertThat(cut).startsWith("z".repeat(63) + "…");
    }
}
