package org.samraad.devhost.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host's {@code jsI18n} transformer: as in Confluence, only a call that names its key literally, directly
 * after the parenthesis, gets the reader's text inlined (as {@code AJS.format("pattern", args…)}). Every other
 * call is left alone and reaches the AJS shim, which knows no plugin texts and gives back the key, as AUI does in
 * Confluence; so a computed key shows up raw on the dev host first.
 */
public final class JsI18nTransformer {
    /**
     * {@code AJS.I18n.getText('key')} or {@code AJS.I18n.getText("key", args…)}: the one form that is inlined; the
     * literal is the whole first argument (not {@code 'samraad.' + name}).
     */
    public static final Pattern LITERAL_CALL =
            Pattern.compile("AJS\\.I18n\\.getText\\((['\"])([A-Za-z0-9_.\\-]+)\\1(?=\\s*[,)])");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsI18nTransformer() {}

    /** @param rawText the raw (unformatted) pattern for a key, or the key itself when there is none */
    static String transform(String script, UnaryOperator<String> rawText) {
        Matcher call = LITERAL_CALL.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        while (call.find()) {
            call.appendReplacement(out, Matcher.quoteReplacement("AJS.format(" + jsString(rawText.apply(call.group(2)))));
        }
        call.appendTail(out);
        return out.toString();
    }

    private static String jsString(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
