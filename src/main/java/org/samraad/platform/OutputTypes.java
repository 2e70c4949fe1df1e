package org.samraad.platform;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/** Interactive controls belong only in the live page view; export, PDF, e-mail and preview get static HTML. */
public final class OutputTypes {
    private OutputTypes() {}

    public static boolean isInteractive(ConversionContext context) {
        return "display".equals(context.getOutputType());
    }

    /**
     * A PDF or Word export: a document that leaves the wiki and its permissions, so it must say what it holds
     * (Confluence's {@code ConversionContextOutputType.PDF} and {@code WORD}).
     */
    public static boolean isDocumentExport(ConversionContext context) {
        return "pdf".equals(context.getOutputType()) || "word".equals(context.getOutputType());
    }
}
