package tcps.fuzz;

/** One generated request: replayable from its description alone. */
record RestCase(
        int number, String endpoint, String mutation, String method, String target, String contentType, byte[] body) {

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    String describe() {
        String shown = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return "#" + number + " " + mutation + ": " + method + " " + abbreviate(target) + " [" + contentType + "] "
                + abbreviate(shown);
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " chars)" : text;
    }
}
