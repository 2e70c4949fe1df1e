package org.samraad.platform;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/** Interactive controls belong only in the live page view; export, PDF, e-mail and preview get static HTML. */
public final class OutputTypes {
    private OutputTypes() {}

    public static boolean isInteractive(ConversionContext context) {
        return "display".equals(context.getOutputType());
    }
}
