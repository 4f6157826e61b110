package dev.partnercontacts.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {

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
    }
}
