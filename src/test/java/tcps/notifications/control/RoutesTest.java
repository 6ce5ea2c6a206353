package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutesTest {

    private static final List<String> DEFAULT = List.of("slack", "email");

    @Test
    void aCriticalAlertPagesAndStillReachesTheDefaultChannels() {
        List<Route> routes = Route.parse(Routes.DEFAULT_ROUTES);
        assertThat(Routes.channelsFor(routes, DEFAULT, Map.of("severity", "critical")))
                .containsExactly("pagerduty", "servicenow", "jira", "slack", "email");
        assertThat(Routes.channelsFor(routes, DEFAULT, Map.of("severity", "warning")))
                .containsExactly("slack", "email");
    }

    @Test
    void theFirstMatchingRouteWithoutContinueEndsTheSearch() {
        List<Route> routes = Route.parse("[{\"matchers\":[\"component=~kanban|andon\"],\"channels\":[\"webhook\"]},"
                + "{\"matchers\":[\"severity=critical\"],\"channels\":[\"pagerduty\"]}]");
        assertThat(Routes.channelsFor(routes, DEFAULT, Map.of("component", "andon", "severity", "critical")))
                .containsExactly("webhook");
        assertThat(Routes.channelsFor(routes, DEFAULT, Map.of("component", "tpm", "severity", "critical")))
                .containsExactly("pagerduty");
        assertThat(Routes.channelsFor(routes, DEFAULT, Map.of("component", "tpm", "severity", "info")))
                .containsExactly("slack", "email");
    }

    @Test
    void negativeMatchersAndQuotedValuesAreRead() {
        List<Route> routes =
                Route.parse("[{\"matchers\":[\"team!=\\\"ops\\\"\",\"severity!~info|warning\"],\"channels\":[\"jira\"],"
                        + "\"continue\":true}]");
        assertThat(Routes.channelsFor(routes, List.of(), Map.of("team", "dev", "severity", "critical")))
                .containsExactly("jira");
        assertThat(Routes.channelsFor(routes, List.of(), Map.of("team", "ops", "severity", "critical")))
                .isEmpty();
    }

    @Test
    void aBrokenRouteIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> Route.parse("[{\"matchers\":[\"severity\"],\"channels\":[\"slack\"]}]"))
                .hasMessageContaining("Not a label matcher: severity");
        assertThatThrownBy(() -> Route.parse("[{\"matchers\":[\"a=~(\"],\"channels\":[\"slack\"]}]"))
                .isInstanceOf(java.util.regex.PatternSyntaxException.class);
    }

    @Test
    void groupKeysFollowTheGroupingLabels() {
        Grouping byRule = new Grouping(
                List.of("alertname", "component"), Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ZERO);
        assertThat(Groupings.keyOf(Samples.firing(1), byRule))
                .isEqualTo("{alertname=\"WIP Limit Exceeded\",component=\"kanban\"}")
                .isEqualTo(Groupings.keyOf(Samples.firing(2), byRule));
        assertThat(Groupings.labelsOf(Samples.firing(1), byRule))
                .containsExactly(Map.entry("alertname", "WIP Limit Exceeded"), Map.entry("component", "kanban"));
        Grouping alone = Grouping.eachAlert(Duration.ZERO);
        assertThat(Groupings.keyOf(Samples.firing(1), alone))
                .isEqualTo(Samples.firing(1).fingerprint());
        assertThat(Groupings.keyOf(Samples.firing(1), alone)).isNotEqualTo(Groupings.keyOf(Samples.firing(2), alone));
    }

    @Test
    void durationsReadAsAlertmanagerWritesThem() {
        assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("4h")).isEqualTo(Duration.ofHours(4));
        assertThat(DurationText.parse("0")).isZero();
        assertThatThrownBy(() -> DurationText.parse("soon")).hasMessageContaining("Not a duration: soon");
    }
}
