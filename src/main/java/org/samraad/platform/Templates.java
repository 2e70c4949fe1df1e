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
     * A render's text, as a {@link java.io.StringWriter} keeps it but without its lock on every write: a template
     * writes each piece of text and each value on its own, and one render's output is one thread's.
     */
    private static final class Output extends Writer {
        private final StringBuilder text = new StringBuilder(4096);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
