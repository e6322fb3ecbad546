package cn.jiyuan.mediation.documents;

/** openhtmltopdf reads the filled template as XML, where control characters other than tab and line breaks are illegal. */
final class XmlText {

    private XmlText() {
    }

    /** Replaces every character XML 1.0 does not allow (e.g. a stray U+0001 in pasted text) with a space. */
    static String withoutIllegalCharacters(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!legal && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (legal) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(' ');
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }
}
