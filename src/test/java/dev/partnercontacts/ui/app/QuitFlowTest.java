package dev.partnercontacts.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuitFlowTest {

    private final List<Dialogs.Question> asked = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private Optional<String> answer = Optional.empty();

    private QuitFlow flow() {
        Dialogs dialogs = (owner, q) -> {
            asked.add(q);
            return answer.flatMap(id -> q.choices().stream().filter(c -> c.id().equals(id)).findFirst());
        };
        return new QuitFlow(dialogs, new Messages(Locale.ENGLISH), then -> {
            events.add("flushed");
            then.run();
        }, () -> events.add("exited"));
    }

    @Test
    void quittingFromTheGateAsksAndWritesTheDraftsBeforeExiting() {
        QuitFlow flow = flow();
        answer = Optional.of("confirmQuitButton");

        flow.confirmQuit(null);

        assertThat(asked).singleElement().satisfies(q -> assertThat(q.header()).isEqualTo("Quit without submitting?"));
        assertThat(events).containsExactly("flushed", "exited");
        assertThat(flow.isQuitting()).isTrue();
    }

    @Test
    void keepEditingQuitsNothing() {
        QuitFlow flow = flow();
        answer = Optional.of("cancelQuitButton");

        flow.confirmQuit(null);

        assertThat(events).isEmpty();
        assertThat(flow.isQuitting()).isFalse();
    }

    @Test
    void afterStopNothingAsksAndNothingQuitsTwice() {
        QuitFlow flow = flow();
        flow.stopped();

        flow.confirmQuit(null);
        flow.quit();

        assertThat(asked).isEmpty();
        assertThat(events).isEmpty();
    }
}
