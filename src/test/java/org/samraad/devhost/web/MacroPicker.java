package org.samraad.devhost.web;

import com.atlassian.confluence.macro.Macro;
import org.samraad.devhost.descriptor.PluginDescriptor.MacroModule;
import org.samraad.devhost.descriptor.PluginDescriptor.MacroParameter;

/**
 * The editor's macro browser, built from the descriptor's {@code <xhtml-macro>} metadata and Confluence's macro
 * browser keys ({@code <pluginKey>.<macro>.label/.desc/.param.<name>.label/.desc}). Each macro gets a small form;
 * editor.js turns it into an {@code <ac:structured-macro>} snippet at the cursor.
 */
final class MacroPicker {
    private MacroPicker() {}

    static String render(HostWeb web) {
        StringBuilder out = new StringBuilder("<aside class=\"macro-picker\" aria-labelledby=\"macro-picker-heading\">"
                + "<h2 id=\"macro-picker-heading\">Insert a macro</h2>");
        if (web.macros().modules().isEmpty()) {
            out.append("<p>The plugin declares no macros.</p>");
        }
        for (MacroModule module : web.macros().modules()) {
            if (module.hidden()) {
                continue;
            }
            String prefix = web.descriptor().key() + "." + module.name();
            String body = web.macros().macro(module.name()).map(MacroPicker::bodyKind).orElse("none");
            out.append("<details class=\"macro\"><summary>").append(Html.text(text(web, prefix + ".label", module.name())))
                    .append(" <code>").append(Html.text(module.name())).append("</code></summary>");
            String description = text(web, prefix + ".desc",
                    module.descriptionKey() == null ? "" : text(web, module.descriptionKey(), ""));
            out.append("<p>").append(Html.text(description)).append("</p>");
            out.append("<form class=\"macro-form\" data-macro-name=\"").append(Html.text(module.name()))
                    .append("\" data-body=\"").append(body).append("\">");
            for (MacroParameter parameter : module.parameters()) {
                field(web, prefix, module, parameter, out);
            }
            out.append("<button type=\"button\" class=\"insert-macro\">Insert ").append(Html.text(module.name()))
                    .append("</button></form></details>");
        }
        return out.append("</aside>").toString();
    }

    private static void field(HostWeb web, String prefix, MacroModule module, MacroParameter p, StringBuilder out) {
        String id = "macro-" + module.name() + "-" + (p.name().isEmpty() ? "default" : p.name());
        String label = text(web, prefix + ".param." + p.name() + ".label", p.name().isEmpty() ? "(default)" : p.name());
        String help = text(web, prefix + ".param." + p.name() + ".desc", "");
        out.append("<div class=\"field\"><label for=\"").append(Html.text(id)).append("\">").append(Html.text(label))
                .append(p.required() ? " (required)" : "").append("</label>");
        String attributes = " id=\"" + Html.text(id) + "\" data-parameter=\"" + Html.text(p.name()) + "\""
                + (help.isEmpty() ? "" : " aria-describedby=\"" + Html.text(id) + "-help\"");
        if (p.type().equals("enum") && !p.values().isEmpty()) {
            out.append("<select").append(attributes).append("><option value=\"\"></option>");
            for (String value : p.values()) {
                out.append("<option").append(value.equals(p.defaultValue()) ? " selected" : "").append(">")
                        .append(Html.text(value)).append("</option>");
            }
            out.append("</select>");
        } else if (p.type().equals("boolean")) {
            out.append("<input type=\"checkbox\" value=\"true\"").append(attributes)
                    .append("true".equals(p.defaultValue()) ? " checked" : "").append(">");
        } else {
            out.append("<input type=\"").append(p.type().equals("int") ? "number" : "text").append("\"").append(attributes)
                    .append(" value=\"").append(Html.text(p.defaultValue() == null ? "" : p.defaultValue())).append("\">");
        }
        out.append(" <span class=\"parameter-type\">").append(Html.text(p.type())).append("</span>");
        if (!help.isEmpty()) {
            out.append("<p class=\"help\" id=\"").append(Html.text(id)).append("-help\">").append(Html.text(help)).append("</p>");
        }
        out.append("</div>");
    }

    private static String bodyKind(Macro macro) {
        return switch (macro.getBodyType()) {
            case RICH_TEXT -> "rich";
            case PLAIN_TEXT -> "plain";
            case NONE -> "none";
        };
    }

    /** The text, or the fallback when the plugin has no such key (without the missing-key warning). */
    private static String text(HostWeb web, String key, String fallback) {
        return web.i18n().getAllTranslationsForPrefix(key).containsKey(key) ? web.i18n().getText(key) : fallback;
    }
}
