package dev.partnercontacts;

/**
 * The escapes of {@code hostile-inputs.txt}: a backslash followed by a backslash, n, r or t is
 * that character; by e, nothing; by u and four hex digits, one UTF-16 unit (so lone surrogates
 * can be written); by x and hex digits in braces, one code point. A value is shown in a test's
 * name with its invisible and control characters escaped the same way.
 */
final class HostileText {

    private HostileText() {
    }

    static String decode(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = line.charAt(++i);
            switch (e) {
                case '\\' -> b.append('\\');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'e' -> {
                    // nothing: lets a line be empty, or end in visible spaces
                }
                case 'u' -> {
                    b.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'x' -> {
                    int end = line.indexOf('}', i);
                    b.appendCodePoint(Integer.parseInt(line.substring(i + 2, end), 16));
                    i = end;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + line);
            }
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> {
            if (c == '\\') {
                b.append("\\\\");
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate((char) c)
                    || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.toString();
    }
}
