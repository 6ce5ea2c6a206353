package tcps.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.EntityIds;
import tcps.andon.control.AndonLine;
import tcps.andon.control.ResolveAndon;
import tcps.andon.entity.AndonEvent;
import tcps.andon.entity.AndonFilter;
import tcps.andon.entity.AndonStatus;
import tcps.andon.entity.Severity;
import tcps.storage.entity.Slice;

class DemoIncidentsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void resolvesTheNewestAndonTheDemoPulledAndLeavesThosePeoplePulledOpen() {
        OpenAndons andons = new OpenAndons(
                andon(4, Map.of("log", "pulled by hand on the dashboard")),
                andon(3, Map.of()),
                andon(2, DemoIncidents.DEMO_DETAILS),
                andon(1, DemoIncidents.DEMO_DETAILS));

        incidents(andons).resolveOneAndon();

        assertThat(andons.resolved).containsExactly(2L);
        assertThat(andons.limitAsked).isEqualTo(DemoIncidents.OPEN_LOOKED_AT);
    }

    @Test
    void resolvesNothingWhenEveryOpenAndonWasPulledByPeople() {
        OpenAndons andons = new OpenAndons(andon(7, Map.of("source", "ci pipeline")), andon(6, Map.of()));

        incidents(andons).resolveOneAndon();

        assertThat(andons.resolved).isEmpty();
    }

    private static DemoIncidents incidents(AndonLine andons) {
        DemoIncidents incidents = new DemoIncidents();
        incidents.andons = andons;
        return incidents;
    }

    private static AndonEvent andon(long id, Map<String, String> details) {
        return EntityIds.withId(
                new AndonEvent("test_failure", Severity.WARNING, "SKU-1", id, "testing", details, NOW), id);
    }

    /** The open Andons, newest first, as the store lists them; records what is resolved. */
    private static final class OpenAndons extends AndonLine {

        final List<AndonEvent> open;
        final List<Long> resolved = new ArrayList<>();
        int limitAsked;

        OpenAndons(AndonEvent... newestFirst) {
            open = List.of(newestFirst);
        }

        @Override
        public Slice<AndonEvent> list(AndonFilter filter, int offset, int limit) {
            assertThat(filter.status()).isEqualTo(AndonStatus.OPEN);
            limitAsked = limit;
            return new Slice<>(open.stream().skip(offset).limit(limit).toList(), open.size());
        }

        @Override
        public AndonEvent resolve(long id, ResolveAndon command) {
            resolved.add(id);
            return open.stream().filter(a -> a.getId() == id).findFirst().orElseThrow();
        }
    }
}
