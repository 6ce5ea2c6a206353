package tcps.fuzz;

import java.util.regex.Pattern;

/**
 * The requests Payara Micro's HTTP layer answers itself, before the application sees them, with an empty body and no
 * problem document (listed in src/docs/api.md): a path whose percent-encoding is not valid ({@code %zz}: 200 or 400),
 * a path that decodes to a NUL or to bytes that are not UTF-8 ({@code %00}, {@code %ED%A0%80}: 400 Invalid URI), and
 * a GET or DELETE with a body (400). Only these answers are excused from the problem+json rule.
 */
final class ContainerAnswers {

    private static final Pattern BAD_PERCENT_ENCODING = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern UNDECODABLE_PATH = Pattern.compile("%00|%ED%[AB][0-9A-F]", Pattern.CASE_INSENSITIVE);

    private ContainerAnswers() {}

    static boolean explains(RestCase request, RawHttp.Answer answer) {
        boolean emptyAnswer = answer.contentType().isEmpty() && answer.body().isEmpty();
        String path = request.target().split("\\?", 2)[0];
        boolean bodyWhereNoneGoes =
                (request.method().equals("GET") || request.method().equals("DELETE")) && request.body() != null;
        return emptyAnswer
                && (BAD_PERCENT_ENCODING.matcher(request.target()).find()
                        || UNDECODABLE_PATH.matcher(path).find()
                        || bodyWhereNoneGoes);
    }
}
