package org.samraad.devhost.render;

import org.samraad.devhost.velocity.HtmlEncoding;

/** What Confluence shows in place of a failed or unknown macro: a message in a box, never a stack trace. */
public final class MacroErrorBox {
    private MacroErrorBox() {}

    public static String failed(String macroName, String message) {
        return box("Error rendering macro '" + macroName + "'" + (message == null || message.isBlank() ? "" : " : " + message));
    }

    public static String unknown(String macroName) {
        return box("Unknown macro: '" + macroName + "'");
    }

    public static String invalidBody(String message) {
        return box("The content is not valid storage format: " + message);
    }

    private static String box(String text) {
        return "<div class=\"error macro-error\" role=\"alert\"><span class=\"error\">" + HtmlEncoding.encode(text)
                + "</span> </div>";
    }
}
