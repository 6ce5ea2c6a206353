package tcps.andon.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tcps.problems.control.MisshapenJson;

class DetailsReaderTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static TriggerAndon read(String details) {
        return JSONB.fromJson(
                "{\"failureType\":\"test_failure\",\"skuId\":\"SKU-1\"" + details + "}", TriggerAndon.class);
    }

    @Test
    void anObjectOfStringsIsRead() {
        TriggerAndon trigger = read(",\"details\":{\"log\":\"boom\",\"tests\":\"3\",\"flaky\":\"false\"}");

        assertThat(trigger.details())
                .containsExactly(Map.entry("log", "boom"), Map.entry("tests", "3"), Map.entry("flaky", "false"));
        assertThat(trigger.skuId()).isEqualTo("SKU-1");
    }

    @Test
    void absentOrNullDetailsAreNone() {
        assertThat(read("").details()).isNull();
        assertThat(read(",\"details\":null").details()).isNull();
    }

    @Test
    void anArrayIsRefusedRatherThanReadAsMapEntries() {
        assertMisshapen(() -> read(",\"details\":[\"boom\"]"), "details must be a JSON object of strings");
        assertMisshapen(() -> read(",\"details\":[{\"key\":\"log\",\"value\":\"boom\"}]"), "details must be");
    }

    @Test
    void aValueOtherThanAStringIsRefusedNamingItsKey() {
        assertMisshapen(() -> read(",\"details\":{\"log\":{\"line\":1}}"), "details.log must be a string.");
        assertMisshapen(() -> read(",\"details\":{\"log\":null}"), "details.log must be a string.");
        assertMisshapen(() -> read(",\"details\":{\"tests\":3}"), "details.tests must be a string.");
    }

    private static void assertMisshapen(ThrowingCallable reading, String message) {
        assertThatThrownBy(reading).satisfies(thrown -> assertThat(MisshapenJson.within(thrown))
                .hasValueSatisfying(
                        misshapen -> assertThat(misshapen.getMessage()).startsWith(message)));
    }
}
