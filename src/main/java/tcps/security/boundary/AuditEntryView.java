package tcps.security.boundary;

import java.time.Instant;
import tcps.security.entity.AuditEntry;

public record AuditEntryView(long id, Instant at, String actor, String via, String action, String target, int status) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(
                entry.getId(),
                entry.getAt(),
                entry.getActor(),
                entry.getVia(),
                entry.getAction(),
                entry.getTarget(),
                entry.getStatus());
    }
}
