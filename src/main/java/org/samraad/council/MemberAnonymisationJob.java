package org.samraad.council;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.samraad.platform.ReadOnlyMode;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.springframework.stereotype.Component;

/**
 * Anonymises members whose term ended more than the configured number of days ago. Declared as a
 * {@code <job-config>} with {@code perClusterJob="true"} (RUN_ONCE_PER_CLUSTER); idempotent, because it only
 * picks rows not anonymised yet, so a rerun after a crash or on another node does nothing twice.
 */
@Component(MemberAnonymisationJob.BEAN_NAME)
public class MemberAnonymisationJob implements JobRunner {
    public static final String BEAN_NAME = "samraadMemberAnonymisationJob";

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final PersonalDataEraser eraser;
    private final PrivacySettings settings;
    private final TimeSource time;
    private final ReadOnlyMode readOnlyMode;

    public MemberAnonymisationJob(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            PersonalDataEraser eraser,
            PrivacySettings settings,
            TimeSource time,
            ReadOnlyMode readOnlyMode) {
        this.ao = ao;
        this.transactions = transactions;
        this.eraser = eraser;
        this.settings = settings;
        this.time = time;
        this.readOnlyMode = readOnlyMode;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (readOnlyMode.skips("anonymising former members")) {
            return JobRunnerResponse.aborted("Confluence is in read-only mode: no members anonymised");
        }
        int anonymised = anonymiseExpiredTerms();
        return JobRunnerResponse.success("Anonymised " + anonymised + " former members");
    }

    /** Returns how many memberships were anonymised. */
    public int anonymiseExpiredTerms() {
        Instant now = time.now();
        Date cutoff = Date.from(now.minus(Duration.ofDays(settings.anonymiseAfterDays())));
        return transactions.inTransaction(() -> {
            int count = 0;
            for (MemberEntity member : ao.find(MemberEntity.class,
                    "ANONYMISED_AT IS NULL AND TERM_END IS NOT NULL AND TERM_END < ?", cutoff)) {
                count += eraser.anonymiseMembership(member, Date.from(now)).memberships();
            }
            return count;
        });
    }
}
