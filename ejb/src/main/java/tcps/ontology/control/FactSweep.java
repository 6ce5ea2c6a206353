package tcps.ontology.control;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * A sweep over every fact of each kind in id order, one bounded step per check, starting over at the end; and the
 * nodes that violated a shape at the last check, validated again until they conform, so a violation found once stays
 * reported while it lasts.
 */
final class FactSweep {

    private final Map<String, Long> cursors = new HashMap<>();
    private final Map<String, Instant> completedAt = new TreeMap<>();
    private Set<String> violating = Set.of();

    /** The next step of {@code kind}: {@code after} reads the facts following an id (from the first after 0). */
    synchronized <T> List<T> next(String kind, LongFunction<List<T>> after, ToLongFunction<T> id) {
        long cursor = cursors.getOrDefault(kind, 0L);
        List<T> facts = after.apply(cursor);
        if (facts.isEmpty()) {
            completedAt.put(kind, Instant.now());
            facts = cursor == 0 ? facts : after.apply(0L);
        }
        cursors.put(kind, facts.isEmpty() ? 0L : id.applyAsLong(facts.get(facts.size() - 1)));
        return facts;
    }

    /** The ids of the nodes named {@code prefix + id} that violated a shape at the last check. */
    synchronized Set<Long> violating(String prefix) {
        return violating.stream()
                .filter(node -> node.startsWith(prefix))
                .map(node -> node.substring(prefix.length()))
                .filter(id -> id.chars().allMatch(Character::isDigit) && !id.isEmpty())
                .map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    synchronized void violations(Collection<String> nodes) {
        violating = Set.copyOf(nodes);
    }

    /** When each kind's last whole sweep ended. */
    synchronized Map<String, Instant> completedAt() {
        return new TreeMap<>(completedAt);
    }
}
