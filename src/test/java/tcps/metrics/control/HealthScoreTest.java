package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthScoreTest {

    @Test
    void aQuietLineScoresAHundred() {
        assertThat(HealthScore.of(0, 0, null, 1.0, 0, 0)).isEqualTo(100.0);
        assertThat(HealthScore.status(100.0)).isEqualTo("healthy");
    }

    @Test
    void eachPartWeighsAsDocumented() {
        // andon 1 - 0.25 - 0.05 = 0.7; quality 0.8; uptime 0.9; flow 1 - 1/4 = 0.75
        double score = HealthScore.of(1, 1, 0.8, 0.9, 4, 1);
        assertThat(score).isEqualTo(78.0);
        assertThat(HealthScore.status(score)).isEqualTo("degraded");
        assertThat(HealthScore.of(5, 0, 0.0, 0.5, 1, 1)).isEqualTo(10.0);
        assertThat(HealthScore.status(10.0)).isEqualTo("critical");
    }
}
