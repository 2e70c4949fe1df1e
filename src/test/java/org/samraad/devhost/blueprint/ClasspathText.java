package org.samraad.devhost.blueprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A plugin resource's text (UTF-8), as it lies in the jar. */
final class ClasspathText {
    private ClasspathText() {}

    static String read(String location) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + location + " named in the descriptor does not exist");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + location, e);
        }
    }
}
