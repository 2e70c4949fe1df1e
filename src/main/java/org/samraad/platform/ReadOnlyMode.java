package org.samraad.platform;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Confluence Data Center's read-only mode, which the plugin declares it honours
 * ({@code read-only-access-mode-compatible}): then nothing may be written and no mail sent. Confluence itself
 * refuses what users do; scheduled jobs and event listeners ask here first, and skip their work with a log line.
 * Work skipped is not made up for later: the next run of a job does it, a skipped event is lost.
 */
@Component
public class ReadOnlyMode {
    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyMode.class);

    private final AccessModeService accessMode;

    public ReadOnlyMode(@ComponentImport AccessModeService accessMode) {
        this.accessMode = accessMode;
    }

    /** True, and logged, when Confluence is read-only and {@code work} (e.g. "action reminders") must be skipped. */
    public boolean skips(String work) {
        if (!accessMode.isReadOnlyAccessModeEnabled()) {
            return false;
        }
        LOG.warn("Confluence is in read-only mode: {} skipped", work);
        return true;
    }
}
