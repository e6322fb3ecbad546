package cn.jiyuan.mediation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped rule files, as text to change in tests. */
final class RuleFiles {

    private RuleFiles() {
    }

    static String shipped(RuleSet set) {
        try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(set.shippedResource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped file with one text replaced; fails when the text is not there (the test would prove nothing). */
    static String changed(RuleSet set, String from, String to) {
        String xml = shipped(set);
        if (!xml.contains(from)) {
            throw new IllegalArgumentException("the shipped " + set.fileName() + " has no " + from);
        }
        return xml.replace(from, to);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
