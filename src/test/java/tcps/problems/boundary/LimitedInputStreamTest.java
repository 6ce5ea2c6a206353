package tcps.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void readsUpToTheLimit() throws IOException {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10, "too large");

        assertThat(in.readAllBytes()).hasSize(10);
    }

    @Test
    void failsWith413PastTheLimit() {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10, "too large");

        assertThatThrownBy(in::readAllBytes)
                .isInstanceOf(WebApplicationException.class)
                .satisfies(e -> assertThat(
                                ((WebApplicationException) e).getResponse().getStatus())
                        .isEqualTo(413));
    }

    @Test
    void countsSingleByteReads() throws IOException {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2, "too large");
        in.read();
        in.read();

        assertThatThrownBy(in::read).isInstanceOf(WebApplicationException.class);
    }
}
