package org.samraad.devhost.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Velocity's own log into slf4j (instead of a velocity.log file in the working directory). */
public final class Slf4jLogChute implements LogChute {
    private static final Logger LOG = LoggerFactory.getLogger("org.apache.velocity");

    @Override
    public void init(RuntimeServices services) {}

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable t) {
        switch (level) {
            case ERROR_ID -> LOG.error(message, t);
            case WARN_ID -> LOG.warn(message, t);
            case INFO_ID -> LOG.debug(message, t); // Velocity's info is start-up chatter
            default -> LOG.trace(message, t);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        return switch (level) {
            case ERROR_ID -> LOG.isErrorEnabled();
            case WARN_ID -> LOG.isWarnEnabled();
            case INFO_ID -> LOG.isDebugEnabled();
            default -> LOG.isTraceEnabled();
        };
    }
}
