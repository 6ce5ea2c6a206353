package tcps.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import tcps.security.entity.AuditEntry;
import tcps.security.entity.AuditStore;

/** Writes a batch of audit entries in one transaction, and prunes entries past their retention. */
@Stateless
public class AuditWriter {

    @Inject
    AuditStore store;

    public void write(List<AuditEntry> entries) {
        store.saveAll(entries);
    }

    public int prune(Instant before) {
        return store.deleteBefore(before);
    }
}
