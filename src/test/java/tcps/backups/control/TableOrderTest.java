package tcps.backups.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableOrderTest {

    @Test
    void parentsComeBeforeTheTablesThatReferToThem() {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        parents.put("andon_event", Set.of());
        parents.put("receipt", Set.of("work_order"));
        parents.put("stage_visit", Set.of("work_order"));
        parents.put("work_order", Set.of("kanban_bucket"));
        parents.put("kanban_bucket", Set.of());

        assertThat(TableOrder.sorted(parents))
                .containsExactly("andon_event", "kanban_bucket", "work_order", "receipt", "stage_visit");
    }

    @Test
    void aCycleDoesNotLoopForever() {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        parents.put("a", Set.of("b"));
        parents.put("b", Set.of("a"));

        assertThat(TableOrder.sorted(parents)).containsExactlyInAnyOrder("a", "b");
    }
}
