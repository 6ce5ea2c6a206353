package tcps.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: 32 random bytes behind a recognisable {@code tcps_} prefix (secret scanners and people can tell them
 * apart). Keys carry their full entropy, so one SHA-256 is the right hash: a slow password hash would guard nothing
 * more and would cost every request.
 */
public final class KeySecrets {

    static final String PREFIX = "tcps_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {}

    public static String newKey() {
        return PREFIX + randomToken();
    }

    /** 256 random bits, URL-safe: for keys and for the page's session cookie. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** What is shown of a key after its creation: enough to recognise it, nothing to use. */
    public static String prefixOf(String key) {
        return key.substring(0, Math.min(key.length(), PREFIX.length() + 6));
    }

    static boolean looksLikeKey(String credential) {
        return credential.startsWith(PREFIX);
    }
}
