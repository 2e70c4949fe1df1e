package org.samraad.platform;

/**
 * How long each kind of text Samråd stores may be, in one place for the entities' columns and every input's check
 * ({@link Validation#line}, {@link Validation#text}), so that a value that passes always fits its column.
 */
public final class TextLengths {
    /** A one-line text (a name, a user key, a label, a reference, a space key): AO's default VARCHAR(255). */
    public static final int LINE = 255;
    /** A longer one-line text (a title, a place, a web address, a postal address): the VARCHAR(450) columns. */
    public static final int LONG_LINE = 450;
    /**
     * A case or document number as the municipality's case system writes it ("2010-153360", "18/19927",
     * "64637/19"): one line, at most 40 characters; free text, because every system has its own pattern.
     */
    public static final int NUMBER = 40;
    /** A free text (a purpose, a description, a request, an answer) in an unlimited column. */
    public static final int TEXT = 10_000;
    /** A document-sized free text (an agenda item's case and decision, a hearing's summary and response). */
    public static final int LONG_TEXT = 20_000;

    private TextLengths() {}
}
