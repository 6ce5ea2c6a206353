package tcps.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket: the request goes out exactly as generated (bad percent-encoding, odd lengths), which
 * no HTTP client library allows. One connection per request; the answer is read to its end.
 */
final class RawHttp {

    record Answer(int status, String contentType, String body) {}

    private final String host;
    private final int port;
    private final String authorization;

    RawHttp(String host, int port, String authorization) {
        this.host = host;
        this.port = port;
        this.authorization = authorization;
    }

    Answer send(RestCase request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            String lines = request.method() + " " + request.target() + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nAuthorization: " + authorization + "\r\nAccept: application/json\r\nConnection: close\r\n"
                    + (request.contentType() == null ? "" : "Content-Type: " + request.contentType() + "\r\n")
                    + (request.body() == null ? "" : "Content-Length: " + request.body().length + "\r\n") + "\r\n";
            head.write(lines.getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            if (request.body() != null) {
                out.write(request.body());
            }
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status =
                lines.length > 0 && lines[0].startsWith("HTTP/1.1 ") ? Integer.parseInt(lines[0].substring(9, 12)) : -1;
        String type = "";
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                type = line.substring("content-type:".length()).strip();
            }
        }
        return new Answer(status, type, end < 0 ? "" : text.substring(end + 4));
    }
}
