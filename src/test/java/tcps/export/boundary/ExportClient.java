package tcps.export.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tcps.Http;
import tcps.TestKeys;

/** Downloads exports as bytes (a PDF is no text) with the headers that offer them as a file. */
final class ExportClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;

    ExportClient(URL deployment) {
        this.base = URI.create(deployment.toString());
    }

    /** {@code query} is empty or starts with "?". */
    Download get(String format, String query) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/export/" + format + query))
                .header("Authorization", "Bearer " + TestKeys.viewer())
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(int status, String contentType, String disposition, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Http.Reply asReply() {
            return new Http.Reply(status, contentType, text());
        }
    }
}
