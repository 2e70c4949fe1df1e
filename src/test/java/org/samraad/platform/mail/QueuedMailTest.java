package org.samraad.platform.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;
import org.samraad.devhost.services.MailMime;
import org.samraad.devhost.services.MailMime.MimeRow;

/**
 * The MIME shape of a queued mail, as {@link QueuedMail#execute()} hands it to atlassian-mail's {@code Email}:
 * multipart/mixed of multipart/alternative (plain text, then HTML, both UTF-8) and then each attachment with its own
 * type and file name; a mail of one body stays one body.
 */
public class QueuedMailTest {
    private static final String ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    private static final QueuedMail INVITATION = new QueuedMail("maria@nordby.example", "Indkaldelse: møde",
            "<!DOCTYPE html><html lang=\"da\"><body><p>Kære Maria, æøå</p></body></html>",
            ConfluenceMailQueueItem.MIME_TYPE_HTML, "Kære Maria, æøå\n",
            List.of(new MailAttachment("invitation.ics", "text/calendar; method=REQUEST; charset=UTF-8", ICS)));

    @Test
    public void theMultipartIsMixedOfAnAlternativeOfPlainThenHtmlThenTheCalendarWithCharsets() throws Exception {
        assertTrue(INVITATION.isMultipart());
        MimeMultipart mixed = INVITATION.multipart();
        assertEquals("multipart/mixed", new ContentType(mixed.getContentType()).getBaseType());
        assertEquals(2, mixed.getCount());

        BodyPart bodies = mixed.getBodyPart(0);
        assertTrue(bodies.isMimeType("multipart/alternative"));
        MimeMultipart alternative = (MimeMultipart) bodies.getContent();
        assertEquals(2, alternative.getCount());
        assertType("text/plain", "UTF-8", alternative.getBodyPart(0));
        assertEquals("Kære Maria, æøå\n", alternative.getBodyPart(0).getContent());
        assertType("text/html", "UTF-8", alternative.getBodyPart(1));
        assertTrue(((String) alternative.getBodyPart(1).getContent()).contains("<html lang=\"da\">"));

        BodyPart calendar = mixed.getBodyPart(1);
        ContentType type = new ContentType(calendar.getContentType());
        assertEquals("text/calendar", type.getBaseType());
        assertEquals("REQUEST", type.getParameter("method"));
        assertEquals("UTF-8", type.getParameter("charset"));
        assertEquals("invitation.ics", calendar.getFileName());
        assertEquals(Part.ATTACHMENT, calendar.getDisposition());
        assertEquals(ICS, new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    public void onTheWireTheMessageKeepsThatOrderAndEveryCharacter() {
        MailMime.Wire wire = MailMime.of(INVITATION);
        assertEquals("multipart/mixed(multipart/alternative(text/plain; charset=UTF-8, text/html; charset=UTF-8), "
                + "text/calendar; method=REQUEST; charset=UTF-8; name=invitation.ics)", wire.structure());
        List<MimeRow> rows = wire.rows();
        assertEquals("Kære Maria, æøå\n", rows.get(2).content().replace("\r\n", "\n"));
        assertEquals("attachment", rows.get(4).disposition());
        assertEquals("invitation.ics", rows.get(4).fileName());
        assertEquals(ICS, rows.get(4).content());
        assertTrue(wire.source(), wire.source().contains("Content-Type: multipart/mixed"));
        assertFalse("7-bit clean on the wire", wire.source().chars().anyMatch(c -> c > 127));
    }

    @Test
    public void anHtmlMailWithoutAttachmentsStillCarriesItsPlainText() throws Exception {
        QueuedMail mail = new QueuedMail("a@example.org", "s", "<p>x</p>", ConfluenceMailQueueItem.MIME_TYPE_HTML, "x",
                List.of());
        assertEquals("multipart/mixed(multipart/alternative(text/plain; charset=UTF-8, text/html; charset=UTF-8))",
                MailMime.of(mail).structure());
    }

    @Test
    public void aMailOfOneBodyIsNoMultipartAndIsSentAsConfluencesOwnItemSendsIt() {
        QueuedMail digest = new QueuedMail("a@example.org", "Påmindelse", "<p>Æ</p>", ConfluenceMailQueueItem.MIME_TYPE_HTML);
        assertFalse(digest.isMultipart());
        MailMime.Wire wire = MailMime.of(digest);
        assertEquals("text/html; charset=UTF-8", wire.structure());
        assertNull(wire.rows().get(0).disposition());
        assertEquals("<p>Æ</p>", wire.rows().get(0).content());
    }

    @Test
    public void theQueuedMailStaysSerialisableForTheQueueTheMultipartIsBuiltWhereItRuns() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(INVITATION);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            QueuedMail read = (QueuedMail) in.readObject();
            assertEquals(INVITATION, read);
            assertEquals(MailMime.of(INVITATION).structure(), MailMime.of(read).structure());
        }
    }

    private static void assertType(String baseType, String charset, BodyPart part) throws Exception {
        ContentType type = new ContentType(part.getContentType());
        assertEquals(baseType, type.getBaseType());
        assertEquals(charset, type.getParameter("charset"));
    }
}
