package org.samraad.council;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.samraad.platform.Transactions;
import org.springframework.stereotype.Component;

/** A removed space takes its councils and their data with it. The event's space is a detached copy: key only. */
@Component
public class SpaceRemovedListener {
    private final EventPublisher events;
    private final Transactions transactions;
    private final SpaceDataRemover remover;

    public SpaceRemovedListener(
            @ComponentImport EventPublisher events, Transactions transactions, SpaceDataRemover remover) {
        this.events = events;
        this.transactions = transactions;
        this.remover = remover;
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
    public void onSpaceRemoved(SpaceRemoveEvent event) {
        if (event.getSpace() != null && event.getSpace().getKey() != null) {
            String spaceKey = event.getSpace().getKey();
            transactions.inTransaction(() -> remover.removeSpace(spaceKey));
        }
    }
}
