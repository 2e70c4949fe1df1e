package org.samraad.devhost.services;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.samraad.platform.mail.QueuedMail;

/**
 * The MIME message a mail server would be handed for a queued mail, as the dev host keeps it: built from the plugin's
 * own parts ({@link QueuedMail#multipart()} for a multipart mail, else the one body with its type and
 * {@code charset=UTF-8}, as Confluence's mail item sends it), written out as RFC 822 source and read back, so that
 * what the outbox lists are the parts on the wire with their headers, in order.
 */
public final class MailMime {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final AtomicLong IDS = new AtomicLong();

    /**
     * One part of the message, depth first; a multipart's own row has no content.
     *
     * @param depth 0 for the message itself
     * @param contentType the base type and parameters, without a multipart's boundary
     * @param disposition "attachment", "inline" or null
     */
    public record MimeRow(int depth, String contentType, String disposition, String fileName, String content) {
        public boolean isMultipart() {
            return contentType.startsWith("multipart/");
        }
    }

    /** The message and its parts. */
    public record Wire(String source, List<MimeRow> rows) {
        /** E.g. {@code multipart/mixed(multipart/alternative(text/plain; charset=UTF-8, text/html; charset=UTF-8), …)}. */
        public String structure() {
            StringBuilder out = new StringBuilder();
            structure(0, 0, out);
            return out.toString();
        }

        private int structure(int index, int depth, StringBuilder out) {
            MimeRow row = rows.get(index);
            out.append(row.contentType());
            int next = index + 1;
            if (row.isMultipart()) {
                out.append('(');
                boolean first = true;
                while (next < rows.size() && rows.get(next).depth() > depth) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    next = structure(next, depth + 1, out);
                }
                out.append(')');
            }
            return next;
        }
    }

    private MailMime() {}

    public static Wire of(QueuedMail mail) {
        try {
            MimeMessage message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    // no host name lookup: the dev host names its messages itself
                    setHeader("Message-ID", "<outbox-" + IDS.incrementAndGet() + "@devhost.invalid>");
                }
            };
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), false));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.isMultipart()) {
                message.setContent(mail.multipart());
            } else {
                message.setContent(mail.body(), mail.mimeType() + "; charset=UTF-8");
            }
            message.saveChanges();
            ByteArrayOutputStream source = new ByteArrayOutputStream();
            message.writeTo(source);
            MimeMessage read = new MimeMessage(SESSION, new ByteArrayInputStream(source.toByteArray()));
            List<MimeRow> rows = new ArrayList<>();
            walk(read, 0, rows);
            return new Wire(source.toString(StandardCharsets.US_ASCII), rows);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the mail to " + mail.to() + " is no valid MIME message", e);
        }
    }

    private static void walk(Part part, int depth, List<MimeRow> rows) throws MessagingException, IOException {
        ContentType type = new ContentType(part.getContentType());
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            rows.add(new MimeRow(depth, type.getBaseType().toLowerCase(), part.getDisposition(), null, null));
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, depth + 1, rows);
            }
            return;
        }
        String charset = type.getParameter("charset");
        String content;
        try (InputStream in = part.getInputStream()) {
            content = new String(in.readAllBytes(), charset == null ? StandardCharsets.US_ASCII : Charset.forName(charset));
        }
        rows.add(new MimeRow(depth, type.toString().replaceAll("\\s+", " "), part.getDisposition(), part.getFileName(),
                content));
    }
}
