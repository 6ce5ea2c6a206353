package tcps.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tcps.security.entity.Role;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(5, 2);

    @Test
    void eachCallerHasItsOwnAllowanceOfWrites() {
        Caller ci = new Caller("ci", Role.OPERATOR, Caller.Via.KEY);
        Caller alice = new Caller("alice", Role.OPERATOR, Caller.Via.TOKEN);
        for (int i = 0; i < 5; i++) {
            assertThat(limits.write(ci)).isEmpty();
        }

        assertThat(limits.write(ci))
                .hasValueSatisfying(wait -> assertThat(wait.toMillis()).isPositive());
        assertThat(limits.write(alice)).isEmpty();
    }

    @Test
    void anAddressThatFailsToSignInTooOftenIsRefusedBeforeItsCredentialsAreChecked() {
        assertThat(limits.signInsRefused("10.0.0.7")).isEmpty();
        limits.failedSignIn("10.0.0.7");
        assertThat(limits.signInsRefused("10.0.0.7")).isEmpty();
        limits.failedSignIn("10.0.0.7");

        assertThat(limits.signInsRefused("10.0.0.7")).isPresent();
        assertThat(limits.signInsRefused("10.0.0.8")).isEmpty();
    }
}
