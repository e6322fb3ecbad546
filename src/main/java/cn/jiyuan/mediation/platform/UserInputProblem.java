package cn.jiyuan.mediation.platform;

/**
 * An exception whose message is a plain Chinese sentence for the user (a form filled in wrongly), thrown inside
 * the engine (task listeners, delegates). The engine wraps it in its own message; the platform gives it the
 * custom error code {@link #CODE} so that the engine API guard answers the user with this sentence alone.
 */
public interface UserInputProblem {

    /** The engine's custom exception code range is 20000–39999. */
    int CODE = 22_001;

    /** The message as the user reads it. */
    String userMessage();

    /** The key of the form field the message concerns, or null when it concerns the form as a whole. */
    default String fieldKey() {
        return null;
    }

    /**
     * Wraps the sentence so that it can be found again inside the engine's longer message (the webapps only
     * get that one): 【…】 never occurs in the engine's own texts.
     */
    static String envelope(String message) {
        return "【" + message + "】";
    }

    /**
     * As {@link #envelope(String)}, followed by the field's key in 〔…〕 (neither occurs in the engine's texts), so
     * that the guard can tell the webapps which field to show the message beside.
     */
    static String envelope(String message, String fieldKey) {
        return envelope(message) + (fieldKey == null ? "" : "〔" + fieldKey + "〕");
    }
}
