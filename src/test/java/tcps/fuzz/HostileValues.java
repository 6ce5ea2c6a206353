package tcps.fuzz;

import java.util.List;
import java.util.Random;

/** What a fuzzer puts where a value goes: JSON fragments for bodies, raw (already encoded) text for addresses. */
final class HostileValues {

    /** JSON values, each a fragment to splice into a document. */
    static final List<String> JSON = List.of(
            "\"\"",
            "\" \"",
            "\"a\\u0000b\"",
            "\"\\ud800\"",
            "\"\\udfff tail\"",
            "\"\\u001f control\"",
            "\"😀 unicode é\"",
            "\"" + "x".repeat(5_000) + "\"",
            "\"-999999999-01-01T00:00:00Z\"",
            "\"+1000000000-01-01T00:00:00Z\"",
            "\"2026-13-45T99:99:99Z\"",
            "\"NaN\"",
            "\"1e308\"",
            "0",
            "-1",
            "1.5",
            "9223372036854775807",
            "-9223372036854775808",
            "99999999999999999999999",
            "1.79e308",
            "-1.79e308",
            "1e400",
            "4.9e-324",
            "true",
            "false",
            "null",
            "[]",
            "[1,2]",
            "{}",
            "{\"nested\":{\"deeper\":[1,{\"x\":\"y\"}]}}",
            "[".repeat(200) + "]".repeat(200));

    /** Path segments and query values as they go on the wire (percent-encoded or not). */
    static final List<String> RAW = List.of(
            "0",
            "-1",
            "1",
            "9223372036854775807",
            "99999999999999999999",
            "abc",
            "%00",
            "a%00b",
            "%ED%A0%80",
            "%F0%9F%98%80",
            "%20",
            "x".repeat(3_000),
            "-999999999-01-01T00:00:00Z",
            "%2B1000000000-01-01T00:00:00Z",
            "2026-01-31T12:00:00Z",
            "1e308",
            "NaN",
            "true",
            "..%2F..%2Fetc",
            "%zz");

    private HostileValues() {}

    static String json(Random random) {
        return JSON.get(random.nextInt(JSON.size()));
    }

    static String raw(Random random) {
        return RAW.get(random.nextInt(RAW.size()));
    }
}
