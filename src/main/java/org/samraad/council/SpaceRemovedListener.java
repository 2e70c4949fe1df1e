package org.samraad.council;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.samraad.platform.ReadOnlyMode;
import org.samraad.platform.Transactions;
import org.samraad.platform.RegisteredEventListener;
import org.springframework.stereotype.Component;

/** A removed space takes its councils and their data with it. The event's space is a detached copy: key only. */
@Component
public class SpaceRemovedListener extends RegisteredEventListener {
    private final Transactions transactions;
    private final SpaceDataRemover remover;
    private final ReadOnlyMode readOnlyMode;

    public SpaceRemovedListener(@ComponentImport EventPublisher events, Transactions transactions,
            SpaceDataRemover remover, ReadOnlyMode readOnlyMode) {
        super(events);
        this.transactions = transactions;
        this.remover = remover;
        this.readOnlyMode = readOnlyMode;
    }

    @EventListener
    public void onSpaceRemoved(SpaceRemoveEvent event) {
        if (event.getSpace() != null && event.getSpace().getKey() != null) {
            String spaceKey = event.getSpace().getKey();
            if (readOnlyMode.skips("removing the councils of the removed space " + spaceKey)) {
                return;
            }
            transactions.inTransaction(() -> remover.removeSpace(spaceKey));
        }
    }
}
