package org.samraad.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
        StringWriter out = new StringWriter();
        try {
            renderer.render(templateName, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
