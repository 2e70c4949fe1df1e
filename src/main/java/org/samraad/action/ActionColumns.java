package org.samraad.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The register table's optional columns, as the macro's {@code columns} parameter names them. The action's title is
 * the row header and always shown (naming it in the parameter is allowed and changes nothing).
 */
public record ActionColumns(boolean owner, boolean dueDate, boolean status, boolean percentDone, boolean meeting) {
    static final ActionColumns ALL = new ActionColumns(true, true, true, true, true);
    static final List<String> NAMES = List.of("title", "owner", "dueDate", "status", "percentDone", "meeting");

    /** The comma list, or null when it names a column that does not exist. Blank means every column. */
    static ActionColumns parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        List<String> names = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            String known = NAMES.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (known == null) {
                return null;
            }
            names.add(known);
        }
        return new ActionColumns(names.contains("owner"), names.contains("dueDate"), names.contains("status"),
                names.contains("percentDone"), names.contains("meeting"));
    }

    /** The shown columns by API name, for the script that fills later pages. */
    public String names() {
        List<String> shown = new ArrayList<>(List.of("title"));
        if (owner) {
            shown.add("owner");
        }
        if (dueDate) {
            shown.add("dueDate");
        }
        if (status) {
            shown.add("status");
        }
        if (percentDone) {
            shown.add("percentDone");
        }
        if (meeting) {
            shown.add("meeting");
        }
        return String.join(",", shown);
    }
}
