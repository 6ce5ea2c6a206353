package tcps.alerting.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * An alert series' identity: 16 hex digits of SHA-256 over the rule's id and the label set it holds for (sorted), the
 * same on every instance and across restarts. A rule's own labels, severity and texts are left out, so editing them
 * keeps its alerts the same alerts.
 */
public final class Fingerprints {

    private Fingerprints() {}

    public static String of(String ruleId, Map<String, String> labels) {
        StringBuilder text = new StringBuilder(ruleId);
        new TreeMap<>(labels)
                .forEach((name, value) ->
                        text.append('\u0000').append(name).append('\u0001').append(value));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
