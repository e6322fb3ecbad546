package cn.jiyuan.mediation.documents;

/** A text holds a character the embedded font cannot draw: the document would show a box where it belongs. */
public class UndisplayableCharacterException extends IllegalArgumentException {

    private final String field;
    private final int codePoint;

    public UndisplayableCharacterException(String field, int codePoint) {
        super(field + ": character '" + new String(Character.toChars(codePoint)) + "' (U+"
                + String.format("%04X", codePoint) + ") cannot be displayed by the embedded font "
                + DocumentFont.POSTSCRIPT_NAME);
        this.field = field;
        this.codePoint = codePoint;
    }

    /** The document's field, e.g. {@code parties[1].name} or {@code agreedTerms[0]}. */
    public String field() {
        return field;
    }

    public String character() {
        return new String(Character.toChars(codePoint));
    }
}
