package tcps.security.control;

/** A credential was presented and is not valid: unknown or revoked key, bad or expired token, ended session. */
public class Unauthenticated extends RuntimeException {

    public Unauthenticated(String reason) {
        super(reason);
    }
}
