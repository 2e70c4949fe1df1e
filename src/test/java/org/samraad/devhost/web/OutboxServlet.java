package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.devhost.services.MailMime;
import org.samraad.devhost.persistence.HostStore.OutboxMail;
import org.samraad.devhost.persistence.HostStore.OutboxPart;

/**
 * {@code /devhost/outbox}: every e-mail the plugin queued on Confluence's mail queue, newest first, for
 * administrators (mail is addressed to anyone). {@code /devhost/outbox.json} gives the same to tests, with each mail's plain-text part ({@code text})
 * and attachments ({@code attachments}: name, contentType, content), and the MIME message a mail server would be
 * handed: {@code structure} (e.g. {@code multipart/mixed(multipart/alternative(text/plain; charset=UTF-8, text/html;
 * charset=UTF-8), text/calendar; method=REQUEST; charset=UTF-8; name=invitation.ics)}), {@code parts} (depth first:
 * depth, contentType, disposition, fileName, content) and {@code source} (RFC 822). The host never sends mail; bodies
 * are shown as their source text.
 */
final class OutboxServlet extends HostServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    OutboxServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isSiteAdmin()) {
            notFound(request, response);
            return;
        }
        List<OutboxMail> mails = web.store().outbox();
        if (request.getRequestURI().endsWith(".json")) {
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            JSON.writeValue(response.getWriter(), Map.of("items", mails.stream().map(m -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", m.id());
                item.put("to", m.recipient());
                item.put("subject", m.subject());
                item.put("body", m.body());
                item.put("mimeType", m.mimeType());
                item.put("queued", m.queued().toString());
                item.put("text", m.text());
                item.put("attachments", m.attachments().stream().map(a -> Map.of("name", a.name(),
                        "contentType", a.contentType(), "content", a.content())).toList());
                item.put("parts", m.mime().stream().map(part -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("depth", part.depth());
                    row.put("contentType", part.contentType());
                    row.put("disposition", part.disposition());
                    row.put("fileName", part.fileName());
                    row.put("content", part.content());
                    return row;
                }).toList());
                item.put("structure", structure(m.mime()));
                item.put("source", m.source());
                return item;
            }).toList()));
            return;
        }
        StringBuilder main = new StringBuilder("<h1>Outbox</h1><p>Mail the plugin queued on Confluence's mail queue. "
                + "The dev host sends none; it keeps them here.</p>");
        if (mails.isEmpty()) {
            main.append("<p class=\"outbox-empty\">No mail queued yet.</p>");
        }
        for (OutboxMail mail : mails) {
            main.append("<article class=\"outbox-mail\" aria-labelledby=\"mail-").append(mail.id()).append("\">")
                    .append("<h2 id=\"mail-").append(mail.id()).append("\">").append(Html.text(mail.subject())).append("</h2>")
                    .append("<dl><dt>To</dt><dd class=\"outbox-to\">").append(Html.text(mail.recipient()))
                    .append("</dd><dt>Queued</dt><dd><time datetime=\"").append(mail.queued()).append("\">")
                    .append(mail.queued()).append("</time></dd><dt>Type</dt><dd>").append(Html.text(mail.mimeType()))
                    .append("</dd></dl><pre class=\"outbox-body\">").append(Html.text(mail.body())).append("</pre>");
            if (mail.text() != null) {
                main.append("<h3>Plain-text part</h3><pre class=\"outbox-text\">").append(Html.text(mail.text()))
                        .append("</pre>");
            }
            if (!mail.mime().isEmpty()) {
                main.append("<h3>MIME structure</h3><pre class=\"outbox-structure\">")
                        .append(Html.text(structure(mail.mime()))).append("</pre>");
            }
            for (OutboxPart part : mail.attachments()) {
                main.append("<h3 class=\"outbox-attachment-name\">Attachment ").append(Html.text(part.name()))
                        .append(" (").append(Html.text(part.contentType())).append(")</h3><pre class=\"outbox-attachment\">")
                        .append(Html.text(part.content())).append("</pre>");
            }
            main.append("</article>");
        }
        html(response, 200, web.layout().page(request, "Outbox",
                List.of(new PageLayout.Crumb("Dashboard", "/"), new PageLayout.Crumb("Outbox", null)),
                main.toString(), null, List.of("atl.general")));
    }

    /** The parts as nested types: a multipart is followed by its parts in brackets. */
    static String structure(List<HostStore.OutboxMime> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        return new MailMime.Wire(null, parts.stream().map(part -> new MailMime.MimeRow(part.depth(),
                part.contentType(), part.disposition(), part.fileName(), part.content())).toList()).structure();
    }
}
