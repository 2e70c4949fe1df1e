package org.samraad.council;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.springframework.stereotype.Component;

/**
 * Site-wide privacy settings, kept in Confluence's plugin settings (shared by every cluster node). Members
 * whose term ended longer ago than {@link #anonymiseAfterDays()} are anonymised by the scheduled job.
 */
@Component
public class PrivacySettings {
    static final String ANONYMISE_AFTER_DAYS = "org.samraad.privacy.anonymise-after-days";
    public static final int DEFAULT_ANONYMISE_AFTER_DAYS = 365;
    public static final int MIN_DAYS = 30;
    public static final int MAX_DAYS = 3650;

    private final PluginSettingsFactory settings;

    public PrivacySettings(@ComponentImport PluginSettingsFactory settings) {
        this.settings = settings;
    }

    public int anonymiseAfterDays() {
        Object stored = settings.createGlobalSettings().get(ANONYMISE_AFTER_DAYS);
        try {
            return stored == null ? DEFAULT_ANONYMISE_AFTER_DAYS : Integer.parseInt(stored.toString());
        } catch (NumberFormatException e) {
            return DEFAULT_ANONYMISE_AFTER_DAYS;
        }
    }

    void setAnonymiseAfterDays(int days) {
        settings.createGlobalSettings().put(ANONYMISE_AFTER_DAYS, Integer.toString(days));
    }
}
