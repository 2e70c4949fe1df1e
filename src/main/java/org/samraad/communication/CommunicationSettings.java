package org.samraad.communication;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.springframework.stereotype.Component;

/**
 * A council's communication settings, kept in Confluence's plugin settings (shared by every cluster node): whether
 * members are reminded of a meeting the day before (on unless the council turned it off).
 */
@Component
public class CommunicationSettings {
    static final String DAY_BEFORE = "org.samraad.communication.day-before-reminder.";

    private final PluginSettingsFactory settings;

    public CommunicationSettings(@ComponentImport PluginSettingsFactory settings) {
        this.settings = settings;
    }

    public boolean dayBeforeReminder(int councilId) {
        Object stored = settings.createGlobalSettings().get(DAY_BEFORE + councilId);
        return stored == null || Boolean.parseBoolean(stored.toString());
    }

    void setDayBeforeReminder(int councilId, boolean on) {
        settings.createGlobalSettings().put(DAY_BEFORE + councilId, Boolean.toString(on));
    }
}
