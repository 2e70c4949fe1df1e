package org.samraad.platform;

import java.time.Instant;
import org.springframework.stereotype.Component;

@Component
public class SystemTimeSource implements TimeSource {
    @Override
    public Instant now() {
        return Instant.now();
    }
}
