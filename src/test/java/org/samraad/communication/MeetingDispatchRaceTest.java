package org.samraad.communication;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;
import org.samraad.council.CouncilZone;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.Transactions;
import org.samraad.platform.mail.MailQueue;
import org.samraad.platform.mail.QueuedMail;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.Race;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * The same dispatch started at the same moment on several nodes (threads, each in its own transaction, as a retried
 * step or a second node would) queues each person's mail once: the meeting's row lock makes the later ones find the
 * first one's dispatch rows, and the unique dispatch key stands behind it.
 */
public class MeetingDispatchRaceTest extends AoTestSupport {
    private static final int ROUNDS = 10;
    private static final int CONTENDERS = 3;
    private static final String SECRETARY = "key-secretary";

    @Test
    @NonTransactional
    public void aDispatchStartedThreeTimesAtOnceQueuesEachMailOnce() {
        List<QueuedMail> outbox = Collections.synchronizedList(new ArrayList<>());
        TestPlugin plugin = plugin().users(new FakeUserDirectory(Map.of(SECRETARY, "Sara Sekretær"),
                        Map.of(SECRETARY, "sara@nordby.dk")))
                .clock(() -> Instant.parse("2026-11-22T10:15:00Z"))
                .confluence(new FakeConfluence().space("UDS").grant(SECRETARY, Permission.ADMINISTER, "UDS")
                        .actAs(SECRETARY))
                .start();
        MeetingDispatch dispatch = plugin.getReplacing(MeetingDispatch.class, MailQueue.class,
                new MailQueue(new MultiQueueTaskManager() {
                    @Override
                    public void addTask(String queueName, Task task) {
                        outbox.add((QueuedMail) task);
                    }

                    @Override
                    public void flush(String queueName) {}
                }));
        Transactions transactions = new Transactions(ao);
        Rows rows = new Rows(ao);
        int council = rows.council("UDS", "Udsatterådet", "da");
        rows.member(council, "SECRETARY").user(SECRETARY).id();
        rows.member(council, "MEMBER").name("Karin Holm").email("karin@nordby.dk").id();
        rows.member(council, "MEMBER").name("Per Papir").id();
        int doubled = 0;
        for (int round = 0; round < ROUNDS; round++) {
            MeetingEntity meeting = rows.meeting(council, MeetingStatus.AGENDA_PUBLISHED.name(),
                    LocalDateTime.of(2026, 12, 3, 17, 0).atZone(CouncilZone.COPENHAGEN).toInstant());
            int id = meeting.getID();
            outbox.clear();
            List<Object> outcomes = Race.run(CONTENDERS,
                    i -> transactions.inTransaction(() -> dispatch.send(id, DispatchKind.INVITATION, 1)));
            int queued = outcomes.stream().filter(MeetingDispatch.Sent.class::isInstance)
                    .mapToInt(o -> ((MeetingDispatch.Sent) o).queued()).sum();
            assertTrue(outcomes.toString(), queued >= 2);
            if (outbox.size() != 2 || queued != 2) {
                doubled++;
            }
            assertEquals(3, ao.count(DispatchEntity.class, "MEETING_ID = ?", id));
        }
        assertEquals("rounds in which a mail was queued twice", 0, doubled);
    }
}
