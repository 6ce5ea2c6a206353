package tcps.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fuzz run saw: answers by status, per endpoint, and every finding with the case that replays it. */
final class FuzzReport {

    private final String name;
    private final long seed;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byEndpoint = new TreeMap<>();
    private final List<String> findings = new ArrayList<>();
    private int containerAnswers;
    private int cases;

    FuzzReport(String name, long seed) {
        this.name = name;
        this.seed = seed;
    }

    void answered(String endpoint, int status) {
        cases++;
        byStatus.merge(status, 1, Integer::sum);
        byEndpoint.merge(endpoint, 1, Integer::sum);
    }

    void answeredByTheContainer() {
        containerAnswers++;
    }

    void finding(String what, String replay) {
        findings.add(what + " — " + replay);
    }

    List<String> findings() {
        return findings;
    }

    int cases() {
        return cases;
    }

    String summary() {
        StringBuilder text = new StringBuilder(
                name + ": " + cases + " cases, seed " + seed + " (-Dtcps.fuzz.seed=" + seed + " replays them)\n");
        text.append("answers by status: ").append(byStatus).append('\n');
        text.append("answered by the server before the application (documented): ")
                .append(containerAnswers)
                .append('\n');
        text.append("endpoints or commands covered: ").append(byEndpoint.size()).append('\n');
        text.append("findings: ").append(findings.size()).append('\n');
        findings.stream().limit(50).forEach(f -> text.append("  ").append(f).append('\n'));
        return text.toString();
    }
}
