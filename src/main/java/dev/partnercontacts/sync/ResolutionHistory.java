package dev.partnercontacts.sync;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.FieldDiff;
import dev.partnercontacts.sync.ConflictMerge.Side;
import java.util.List;
import java.util.Map;

/**
 * What the history keeps of a person's decision on a conflict: one {@link Change.Kind#CONFLICT_RESOLVED}
 * per field in conflict, naming the field ({@link ConflictMerge.Part} name as subject, the user's
 * address key as label for a user's field, the contact role for a role's list), the value kept
 * when it is a text, and the side kept ({@link Side} name). Pure.
 */
public final class ResolutionHistory {

    private ResolutionHistory() {
    }

    /** The entries for {@code conflicts} resolved by {@code choice} (this workstation's where none is chosen). */
    public static List<Change> of(List<FieldDiff> conflicts, Map<Field, Side> choice) {
        return conflicts.stream().map(d -> {
            Side side = choice.getOrDefault(d.field(), Side.LOCAL);
            Object kept = side == Side.REMOTE ? d.remote() : d.local();
            return Change.of(Change.Kind.CONFLICT_RESOLVED, d.field().part().role().orElse(null),
                    d.field().part().name(), d.field().user(), kept instanceof String s ? s : "", side.name());
        }).toList();
    }
}
