package tcps.workorders.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The stages every work order passes, in order ({@code tcps.workorders.stages}). */
@ApplicationScoped
public class StagePlan {

    @Inject
    @ConfigProperty(name = "tcps.workorders.stages", defaultValue = "compilation,testing,quality_gate,deployment")
    String configured;

    private List<String> stages;

    public StagePlan() {}

    StagePlan(String configured) {
        this.configured = configured;
        parse();
    }

    @PostConstruct
    void parse() {
        stages = Arrays.stream(configured.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        if (stages.isEmpty() || stages.stream().distinct().count() != stages.size()) {
            throw new IllegalArgumentException("tcps.workorders.stages needs distinct stage names: " + configured);
        }
    }

    public List<String> stages() {
        return stages;
    }

    public String first() {
        return stages.get(0);
    }

    /** The stage after {@code stage}; empty after the last one. */
    public Optional<String> after(String stage) {
        int index = stages.indexOf(stage);
        return index < 0 || index == stages.size() - 1 ? Optional.empty() : Optional.of(stages.get(index + 1));
    }

    public boolean isLast(String stage) {
        return stages.get(stages.size() - 1).equals(stage);
    }
}
