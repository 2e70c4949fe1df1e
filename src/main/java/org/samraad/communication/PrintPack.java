package org.samraad.communication;

import static org.samraad.platform.mail.MailText.escape;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.samraad.meeting.AgendaAudience;
import org.samraad.meeting.AgendaItem;
import org.samraad.meeting.AgendaService;
import org.samraad.meeting.MeetingAccess;
import org.samraad.meeting.MeetingContext;
import org.samraad.platform.I18n;
import org.samraad.platform.mail.MailText;
import org.springframework.stereotype.Component;

/**
 * The paper for people without e-mail: for the meeting's latest dispatch that hands out the agenda or the minutes,
 * one printable page in large type per person it could not reach, with the version of the agenda or minutes they
 * may see and each item's easy-read text first where there is one. In the council's language; for the council's
 * secretariat (403 otherwise), who prints and posts or hands out the pages.
 */
@Component
public class PrintPack {
    private final MeetingAccess access;
    private final DispatchLog log;
    private final AgendaService agenda;
    private final I18n i18n;
    private final ApplicationProperties application;

    public PrintPack(MeetingAccess access, DispatchLog log, AgendaService agenda, I18n i18n,
            @ComponentImport ApplicationProperties application) {
        this.access = access;
        this.log = log;
        this.agenda = agenda;
        this.i18n = i18n;
        this.application = application;
    }

    public String html(int meetingId) {
        MeetingContext context = access.secretariat(meetingId);
        Locale locale = MailText.locale(context.councilLocale());
        MeetingMail mail = new MeetingMail(i18n, locale, context.meeting(), context.council().name(),
                context.spaceKey(), application.getBaseUrl(UrlMode.CANONICAL));
        List<DispatchLogEntry> rows = log.entries(context);
        DispatchLogEntry latest = rows.stream().filter(r -> r.kind().hasPrintPack()).reduce((a, b) -> b).orElse(null);
        String title = i18n.text(locale, "samraad.communication.print.title", mail.title());
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;font-size:20pt;line-height:1.5;margin:1.5cm}")
                .append("h1{font-size:28pt}h2{font-size:24pt}ol{list-style:none;padding-left:0}li{margin-bottom:0.8em}")
                .append(".samraad-print-page{page-break-after:always;break-after:page}")
                .append("@media print{.samraad-print-intro{display:none}}</style></head>\n<body>\n")
                .append("<p class=\"samraad-print-intro\">").append(escape(i18n.text(locale,
                        "samraad.communication.print.intro"))).append("</p>\n");
        List<DispatchLogEntry> unreached = latest == null ? List.of() : rows.stream()
                .filter(r -> r.kind() == latest.kind() && r.sequence() == latest.sequence())
                .filter(r -> r.outcome() == DispatchOutcome.NO_ADDRESS).toList();
        if (unreached.isEmpty()) {
            out.append("<p class=\"samraad-print-none\">")
                    .append(escape(i18n.text(locale, "samraad.communication.print.none"))).append("</p>\n");
            return out.append("</body>\n</html>\n").toString();
        }
        DispatchKind kind = latest.kind();
        Map<AgendaAudience, List<AgendaItem>> versions = new EnumMap<>(AgendaAudience.class);
        for (DispatchLogEntry row : unreached) {
            AgendaAudience audience = row.audience() == null ? AgendaAudience.OUTSIDER
                    : AgendaAudience.valueOf(row.audience());
            Addressee to = new Addressee(row.recipient(), row.recipientName(), null, audience,
                    row.recipient().startsWith("member:"));
            List<MeetingMail.Block> blocks = mail.blocks(kind, to,
                    versions.computeIfAbsent(audience, a -> agenda.agenda(context, a)));
            out.append("<section class=\"samraad-print-page\">\n<h1>")
                    .append(escape(context.council().name() + ": " + mail.title())).append("</h1>\n");
            page(out, blocks, mail);
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** The mail's blocks for paper: easy-read text before each item's title, and the page's address written out. */
    private static void page(StringBuilder out, List<MeetingMail.Block> blocks, MeetingMail mail) {
        for (MeetingMail.Block block : blocks) {
            switch (block.kind()) {
                case "h2" -> out.append("<h2>").append(escape(block.text())).append("</h2>\n");
                case "a" -> out.append("<p>").append(escape(block.text())).append(": ")
                        .append(escape(mail.pageUrl())).append("</p>\n");
                case "ol" -> {
                    out.append("<ol>\n");
                    for (MeetingMail.Line line : block.lines()) {
                        out.append("<li>");
                        if (line.easyRead() != null) {
                            out.append("<p class=\"samraad-print-easy-read\">").append(escape(line.easyRead()))
                                    .append("</p>");
                        }
                        out.append("<strong>").append(escape(line.text())).append("</strong>");
                        for (String note : line.notes()) {
                            out.append("<br>").append(escape(note));
                        }
                        out.append("</li>\n");
                    }
                    out.append("</ol>\n");
                }
                default -> out.append("<p>").append(escape(block.text())).append("</p>\n");
            }
        }
    }
}
