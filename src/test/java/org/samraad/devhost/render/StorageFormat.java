package org.samraad.devhost.render;

/** The storage-format namespaces ([DF] QName constants). */
public final class StorageFormat {
    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";
    public static final String AT = "http://atlassian.com/template";

    private StorageFormat() {}
}
