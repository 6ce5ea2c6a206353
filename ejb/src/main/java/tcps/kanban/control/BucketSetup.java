package tcps.kanban.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import tcps.database.control.SchemaMigrator;
import tcps.kanban.entity.KanbanBucket;
import tcps.kanban.entity.KanbanBucketStore;

/**
 * Makes the configured buckets exist with their configured limits at start-up. Buckets dropped from the configuration
 * stay in the database (work orders refer to them) but take no new work ({@link ConfiguredBuckets}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class BucketSetup {

    private static final Logger LOG = Logger.getLogger(BucketSetup.class.getName());

    @EJB
    SchemaMigrator migrator;

    @Inject
    KanbanBucketStore buckets;

    @Inject
    ConfiguredBuckets configured;

    @PostConstruct
    void applyConfiguration() {
        Map<String, Integer> limits = configured.limits();
        if (!migrator.status().current()) {
            LOG.warning("Schema not current: Kanban buckets not set up");
            return;
        }
        limits.forEach((name, limit) -> buckets.find(name)
                .ifPresentOrElse(
                        bucket -> bucket.setWipLimit(limit), () -> buckets.add(new KanbanBucket(name, limit))));
        LOG.info(() -> "Kanban buckets: " + limits);
    }
}
