package org.samraad.platform;

import java.time.Instant;

/** The clock the services read, so rules about deadlines and terms can be tested at any date. */
public interface TimeSource {
    Instant now();
}
