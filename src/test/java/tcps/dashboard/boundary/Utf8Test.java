package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void countsTheBytesUtf8Takes() {
        for (String text : new String[] {"", "ping", "é", "€", "😀", "a😀b€é", "x".repeat(70_000)}) {
            assertThat(Utf8.length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
