package tcps.security.boundary;

import java.time.Duration;
import tcps.problems.boundary.Problem;
import tcps.security.control.Caller;
import tcps.security.control.SecuritySettings;
import tcps.security.entity.Role;

/** The one decision on what a caller may do, for REST and WebSocket alike: nothing when allowed, else its problem. */
public final class AccessProblems {

    private AccessProblems() {}

    /** Null when {@code caller} (null: anonymous) may do what needs {@code needed}; else the 401 or 403 problem. */
    public static Problem check(Caller caller, Role needed, SecuritySettings settings, String instance) {
        if (caller == null) {
            return needed == Role.VIEWER && settings.anonymousRead() ? null : unauthenticated(instance);
        }
        return caller.may(needed) ? null : forbidden(caller, needed, instance);
    }

    public static Problem tooManyWrites(Caller caller, long perMinute, Duration wait, String instance) {
        return new Problem(
                "urn:tcps:problem:rate-limited",
                "Too Many Requests",
                429,
                caller.name() + " may make " + perMinute
                        + " writes a minute (tcps.security.rate-limit.writes-per-minute);" + " retry in "
                        + retryAfterSeconds(wait) + " s.",
                instance,
                null);
    }

    static Problem tooManyFailedSignIns(Duration wait, String instance) {
        return new Problem(
                "urn:tcps:problem:rate-limited",
                "Too Many Requests",
                429,
                "Header Authorization: too many invalid keys or tokens came from this address"
                        + " (tcps.security.rate-limit.failed-logins-per-minute); retry in " + retryAfterSeconds(wait)
                        + " s.",
                instance,
                null);
    }

    /** Whole seconds, rounded up, at least one: what Retry-After carries. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static Problem unauthenticated(String instance) {
        return new Problem(
                "urn:tcps:problem:unauthenticated",
                "Authentication Required",
                401,
                "Header Authorization: send 'Bearer <API key or token>', or sign in on the page.",
                instance,
                null);
    }

    static Problem forbidden(Caller caller, Role needed, String instance) {
        String has = caller.role() == null ? "no role" : "the " + caller.role().label() + " role";
        return new Problem(
                "urn:tcps:problem:forbidden",
                "Role Required",
                403,
                "This needs the " + needed.label() + " role; " + caller.name() + " has " + has + ".",
                instance,
                null);
    }
}
