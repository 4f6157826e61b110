package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sync store of one test "workstation", in memory. Each method is atomic (synchronized), as
 * the SQLite implementation makes each one a transaction. {@link #edit} is what a local change
 * does: store the data and raise the outbox's change sequence together.
 */
public final class InMemorySyncStore implements SyncStore {

    private static final class Entry {
        AccountData account;
        long changeSeq;
        Map<String, SyncedDoc> base = Map.of();
        String checkpoint = "0";
        Conflict conflict;
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private long sequence;
    private boolean crashOnMarkPushed;
    private Runnable afterNextLoad;

    /** A local change: the data and its outbox entry in one step. */
    public synchronized void edit(AccountData account) {
        Entry e = entries.computeIfAbsent(account.key(), k -> new Entry());
        e.account = account;
        e.changeSeq = ++sequence;
    }

    public synchronized AccountData account(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.account;
    }

    /** The outbox entry's change sequence, 0 when nothing waits. */
    public synchronized long pending(String key) {
        Entry e = entries.get(key);
        return e == null ? 0 : e.changeSeq;
    }

    synchronized Map<String, SyncedDoc> base(String key) {
        return Map.copyOf(entries.get(key).base);
    }

    /** Moves the pull checkpoint, as if changes up to {@code seq} had been seen. */
    synchronized void forceCheckpoint(String key, String seq) {
        entries.get(key).checkpoint = seq;
    }

    /** Runs {@code action} right after the next {@link #load}, as a user's edit that lands while a sync runs. */
    synchronized void afterNextLoad(Runnable action) {
        afterNextLoad = action;
    }

    /** The next {@link #markPushed} fails as if the process died after the server accepted the write. */
    synchronized void crashOnNextMarkPushed() {
        crashOnMarkPushed = true;
    }

    @Override
    public synchronized List<String> accountKeys() {
        List<String> keys = new ArrayList<>();
        entries.forEach((k, e) -> {
            if (e.account != null) {
                keys.add(k);
            }
        });
        return keys;
    }

    @Override
    public synchronized LocalState load(String key) {
        Entry e = entries.get(key);
        LocalState state = e == null ? LocalState.absent(key)
                : new LocalState(key, e.account, e.changeSeq, e.base, e.checkpoint, e.conflict);
        Runnable action = afterNextLoad;
        afterNextLoad = null;
        if (action != null) {
            action.run();
        }
        return state;
    }

    @Override
    public synchronized boolean applyPull(String key, long expectedChangeSeq, PullUpdate update) {
        Entry e = entries.get(key);
        if ((e == null ? 0 : e.changeSeq) != expectedChangeSeq) {
            return false;
        }
        if (e == null) {
            e = new Entry();
            entries.put(key, e);
        }
        if (update.newLocal() != null) {
            e.account = update.newLocal();
        }
        e.base = update.base();
        e.checkpoint = update.checkpoint();
        if (update.conflict() != null) {
            e.conflict = update.conflict();
        }
        return true;
    }

    @Override
    public synchronized void markPushed(String key, Map<String, SyncedDoc> written, long clearChangeSeq) {
        if (crashOnMarkPushed) {
            crashOnMarkPushed = false;
            throw new IllegalStateException("simulated crash before the push was recorded");
        }
        Entry e = entries.get(key);
        Map<String, SyncedDoc> base = new HashMap<>(e.base);
        base.putAll(written);
        e.base = Map.copyOf(base);
        if (clearChangeSeq > 0 && e.changeSeq == clearChangeSeq) {
            e.changeSeq = 0;
        }
    }

    @Override
    public synchronized void resolveConflict(String key, AccountData merged) {
        Entry e = entries.get(key);
        e.account = merged;
        e.changeSeq = ++sequence;
        e.base = e.conflict.remoteDocs();
        e.conflict = null;
    }

    @Override
    public synchronized List<Conflict> conflicts() {
        List<Conflict> list = new ArrayList<>();
        entries.values().forEach(e -> {
            if (e.conflict != null) {
                list.add(e.conflict);
            }
        });
        return list;
    }
}
