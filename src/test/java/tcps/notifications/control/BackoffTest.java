package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 5);
    private final DeliveryFailure serverError = DeliveryFailure.transientFailure("HTTP 500");

    @Test
    void theWaitDoublesWithJitterUpToTheLongest() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            long ceiling = Math.min(60_000, 1000L << (attempt - 1));
            for (int i = 0; i < 50; i++) {
                long wait = Duration.between(NOW, backoff.next(attempt, serverError, NOW))
                        .toMillis();
                assertThat(wait).as("attempt %d", attempt).isBetween(ceiling / 2, ceiling);
            }
        }
        Backoff roomy = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 100);
        long wait = Duration.between(NOW, roomy.next(40, serverError, NOW)).toMillis();
        assertThat(wait).isBetween(30_000L, 60_000L);
    }

    @Test
    void theJitterSpreadsDeliveriesThatFailedTogether() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> backoff.next(3, serverError, NOW))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void aRetryAfterIsNeverCutShort() {
        DeliveryFailure tooMany = new DeliveryFailure("HTTP 429", true, Duration.ofSeconds(30));
        assertThat(backoff.next(1, tooMany, NOW)).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void aRefusalOrTheLastAttemptEndsTheDelivery() {
        assertThat(backoff.next(1, DeliveryFailure.permanent("HTTP 400"), NOW)).isNull();
        assertThat(backoff.next(4, serverError, NOW)).isNotNull();
        assertThat(backoff.next(5, serverError, NOW)).isNull();
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADate() {
        assertThat(HttpDelivery.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(HttpDelivery.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isZero();
        assertThat(HttpDelivery.retryAfter("soon")).isNull();
        assertThat(HttpDelivery.retryAfter(null)).isNull();
    }

    @Test
    void secretsNeverShow() {
        assertThat(Secrets.maskUrl("https://hooks.slack.com/services/T0/B0/XYZ"))
                .isEqualTo("https://hooks.slack.com/********")
                .doesNotContain("XYZ");
        assertThat(Secrets.mask("routing-key")).isEqualTo(Secrets.MASK);
        assertThat(Secrets.mask(null)).isEmpty();
    }
}
