package org.samraad.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders the plugin's Velocity templates through the product's renderer, which HTML-encodes every
 * reference. Never pass user input as template source: only named template files from the plugin jar.
 */
@Component
public class Templates {
    private final TemplateRenderer renderer;

    public Templates(@ComponentImport TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public String render(String templateName, Map<String, Object> context) {
        Output out = new Output();
        try {
            renderer.render(templateName, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A template's text as it is written, unsynchronised: Velocity writes each piece of template text and each value
     * on its own (a 40-item agenda is thousands of writes), and StringWriter's buffer takes a lock for every one.
     * One render, one thread.
     */
    private static final class Output extends Writer {
        private final StringBuilder text = new StringBuilder(8192);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
            // nothing is held back
        }

        @Override
        public void close() {
            // nothing to release
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
