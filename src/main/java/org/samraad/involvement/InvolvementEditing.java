package org.samraad.involvement;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.samraad.platform.I18n;

/**
 * What the status view's forms offer a space editor in the live page: the forms of involvement and statuses in the
 * reader's words, the process's target groups and dimensions by id, and the settings as one-per-line lists. Built
 * from the process the render already read, so the forms cost no statement.
 *
 * @param councilId the council whose actors and settings the forms save
 * @param targetGroupLines the target groups one per line, in the order stored ({@code targetGroupIds} alike)
 * @param deadline the deadline as an ISO date, or empty
 */
public record InvolvementEditing(
        int councilId,
        List<InvolvementOption> forms,
        List<InvolvementOption> statuses,
        List<InvolvementOption> targetGroups,
        List<InvolvementOption> dimensions,
        String targetGroupLines,
        String targetGroupIds,
        String dimensionLines,
        String dimensionIds,
        String deadline,
        int settingsVersion) {

    static InvolvementEditing of(int councilId, StoredSettings settings, I18n i18n) {
        return new InvolvementEditing(councilId,
                Arrays.stream(InvolvementForm.values())
                        .map(f -> new InvolvementOption(f.name(), i18n.text("samraad.involvement.form." + f.name()))).toList(),
                Arrays.stream(ActorStatus.values())
                        .map(s -> new InvolvementOption(s.name(), i18n.text("samraad.involvement.status." + s.name()))).toList(),
                options(settings.targetGroups()), options(settings.dimensions()),
                lines(settings.targetGroups()), ids(settings.targetGroups()),
                lines(settings.dimensions()), ids(settings.dimensions()),
                settings.deadline() == null ? "" : settings.deadline().toString(), settings.version());
    }

    private static List<InvolvementOption> options(List<InvolvementTopic> topics) {
        return topics.stream().map(t -> new InvolvementOption(String.valueOf(t.id()), t.name())).toList();
    }

    private static String lines(List<InvolvementTopic> topics) {
        return topics.stream().map(InvolvementTopic::name).collect(Collectors.joining("\n"));
    }

    private static String ids(List<InvolvementTopic> topics) {
        return topics.stream().map(t -> String.valueOf(t.id())).collect(Collectors.joining(" "));
    }
}
