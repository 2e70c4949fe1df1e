package org.samraad.involvement;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.FieldError;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * The actors of a council's involvement process: whoever can view the council's space reads them, whoever can edit
 * it adds, changes and removes them. Every change is recorded in {@link InvolvementHistory} in its transaction; a
 * stale version is a 409.
 */
@Component
public class InvolvementActors {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final VersionClaim versions;
    private final SpacePermissions permissions;
    private final CouncilService councils;
    private final InvolvementSettingsService settings;
    private final InvolvementQuery query;
    private final ActorChecks checks;
    private final ActorShown shown;
    private final InvolvementHistory history;
    private final CurrentUser currentUser;
    private final TimeSource time;

    public InvolvementActors(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            VersionClaim versions,
            SpacePermissions permissions,
            CouncilService councils,
            InvolvementSettingsService settings,
            InvolvementQuery query,
            ActorChecks checks,
            ActorShown shown,
            InvolvementHistory history,
            CurrentUser currentUser,
            TimeSource time) {
        this.ao = ao;
        this.transactions = transactions;
        this.versions = versions;
        this.permissions = permissions;
        this.councils = councils;
        this.settings = settings;
        this.query = query;
        this.checks = checks;
        this.shown = shown;
        this.history = history;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** Every actor of the council in the order added: two statements, the council and the actors. */
    public List<InvolvementActor> list(int councilId) {
        return shownAll(rows(councils.get(councilId)));
    }

    /** The actors as stored, for the views that decide per actor (the caller may view the council). */
    List<ActorRow> rows(Council council) {
        return query.ofCouncil(council.id(), currentUser.userKey().orElse(null), CouncilZone.today(time, council));
    }

    List<InvolvementActor> shownAll(List<ActorRow> rows) {
        boolean insider = !rows.isEmpty() && shown.insider(rows.get(0));
        return rows.stream().map(row -> shown.show(row, insider)).toList();
    }

    public InvolvementActor get(int id) {
        ActorRow row = readable(id);
        return shown.show(row, shown.insider(row));
    }

    public InvolvementActor create(int councilId, InvolvementActorInput input) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        ValidActor actor = checks.check(input, settings.stored(councilId), null, true);
        int id = transactions.inTransaction(() -> {
            InvolvementActorEntity row = ao.create(InvolvementActorEntity.class,
                    new DBParam("COUNCIL_ID", councilId),
                    new DBParam("FORMS", KeySet.encode(actor.forms())),
                    new DBParam("STATUS", actor.status().name()),
                    new DBParam("VERSION", 0));
            actor.copyTo(row);
            row.save();
            history.record(row.getID(), Date.from(time.now()), InvolvementHistory.CREATED, null,
                    actor.status().name());
            return row.getID();
        });
        return get(id);
    }

    public InvolvementActor update(int id, InvolvementActorInput input) {
        ActorRow stored = readable(id);
        permissions.require(Permission.EDIT, stored.spaceKey());
        if (input != null && input.version() == null) {
            throw new ValidationException(FieldError.of("version", "samraad.error.required"));
        }
        boolean insider = shown.insider(stored);
        ValidActor actor = checks.check(shown.keepingHiddenStaff(input, stored, insider),
                settings.stored(stored.councilId()), stored, insider);
        transactions.inTransaction(() -> {
            int version = versions.claim(InvolvementActorEntity.class, id, input.version());
            InvolvementActorEntity row = ao.get(InvolvementActorEntity.class, id);
            // the stored values compared are those the claim protected: read again inside the transaction
            Map<String, String> before = ValidActor.of(query.byId(id, null, CouncilZone.todayOfEveryCouncil(time))
                    .orElseThrow(StaleVersionException::new)).historyFields();
            actor.copyTo(row);
            row.setVersion(version);
            row.save();
            history.recordChanges(id, Date.from(time.now()), before, actor.historyFields());
        });
        return get(id);
    }

    /** Removes the actor and its history; with a {@code version}, only if nobody changed it since (409 otherwise). */
    public void delete(int id, Integer version) {
        ActorRow stored = readable(id);
        permissions.require(Permission.EDIT, stored.spaceKey());
        transactions.inTransaction(() -> {
            if (version != null) {
                versions.claim(InvolvementActorEntity.class, id, version);
            }
            InvolvementActorEntity row = ao.get(InvolvementActorEntity.class, id);
            if (row == null) {
                throw new StaleVersionException();
            }
            history.erase(id);
            ao.delete(row);
        });
    }

    private ActorRow readable(int id) {
        ActorRow row = query.byId(id, currentUser.userKey().orElse(null), CouncilZone.todayOfEveryCouncil(time))
                .orElseThrow(NotFoundException::new);
        permissions.require(Permission.VIEW, row.spaceKey());
        return row;
    }
}
