package org.samraad.devhost.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Confluence's automatic HTML encoding of {@code $reference} output: every inserted value is encoded unless one
 * of {@link EscapingRules}' exceptions applies. One instance per switch, shared by all renders: it keeps no state.
 */
final class HtmlEncodingReferenceHandler implements ReferenceInsertionEventHandler {
    private final boolean encodingEnabled;

    HtmlEncodingReferenceHandler(boolean encodingEnabled) {
        this.encodingEnabled = encodingEnabled;
    }

    @Override
    public Object referenceInsert(String reference, Object value) {
        boolean lastCallHtmlSafe = LastInvocation.takeProducedHtmlSafe(value);
        if (value == null || !encodingEnabled) {
            return value;
        }
        if (EscapingRules.isRawScalarReference(reference) || EscapingRules.hasHtmlSafeToString(value)) {
            return value;
        }
        if (!EscapingRules.isScalar(reference) && lastCallHtmlSafe) {
            return value;
        }
        return HtmlEncoding.encode(value.toString());
    }
}
