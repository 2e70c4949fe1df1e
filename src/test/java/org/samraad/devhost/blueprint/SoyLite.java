package org.samraad.devhost.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samraad.devhost.velocity.HtmlEncoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Just enough Closure Templates (Soy) for a blueprint wizard form: finds {@code {template .name}} under the
 * file's {@code {namespace}}, keeps static HTML, joins lines as Soy does, and replaces {@code {getText('key')}}
 * with the escaped text, plus {@code {lb} {rb} {sp} {nil} {\n}}. Other commands (parameters, if, foreach) are
 * dropped and logged: the wizard should not need them.
 */
public final class SoyLite {
    private static final Logger LOG = LoggerFactory.getLogger(SoyLite.class);
    private static final Pattern NAMESPACE = Pattern.compile("\\{namespace\\s+([\\w.]+)[^}]*}");
    private static final Pattern TEMPLATE = Pattern.compile("\\{template\\s+\\.(\\w+)[^}]*}(.*?)\\{/template}", Pattern.DOTALL);
    private static final Pattern COMMAND = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern GET_TEXT = Pattern.compile("getText\\(\\s*'([^']*)'\\s*\\)");

    private SoyLite() {}

    /** @param templateKey e.g. {@code Samraad.Blueprint.meetingForm} */
    public static Optional<String> render(String soySource, String templateKey, I18nResolver i18n) {
        String source = soySource.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        Matcher namespace = NAMESPACE.matcher(source);
        if (!namespace.find()) {
            return Optional.empty();
        }
        Matcher template = TEMPLATE.matcher(source);
        while (template.find()) {
            if ((namespace.group(1) + "." + template.group(1)).equals(templateKey)) {
                return Optional.of(body(joinLines(template.group(2)), i18n, templateKey));
            }
        }
        return Optional.empty();
    }

    private static String joinLines(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !endsOrStartsWithTag(out.charAt(out.length() - 1), trimmed.charAt(0))) {
                out.append(' ');
            }
            out.append(trimmed);
        }
        return out.toString();
    }

    private static boolean endsOrStartsWithTag(char last, char first) {
        return last == '>' || first == '<' || last == '}' || first == '{';
    }

    private static String body(String joined, I18nResolver i18n, String templateKey) {
        Matcher command = COMMAND.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (command.find()) {
            String inside = command.group(1).trim();
            Matcher getText = GET_TEXT.matcher(inside);
            String replacement;
            if (getText.matches()) {
                replacement = HtmlEncoding.encode(i18n.getText(getText.group(1)));
            } else {
                replacement = switch (inside) {
                    case "lb" -> "{";
                    case "rb" -> "}";
                    case "sp" -> " ";
                    case "nil" -> "";
                    case "\\n" -> "\n";
                    default -> {
                        LOG.warn("Soy command {{}} in {} is not supported by the dev host; dropped", inside, templateKey);
                        yield "";
                    }
                };
            }
            command.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        command.appendTail(out);
        return out.toString();
    }
}
