package org.samraad.plan;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.springframework.stereotype.Component;

/**
 * Secret calendar feed addresses, one per person and council, for calendar apps that cannot log in. The address
 * reads the feed as its owner would: at every request the owner must still exist and still view the council's space,
 * else the address answers 404, exactly like an unknown or revoked one. Only the token's SHA-256 is stored; making a
 * new address replaces the person's previous one (the old one stops working), since a stored hash cannot be shown
 * again.
 */
@Component
public class CalendarFeedService {
    static final String PATH = "/rest/samraad/1.0/calendar-feeds/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final CouncilService councils;
    private final CouncilCalendar calendar;
    private final CurrentUser currentUser;
    private final UserAccessor users;
    private final PermissionManager permissionManager;
    private final SpaceManager spaceManager;
    private final ApplicationProperties application;
    private final TimeSource time;

    public CalendarFeedService(
            @ComponentImport ActiveObjects ao,
            Transactions transactions,
            CouncilService councils,
            CouncilCalendar calendar,
            CurrentUser currentUser,
            @ComponentImport UserAccessor users,
            @ComponentImport PermissionManager permissionManager,
            @ComponentImport SpaceManager spaceManager,
            @ComponentImport ApplicationProperties application,
            TimeSource time) {
        this.ao = ao;
        this.transactions = transactions;
        this.councils = councils;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.users = users;
        this.permissionManager = permissionManager;
        this.spaceManager = spaceManager;
        this.application = application;
        this.time = time;
    }

    /** A new secret address of the council's feed for the caller, who must be logged in and view the council. */
    public CalendarFeedToken issue(int councilId) {
        Council council = councils.get(councilId);
        String userKey = caller();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Date now = Date.from(time.now());
        transactions.inTransaction(() -> {
            ao.deleteWithSQL(CalendarFeedEntity.class, "COUNCIL_ID = ? AND USER_KEY = ?", council.id(), userKey);
            ao.create(CalendarFeedEntity.class,
                    new DBParam("COUNCIL_ID", council.id()),
                    new DBParam("USER_KEY", userKey),
                    new DBParam("TOKEN_HASH", hash(token)),
                    new DBParam("CREATED_AT", now));
        });
        String path = PATH + token + ".ics";
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        return new CalendarFeedToken(council.id(), token, path,
                (base == null ? "" : base.replaceAll("/+$", "")) + path, now.toInstant());
    }

    /** The caller's address of the council's feed stops working (nothing happens if there is none). */
    public void revoke(int councilId) {
        Council council = councils.get(councilId);
        String userKey = caller();
        transactions.inTransaction(() -> {
            ao.deleteWithSQL(CalendarFeedEntity.class, "COUNCIL_ID = ? AND USER_KEY = ?", council.id(), userKey);
        });
    }

    /**
     * The feed behind a secret address, read as its owner; 404 for a malformed, unknown or revoked token, a removed
     * owner, or an owner who can no longer view the space. Three statements: the token, the council, its meetings.
     */
    public String feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException();
        }
        CalendarFeedEntity[] feeds = ao.find(CalendarFeedEntity.class,
                Query.select().where("TOKEN_HASH = ?", hash(token)).limit(1));
        if (feeds.length == 0 || feeds[0].getUserKey() == null) {
            throw new NotFoundException();
        }
        CouncilEntity council = ao.get(CouncilEntity.class, feeds[0].getCouncilId());
        ConfluenceUser owner = users.getUserByKey(new UserKey(feeds[0].getUserKey()));
        if (council == null || !ownerViews(owner, council.getSpaceKey())) {
            throw new NotFoundException();
        }
        return calendar.feed(council.getID(), council.getSpaceKey(), council.getName(), council.getLocale(), owner);
    }

    private boolean ownerViews(ConfluenceUser owner, String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        return owner != null && space != null && permissionManager.hasPermission(owner, Permission.VIEW, space);
    }

    private String caller() {
        return currentUser.userKey().orElseThrow(ForbiddenException::new);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
