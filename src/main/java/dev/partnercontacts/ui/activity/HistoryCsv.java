package dev.partnercontacts.ui.activity;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break in quotes, quotes doubled. A cell that a spreadsheet would run as a formula (it
 * starts with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe, so
 * that a name such as {@code =HYPERLINK(…)} typed into the app stays text when the export is
 * opened.
 */
final class HistoryCsv {

    private final Writer out;

    HistoryCsv(Writer out) {
        this.out = out;
    }

    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
