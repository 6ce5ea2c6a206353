package tcps.fuzz;

import java.util.regex.Pattern;

/**
 * The requests Payara Micro's HTTP layer answers itself, before the application sees them, without a problem
 * document (listed in src/docs/api.md): an address whose percent-encoding is not valid (such as {@code %zz}) is
 * answered 200 or 400 with an empty body. Only these answers are excused from the problem+json rule.
 */
final class ContainerAnswers {

    private static final Pattern BAD_PERCENT_ENCODING = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private ContainerAnswers() {}

    static boolean explains(RestCase request, RawHttp.Answer answer) {
        boolean emptyAnswer = answer.contentType().isEmpty() && answer.body().isEmpty();
        return emptyAnswer && BAD_PERCENT_ENCODING.matcher(request.target()).find();
    }
}
