package org.samraad.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The one transaction boundary of the plugin: a write either completes or leaves nothing behind. */
@Component
public class Transactions {
    private final ActiveObjects ao;

    public Transactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    public void inTransaction(Runnable work) {
        ao.executeInTransaction(() -> {
            work.run();
            return null;
        });
    }
}
