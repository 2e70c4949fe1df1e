package org.samraad.council;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.samraad.platform.Transactions;
import org.samraad.platform.RegisteredEventListener;
import org.springframework.stereotype.Component;

/** A removed space takes its councils and their data with it. The event's space is a detached copy: key only. */
@Component
public class SpaceRemovedListener extends RegisteredEventListener {
    private final Transactions transactions;
    private final SpaceDataRemover remover;

    public SpaceRemovedListener(
            @ComponentImport EventPublisher events, Transactions transactions, SpaceDataRemover remover) {
        super(events);
        this.transactions = transactions;
        this.remover = remover;
    }

    @EventListener
    public void onSpaceRemoved(SpaceRemoveEvent event) {
        if (event.getSpace() != null && event.getSpace().getKey() != null) {
            String spaceKey = event.getSpace().getKey();
            transactions.inTransaction(() -> remover.removeSpace(spaceKey));
        }
    }
}
