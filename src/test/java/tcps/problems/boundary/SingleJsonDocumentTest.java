package tcps.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SingleJsonDocumentTest {

    @Test
    void oneDocumentPasses() {
        for (String body : new String[] {"{}", " {\"a\": [1, {\"b\": \"c\"}]} \n", "[]", "42", "\"text\"", "", "  "}) {
            assertThatCode(() -> check(body)).as(body).doesNotThrowAnyException();
        }
    }

    @Test
    void anythingAfterTheDocumentIsRefused() {
        for (String body : new String[] {"{}{}", "{\"a\":1}xyz", "[] []", "1 2"}) {
            assertThatThrownBy(() -> check(body)).as(body).isInstanceOf(MalformedBody.class);
        }
    }

    @Test
    void nestingIsLimitedEverywhere() {
        String deep = "{\"ignored\":" + "[".repeat(SingleJsonDocument.MAX_DEPTH)
                + "]".repeat(SingleJsonDocument.MAX_DEPTH) + "}";
        assertThatThrownBy(() -> check(deep)).hasMessageContaining("nests deeper than 64");
        String fits = "[".repeat(SingleJsonDocument.MAX_DEPTH) + "]".repeat(SingleJsonDocument.MAX_DEPTH);
        assertThatCode(() -> check(fits)).doesNotThrowAnyException();
    }

    @Test
    void textTheProductCannotKeepIsRefusedWithItsPath() {
        assertThatThrownBy(() -> check("{\"gate\":{\"details\":{\"log\":\"x\\u0000\"}}}"))
                .hasMessage("gate.details.log must not contain the NUL character (U+0000).");
        assertThatThrownBy(() -> check("{\"a\\ud800\":1}")).hasMessageContaining("unpaired surrogate");
        assertThatCode(() -> check("{\"emoji\":\"\\ud83d\\ude00\",\"escaped\":\"\\\\u0000\"}"))
                .doesNotThrowAnyException();
    }

    @Test
    void invalidJsonIsRefused() {
        assertThatThrownBy(() -> check("{\"a\":")).isInstanceOf(MalformedBody.class);
        assertThat(new MalformedBody("x").getMessage()).isEqualTo("x");
    }

    private static void check(String body) {
        SingleJsonDocument.check(body.getBytes(StandardCharsets.UTF_8));
    }
}
