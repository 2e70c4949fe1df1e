package org.samraad.involvement;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of {@link InvolvementTopic}s stored in one column, one {@code id:name} per line. Names are one-line texts
 * ({@link org.samraad.platform.TextRule}), so a line break never occurs inside one, and the id ends at the first
 * colon.
 */
final class Topics {
    private Topics() {}

    static String encode(List<InvolvementTopic> topics) {
        if (topics.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (InvolvementTopic topic : topics) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(topic.id()).append(':').append(topic.name());
        }
        return text.toString();
    }

    static List<InvolvementTopic> decode(String stored) {
        List<InvolvementTopic> topics = new ArrayList<>();
        if (stored == null) {
            return topics;
        }
        for (String line : stored.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                try {
                    topics.add(new InvolvementTopic(Integer.parseInt(line.substring(0, colon)), line.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    // a line written by hand without an id is no topic
                }
            }
        }
        return topics;
    }
}
