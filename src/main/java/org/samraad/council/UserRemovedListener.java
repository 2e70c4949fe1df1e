package org.samraad.council;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Date;
import org.samraad.platform.ReadOnlyMode;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.RegisteredEventListener;
import org.springframework.stereotype.Component;

/** When Confluence removes a user, the plugin forgets the user's key everywhere (memberships become "former member"). */
@Component
public class UserRemovedListener extends RegisteredEventListener {
    private final Transactions transactions;
    private final PersonalDataEraser eraser;
    private final TimeSource time;
    private final ReadOnlyMode readOnlyMode;

    public UserRemovedListener(
            @ComponentImport EventPublisher events,
            Transactions transactions,
            PersonalDataEraser eraser,
            TimeSource time,
            ReadOnlyMode readOnlyMode) {
        super(events);
        this.transactions = transactions;
        this.eraser = eraser;
        this.time = time;
        this.readOnlyMode = readOnlyMode;
    }

    @EventListener
    public void onUserRemoved(UserRemoveEvent event) {
        if (event.getUser() instanceof ConfluenceUser user && user.getKey() != null
                && !readOnlyMode.skips("forgetting the removed user " + user.getKey().getStringValue())) {
            String key = user.getKey().getStringValue();
            transactions.inTransaction(() -> eraser.eraseUserKey(key, Date.from(time.now())));
        }
    }
}
