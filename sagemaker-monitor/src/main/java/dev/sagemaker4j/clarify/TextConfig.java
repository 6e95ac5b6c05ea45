/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;

/**
 * Python's {@code sagemaker.clarify.TextConfig}: how SHAP breaks text features into units (tokens, sentences or
 * paragraphs) of a language. Sent to SageMaker inside {@link SHAPConfig}'s {@code text_config}; the local analysis
 * explains numeric tabular features and refuses it.
 */
public final class TextConfig {
    private static final List<String> GRANULARITIES = List.of("token", "sentence", "paragraph");
    private static final List<String> LANGUAGES = List.of(
            "chinese", "zh", "danish", "da", "dutch", "nl", "english", "en", "french", "fr", "german", "de", "greek",
            "el", "italian", "it", "japanese", "ja", "lithuanian", "lt", "multi-language", "xx", "norwegian bokmål",
            "nb", "polish", "pl", "portuguese", "pt", "romanian", "ro", "russian", "ru", "spanish", "es",
            "afrikaans", "af", "albanian", "sq", "arabic", "ar", "armenian", "hy", "basque", "eu", "bengali", "bn",
            "bulgarian", "bg", "catalan", "ca", "croatian", "hr", "czech", "cs", "estonian", "et", "finnish", "fi",
            "gujarati", "gu", "hebrew", "he", "hindi", "hi", "hungarian", "hu", "icelandic", "is", "indonesian",
            "id", "irish", "ga", "kannada", "kn", "kyrgyz", "ky", "latvian", "lv", "ligurian", "lij",
            "luxembourgish", "lb", "macedonian", "mk", "malayalam", "ml", "marathi", "mr", "nepali", "ne", "persian",
            "fa", "sanskrit", "sa", "serbian", "sr", "setswana", "tn", "sinhala", "si", "slovak", "sk", "slovenian",
            "sl", "swedish", "sv", "tagalog", "tl", "tamil", "ta", "tatar", "tt", "telugu", "te", "thai", "th",
            "turkish", "tr", "ukrainian", "uk", "urdu", "ur", "vietnamese", "vi", "yoruba", "yo");

    private final String granularity;
    private final String language;

    /**
     * Python's {@code TextConfig(granularity, language)}.
     *
     * @param granularity {@code "token"}, {@code "sentence"} or {@code "paragraph"}
     * @param language    a language Clarify supports ({@code "english"}, {@code "german"}, ...,
     *                    {@code "multi-language"}) or its two-letter ISO code
     * @throws ValidationException when either is not one Python accepts
     */
    public TextConfig(String granularity, String language) {
        if (!GRANULARITIES.contains(granularity)) {
            throw new ValidationException("granularity", granularity, "Invalid granularity " + granularity + ".",
                    "Please choose among " + GRANULARITIES);
        }
        if (!LANGUAGES.contains(language)) {
            throw new ValidationException("language", language, "Invalid language " + language + ".",
                    "Please choose among the languages of Python's TextConfig (english, german, ..., multi-language)"
                            + " or their two-letter ISO codes");
        }
        this.granularity = granularity;
        this.language = language;
    }

    /**
     * Python's {@code granularity}.
     *
     * @return the unit of text
     */
    public String granularity() {
        return granularity;
    }

    /**
     * Python's {@code language}.
     *
     * @return the language
     */
    public String language() {
        return language;
    }

    /**
     * Python's {@code get_text_config()}: {@code {"granularity": ..., "language": ...}}.
     *
     * @return a new JSON object each call
     */
    public ObjectNode getTextConfig() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("granularity", granularity);
        o.put("language", language);
        return o;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextConfig && ((TextConfig) o).granularity.equals(granularity)
                && ((TextConfig) o).language.equals(language);
    }

    @Override
    public int hashCode() {
        return granularity.hashCode() * 31 + language.hashCode();
    }

    @Override
    public String toString() {
        return "TextConfig" + getTextConfig();
    }
}
