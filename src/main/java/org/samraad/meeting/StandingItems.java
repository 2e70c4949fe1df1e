package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * The items every meeting starts with: approve the agenda, approve the last minutes, follow-up (the council's open
 * action items), and any other business. AOB gets a sort order far behind the others so that items added later
 * (numbered from 10 on) land before it without renumbering. Titles are in the creating user's language: the
 * person who writes the agenda reads them first and may reword them.
 */
@Component
public class StandingItems {
    public static final int AOB_SORT_ORDER = 1000;

    private final ActiveObjects ao;
    private final I18n i18n;

    public StandingItems(@ComponentImport ActiveObjects ao, I18n i18n) {
        this.ao = ao;
        this.i18n = i18n;
    }

    /** Call inside the transaction that creates the meeting. */
    void create(int meetingId) {
        for (StandingKind kind : StandingKind.values()) {
            ao.create(AgendaItemEntity.class,
                    new DBParam("MEETING_ID", meetingId),
                    new DBParam("SORT_ORDER", kind == StandingKind.AOB ? AOB_SORT_ORDER : kind.ordinal() + 1),
                    new DBParam("TITLE", i18n.text("samraad.meeting.standing." + kind.name())),
                    new DBParam("KIND", AgendaItemKind.STANDING.name()),
                    new DBParam("STANDING_KIND", kind.name()),
                    new DBParam("DURATION_MINUTES", 0),
                    new DBParam("CLOSED", false),
                    new DBParam("VERSION", 0));
        }
    }
}
