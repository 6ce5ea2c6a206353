package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tcps.problems.control.UnknownEntity;

/** The channels the product has ({@code Instance<Notifier>}), by name. */
@ApplicationScoped
public class Channels {

    @Inject
    Instance<Notifier> notifiers;

    public List<Notifier> all() {
        return notifiers.stream().sorted(Comparator.comparing(Notifier::name)).toList();
    }

    public Optional<Notifier> find(String name) {
        return notifiers.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Notifier named(String name) {
        return find(name).orElseThrow(() -> new UnknownEntity("channel", name));
    }

    /** The configured channels among these names, in their order. */
    public List<Notifier> enabled(List<String> names) {
        return names.stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .filter(Notifier::enabled)
                .toList();
    }
}
