package dev.partnercontacts.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);

    @Test
    void aPlacementReadsBackFromItsSetting() {
        WindowPlacement p = new WindowPlacement(120, 80, 1280, 900, false);

        assertThat(p.text()).isEqualTo("120,80,1280,900,false");
        assertThat(WindowPlacement.parse(p.text())).contains(p);
        assertThat(WindowPlacement.parse("-1600,0,1024,768,true")).contains(new WindowPlacement(-1600, 0, 1024, 768, true));
    }

    @Test
    void anythingElseIsIgnored() {
        assertThat(WindowPlacement.parse(null)).isEmpty();
        assertThat(WindowPlacement.parse("")).isEmpty();
        assertThat(WindowPlacement.parse("1,2,3")).isEmpty();
        assertThat(WindowPlacement.parse("a,b,c,d,true")).isEmpty();
        assertThat(WindowPlacement.parse("0,0,0,768,false")).as("no width").isEmpty();
        assertThat(WindowPlacement.parse("NaN,0,10,10,false")).isEmpty();
        assertThat(WindowPlacement.parse("0,0,Infinity,10,false")).isEmpty();
    }

    @Test
    void aPlaceThatFitsTheScreenIsKeptAsItIs() {
        WindowPlacement p = new WindowPlacement(100, 80, 1102, 745, false);

        assertThat(p.fittedTo(List.of(FULL_HD))).contains(p);
        assertThat(p.withMaximized(true).fittedTo(List.of(FULL_HD))).contains(p.withMaximized(true));
    }

    @Test
    void onASmallerScreenTheWindowShrinksAndMovesInside() {
        WindowPlacement big = new WindowPlacement(600, 300, 1600, 1000, false);

        assertThat(big.fittedTo(List.of(LAPTOP))).contains(new WindowPlacement(0, 0, 1366, 768, false));
        assertThat(new WindowPlacement(1000, 500, 800, 600, true).fittedTo(List.of(LAPTOP)))
                .contains(new WindowPlacement(566, 168, 800, 600, true));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsNotUsed() {
        WindowPlacement onSecondMonitor = new WindowPlacement(2100, 100, 1100, 700, false);

        assertThat(onSecondMonitor.fittedTo(List.of(FULL_HD))).isEmpty();
        assertThat(onSecondMonitor.fittedTo(List.of(FULL_HD, new Rectangle2D(1920, 0, 2560, 1440))))
                .contains(onSecondMonitor);
    }
}
