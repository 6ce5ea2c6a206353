package tcps.problems.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import tcps.problems.control.TextFaults;

/**
 * A JSON body is read whole and must be exactly one JSON document before anything binds it: nothing after it
 * ({@code {...}{...}} would otherwise apply the first, {@code {...}xyz} be accepted, and a chunked body end early
 * below the size limit), at most {@value #MAX_DEPTH} levels deep everywhere (unknown fields included), and no text the
 * product cannot keep ({@link TextFaults}) in any name or value. The whole body counts toward the size limit.
 */
@Provider
public class SingleJsonDocument implements ReaderInterceptor {

    static final int MAX_DEPTH = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(byte[] body) {
        if (isBlank(body)) {
            return; // "needs a JSON body" is said by the binding
        }
        try (InputStream in = new ByteArrayInputStream(body);
                JsonParser parser = Json.createParser(in)) {
            Deque<String> path = new ArrayDeque<>();
            int depth = 0;
            String name = null;
            do {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new MalformedBody("The request body nests deeper than " + MAX_DEPTH + " levels.");
                        }
                        path.push(name == null ? "" : name);
                        name = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        path.pop();
                    }
                    case KEY_NAME -> {
                        name = parser.getString();
                        refuseFault(path, name, name);
                    }
                    case VALUE_STRING -> refuseFault(path, name, parser.getString());
                    default -> {}
                }
            } while (depth > 0);
            if (hasMore(parser)) {
                throw new MalformedBody("The request body holds more after its JSON document; send exactly one.");
            }
        } catch (JsonParsingException e) {
            throw new MalformedBody("The request body is not one valid JSON document: "
                    + e.getMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new MalformedBody("The request body could not be read.");
        }
    }

    // The parser reports anything but the end of input after the document as a parse error of its own
    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException more) {
            return true;
        }
    }

    private static void refuseFault(Deque<String> path, String name, String text) {
        String reason = TextFaults.reasonOf(text);
        if (reason != null) {
            StringBuilder field = new StringBuilder();
            path.descendingIterator().forEachRemaining(part -> {
                if (!part.isEmpty()) {
                    field.append(part).append('.');
                }
            });
            field.append(name == null ? "value" : name);
            throw new MalformedBody(field + " " + reason + ".");
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
