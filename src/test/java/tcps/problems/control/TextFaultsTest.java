package tcps.problems.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TextFaultsTest {

    @Test
    void keepsEveryUnicodeTextAndRefusesNulAndUnpairedSurrogates() {
        assertThat(TextFaults.reasonOf("plain, é, € and 😀")).isNull();
        assertThat(TextFaults.reasonOf("a\0b")).contains("NUL");
        assertThat(TextFaults.reasonOf("a\ud800")).contains("unpaired surrogate", "d800");
        assertThat(TextFaults.reasonOf("\udc00a")).contains("unpaired surrogate");
    }

    @Test
    void findsTheFirstFaultInADocumentWithItsPath() {
        var message = Json.createReader(new StringReader(
                        "{\"type\":\"create_work_order\",\"data\":{\"tags\":[\"ok\",\"bad\\u0000\"]}}"))
                .readObject();

        assertThat(TextFaults.in(message)).hasValueSatisfying(fault -> {
            assertThat(fault.field()).isEqualTo("data.tags[1]");
            assertThat(fault.reason()).contains("NUL");
        });
        assertThat(TextFaults.in(Json.createObjectBuilder().add("a", "b").build()))
                .isEmpty();
    }
}
