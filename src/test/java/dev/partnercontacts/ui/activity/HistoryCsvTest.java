package dev.partnercontacts.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    private static String csv(List<String> cells) throws IOException {
        StringWriter out = new StringWriter();
        new HistoryCsv(out).row(cells);
        return out.toString();
    }

    @Test
    void plainCellsAreWrittenAsTheyAreWithCrlfLineEnds() throws IOException {
        assertThat(csv(List.of("When", "Ada Lovelace", "added x@acme.example"))).isEqualTo("When,Ada Lovelace,added x@acme.example\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() throws IOException {
        assertThat(csv(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() throws IOException {
        assertThat(HistoryCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(HistoryCsv.cell("+1 650 253 0000")).isEqualTo("'+1 650 253 0000");
        assertThat(HistoryCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(HistoryCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(HistoryCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(HistoryCsv.cell("Environment: Sandbox → Production")).isEqualTo("Environment: Sandbox → Production");
        assertThat(HistoryCsv.cell("")).isEmpty();
        assertThat(HistoryCsv.cell(null)).isEmpty();
    }
}
