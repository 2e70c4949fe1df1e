package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Locale;
import net.java.ao.DBParam;
import org.samraad.council.Council;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * The items every meeting starts with: approve the agenda, approve the last minutes, follow-up (the council's open
 * action items), and any other business. AOB gets a sort order far behind the others so that items added later
 * (numbered from 10 on) land before it without renumbering. Titles are stored in the council's language, as
 * everything stored for a council is: the agenda, the minutes and the mails are read in it, whoever made the meeting.
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

    /** Call inside the transaction that creates the meeting; {@code councilLocale} as stored on the council. */
    void create(int meetingId, String councilLocale) {
        Locale language = Locale.forLanguageTag(councilLocale == null ? Council.DEFAULT_LOCALE : councilLocale);
        for (StandingKind kind : StandingKind.values()) {
            ao.create(AgendaItemEntity.class,
                    new DBParam("MEETING_ID", meetingId),
                    new DBParam("SORT_ORDER", kind == StandingKind.AOB ? AOB_SORT_ORDER : kind.ordinal() + 1),
                    new DBParam("TITLE", i18n.text(language, "samraad.meeting.standing." + kind.name())),
                    new DBParam("KIND", AgendaItemKind.STANDING.name()),
                    new DBParam("STANDING_KIND", kind.name()),
                    new DBParam("DURATION_MINUTES", 0),
                    new DBParam("CLOSED", false),
                    new DBParam("VERSION", 0));
        }
    }
}
