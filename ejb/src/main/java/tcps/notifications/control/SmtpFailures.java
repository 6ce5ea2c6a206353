package tcps.notifications.control;

import jakarta.mail.MessagingException;
import java.io.IOException;

/**
 * Which SMTP failures are worth another attempt: a server away or slow (an I/O failure) or a 4xx reply (SMTP's "try
 * again later"); not a 5xx reply, such as an unknown recipient, which would be refused again.
 */
final class SmtpFailures {

    private SmtpFailures() {}

    static DeliveryFailure of(MessagingException e) {
        Integer code = replyCode(e);
        if (code != null) {
            return new DeliveryFailure("SMTP " + code + ": " + e.getMessage(), code < 500, null);
        }
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof IOException) {
                return DeliveryFailure.transientFailure("could not reach the SMTP server: " + cause);
            }
        }
        return DeliveryFailure.permanent("the message could not be sent: " + e.getMessage());
    }

    /** The SMTP reply code an Angus Mail exception carries ({@code getReturnCode()}), read without naming its classes. */
    private static Integer replyCode(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            try {
                Object code = cause.getClass().getMethod("getReturnCode").invoke(cause);
                if (code instanceof Integer value && value > 0) {
                    return value;
                }
            } catch (ReflectiveOperationException notAnSmtpReply) {
                // not an exception that carries a reply code
            }
        }
        return null;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof MessagingException m && m.getNextException() != null && m.getNextException() != e) {
            return m.getNextException();
        }
        return e.getCause() == e ? null : e.getCause();
    }
}
