package org.samraad.council;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Date;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.springframework.stereotype.Component;

/** When Confluence removes a user, the plugin forgets the user's key everywhere (memberships become "former member"). */
@Component
public class UserRemovedListener {
    private final EventPublisher events;
    private final Transactions transactions;
    private final PersonalDataEraser eraser;
    private final TimeSource time;

    public UserRemovedListener(
            @ComponentImport EventPublisher events,
            Transactions transactions,
            PersonalDataEraser eraser,
            TimeSource time) {
        this.events = events;
        this.transactions = transactions;
        this.eraser = eraser;
        this.time = time;
    }

    @PostConstruct
    public void register() {
        events.register(this);
    }

    @PreDestroy
    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onUserRemoved(UserRemoveEvent event) {
        if (event.getUser() instanceof ConfluenceUser user && user.getKey() != null) {
            String key = user.getKey().getStringValue();
            transactions.inTransaction(() -> eraser.eraseUserKey(key, Date.from(time.now())));
        }
    }
}
