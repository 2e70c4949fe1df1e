package org.samraad.council;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Date;
import java.util.List;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.FieldError;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The administrators' privacy actions: erase one person (a space administrator of the member's council) and
 * the site-wide anonymisation period (Confluence administrators).
 */
@Component
public class PersonErasureService {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final SpacePermissions permissions;
    private final CurrentUser currentUser;
    private final PersonalDataEraser eraser;
    private final PrivacySettings settings;
    private final TimeSource time;
    private final PersonTextSearch texts;

    public PersonErasureService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            SpacePermissions permissions,
            CurrentUser currentUser,
            PersonalDataEraser eraser,
            PrivacySettings settings,
            TimeSource time,
            PersonTextSearch texts) {
        this.ao = ao;
        this.transactions = transactions;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.eraser = eraser;
        this.settings = settings;
        this.time = time;
        this.texts = texts;
    }

    public PersonalDataEraser.Erasure erasePerson(Integer memberId) {
        new Validation().required("memberId", memberId).throwIfInvalid();
        return transactions.inTransaction(() -> {
            MemberEntity member = ao.get(MemberEntity.class, memberId);
            CouncilEntity council = member == null ? null : ao.get(CouncilEntity.class, member.getCouncilId());
            if (council == null) {
                throw new NotFoundException();
            }
            permissions.require(Permission.ADMINISTER, council.getSpaceKey());
            // the names are read before erasure clears them; the texts are searched after, in the same transaction
            List<String> names = texts.names(member);
            PersonalDataEraser.Erasure erasure = eraser.erasePerson(member, Date.from(time.now()));
            return erasure.withMentions(texts.find(council.getSpaceKey(), names));
        });
    }

    public PrivacySettingsView settings() {
        requireAdministrator();
        return new PrivacySettingsView(settings.anonymiseAfterDays());
    }

    public PrivacySettingsView updateSettings(PrivacySettingsView input) {
        requireAdministrator();
        Integer days = input == null ? null : input.anonymiseAfterDays();
        new Validation().required("anonymiseAfterDays", days).throwIfInvalid();
        if (days < PrivacySettings.MIN_DAYS || days > PrivacySettings.MAX_DAYS) {
            throw new ValidationException(FieldError.of("anonymiseAfterDays", "samraad.privacy.error.days-range",
                    PrivacySettings.MIN_DAYS, PrivacySettings.MAX_DAYS));
        }
        settings.setAnonymiseAfterDays(days);
        return new PrivacySettingsView(days);
    }

    private void requireAdministrator() {
        if (!currentUser.isAdministrator()) {
            throw new ForbiddenException();
        }
    }

    /** The settings as the API shows and takes them. */
    public record PrivacySettingsView(Integer anonymiseAfterDays) {}
}
